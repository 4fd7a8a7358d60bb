-- Co-authors of proposals: people and organisations invited by the authors, who accept or
-- decline. Kept in step with ../postgres/0006_coauthors.sql by the schema-parity test.

CREATE TABLE proposal_coauthors (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    proposal_id INTEGER NOT NULL REFERENCES proposals (id),
    account_id INTEGER REFERENCES accounts (id),
    organisation_id INTEGER REFERENCES organisations (id),
    invited_by INTEGER REFERENCES accounts (id),
    state TEXT NOT NULL,
    invited_at TEXT NOT NULL,
    answered_by INTEGER REFERENCES accounts (id),
    answered_at TEXT,
    CHECK ((account_id IS NULL) <> (organisation_id IS NULL))
) STRICT;
CREATE UNIQUE INDEX proposal_coauthors_person ON proposal_coauthors (proposal_id, account_id)
    WHERE account_id IS NOT NULL;
CREATE UNIQUE INDEX proposal_coauthors_organisation ON proposal_coauthors (proposal_id, organisation_id)
    WHERE organisation_id IS NOT NULL;
CREATE INDEX proposal_coauthors_account ON proposal_coauthors (account_id);
CREATE INDEX proposal_coauthors_organisation_invitations ON proposal_coauthors (organisation_id);
