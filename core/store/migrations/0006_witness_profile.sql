-- Schema 6: the witness's own profile, entered once and used by every procedure and document:
-- besides name, kind (person | organisation), padrón number, RFC and e-mail (schema 1), the legal
-- representative of an organisation and its technical advisers (one per line).
ALTER TABLE witness ADD COLUMN legal_representative TEXT NOT NULL DEFAULT '';
ALTER TABLE witness ADD COLUMN advisers TEXT NOT NULL DEFAULT '';
