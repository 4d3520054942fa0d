-- PayDesk schema, migration 17: a re-import tells the rows it changed from the rows it found as
-- they were. changed_import_id is the last import that changed a row's values (its creation
-- counts); an import that finds a row unchanged only stamps import_id, which it needs to refuse a
-- registry id written twice by one file.

ALTER TABLE beneficiary ADD COLUMN changed_import_id BIGINT;
UPDATE beneficiary SET changed_import_id = import_id;
