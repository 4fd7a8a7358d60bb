-- Accounts, sessions, communities, roles and organisations: the foundation every capability
-- builds on. Kept in step with ../postgres/0001_foundation.sql by the schema-parity test.

CREATE TABLE instance_settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE communities (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    settlement_type TEXT NOT NULL,
    population INTEGER,
    parent_id INTEGER REFERENCES communities (id),
    default_locale TEXT NOT NULL,
    offered_locales TEXT NOT NULL,
    created_at TEXT NOT NULL
) STRICT;
CREATE INDEX communities_parent ON communities (parent_id);

CREATE TABLE community_texts (
    community_id INTEGER NOT NULL REFERENCES communities (id),
    locale TEXT NOT NULL,
    tagline TEXT NOT NULL,
    description TEXT NOT NULL,
    PRIMARY KEY (community_id, locale)
) STRICT;

CREATE TABLE accounts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    username TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    email TEXT,
    password_hash TEXT NOT NULL,
    locale TEXT,
    home_community_id INTEGER REFERENCES communities (id),
    is_instance_admin INTEGER NOT NULL DEFAULT 0 CHECK (is_instance_admin IN (0, 1)),
    created_at TEXT NOT NULL,
    password_changed_at TEXT NOT NULL
) STRICT;
CREATE INDEX accounts_email ON accounts (lower(email));

CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
) STRICT;
CREATE INDEX sessions_account ON sessions (account_id);
CREATE INDEX sessions_expiry ON sessions (expires_at);

CREATE TABLE sign_in_failures (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    throttle_key TEXT NOT NULL,
    failed_at TEXT NOT NULL
) STRICT;
CREATE INDEX sign_in_failures_key ON sign_in_failures (throttle_key, failed_at);

CREATE TABLE password_resets (
    token_hash TEXT PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at TEXT
) STRICT;
CREATE INDEX password_resets_account ON password_resets (account_id);

CREATE TABLE outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    recipient TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    claimed_until TEXT,
    sent_at TEXT,
    last_error TEXT
) STRICT;
CREATE INDEX outbox_pending ON outbox (sent_at, next_attempt_at);

CREATE TABLE role_grants (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    community_id INTEGER NOT NULL REFERENCES communities (id),
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    role TEXT NOT NULL,
    granted_by INTEGER REFERENCES accounts (id),
    granted_at TEXT NOT NULL,
    revoked_by INTEGER REFERENCES accounts (id),
    revoked_at TEXT
) STRICT;
CREATE UNIQUE INDEX role_grants_active ON role_grants (community_id, account_id, role)
    WHERE revoked_at IS NULL;
CREATE INDEX role_grants_account ON role_grants (account_id);

CREATE TABLE organisations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    helix_role TEXT NOT NULL,
    community_id INTEGER REFERENCES communities (id),
    description TEXT NOT NULL,
    description_locale TEXT NOT NULL,
    website TEXT,
    created_by INTEGER REFERENCES accounts (id),
    created_at TEXT NOT NULL
) STRICT;
CREATE INDEX organisations_community ON organisations (community_id);

CREATE TABLE organisation_members (
    organisation_id INTEGER NOT NULL REFERENCES organisations (id),
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    is_manager INTEGER NOT NULL DEFAULT 0 CHECK (is_manager IN (0, 1)),
    joined_at TEXT NOT NULL,
    PRIMARY KEY (organisation_id, account_id)
) STRICT;
CREATE INDEX organisation_members_account ON organisation_members (account_id);
