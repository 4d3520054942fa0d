-- PayDesk schema, migration 1: the beneficiary registry and its imports.
-- Sections marked "-- dialect: NAME" apply to that database only; {{tokens}} are expanded per dialect.

CREATE TABLE registry_import (
    id {{id_primary_key}},
    file_name TEXT NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    rows_read INTEGER NOT NULL DEFAULT 0,
    rows_inserted INTEGER NOT NULL DEFAULT 0,
    rows_updated INTEGER NOT NULL DEFAULT 0,
    rows_rejected INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE beneficiary (
    id {{id_primary_key}},
    registry_id TEXT NOT NULL UNIQUE,
    given_name TEXT {{nocase}} NOT NULL DEFAULT '',
    family_name TEXT {{nocase}} NOT NULL DEFAULT '',
    gender TEXT NOT NULL DEFAULT '',
    birth_date TEXT,
    household_id TEXT NOT NULL DEFAULT '',
    household_size INTEGER NOT NULL DEFAULT 1,
    region TEXT {{nocase}} NOT NULL DEFAULT '',
    district TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    payee_type TEXT NOT NULL DEFAULT '',
    payee_address TEXT NOT NULL DEFAULT '',
    national_id TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1,
    created_import_id BIGINT NOT NULL REFERENCES registry_import(id),
    import_id BIGINT NOT NULL REFERENCES registry_import(id)
);

CREATE INDEX beneficiary_name_idx ON beneficiary (family_name, given_name, id);
CREATE INDEX beneficiary_region_idx ON beneficiary (region, id);
CREATE INDEX beneficiary_phone_idx ON beneficiary (phone, id);
CREATE INDEX beneficiary_payee_idx ON beneficiary (payee_type, payee_address);

-- dialect: sqlite
-- The full name, for substring search.
ALTER TABLE beneficiary ADD COLUMN full_name TEXT GENERATED ALWAYS AS (given_name || ' ' || family_name) VIRTUAL;

-- Substring search on names: an FTS5 trigram index over full_name, kept in step by triggers (and
-- rebuilt in one pass after a bulk load). A search is one phrase query: exact substring matches.
CREATE VIRTUAL TABLE beneficiary_name_fts USING fts5(full_name, content='beneficiary', content_rowid='id',
    tokenize='trigram', columnsize=0);

CREATE TRIGGER beneficiary_name_fts_insert AFTER INSERT ON beneficiary BEGIN
    INSERT INTO beneficiary_name_fts (rowid, full_name) VALUES (new.id, new.full_name);
END;

CREATE TRIGGER beneficiary_name_fts_delete AFTER DELETE ON beneficiary BEGIN
    INSERT INTO beneficiary_name_fts (beneficiary_name_fts, rowid, full_name) VALUES ('delete', old.id, old.full_name);
END;

CREATE TRIGGER beneficiary_name_fts_update AFTER UPDATE OF given_name, family_name ON beneficiary
WHEN old.full_name IS NOT new.full_name BEGIN
    INSERT INTO beneficiary_name_fts (beneficiary_name_fts, rowid, full_name) VALUES ('delete', old.id, old.full_name);
    INSERT INTO beneficiary_name_fts (rowid, full_name) VALUES (new.id, new.full_name);
END;

-- dialect: postgresql
ALTER TABLE beneficiary ADD COLUMN full_name TEXT GENERATED ALWAYS AS (given_name || ' ' || family_name) STORED;
