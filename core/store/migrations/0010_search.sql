-- Schema 10: full-text search (issue 17). One FTS5 index per kind of record a witness looks for:
-- procedures (number, ocid, title and object in both languages), agencies, bidders, findings,
-- narratives, stage notes and attendance, and evidence file names. unicode61 with
-- remove_diacritics 2 folds case and accents in both languages ("licitacion" finds "Licitación");
-- prefixes of two and three letters have an index of their own, so a search typed letter by
-- letter stays fast. An entry's rowid is its row's rowid. The indexes are derived data kept by
-- the triggers below (every write path goes through them: edits, undo, imports, merges); they are
-- neither audited nor signed. Tombstoned rows (deleted = 1) and rows with none of these texts
-- have no entry. The migration runner keeps a CREATE TRIGGER whole up to its END.

-- procedure: number, ocid, title, title_en, object, object_en.
CREATE VIRTUAL TABLE search_procedure USING fts5(record_id UNINDEXED, procedure_id UNINDEXED, body,
  tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
INSERT INTO search_procedure (rowid, record_id, procedure_id, body)
  SELECT * FROM (SELECT procedure.rowid AS rowid, procedure.id, procedure.id,
    rtrim(coalesce(nullif(procedure.number, '') || ' — ', '') || coalesce(nullif(nullif(procedure.ocid, ''), procedure.number) || ' — ', '') || coalesce(nullif(procedure.title, '') || ' — ', '') || coalesce(nullif(procedure.title_en, '') || ' — ', '') || coalesce(nullif(procedure.object, '') || ' — ', '') || coalesce(nullif(procedure.object_en, '') || ' — ', ''), ' — ') AS body
  FROM procedure WHERE deleted = 0) WHERE body <> '';
CREATE TRIGGER search_procedure_insert AFTER INSERT ON procedure BEGIN
  INSERT INTO search_procedure (rowid, record_id, procedure_id, body)
    SELECT * FROM (SELECT new.rowid AS rowid, new.id, new.id,
    rtrim(coalesce(nullif(new.number, '') || ' — ', '') || coalesce(nullif(nullif(new.ocid, ''), new.number) || ' — ', '') || coalesce(nullif(new.title, '') || ' — ', '') || coalesce(nullif(new.title_en, '') || ' — ', '') || coalesce(nullif(new.object, '') || ' — ', '') || coalesce(nullif(new.object_en, '') || ' — ', ''), ' — ') AS body
    WHERE new.deleted = 0) WHERE body <> '';
END;
CREATE TRIGGER search_procedure_update AFTER UPDATE OF number, ocid, title, title_en, object, object_en, deleted ON procedure BEGIN
  DELETE FROM search_procedure WHERE rowid = old.rowid;
  INSERT INTO search_procedure (rowid, record_id, procedure_id, body)
    SELECT * FROM (SELECT new.rowid AS rowid, new.id, new.id,
    rtrim(coalesce(nullif(new.number, '') || ' — ', '') || coalesce(nullif(nullif(new.ocid, ''), new.number) || ' — ', '') || coalesce(nullif(new.title, '') || ' — ', '') || coalesce(nullif(new.title_en, '') || ' — ', '') || coalesce(nullif(new.object, '') || ' — ', '') || coalesce(nullif(new.object_en, '') || ' — ', ''), ' — ') AS body
    WHERE new.deleted = 0) WHERE body <> '';
END;
CREATE TRIGGER search_procedure_delete AFTER DELETE ON procedure BEGIN
  DELETE FROM search_procedure WHERE rowid = old.rowid;
END;

-- agency: name, acronym.
CREATE VIRTUAL TABLE search_agency USING fts5(record_id UNINDEXED, procedure_id UNINDEXED, body,
  tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
INSERT INTO search_agency (rowid, record_id, procedure_id, body)
  SELECT * FROM (SELECT agency.rowid AS rowid, agency.id, NULL,
    rtrim(coalesce(nullif(agency.name, '') || ' — ', '') || coalesce(nullif(agency.acronym, '') || ' — ', ''), ' — ') AS body
  FROM agency WHERE deleted = 0) WHERE body <> '';
CREATE TRIGGER search_agency_insert AFTER INSERT ON agency BEGIN
  INSERT INTO search_agency (rowid, record_id, procedure_id, body)
    SELECT * FROM (SELECT new.rowid AS rowid, new.id, NULL,
    rtrim(coalesce(nullif(new.name, '') || ' — ', '') || coalesce(nullif(new.acronym, '') || ' — ', ''), ' — ') AS body
    WHERE new.deleted = 0) WHERE body <> '';
END;
CREATE TRIGGER search_agency_update AFTER UPDATE OF name, acronym, deleted ON agency BEGIN
  DELETE FROM search_agency WHERE rowid = old.rowid;
  INSERT INTO search_agency (rowid, record_id, procedure_id, body)
    SELECT * FROM (SELECT new.rowid AS rowid, new.id, NULL,
    rtrim(coalesce(nullif(new.name, '') || ' — ', '') || coalesce(nullif(new.acronym, '') || ' — ', ''), ' — ') AS body
    WHERE new.deleted = 0) WHERE body <> '';
END;
CREATE TRIGGER search_agency_delete AFTER DELETE ON agency BEGIN
  DELETE FROM search_agency WHERE rowid = old.rowid;
END;

-- bidder: name, rfc.
CREATE VIRTUAL TABLE search_bidder USING fts5(record_id UNINDEXED, procedure_id UNINDEXED, body,
  tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
INSERT INTO search_bidder (rowid, record_id, procedure_id, body)
  SELECT * FROM (SELECT bidder.rowid AS rowid, bidder.id, bidder.procedure_id,
    rtrim(coalesce(nullif(bidder.name, '') || ' — ', '') || coalesce(nullif(bidder.rfc, '') || ' — ', ''), ' — ') AS body
  FROM bidder WHERE deleted = 0) WHERE body <> '';
CREATE TRIGGER search_bidder_insert AFTER INSERT ON bidder BEGIN
  INSERT INTO search_bidder (rowid, record_id, procedure_id, body)
    SELECT * FROM (SELECT new.rowid AS rowid, new.id, new.procedure_id,
    rtrim(coalesce(nullif(new.name, '') || ' — ', '') || coalesce(nullif(new.rfc, '') || ' — ', ''), ' — ') AS body
    WHERE new.deleted = 0) WHERE body <> '';
END;
CREATE TRIGGER search_bidder_update AFTER UPDATE OF name, rfc, deleted, procedure_id ON bidder BEGIN
  DELETE FROM search_bidder WHERE rowid = old.rowid;
  INSERT INTO search_bidder (rowid, record_id, procedure_id, body)
    SELECT * FROM (SELECT new.rowid AS rowid, new.id, new.procedure_id,
    rtrim(coalesce(nullif(new.name, '') || ' — ', '') || coalesce(nullif(new.rfc, '') || ' — ', ''), ' — ') AS body
    WHERE new.deleted = 0) WHERE body <> '';
END;
CREATE TRIGGER search_bidder_delete AFTER DELETE ON bidder BEGIN
  DELETE FROM search_bidder WHERE rowid = old.rowid;
END;

-- finding: description, description_en, recommendation, recommendation_en, response, response_en.
CREATE VIRTUAL TABLE search_finding USING fts5(record_id UNINDEXED, procedure_id UNINDEXED, body,
  tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
INSERT INTO search_finding (rowid, record_id, procedure_id, body)
  SELECT * FROM (SELECT finding.rowid AS rowid, finding.id, finding.procedure_id,
    rtrim(coalesce(nullif(finding.description, '') || ' — ', '') || coalesce(nullif(finding.description_en, '') || ' — ', '') || coalesce(nullif(finding.recommendation, '') || ' — ', '') || coalesce(nullif(finding.recommendation_en, '') || ' — ', '') || coalesce(nullif(finding.response, '') || ' — ', '') || coalesce(nullif(finding.response_en, '') || ' — ', ''), ' — ') AS body
  FROM finding WHERE deleted = 0) WHERE body <> '';
CREATE TRIGGER search_finding_insert AFTER INSERT ON finding BEGIN
  INSERT INTO search_finding (rowid, record_id, procedure_id, body)
    SELECT * FROM (SELECT new.rowid AS rowid, new.id, new.procedure_id,
    rtrim(coalesce(nullif(new.description, '') || ' — ', '') || coalesce(nullif(new.description_en, '') || ' — ', '') || coalesce(nullif(new.recommendation, '') || ' — ', '') || coalesce(nullif(new.recommendation_en, '') || ' — ', '') || coalesce(nullif(new.response, '') || ' — ', '') || coalesce(nullif(new.response_en, '') || ' — ', ''), ' — ') AS body
    WHERE new.deleted = 0) WHERE body <> '';
END;
CREATE TRIGGER search_finding_update AFTER UPDATE OF description, description_en, recommendation, recommendation_en, response, response_en, deleted, procedure_id ON finding BEGIN
  DELETE FROM search_finding WHERE rowid = old.rowid;
  INSERT INTO search_finding (rowid, record_id, procedure_id, body)
    SELECT * FROM (SELECT new.rowid AS rowid, new.id, new.procedure_id,
    rtrim(coalesce(nullif(new.description, '') || ' — ', '') || coalesce(nullif(new.description_en, '') || ' — ', '') || coalesce(nullif(new.recommendation, '') || ' — ', '') || coalesce(nullif(new.recommendation_en, '') || ' — ', '') || coalesce(nullif(new.response, '') || ' — ', '') || coalesce(nullif(new.response_en, '') || ' — ', ''), ' — ') AS body
    WHERE new.deleted = 0) WHERE body <> '';
END;
CREATE TRIGGER search_finding_delete AFTER DELETE ON finding BEGIN
  DELETE FROM search_finding WHERE rowid = old.rowid;
END;

-- narrative: background, summary, conclusions.
CREATE VIRTUAL TABLE search_narrative USING fts5(record_id UNINDEXED, procedure_id UNINDEXED, body,
  tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
INSERT INTO search_narrative (rowid, record_id, procedure_id, body)
  SELECT * FROM (SELECT narrative.rowid AS rowid, narrative.id, narrative.procedure_id,
    rtrim(coalesce(nullif(narrative.background, '') || ' — ', '') || coalesce(nullif(narrative.summary, '') || ' — ', '') || coalesce(nullif(narrative.conclusions, '') || ' — ', ''), ' — ') AS body
  FROM narrative WHERE deleted = 0) WHERE body <> '';
CREATE TRIGGER search_narrative_insert AFTER INSERT ON narrative BEGIN
  INSERT INTO search_narrative (rowid, record_id, procedure_id, body)
    SELECT * FROM (SELECT new.rowid AS rowid, new.id, new.procedure_id,
    rtrim(coalesce(nullif(new.background, '') || ' — ', '') || coalesce(nullif(new.summary, '') || ' — ', '') || coalesce(nullif(new.conclusions, '') || ' — ', ''), ' — ') AS body
    WHERE new.deleted = 0) WHERE body <> '';
END;
CREATE TRIGGER search_narrative_update AFTER UPDATE OF background, summary, conclusions, deleted, procedure_id ON narrative BEGIN
  DELETE FROM search_narrative WHERE rowid = old.rowid;
  INSERT INTO search_narrative (rowid, record_id, procedure_id, body)
    SELECT * FROM (SELECT new.rowid AS rowid, new.id, new.procedure_id,
    rtrim(coalesce(nullif(new.background, '') || ' — ', '') || coalesce(nullif(new.summary, '') || ' — ', '') || coalesce(nullif(new.conclusions, '') || ' — ', ''), ' — ') AS body
    WHERE new.deleted = 0) WHERE body <> '';
END;
CREATE TRIGGER search_narrative_delete AFTER DELETE ON narrative BEGIN
  DELETE FROM search_narrative WHERE rowid = old.rowid;
END;

-- stage: notes, notes_en, attendance, attendance_en.
CREATE VIRTUAL TABLE search_stage USING fts5(record_id UNINDEXED, procedure_id UNINDEXED, body,
  tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
INSERT INTO search_stage (rowid, record_id, procedure_id, body)
  SELECT * FROM (SELECT stage.rowid AS rowid, stage.id, stage.procedure_id,
    rtrim(coalesce(nullif(stage.notes, '') || ' — ', '') || coalesce(nullif(stage.notes_en, '') || ' — ', '') || coalesce(nullif(stage.attendance, '') || ' — ', '') || coalesce(nullif(stage.attendance_en, '') || ' — ', ''), ' — ') AS body
  FROM stage WHERE deleted = 0) WHERE body <> '';
CREATE TRIGGER search_stage_insert AFTER INSERT ON stage BEGIN
  INSERT INTO search_stage (rowid, record_id, procedure_id, body)
    SELECT * FROM (SELECT new.rowid AS rowid, new.id, new.procedure_id,
    rtrim(coalesce(nullif(new.notes, '') || ' — ', '') || coalesce(nullif(new.notes_en, '') || ' — ', '') || coalesce(nullif(new.attendance, '') || ' — ', '') || coalesce(nullif(new.attendance_en, '') || ' — ', ''), ' — ') AS body
    WHERE new.deleted = 0) WHERE body <> '';
END;
CREATE TRIGGER search_stage_update AFTER UPDATE OF notes, notes_en, attendance, attendance_en, deleted, procedure_id ON stage BEGIN
  DELETE FROM search_stage WHERE rowid = old.rowid;
  INSERT INTO search_stage (rowid, record_id, procedure_id, body)
    SELECT * FROM (SELECT new.rowid AS rowid, new.id, new.procedure_id,
    rtrim(coalesce(nullif(new.notes, '') || ' — ', '') || coalesce(nullif(new.notes_en, '') || ' — ', '') || coalesce(nullif(new.attendance, '') || ' — ', '') || coalesce(nullif(new.attendance_en, '') || ' — ', ''), ' — ') AS body
    WHERE new.deleted = 0) WHERE body <> '';
END;
CREATE TRIGGER search_stage_delete AFTER DELETE ON stage BEGIN
  DELETE FROM search_stage WHERE rowid = old.rowid;
END;

-- attachment: file_name.
CREATE VIRTUAL TABLE search_attachment USING fts5(record_id UNINDEXED, procedure_id UNINDEXED, body,
  tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
INSERT INTO search_attachment (rowid, record_id, procedure_id, body)
  SELECT * FROM (SELECT attachment.rowid AS rowid, attachment.id, attachment.procedure_id,
    rtrim(coalesce(nullif(attachment.file_name, '') || ' — ', ''), ' — ') AS body
  FROM attachment WHERE deleted = 0) WHERE body <> '';
CREATE TRIGGER search_attachment_insert AFTER INSERT ON attachment BEGIN
  INSERT INTO search_attachment (rowid, record_id, procedure_id, body)
    SELECT * FROM (SELECT new.rowid AS rowid, new.id, new.procedure_id,
    rtrim(coalesce(nullif(new.file_name, '') || ' — ', ''), ' — ') AS body
    WHERE new.deleted = 0) WHERE body <> '';
END;
CREATE TRIGGER search_attachment_update AFTER UPDATE OF file_name, deleted, procedure_id ON attachment BEGIN
  DELETE FROM search_attachment WHERE rowid = old.rowid;
  INSERT INTO search_attachment (rowid, record_id, procedure_id, body)
    SELECT * FROM (SELECT new.rowid AS rowid, new.id, new.procedure_id,
    rtrim(coalesce(nullif(new.file_name, '') || ' — ', ''), ' — ') AS body
    WHERE new.deleted = 0) WHERE body <> '';
END;
CREATE TRIGGER search_attachment_delete AFTER DELETE ON attachment BEGIN
  DELETE FROM search_attachment WHERE rowid = old.rowid;
END;
