-- Meetings of a process: in person, online or hybrid, with a capacity, registration and a
-- waiting list, what they offer for accessibility, and afterwards their minutes and the
-- proposals that came out of them. `registered_count` lets one conditional update take the
-- last place, so that concurrent registrations never exceed the capacity. Kept in step with
-- ../postgres/0012_meetings.sql by the schema-parity test.

CREATE TABLE meetings (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    process_id INTEGER NOT NULL REFERENCES processes (id),
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    format TEXT NOT NULL,
    address TEXT,
    online_url TEXT,
    starts_at TEXT NOT NULL,
    ends_at TEXT NOT NULL,
    capacity INTEGER,
    registered_count INTEGER NOT NULL DEFAULT 0,
    access TEXT NOT NULL,
    access_notes TEXT,
    minutes TEXT,
    minutes_at TEXT,
    locale TEXT NOT NULL,
    created_by INTEGER REFERENCES accounts (id),
    created_at TEXT NOT NULL
) STRICT;
CREATE INDEX meetings_process ON meetings (process_id, starts_at);

CREATE TABLE meeting_registrations (
    meeting_id INTEGER NOT NULL REFERENCES meetings (id),
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    status TEXT NOT NULL,
    needs TEXT,
    created_at TEXT NOT NULL,
    PRIMARY KEY (meeting_id, account_id)
) STRICT;
CREATE INDEX meeting_registrations_queue ON meeting_registrations (meeting_id, status, created_at);
CREATE INDEX meeting_registrations_account ON meeting_registrations (account_id);

CREATE TABLE meeting_proposals (
    meeting_id INTEGER NOT NULL REFERENCES meetings (id),
    proposal_id INTEGER NOT NULL REFERENCES proposals (id),
    PRIMARY KEY (meeting_id, proposal_id)
) STRICT;

CREATE TRIGGER meetings_searchable AFTER INSERT ON meetings BEGIN
    INSERT INTO search_documents (kind, item_id, community_id, process_id, title, body, created_at)
    SELECT 'meeting', new.id, pr.community_id, new.process_id, new.title,
           new.description || ' ' || COALESCE(new.address, ''), new.created_at
    FROM processes pr WHERE pr.id = new.process_id;
END;
CREATE TRIGGER meetings_search_updated AFTER UPDATE OF title, description, address, minutes ON meetings BEGIN
    UPDATE search_documents
    SET title = new.title,
        body = new.description || ' ' || COALESCE(new.address, '') || ' ' || COALESCE(new.minutes, '')
    WHERE kind = 'meeting' AND item_id = new.id;
END;
