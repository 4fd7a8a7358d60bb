-- An easy-read version of a proposal (short sentences, everyday words), written by its authors
-- or by the community's facilitators and officials. Readers who chose easy-read see it first.
-- Kept in step with ../postgres/0022_proposal_easy_read.sql by the schema-parity test.

ALTER TABLE proposals ADD COLUMN easy_read TEXT;
