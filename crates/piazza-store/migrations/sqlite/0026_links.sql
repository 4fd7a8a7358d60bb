-- Links between communities: twinnings (a partnership two communities declare, with its
-- purpose), facilitators of a twin invited to co-run a process, and peer-learning threads in
-- which a community asks its region's cluster, or the community behind a case, what it learned.
-- Kept in step with ../postgres/0026_links.sql by the schema-parity test.

-- One community proposes, the other accepts; either may end it. Only accepted, unended
-- twinnings show on the communities' pages.
CREATE TABLE twinnings (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    proposer_id INTEGER NOT NULL REFERENCES communities (id),
    partner_id INTEGER NOT NULL REFERENCES communities (id),
    purpose TEXT NOT NULL,
    locale TEXT NOT NULL,
    proposed_by INTEGER REFERENCES accounts (id),
    proposed_at TEXT NOT NULL,
    accepted_by INTEGER REFERENCES accounts (id),
    accepted_at TEXT,
    ended_by INTEGER REFERENCES accounts (id),
    ended_at TEXT,
    CHECK (proposer_id <> partner_id)
) STRICT;
CREATE INDEX twinnings_proposer ON twinnings (proposer_id);
CREATE INDEX twinnings_partner ON twinnings (partner_id);
-- Two communities have at most one twinning that has not ended, whichever side proposed it.
CREATE UNIQUE INDEX twinnings_one_at_a_time ON twinnings (
    (CASE WHEN proposer_id < partner_id THEN proposer_id ELSE partner_id END),
    (CASE WHEN proposer_id < partner_id THEN partner_id ELSE proposer_id END)
) WHERE ended_at IS NULL;

-- A facilitator of a twinned community invited to co-run one process: once they accept, they
-- may record contributions met offline and plan meetings in it, as its own facilitators do.
CREATE TABLE co_runners (
    process_id INTEGER NOT NULL REFERENCES processes (id),
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    community_id INTEGER NOT NULL REFERENCES communities (id),
    invited_by INTEGER REFERENCES accounts (id),
    invited_at TEXT NOT NULL,
    accepted_at TEXT,
    PRIMARY KEY (process_id, account_id)
) STRICT;
CREATE INDEX co_runners_account ON co_runners (account_id);

-- A question one community asks either of the cluster of its region (region_id) or of the
-- community that wrote a case (case_id), in the language its writer wrote it in (locale). Officials, administrators and facilitators of both
-- sides read and answer it; the asking side marks the answer that helped. (The helpful answer
-- is a plain id, not a reference, so that questions and answers do not refer to each other in
-- a circle.)
CREATE TABLE peer_questions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    community_id INTEGER NOT NULL REFERENCES communities (id),
    region_id INTEGER REFERENCES communities (id),
    case_id INTEGER REFERENCES cases (id),
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    locale TEXT NOT NULL,
    asked_by INTEGER REFERENCES accounts (id),
    asked_at TEXT NOT NULL,
    helpful_answer_id INTEGER,
    CHECK ((region_id IS NULL) <> (case_id IS NULL))
) STRICT;
CREATE INDEX peer_questions_community ON peer_questions (community_id);
CREATE INDEX peer_questions_region ON peer_questions (region_id);
CREATE INDEX peer_questions_case ON peer_questions (case_id);

CREATE TABLE peer_answers (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    question_id INTEGER NOT NULL REFERENCES peer_questions (id),
    community_id INTEGER NOT NULL REFERENCES communities (id),
    body TEXT NOT NULL,
    locale TEXT NOT NULL,
    answered_by INTEGER REFERENCES accounts (id),
    answered_at TEXT NOT NULL
) STRICT;
CREATE INDEX peer_answers_question ON peer_answers (question_id, id);
