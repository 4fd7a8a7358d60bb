-- Every text a proposal has had, so that anyone can see its history and what changed. The
-- current text stays on the proposal; its `version` names the latest row here. Kept in step
-- with ../postgres/0004_proposal_versions.sql by the schema-parity test.

ALTER TABLE proposals ADD COLUMN version INTEGER NOT NULL DEFAULT 1;

CREATE TABLE proposal_versions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    proposal_id INTEGER NOT NULL REFERENCES proposals (id),
    number INTEGER NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    author_id INTEGER REFERENCES accounts (id),
    created_at TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX proposal_versions_number ON proposal_versions (proposal_id, number);

INSERT INTO proposal_versions (proposal_id, number, title, body, author_id, created_at)
SELECT id, 1, title, body, created_by, created_at FROM proposals;
