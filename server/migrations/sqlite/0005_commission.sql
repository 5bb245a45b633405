-- The commission after the brief: the visitor's private link, the conversation (with photos),
-- revised designs and the visitor's answers, the consultation's availability and appointments,
-- the stages of the making, and erasure requests. Every table hangs off `consultations` with
-- ON DELETE CASCADE, so the jeweler's erasure and the retention purge remove all of it.
--
-- The outbox gains the kinds that notify either side. SQLite cannot change a CHECK constraint,
-- so `outbox` is rebuilt the way 0003 did it (rename, create, copy, drop the old children first).

ALTER TABLE outbox RENAME TO outbox_old;
ALTER TABLE outbox_attempts RENAME TO outbox_attempts_old;

CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    consultation_id INTEGER NOT NULL REFERENCES consultations (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('jeweler_email', 'visitor_email', 'webhook', 'revision_email',
        'message_email', 'proposal_email', 'appointment_email', 'stage_email', 'link_email',
        'erasure_request_email')),
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'dead')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    last_error TEXT,
    payload TEXT                       -- JSON for kinds that need more than the brief
);
INSERT INTO outbox (id, consultation_id, kind, state, attempts, next_attempt_at, last_error, payload)
SELECT id, consultation_id, kind, state, attempts, next_attempt_at, last_error, payload FROM outbox_old;

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

CREATE INDEX outbox_due ON outbox (state, next_attempt_at);
CREATE INDEX outbox_by_brief ON outbox (consultation_id);
CREATE INDEX outbox_attempts_by_outbox ON outbox_attempts (outbox_id);
-- The brief's own deliveries happen once; notices may be sent any number of times.
CREATE UNIQUE INDEX outbox_one_per_kind ON outbox (consultation_id, kind)
    WHERE kind IN ('jeweler_email', 'visitor_email', 'webhook');

-- The visitor's private links: the token is the HMAC of `nonce` under the server's key, kept outside
-- the database (`data_dir/link.key`); only the token's SHA-256 is kept here. A brief may have had several
-- (a lost link is replaced by a new one); a revoked or expired link opens nothing.
CREATE TABLE commission_links (
    token_hash TEXT PRIMARY KEY,
    nonce TEXT NOT NULL UNIQUE,
    consultation_id INTEGER NOT NULL REFERENCES consultations (id) ON DELETE CASCADE,
    issued_at TEXT NOT NULL,           -- RFC 3339 UTC
    expires_at INTEGER,                -- Unix seconds; NULL never expires
    revoked_at TEXT
);
CREATE INDEX commission_links_by_brief ON commission_links (consultation_id);

-- The conversation. `idempotency_key` makes a retried or double-clicked post land once.
CREATE TABLE commission_messages (
    id INTEGER PRIMARY KEY,
    consultation_id INTEGER NOT NULL REFERENCES consultations (id) ON DELETE CASCADE,
    author TEXT NOT NULL CHECK (author IN ('visitor', 'jeweler')),
    by_email TEXT,                     -- the studio account that wrote it (jeweler messages)
    at TEXT NOT NULL,
    text TEXT NOT NULL,
    idempotency_key TEXT NOT NULL,
    body_hash TEXT NOT NULL,
    UNIQUE (consultation_id, idempotency_key)
);
CREATE INDEX commission_messages_by_brief ON commission_messages (consultation_id, id);

-- Pictures of the commission: photos in messages and of stages.
CREATE TABLE commission_files (
    id INTEGER PRIMARY KEY,
    consultation_id INTEGER NOT NULL REFERENCES consultations (id) ON DELETE CASCADE,
    message_id INTEGER REFERENCES commission_messages (id) ON DELETE CASCADE,
    stage_id INTEGER REFERENCES commission_stages (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    label TEXT NOT NULL,
    mime_type TEXT NOT NULL,
    bytes BLOB NOT NULL,
    CHECK ((message_id IS NULL) <> (stage_id IS NULL))
);
CREATE INDEX commission_files_by_brief ON commission_files (consultation_id);
CREATE INDEX commission_files_by_message ON commission_files (message_id);
CREATE INDEX commission_files_by_stage ON commission_files (stage_id);

-- Revised designs, in order. The brief's current design is the last accepted one.
CREATE TABLE commission_proposals (
    id INTEGER PRIMARY KEY,
    consultation_id INTEGER NOT NULL REFERENCES consultations (id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    by_email TEXT NOT NULL,
    design_code TEXT NOT NULL,
    base_code TEXT NOT NULL,
    message TEXT NOT NULL,
    price_low INTEGER,
    price_high INTEGER,
    currency TEXT,
    answer TEXT CHECK (answer IN ('accepted', 'changes_requested')),
    answer_comment TEXT,
    answered_at TEXT,
    idempotency_key TEXT NOT NULL,
    body_hash TEXT NOT NULL,
    UNIQUE (consultation_id, idempotency_key)
);
CREATE INDEX commission_proposals_by_brief ON commission_proposals (consultation_id, id);

-- The steps of the making.
CREATE TABLE commission_stages (
    id INTEGER PRIMARY KEY,
    consultation_id INTEGER NOT NULL REFERENCES consultations (id) ON DELETE CASCADE,
    stage TEXT NOT NULL CHECK (stage IN
        ('sketch', 'cad', 'wax', 'casting', 'setting', 'polishing', 'ready')),
    at TEXT NOT NULL,
    by_email TEXT NOT NULL,
    note TEXT NOT NULL
);
CREATE INDEX commission_stages_by_brief ON commission_stages (consultation_id, id);

-- When the shop takes consultations: one row, the studio's settings as core's `Availability` JSON.
CREATE TABLE booking_availability (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    settings TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- Consultations booked. A slot is booked at most once and a brief holds at most one live
-- appointment: both are unique indexes, so concurrent requests cannot both win.
-- `uid` and `sequence` are the iCalendar UID and SEQUENCE (raised on every move or cancel).
CREATE TABLE appointments (
    id INTEGER PRIMARY KEY,
    consultation_id INTEGER NOT NULL REFERENCES consultations (id) ON DELETE CASCADE,
    starts_at INTEGER NOT NULL,        -- Unix seconds
    ends_at INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('in_shop', 'video', 'phone')),
    state TEXT NOT NULL DEFAULT 'booked' CHECK (state IN ('booked', 'cancelled')),
    uid TEXT NOT NULL UNIQUE,
    sequence INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    changed_at TEXT NOT NULL
);
CREATE UNIQUE INDEX appointments_one_per_slot ON appointments (starts_at) WHERE state = 'booked';
CREATE UNIQUE INDEX appointments_one_per_brief ON appointments (consultation_id) WHERE state = 'booked';

-- The visitor asked, from the commission page, for everything to be erased.
CREATE TABLE erasure_requests (
    id INTEGER PRIMARY KEY,
    consultation_id INTEGER NOT NULL UNIQUE REFERENCES consultations (id) ON DELETE CASCADE,
    requested_at TEXT NOT NULL,
    comment TEXT NOT NULL
);
