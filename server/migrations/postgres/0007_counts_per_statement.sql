-- The per-status counts of 0003, kept once per statement for inserts and deletes instead of once
-- per row. Row by row, a statement that adds many briefs (moving house, a test's 100,000) updated
-- the same count row once per brief inside one transaction: every update leaves a new version
-- behind that the next one walks past, so 100,000 briefs took 68 s instead of 4. Now the rows a
-- statement added or removed are counted per status and each count row is updated once.
-- A change of status stays per row: PostgreSQL gives no transition table to a trigger that
-- watches one column, and a status changes one brief at a time.
DROP TRIGGER consultation_counts_insert ON consultations;
DROP TRIGGER consultation_counts_delete ON consultations;

CREATE FUNCTION consultation_counts_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE consultation_counts c SET n = c.n + a.n
    FROM (SELECT status, COUNT(*) AS n FROM added GROUP BY status) a
    WHERE c.status = a.status;
    RETURN NULL;
END
$$;
CREATE FUNCTION consultation_counts_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE consultation_counts c SET n = c.n - r.n
    FROM (SELECT status, COUNT(*) AS n FROM removed GROUP BY status) r
    WHERE c.status = r.status;
    RETURN NULL;
END
$$;
CREATE TRIGGER consultation_counts_insert AFTER INSERT ON consultations
    REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION consultation_counts_added();
CREATE TRIGGER consultation_counts_delete AFTER DELETE ON consultations
    REFERENCING OLD TABLE AS removed
    FOR EACH STATEMENT EXECUTE FUNCTION consultation_counts_removed();
