//! PostgreSQL for real: the throwaway cluster the PostgreSQL tests start (Debian's PostgreSQL 15,
//! on loopback, gone with its folder when the test ends, also when it panics), and the two
//! backends' migrations held together. Both schemas have the same tables, columns, keys, foreign
//! keys, indexes and triggers (with the stand-ins PostgreSQL has for what SQLite does its own
//! way, named in the test); PostgreSQL's uniques refuse a second idempotency key or reference; its
//! triggers keep the counts per status and whose turn it is; its trigram index finds any part of
//! a name.

mod pg_support;

use pg_support::Cluster;
use sqlx::sqlite::{SqliteConnectOptions, SqlitePoolOptions};
use sqlx::{PgPool, SqlitePool};
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

/// Whether the process `pid` has exited (a zombie waiting for its reaper counts as exited).
fn exited(pid: u32) -> bool {
    match std::fs::read_to_string(format!("/proc/{pid}/stat")) {
        Err(_) => true,
        // The state follows the command name in parentheses, which may hold spaces.
        Ok(stat) => stat
            .rsplit_once(')')
            .is_some_and(|(_, rest)| rest.trim_start().starts_with('Z')),
    }
}

#[tokio::test]
async fn a_throwaway_cluster_listens_on_loopback_and_is_gone_when_dropped() {
    let Some(cluster) = Cluster::for_first_pass() else {
        return;
    };
    let pool = cluster.database("atelier_test").await;
    let (listen, fsync, user): (String, String, String) = sqlx::query_as(
        "SELECT current_setting('listen_addresses'), current_setting('fsync'), current_user",
    )
    .fetch_one(&pool)
    .await
    .expect("settings");
    assert_eq!(
        (listen.as_str(), fsync.as_str(), user.as_str()),
        ("127.0.0.1", "off", "atelier")
    );
    let version: i32 = sqlx::query_scalar("SELECT current_setting('server_version_num')::int")
        .fetch_one(&pool)
        .await
        .expect("version");
    assert!(version >= 150000, "{version}");
    let socket = cluster
        .folder()
        .join(format!(".s.PGSQL.{}", cluster.port()));
    assert!(socket.exists(), "{}", socket.display());
    pool.close().await;

    let (pid, folder) = (cluster.postmaster_pid(), cluster.folder().to_owned());
    assert!(!exited(pid));
    drop(cluster);
    assert!(exited(pid), "the postmaster {pid} still runs");
    assert!(!folder.exists(), "{}", folder.display());
}

#[test]
fn a_test_that_panics_leaves_no_cluster_behind() {
    let mut seen: Option<(u32, PathBuf)> = None;
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let cluster = Cluster::start();
        seen = Some((cluster.postmaster_pid(), cluster.folder().to_owned()));
        panic!("a failing test");
    }));
    assert!(outcome.is_err());
    let (pid, folder) = seen.expect("the cluster started");
    assert!(exited(pid), "the postmaster {pid} still runs");
    assert!(!folder.exists(), "{}", folder.display());
}

