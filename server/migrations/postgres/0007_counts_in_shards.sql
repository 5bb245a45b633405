-- The per-status counts of 0003 without a hot row. Kept as one row per status, every brief sent
-- updated the row 'new': concurrent serializable writes queued on it and, past their retries, were
-- refused (7.6 % of the briefs at 16 connections, 289/s; README "Benchmarks"). Now each status's
-- count is spread over 64 shards and a writer adds to the shard of its connection
-- (`pg_backend_pid() % 64`), so two connections rarely touch the same row (725/s, none refused);
-- the inbox reads each status's sum, still 7 × 64 rows whatever the number of briefs.
--
-- Inserts and deletes are counted once per statement, not per row. Row by row, a statement that
-- adds many briefs (moving house, a test's 100,000) updated the same row once per brief inside one
-- transaction: each update leaves a version the next one walks past, so 100,000 briefs took 68 s
-- instead of 4. A change of status stays per row: PostgreSQL gives no transition table to a
-- trigger that watches one column, and a status changes one brief at a time.
--
-- The functions scan by the key (`enable_seqscan = off`): on a table this small the planner would
-- otherwise read it whole, which a serializable transaction records as reading every row, and any
-- other writer's update would then conflict with it.

ALTER TABLE consultation_counts ADD COLUMN shard SMALLINT NOT NULL DEFAULT 0;
ALTER TABLE consultation_counts DROP CONSTRAINT consultation_counts_pkey;
ALTER TABLE consultation_counts ADD PRIMARY KEY (status, shard);
INSERT INTO consultation_counts (status, shard, n)
SELECT s.status, g, 0
FROM (SELECT status FROM consultation_counts) AS s, generate_series(1, 63) AS g;

DROP TRIGGER consultation_counts_insert ON consultations;
DROP TRIGGER consultation_counts_delete ON consultations;
DROP TRIGGER consultation_counts_update ON consultations;
DROP FUNCTION consultation_counts_keep();

CREATE FUNCTION consultation_counts_added() RETURNS trigger LANGUAGE plpgsql
SET enable_seqscan = off AS $$
BEGIN
    UPDATE consultation_counts c SET n = c.n + a.n
    FROM (SELECT status, COUNT(*) AS n FROM added GROUP BY status) AS a
    WHERE c.status = a.status AND c.shard = pg_backend_pid() % 64;
    RETURN NULL;
END
$$;
CREATE FUNCTION consultation_counts_removed() RETURNS trigger LANGUAGE plpgsql
SET enable_seqscan = off AS $$
BEGIN
    UPDATE consultation_counts c SET n = c.n - r.n
    FROM (SELECT status, COUNT(*) AS n FROM removed GROUP BY status) AS r
    WHERE c.status = r.status AND c.shard = pg_backend_pid() % 64;
    RETURN NULL;
END
$$;
CREATE FUNCTION consultation_counts_moved() RETURNS trigger LANGUAGE plpgsql
SET enable_seqscan = off AS $$
BEGIN
    UPDATE consultation_counts
    SET n = n + CASE WHEN status = NEW.status THEN 1 ELSE -1 END
    WHERE status IN (OLD.status, NEW.status) AND shard = pg_backend_pid() % 64;
    RETURN NULL;
END
$$;

CREATE TRIGGER consultation_counts_insert AFTER INSERT ON consultations
    REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION consultation_counts_added();
CREATE TRIGGER consultation_counts_delete AFTER DELETE ON consultations
    REFERENCING OLD TABLE AS removed
    FOR EACH STATEMENT EXECUTE FUNCTION consultation_counts_removed();
CREATE TRIGGER consultation_counts_update AFTER UPDATE OF status ON consultations
    FOR EACH ROW WHEN (OLD.status <> NEW.status) EXECUTE FUNCTION consultation_counts_moved();
