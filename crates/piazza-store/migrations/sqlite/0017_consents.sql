-- The consent ledger: every grant and every withdrawal of consent is appended, never changed,
-- with the version of the notice the person saw, how it was given (online, or on paper or by
-- phone to a facilitator, who is recorded) and the legal basis. A person's consent to a
-- purpose is their latest record for it, and only if it was given to the notice in force.
-- Kept in step with ../postgres/0017_consents.sql by the schema-parity test.

CREATE TABLE consent_records (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    purpose TEXT NOT NULL,
    notice_version INTEGER NOT NULL,
    granted INTEGER NOT NULL CHECK (granted IN (0, 1)),
    channel TEXT NOT NULL,
    recorded_by INTEGER REFERENCES accounts (id),
    legal_basis TEXT NOT NULL,
    created_at TEXT NOT NULL
) STRICT;
CREATE INDEX consent_records_account ON consent_records (account_id, purpose, id);
