-- PayDesk schema, migration 12: approval tiers and the approvals themselves.
-- A program's tiers say how many distinct checkers a cycle needs from a total upwards, per
-- currency. Each checker's approval is kept with the seal of what it covered (the entitlements,
-- and the account each beneficiary would be paid at); an approval whose seal no longer matches
-- the cycle is void, and stays on record with when and why.

CREATE TABLE approval_tier (
    program_id BIGINT NOT NULL REFERENCES program(id),
    currency TEXT NOT NULL,
    from_minor_units BIGINT NOT NULL CHECK (from_minor_units >= 0),
    checkers INTEGER NOT NULL CHECK (checkers >= 1),
    PRIMARY KEY (program_id, currency, from_minor_units)
);

CREATE TABLE cycle_approval (
    id {{id_primary_key}},
    cycle_id BIGINT NOT NULL REFERENCES cycle(id),
    officer_id TEXT NOT NULL,
    entitlements_sha256 TEXT NOT NULL,
    payees_sha256 TEXT NOT NULL,
    approved_at TEXT NOT NULL,
    voided_at TEXT NOT NULL DEFAULT '',
    void_reason TEXT NOT NULL DEFAULT ''
);

CREATE INDEX cycle_approval_cycle_idx ON cycle_approval (cycle_id, voided_at);

-- Who last changed the program's payer account: that officer may not release its next send.
ALTER TABLE program ADD COLUMN payer_changed_by TEXT NOT NULL DEFAULT '';
