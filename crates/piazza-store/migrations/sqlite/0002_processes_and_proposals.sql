-- Participatory processes with their phases, and the proposals residents make in them, with
-- supports and the public record of every change of state. Kept in step with
-- ../postgres/0002_processes_and_proposals.sql by the schema-parity test.

CREATE TABLE processes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    community_id INTEGER NOT NULL REFERENCES communities (id),
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    easy_read TEXT,
    description TEXT NOT NULL,
    locale TEXT NOT NULL,
    support_threshold INTEGER NOT NULL,
    created_by INTEGER REFERENCES accounts (id),
    created_at TEXT NOT NULL
) STRICT;
CREATE INDEX processes_community ON processes (community_id);

CREATE TABLE process_phases (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    process_id INTEGER NOT NULL REFERENCES processes (id),
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    starts_at TEXT NOT NULL,
    ends_at TEXT NOT NULL,
    allows_proposals INTEGER NOT NULL DEFAULT 0 CHECK (allows_proposals IN (0, 1)),
    allows_supports INTEGER NOT NULL DEFAULT 0 CHECK (allows_supports IN (0, 1)),
    allows_comments INTEGER NOT NULL DEFAULT 0 CHECK (allows_comments IN (0, 1)),
    allows_amendments INTEGER NOT NULL DEFAULT 0 CHECK (allows_amendments IN (0, 1)),
    allows_meetings INTEGER NOT NULL DEFAULT 0 CHECK (allows_meetings IN (0, 1))
) STRICT;
CREATE UNIQUE INDEX process_phases_order ON process_phases (process_id, position);

CREATE TABLE proposals (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    process_id INTEGER NOT NULL REFERENCES processes (id),
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    category TEXT,
    address TEXT,
    locale TEXT NOT NULL,
    state TEXT NOT NULL,
    answer TEXT,
    support_count INTEGER NOT NULL DEFAULT 0,
    shuffle_key INTEGER NOT NULL,
    created_by INTEGER REFERENCES accounts (id),
    created_at TEXT NOT NULL
) STRICT;
CREATE INDEX proposals_process ON proposals (process_id, state);
CREATE INDEX proposals_by_support ON proposals (process_id, support_count);
CREATE INDEX proposals_by_shuffle ON proposals (process_id, shuffle_key);

CREATE TABLE proposal_supports (
    proposal_id INTEGER NOT NULL REFERENCES proposals (id),
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    created_at TEXT NOT NULL,
    PRIMARY KEY (proposal_id, account_id)
) STRICT;
CREATE INDEX proposal_supports_account ON proposal_supports (account_id);

CREATE TABLE proposal_state_changes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    proposal_id INTEGER NOT NULL REFERENCES proposals (id),
    state TEXT NOT NULL,
    reason TEXT,
    changed_by INTEGER REFERENCES accounts (id),
    changed_at TEXT NOT NULL
) STRICT;
CREATE INDEX proposal_state_changes_proposal ON proposal_state_changes (proposal_id);
