-- Schema 2: the testimony's narrative sections per language, and OCDS provenance.
ALTER TABLE procedure ADD COLUMN ocid TEXT NOT NULL DEFAULT '';
CREATE INDEX procedure_ocid ON procedure(ocid);

CREATE TABLE narrative (
  id TEXT PRIMARY KEY, created_at TEXT NOT NULL, modified_at TEXT NOT NULL, author TEXT NOT NULL DEFAULT '',
  rev TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
  procedure_id TEXT NOT NULL REFERENCES procedure(id) DEFERRABLE INITIALLY DEFERRED,
  language TEXT NOT NULL DEFAULT 'es', background TEXT NOT NULL DEFAULT '', summary TEXT NOT NULL DEFAULT '',
  conclusions TEXT NOT NULL DEFAULT '');
CREATE INDEX narrative_procedure ON narrative(procedure_id);

-- The raw OCDS release an imported procedure came from, kept as published.
CREATE TABLE ocds_release (
  id TEXT PRIMARY KEY, ocid TEXT NOT NULL, release_id TEXT NOT NULL DEFAULT '', sha256 TEXT NOT NULL,
  retrieved_at TEXT NOT NULL, source TEXT NOT NULL DEFAULT '', json TEXT NOT NULL);
CREATE INDEX ocds_release_ocid ON ocds_release(ocid);
