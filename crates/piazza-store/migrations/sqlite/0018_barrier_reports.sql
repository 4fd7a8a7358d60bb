-- Accessibility barriers reported by anyone, signed in or not, from the accessibility
-- statement. A report names the page and what is wrong, and optionally the community it
-- concerns (whose administrators then see it) and an address to answer to.
-- Kept in step with ../postgres/0018_barrier_reports.sql by the schema-parity test.

CREATE TABLE barrier_reports (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    community_id INTEGER REFERENCES communities (id),
    page TEXT NOT NULL,
    description TEXT NOT NULL,
    contact TEXT,
    reported_by INTEGER REFERENCES accounts (id),
    created_at TEXT NOT NULL,
    resolved_at TEXT
) STRICT;
CREATE INDEX barrier_reports_community ON barrier_reports (community_id, id);
