-- PayDesk schema, migration 20: officers sharing a PostgreSQL database see each other's work live.
-- Every statement that writes a table the window shows raises a notification on channel
-- paydesk_changes naming the table (delivered when its transaction commits, one per table and
-- transaction), which each open window LISTENs to (DatabaseChangeWatcher). SQLite has no
-- notifications: the window reads PRAGMA data_version instead.

-- dialect: postgresql
CREATE FUNCTION paydesk_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_notify('paydesk_changes', TG_TABLE_NAME); RETURN NULL; END $$;
CREATE TRIGGER beneficiary_changes AFTER INSERT OR UPDATE OR DELETE ON beneficiary FOR EACH STATEMENT EXECUTE FUNCTION paydesk_notify_change();
CREATE TRIGGER program_changes AFTER INSERT OR UPDATE OR DELETE ON program FOR EACH STATEMENT EXECUTE FUNCTION paydesk_notify_change();
CREATE TRIGGER enrolment_changes AFTER INSERT OR UPDATE OR DELETE ON enrolment FOR EACH STATEMENT EXECUTE FUNCTION paydesk_notify_change();
CREATE TRIGGER cycle_changes AFTER INSERT OR UPDATE OR DELETE ON cycle FOR EACH STATEMENT EXECUTE FUNCTION paydesk_notify_change();
CREATE TRIGGER entitlement_changes AFTER INSERT OR UPDATE OR DELETE ON entitlement FOR EACH STATEMENT EXECUTE FUNCTION paydesk_notify_change();
CREATE TRIGGER cycle_approval_changes AFTER INSERT OR UPDATE OR DELETE ON cycle_approval FOR EACH STATEMENT EXECUTE FUNCTION paydesk_notify_change();
CREATE TRIGGER payment_batch_changes AFTER INSERT OR UPDATE OR DELETE ON payment_batch FOR EACH STATEMENT EXECUTE FUNCTION paydesk_notify_change();
CREATE TRIGGER payment_changes AFTER INSERT OR UPDATE OR DELETE ON payment FOR EACH STATEMENT EXECUTE FUNCTION paydesk_notify_change();
CREATE TRIGGER audit_entry_changes AFTER INSERT OR UPDATE OR DELETE ON audit_entry FOR EACH STATEMENT EXECUTE FUNCTION paydesk_notify_change();
CREATE TRIGGER officer_changes AFTER INSERT OR UPDATE OR DELETE ON officer FOR EACH STATEMENT EXECUTE FUNCTION paydesk_notify_change();
