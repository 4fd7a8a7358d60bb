-- Tokens of submitted forms, so that a form sent twice (a double click, a resent page) creates
-- one record. Kept in step with ../postgres/0008_form_submissions.sql by the schema-parity test.

CREATE TABLE form_submissions (
    token TEXT PRIMARY KEY,
    location TEXT,
    created_at TEXT NOT NULL
) STRICT;
CREATE INDEX form_submissions_age ON form_submissions (created_at);
