-- The files a shop's settings name (its logo, privacy notice and catalog), as `shop add` and
-- `shop edit` read them: every server of the deployment serves them from here, whichever machine
-- the command ran on. Shop 1's stay where `atelier.toml` names them.
CREATE TABLE shop_files (
    shop_id INTEGER NOT NULL REFERENCES shops (id) ON DELETE CASCADE,
    setting TEXT NOT NULL,
    file_name TEXT NOT NULL,
    bytes BLOB NOT NULL,
    PRIMARY KEY (shop_id, setting)
);
