-- PayDesk schema, migration 5: who is enrolled in which program.

CREATE TABLE enrolment (
    program_id BIGINT NOT NULL REFERENCES program(id),
    beneficiary_id BIGINT NOT NULL REFERENCES beneficiary(id),
    enrolled_at TEXT NOT NULL,
    PRIMARY KEY (program_id, beneficiary_id)
);
