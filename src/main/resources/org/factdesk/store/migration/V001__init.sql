-- FactDesk review database, schema 1.
-- Verdicts are keyed by claim id only (no foreign key to claims): re-extraction replaces claims, and a
-- claim found again with the same text gets the same id and so finds its verdict again.

CREATE TABLE articles (
    id        TEXT PRIMARY KEY,
    title     TEXT NOT NULL DEFAULT '',
    text      TEXT NOT NULL,
    source    TEXT NOT NULL DEFAULT '',
    published TEXT,            -- ISO date or NULL
    url       TEXT NOT NULL DEFAULT '',
    opened_at TEXT,            -- ISO instant of the last time the reviewer opened it
    added_at  TEXT NOT NULL    -- ISO instant
);

CREATE TABLE claims (
    id           TEXT PRIMARY KEY,
    article_id   TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    kind         TEXT NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    text         TEXT NOT NULL,
    score        REAL NOT NULL,
    details      TEXT NOT NULL DEFAULT '{}',   -- JSON: quantities, attribution, agreement, dates
    origin       TEXT NOT NULL CHECK (origin IN ('extracted', 'manual')),
    dismissed    INTEGER NOT NULL DEFAULT 0 CHECK (dismissed IN (0, 1)),
    position     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX claims_by_article ON claims(article_id, start_offset, position);

CREATE TABLE verdicts (
    claim_id   TEXT PRIMARY KEY,
    article_id TEXT,            -- the claim's article when known, so verdicts of claims no longer found stay listed
    status     TEXT NOT NULL,
    rationale  TEXT NOT NULL DEFAULT '',
    confidence INTEGER NOT NULL DEFAULT 0 CHECK (confidence BETWEEN 0 AND 5),
    reviewer   TEXT NOT NULL DEFAULT '',
    updated_at TEXT,
    evidence   TEXT NOT NULL DEFAULT '[]'   -- JSON array of cited evidence
);
CREATE INDEX verdicts_by_article ON verdicts(article_id);

-- Append-only: never updated or deleted by FactDesk.
CREATE TABLE verdict_history (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    claim_id   TEXT NOT NULL,
    at         TEXT NOT NULL,
    action     TEXT NOT NULL,
    undoes_seq INTEGER,         -- for action 'undo': the change it undid
    snapshot   TEXT NOT NULL    -- JSON: the full verdict after the change
);
CREATE INDEX verdict_history_by_claim ON verdict_history(claim_id, seq);

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
