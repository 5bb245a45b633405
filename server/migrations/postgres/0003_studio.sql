-- Keeps the jeweler's studio as SQLite's 0003 and 0004 leave it: history, notes, accounts,
-- sessions and setup tokens, the search over name, email and reference, and the briefs per status.
--
-- Search: SQLite's FTS5 trigram table `consultations_search` becomes a pg_trgm GIN index of the
-- same name over the three columns. It serves `name ILIKE p OR email ILIKE p OR reference ILIKE p`
-- (a bitmap scan per column, OR-ed): any part of three characters or more of any one column,
-- case-insensitively, as FTS5's trigrams did. pg_trgm is a trusted extension, so a database owner
-- without superuser may create it.

CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX consultations_search ON consultations
    USING gin (name gin_trgm_ops, email gin_trgm_ops, reference gin_trgm_ops);

CREATE TABLE consultation_history (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    consultation_id BIGINT NOT NULL REFERENCES consultations (id) ON DELETE CASCADE,
    at TEXT NOT NULL,                  -- RFC 3339 UTC
    by_email TEXT NOT NULL,
    from_status TEXT NOT NULL,
    to_status TEXT NOT NULL
);
CREATE INDEX consultation_history_by_brief ON consultation_history (consultation_id, id);

-- The jeweler's private notes on a brief.
CREATE TABLE consultation_notes (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    consultation_id BIGINT NOT NULL REFERENCES consultations (id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    by_email TEXT NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX consultation_notes_by_brief ON consultation_notes (consultation_id, id);

-- Studio accounts. `email` is stored lower-cased; `password_hash` is an argon2id PHC string.
CREATE TABLE studio_users (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    created_at TEXT NOT NULL
);

-- Sessions: only the SHA-256 of the cookie's random id is stored, so a copy of the database
-- opens no session. Times are Unix seconds.
CREATE TABLE studio_sessions (
    id_hash TEXT PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES studio_users (id) ON DELETE CASCADE,
    csrf TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX studio_sessions_expiry ON studio_sessions (expires_at);

-- The one-time link that creates the first account (SHA-256 of the token, single use).
CREATE TABLE studio_setup_tokens (
    token_hash TEXT PRIMARY KEY,
    expires_at BIGINT NOT NULL,
    used_at BIGINT
);

-- Briefs per status for the inbox's tabs, kept by triggers so the tabs read seven rows instead
-- of counting every brief. A writer changing a status holds that status's row until it commits;
-- the one statement that moves a brief between two statuses locks both rows together.
CREATE TABLE consultation_counts (
    status TEXT PRIMARY KEY,
    n BIGINT NOT NULL DEFAULT 0
);
INSERT INTO consultation_counts (status, n)
SELECT s.status, (SELECT COUNT(*) FROM consultations c WHERE c.status = s.status)
FROM unnest(ARRAY['new', 'in_conversation', 'quoted', 'won', 'lost', 'archived', 'spam'])
    AS s (status);

CREATE FUNCTION consultation_counts_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        UPDATE consultation_counts SET n = n + 1 WHERE status = NEW.status;
    ELSIF TG_OP = 'DELETE' THEN
        UPDATE consultation_counts SET n = n - 1 WHERE status = OLD.status;
    ELSE
        UPDATE consultation_counts
        SET n = n + CASE WHEN status = NEW.status THEN 1 ELSE -1 END
        WHERE status IN (OLD.status, NEW.status);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER consultation_counts_insert AFTER INSERT ON consultations
    FOR EACH ROW EXECUTE FUNCTION consultation_counts_keep();
CREATE TRIGGER consultation_counts_delete AFTER DELETE ON consultations
    FOR EACH ROW EXECUTE FUNCTION consultation_counts_keep();
CREATE TRIGGER consultation_counts_update AFTER UPDATE OF status ON consultations
    FOR EACH ROW WHEN (OLD.status <> NEW.status) EXECUTE FUNCTION consultation_counts_keep();
