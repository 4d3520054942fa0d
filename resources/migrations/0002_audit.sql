-- PayDesk schema, migration 2: the append-only, hash-chained audit log.
-- Each entry's hash covers its own fields and the previous entry's hash, so a changed or removed
-- entry breaks the chain at that point (AuditLog::verify). sequence numbers have no gaps.

CREATE TABLE audit_entry (
    sequence BIGINT PRIMARY KEY,
    occurred_at TEXT NOT NULL,
    officer TEXT NOT NULL,
    action TEXT NOT NULL,
    subject_type TEXT NOT NULL,
    subject_id TEXT NOT NULL,
    before_state TEXT NOT NULL DEFAULT '',
    after_state TEXT NOT NULL DEFAULT '',
    previous_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);

CREATE INDEX audit_entry_subject_idx ON audit_entry (subject_type, subject_id, sequence);
