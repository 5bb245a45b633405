//! Group commit through the whole API: submissions waiting for the writer are stored in one
//! transaction, each answered as if it had been committed alone.
//!
//! Each test holds the one writer connection while its submissions queue up, so they meet in one
//! batch for certain (no timing involved), then lets go and checks every answer, the rows, and how
//! many transactions the writer committed (its counters, not a clock).

mod common;

use atelier_server::store::sqlite::writer::WriterStats;
use atelier_server::AppState;
use axum::http::StatusCode;
use common::*;
use serde_json::Value;
use std::collections::HashSet;
use std::time::Duration;
use tokio::task::JoinHandle;

/// Why these tests stand aside in the PostgreSQL run.
const GROUP_COMMIT: &str = "it is about SQLite's group commit, which PostgreSQL does not have";

/// Waits (yielding, never sleeping) until the writer has been handed `n` jobs in all.
async fn until_queued(state: &AppState, n: u64) {
    tokio::time::timeout(Duration::from_secs(30), async {
        while state
            .db
            .write_stats()
            .expect("SQLite groups its writes")
            .queued
            < n
        {
            tokio::task::yield_now().await;
        }
    })
    .await
    .expect("the submissions reach the writer's queue");
}

/// Posts `body` under `key` on its own task, and waits until it is queued for the writer, so the
/// batch holds the submissions in the order they were started.
async fn submit_queued(state: &AppState, key: &str, body: &Value) -> JoinHandle<Reply> {
    let queued = state
        .db
        .write_stats()
        .expect("SQLite groups its writes")
        .queued;
    let task = {
        let (state, key, body) = (state.clone(), key.to_owned(), body.clone());
        tokio::spawn(async move { post_json(&state, &key, &body).await })
    };
    until_queued(state, queued + 1).await;
    task
}

fn body_with_notes(notes: &str) -> Value {
    let mut body = full_body();
    body["brief"]["notes"] = serde_json::json!(notes);
    body
}

