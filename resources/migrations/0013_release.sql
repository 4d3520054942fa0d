-- PayDesk schema, migration 13: releasing a batch — officers' keys, the maker's sign-off and the
-- checker's countersignature of a batch's manifest, and each program's release policy (sign-off
-- required; a pilot batch of a few payments whose failure rate decides whether the rest goes).

CREATE TABLE officer_key (
    officer_id TEXT PRIMARY KEY REFERENCES officer(id),
    public_key TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    registered_at TEXT NOT NULL,
    registered_by TEXT NOT NULL
);

CREATE TABLE batch_signoff (
    batch_id BIGINT NOT NULL REFERENCES payment_batch(id),
    role TEXT NOT NULL CHECK (role IN ('maker', 'checker')),
    officer_id TEXT NOT NULL,
    public_key TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    manifest_sha256 TEXT NOT NULL,
    signature TEXT NOT NULL,
    signed_at TEXT NOT NULL,
    PRIMARY KEY (batch_id, role)
);

CREATE TABLE release_policy (
    program_id BIGINT PRIMARY KEY REFERENCES program(id),
    sign_off_required INTEGER NOT NULL DEFAULT 0,
    pilot_payments INTEGER NOT NULL DEFAULT 0 CHECK (pilot_payments >= 0),
    pilot_max_failed_per_mille INTEGER NOT NULL DEFAULT 0 CHECK (pilot_max_failed_per_mille BETWEEN 0 AND 1000)
);

ALTER TABLE payment_batch ADD COLUMN pilot INTEGER NOT NULL DEFAULT 0;
