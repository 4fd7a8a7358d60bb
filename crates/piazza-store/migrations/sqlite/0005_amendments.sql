-- Amendments: a changed text proposed by anyone, with a reason, that the proposal's authors
-- accept (it becomes a new version, credited to the amender) or reject with a public reason.
-- Kept in step with ../postgres/0005_amendments.sql by the schema-parity test.

CREATE TABLE amendments (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    proposal_id INTEGER NOT NULL REFERENCES proposals (id),
    author_id INTEGER REFERENCES accounts (id),
    base_version INTEGER NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    reason TEXT NOT NULL,
    state TEXT NOT NULL,
    answer TEXT,
    answered_by INTEGER REFERENCES accounts (id),
    answered_at TEXT,
    created_at TEXT NOT NULL
) STRICT;
CREATE INDEX amendments_proposal ON amendments (proposal_id, state);

ALTER TABLE proposal_versions ADD COLUMN amendment_id INTEGER REFERENCES amendments (id);
