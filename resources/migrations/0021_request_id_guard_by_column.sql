-- PayDesk schema, migration 21: on PostgreSQL the guard that keeps a payment's request id fixed
-- runs only for an UPDATE naming request_id, as SQLite's does (UPDATE OF request_id): an UPDATE
-- that does not name it cannot change it, and reconciling a million statuses no longer calls the
-- guard a million times.

-- dialect: postgresql
DROP TRIGGER payment_request_id_fixed ON payment;
CREATE TRIGGER payment_request_id_fixed BEFORE UPDATE OF request_id ON payment FOR EACH ROW EXECUTE FUNCTION payment_request_id_fixed();