/// What a schema promises the store: tables with their columns in order (name, type, NOT NULL),
/// foreign keys, primary keys and uniques, the named indexes and the triggers.
#[derive(Debug, Default)]
struct Schema {
    /// Table → its columns: name, PostgreSQL's type name, NOT NULL.
    tables: BTreeMap<String, Vec<(String, String, bool)>>,
    /// Table, column, referenced table, referenced column, ON DELETE.
    foreign_keys: BTreeSet<(String, String, String, String, String)>,
    /// Table, "primary key" or "unique", columns joined by commas.
    keys: BTreeSet<(String, &'static str, String)>,
    /// Index → table, unique, partial, columns joined by commas.
    indexes: BTreeMap<String, (String, bool, bool, String)>,
    /// Trigger, table.
    triggers: BTreeSet<(String, String)>,
}

/// Both backends' schemas as their migrations make them: a throwaway cluster's database and a
/// temp SQLite file.
struct Both {
    _cluster: Cluster,
    pg: PgPool,
    _dir: tempfile::TempDir,
    lite: SqlitePool,
}

/// `None` in the PostgreSQL pass (see [`Cluster::for_first_pass`]).
async fn both() -> Option<Both> {
    let cluster = Cluster::for_first_pass()?;
    let pg = cluster.database("atelier").await;
    sqlx::migrate!("./migrations/postgres")
        .run(&pg)
        .await
        .expect("PostgreSQL migrations");
    let dir = tempfile::tempdir().expect("temp dir");
    let lite = SqlitePoolOptions::new()
        .max_connections(1)
        .connect_with(
            SqliteConnectOptions::new()
                .filename(dir.path().join("atelier.db"))
                .create_if_missing(true)
                // As the store migrates (store/sqlite.rs): 0012 rebuilds a table others refer to.
                .foreign_keys(false),
        )
        .await
        .expect("SQLite pool");
    sqlx::migrate!("./migrations/sqlite")
        .run(&lite)
        .await
        .expect("SQLite migrations");
    Some(Both {
        _cluster: cluster,
        pg,
        _dir: dir,
        lite,
    })
}

/// An index's columns as its `CREATE INDEX` declares them, without spaces, comma-separated.
async fn declared_columns(db: &SqlitePool, index: &str) -> String {
    let sql: String = sqlx::query_scalar("SELECT sql FROM sqlite_master WHERE name = ?")
        .bind(index)
        .fetch_one(db)
        .await
        .expect("index declaration");
    let on = sql.find(" ON ").expect("ON");
    let open = on + sql[on..].find('(').expect("(");
    let (mut depth, mut parts, mut part) = (0, Vec::new(), String::new());
    for c in sql[open + 1..].chars() {
        match c {
            '(' => depth += 1,
            ')' if depth == 0 => break,
            ')' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(std::mem::take(&mut part));
                continue;
            }
            _ => {}
        }
        if !c.is_whitespace() {
            part.push(c);
        }
    }
    parts.push(part);
    parts.join(",")
}

