-- Keeps SQLite's 0001: one row describing this installation, when its database was first set up.
-- `created_at` is RFC 3339 UTC text with milliseconds, as SQLite's strftime('%Y-%m-%dT%H:%M:%fZ').
CREATE TABLE instance (
    id BIGINT PRIMARY KEY CHECK (id = 1),
    created_at TEXT NOT NULL
        DEFAULT (to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
);
INSERT INTO instance (id) VALUES (1);
