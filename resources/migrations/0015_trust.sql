-- PayDesk schema, migration 15: who acted is proven, not chosen (DESIGN.md §7).
-- trust_anchor: the certificate authority every officer's certificate must chain to (made by the
-- administrator at first start, or a ministry's CA). officer_certificate: the X.509 certificates
-- of officers' and administrators' keys; a certificate counts only once an administrator's signed
-- act (audit action officer.certify) names it. An officer's roles come from administrators'
-- signed acts in the audit log, never from a column: the officer table keeps id and name only.
-- Every audit entry from here on is signed by the officer who acted (signer_certificate names the
-- certificate); entries made before are chain-verified and reported as made before signatures.
-- audit_checkpoint: signed checkpoints of the log's head (entries and head hash), taken at each
-- sign-in. Sign-offs now carry the signer's certificate, not a bare public key.

CREATE TABLE trust_anchor (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    certificate_pem TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    installed_at TEXT NOT NULL
);

CREATE TABLE officer_certificate (
    fingerprint TEXT PRIMARY KEY,
    officer_id TEXT NOT NULL REFERENCES officer(id),
    certificate_pem TEXT NOT NULL
);

CREATE INDEX officer_certificate_officer_idx ON officer_certificate (officer_id);

ALTER TABLE audit_entry ADD COLUMN signer_certificate TEXT NOT NULL DEFAULT '';
ALTER TABLE audit_entry ADD COLUMN signature TEXT NOT NULL DEFAULT '';

CREATE TABLE audit_checkpoint (
    entries BIGINT NOT NULL,
    head_hash TEXT NOT NULL,
    taken_at TEXT NOT NULL,
    officer TEXT NOT NULL,
    signer_certificate TEXT NOT NULL,
    signature TEXT NOT NULL
);

CREATE INDEX audit_checkpoint_entries_idx ON audit_checkpoint (entries);

DROP TABLE officer_key;
ALTER TABLE batch_signoff RENAME COLUMN public_key TO certificate;
ALTER TABLE officer DROP COLUMN role;
ALTER TABLE officer DROP COLUMN active;
