-- The bytes each shop keeps in files (its briefs' pictures and its commissions' photos), for the
-- shop's storage quota (`storage_mb`): kept by triggers, so a brief's check reads one row instead
-- of summing every file the shop has. A row from before 0009 counts its bytes in the database
-- until they are moved out, then its object's size.
CREATE TABLE shop_storage (
    shop_id INTEGER PRIMARY KEY,
    bytes INTEGER NOT NULL DEFAULT 0
);
INSERT INTO shop_storage (shop_id, bytes)
SELECT shop_id, SUM(n) FROM (
    SELECT shop_id, COALESCE(size, length(bytes)) AS n FROM consultation_files
    UNION ALL SELECT shop_id, COALESCE(size, length(bytes)) FROM commission_files
) GROUP BY shop_id;

CREATE TRIGGER consultation_files_stored AFTER INSERT ON consultation_files BEGIN
    INSERT INTO shop_storage (shop_id, bytes)
    VALUES (new.shop_id, COALESCE(new.size, length(new.bytes)))
    ON CONFLICT (shop_id) DO UPDATE SET bytes = bytes + excluded.bytes;
END;
CREATE TRIGGER consultation_files_erased AFTER DELETE ON consultation_files BEGIN
    UPDATE shop_storage SET bytes = bytes - COALESCE(old.size, length(old.bytes))
    WHERE shop_id = old.shop_id;
END;
CREATE TRIGGER consultation_files_moved AFTER UPDATE OF size ON consultation_files BEGIN
    UPDATE shop_storage SET bytes = bytes + COALESCE(new.size, length(new.bytes))
        - COALESCE(old.size, length(old.bytes))
    WHERE shop_id = new.shop_id;
END;
CREATE TRIGGER commission_files_stored AFTER INSERT ON commission_files BEGIN
    INSERT INTO shop_storage (shop_id, bytes)
    VALUES (new.shop_id, COALESCE(new.size, length(new.bytes)))
    ON CONFLICT (shop_id) DO UPDATE SET bytes = bytes + excluded.bytes;
END;
CREATE TRIGGER commission_files_erased AFTER DELETE ON commission_files BEGIN
    UPDATE shop_storage SET bytes = bytes - COALESCE(old.size, length(old.bytes))
    WHERE shop_id = old.shop_id;
END;
CREATE TRIGGER commission_files_moved AFTER UPDATE OF size ON commission_files BEGIN
    UPDATE shop_storage SET bytes = bytes + COALESCE(new.size, length(new.bytes))
        - COALESCE(old.size, length(old.bytes))
    WHERE shop_id = new.shop_id;
END;
