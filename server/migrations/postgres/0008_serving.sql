-- When a server first served from this database. `atelier-server migrate` copies a SQLite shop
-- into a PostgreSQL database until the processes start on it; from then on the new database is
-- the shop's, and copying over it again would undo what the jeweler did there since (a status
-- set back, a note's edit lost). So migrate refuses once this row exists. SQLite has no such
-- table: it is never the target of a move.
CREATE TABLE serving (
    id BIGINT PRIMARY KEY CHECK (id = 1),
    since TEXT NOT NULL
);
