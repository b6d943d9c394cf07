-- Schema 3 (editors): the report's editorial plan, merge bookkeeping and imported audit trails.

-- One chapter of the Analytical Review Report; bodies are rich text (HTML) per language with
-- figure placeholders (<img src="figure:KIND?...">) that are drawn from the data at assembly.
CREATE TABLE chapter (
  id TEXT PRIMARY KEY, created_at TEXT NOT NULL, modified_at TEXT NOT NULL, author TEXT NOT NULL DEFAULT '',
  rev TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
  position INTEGER NOT NULL DEFAULT 0, title_es TEXT NOT NULL DEFAULT '', title_en TEXT NOT NULL DEFAULT '',
  lead_author TEXT NOT NULL DEFAULT '', reviewer TEXT NOT NULL DEFAULT '', status TEXT NOT NULL DEFAULT 'planned',
  due_date TEXT, body_es TEXT NOT NULL DEFAULT '', body_en TEXT NOT NULL DEFAULT '');

-- A field changed on both sides since the common version: kept for the editor to decide.
CREATE TABLE merge_conflict (
  id TEXT PRIMARY KEY, created_at TEXT NOT NULL, modified_at TEXT NOT NULL, author TEXT NOT NULL DEFAULT '',
  rev TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
  tbl TEXT NOT NULL DEFAULT '', row_ref TEXT NOT NULL DEFAULT '', field TEXT NOT NULL DEFAULT '',
  base_value TEXT, ours_value TEXT, theirs_value TEXT, theirs_rev TEXT NOT NULL DEFAULT '',
  source_file TEXT NOT NULL DEFAULT '', source_path TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'open', merge_ref TEXT NOT NULL DEFAULT '');
CREATE INDEX merge_conflict_row ON merge_conflict(tbl, row_ref);

-- One merge into this file: what came from where.
CREATE TABLE merge_record (
  id TEXT PRIMARY KEY, created_at TEXT NOT NULL, modified_at TEXT NOT NULL, author TEXT NOT NULL DEFAULT '',
  rev TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
  source_file TEXT NOT NULL DEFAULT '', source_path TEXT NOT NULL DEFAULT '', source_audit_head TEXT NOT NULL DEFAULT '',
  inserted INTEGER NOT NULL DEFAULT 0, updated INTEGER NOT NULL DEFAULT 0, conflicts INTEGER NOT NULL DEFAULT 0,
  blobs INTEGER NOT NULL DEFAULT 0, audit_entries INTEGER NOT NULL DEFAULT 0);

-- Extra parents of a merged revision (the first parent stays in revision.parent_rev).
CREATE TABLE merge_parent (rev TEXT NOT NULL, parent_rev TEXT NOT NULL, PRIMARY KEY (rev, parent_rev));

-- Other files' audit entries, kept as they were written (re-verifiable: each hashes its prev_hash).
CREATE TABLE imported_audit (
  hash TEXT PRIMARY KEY, origin_file TEXT NOT NULL, seq INTEGER NOT NULL, at TEXT NOT NULL, author TEXT NOT NULL,
  tbl TEXT NOT NULL, row_id TEXT NOT NULL, field TEXT NOT NULL, old_value TEXT, new_value TEXT,
  rev TEXT NOT NULL DEFAULT '', prev_hash TEXT NOT NULL, imported_at TEXT NOT NULL);
CREATE INDEX imported_audit_origin ON imported_audit(origin_file, seq);
