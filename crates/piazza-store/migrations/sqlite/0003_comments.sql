-- Comments on processes and proposals: threaded a few levels deep, each with a stance, edited
-- in place (marked as edited) and deleted to a placeholder that keeps the thread readable.
-- Kept in step with ../postgres/0003_comments.sql by the schema-parity test.

CREATE TABLE comments (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    process_id INTEGER NOT NULL REFERENCES processes (id),
    proposal_id INTEGER REFERENCES proposals (id),
    parent_id INTEGER REFERENCES comments (id),
    depth INTEGER NOT NULL,
    author_id INTEGER REFERENCES accounts (id),
    stance TEXT NOT NULL,
    body TEXT NOT NULL,
    locale TEXT NOT NULL,
    support_count INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    edited_at TEXT,
    deleted_at TEXT
) STRICT;
CREATE INDEX comments_proposal ON comments (proposal_id, created_at);
CREATE INDEX comments_process ON comments (process_id, proposal_id, created_at);

CREATE TABLE comment_supports (
    comment_id INTEGER NOT NULL REFERENCES comments (id),
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    created_at TEXT NOT NULL,
    PRIMARY KEY (comment_id, account_id)
) STRICT;
CREATE INDEX comment_supports_account ON comment_supports (account_id);
