-- The files a shop's settings name, as SQLite's 0014 keeps them, behind the wall of 0012.
CREATE TABLE shop_files (
    shop_id BIGINT NOT NULL REFERENCES shops (id) ON DELETE CASCADE,
    setting TEXT NOT NULL,
    file_name TEXT NOT NULL,
    bytes BYTEA NOT NULL,
    PRIMARY KEY (shop_id, setting)
);
ALTER TABLE shop_files ENABLE ROW LEVEL SECURITY;
ALTER TABLE shop_files FORCE ROW LEVEL SECURITY;
CREATE POLICY shop_wall ON shop_files
    USING (atelier_walled_shop() IS NULL OR shop_id = atelier_walled_shop())
    WITH CHECK (atelier_walled_shop() IS NULL OR shop_id = atelier_walled_shop());
