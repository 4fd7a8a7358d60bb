-- Translations of cases: the words of a case in another language, written by an official or a
-- facilitator of any community, so that a practice reaches communities that read another
-- language. Figures, outcomes and partners are the case's own and are not translated.
-- Kept in step with ../postgres/0027_case_texts.sql by the schema-parity test.

CREATE TABLE case_texts (
    case_id INTEGER NOT NULL REFERENCES cases (id),
    locale TEXT NOT NULL,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    problem TEXT NOT NULL,
    inclusion_measures TEXT NOT NULL,
    method TEXT NOT NULL,
    technology TEXT NOT NULL,
    funding_sources TEXT NOT NULL,
    conditions TEXT NOT NULL,
    legal_requirements TEXT NOT NULL,
    risks TEXT NOT NULL,
    lessons TEXT NOT NULL,
    contact_role TEXT NOT NULL,
    -- The replication steps, one per line, in the case's order.
    steps TEXT NOT NULL,
    translated_by INTEGER REFERENCES accounts (id),
    translated_at TEXT NOT NULL,
    PRIMARY KEY (case_id, locale)
) STRICT;
CREATE INDEX case_texts_locale ON case_texts (locale);
