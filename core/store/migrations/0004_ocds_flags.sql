-- Schema 4 (OCDS): the witness's decision on each red flag of a procedure.
CREATE TABLE flag_decision (
  id TEXT PRIMARY KEY, created_at TEXT NOT NULL, modified_at TEXT NOT NULL, author TEXT NOT NULL DEFAULT '',
  rev TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
  procedure_id TEXT NOT NULL REFERENCES procedure(id) DEFERRABLE INITIALLY DEFERRED,
  code TEXT NOT NULL DEFAULT '', decision TEXT NOT NULL DEFAULT '', reason TEXT NOT NULL DEFAULT '',
  finding_id TEXT REFERENCES finding(id) DEFERRABLE INITIALLY DEFERRED, detail TEXT NOT NULL DEFAULT '');
CREATE INDEX flag_decision_procedure ON flag_decision(procedure_id);
