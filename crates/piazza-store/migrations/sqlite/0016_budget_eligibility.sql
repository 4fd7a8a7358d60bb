-- Who may vote in a budget. Besides being a signed-in resident of the community, a budget may
-- ask for a minimum age, for residence in one of its districts, or for a check against the
-- community's census list; and budgets of a process may form a group of which one person may
-- vote in only so many (one district budget of their choice, say). Codes and paper ballots
-- are handed out by officials and facilitators who check eligibility in person.
--
-- `budgets.neighbourhood_id` (0015) is superseded by `budget_districts`, which allows several
-- districts, and stays empty. Kept in step with ../postgres/0016_budget_eligibility.sql by the
-- schema-parity test.

ALTER TABLE budgets ADD COLUMN min_age INTEGER;
ALTER TABLE budgets ADD COLUMN census_only INTEGER NOT NULL DEFAULT 0 CHECK (census_only IN (0, 1));
ALTER TABLE budgets ADD COLUMN voting_group TEXT;
ALTER TABLE budgets ADD COLUMN group_limit INTEGER;

-- The districts whose residents may vote in a budget; none means the whole community.
CREATE TABLE budget_districts (
    budget_id INTEGER NOT NULL REFERENCES budgets (id),
    neighbourhood_id INTEGER NOT NULL REFERENCES neighbourhoods (id),
    PRIMARY KEY (budget_id, neighbourhood_id)
) STRICT;

-- A ballot in a grouped budget takes one of the voter's places in the group; the unique index
-- lets two concurrent ballots never take the same place, so the limit holds under races.
ALTER TABLE budget_voters ADD COLUMN group_key TEXT;
ALTER TABLE budget_voters ADD COLUMN group_place INTEGER;
CREATE UNIQUE INDEX budget_voters_group_place ON budget_voters (group_key, voter_key, group_place);

-- A community's census list, uploaded by its administrators. Each entry is kept only as a keyed
-- hash (HMAC-SHA256 under the list's own random key) of the identity number and the birth
-- date, with the district of residence when the list gives one. `claimed` marks an entry a
-- resident has verified against, so that each entry verifies one account only; which account
-- it was is not kept.
CREATE TABLE census_lists (
    community_id INTEGER PRIMARY KEY REFERENCES communities (id),
    hash_key TEXT NOT NULL,
    uploaded_by INTEGER REFERENCES accounts (id),
    uploaded_at TEXT NOT NULL
) STRICT;

CREATE TABLE census_entries (
    community_id INTEGER NOT NULL REFERENCES communities (id),
    entry_hash TEXT NOT NULL,
    neighbourhood_id INTEGER REFERENCES neighbourhoods (id),
    claimed INTEGER NOT NULL DEFAULT 0 CHECK (claimed IN (0, 1)),
    PRIMARY KEY (community_id, entry_hash)
) STRICT, WITHOUT ROWID;

-- What a resident has told the community about themselves to vote: a birth date and a
-- district, declared, or confirmed by the census list (`census_verified`).
CREATE TABLE voter_details (
    community_id INTEGER NOT NULL REFERENCES communities (id),
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    born_on TEXT,
    neighbourhood_id INTEGER REFERENCES neighbourhoods (id),
    census_verified INTEGER NOT NULL DEFAULT 0 CHECK (census_verified IN (0, 1)),
    updated_at TEXT NOT NULL,
    PRIMARY KEY (community_id, account_id)
) STRICT;
