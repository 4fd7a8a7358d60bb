-- Participatory budgets. A budget belongs to a process and is voted on in its prioritise phase:
-- officials set the money, the ballot style and the counting rule (fixed once the first ballot
-- is cast), list projects and review their feasibility; residents cast one ballot each.
--
-- Who voted and how they voted are kept apart. `budget_voters` is the register: one row per
-- voter and budget, whose primary key makes a second ballot impossible even when two requests
-- race. `budget_ballots` is the ballot box: random tokens, the choices, the channel, and no
-- time or person. While voting is open the register row holds the token of the voter's ballot,
-- so that a ballot can be changed; closing the vote erases those tokens, after which no ballot
-- can be tied to anyone. Kept in step with ../postgres/0015_budgets.sql by the schema-parity test.

CREATE TABLE budgets (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    process_id INTEGER NOT NULL REFERENCES processes (id),
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    total INTEGER NOT NULL,
    currency TEXT NOT NULL,
    neighbourhood_id INTEGER REFERENCES neighbourhoods (id),
    style TEXT NOT NULL,
    min_choices INTEGER NOT NULL DEFAULT 0,
    max_choices INTEGER,
    min_share INTEGER NOT NULL DEFAULT 0,
    points INTEGER NOT NULL DEFAULT 0,
    rule TEXT NOT NULL,
    changeable INTEGER NOT NULL DEFAULT 1 CHECK (changeable IN (0, 1)),
    status TEXT NOT NULL,
    ballot_count INTEGER NOT NULL DEFAULT 0,
    spent INTEGER,
    published_file TEXT,
    published_sha256 TEXT,
    counted_at TEXT,
    created_by INTEGER REFERENCES accounts (id),
    created_at TEXT NOT NULL
) STRICT;
CREATE INDEX budgets_process ON budgets (process_id, id);

CREATE TABLE budget_projects (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    budget_id INTEGER NOT NULL REFERENCES budgets (id),
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    cost INTEGER NOT NULL,
    category TEXT,
    neighbourhood_id INTEGER REFERENCES neighbourhoods (id),
    latitude REAL,
    longitude REAL,
    image_url TEXT,
    proposal_id INTEGER REFERENCES proposals (id),
    feasibility TEXT NOT NULL,
    feasibility_reason TEXT,
    votes INTEGER,
    won INTEGER CHECK (won IN (0, 1)),
    fate TEXT,
    created_by INTEGER REFERENCES accounts (id),
    created_at TEXT NOT NULL
) STRICT;
CREATE INDEX budget_projects_budget ON budget_projects (budget_id, id);

CREATE TABLE budget_voters (
    budget_id INTEGER NOT NULL REFERENCES budgets (id),
    voter_key TEXT NOT NULL,
    channel TEXT NOT NULL,
    ballot_token TEXT,
    recorded_by INTEGER REFERENCES accounts (id),
    PRIMARY KEY (budget_id, voter_key)
) STRICT;

-- No rowid: rows are stored in token order, so not even their physical order tells when a
-- ballot arrived.
CREATE TABLE budget_ballots (
    budget_id INTEGER NOT NULL REFERENCES budgets (id),
    token TEXT NOT NULL,
    choices TEXT NOT NULL,
    channel TEXT NOT NULL,
    PRIMARY KEY (budget_id, token)
) STRICT, WITHOUT ROWID;

-- One-time voting codes that officials print for people without an account, email or phone,
-- or who vote at a stand. Only a hash of each code is kept; a code's ballot is registered
-- under `code:` and that hash, so the register's primary key lets each code vote once.
CREATE TABLE budget_codes (
    budget_id INTEGER NOT NULL REFERENCES budgets (id),
    code_hash TEXT NOT NULL,
    created_by INTEGER REFERENCES accounts (id),
    created_at TEXT NOT NULL,
    PRIMARY KEY (budget_id, code_hash)
) STRICT;
