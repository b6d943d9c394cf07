-- Schema 7: facts a testimony has to state that earlier schemas could not hold, and the decree
-- days that travel with the case file.

-- A cancellation or a void ("desierta") declaration, of the whole procedure (lot_id NULL) or of
-- one lot: total or partial, with the reason and the date it was declared.
CREATE TABLE procedure_event (
  id TEXT PRIMARY KEY, created_at TEXT NOT NULL, modified_at TEXT NOT NULL, author TEXT NOT NULL DEFAULT '',
  rev TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
  procedure_id TEXT NOT NULL REFERENCES procedure(id) DEFERRABLE INITIALLY DEFERRED,
  lot_id TEXT REFERENCES lot(id) DEFERRABLE INITIALLY DEFERRED,
  kind TEXT NOT NULL DEFAULT 'cancellation', extent TEXT NOT NULL DEFAULT 'total',
  reason TEXT NOT NULL DEFAULT '', date TEXT);
CREATE INDEX procedure_event_procedure ON procedure_event(procedure_id);

-- An inconformidad: a bidder's protest before an authority, its outcome and whether the
-- procedure was suspended meanwhile.
CREATE TABLE protest (
  id TEXT PRIMARY KEY, created_at TEXT NOT NULL, modified_at TEXT NOT NULL, author TEXT NOT NULL DEFAULT '',
  rev TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
  procedure_id TEXT NOT NULL REFERENCES procedure(id) DEFERRABLE INITIALLY DEFERRED,
  bidder_id TEXT REFERENCES bidder(id) DEFERRABLE INITIALLY DEFERRED,
  filed_date TEXT, authority TEXT NOT NULL DEFAULT '', outcome TEXT NOT NULL DEFAULT 'pending',
  suspended INTEGER NOT NULL DEFAULT 0, resolution_date TEXT, notes TEXT NOT NULL DEFAULT '');
CREATE INDEX protest_procedure ON protest(procedure_id);

-- One round of a diálogo competitivo.
CREATE TABLE dialogue_round (
  id TEXT PRIMARY KEY, created_at TEXT NOT NULL, modified_at TEXT NOT NULL, author TEXT NOT NULL DEFAULT '',
  rev TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
  procedure_id TEXT NOT NULL REFERENCES procedure(id) DEFERRABLE INITIALLY DEFERRED,
  round INTEGER NOT NULL DEFAULT 1, date TEXT, participants TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '');
CREATE INDEX dialogue_round_procedure ON dialogue_round(procedure_id);

-- A day the witness declares non-working (a decree, an agency's closure): every business-day
-- clock of this file skips it.
CREATE TABLE decree_day (
  id TEXT PRIMARY KEY, created_at TEXT NOT NULL, modified_at TEXT NOT NULL, author TEXT NOT NULL DEFAULT '',
  rev TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
  date TEXT, description TEXT NOT NULL DEFAULT '');
