-- How a signed-in person wants pages shown (larger text, high contrast, reduced motion), as a
-- comma-separated list of keys, remembered across devices. Kept in step with
-- ../postgres/0019_display_preferences.sql by the schema-parity test.

ALTER TABLE accounts ADD COLUMN display TEXT NOT NULL DEFAULT '';
