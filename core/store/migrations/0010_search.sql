-- Schema 10: full-text search (issue 17). One FTS5 index over the texts a witness looks for:
-- procedure numbers, ocids, titles and objects; agencies; bidders; findings; narratives; stage notes
-- and attendance; evidence file names. unicode61 with remove_diacritics 2 folds case and accents in
-- both languages ("licitacion" finds "Licitación"). The index is derived data kept by the triggers
-- below (every write path, merges and imports included, goes through them); it is neither audited
-- nor signed. A row's index entry has rowid <table number> * 2^40 + the row's rowid, so a trigger
-- replaces it without a lookup and the rowid orders hits by kind: 1 procedure, 2 agency, 3 bidder,
-- 4 finding, 5 narrative, 6 stage, 7 attachment. Tombstoned rows (deleted = 1) and rows
-- with none of these texts are not indexed.
-- The migration runner keeps a CREATE TRIGGER whole up to its END.
CREATE VIRTUAL TABLE search_text USING fts5(
  kind UNINDEXED, record_id UNINDEXED, procedure_id UNINDEXED, body,
  tokenize = 'unicode61 remove_diacritics 2');

-- procedure: number, ocid, title, title_en, object, object_en.
INSERT INTO search_text (rowid, kind, record_id, procedure_id, body)
  SELECT * FROM (SELECT 1 * 1099511627776 + procedure.rowid AS rowid, 'procedure', procedure.id, procedure.id,
    rtrim(coalesce(nullif(procedure.number, '') || ' — ', '') || coalesce(nullif(procedure.ocid, '') || ' — ', '') || coalesce(nullif(procedure.title, '') || ' — ', '') || coalesce(nullif(procedure.title_en, '') || ' — ', '') || coalesce(nullif(procedure.object, '') || ' — ', '') || coalesce(nullif(procedure.object_en, '') || ' — ', ''), ' — ') AS body
  FROM procedure WHERE deleted = 0) WHERE body <> '';
CREATE TRIGGER search_procedure_insert AFTER INSERT ON procedure BEGIN
  INSERT INTO search_text (rowid, kind, record_id, procedure_id, body)
    SELECT * FROM (SELECT 1 * 1099511627776 + new.rowid AS rowid, 'procedure', new.id, new.id,
    rtrim(coalesce(nullif(new.number, '') || ' — ', '') || coalesce(nullif(new.ocid, '') || ' — ', '') || coalesce(nullif(new.title, '') || ' — ', '') || coalesce(nullif(new.title_en, '') || ' — ', '') || coalesce(nullif(new.object, '') || ' — ', '') || coalesce(nullif(new.object_en, '') || ' — ', ''), ' — ') AS body
    WHERE new.deleted = 0) WHERE body <> '';
END;
CREATE TRIGGER search_procedure_update AFTER UPDATE OF number, ocid, title, title_en, object, object_en, deleted ON procedure BEGIN
  DELETE FROM search_text WHERE rowid = 1 * 1099511627776 + old.rowid;
  INSERT INTO search_text (rowid, kind, record_id, procedure_id, body)
    SELECT * FROM (SELECT 1 * 1099511627776 + new.rowid AS rowid, 'procedure', new.id, new.id,
    rtrim(coalesce(nullif(new.number, '') || ' — ', '') || coalesce(nullif(new.ocid, '') || ' — ', '') || coalesce(nullif(new.title, '') || ' — ', '') || coalesce(nullif(new.title_en, '') || ' — ', '') || coalesce(nullif(new.object, '') || ' — ', '') || coalesce(nullif(new.object_en, '') || ' — ', ''), ' — ') AS body
    WHERE new.deleted = 0) WHERE body <> '';
END;
CREATE TRIGGER search_procedure_delete AFTER DELETE ON procedure BEGIN
  DELETE FROM search_text WHERE rowid = 1 * 1099511627776 + old.rowid;
END;

-- agency: name, acronym.
INSERT INTO search_text (rowid, kind, record_id, procedure_id, body)
  SELECT * FROM (SELECT 2 * 1099511627776 + agency.rowid AS rowid, 'agency', agency.id, NULL,
    rtrim(coalesce(nullif(agency.name, '') || ' — ', '') || coalesce(nullif(agency.acronym, '') || ' — ', ''), ' — ') AS body
  FROM agency WHERE deleted = 0) WHERE body <> '';
