-- Keeps the briefs, their pictures and the outbox that delivers them as SQLite's migrations leave
-- them after 0009: gathers SQLite's 0002, the rebuilds of 0003 and 0005 (the statuses, the
-- revision and notice kinds, `payload`, `status_changed_at`), the `turn` column of 0006 and 0008
-- (its triggers are in 0004, beside the tables they watch) and 0009's files as objects. A new
-- database has nothing to rebuild or fill, so each table is created in its final shape.
--
-- The same columns with the same meanings and representations as SQLite's, so the store's
-- functions stay parallel: ids are identities, INTEGER is BIGINT (Unix seconds, counts, sizes),
-- BLOB is BYTEA, times people read are RFC 3339 UTC text of fixed width (text order is time
-- order), JSON is TEXT.

CREATE TABLE consultations (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    reference TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,          -- RFC 3339 UTC, fixed width
    brief TEXT NOT NULL,               -- the validated core Brief, JSON
    summary TEXT NOT NULL,             -- core::summary of the design at submission
    name TEXT NOT NULL,
    email TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'new' CHECK (status IN
        ('new', 'in_conversation', 'quoted', 'won', 'lost', 'archived', 'spam')),
    status_changed_at BIGINT NOT NULL DEFAULT 0,  -- Unix seconds; retention counts from here
    idempotency_key TEXT NOT NULL UNIQUE,
    body_hash TEXT NOT NULL,           -- SHA-256 hex of the request body
    response TEXT NOT NULL,            -- the 201 body, replayed for a retry with the same key
    -- Whose turn it is (core's `Turn`), kept by the triggers of 0004.
    turn TEXT NOT NULL DEFAULT 'awaiting_reply'
        CHECK (turn IN ('visitor_replied', 'awaiting_reply', 'with_visitor'))
);

-- The inbox pages newest first, all, by status or by turn: keyset paging walks these indexes.
CREATE INDEX consultations_newest ON consultations (created_at, id);
CREATE INDEX consultations_by_status ON consultations (status, created_at, id);
CREATE INDEX consultations_retention ON consultations (status, status_changed_at);
CREATE INDEX consultations_by_turn ON consultations (turn, created_at, id);
-- "Awaiting your reply" is every brief whose last word is the visitor's, newest first.
CREATE INDEX consultations_awaiting ON consultations (created_at, id)
    WHERE turn <> 'with_visitor';

-- Viewer snapshots and the visitor's inspiration files. A row names its object (`object_key`,
-- with the object's SHA-256 hex and size) or, in SQLite's rows from before its 0009, holds
-- `bytes`: one or the other, never both or neither.
CREATE TABLE consultation_files (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    consultation_id BIGINT NOT NULL REFERENCES consultations (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('snapshot', 'attachment')),
    position BIGINT NOT NULL,
    label TEXT NOT NULL,               -- the view for a snapshot, the file name for an attachment
    mime_type TEXT NOT NULL,
    bytes BYTEA,
    object_key TEXT,
    sha256 TEXT,
    size BIGINT,
    UNIQUE (consultation_id, kind, position),
    CHECK ((bytes IS NULL) <> (object_key IS NULL)),
    CHECK ((object_key IS NULL) = (sha256 IS NULL) AND (object_key IS NULL) = (size IS NULL))
);
-- The sweep asks whether any row names an object; the upgrade finds the rows still holding bytes.
CREATE UNIQUE INDEX consultation_files_by_object ON consultation_files (object_key)
    WHERE object_key IS NOT NULL;
CREATE INDEX consultation_files_in_database ON consultation_files (id) WHERE object_key IS NULL;

CREATE TABLE outbox (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    consultation_id BIGINT NOT NULL REFERENCES consultations (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('jeweler_email', 'visitor_email', 'webhook', 'revision_email',
        'message_email', 'proposal_email', 'appointment_email', 'stage_email', 'link_email',
        'erasure_request_email')),
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'dead')),
    attempts BIGINT NOT NULL DEFAULT 0,
    next_attempt_at BIGINT NOT NULL,   -- Unix seconds
    last_error TEXT,
    payload TEXT                       -- JSON for kinds that need more than the brief
);
CREATE INDEX outbox_due ON outbox (state, next_attempt_at);
CREATE INDEX outbox_by_brief ON outbox (consultation_id);
-- The brief's own deliveries happen once; notices may be sent any number of times.
CREATE UNIQUE INDEX outbox_one_per_kind ON outbox (consultation_id, kind)
    WHERE kind IN ('jeweler_email', 'visitor_email', 'webhook');

-- Every delivery attempt, successful or not.
CREATE TABLE outbox_attempts (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    outbox_id BIGINT NOT NULL REFERENCES outbox (id) ON DELETE CASCADE,
    attempt BIGINT NOT NULL,
    attempted_at BIGINT NOT NULL,      -- Unix seconds
    outcome TEXT NOT NULL CHECK (outcome IN ('sent', 'failed', 'dead')),
    error TEXT
);
CREATE INDEX outbox_attempts_by_outbox ON outbox_attempts (outbox_id);
