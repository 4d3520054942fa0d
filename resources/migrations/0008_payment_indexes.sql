-- PayDesk schema, migration 8: the indexes payment preparation needs, and one fewer.
-- payment_cycle_idx cost a third of the time of storing a million payments and served no query:
-- a cycle's payments are found through its batches (payment_batch_idx).

DROP INDEX payment_cycle_idx;

-- A failed payment's entitlement is paid again by a new payment linked to it (reissue_of); finding
-- the failed payment of each entitlement needs this small index.
CREATE INDEX payment_failed_per_entitlement ON payment (entitlement_id) WHERE state = 'failed';