CREATE TRIGGER search_agency_insert AFTER INSERT ON agency BEGIN
  INSERT INTO search_text (rowid, kind, record_id, procedure_id, body)
    SELECT * FROM (SELECT 2 * 1099511627776 + new.rowid AS rowid, 'agency', new.id, NULL,
    rtrim(coalesce(nullif(new.name, '') || ' — ', '') || coalesce(nullif(new.acronym, '') || ' — ', ''), ' — ') AS body
    WHERE new.deleted = 0) WHERE body <> '';
END;
CREATE TRIGGER search_agency_update AFTER UPDATE OF name, acronym, deleted ON agency BEGIN
  DELETE FROM search_text WHERE rowid = 2 * 1099511627776 + old.rowid;
  INSERT INTO search_text (rowid, kind, record_id, procedure_id, body)
    SELECT * FROM (SELECT 2 * 1099511627776 + new.rowid AS rowid, 'agency', new.id, NULL,
    rtrim(coalesce(nullif(new.name, '') || ' — ', '') || coalesce(nullif(new.acronym, '') || ' — ', ''), ' — ') AS body
    WHERE new.deleted = 0) WHERE body <> '';
END;
CREATE TRIGGER search_agency_delete AFTER DELETE ON agency BEGIN
  DELETE FROM search_text WHERE rowid = 2 * 1099511627776 + old.rowid;
END;

-- bidder: name, rfc.
INSERT INTO search_text (rowid, kind, record_id, procedure_id, body)
  SELECT * FROM (SELECT 3 * 1099511627776 + bidder.rowid AS rowid, 'bidder', bidder.id, bidder.procedure_id,
    rtrim(coalesce(nullif(bidder.name, '') || ' — ', '') || coalesce(nullif(bidder.rfc, '') || ' — ', ''), ' — ') AS body
  FROM bidder WHERE deleted = 0) WHERE body <> '';
CREATE TRIGGER search_bidder_insert AFTER INSERT ON bidder BEGIN
  INSERT INTO search_text (rowid, kind, record_id, procedure_id, body)
    SELECT * FROM (SELECT 3 * 1099511627776 + new.rowid AS rowid, 'bidder', new.id, new.procedure_id,
    rtrim(coalesce(nullif(new.name, '') || ' — ', '') || coalesce(nullif(new.rfc, '') || ' — ', ''), ' — ') AS body
    WHERE new.deleted = 0) WHERE body <> '';
END;
CREATE TRIGGER search_bidder_update AFTER UPDATE OF name, rfc, deleted, procedure_id ON bidder BEGIN
  DELETE FROM search_text WHERE rowid = 3 * 1099511627776 + old.rowid;
  INSERT INTO search_text (rowid, kind, record_id, procedure_id, body)
    SELECT * FROM (SELECT 3 * 1099511627776 + new.rowid AS rowid, 'bidder', new.id, new.procedure_id,
    rtrim(coalesce(nullif(new.name, '') || ' — ', '') || coalesce(nullif(new.rfc, '') || ' — ', ''), ' — ') AS body
    WHERE new.deleted = 0) WHERE body <> '';
END;
CREATE TRIGGER search_bidder_delete AFTER DELETE ON bidder BEGIN
  DELETE FROM search_text WHERE rowid = 3 * 1099511627776 + old.rowid;
END;

-- finding: description, description_en, recommendation, recommendation_en, response, response_en.
INSERT INTO search_text (rowid, kind, record_id, procedure_id, body)
  SELECT * FROM (SELECT 4 * 1099511627776 + finding.rowid AS rowid, 'finding', finding.id, finding.procedure_id,
    rtrim(coalesce(nullif(finding.description, '') || ' — ', '') || coalesce(nullif(finding.description_en, '') || ' — ', '') || coalesce(nullif(finding.recommendation, '') || ' — ', '') || coalesce(nullif(finding.recommendation_en, '') || ' — ', '') || coalesce(nullif(finding.response, '') || ' — ', '') || coalesce(nullif(finding.response_en, '') || ' — ', ''), ' — ') AS body
  FROM finding WHERE deleted = 0) WHERE body <> '';
