-- Where things happen: a community's neighbourhoods, the neighbourhoods a process is about (none
-- means the whole community), and for a proposal its neighbourhood and an optional point on a
-- map. `comment_count` lets lists sort by discussion; triggers keep it in step with comments
-- written and deleted. Kept in step with ../postgres/0013_scope_and_places.sql by the
-- schema-parity test.

CREATE TABLE neighbourhoods (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    community_id INTEGER NOT NULL REFERENCES communities (id),
    name TEXT NOT NULL,
    created_at TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX neighbourhoods_name ON neighbourhoods (community_id, name);

CREATE TABLE process_neighbourhoods (
    process_id INTEGER NOT NULL REFERENCES processes (id),
    neighbourhood_id INTEGER NOT NULL REFERENCES neighbourhoods (id),
    PRIMARY KEY (process_id, neighbourhood_id)
) STRICT;

ALTER TABLE proposals ADD COLUMN neighbourhood_id INTEGER REFERENCES neighbourhoods (id);
ALTER TABLE proposals ADD COLUMN latitude REAL;
ALTER TABLE proposals ADD COLUMN longitude REAL;
ALTER TABLE proposals ADD COLUMN comment_count INTEGER NOT NULL DEFAULT 0;
UPDATE proposals SET comment_count =
    (SELECT COUNT(*) FROM comments c WHERE c.proposal_id = proposals.id AND c.deleted_at IS NULL);
CREATE INDEX proposals_by_comments ON proposals (process_id, comment_count);

CREATE TRIGGER comments_counted AFTER INSERT ON comments WHEN new.proposal_id IS NOT NULL BEGIN
    UPDATE proposals SET comment_count = comment_count + 1 WHERE id = new.proposal_id;
END;
CREATE TRIGGER comments_uncounted AFTER UPDATE OF deleted_at ON comments
    WHEN new.proposal_id IS NOT NULL AND old.deleted_at IS NULL AND new.deleted_at IS NOT NULL BEGIN
    UPDATE proposals SET comment_count = comment_count - 1 WHERE id = new.proposal_id;
END;
