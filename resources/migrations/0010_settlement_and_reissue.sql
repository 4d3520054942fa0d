-- PayDesk schema, migration 10: when each payment settled (the hub's completedAt, else when PayDesk
-- learnt it), and re-issuing failed payments under the four-eyes rule: a maker asks for the failed
-- payments listed in payment_reissue_item to be paid again; only once a checker approves does the
-- next preparation give them new payments.

ALTER TABLE payment ADD COLUMN settled_at TEXT NOT NULL DEFAULT '';

CREATE TABLE payment_reissue (
    id {{id_primary_key}},
    cycle_id BIGINT NOT NULL REFERENCES cycle(id),
    state TEXT NOT NULL,
    requested_by TEXT NOT NULL,
    requested_at TEXT NOT NULL,
    decided_by TEXT NOT NULL DEFAULT '',
    decided_at TEXT NOT NULL DEFAULT '',
    decision_note TEXT NOT NULL DEFAULT ''
);

CREATE TABLE payment_reissue_item (
    reissue_id BIGINT NOT NULL REFERENCES payment_reissue(id),
    payment_id BIGINT NOT NULL REFERENCES payment(id),
    PRIMARY KEY (reissue_id, payment_id)
);

CREATE INDEX payment_reissue_cycle_idx ON payment_reissue (cycle_id, state);
CREATE INDEX payment_reissue_item_payment_idx ON payment_reissue_item (payment_id);
-- Whether a failed payment was paid again already.
CREATE INDEX payment_reissue_of_idx ON payment (reissue_of) WHERE reissue_of IS NOT NULL;