/// SQLite's schema, in PostgreSQL's type names. Left out: SQLite's own tables, sqlx's, the FTS5
/// search table with its shadow tables and the triggers that fill it (PostgreSQL's GIN index
/// keeps itself).
async fn sqlite_schema(db: &SqlitePool) -> Schema {
    let virtual_tables: Vec<String> = sqlx::query_scalar(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'",
    )
    .fetch_all(db)
    .await
    .expect("virtual tables");
    assert_eq!(virtual_tables, ["consultations_search"]);
    let names: Vec<String> = sqlx::query_scalar(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' \
         AND name <> '_sqlx_migrations' AND name <> 'consultations_search' \
         AND name NOT LIKE 'consultations_search_%' ORDER BY name",
    )
    .fetch_all(db)
    .await
    .expect("tables");
    let mut schema = Schema::default();
    for table in names {
        let columns: Vec<(String, String, i64, i64)> = sqlx::query_as(
            "SELECT name, type, \"notnull\", pk FROM pragma_table_info(?) ORDER BY cid",
        )
        .bind(&table)
        .fetch_all(db)
        .await
        .expect("columns");
        let pk: BTreeMap<i64, String> = columns
            .iter()
            .filter(|c| c.3 > 0)
            .map(|c| (c.3, c.0.clone()))
            .collect();
        if !pk.is_empty() {
            let pk: Vec<String> = pk.into_values().collect();
            schema
                .keys
                .insert((table.clone(), "primary key", pk.join(",")));
        }
        let columns = columns
            .into_iter()
            .map(|(name, declared, not_null, pk)| {
                let kind = match declared.as_str() {
                    "INTEGER" => "bigint",
                    "TEXT" => "text",
                    "BLOB" => "bytea",
                    other => panic!("{table}.{name}: an SQLite type without a mapping: {other}"),
                };
                (name, kind.to_owned(), not_null != 0 || pk > 0)
            })
            .collect();
        schema.tables.insert(table.clone(), columns);

        let fks: Vec<(String, String, String, String)> = sqlx::query_as(
            "SELECT \"table\", \"from\", \"to\", on_delete FROM pragma_foreign_key_list(?)",
        )
        .bind(&table)
        .fetch_all(db)
        .await
        .expect("foreign keys");
        for (to_table, from, to, on_delete) in fks {
            schema
                .foreign_keys
                .insert((table.clone(), from, to_table, to, on_delete));
        }

        let indexes: Vec<(String, i64, String, i64)> =
            sqlx::query_as("SELECT name, \"unique\", origin, partial FROM pragma_index_list(?)")
                .bind(&table)
                .fetch_all(db)
                .await
                .expect("indexes");
        for (index, unique, origin, partial) in indexes {
            let columns: Vec<Option<String>> =
                sqlx::query_scalar("SELECT name FROM pragma_index_info(?) ORDER BY seqno")
                    .bind(&index)
                    .fetch_all(db)
                    .await
                    .expect("index columns");
            // An expression (`lower(email)`) has no name: it is read from the declaration.
            let columns = match columns
                .iter()
                .map(Option::as_ref)
                .collect::<Option<Vec<_>>>()
            {
                Some(named) => named
                    .into_iter()
                    .map(String::as_str)
                    .collect::<Vec<_>>()
                    .join(","),
                None => declared_columns(db, &index).await,
            };
            match origin.as_str() {
                "c" => {
                    schema
                        .indexes
                        .insert(index, (table.clone(), unique != 0, partial != 0, columns));
                }
                "u" => {
                    schema.keys.insert((table.clone(), "unique", columns));
                }
                "pk" => {}
                other => panic!("{index}: an index of origin {other}"),
            }
        }
    }
    let triggers: Vec<(String, String)> = sqlx::query_as(
        "SELECT name, tbl_name FROM sqlite_master WHERE type = 'trigger' \
         AND name NOT LIKE 'consultations_search_%'",
    )
    .fetch_all(db)
    .await
    .expect("triggers");
    schema.triggers = triggers.into_iter().collect();
    schema
}

