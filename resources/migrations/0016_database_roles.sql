-- PayDesk schema, migration 16: the database itself enforces who acts (DESIGN.md §7).
-- On both: nobody approves a cycle they made or submitted.
-- On PostgreSQL: group roles with the least grants (paydesk_viewer, paydesk_maker, paydesk_checker,
-- paydesk_administrator); each officer logs in as themself, a member of one of them (DatabaseLogins).
-- For those logins the audit log is insert-only, each entry is stamped with session_user and may not
-- name another officer, only a checker's login approves or starts sending a batch, and only an
-- administrator's adds officers and certificates. The owner that migrates is none of them.
-- The roles belong to the whole server: a role another database's migration is creating at the
-- same moment is taken as there (the second CREATE ROLE waits for the first, then finds it).

-- dialect: sqlite
CREATE TRIGGER cycle_approval_not_the_maker BEFORE INSERT ON cycle_approval
WHEN EXISTS (SELECT 1 FROM cycle WHERE id = new.cycle_id AND new.officer_id IN (created_by, submitted_by)) BEGIN
    SELECT RAISE(ABORT, 'the officer who made or submitted a cycle never approves it');
END;

-- dialect: postgresql
DO $$ BEGIN BEGIN CREATE ROLE paydesk_viewer NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END; BEGIN CREATE ROLE paydesk_maker NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END; BEGIN CREATE ROLE paydesk_checker NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END; BEGIN CREATE ROLE paydesk_administrator NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END; END $$;
CREATE FUNCTION paydesk_login_in(group_name text) RETURNS boolean LANGUAGE sql STABLE AS $$ SELECT EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = session_user AND g.rolname = group_name) $$;
CREATE FUNCTION paydesk_officer_login() RETURNS boolean LANGUAGE sql STABLE AS $$ SELECT paydesk_login_in('paydesk_viewer') OR paydesk_login_in('paydesk_maker') OR paydesk_login_in('paydesk_checker') OR paydesk_login_in('paydesk_administrator') $$;
CREATE FUNCTION cycle_approval_not_the_maker() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF EXISTS (SELECT 1 FROM cycle WHERE id = NEW.cycle_id AND NEW.officer_id IN (created_by, submitted_by)) THEN RAISE EXCEPTION 'the officer who made or submitted a cycle never approves it'; END IF; IF paydesk_officer_login() AND (NOT paydesk_login_in('paydesk_checker') OR NEW.officer_id <> session_user) THEN RAISE EXCEPTION 'the database login % is not the checker % approving', session_user, NEW.officer_id; END IF; RETURN NEW; END $$;
CREATE TRIGGER cycle_approval_not_the_maker BEFORE INSERT ON cycle_approval FOR EACH ROW EXECUTE FUNCTION cycle_approval_not_the_maker();
ALTER TABLE audit_entry ADD COLUMN database_user TEXT NOT NULL DEFAULT '';
CREATE FUNCTION audit_entry_stamped() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.database_user := session_user; IF paydesk_officer_login() AND NEW.officer <> session_user THEN RAISE EXCEPTION 'the database login % cannot write an audit entry in the name of %', session_user, NEW.officer; END IF; RETURN NEW; END $$;
CREATE TRIGGER audit_entry_stamped BEFORE INSERT ON audit_entry FOR EACH ROW EXECUTE FUNCTION audit_entry_stamped();
CREATE FUNCTION payment_batch_sent_by_a_checker() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.state = 'sending' AND OLD.state <> 'sending' AND paydesk_officer_login() AND NOT paydesk_login_in('paydesk_checker') THEN RAISE EXCEPTION 'only a checker''s login sends a batch; % is not one', session_user; END IF; RETURN NEW; END $$;
CREATE TRIGGER payment_batch_sent_by_a_checker BEFORE UPDATE ON payment_batch FOR EACH ROW EXECUTE FUNCTION payment_batch_sent_by_a_checker();
GRANT USAGE ON SCHEMA public TO paydesk_viewer, paydesk_maker, paydesk_checker, paydesk_administrator;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO paydesk_viewer, paydesk_maker, paydesk_checker, paydesk_administrator;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO paydesk_viewer, paydesk_maker, paydesk_checker, paydesk_administrator;
GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO paydesk_maker, paydesk_checker;
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON audit_entry, audit_checkpoint, trust_anchor, officer, officer_certificate, schema_version FROM paydesk_maker, paydesk_checker;
REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry, audit_checkpoint FROM PUBLIC;
GRANT INSERT ON audit_entry, audit_checkpoint TO paydesk_viewer, paydesk_maker, paydesk_checker, paydesk_administrator;
GRANT INSERT ON officer, officer_certificate, trust_anchor TO paydesk_administrator;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO paydesk_viewer, paydesk_maker, paydesk_checker, paydesk_administrator;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT INSERT, UPDATE, DELETE ON TABLES TO paydesk_maker, paydesk_checker;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO paydesk_viewer, paydesk_maker, paydesk_checker, paydesk_administrator;
