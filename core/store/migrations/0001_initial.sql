-- Testigo case file, schema 1. Every entity row: UUID key, timestamps, author, revision, tombstone.
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE witness (
  id TEXT PRIMARY KEY, created_at TEXT NOT NULL, modified_at TEXT NOT NULL, author TEXT NOT NULL DEFAULT '',
  rev TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
  name TEXT NOT NULL DEFAULT '', kind TEXT NOT NULL DEFAULT 'organisation', registry_number TEXT NOT NULL DEFAULT '',
  rfc TEXT NOT NULL DEFAULT '', email TEXT NOT NULL DEFAULT '');

CREATE TABLE agency (
  id TEXT PRIMARY KEY, created_at TEXT NOT NULL, modified_at TEXT NOT NULL, author TEXT NOT NULL DEFAULT '',
  rev TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
  name TEXT NOT NULL DEFAULT '', acronym TEXT NOT NULL DEFAULT '', kind TEXT NOT NULL DEFAULT 'dependencia',
  buying_unit TEXT NOT NULL DEFAULT '', sector TEXT NOT NULL DEFAULT '', fictitious INTEGER NOT NULL DEFAULT 0);

CREATE TABLE procedure (
  id TEXT PRIMARY KEY, created_at TEXT NOT NULL, modified_at TEXT NOT NULL, author TEXT NOT NULL DEFAULT '',
  rev TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
  number TEXT NOT NULL DEFAULT '', title TEXT NOT NULL DEFAULT '', object TEXT NOT NULL DEFAULT '',
  agency_id TEXT REFERENCES agency(id) DEFERRABLE INITIALLY DEFERRED,
  regime TEXT NOT NULL DEFAULT '', type TEXT NOT NULL DEFAULT '', character TEXT NOT NULL DEFAULT '',
  evaluation TEXT NOT NULL DEFAULT '', object_kind TEXT NOT NULL DEFAULT '', currency TEXT NOT NULL DEFAULT 'MXN',
  place TEXT NOT NULL DEFAULT '', pact_version TEXT NOT NULL DEFAULT '',
  reduced_period_justified INTEGER NOT NULL DEFAULT 0, participation_end TEXT,
  fictitious INTEGER NOT NULL DEFAULT 0);
CREATE INDEX procedure_number ON procedure(number);

CREATE TABLE engagement (
  id TEXT PRIMARY KEY, created_at TEXT NOT NULL, modified_at TEXT NOT NULL, author TEXT NOT NULL DEFAULT '',
  rev TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
  procedure_id TEXT NOT NULL REFERENCES procedure(id) DEFERRABLE INITIALLY DEFERRED,
  witness_id TEXT REFERENCES witness(id) DEFERRABLE INITIALLY DEFERRED,
  authority TEXT NOT NULL DEFAULT '', letter_number TEXT NOT NULL DEFAULT '', letter_date TEXT);
CREATE INDEX engagement_procedure ON engagement(procedure_id);

CREATE TABLE lot (
  id TEXT PRIMARY KEY, created_at TEXT NOT NULL, modified_at TEXT NOT NULL, author TEXT NOT NULL DEFAULT '',
  rev TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
  procedure_id TEXT NOT NULL REFERENCES procedure(id) DEFERRABLE INITIALLY DEFERRED,
  number INTEGER NOT NULL DEFAULT 1, description TEXT NOT NULL DEFAULT '',
  budget_cents INTEGER NOT NULL DEFAULT 0, reference_cents INTEGER NOT NULL DEFAULT 0);
CREATE INDEX lot_procedure ON lot(procedure_id);

CREATE TABLE stage (
  id TEXT PRIMARY KEY, created_at TEXT NOT NULL, modified_at TEXT NOT NULL, author TEXT NOT NULL DEFAULT '',
  rev TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
  procedure_id TEXT NOT NULL REFERENCES procedure(id) DEFERRABLE INITIALLY DEFERRED,
  kind TEXT NOT NULL, position INTEGER NOT NULL DEFAULT 0, round INTEGER NOT NULL DEFAULT 1,
  planned_date TEXT, actual_date TEXT, status TEXT NOT NULL DEFAULT 'pending',
  attendance TEXT NOT NULL DEFAULT '', acta_ref TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '');
CREATE INDEX stage_procedure ON stage(procedure_id);

