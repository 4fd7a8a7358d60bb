-- Moderation: reports by anyone signed in, cases that moderators review (content hidden after
-- enough reports waits for them), blocks in a community, and the public log of every hide,
-- restore and block. The `hidden` flag on each kind of content lets lists and search leave
-- hidden content out without a join. Kept in step with ../postgres/0009_moderation.sql by the
-- schema-parity test.

ALTER TABLE communities ADD COLUMN report_threshold INTEGER NOT NULL DEFAULT 3;
ALTER TABLE proposals ADD COLUMN hidden INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1));
ALTER TABLE comments ADD COLUMN hidden INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1));
ALTER TABLE amendments ADD COLUMN hidden INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1));

CREATE TABLE moderation_cases (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    community_id INTEGER NOT NULL REFERENCES communities (id),
    content_kind TEXT NOT NULL,
    content_id INTEGER NOT NULL,
    author_id INTEGER REFERENCES accounts (id),
    state TEXT NOT NULL,
    report_count INTEGER NOT NULL DEFAULT 0,
    public_reason TEXT,
    appeal TEXT,
    appealed_at TEXT,
    appeal_answered_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX moderation_cases_content ON moderation_cases (content_kind, content_id);
CREATE INDEX moderation_cases_queue ON moderation_cases (community_id, state);

CREATE TABLE reports (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id INTEGER NOT NULL REFERENCES moderation_cases (id),
    reporter_id INTEGER NOT NULL REFERENCES accounts (id),
    reason TEXT NOT NULL,
    details TEXT,
    created_at TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX reports_once ON reports (case_id, reporter_id);

CREATE TABLE community_blocks (
    community_id INTEGER NOT NULL REFERENCES communities (id),
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    reason TEXT NOT NULL,
    blocked_by INTEGER REFERENCES accounts (id),
    blocked_at TEXT NOT NULL,
    PRIMARY KEY (community_id, account_id)
) STRICT;

CREATE TABLE moderation_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    community_id INTEGER NOT NULL REFERENCES communities (id),
    action TEXT NOT NULL,
    case_id INTEGER REFERENCES moderation_cases (id),
    account_id INTEGER REFERENCES accounts (id),
    reason TEXT,
    moderator_id INTEGER REFERENCES accounts (id),
    created_at TEXT NOT NULL
) STRICT;
CREATE INDEX moderation_log_community ON moderation_log (community_id, id);