/// PostgreSQL's schema (the `public` schema, without sqlx's table). Its indexes are those no
/// primary key or unique constraint made.
async fn postgres_schema(db: &PgPool) -> Schema {
    let mut schema = Schema::default();
    let columns: Vec<(String, String, String, bool)> = sqlx::query_as(
        "SELECT c.table_name::text, c.column_name::text, c.data_type::text, c.is_nullable = 'NO' \
         FROM information_schema.columns c JOIN information_schema.tables t \
         ON t.table_schema = c.table_schema AND t.table_name = c.table_name \
         WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' \
         AND c.table_name <> '_sqlx_migrations' ORDER BY c.table_name, c.ordinal_position",
    )
    .fetch_all(db)
    .await
    .expect("columns");
    for (table, column, kind, not_null) in columns {
        schema
            .tables
            .entry(table)
            .or_default()
            .push((column, kind, not_null));
    }
    let fks: Vec<(String, String, String, String, String)> = sqlx::query_as(
        "SELECT t.relname::text, a.attname::text, r.relname::text, ra.attname::text, \
         CASE c.confdeltype WHEN 'c' THEN 'CASCADE' WHEN 'a' THEN 'NO ACTION' \
         WHEN 'r' THEN 'RESTRICT' WHEN 'n' THEN 'SET NULL' ELSE 'SET DEFAULT' END \
         FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid \
         JOIN pg_class r ON r.oid = c.confrelid \
         JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1] \
         JOIN pg_attribute ra ON ra.attrelid = c.confrelid AND ra.attnum = c.confkey[1] \
         WHERE c.contype = 'f' AND cardinality(c.conkey) = 1",
    )
    .fetch_all(db)
    .await
    .expect("foreign keys");
    schema.foreign_keys = fks.into_iter().collect();
    let keys: Vec<(String, bool, String)> = sqlx::query_as(
        "SELECT t.relname::text, c.contype = 'p', \
         (SELECT string_agg(a.attname::text, ',' ORDER BY k.i) \
          FROM unnest(c.conkey) WITH ORDINALITY AS k (n, i) \
          JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n) \
         FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid \
         JOIN pg_namespace s ON s.oid = t.relnamespace \
         WHERE s.nspname = 'public' AND c.contype IN ('p', 'u') AND t.relname <> '_sqlx_migrations'",
    )
    .fetch_all(db)
    .await
    .expect("keys");
    schema.keys = keys
        .into_iter()
        .map(|(t, pk, cols)| (t, if pk { "primary key" } else { "unique" }, cols))
        .collect();
    let indexes: Vec<(String, String, bool, bool, String)> = sqlx::query_as(
        "SELECT x.relname::text, t.relname::text, i.indisunique, i.indpred IS NOT NULL, \
         (SELECT string_agg(pg_get_indexdef(i.indexrelid, k, true), ',' ORDER BY k) \
          FROM generate_series(1, i.indnkeyatts::int) AS k) \
         FROM pg_index i JOIN pg_class x ON x.oid = i.indexrelid \
         JOIN pg_class t ON t.oid = i.indrelid JOIN pg_namespace s ON s.oid = t.relnamespace \
         WHERE s.nspname = 'public' AND NOT EXISTS (SELECT 1 FROM pg_constraint c \
         WHERE c.conindid = i.indexrelid AND c.contype IN ('p', 'u'))",
    )
    .fetch_all(db)
    .await
    .expect("indexes");
    schema.indexes = indexes
        .into_iter()
        .map(|(name, table, unique, partial, cols)| (name, (table, unique, partial, cols)))
        .collect();
    let triggers: Vec<(String, String)> = sqlx::query_as(
        "SELECT g.tgname::text, t.relname::text FROM pg_trigger g \
         JOIN pg_class t ON t.oid = g.tgrelid WHERE NOT g.tgisinternal",
    )
    .fetch_all(db)
    .await
    .expect("triggers");
    schema.triggers = triggers.into_iter().collect();
    schema
}

