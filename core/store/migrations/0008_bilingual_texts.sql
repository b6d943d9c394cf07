-- Schema 8: the English version of every recorded free text a testimony prints, beside the Spanish
-- one (the existing column stays the Spanish text; either may be the original, and a document in
-- a language its text lacks prints the other, marked), and the testimony's publication on the
-- Plataforma (ComprasMX). The delivery to the Secretaría is the "report" stage's actual date.
ALTER TABLE procedure ADD COLUMN title_en TEXT NOT NULL DEFAULT '';
ALTER TABLE procedure ADD COLUMN object_en TEXT NOT NULL DEFAULT '';
ALTER TABLE procedure ADD COLUMN publication_date TEXT;
ALTER TABLE procedure ADD COLUMN publication_url TEXT NOT NULL DEFAULT '';
ALTER TABLE lot ADD COLUMN description_en TEXT NOT NULL DEFAULT '';
ALTER TABLE stage ADD COLUMN attendance_en TEXT NOT NULL DEFAULT '';
ALTER TABLE stage ADD COLUMN notes_en TEXT NOT NULL DEFAULT '';
ALTER TABLE finding ADD COLUMN description_en TEXT NOT NULL DEFAULT '';
ALTER TABLE finding ADD COLUMN recommendation_en TEXT NOT NULL DEFAULT '';
ALTER TABLE finding ADD COLUMN response_en TEXT NOT NULL DEFAULT '';
ALTER TABLE procedure_event ADD COLUMN reason_en TEXT NOT NULL DEFAULT '';
ALTER TABLE protest ADD COLUMN notes_en TEXT NOT NULL DEFAULT '';
ALTER TABLE dialogue_round ADD COLUMN notes_en TEXT NOT NULL DEFAULT '';