CREATE TRIGGER search_finding_insert AFTER INSERT ON finding BEGIN
  INSERT INTO search_text (rowid, kind, record_id, procedure_id, body)
    SELECT * FROM (SELECT 4 * 1099511627776 + new.rowid AS rowid, 'finding', new.id, new.procedure_id,
    rtrim(coalesce(nullif(new.description, '') || ' — ', '') || coalesce(nullif(new.description_en, '') || ' — ', '') || coalesce(nullif(new.recommendation, '') || ' — ', '') || coalesce(nullif(new.recommendation_en, '') || ' — ', '') || coalesce(nullif(new.response, '') || ' — ', '') || coalesce(nullif(new.response_en, '') || ' — ', ''), ' — ') AS body
    WHERE new.deleted = 0) WHERE body <> '';
END;
CREATE TRIGGER search_finding_update AFTER UPDATE OF description, description_en, recommendation, recommendation_en, response, response_en, deleted, procedure_id ON finding BEGIN
  DELETE FROM search_text WHERE rowid = 4 * 1099511627776 + old.rowid;
  INSERT INTO search_text (rowid, kind, record_id, procedure_id, body)
    SELECT * FROM (SELECT 4 * 1099511627776 + new.rowid AS rowid, 'finding', new.id, new.procedure_id,
    rtrim(coalesce(nullif(new.description, '') || ' — ', '') || coalesce(nullif(new.description_en, '') || ' — ', '') || coalesce(nullif(new.recommendation, '') || ' — ', '') || coalesce(nullif(new.recommendation_en, '') || ' — ', '') || coalesce(nullif(new.response, '') || ' — ', '') || coalesce(nullif(new.response_en, '') || ' — ', ''), ' — ') AS body
    WHERE new.deleted = 0) WHERE body <> '';
END;
CREATE TRIGGER search_finding_delete AFTER DELETE ON finding BEGIN
  DELETE FROM search_text WHERE rowid = 4 * 1099511627776 + old.rowid;
END;

-- narrative: background, summary, conclusions.
INSERT INTO search_text (rowid, kind, record_id, procedure_id, body)
  SELECT * FROM (SELECT 5 * 1099511627776 + narrative.rowid AS rowid, 'narrative', narrative.id, narrative.procedure_id,
    rtrim(coalesce(nullif(narrative.background, '') || ' — ', '') || coalesce(nullif(narrative.summary, '') || ' — ', '') || coalesce(nullif(narrative.conclusions, '') || ' — ', ''), ' — ') AS body
  FROM narrative WHERE deleted = 0) WHERE body <> '';
CREATE TRIGGER search_narrative_insert AFTER INSERT ON narrative BEGIN
  INSERT INTO search_text (rowid, kind, record_id, procedure_id, body)
    SELECT * FROM (SELECT 5 * 1099511627776 + new.rowid AS rowid, 'narrative', new.id, new.procedure_id,
    rtrim(coalesce(nullif(new.background, '') || ' — ', '') || coalesce(nullif(new.summary, '') || ' — ', '') || coalesce(nullif(new.conclusions, '') || ' — ', ''), ' — ') AS body
    WHERE new.deleted = 0) WHERE body <> '';
END;
CREATE TRIGGER search_narrative_update AFTER UPDATE OF background, summary, conclusions, deleted, procedure_id ON narrative BEGIN
  DELETE FROM search_text WHERE rowid = 5 * 1099511627776 + old.rowid;
  INSERT INTO search_text (rowid, kind, record_id, procedure_id, body)
    SELECT * FROM (SELECT 5 * 1099511627776 + new.rowid AS rowid, 'narrative', new.id, new.procedure_id,
    rtrim(coalesce(nullif(new.background, '') || ' — ', '') || coalesce(nullif(new.summary, '') || ' — ', '') || coalesce(nullif(new.conclusions, '') || ' — ', ''), ' — ') AS body
    WHERE new.deleted = 0) WHERE body <> '';
END;
CREATE TRIGGER search_narrative_delete AFTER DELETE ON narrative BEGIN
  DELETE FROM search_text WHERE rowid = 5 * 1099511627776 + old.rowid;