#[tokio::test]
async fn both_backends_have_the_same_tables_columns_keys_indexes_and_triggers() {
    let Some(both) = both().await else {
        return;
    };
    let lite = sqlite_schema(&both.lite).await;
    let mut pg = postgres_schema(&both.pg).await;

    // What PostgreSQL has in place of something SQLite has implicitly or differently:
    // the trigram GIN index is the FTS5 table's stand-in,
    let (table, unique, partial, columns) = pg
        .indexes
        .remove("consultations_search")
        .expect("the trigram index");
    assert_eq!(
        (table.as_str(), unique, partial),
        ("consultations", false, false)
    );
    assert_eq!(columns, "name,email,reference");
    let definition: String =
        sqlx::query_scalar("SELECT pg_get_indexdef('consultations_search'::regclass)")
            .fetch_one(&both.pg)
            .await
            .expect("index definition");
    assert!(
        definition
            .contains("USING gin (name gin_trgm_ops, email gin_trgm_ops, reference gin_trgm_ops)"),
        "{definition}"
    );
    // PostgreSQL spreads each shop's count of a status over shards (its 0007: no row every writer
    // needs),
    let counts = pg.tables.get_mut("consultation_counts").expect("counts");
    assert_eq!(
        counts.remove(2),
        ("shard".to_owned(), "smallint".to_owned(), true)
    );
    assert!(pg.keys.remove(&(
        "consultation_counts".to_owned(),
        "primary key",
        "shop_id,status,shard".to_owned()
    )));
    assert!(pg.keys.insert((
        "consultation_counts".to_owned(),
        "primary key",
        "shop_id,status".to_owned()
    )));
    // PostgreSQL records when a server first served from it, which migrate checks (SQLite is
    // never the target of a move),
    assert_eq!(
        pg.tables.remove("serving"),
        Some(vec![
            ("id".to_owned(), "bigint".to_owned(), true),
            ("since".to_owned(), "text".to_owned(), true)
        ])
    );
    assert!(pg
        .keys
        .remove(&("serving".to_owned(), "primary key", "id".to_owned())));
    // PostgreSQL announces new deliveries to every process's worker (SQLite has one process),
    assert!(pg
        .triggers
        .remove(&("outbox_announced".to_owned(), "outbox".to_owned())));
    // and commission_links' `rowid` column is SQLite's implicit rowid, which its index on
    // consultation_id ends with.
    let links = pg.tables.get_mut("commission_links").expect("links");
    let rowid = links
        .iter()
        .position(|(name, _, _)| name == "rowid")
        .expect("rowid");
    assert_eq!(
        links.remove(rowid),
        ("rowid".to_owned(), "bigint".to_owned(), true)
    );
    assert!(pg
        .keys
        .remove(&("commission_links".to_owned(), "unique", "rowid".to_owned())));
    let by_brief = pg
        .indexes
        .get_mut("commission_links_by_brief")
        .expect("links by brief");
    assert_eq!(by_brief.3, "consultation_id,rowid");
    by_brief.3 = "consultation_id".to_owned();

    assert_eq!(
        pg.tables.keys().collect::<Vec<_>>(),
        lite.tables.keys().collect::<Vec<_>>(),
        "tables"
    );
    assert_eq!(lite.tables.len(), 24);
    for (table, columns) in &lite.tables {
        assert_eq!(&pg.tables[table], columns, "columns of {table}");
    }
    assert_eq!(pg.foreign_keys, lite.foreign_keys, "foreign keys");
    assert_eq!(pg.keys, lite.keys, "primary keys and uniques");
    assert_eq!(pg.indexes, lite.indexes, "indexes");
    assert_eq!(pg.triggers, lite.triggers, "triggers");
    // Neither side came back empty.
    assert_eq!(
        (
            lite.foreign_keys.len(),
            lite.indexes.len(),
            lite.triggers.len()
        ),
        (34, 29, 12)
    );
}

/// Inserts a brief into PostgreSQL; its id.
async fn insert_brief(db: &PgPool, reference: &str, key: &str) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO consultations (reference, created_at, brief, summary, name, email, \
         idempotency_key, body_hash, response, shop_id) \
         VALUES ($1, '2026-03-01T10:00:00Z', '{}', 'a ring', 'Ada Lovelace', 'ada@example.com', \
         $2, 'h', '{}', 1) RETURNING id",
    )
    .bind(reference)
    .bind(key)
    .fetch_one(db)
    .await
}

fn is_unique_violation(result: Result<impl std::fmt::Debug, sqlx::Error>) -> bool {
    match result {
        Err(sqlx::Error::Database(e)) => e.code().as_deref() == Some("23505"),
        _ => false,
    }
}

#[tokio::test]
async fn a_second_insert_with_the_same_idempotency_key_or_reference_is_a_unique_violation() {
    let Some(both) = both().await else {
        return;
    };
    let db = &both.pg;
    let id = insert_brief(db, "AT-22222", "key-1").await.expect("brief");
    assert!(is_unique_violation(
        insert_brief(db, "AT-33333", "key-1").await
    ));
    assert!(is_unique_violation(
        insert_brief(db, "AT-22222", "key-2").await
    ));
    // The store's way with a retry: the conflict inserts nothing and returns no id.
    let again: Option<i64> = sqlx::query_scalar(
        "INSERT INTO consultations (reference, created_at, brief, summary, name, email, \
         idempotency_key, body_hash, response, shop_id) \
         VALUES ('AT-44444', '2026-03-01T10:00:00Z', '{}', 'a ring', 'Ada', 'ada@example.com', \
         'key-1', 'h', '{}', 1) ON CONFLICT DO NOTHING RETURNING id",
    )
    .fetch_optional(db)
    .await
    .expect("insert or nothing");
    assert_eq!(again, None);

    let message = |key: &'static str| {
        sqlx::query(
            "INSERT INTO commission_messages (consultation_id, author, at, text, \
             idempotency_key, body_hash, shop_id) \
             VALUES ($1, 'visitor', '2026-03-01T11:00:00Z', 'hello', $2, 'h', 1)",
        )
        .bind(id)
        .bind(key)
        .execute(db)
    };
    message("m-1").await.expect("message");
    assert!(is_unique_violation(message("m-1").await));
    let proposal = |key: &'static str| {
        sqlx::query(
            "INSERT INTO commission_proposals (consultation_id, at, by_email, design_code, \
             base_code, message, idempotency_key, body_hash, shop_id) \
             VALUES ($1, '2026-03-01T12:00:00Z', 'j@example.com', 'D1', 'D0', 'here', $2, 'h', 1)",
        )
        .bind(id)
        .bind(key)
        .execute(db)
    };
    proposal("p-1").await.expect("proposal");
    assert!(is_unique_violation(proposal("p-1").await));
    let total: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM consultations")
        .fetch_one(db)
        .await
        .expect("count");
    assert_eq!(total, 1);
}