fn commits_since(state: &AppState, before: WriterStats) -> u64 {
    state
        .db
        .write_stats()
        .expect("SQLite groups its writes")
        .commits
        - before.commits
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_submissions_are_each_stored_once_in_one_commit() {
    if common::pg_support::skip_on_postgres(GROUP_COMMIT) {
        return;
    }
    const N: usize = 24;
    let f = fixture().await;
    let held = f
        .state
        .db
        .sqlite()
        .expect("SQLite")
        .writer()
        .acquire()
        .await
        .expect("connection");
    let before = f.state.db.write_stats().expect("SQLite groups its writes");
    let tasks: Vec<_> = (0..N)
        .map(|i| {
            let state = f.state.clone();
            tokio::spawn(async move {
                let body = body_with_notes(&format!("batch {i}"));
                post_json(&state, &format!("batch-{i}"), &body).await
            })
        })
        .collect();
    until_queued(&f.state, before.queued + N as u64).await;
    drop(held);

    let mut references = HashSet::new();
    for task in tasks {
        let reply = task.await.expect("task");
        assert!(!reply.headers.contains_key("idempotent-replayed"));
        assert!(references.insert(created(&reply)), "references differ");
    }
    assert_eq!(
        count(&f.state, "SELECT COUNT(*) FROM consultations").await,
        N as i64
    );
    for r in &references {
        let stored =
            sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM consultations WHERE reference = ?")
                .bind(r)
                .fetch_one(f.state.db.sqlite().expect("SQLite").reader())
                .await
                .expect("count");
        assert_eq!(stored, 1, "{r}");
    }
    // Each brief's two deliveries came with it.
    assert_eq!(
        count(&f.state, "SELECT COUNT(*) FROM outbox").await,
        2 * N as i64
    );
    assert_eq!(
        commits_since(&f.state, before),
        1,
        "{:?}",
        f.state.db.write_stats().expect("SQLite groups its writes")
    );
    assert_eq!(
        f.state
            .db
            .write_stats()
            .expect("SQLite groups its writes")
            .largest_batch,
        N as u64
    );
}

#[tokio::test]
async fn a_repeated_key_in_one_batch_replays_or_conflicts_as_if_committed_in_turn() {
    if common::pg_support::skip_on_postgres(GROUP_COMMIT) {
        return;
    }
    let f = fixture().await;
    let held = f
        .state
        .db
        .sqlite()
        .expect("SQLite")
        .writer()
        .acquire()
        .await
        .expect("connection");
    let before = f.state.db.write_stats().expect("SQLite groups its writes");
    let first_body = body_with_notes("first");
    let first = submit_queued(&f.state, "same-key", &first_body).await;
    let again = submit_queued(&f.state, "same-key", &first_body).await;
    let other = submit_queued(&f.state, "same-key", &body_with_notes("another brief")).await;
    let unrelated = submit_queued(&f.state, "other-key", &body_with_notes("unrelated")).await;
    drop(held);

    let first = first.await.expect("task");
    let again = again.await.expect("task");
    let other = other.await.expect("task");
    let unrelated = unrelated.await.expect("task");
    let stored = created(&first);
    assert!(!first.headers.contains_key("idempotent-replayed"));
    assert_eq!(created(&again), stored);
    assert_eq!(again.body, first.body, "the saved response, byte for byte");
    assert_eq!(
        again
            .headers
            .get("idempotent-replayed")
            .and_then(|v| v.to_str().ok()),
        Some("true")
    );
    assert_eq!(other.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(other.json()["error"]["code"], "idempotency_key_reused");
    assert_ne!(created(&unrelated), stored);
    assert_eq!(
        count(&f.state, "SELECT COUNT(*) FROM consultations").await,
        2
    );
    assert_eq!(commits_since(&f.state, before), 1);
    assert_eq!(
        f.state
            .db
            .write_stats()
            .expect("SQLite groups its writes")
            .largest_batch,
        4
    );
}

/// A brief with three ~1 MiB snapshots: storing it needs hundreds of new database pages.
/// Three ~1 MiB snapshots (objects, outside the database) and notes of 5,000 four-byte characters,
/// which need several new database pages where a small brief needs at most one or two.
fn heavy_body() -> Value {
    let mut body = body_with_notes(&"\u{1F48E}".repeat(5000));
    body["snapshots"] = serde_json::json!((0..3u8)
        .map(|i| {
            let picture = png_sized(i, 1_000_000);
            serde_json::json!({"view": format!("view-{i}"), "png_base64": b64(&picture)})
        })
        .collect::<Vec<_>>());
    body
}

#[tokio::test]
async fn a_submission_that_fails_alone_does_not_fail_its_batch_mates() {
    if common::pg_support::skip_on_postgres(GROUP_COMMIT) {
        return;
    }
    let f = fixture().await;
    let mut held = f
        .state
        .db
        .sqlite()
        .expect("SQLite")
        .writer()
        .acquire()
        .await
        .expect("connection");
    // Room for a few small briefs but not for a heavy one: the heavy brief's insert fails with
    // SQLITE_FULL inside the batch.
    let pages: i64 = sqlx::query_scalar("PRAGMA page_count")
        .fetch_one(&mut *held)
        .await
        .expect("page_count");
    sqlx::query(&format!("PRAGMA max_page_count = {}", pages + 3))
        .execute(&mut *held)
        .await
        .expect("limit");
    let before = f.state.db.write_stats().expect("SQLite groups its writes");
    let small = submit_queued(&f.state, "small-1", &body_with_notes("small one")).await;
    let heavy = submit_queued(&f.state, "heavy", &heavy_body()).await;
    let small_too = submit_queued(&f.state, "small-2", &body_with_notes("small two")).await;
    drop(held);

    let heavy = heavy.await.expect("task");
    assert_503(&heavy, "storage is full");
    let kept = [
        created(&small.await.expect("task")),
        created(&small_too.await.expect("task")),
    ];
    assert_eq!(commits_since(&f.state, before), 1);
    assert_eq!(
        count(&f.state, "SELECT COUNT(*) FROM consultations").await,
        2
    );
    assert_eq!(
        count(&f.state, "SELECT COUNT(*) FROM consultation_files").await,
        6,
        "the small briefs' files, none of the heavy one's"
    );
    for r in kept {
        assert!(
            atelier_server::store::consultations::id_by_reference(&f.state.db, &r)
                .await
                .expect("lookup")
                .is_some()
        );
    }

    // Space again: the heavy brief is stored under its key, new, not replayed.
    sqlx::query("PRAGMA max_page_count = 1073741823")
        .execute(f.state.db.sqlite().expect("SQLite").writer())
        .await
        .expect("unlimit");
    let retry = post_json(&f.state, "heavy", &heavy_body()).await;
    created(&retry);
    assert!(!retry.headers.contains_key("idempotent-replayed"));
}

#[tokio::test]
async fn a_failed_commit_answers_every_submission_in_the_batch_with_503() {
    if common::pg_support::skip_on_postgres(GROUP_COMMIT) {
        return;
    }
    let f = fixture().await;
    let held = f
        .state
        .db
        .sqlite()
        .expect("SQLite")
        .writer()
        .acquire()
        .await
        .expect("connection");
    let before = f.state.db.write_stats().expect("SQLite groups its writes");
    let a = submit_queued(&f.state, "doomed-a", &body_with_notes("a")).await;
    // A write whose statements succeed but whose transaction cannot commit: foreign keys
    // deferred to COMMIT, and a delivery for a brief that does not exist.
    let poison = {
        let state = f.state.clone();
        let queued = state
            .db
            .write_stats()
            .expect("SQLite groups its writes")
            .queued;
        let task = tokio::spawn(async move {
            state
                .db
                .sqlite()
                .expect("SQLite")
                .write((), |conn, ()| {
                    Box::pin(async move {
                        sqlx::query("PRAGMA defer_foreign_keys = ON")
                            .execute(&mut *conn)
                            .await?;
                        sqlx::query(
                            "INSERT INTO outbox (consultation_id, kind, state, attempts, next_attempt_at) \
                             VALUES (999999, 'webhook', 'pending', 0, 0)",
                        )
                        .execute(&mut *conn)
                        .await?;
                        Ok(())
                    })
                })
                .await
        });
        until_queued(&f.state, queued + 1).await;
        task
    };
    let b_body = body_with_notes("b");
    let b = submit_queued(&f.state, "doomed-b", &b_body).await;
    drop(held);

    for reply in [a.await.expect("task"), b.await.expect("task")] {
        assert_503(&reply, "not saved");
    }
    assert!(poison.await.expect("task").is_err());
    assert_eq!(commits_since(&f.state, before), 0);
    assert_eq!(
        count(&f.state, "SELECT COUNT(*) FROM consultations").await,
        0
    );
    assert_eq!(count(&f.state, "SELECT COUNT(*) FROM outbox").await, 0);

    // Nothing was saved, so the browser's retry stores the brief, new.
    let retry = post_json(&f.state, "doomed-b", &b_body).await;
    created(&retry);
    assert!(!retry.headers.contains_key("idempotent-replayed"));
    assert_eq!(
        count(&f.state, "SELECT COUNT(*) FROM consultations").await,
        1
    );
}
