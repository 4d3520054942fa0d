-- PayDesk schema, migration 7: payments and the batches that carry them.
-- A payment's request_id and a batch's correlation id and frozen file never change once written.

CREATE TABLE payment_batch (
    id {{id_primary_key}},
    cycle_id BIGINT NOT NULL REFERENCES cycle(id),
    correlation_id TEXT NOT NULL UNIQUE,
    state TEXT NOT NULL,
    payment_mode TEXT NOT NULL,
    row_count INTEGER NOT NULL,
    total_minor_units BIGINT NOT NULL,
    currency TEXT NOT NULL,
    file_bytes {{blob}},
    file_sha256 TEXT NOT NULL DEFAULT '',
    created_by TEXT NOT NULL,
    frozen_at TEXT NOT NULL DEFAULT ''
);

CREATE TABLE payment (
    id {{id_primary_key}},
    request_id TEXT NOT NULL UNIQUE,
    entitlement_id BIGINT NOT NULL REFERENCES entitlement(id),
    cycle_id BIGINT NOT NULL REFERENCES cycle(id),
    payee_type TEXT NOT NULL,
    payee_address TEXT NOT NULL,
    amount_minor_units BIGINT NOT NULL,
    currency TEXT NOT NULL,
    state TEXT NOT NULL,
    batch_id BIGINT REFERENCES payment_batch(id),
    reissue_of BIGINT REFERENCES payment(id),
    failure_reason TEXT NOT NULL DEFAULT ''
);

-- Never a second open payment for one entitlement: only a failed one may be paid again.
CREATE UNIQUE INDEX payment_open_per_entitlement ON payment (entitlement_id) WHERE state <> 'failed';
CREATE INDEX payment_batch_idx ON payment (batch_id);
CREATE INDEX payment_cycle_idx ON payment (cycle_id, state);

-- dialect: sqlite
CREATE TRIGGER payment_batch_frozen BEFORE UPDATE OF file_bytes, file_sha256, correlation_id ON payment_batch
WHEN old.file_sha256 <> '' BEGIN
    SELECT RAISE(ABORT, 'a ready batch file never changes');
END;

CREATE TRIGGER payment_request_id_fixed BEFORE UPDATE OF request_id ON payment BEGIN
    SELECT RAISE(ABORT, 'a payment request id never changes');
END;

-- dialect: postgresql
CREATE FUNCTION payment_batch_frozen() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF OLD.file_sha256 <> '' AND (NEW.file_bytes IS DISTINCT FROM OLD.file_bytes OR NEW.file_sha256 <> OLD.file_sha256 OR NEW.correlation_id <> OLD.correlation_id) THEN RAISE EXCEPTION 'a ready batch file never changes'; END IF; RETURN NEW; END $$;
CREATE TRIGGER payment_batch_frozen BEFORE UPDATE ON payment_batch FOR EACH ROW EXECUTE FUNCTION payment_batch_frozen();
CREATE FUNCTION payment_request_id_fixed() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.request_id <> OLD.request_id THEN RAISE EXCEPTION 'a payment request id never changes'; END IF; RETURN NEW; END $$;
CREATE TRIGGER payment_request_id_fixed BEFORE UPDATE ON payment FOR EACH ROW EXECUTE FUNCTION payment_request_id_fixed();