/// The per-status counts as the triggers keep them, and as counting finds them.
async fn counts(db: &PgPool) -> (BTreeMap<String, i64>, BTreeMap<String, i64>) {
    let kept: Vec<(String, i64)> = sqlx::query_as(
        "SELECT status, CAST(SUM(n) AS BIGINT) FROM consultation_counts GROUP BY status \
             HAVING SUM(n) <> 0",
    )
    .fetch_all(db)
    .await
    .expect("kept counts");
    let counted: Vec<(String, i64)> =
        sqlx::query_as("SELECT status, COUNT(*) FROM consultations GROUP BY status")
            .fetch_all(db)
            .await
            .expect("counted");
    (kept.into_iter().collect(), counted.into_iter().collect())
}

/// Two visitors' briefs stored at once, each in its own serializable transaction, as two server
/// connections store them: both commit. With one count row per status both updated the row
/// 'new', the second waited for the first and then failed (and under load, past its retries,
/// a visitor's brief was refused); each connection now counts in a shard of its own.
#[tokio::test]
async fn two_briefs_stored_at_once_both_commit() {
    let Some(both) = both().await else {
        return;
    };
    let db = &both.pg;
    // Two connections whose backends count in different shards (`pg_backend_pid() % 64`).
    let mut held = Vec::new();
    let (mut first, mut second) = loop {
        let mut conn = db.acquire().await.expect("connection");
        let shard: i32 = sqlx::query_scalar("SELECT pg_backend_pid() % 64")
            .fetch_one(&mut *conn)
            .await
            .expect("shard");
        if let Some(i) = held.iter().position(|(s, _)| *s != shard) {
            let (_, other) = held.swap_remove(i);
            break (other, conn);
        }
        held.push((shard, conn));
    };
    let add = |reference: &'static str, key: &'static str| {
        sqlx::query(
            "INSERT INTO consultations (reference, created_at, brief, summary, name, email, \
             idempotency_key, body_hash, response, shop_id) \
             VALUES ($1, '2026-03-01T10:00:00Z', '{}', 'a ring', 'Ada', 'ada@example.com', \
             $2, 'h', '{}', 1)",
        )
        .bind(reference)
        .bind(key)
    };
    for conn in [&mut first, &mut second] {
        sqlx::query("BEGIN ISOLATION LEVEL SERIALIZABLE")
            .execute(&mut **conn)
            .await
            .expect("begin");
    }
    add("AT-30001", "at-once-1")
        .execute(&mut *first)
        .await
        .expect("first brief");
    // The second does not wait for the first: it touches none of its rows.
    tokio::time::timeout(
        std::time::Duration::from_secs(5),
        add("AT-30002", "at-once-2").execute(&mut *second),
    )
    .await
    .expect("the second brief waited for the first")
    .expect("second brief");
    for conn in [&mut first, &mut second] {
        sqlx::query("COMMIT")
            .execute(&mut **conn)
            .await
            .expect("both commit");
    }
    let (kept, counted) = counts(db).await;
    assert_eq!(kept, counted);
    assert_eq!(kept.get("new"), Some(&2));
}

