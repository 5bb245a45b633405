-- Shops: one deployment may keep the briefs of several jewelers. Every row now says whose it is
-- (`shop_id`), and the store scopes every statement by it (store/shops.rs). A deployment from
-- before keeps everything in shop 1, the shop `atelier.toml` describes.
--
-- Studio accounts are people, not shops: `studio_users` stays one row per email, and
-- `shop_members` says which shops' studios a person may open. Existing accounts join shop 1.
--
-- What was unique for the whole deployment becomes unique per shop: a visitor's idempotency key,
-- an appointment slot, the booking settings and the counts per status. The idempotency key's
-- uniqueness is declared in `consultations` itself, which SQLite cannot change in place, so that
-- table is rebuilt as SQLite's documentation says: with foreign keys off (the store runs the
-- migrations on a connection without them and checks every reference after: store/sqlite.rs),
-- a new table filled, the old dropped, the new renamed, its indexes and triggers made again.
-- The other tables only gain a column. Rows keep their ids, so the search index (whose rows are
-- the briefs' ids) stays valid.
--
-- A shop's `settings` are the TOML its operator gave (`atelier-server shop add`); shop 1's are
-- `atelier.toml` itself, so its row keeps none.

-- Refuses to run with foreign keys on, where dropping the old `consultations` below would erase
-- every brief's files, deliveries and messages with it: "CHECK constraint failed:
-- foreign_keys_must_be_off", and nothing is changed.
CREATE TEMP TABLE migration_0012_guard (foreign_keys_must_be_off INTEGER
    CHECK (foreign_keys_must_be_off = 0));
INSERT INTO migration_0012_guard SELECT foreign_keys FROM pragma_foreign_keys;
DROP TABLE migration_0012_guard;

CREATE TABLE shops (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    settings TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    disabled_at TEXT
);
INSERT INTO shops (id, slug) VALUES (1, 'main');

-- The host names a shop answers on, when the deployment finds shops by host: one shop per name.
CREATE TABLE shop_hosts (
    host TEXT PRIMARY KEY,
    shop_id INTEGER NOT NULL REFERENCES shops (id) ON DELETE CASCADE
);
CREATE INDEX shop_hosts_by_shop ON shop_hosts (shop_id);

CREATE TABLE shop_members (
    shop_id INTEGER NOT NULL REFERENCES shops (id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES studio_users (id) ON DELETE CASCADE,
    PRIMARY KEY (shop_id, user_id)
);
CREATE INDEX shop_members_by_user ON shop_members (user_id, shop_id);
INSERT INTO shop_members (shop_id, user_id) SELECT 1, id FROM studio_users;

CREATE TABLE consultations_by_shop (
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
    idempotency_key TEXT NOT NULL,
    body_hash TEXT NOT NULL,
    response TEXT NOT NULL,
    turn TEXT NOT NULL DEFAULT 'awaiting_reply'
        CHECK (turn IN ('visitor_replied', 'awaiting_reply', 'with_visitor')),
    shop_id INTEGER NOT NULL REFERENCES shops (id),
    UNIQUE (shop_id, idempotency_key)
);
INSERT INTO consultations_by_shop (id, reference, created_at, brief, summary, name, email,
    status, status_changed_at, idempotency_key, body_hash, response, turn, shop_id)
SELECT id, reference, created_at, brief, summary, name, email,
    status, status_changed_at, idempotency_key, body_hash, response, turn, 1
FROM consultations;
DROP TABLE consultations;
-- The other tables' triggers name `consultations`, which is missing until this rename: the legacy
-- rename leaves them be instead of checking them against a schema without it.
PRAGMA legacy_alter_table = ON;
ALTER TABLE consultations_by_shop RENAME TO consultations;
PRAGMA legacy_alter_table = OFF;

CREATE INDEX consultations_newest ON consultations (shop_id, created_at, id);
CREATE INDEX consultations_of_shop ON consultations (shop_id, id);
CREATE INDEX consultations_by_status ON consultations (shop_id, status, created_at, id);
CREATE INDEX consultations_retention ON consultations (shop_id, status, status_changed_at);
CREATE INDEX consultations_by_turn ON consultations (shop_id, turn, created_at, id);
CREATE INDEX consultations_awaiting ON consultations (shop_id, created_at, id)
    WHERE turn <> 'with_visitor';
CREATE INDEX consultations_by_email ON consultations (shop_id, lower(email), created_at);

CREATE TRIGGER consultations_search_insert AFTER INSERT ON consultations BEGIN
    INSERT INTO consultations_search (rowid, name, email, reference)
    VALUES (new.id, new.name, new.email, new.reference);
END;
CREATE TRIGGER consultations_search_delete AFTER DELETE ON consultations BEGIN
    INSERT INTO consultations_search (consultations_search, rowid, name, email, reference)
    VALUES ('delete', old.id, old.name, old.email, old.reference);
END;
CREATE TRIGGER consultations_search_update AFTER UPDATE OF name, email, reference ON consultations
BEGIN
    INSERT INTO consultations_search (consultations_search, rowid, name, email, reference)
    VALUES ('delete', old.id, old.name, old.email, old.reference);
    INSERT INTO consultations_search (rowid, name, email, reference)
    VALUES (new.id, new.name, new.email, new.reference);
END;

-- Counts per shop and status. A shop's row for a status is made by the first brief that needs it.
DROP TABLE consultation_counts;
CREATE TABLE consultation_counts (
    shop_id INTEGER NOT NULL,
    status TEXT NOT NULL,
    n INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (shop_id, status)
);
INSERT INTO consultation_counts (shop_id, status, n)
SELECT shop_id, status, COUNT(*) FROM consultations GROUP BY shop_id, status;
CREATE TRIGGER consultation_counts_insert AFTER INSERT ON consultations BEGIN
    INSERT INTO consultation_counts (shop_id, status, n) VALUES (new.shop_id, new.status, 1)
    ON CONFLICT (shop_id, status) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER consultation_counts_delete AFTER DELETE ON consultations BEGIN
    UPDATE consultation_counts SET n = n - 1
    WHERE shop_id = old.shop_id AND status = old.status;
END;
CREATE TRIGGER consultation_counts_update AFTER UPDATE OF status ON consultations
WHEN old.status <> new.status BEGIN
    UPDATE consultation_counts SET n = n - 1
    WHERE shop_id = old.shop_id AND status = old.status;
    INSERT INTO consultation_counts (shop_id, status, n) VALUES (new.shop_id, new.status, 1)
    ON CONFLICT (shop_id, status) DO UPDATE SET n = n + 1;
END;

-- The booking settings, one row per shop.
CREATE TABLE booking_settings (
    shop_id INTEGER PRIMARY KEY REFERENCES shops (id) ON DELETE CASCADE,
    settings TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
INSERT INTO booking_settings (shop_id, settings, updated_at)
SELECT 1, settings, updated_at FROM booking_availability;
DROP TABLE booking_availability;

-- Every other table gains its shop. SQLite must give an added column a default and keeps it; the
-- store names the shop in every statement, and PostgreSQL has no default to fall back on. (SQLite
-- allows a reference in an added column with a default only while foreign keys are off.)
ALTER TABLE consultation_files ADD COLUMN shop_id INTEGER NOT NULL DEFAULT 1
    REFERENCES shops (id);
ALTER TABLE outbox ADD COLUMN shop_id INTEGER NOT NULL DEFAULT 1
    REFERENCES shops (id);
ALTER TABLE outbox_attempts ADD COLUMN shop_id INTEGER NOT NULL DEFAULT 1
    REFERENCES shops (id);
ALTER TABLE consultation_history ADD COLUMN shop_id INTEGER NOT NULL DEFAULT 1
    REFERENCES shops (id);
ALTER TABLE consultation_notes ADD COLUMN shop_id INTEGER NOT NULL DEFAULT 1
    REFERENCES shops (id);
ALTER TABLE studio_setup_tokens ADD COLUMN shop_id INTEGER NOT NULL DEFAULT 1
    REFERENCES shops (id);
ALTER TABLE commission_links ADD COLUMN shop_id INTEGER NOT NULL DEFAULT 1
    REFERENCES shops (id);
ALTER TABLE commission_messages ADD COLUMN shop_id INTEGER NOT NULL DEFAULT 1
    REFERENCES shops (id);
ALTER TABLE commission_stages ADD COLUMN shop_id INTEGER NOT NULL DEFAULT 1
    REFERENCES shops (id);
ALTER TABLE commission_files ADD COLUMN shop_id INTEGER NOT NULL DEFAULT 1
    REFERENCES shops (id);
ALTER TABLE commission_proposals ADD COLUMN shop_id INTEGER NOT NULL DEFAULT 1
    REFERENCES shops (id);
ALTER TABLE appointments ADD COLUMN shop_id INTEGER NOT NULL DEFAULT 1
    REFERENCES shops (id);
ALTER TABLE erasure_requests ADD COLUMN shop_id INTEGER NOT NULL DEFAULT 1
    REFERENCES shops (id);

DROP INDEX appointments_one_per_slot;
CREATE UNIQUE INDEX appointments_one_per_slot ON appointments (shop_id, starts_at)
    WHERE state = 'booked';

