-- FactDesk review database, schema 3.
-- A stamp that every write transaction renews: a backup is taken at open only when the stamp differs from the
-- newest backup's (something changed since), not on every open (docs/decisions/0022).
CREATE TABLE store_state (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
INSERT INTO store_state (key, value) VALUES ('change_stamp', lower(hex(randomblob(8))));

-- Every import into the archive, in order, so that `factdesk reindex` can rebuild a lost archive from its
-- sources and say which sources are gone (docs/decisions/0023). Kept in the database, which is backed up.
CREATE TABLE archive_imports (
    seq       INTEGER PRIMARY KEY AUTOINCREMENT,
    source    TEXT NOT NULL,      -- absolute path of the file or folder, or 'demo:' for the demo archive
    at        TEXT NOT NULL,      -- ISO instant the import finished
    bytes     INTEGER,            -- size of the file (NULL for a folder)
    modified  TEXT,               -- its last-modified instant then
    added     INTEGER NOT NULL,
    updated   INTEGER NOT NULL,
    articles  INTEGER NOT NULL    -- articles in the archive after the import
);