#[tokio::test]
async fn the_triggers_keep_the_counts_per_status_and_whose_turn_it_is() {
    let Some(both) = both().await else {
        return;
    };
    let db = &both.pg;
    // A shop's count rows are made by the first brief that needs them.
    let rows: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM consultation_counts")
        .fetch_one(db)
        .await
        .expect("count rows");
    assert_eq!(rows, 0);
    let mut ids = Vec::new();
    for i in 0..4 {
        ids.push(
            insert_brief(db, &format!("AT-1000{i}"), &format!("key-{i}"))
                .await
                .expect("brief"),
        );
    }
    let set_status = |id: i64, status: &'static str| {
        sqlx::query("UPDATE consultations SET status = $1 WHERE id = $2")
            .bind(status)
            .bind(id)
            .execute(db)
    };
    set_status(ids[0], "won").await.expect("won");
    set_status(ids[1], "won").await.expect("won");
    set_status(ids[1], "won")
        .await
        .expect("the same status again");
    set_status(ids[2], "spam").await.expect("spam");
    sqlx::query("UPDATE consultations SET name = 'Ada King' WHERE id = $1")
        .bind(ids[3])
        .execute(db)
        .await
        .expect("another column");
    let (kept, counted) = counts(db).await;
    let expected: BTreeMap<String, i64> = [("new", 1), ("spam", 1), ("won", 2)]
        .map(|(s, n)| (s.to_owned(), n))
        .into();
    assert_eq!(kept, expected);
    assert_eq!(counted, expected);
    sqlx::query("DELETE FROM consultations WHERE id = ANY($1)")
        .bind(&ids[..2])
        .execute(db)
        .await
        .expect("delete");
    // A failed change leaves the counts as they were.
    assert!(set_status(ids[2], "nonsense").await.is_err());
    let (kept, counted) = counts(db).await;
    let expected: BTreeMap<String, i64> = [("new", 1), ("spam", 1)]
        .map(|(s, n)| (s.to_owned(), n))
        .into();
    assert_eq!(kept, expected);
    assert_eq!(counted, expected);
    // Many briefs in one statement (as moving house writes them) are counted once per status;
    // a row the statement skipped on a conflict is not counted at all.
    sqlx::query(
        "INSERT INTO consultations (reference, created_at, brief, summary, name, email, status, \
         idempotency_key, body_hash, response, shop_id) \
         SELECT 'AT-2000' || i, '2026-03-02T10:00:00Z', '{}', 'a ring', 'Ada', 'ada@example.com', \
                CASE WHEN i = 0 THEN 'won' ELSE 'lost' END, 'bulk-' || i, 'h', '{}', 1 \
         FROM generate_series(0, 2) AS i \
         UNION ALL SELECT 'AT-29999', '2026-03-02T10:00:00Z', '{}', 'a ring', 'Ada', \
                'ada@example.com', 'won', 'key-3', 'h', '{}', 1 \
         ON CONFLICT DO NOTHING",
    )
    .execute(db)
    .await
    .expect("many briefs at once");
    let (kept, counted) = counts(db).await;
    let expected: BTreeMap<String, i64> = [("lost", 2), ("new", 1), ("spam", 1), ("won", 1)]
        .map(|(s, n)| (s.to_owned(), n))
        .into();
    assert_eq!(kept, expected);
    assert_eq!(counted, expected);

    // Whose turn: by the last word alone, as SQLite's 0008.
    let brief = ids[3];
    let turn = || async {
        sqlx::query_scalar::<_, String>("SELECT turn FROM consultations WHERE id = $1")
            .bind(brief)
            .fetch_one(db)
            .await
            .expect("turn")
    };
    assert_eq!(turn().await, "awaiting_reply");
    let say = |author: &'static str, key: &'static str| {
        sqlx::query(
            "INSERT INTO commission_messages (consultation_id, author, at, text, \
             idempotency_key, body_hash, shop_id) \
             VALUES ($1, $2, '2026-03-01T11:00:00Z', 'hi', $3, 'h', 1)",
        )
        .bind(brief)
        .bind(author)
        .bind(key)
        .execute(db)
    };
    say("visitor", "m-1").await.expect("visitor first");
    assert_eq!(turn().await, "visitor_replied");
    say("jeweler", "m-2").await.expect("jeweler");
    assert_eq!(turn().await, "with_visitor");
    say("visitor", "m-3").await.expect("visitor");
    assert_eq!(turn().await, "visitor_replied");
    let proposal: i64 = sqlx::query_scalar(
        "INSERT INTO commission_proposals (consultation_id, at, by_email, design_code, \
         base_code, message, idempotency_key, body_hash, shop_id) \
         VALUES ($1, '2026-03-01T12:00:00Z', 'j@example.com', 'D1', 'D0', 'here', 'p-1', 'h', 1) \
         RETURNING id",
    )
    .bind(brief)
    .fetch_one(db)
    .await
    .expect("proposal");
    assert_eq!(turn().await, "with_visitor");
    sqlx::query(
        "UPDATE commission_proposals SET answer = 'accepted', \
         answered_at = '2026-03-01T13:00:00Z' WHERE id = $1",
    )
    .bind(proposal)
    .execute(db)
    .await
    .expect("answer");
    assert_eq!(turn().await, "visitor_replied");
    let (kept, _) = counts(db).await;
    assert_eq!(kept, expected, "turns leave the counts alone");
}

