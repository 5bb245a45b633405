-- Consultation requests, their pictures, and the outbox that delivers them.
-- Plain SQL that PostgreSQL also reads, except where noted: INTEGER PRIMARY KEY is SQLite's
-- auto-increment (BIGINT GENERATED ALWAYS AS IDENTITY there) and BLOB is BYTEA there.
-- Times are Unix seconds (INTEGER) where the server compares them, RFC 3339 text where people read them.

CREATE TABLE consultations (
    id INTEGER PRIMARY KEY,
    reference TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    brief TEXT NOT NULL,               -- the validated core Brief, JSON
    summary TEXT NOT NULL,             -- core::summary of the design at submission
    name TEXT NOT NULL,
    email TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'answered', 'archived', 'spam')),
    idempotency_key TEXT NOT NULL UNIQUE,
    body_hash TEXT NOT NULL,           -- SHA-256 hex of the request body
    response TEXT NOT NULL             -- the 201 body, replayed for a retry with the same key
);

-- Viewer snapshots (PNG) and the visitor's inspiration files, kept in the same transaction.
CREATE TABLE consultation_files (
    id INTEGER PRIMARY KEY,
    consultation_id INTEGER NOT NULL REFERENCES consultations (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('snapshot', 'attachment')),
    position INTEGER NOT NULL,
    label TEXT NOT NULL,               -- the view for a snapshot, the file name for an attachment
    mime_type TEXT NOT NULL,
    bytes BLOB NOT NULL,
    UNIQUE (consultation_id, kind, position)
);

CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    consultation_id INTEGER NOT NULL REFERENCES consultations (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('jeweler_email', 'visitor_email', 'webhook')),
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'dead')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    last_error TEXT,
    UNIQUE (consultation_id, kind)
);
CREATE INDEX outbox_due ON outbox (state, next_attempt_at);

-- Every delivery attempt, successful or not.
CREATE TABLE outbox_attempts (
    id INTEGER PRIMARY KEY,
    outbox_id INTEGER NOT NULL REFERENCES outbox (id) ON DELETE CASCADE,
    attempt INTEGER NOT NULL,
    attempted_at INTEGER NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('sent', 'failed', 'dead')),
    error TEXT
);
CREATE INDEX outbox_attempts_by_outbox ON outbox_attempts (outbox_id);
