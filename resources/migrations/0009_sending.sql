-- PayDesk schema, migration 9: sending batches to Payment Hub EE exactly once (DESIGN.md §1).
-- A batch is committed as 'sending' before every POST; send_attempts is the compare-and-set that
-- lets one officer or process post it; the hub's batch id, once known, never changes.

ALTER TABLE payment_batch ADD COLUMN hub_batch_id TEXT NOT NULL DEFAULT '';
ALTER TABLE payment_batch ADD COLUMN send_attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE payment_batch ADD COLUMN sending_since TEXT NOT NULL DEFAULT '';
ALTER TABLE payment_batch ADD COLUMN last_posted_at TEXT NOT NULL DEFAULT '';
ALTER TABLE payment_batch ADD COLUMN sent_by TEXT NOT NULL DEFAULT '';
ALTER TABLE payment_batch ADD COLUMN failure_reason TEXT NOT NULL DEFAULT '';

CREATE INDEX payment_batch_state_idx ON payment_batch (state);

-- dialect: sqlite
CREATE TRIGGER payment_batch_hub_id_fixed BEFORE UPDATE OF hub_batch_id ON payment_batch
WHEN old.hub_batch_id <> '' AND new.hub_batch_id <> old.hub_batch_id BEGIN
    SELECT RAISE(ABORT, 'a batch''s hub batch id never changes');
END;

-- dialect: postgresql
CREATE FUNCTION payment_batch_hub_id_fixed() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF OLD.hub_batch_id <> '' AND NEW.hub_batch_id <> OLD.hub_batch_id THEN RAISE EXCEPTION 'a batch''s hub batch id never changes'; END IF; RETURN NEW; END $$;
CREATE TRIGGER payment_batch_hub_id_fixed BEFORE UPDATE ON payment_batch FOR EACH ROW EXECUTE FUNCTION payment_batch_hub_id_fixed();
