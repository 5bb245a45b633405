-- Keeps the commission after the brief as SQLite's 0005 to 0009 leave it: the visitor's links,
-- the conversation and its photos, revised designs (with 0007's `changes`), the stages, the
-- availability and appointments, erasure requests, and the triggers of 0008 that keep whose turn
-- it is on each brief. Every table hangs off `consultations` with ON DELETE CASCADE, so the
-- jeweler's erasure and the retention purge remove all of it.

-- The visitor's private links: the token is the HMAC of `nonce` under the server's key, kept
-- outside the database; only the token's SHA-256 is kept here. A brief may have had several; a
-- revoked or expired link opens nothing. SQLite finds a brief's newest link by its implicit
-- `rowid`; here `rowid` is a column of that name, in the same insertion order, so the store's
-- statements read the same.
CREATE TABLE commission_links (
    token_hash TEXT PRIMARY KEY,
    nonce TEXT NOT NULL UNIQUE,
    consultation_id BIGINT NOT NULL REFERENCES consultations (id) ON DELETE CASCADE,
    issued_at TEXT NOT NULL,           -- RFC 3339 UTC
    expires_at BIGINT,                 -- Unix seconds; NULL never expires
    revoked_at TEXT,
    rowid BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE
);
CREATE INDEX commission_links_by_brief ON commission_links (consultation_id, rowid);

-- The conversation. `idempotency_key` makes a retried or double-clicked post land once.
CREATE TABLE commission_messages (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    consultation_id BIGINT NOT NULL REFERENCES consultations (id) ON DELETE CASCADE,
    author TEXT NOT NULL CHECK (author IN ('visitor', 'jeweler')),
    by_email TEXT,                     -- the studio account that wrote it (jeweler messages)
    at TEXT NOT NULL,
    text TEXT NOT NULL,
    idempotency_key TEXT NOT NULL,
    body_hash TEXT NOT NULL,
    UNIQUE (consultation_id, idempotency_key)
);
CREATE INDEX commission_messages_by_brief ON commission_messages (consultation_id, id);

-- The steps of the making.
CREATE TABLE commission_stages (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    consultation_id BIGINT NOT NULL REFERENCES consultations (id) ON DELETE CASCADE,
    stage TEXT NOT NULL CHECK (stage IN
        ('sketch', 'cad', 'wax', 'casting', 'setting', 'polishing', 'ready')),
    at TEXT NOT NULL,
    by_email TEXT NOT NULL,
    note TEXT NOT NULL
);
CREATE INDEX commission_stages_by_brief ON commission_stages (consultation_id, id);

-- Pictures of the commission: photos in messages and of stages, each naming its object (or, in
-- SQLite's rows from before its 0009, holding its bytes), as `consultation_files` does.
CREATE TABLE commission_files (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    consultation_id BIGINT NOT NULL REFERENCES consultations (id) ON DELETE CASCADE,
    message_id BIGINT REFERENCES commission_messages (id) ON DELETE CASCADE,
    stage_id BIGINT REFERENCES commission_stages (id) ON DELETE CASCADE,
    position BIGINT NOT NULL,
    label TEXT NOT NULL,
    mime_type TEXT NOT NULL,
    bytes BYTEA,
    object_key TEXT,
    sha256 TEXT,
    size BIGINT,
    CHECK ((message_id IS NULL) <> (stage_id IS NULL)),
    CHECK ((bytes IS NULL) <> (object_key IS NULL)),
    CHECK ((object_key IS NULL) = (sha256 IS NULL) AND (object_key IS NULL) = (size IS NULL))
);
CREATE INDEX commission_files_by_brief ON commission_files (consultation_id);
CREATE INDEX commission_files_by_message ON commission_files (message_id);
CREATE INDEX commission_files_by_stage ON commission_files (stage_id);
CREATE UNIQUE INDEX commission_files_by_object ON commission_files (object_key)
    WHERE object_key IS NOT NULL;
CREATE INDEX commission_files_in_database ON commission_files (id) WHERE object_key IS NULL;

-- Revised designs, in order. The brief's current design is the last accepted one. `changes` is
-- core's `Change` list as JSON, fixed when it is proposed.
CREATE TABLE commission_proposals (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    consultation_id BIGINT NOT NULL REFERENCES consultations (id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    by_email TEXT NOT NULL,
    design_code TEXT NOT NULL,
    base_code TEXT NOT NULL,
    message TEXT NOT NULL,
    price_low BIGINT,
    price_high BIGINT,
    currency TEXT,
    answer TEXT CHECK (answer IN ('accepted', 'changes_requested')),
    answer_comment TEXT,
    answered_at TEXT,
    idempotency_key TEXT NOT NULL,
    body_hash TEXT NOT NULL,
    changes TEXT NOT NULL DEFAULT '[]',
    UNIQUE (consultation_id, idempotency_key)
);
CREATE INDEX commission_proposals_by_brief ON commission_proposals (consultation_id, id);

-- When the shop takes consultations: one row, the studio's settings as core's `Availability` JSON.
CREATE TABLE booking_availability (
    id BIGINT PRIMARY KEY CHECK (id = 1),
    settings TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- Consultations booked. A slot is booked at most once and a brief holds at most one live
-- appointment: both are unique indexes, so concurrent requests cannot both win. `uid` and
-- `sequence` are the iCalendar UID and SEQUENCE (raised on every move or cancel).
CREATE TABLE appointments (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    consultation_id BIGINT NOT NULL REFERENCES consultations (id) ON DELETE CASCADE,
    starts_at BIGINT NOT NULL,         -- Unix seconds
    ends_at BIGINT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('in_shop', 'video', 'phone')),
    state TEXT NOT NULL DEFAULT 'booked' CHECK (state IN ('booked', 'cancelled')),
    uid TEXT NOT NULL UNIQUE,
    sequence BIGINT NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    changed_at TEXT NOT NULL
);
CREATE UNIQUE INDEX appointments_one_per_slot ON appointments (starts_at) WHERE state = 'booked';
CREATE UNIQUE INDEX appointments_one_per_brief ON appointments (consultation_id)
    WHERE state = 'booked';

-- The visitor asked, from the commission page, for everything to be erased.
CREATE TABLE erasure_requests (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    consultation_id BIGINT NOT NULL UNIQUE REFERENCES consultations (id) ON DELETE CASCADE,
    requested_at TEXT NOT NULL,
    comment TEXT NOT NULL
);

-- Whose turn it is, by the last word alone (SQLite's 0008): the visitor's last word (a message or
-- an answer to a proposal) is `visitor_replied`; the jeweler's (a message or a proposal) is
-- `with_visitor`; `awaiting_reply` is a brief with no word after it yet.
CREATE FUNCTION commission_turn_message() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE consultations SET turn = CASE
        WHEN NEW.author = 'jeweler' THEN 'with_visitor'
        ELSE 'visitor_replied' END
    WHERE id = NEW.consultation_id;
    RETURN NULL;
END
$$;
CREATE TRIGGER commission_turn_message AFTER INSERT ON commission_messages
    FOR EACH ROW EXECUTE FUNCTION commission_turn_message();

CREATE FUNCTION commission_turn_proposal() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE consultations SET turn = 'with_visitor' WHERE id = NEW.consultation_id;
    RETURN NULL;
END
$$;
CREATE TRIGGER commission_turn_proposal AFTER INSERT ON commission_proposals
    FOR EACH ROW EXECUTE FUNCTION commission_turn_proposal();

CREATE FUNCTION commission_turn_answer() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE consultations SET turn = 'visitor_replied' WHERE id = NEW.consultation_id;
    RETURN NULL;
END
$$;
CREATE TRIGGER commission_turn_answer AFTER UPDATE OF answer ON commission_proposals
    FOR EACH ROW WHEN (OLD.answer IS NULL AND NEW.answer IS NOT NULL)
    EXECUTE FUNCTION commission_turn_answer();
