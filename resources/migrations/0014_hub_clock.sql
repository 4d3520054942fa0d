-- PayDesk schema, migration 14: exactly once against any hub (DESIGN.md §1 rules 6 and 8).
-- hub_posted_at: the latest moment the hub can have received the batch's last POST, on the hub's
-- own clock (its Date header), so that absence is proven on the hub's clock, never a desktop's;
-- empty until known. A batch exported for hand-carry is 'handed_over' (a state name, no column).

ALTER TABLE payment_batch ADD COLUMN hub_posted_at TEXT NOT NULL DEFAULT '';
