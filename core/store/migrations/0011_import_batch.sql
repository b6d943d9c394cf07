-- Schema 11 (issue 17): an import is one audited operation, and the procedures list pages.
-- The rows an import inserts get no audit entry each; one entry in audit_log (tbl 'import',
-- row_id the batch number) names the source files and their SHA-256 and carries, per table, the
-- number of rows inserted and a SHA-256 over their images in the order they were written. verify
-- recomputes it from the rows, taking back any later edit by the old value its entry logged.
-- import_row says which batch inserted a row; it is covered by the digests, so it needs no
-- signature of its own. A row's revision at its import is its own id (unique, and stored once).
-- Later edits of these rows are audited field by field as before.
-- The key's columns come first: SQLite 3.40's integrity_check misreads a NOT NULL column placed
-- before them in a WITHOUT ROWID table.
CREATE TABLE import_row (
  tbl TEXT NOT NULL,
  row_id TEXT NOT NULL,
  batch INTEGER NOT NULL,
  PRIMARY KEY (tbl, row_id)
) WITHOUT ROWID;
-- The procedures list reads the procedures a page at a time in creation order (ProcedurePager):
-- this index makes each page a seek instead of a sort of the whole table.
CREATE INDEX procedure_created ON procedure(created_at);
