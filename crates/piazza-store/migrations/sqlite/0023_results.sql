-- The accountability tracker. A result is something the authority committed to deliver in a
-- process, linked to the proposals and budget projects it comes from, with a status, a progress
-- percentage, dates, money planned and spent, and a timeline of dated updates. A result may have
-- a parent, whose progress is then derived from its children.
-- Kept in step with ../postgres/0023_results.sql by the schema-parity test.

CREATE TABLE results (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    process_id INTEGER NOT NULL REFERENCES processes (id),
    parent_id INTEGER REFERENCES results (id),
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    locale TEXT NOT NULL,
    status TEXT NOT NULL,
    progress INTEGER NOT NULL CHECK (progress BETWEEN 0 AND 100),
    cancel_reason TEXT,
    starts_on TEXT,
    ends_on TEXT,
    budget_planned INTEGER,
    budget_spent INTEGER,
    created_by INTEGER REFERENCES accounts (id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX results_process ON results (process_id, id);

CREATE TABLE result_links (
    result_id INTEGER NOT NULL REFERENCES results (id),
    kind TEXT NOT NULL,
    target_id INTEGER NOT NULL,
    PRIMARY KEY (result_id, kind, target_id)
) STRICT;
CREATE INDEX result_links_target ON result_links (kind, target_id);

CREATE TABLE result_updates (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    result_id INTEGER NOT NULL REFERENCES results (id),
    body TEXT NOT NULL,
    status TEXT NOT NULL,
    progress INTEGER NOT NULL,
    written_by INTEGER REFERENCES accounts (id),
    created_at TEXT NOT NULL
) STRICT;
CREATE INDEX result_updates_result ON result_updates (result_id, id);
