-- Schema 5: signed history. Each entry records its row's bookkeeping columns after the write
-- (stamp, JSON), and every transaction's batch of entries is signed with Ed25519 by the person who
-- wrote it; the public keys and their owners' names are rows of signer (an audited entity).
ALTER TABLE audit_log ADD COLUMN stamp TEXT NOT NULL DEFAULT '';
ALTER TABLE imported_audit ADD COLUMN stamp TEXT NOT NULL DEFAULT '';

-- One public key that signed (part of) this file's history; trusted = an editor vouched for it.
CREATE TABLE signer (
  id TEXT PRIMARY KEY, created_at TEXT NOT NULL, modified_at TEXT NOT NULL, author TEXT NOT NULL DEFAULT '',
  rev TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
  public_key TEXT NOT NULL DEFAULT '', owner TEXT NOT NULL DEFAULT '', trusted INTEGER NOT NULL DEFAULT 0);

-- One signed transaction: entries first_seq..last_seq (first_seq > last_seq when it wrote none),
-- the head they end in, and a digest of what the chain does not cover (meta, support tables).
-- Each signature names the one before it, so none can be dropped from the middle.
CREATE TABLE audit_signature (
  n INTEGER PRIMARY KEY, first_seq INTEGER NOT NULL, last_seq INTEGER NOT NULL, head_hash TEXT NOT NULL,
  state TEXT NOT NULL, key_id TEXT NOT NULL, signed_at TEXT NOT NULL, prev_signature TEXT NOT NULL,
  signature TEXT NOT NULL);

-- Other files' signatures, kept with their imported audit entries so authorship survives a merge.
CREATE TABLE imported_signature (
  signature TEXT PRIMARY KEY, origin_file TEXT NOT NULL, n INTEGER NOT NULL, first_seq INTEGER NOT NULL,
  last_seq INTEGER NOT NULL, head_hash TEXT NOT NULL, state TEXT NOT NULL, key_id TEXT NOT NULL,
  signed_at TEXT NOT NULL, prev_signature TEXT NOT NULL);

-- A merge whose source failed verification and was accepted anyway says so, and why.
ALTER TABLE merge_record ADD COLUMN unverified TEXT NOT NULL DEFAULT '';
