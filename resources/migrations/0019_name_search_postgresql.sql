-- PayDesk schema, migration 19: substring search on names on PostgreSQL through a trigram index
-- (pg_trgm, shipped with PostgreSQL and trusted: a database owner may create it), as FTS5's
-- trigram index does on SQLite. ILIKE '%text%' uses it from three characters on.

-- dialect: postgresql
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX beneficiary_name_trgm_idx ON beneficiary USING gin (full_name gin_trgm_ops);
