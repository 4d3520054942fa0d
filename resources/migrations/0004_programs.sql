-- PayDesk schema, migration 4: programs. The rule, eligibility and backend settings are JSON
-- documents read and validated by core/programs.

CREATE TABLE program (
    id {{id_primary_key}},
    name TEXT NOT NULL UNIQUE,
    currency TEXT NOT NULL,
    entitlement_rule TEXT NOT NULL,
    eligibility TEXT NOT NULL,
    payer_id_type TEXT NOT NULL,
    payer_id TEXT NOT NULL,
    payee_id_type TEXT NOT NULL,
    backend TEXT NOT NULL,
    backend_settings TEXT NOT NULL,
    max_batch_rows INTEGER NOT NULL,
    max_file_bytes INTEGER NOT NULL,
    budget_minor_units BIGINT NOT NULL,
    created_by TEXT NOT NULL
);
