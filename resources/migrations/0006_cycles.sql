-- PayDesk schema, migration 6: payment cycles and their entitlements.

CREATE TABLE cycle (
    id {{id_primary_key}},
    program_id BIGINT NOT NULL REFERENCES program(id),
    name TEXT NOT NULL,
    start_date TEXT NOT NULL,
    end_date TEXT NOT NULL,
    state TEXT NOT NULL,
    created_by TEXT NOT NULL,
    submitted_by TEXT NOT NULL DEFAULT '',
    approved_by TEXT NOT NULL DEFAULT '',
    UNIQUE (program_id, name)
);

CREATE TABLE entitlement (
    id {{id_primary_key}},
    cycle_id BIGINT NOT NULL REFERENCES cycle(id),
    beneficiary_id BIGINT NOT NULL REFERENCES beneficiary(id),
    amount_minor_units BIGINT NOT NULL,
    currency TEXT NOT NULL,
    state TEXT NOT NULL,
    UNIQUE (cycle_id, beneficiary_id)
);

CREATE INDEX entitlement_cycle_state_idx ON entitlement (cycle_id, state);
