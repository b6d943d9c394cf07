-- Schema 9: the dates the legal clocks of REFERENCE §3.2 still lacked (issue 13).
-- procedure_event takes three more kinds besides cancellation and void: questions_deadline (the
-- deadline for the questions to a clarification meeting), call_change (a change to the call: its
-- date is the change's, published_date its publication) and award_correction (the correction of
-- errors in the fallo, on its date). A works modification agreement (convenio) records the date the
-- modification was agreed beside its signature (the existing date).
ALTER TABLE procedure_event ADD COLUMN published_date TEXT;
ALTER TABLE amendment ADD COLUMN agreed_date TEXT;
