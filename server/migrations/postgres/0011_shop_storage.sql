-- The bytes each shop keeps in files, for its storage quota, as SQLite's 0013 keeps them: a row
-- per shop, kept by triggers (inserts and deletes once per statement, from transition tables, as
-- 0007 counts briefs; a move out of the database per row). PostgreSQL's `octet_length` is
-- SQLite's `length` of a BLOB.
CREATE TABLE shop_storage (
    shop_id BIGINT PRIMARY KEY,
    bytes BIGINT NOT NULL DEFAULT 0
);
INSERT INTO shop_storage (shop_id, bytes)
SELECT shop_id, SUM(n) FROM (
    SELECT shop_id, COALESCE(size, octet_length(bytes)) AS n FROM consultation_files
    UNION ALL SELECT shop_id, COALESCE(size, octet_length(bytes)) FROM commission_files
) AS f GROUP BY shop_id;

CREATE FUNCTION shop_storage_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO shop_storage AS s (shop_id, bytes)
    SELECT shop_id, SUM(COALESCE(size, octet_length(bytes))) FROM added GROUP BY shop_id
    ON CONFLICT (shop_id) DO UPDATE SET bytes = s.bytes + EXCLUDED.bytes;
    RETURN NULL;
END
$$;
CREATE FUNCTION shop_storage_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE shop_storage s SET bytes = s.bytes - r.n
    FROM (SELECT shop_id, SUM(COALESCE(size, octet_length(bytes))) AS n FROM removed
          GROUP BY shop_id) AS r
    WHERE s.shop_id = r.shop_id;
    RETURN NULL;
END
$$;
CREATE FUNCTION shop_storage_moved() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE shop_storage SET bytes = bytes + COALESCE(NEW.size, octet_length(NEW.bytes))
        - COALESCE(OLD.size, octet_length(OLD.bytes))
    WHERE shop_id = NEW.shop_id;
    RETURN NULL;
END
$$;

CREATE TRIGGER consultation_files_stored AFTER INSERT ON consultation_files
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION shop_storage_added();
CREATE TRIGGER consultation_files_erased AFTER DELETE ON consultation_files
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION shop_storage_removed();
CREATE TRIGGER consultation_files_moved AFTER UPDATE OF size ON consultation_files
    FOR EACH ROW EXECUTE FUNCTION shop_storage_moved();
CREATE TRIGGER commission_files_stored AFTER INSERT ON commission_files
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION shop_storage_added();
CREATE TRIGGER commission_files_erased AFTER DELETE ON commission_files
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION shop_storage_removed();
CREATE TRIGGER commission_files_moved AFTER UPDATE OF size ON commission_files
    FOR EACH ROW EXECUTE FUNCTION shop_storage_moved();