CREATE TABLE checklist_answer (
  id TEXT PRIMARY KEY, created_at TEXT NOT NULL, modified_at TEXT NOT NULL, author TEXT NOT NULL DEFAULT '',
  rev TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
  stage_id TEXT NOT NULL REFERENCES stage(id) DEFERRABLE INITIALLY DEFERRED,
  item_code TEXT NOT NULL DEFAULT '', position INTEGER NOT NULL DEFAULT 0,
  question_es TEXT NOT NULL DEFAULT '', question_en TEXT NOT NULL DEFAULT '',
  answer TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '');
CREATE INDEX checklist_stage ON checklist_answer(stage_id);

CREATE TABLE clause (
  id TEXT PRIMARY KEY, created_at TEXT NOT NULL, modified_at TEXT NOT NULL, author TEXT NOT NULL DEFAULT '',
  rev TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
  procedure_id TEXT NOT NULL REFERENCES procedure(id) DEFERRABLE INITIALLY DEFERRED,
  code TEXT NOT NULL DEFAULT '', party TEXT NOT NULL DEFAULT '', position INTEGER NOT NULL DEFAULT 0,
  text_es TEXT NOT NULL DEFAULT '', text_en TEXT NOT NULL DEFAULT '');
CREATE INDEX clause_procedure ON clause(procedure_id);

CREATE TABLE bidder (
  id TEXT PRIMARY KEY, created_at TEXT NOT NULL, modified_at TEXT NOT NULL, author TEXT NOT NULL DEFAULT '',
  rev TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
  procedure_id TEXT NOT NULL REFERENCES procedure(id) DEFERRABLE INITIALLY DEFERRED,
  name TEXT NOT NULL DEFAULT '', rfc TEXT NOT NULL DEFAULT '', signed_pact INTEGER NOT NULL DEFAULT 0,
  disclosed_ties INTEGER NOT NULL DEFAULT 0, declared_conflict INTEGER NOT NULL DEFAULT 0,
  fictitious INTEGER NOT NULL DEFAULT 0);
CREATE INDEX bidder_procedure ON bidder(procedure_id);

CREATE TABLE signatory (
  id TEXT PRIMARY KEY, created_at TEXT NOT NULL, modified_at TEXT NOT NULL, author TEXT NOT NULL DEFAULT '',
  rev TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
  procedure_id TEXT NOT NULL REFERENCES procedure(id) DEFERRABLE INITIALLY DEFERRED,
  name TEXT NOT NULL DEFAULT '', role TEXT NOT NULL DEFAULT '', position TEXT NOT NULL DEFAULT '',
  bidder_id TEXT REFERENCES bidder(id) DEFERRABLE INITIALLY DEFERRED, signed_date TEXT);
CREATE INDEX signatory_procedure ON signatory(procedure_id);

CREATE TABLE finding (
  id TEXT PRIMARY KEY, created_at TEXT NOT NULL, modified_at TEXT NOT NULL, author TEXT NOT NULL DEFAULT '',
  rev TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
  procedure_id TEXT NOT NULL REFERENCES procedure(id) DEFERRABLE INITIALLY DEFERRED,
  stage_id TEXT REFERENCES stage(id) DEFERRABLE INITIALLY DEFERRED,
  number INTEGER NOT NULL DEFAULT 0, category TEXT NOT NULL DEFAULT '', severity TEXT NOT NULL DEFAULT 'medium',
  description TEXT NOT NULL DEFAULT '', recommendation TEXT NOT NULL DEFAULT '', response TEXT NOT NULL DEFAULT '',
  response_date TEXT, raised_date TEXT, status TEXT NOT NULL DEFAULT 'pending',
  escalation TEXT NOT NULL DEFAULT 'none', escalation_date TEXT);
CREATE INDEX finding_procedure ON finding(procedure_id);

CREATE TABLE finding_clause (
  id TEXT PRIMARY KEY, created_at TEXT NOT NULL, modified_at TEXT NOT NULL, author TEXT NOT NULL DEFAULT '',
  rev TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
  finding_id TEXT NOT NULL REFERENCES finding(id) DEFERRABLE INITIALLY DEFERRED,
  clause_id TEXT NOT NULL REFERENCES clause(id) DEFERRABLE INITIALLY DEFERRED);
CREATE INDEX finding_clause_finding ON finding_clause(finding_id);

-- Evidence bytes, content-addressed: identical files are stored once.
CREATE TABLE blob (sha256 TEXT PRIMARY KEY, size INTEGER NOT NULL, data BLOB NOT NULL, created_at TEXT NOT NULL);

