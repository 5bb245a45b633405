-- The bytes of pictures leave the database for an object store (store/files.rs): a file row names
-- its object (`object_key`) with the object's SHA-256 (hex) and size, and keeps `bytes` NULL. Rows
-- written before keep their `bytes` until the server moves them out at start; a row has one or the
-- other, never both or neither.
--
-- SQLite cannot drop a NOT NULL, so both tables are rebuilt as 0003 did it: renamed, created anew,
-- filled and the old ones dropped. No table references them and no trigger reads them, so nothing
-- cascades or needs rewriting; their uniques and indexes are made again.

ALTER TABLE consultation_files RENAME TO consultation_files_old;
ALTER TABLE commission_files RENAME TO commission_files_old;

CREATE TABLE consultation_files (
    id INTEGER PRIMARY KEY,
    consultation_id INTEGER NOT NULL REFERENCES consultations (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('snapshot', 'attachment')),
    position INTEGER NOT NULL,
    label TEXT NOT NULL,
    mime_type TEXT NOT NULL,
    bytes BLOB,                        -- only in rows from before 0009, until moved out
    object_key TEXT,
    sha256 TEXT,
    size INTEGER,
    UNIQUE (consultation_id, kind, position),
    CHECK ((bytes IS NULL) <> (object_key IS NULL)),
    CHECK ((object_key IS NULL) = (sha256 IS NULL) AND (object_key IS NULL) = (size IS NULL))
);
INSERT INTO consultation_files (id, consultation_id, kind, position, label, mime_type, bytes)
SELECT id, consultation_id, kind, position, label, mime_type, bytes FROM consultation_files_old;

CREATE TABLE commission_files (
    id INTEGER PRIMARY KEY,
    consultation_id INTEGER NOT NULL REFERENCES consultations (id) ON DELETE CASCADE,
    message_id INTEGER REFERENCES commission_messages (id) ON DELETE CASCADE,
    stage_id INTEGER REFERENCES commission_stages (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    label TEXT NOT NULL,
    mime_type TEXT NOT NULL,
    bytes BLOB,                        -- only in rows from before 0009, until moved out
    object_key TEXT,
    sha256 TEXT,
    size INTEGER,
    CHECK ((message_id IS NULL) <> (stage_id IS NULL)),
    CHECK ((bytes IS NULL) <> (object_key IS NULL)),
    CHECK ((object_key IS NULL) = (sha256 IS NULL) AND (object_key IS NULL) = (size IS NULL))
);
INSERT INTO commission_files
    (id, consultation_id, message_id, stage_id, position, label, mime_type, bytes)
SELECT id, consultation_id, message_id, stage_id, position, label, mime_type, bytes
FROM commission_files_old;

DROP TABLE consultation_files_old;
DROP TABLE commission_files_old;

CREATE INDEX commission_files_by_brief ON commission_files (consultation_id);
CREATE INDEX commission_files_by_message ON commission_files (message_id);
CREATE INDEX commission_files_by_stage ON commission_files (stage_id);
-- The sweep asks whether any row names an object; the upgrade finds the rows still holding bytes.
CREATE UNIQUE INDEX consultation_files_by_object ON consultation_files (object_key)
    WHERE object_key IS NOT NULL;
CREATE UNIQUE INDEX commission_files_by_object ON commission_files (object_key)
    WHERE object_key IS NOT NULL;
CREATE INDEX consultation_files_in_database ON consultation_files (id) WHERE object_key IS NULL;
CREATE INDEX commission_files_in_database ON commission_files (id) WHERE object_key IS NULL;
