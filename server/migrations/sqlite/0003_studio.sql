-- The jeweler's studio: accounts, sessions, the workflow statuses, history, notes, search, and an
-- outbox that can hold several revised designs per brief.
--
-- SQLite cannot change a CHECK constraint, so `consultations` and `outbox` are rebuilt. Dropping a
-- parent table with foreign keys on would cascade-delete every picture and delivery, and sqlx runs
-- each migration inside a transaction, where foreign keys cannot be switched off. So the old tables
-- are renamed first (SQLite rewrites the children's REFERENCES to follow), new ones are created and
-- filled, and the old ones are dropped children first, when nothing can cascade into new rows.

ALTER TABLE consultations RENAME TO consultations_old;
ALTER TABLE consultation_files RENAME TO consultation_files_old;
ALTER TABLE outbox RENAME TO outbox_old;
ALTER TABLE outbox_attempts RENAME TO outbox_attempts_old;

CREATE TABLE consultations (
    id INTEGER PRIMARY KEY,
    reference TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,          -- RFC 3339 UTC, fixed width, so text order is time order
    brief TEXT NOT NULL,
    summary TEXT NOT NULL,
    name TEXT NOT NULL,
    email TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'new' CHECK (status IN
        ('new', 'in_conversation', 'quoted', 'won', 'lost', 'archived', 'spam')),
    status_changed_at INTEGER NOT NULL DEFAULT 0,  -- Unix seconds; retention counts from here
    idempotency_key TEXT NOT NULL UNIQUE,
    body_hash TEXT NOT NULL,
    response TEXT NOT NULL
);
INSERT INTO consultations
    (id, reference, created_at, brief, summary, name, email, status, status_changed_at,
     idempotency_key, body_hash, response)
SELECT id, reference, created_at, brief, summary, name, email,
       CASE status WHEN 'answered' THEN 'in_conversation' ELSE status END,
       COALESCE(CAST(strftime('%s', created_at) AS INTEGER), 0),
       idempotency_key, body_hash, response
FROM consultations_old;

CREATE TABLE consultation_files (
    id INTEGER PRIMARY KEY,
    consultation_id INTEGER NOT NULL REFERENCES consultations (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('snapshot', 'attachment')),
    position INTEGER NOT NULL,
    label TEXT NOT NULL,
    mime_type TEXT NOT NULL,
    bytes BLOB NOT NULL,
    UNIQUE (consultation_id, kind, position)
);
INSERT INTO consultation_files (id, consultation_id, kind, position, label, mime_type, bytes)
SELECT id, consultation_id, kind, position, label, mime_type, bytes FROM consultation_files_old;

CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    consultation_id INTEGER NOT NULL REFERENCES consultations (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('jeweler_email', 'visitor_email', 'webhook', 'revision_email')),
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'dead')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    last_error TEXT,
    payload TEXT                       -- JSON for kinds that need more than the brief (a revision)
);
INSERT INTO outbox (id, consultation_id, kind, state, attempts, next_attempt_at, last_error)
SELECT id, consultation_id, kind, state, attempts, next_attempt_at, last_error FROM outbox_old;

CREATE TABLE outbox_attempts (
    id INTEGER PRIMARY KEY,
    outbox_id INTEGER NOT NULL REFERENCES outbox (id) ON DELETE CASCADE,
    attempt INTEGER NOT NULL,
    attempted_at INTEGER NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('sent', 'failed', 'dead')),
    error TEXT
);
INSERT INTO outbox_attempts (id, outbox_id, attempt, attempted_at, outcome, error)
SELECT id, outbox_id, attempt, attempted_at, outcome, error FROM outbox_attempts_old;

DROP TABLE outbox_attempts_old;
DROP TABLE outbox_old;
DROP TABLE consultation_files_old;
DROP TABLE consultations_old;

-- The inbox pages newest first, all or by status: keyset paging walks these indexes.
CREATE INDEX consultations_newest ON consultations (created_at, id);
CREATE INDEX consultations_by_status ON consultations (status, created_at, id);
CREATE INDEX consultations_retention ON consultations (status, status_changed_at);
CREATE INDEX outbox_due ON outbox (state, next_attempt_at);
CREATE INDEX outbox_by_brief ON outbox (consultation_id);
CREATE INDEX outbox_attempts_by_outbox ON outbox_attempts (outbox_id);
-- One delivery of each kind per brief, as before; revisions may be sent any number of times.
CREATE UNIQUE INDEX outbox_one_per_kind ON outbox (consultation_id, kind)
    WHERE kind <> 'revision_email';

-- Search by name, email or reference: a trigram index finds any part of a word, case-insensitively.
CREATE VIRTUAL TABLE consultations_search USING fts5 (
    name, email, reference,
    content = 'consultations', content_rowid = 'id', tokenize = 'trigram'
);
INSERT INTO consultations_search (consultations_search) VALUES ('rebuild');
CREATE TRIGGER consultations_search_insert AFTER INSERT ON consultations BEGIN
    INSERT INTO consultations_search (rowid, name, email, reference)
    VALUES (new.id, new.name, new.email, new.reference);
END;
CREATE TRIGGER consultations_search_delete AFTER DELETE ON consultations BEGIN
    INSERT INTO consultations_search (consultations_search, rowid, name, email, reference)
    VALUES ('delete', old.id, old.name, old.email, old.reference);
END;
CREATE TRIGGER consultations_search_update AFTER UPDATE OF name, email, reference ON consultations BEGIN
    INSERT INTO consultations_search (consultations_search, rowid, name, email, reference)
    VALUES ('delete', old.id, old.name, old.email, old.reference);
    INSERT INTO consultations_search (rowid, name, email, reference)
    VALUES (new.id, new.name, new.email, new.reference);
END;

CREATE TABLE consultation_history (
    id INTEGER PRIMARY KEY,
    consultation_id INTEGER NOT NULL REFERENCES consultations (id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    by_email TEXT NOT NULL,
    from_status TEXT NOT NULL,
    to_status TEXT NOT NULL
);
CREATE INDEX consultation_history_by_brief ON consultation_history (consultation_id, id);

-- The jeweler's private notes on a brief.
CREATE TABLE consultation_notes (
    id INTEGER PRIMARY KEY,
    consultation_id INTEGER NOT NULL REFERENCES consultations (id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    by_email TEXT NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX consultation_notes_by_brief ON consultation_notes (consultation_id, id);

-- Studio accounts. `email` is stored lower-cased; `password_hash` is an argon2id PHC string.
CREATE TABLE studio_users (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    created_at TEXT NOT NULL
);

-- Sessions: only the SHA-256 of the cookie's random id is stored, so a copy of the database
-- opens no session. Times are Unix seconds.
CREATE TABLE studio_sessions (
    id_hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES studio_users (id) ON DELETE CASCADE,
    csrf TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
);
CREATE INDEX studio_sessions_expiry ON studio_sessions (expires_at);

-- The one-time link that creates the first account (SHA-256 of the token, single use).
CREATE TABLE studio_setup_tokens (
    token_hash TEXT PRIMARY KEY,
    expires_at INTEGER NOT NULL,
    used_at INTEGER
);