CREATE TABLE attachment (
  id TEXT PRIMARY KEY, created_at TEXT NOT NULL, modified_at TEXT NOT NULL, author TEXT NOT NULL DEFAULT '',
  rev TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
  procedure_id TEXT NOT NULL REFERENCES procedure(id) DEFERRABLE INITIALLY DEFERRED,
  finding_id TEXT REFERENCES finding(id) DEFERRABLE INITIALLY DEFERRED,
  stage_id TEXT REFERENCES stage(id) DEFERRABLE INITIALLY DEFERRED,
  file_name TEXT NOT NULL DEFAULT '', size INTEGER NOT NULL DEFAULT 0, media_type TEXT NOT NULL DEFAULT '',
  sha256 TEXT NOT NULL REFERENCES blob(sha256) DEFERRABLE INITIALLY DEFERRED);
CREATE INDEX attachment_procedure ON attachment(procedure_id);

CREATE TABLE bid (
  id TEXT PRIMARY KEY, created_at TEXT NOT NULL, modified_at TEXT NOT NULL, author TEXT NOT NULL DEFAULT '',
  rev TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
  bidder_id TEXT NOT NULL REFERENCES bidder(id) DEFERRABLE INITIALLY DEFERRED,
  lot_id TEXT NOT NULL REFERENCES lot(id) DEFERRABLE INITIALLY DEFERRED,
  amount_cents INTEGER NOT NULL DEFAULT 0, technical_result TEXT NOT NULL DEFAULT 'pending',
  economic_result TEXT NOT NULL DEFAULT 'pending', rejected INTEGER NOT NULL DEFAULT 0,
  rejection_reason TEXT NOT NULL DEFAULT '');
CREATE INDEX bid_lot ON bid(lot_id);

CREATE TABLE award (
  id TEXT PRIMARY KEY, created_at TEXT NOT NULL, modified_at TEXT NOT NULL, author TEXT NOT NULL DEFAULT '',
  rev TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
  lot_id TEXT NOT NULL REFERENCES lot(id) DEFERRABLE INITIALLY DEFERRED,
  bidder_id TEXT REFERENCES bidder(id) DEFERRABLE INITIALLY DEFERRED,
  amount_cents INTEGER NOT NULL DEFAULT 0, date TEXT, void_lot INTEGER NOT NULL DEFAULT 0);
CREATE INDEX award_lot ON award(lot_id);

CREATE TABLE contract (
  id TEXT PRIMARY KEY, created_at TEXT NOT NULL, modified_at TEXT NOT NULL, author TEXT NOT NULL DEFAULT '',
  rev TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
  procedure_id TEXT NOT NULL REFERENCES procedure(id) DEFERRABLE INITIALLY DEFERRED,
  bidder_id TEXT REFERENCES bidder(id) DEFERRABLE INITIALLY DEFERRED,
  number TEXT NOT NULL DEFAULT '', amount_cents INTEGER NOT NULL DEFAULT 0, currency TEXT NOT NULL DEFAULT 'MXN',
  signed_date TEXT);
CREATE INDEX contract_procedure ON contract(procedure_id);

CREATE TABLE amendment (
  id TEXT PRIMARY KEY, created_at TEXT NOT NULL, modified_at TEXT NOT NULL, author TEXT NOT NULL DEFAULT '',
  rev TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
  contract_id TEXT NOT NULL REFERENCES contract(id) DEFERRABLE INITIALLY DEFERRED,
  number INTEGER NOT NULL DEFAULT 1, delta_cents INTEGER NOT NULL DEFAULT 0, date TEXT,
  description TEXT NOT NULL DEFAULT '');
CREATE INDEX amendment_contract ON amendment(contract_id);

-- Every change, chained: hash = SHA-256(prev_hash || canonical fields). Append-only.
CREATE TABLE audit_log (
  seq INTEGER PRIMARY KEY, at TEXT NOT NULL, author TEXT NOT NULL, tbl TEXT NOT NULL, row_id TEXT NOT NULL,
  field TEXT NOT NULL, old_value TEXT, new_value TEXT, rev TEXT NOT NULL DEFAULT '',
  prev_hash TEXT NOT NULL, hash TEXT NOT NULL);
CREATE INDEX audit_row ON audit_log(tbl, row_id);

-- Revision ancestry of every row, so a merge can tell one-sided from two-sided changes.
CREATE TABLE revision (rev TEXT PRIMARY KEY, tbl TEXT NOT NULL, row_id TEXT NOT NULL, parent_rev TEXT);
CREATE INDEX revision_row ON revision(tbl, row_id);
