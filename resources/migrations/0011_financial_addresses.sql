-- PayDesk schema, migration 11: the financial addresses an ID-to-account mapper (G2P Connect)
-- resolved for a program's beneficiaries, each kept with when, by whom and from which mapper;
-- the latest answer only. An unresolved beneficiary keeps the mapper's reason and is never batched.

CREATE TABLE financial_address (
    program_id BIGINT NOT NULL REFERENCES program(id),
    beneficiary_id BIGINT NOT NULL REFERENCES beneficiary(id),
    resolved INTEGER NOT NULL,
    fa TEXT NOT NULL DEFAULT '',
    provider TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT '',
    mapper TEXT NOT NULL,
    resolved_at TEXT NOT NULL,
    resolved_by TEXT NOT NULL,
    PRIMARY KEY (program_id, beneficiary_id)
);
