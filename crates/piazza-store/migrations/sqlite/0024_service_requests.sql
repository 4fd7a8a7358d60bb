-- Service feedback, shaped after Open311 GeoReport v2. A community offers service types (each
-- with extra typed attributes, and values for the list attributes); residents report a problem
-- with a place, a description and the attributes' answers; officials move it through its
-- statuses with public notes and an expected date; once it is closed, and once a result is
-- done, residents rate it. The contact address of a reporter without an account is kept only
-- until the request is closed, to tell them the outcome.
-- Kept in step with ../postgres/0024_service_requests.sql by the schema-parity test.

ALTER TABLE communities ADD COLUMN anonymous_reports INTEGER NOT NULL DEFAULT 0;

CREATE TABLE service_types (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    community_id INTEGER NOT NULL REFERENCES communities (id),
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    description TEXT NOT NULL,
    group_name TEXT NOT NULL,
    keywords TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL
) STRICT;
CREATE INDEX service_types_community ON service_types (community_id, id);

CREATE TABLE service_attributes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    service_type_id INTEGER NOT NULL REFERENCES service_types (id),
    code TEXT NOT NULL,
    datatype TEXT NOT NULL,
    required INTEGER NOT NULL,
    description TEXT NOT NULL,
    position INTEGER NOT NULL
) STRICT;
CREATE UNIQUE INDEX service_attributes_code ON service_attributes (service_type_id, code);

CREATE TABLE service_attribute_values (
    attribute_id INTEGER NOT NULL REFERENCES service_attributes (id),
    key TEXT NOT NULL,
    name TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (attribute_id, key)
) STRICT;

CREATE TABLE service_requests (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    community_id INTEGER NOT NULL REFERENCES communities (id),
    service_type_id INTEGER NOT NULL REFERENCES service_types (id),
    status TEXT NOT NULL,
    description TEXT NOT NULL,
    address TEXT,
    latitude REAL,
    longitude REAL,
    neighbourhood_id INTEGER REFERENCES neighbourhoods (id),
    reporter_id INTEGER REFERENCES accounts (id),
    contact_email TEXT,
    channel TEXT NOT NULL,
    status_note TEXT,
    expected_at TEXT,
    closed_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX service_requests_community ON service_requests (community_id, id);
CREATE INDEX service_requests_reporter ON service_requests (reporter_id);

CREATE TABLE service_request_values (
    request_id INTEGER NOT NULL REFERENCES service_requests (id),
    attribute_id INTEGER NOT NULL REFERENCES service_attributes (id),
    value TEXT NOT NULL,
    PRIMARY KEY (request_id, attribute_id, value)
) STRICT;

CREATE TABLE service_request_updates (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    request_id INTEGER NOT NULL REFERENCES service_requests (id),
    status TEXT NOT NULL,
    note TEXT NOT NULL,
    expected_at TEXT,
    written_by INTEGER REFERENCES accounts (id),
    created_at TEXT NOT NULL
) STRICT;
CREATE INDEX service_request_updates_request ON service_request_updates (request_id, id);

CREATE TABLE ratings (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    request_id INTEGER REFERENCES service_requests (id),
    result_id INTEGER REFERENCES results (id),
    account_id INTEGER REFERENCES accounts (id),
    score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
    comment TEXT NOT NULL,
    created_at TEXT NOT NULL,
    CHECK ((request_id IS NULL) <> (result_id IS NULL))
) STRICT;
CREATE UNIQUE INDEX ratings_of_request ON ratings (request_id, account_id);
CREATE UNIQUE INDEX ratings_of_result ON ratings (result_id, account_id);
