-- Lists of a process's proposals, in each of their orders, read from an index: the page's ids
-- and the count come from the index alone, without reading a proposal's text. Each index leads
-- with (process_id, hidden), because lists leave hidden proposals out. The order indexes of
-- 0002 and 0013 are replaced by these. Kept in step with ../sqlite/0014_proposal_list_indexes.sql by
-- the schema-parity test.

DROP INDEX proposals_by_support;
DROP INDEX proposals_by_shuffle;
DROP INDEX proposals_by_comments;
CREATE INDEX proposals_by_support ON proposals (process_id, hidden, support_count);
CREATE INDEX proposals_by_shuffle ON proposals (process_id, hidden, shuffle_key);
CREATE INDEX proposals_by_comments ON proposals (process_id, hidden, comment_count);
CREATE INDEX proposals_by_newest ON proposals (process_id, hidden, created_at);
