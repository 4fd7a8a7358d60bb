-- Practice exchange: a case describes a practice a community ran, shaped after Participedia's
-- case model, so that another community can find it, learn from it and replicate it. A case may
-- come from a process on Piazza. Its partners, the outcomes it measured and the steps to
-- replicate it are rows of their own.
-- Kept in step with ../postgres/0025_cases.sql by the schema-parity test.

CREATE TABLE cases (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    community_id INTEGER NOT NULL REFERENCES communities (id),
    source_process_id INTEGER REFERENCES processes (id),
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    problem TEXT NOT NULL,
    policy_area TEXT NOT NULL,
    target_groups TEXT NOT NULL,
    inclusion_measures TEXT NOT NULL,
    participants INTEGER,
    method TEXT NOT NULL,
    technology TEXT NOT NULL,
    setup_cost INTEGER,
    running_cost INTEGER,
    currency TEXT NOT NULL,
    staff INTEGER,
    volunteers INTEGER,
    funding_sources TEXT NOT NULL,
    conditions TEXT NOT NULL,
    legal_requirements TEXT NOT NULL,
    risks TEXT NOT NULL,
    lessons TEXT NOT NULL,
    contact_role TEXT NOT NULL,
    licence TEXT NOT NULL,
    locale TEXT NOT NULL,
    lead_organisation_id INTEGER REFERENCES organisations (id),
    created_by INTEGER REFERENCES accounts (id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX cases_community ON cases (community_id, id);

CREATE TABLE case_partners (
    case_id INTEGER NOT NULL REFERENCES cases (id),
    organisation_id INTEGER NOT NULL REFERENCES organisations (id),
    role TEXT NOT NULL,
    PRIMARY KEY (case_id, organisation_id)
) STRICT;

CREATE TABLE case_outcomes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id INTEGER NOT NULL REFERENCES cases (id),
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    unit TEXT NOT NULL,
    baseline REAL,
    target REAL,
    achieved REAL,
    period TEXT NOT NULL,
    measured_how TEXT NOT NULL
) STRICT;
CREATE INDEX case_outcomes_case ON case_outcomes (case_id, position);

CREATE TABLE case_steps (
    case_id INTEGER NOT NULL REFERENCES cases (id),
    position INTEGER NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (case_id, position)
) STRICT;

-- A process started from a case copies its structure and says so: the replication family of a
-- case is found through this link and the cases written from the replicas. (A table of its own,
-- not a column of processes, so that cases and processes do not refer to each other in a circle.)
CREATE TABLE case_replicas (
    process_id INTEGER PRIMARY KEY REFERENCES processes (id),
    case_id INTEGER NOT NULL REFERENCES cases (id)
) STRICT;
CREATE INDEX case_replicas_case ON case_replicas (case_id);