END;

-- stage: notes, notes_en, attendance, attendance_en.
INSERT INTO search_text (rowid, kind, record_id, procedure_id, body)
  SELECT * FROM (SELECT 6 * 1099511627776 + stage.rowid AS rowid, 'stage', stage.id, stage.procedure_id,
    rtrim(coalesce(nullif(stage.notes, '') || ' — ', '') || coalesce(nullif(stage.notes_en, '') || ' — ', '') || coalesce(nullif(stage.attendance, '') || ' — ', '') || coalesce(nullif(stage.attendance_en, '') || ' — ', ''), ' — ') AS body
  FROM stage WHERE deleted = 0) WHERE body <> '';
CREATE TRIGGER search_stage_insert AFTER INSERT ON stage BEGIN
  INSERT INTO search_text (rowid, kind, record_id, procedure_id, body)
    SELECT * FROM (SELECT 6 * 1099511627776 + new.rowid AS rowid, 'stage', new.id, new.procedure_id,
    rtrim(coalesce(nullif(new.notes, '') || ' — ', '') || coalesce(nullif(new.notes_en, '') || ' — ', '') || coalesce(nullif(new.attendance, '') || ' — ', '') || coalesce(nullif(new.attendance_en, '') || ' — ', ''), ' — ') AS body
    WHERE new.deleted = 0) WHERE body <> '';
END;
CREATE TRIGGER search_stage_update AFTER UPDATE OF notes, notes_en, attendance, attendance_en, deleted, procedure_id ON stage BEGIN
  DELETE FROM search_text WHERE rowid = 6 * 1099511627776 + old.rowid;
  INSERT INTO search_text (rowid, kind, record_id, procedure_id, body)
    SELECT * FROM (SELECT 6 * 1099511627776 + new.rowid AS rowid, 'stage', new.id, new.procedure_id,
    rtrim(coalesce(nullif(new.notes, '') || ' — ', '') || coalesce(nullif(new.notes_en, '') || ' — ', '') || coalesce(nullif(new.attendance, '') || ' — ', '') || coalesce(nullif(new.attendance_en, '') || ' — ', ''), ' — ') AS body
    WHERE new.deleted = 0) WHERE body <> '';
END;
CREATE TRIGGER search_stage_delete AFTER DELETE ON stage BEGIN
  DELETE FROM search_text WHERE rowid = 6 * 1099511627776 + old.rowid;
END;

-- attachment: file_name.
INSERT INTO search_text (rowid, kind, record_id, procedure_id, body)
  SELECT * FROM (SELECT 7 * 1099511627776 + attachment.rowid AS rowid, 'attachment', attachment.id, attachment.procedure_id,
    rtrim(coalesce(nullif(attachment.file_name, '') || ' — ', ''), ' — ') AS body
  FROM attachment WHERE deleted = 0) WHERE body <> '';
CREATE TRIGGER search_attachment_insert AFTER INSERT ON attachment BEGIN
  INSERT INTO search_text (rowid, kind, record_id, procedure_id, body)
    SELECT * FROM (SELECT 7 * 1099511627776 + new.rowid AS rowid, 'attachment', new.id, new.procedure_id,
    rtrim(coalesce(nullif(new.file_name, '') || ' — ', ''), ' — ') AS body
    WHERE new.deleted = 0) WHERE body <> '';
END;
CREATE TRIGGER search_attachment_update AFTER UPDATE OF file_name, deleted, procedure_id ON attachment BEGIN
  DELETE FROM search_text WHERE rowid = 7 * 1099511627776 + old.rowid;
  INSERT INTO search_text (rowid, kind, record_id, procedure_id, body)
    SELECT * FROM (SELECT 7 * 1099511627776 + new.rowid AS rowid, 'attachment', new.id, new.procedure_id,
    rtrim(coalesce(nullif(new.file_name, '') || ' — ', ''), ' — ') AS body
    WHERE new.deleted = 0) WHERE body <> '';
END;
CREATE TRIGGER search_attachment_delete AFTER DELETE ON attachment BEGIN
  DELETE FROM search_text WHERE rowid = 7 * 1099511627776 + old.rowid;
END;
