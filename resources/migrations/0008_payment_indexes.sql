-- PayDesk schema, migration 8: one index fewer on payment.
-- payment_cycle_idx cost a third of the time of storing a million payments and served no query:
-- a cycle's payments are found through its batches (payment_batch_idx).

DROP INDEX payment_cycle_idx;
