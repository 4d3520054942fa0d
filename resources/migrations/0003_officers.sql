-- PayDesk schema, migration 3: the officers who act in PayDesk, each with one role.

CREATE TABLE officer (
    id TEXT PRIMARY KEY,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('maker', 'checker', 'viewer')),
    active INTEGER NOT NULL DEFAULT 1
);