#[tokio::test]
async fn a_trigram_search_over_a_thousand_briefs_finds_part_of_a_name_through_the_gin_index() {
    let Some(both) = both().await else {
        return;
    };
    let db = &both.pg;
    sqlx::query(
        "INSERT INTO consultations (reference, created_at, brief, summary, name, email, \
         idempotency_key, body_hash, response, shop_id) \
         SELECT 'AT-' || lpad(g::text, 5, '0'), \
         '2026-03-01T10:00:00Z', '{}', 'a ring', 'Client ' || md5(g::text), \
         'client' || g || '@example.com', 'key-' || g, 'h', '{}', 1 \
         FROM generate_series(1, 1000) AS g",
    )
    .execute(db)
    .await
    .expect("a thousand briefs");
    sqlx::query("ANALYZE consultations")
        .execute(db)
        .await
        .expect("analyze");
    // Six characters from the middle of brief 500's name, in capitals: the search ignores case.
    let part: String = sqlx::query_scalar("SELECT upper(substr(md5('500'), 12, 6))")
        .fetch_one(db)
        .await
        .expect("part");
    assert!(part.chars().all(|c| c.is_ascii_alphanumeric()), "{part}");
    let search = format!(
        "SELECT reference FROM consultations WHERE name ILIKE '%{part}%' \
         OR email ILIKE '%{part}%' OR reference ILIKE '%{part}%'"
    );
    let mut conn = db.acquire().await.expect("a connection");
    // At a thousand rows the whole table is a few dozen pages and the planner rightly reads it
    // all; seq scans are switched off so the plan shows the index that carries the search at
    // 100,000 briefs (where the planner picks it by itself).
    sqlx::query("SET enable_seqscan = off")
        .execute(&mut *conn)
        .await
        .expect("set");
    let plan: Vec<String> = sqlx::query_scalar(&format!("EXPLAIN {search}"))
        .fetch_all(&mut *conn)
        .await
        .expect("plan");
    let plan = plan.join("\n");
    assert_eq!(
        plan.matches("Bitmap Index Scan on consultations_search")
            .count(),
        3,
        "{plan}"
    );
    assert!(!plan.contains("Seq Scan"), "{plan}");
    let found: Vec<String> = sqlx::query_scalar(&search)
        .fetch_all(&mut *conn)
        .await
        .expect("search");
    assert_eq!(found, ["AT-00500"]);
}
