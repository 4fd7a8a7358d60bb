-- A proposal merged into another points at it. Kept in step with
-- ../postgres/0007_merged_proposals.sql by the schema-parity test.

ALTER TABLE proposals ADD COLUMN merged_into INTEGER REFERENCES proposals (id);
