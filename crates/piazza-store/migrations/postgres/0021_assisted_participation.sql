-- Assisted participation. A facilitator records what a person said at a workshop, a street
-- stand, on paper or by phone. The person, who may have no account, is represented by an account
-- that cannot sign in (no email, an unusable password) and an `assisted_participants` row with
-- the keyed hash of the claim code printed on their receipt; claiming moves everything to the
-- person's own account. Proposals, comments and supports carry the channel they came by, the
-- event and the facilitator who recorded them, and keep those after a claim.
-- Kept in step with ../sqlite/0021_assisted_participation.sql by the schema-parity test.

CREATE TABLE assisted_participants (
    account_id BIGINT PRIMARY KEY REFERENCES accounts (id),
    community_id BIGINT NOT NULL REFERENCES communities (id),
    claim_code_hash TEXT NOT NULL UNIQUE,
    channel TEXT NOT NULL,
    event TEXT NOT NULL,
    recorded_by BIGINT REFERENCES accounts (id),
    created_at TIMESTAMPTZ NOT NULL
);

ALTER TABLE proposals ADD COLUMN channel TEXT NOT NULL DEFAULT 'online';
ALTER TABLE proposals ADD COLUMN event TEXT;
ALTER TABLE proposals ADD COLUMN recorded_by BIGINT REFERENCES accounts (id);
ALTER TABLE comments ADD COLUMN channel TEXT NOT NULL DEFAULT 'online';
ALTER TABLE comments ADD COLUMN event TEXT;
ALTER TABLE comments ADD COLUMN recorded_by BIGINT REFERENCES accounts (id);
ALTER TABLE proposal_supports ADD COLUMN channel TEXT NOT NULL DEFAULT 'online';
ALTER TABLE proposal_supports ADD COLUMN event TEXT;
ALTER TABLE proposal_supports ADD COLUMN recorded_by BIGINT REFERENCES accounts (id);
