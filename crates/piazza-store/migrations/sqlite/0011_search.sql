-- Full-text search within a community: one search document per process, proposal and comment,
-- kept in step with its source by triggers, so that no writer can forget it. SQLite indexes
-- the documents with FTS5; ../postgres/0011_search.sql does the same with a tsvector and a GIN
-- index. The tables are derived data: `db copy` and the schema-parity test leave out every
-- table and index whose name starts with `search_`, and the triggers rebuild them.

CREATE TABLE search_documents (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    item_id INTEGER NOT NULL,
    community_id INTEGER NOT NULL,
    process_id INTEGER NOT NULL,
    proposal_id INTEGER,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    hidden INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)),
    created_at TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX search_documents_item ON search_documents (kind, item_id);
CREATE INDEX search_documents_community ON search_documents (community_id);

CREATE VIRTUAL TABLE search_fts USING fts5 (
    title, body, content = 'search_documents', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER search_documents_inserted AFTER INSERT ON search_documents BEGIN
    INSERT INTO search_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER search_documents_deleted AFTER DELETE ON search_documents BEGIN
    INSERT INTO search_fts (search_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;
CREATE TRIGGER search_documents_updated AFTER UPDATE ON search_documents BEGIN
    INSERT INTO search_fts (search_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
    INSERT INTO search_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
END;

CREATE TRIGGER processes_searchable AFTER INSERT ON processes BEGIN
    INSERT INTO search_documents (kind, item_id, community_id, process_id, title, body, created_at)
    VALUES ('process', new.id, new.community_id, new.id, new.title, new.summary || ' ' || new.description,
            new.created_at);
END;
CREATE TRIGGER processes_search_updated AFTER UPDATE OF title, summary, description ON processes BEGIN
    UPDATE search_documents SET title = new.title, body = new.summary || ' ' || new.description
    WHERE kind = 'process' AND item_id = new.id;
END;

CREATE TRIGGER proposals_searchable AFTER INSERT ON proposals BEGIN
    INSERT INTO search_documents (kind, item_id, community_id, process_id, proposal_id, title, body, hidden,
                                  created_at)
    SELECT 'proposal', new.id, pr.community_id, new.process_id, new.id, new.title, new.body, new.hidden,
           new.created_at
    FROM processes pr WHERE pr.id = new.process_id;
END;
CREATE TRIGGER proposals_search_updated AFTER UPDATE OF title, body, hidden ON proposals BEGIN
    UPDATE search_documents SET title = new.title, body = new.body, hidden = new.hidden
    WHERE kind = 'proposal' AND item_id = new.id;
END;

CREATE TRIGGER comments_searchable AFTER INSERT ON comments BEGIN
    INSERT INTO search_documents (kind, item_id, community_id, process_id, proposal_id, title, body, hidden,
                                  created_at)
    SELECT 'comment', new.id, pr.community_id, new.process_id, new.proposal_id, '', new.body, new.hidden,
           new.created_at
    FROM processes pr WHERE pr.id = new.process_id;
END;
CREATE TRIGGER comments_search_updated AFTER UPDATE OF body, hidden ON comments BEGIN
    UPDATE search_documents SET body = new.body, hidden = new.hidden WHERE kind = 'comment' AND item_id = new.id;
END;

INSERT INTO search_documents (kind, item_id, community_id, process_id, title, body, created_at)
SELECT 'process', id, community_id, id, title, summary || ' ' || description, created_at FROM processes;
INSERT INTO search_documents (kind, item_id, community_id, process_id, proposal_id, title, body, hidden, created_at)
SELECT 'proposal', p.id, pr.community_id, p.process_id, p.id, p.title, p.body, p.hidden, p.created_at
FROM proposals p JOIN processes pr ON pr.id = p.process_id;
INSERT INTO search_documents (kind, item_id, community_id, process_id, proposal_id, title, body, hidden, created_at)
SELECT 'comment', c.id, pr.community_id, c.process_id, c.proposal_id, '', c.body, c.hidden, c.created_at
FROM comments c JOIN processes pr ON pr.id = c.process_id;
