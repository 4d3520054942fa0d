-- PayDesk schema, migration 18: what the payment network said when a program's payees were looked
-- up before approval (a Mojaloop party lookup, GET /parties/{type}/{id}), the latest answer for
-- each beneficiary, with the address asked about and when. A payee it does not know is a finding.

CREATE TABLE party_lookup (
    program_id BIGINT NOT NULL REFERENCES program(id),
    beneficiary_id BIGINT NOT NULL REFERENCES beneficiary(id),
    id_type TEXT NOT NULL,
    id_value TEXT NOT NULL,
    found INTEGER NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    looked_up_at TEXT NOT NULL,
    looked_up_by TEXT NOT NULL,
    PRIMARY KEY (program_id, beneficiary_id)
);
