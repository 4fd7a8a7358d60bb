-- Following and notifications: people follow processes and proposals (authors, commenters and
-- amenders automatically), and what happens to them becomes a notification for each follower,
-- mailed at once, in a daily digest, or never, as each person chooses. Kept in step with
-- ../postgres/0010_notifications.sql by the schema-parity test.

ALTER TABLE accounts ADD COLUMN email_frequency TEXT NOT NULL DEFAULT 'immediate';
ALTER TABLE accounts ADD COLUMN last_digest_at TEXT;

CREATE TABLE follows (
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    target_kind TEXT NOT NULL,
    target_id INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (account_id, target_kind, target_id)
) STRICT;
CREATE INDEX follows_target ON follows (target_kind, target_id);

CREATE TABLE notifications (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    link TEXT NOT NULL,
    actor_id INTEGER REFERENCES accounts (id),
    detail TEXT,
    mailed INTEGER NOT NULL DEFAULT 0 CHECK (mailed IN (0, 1)),
    created_at TEXT NOT NULL,
    read_at TEXT
) STRICT;
CREATE INDEX notifications_account ON notifications (account_id, read_at);
CREATE INDEX notifications_unmailed ON notifications (mailed, account_id);
