-- The newest proposals first is the order lists open with most often after the shuffle: an
-- index lets a page of them be read from the index instead of sorting the whole process.
-- Kept in step with ../sqlite/0014_newest_proposals.sql by the schema-parity test.

CREATE INDEX proposals_by_newest ON proposals (process_id, created_at);
