-- Representation statistics. People who consented to it answer a few questions about themselves
-- per community (age band, gender, neighbourhood and the community's own questions). The answers
-- are kept in their own table, apart from the account, and are only ever read as counts. The
-- reference population gives, per group, how many people of the community belong to it.
-- Topics are `age-band`, `gender`, `neighbourhood` and `question-ID`; answers are a group's key
-- (a vocabulary key, a neighbourhood id or an option id) or `prefer-not-to-say`.
-- Kept in step with ../postgres/0020_representation.sql by the schema-parity test.

CREATE TABLE demographic_questions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    community_id INTEGER NOT NULL REFERENCES communities (id),
    label TEXT NOT NULL,
    locale TEXT NOT NULL,
    created_at TEXT NOT NULL
) STRICT;
CREATE INDEX demographic_questions_community ON demographic_questions (community_id, id);

CREATE TABLE demographic_options (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    question_id INTEGER NOT NULL REFERENCES demographic_questions (id),
    label TEXT NOT NULL,
    position INTEGER NOT NULL
) STRICT;
CREATE INDEX demographic_options_question ON demographic_options (question_id, position);

CREATE TABLE demographic_answers (
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    community_id INTEGER NOT NULL REFERENCES communities (id),
    topic TEXT NOT NULL,
    answer TEXT NOT NULL,
    answered_at TEXT NOT NULL,
    PRIMARY KEY (account_id, community_id, topic)
) STRICT;
CREATE INDEX demographic_answers_community ON demographic_answers (community_id, topic, answer);

CREATE TABLE reference_population (
    community_id INTEGER NOT NULL REFERENCES communities (id),
    topic TEXT NOT NULL,
    answer TEXT NOT NULL,
    people INTEGER NOT NULL CHECK (people >= 0),
    PRIMARY KEY (community_id, topic, answer)
) STRICT;
