//! Migration 0003 rebuilds `consultations` and `outbox` to change their CHECKs: a database written
//! by the previous schema keeps every brief, picture, delivery and attempt ('answered' becomes
//! 'in_conversation'), and its foreign keys still hold.

use atelier_server::Database;
use sqlx::sqlite::{SqliteConnectOptions, SqlitePoolOptions};
use std::borrow::Cow;

#[tokio::test]
async fn an_old_database_keeps_its_data() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("atelier.db");
    let options = SqliteConnectOptions::new()
        .filename(&path)
        .create_if_missing(true)
        .foreign_keys(true);
    let pool = SqlitePoolOptions::new()
        .max_connections(1)
        .connect_with(options)
        .await
        .expect("pool");
    let mut old = sqlx::migrate!("./migrations/sqlite");
    old.migrations = Cow::Owned(
        old.migrations
            .iter()
            .filter(|m| m.version < 3)
            .cloned()
            .collect(),
    );
    old.run(&pool).await.expect("old schema");
    for (id, reference, status) in [(1, "AT-22222", "answered"), (2, "AT-33333", "spam")] {
        sqlx::query(
            "INSERT INTO consultations (id, reference, created_at, brief, summary, name, email, status, idempotency_key, body_hash, response) \
             VALUES (?, ?, '2026-03-01T10:00:00Z', '{}', 'a ring', 'Ada Lovelace', 'ada@example.com', ?, ?, 'h', '{}')",
        )
        .bind(id)
        .bind(reference)
        .bind(status)
        .bind(format!("key-{id}"))
        .execute(&pool)
        .await
        .expect("brief");
        sqlx::query("INSERT INTO consultation_files (consultation_id, kind, position, label, mime_type, bytes) VALUES (?, 'snapshot', 0, 'top', 'image/png', x'89504e47')")
            .bind(id)
            .execute(&pool)
            .await
            .expect("file");
        sqlx::query("INSERT INTO outbox (id, consultation_id, kind, state, attempts, next_attempt_at) VALUES (?, ?, 'jeweler_email', 'dead', 10, 0)")
            .bind(id)
            .bind(id)
            .execute(&pool)
            .await
            .expect("outbox");
        sqlx::query("INSERT INTO outbox_attempts (outbox_id, attempt, attempted_at, outcome, error) VALUES (?, 10, 5, 'dead', 'smtp down')")
            .bind(id)
            .execute(&pool)
            .await
            .expect("attempt");
    }
    pool.close().await;

    let db = Database::open(&path).await.expect("migrates");
    let statuses: Vec<(String, String, i64)> = sqlx::query_as(
        "SELECT reference, status, status_changed_at FROM consultations ORDER BY id",
    )
    .fetch_all(db.sqlite().expect("SQLite").reader())
    .await
    .expect("rows");
    assert_eq!(
        statuses,
        [
            (
                "AT-22222".to_owned(),
                "in_conversation".to_owned(),
                1_772_359_200
            ),
            ("AT-33333".to_owned(), "spam".to_owned(), 1_772_359_200),
        ]
    );
    for (table, n) in [
        ("consultation_files", 2),
        ("outbox", 2),
        ("outbox_attempts", 2),
    ] {
        let got: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {table}"))
            .fetch_one(db.sqlite().expect("SQLite").reader())
            .await
            .expect("count");
        assert_eq!(got, n, "{table}");
    }
    let broken: Vec<(String, i64, String, i64)> = sqlx::query_as("PRAGMA foreign_key_check")
        .fetch_all(db.sqlite().expect("SQLite").writer())
        .await
        .expect("check");
    assert!(broken.is_empty(), "{broken:?}");
    let fk: i64 = sqlx::query_scalar("PRAGMA foreign_keys")
        .fetch_one(db.sqlite().expect("SQLite").writer())
        .await
        .expect("pragma");
    assert_eq!(fk, 1, "foreign keys are back on");
    let found: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM consultations_search WHERE consultations_search MATCH '\"lovelace\"'",
    )
    .fetch_one(db.sqlite().expect("SQLite").reader())
    .await
    .expect("search");
    assert_eq!(found, 2, "existing briefs are in the search index");
    let counts: Vec<(String, i64)> =
        sqlx::query_as("SELECT status, n FROM consultation_counts WHERE n > 0 ORDER BY status")
            .fetch_all(db.sqlite().expect("SQLite").reader())
            .await
            .expect("counts");
    assert_eq!(
        counts,
        [("in_conversation".to_owned(), 1), ("spam".to_owned(), 1)],
        "counts start from the existing briefs"
    );
    // Deleting a brief still cascades to its rows in the rebuilt tables.
    sqlx::query("DELETE FROM consultations WHERE id = 1")
        .execute(db.sqlite().expect("SQLite").writer())
        .await
        .expect("delete");
    let left: i64 = sqlx::query_scalar("SELECT (SELECT COUNT(*) FROM outbox) + (SELECT COUNT(*) FROM outbox_attempts) + (SELECT COUNT(*) FROM consultation_files)")
        .fetch_one(db.sqlite().expect("SQLite").reader())
        .await
        .expect("count");
    assert_eq!(left, 3);
    let kept: i64 = sqlx::query_scalar("SELECT SUM(n) FROM consultation_counts")
        .fetch_one(db.sqlite().expect("SQLite").reader())
        .await
        .expect("sum");
    assert_eq!(kept, 1, "the delete trigger keeps the counts");
}
