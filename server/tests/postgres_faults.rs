//! PostgreSQL failing under a running server. Stopped: a visitor's brief gets a clear 503 with
//! `Retry-After` (the pool cannot open a connection in time, which reads as "busy, try again in a
//! moment", as SQLite's lock waits do), nothing of it stored, and the same brief sent again once
//! the database is back is stored once. Every connection cut while briefs are being sent:
//! each one either is acknowledged or gets a 503, and a retry with its key stores it once, never
//! twice. (A full disk is not made here: it needs a file system of its own, which a test cannot
//! mount without privileges; PostgreSQL reports it as SQLSTATE 53100, which the store maps to the
//! same "storage is full" 503 as SQLite's, see `store::error`.)

mod common;

use axum::http::StatusCode;
use common::pg_support::Cluster;
use common::{count, created, fixture_on, full_body, post_json, Fixture, Reply};

/// A 503 a visitor can act on: JSON with a plain sentence (no engine's words), and when to try
/// again.
fn assert_refused_plainly(reply: &Reply) {
    assert_eq!(
        reply.status,
        StatusCode::SERVICE_UNAVAILABLE,
        "{}",
        String::from_utf8_lossy(&reply.body)
    );
    let message = reply.json()["error"]["message"]
        .as_str()
        .expect("a sentence")
        .to_owned();
    assert!(message.contains("try again"), "{message}");
    for word in ["postgres", "sqlx", "sqlstate", "pool"] {
        assert!(!message.to_lowercase().contains(word), "{message}");
    }
    assert!(
        reply.headers.contains_key("retry-after"),
        "when to try again"
    );
}

/// A server whose database is on `cluster`, which the test may stop.
async fn serving(cluster: &Cluster) -> Fixture {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = cluster.store("faults", &dir.path().join("files")).await;
    fixture_on(dir, db, |_| {})
}

#[tokio::test]
async fn a_stopped_database_is_a_clear_503_and_the_retry_is_stored_once() {
    let Some(cluster) = Cluster::for_first_pass() else {
        return;
    };
    let f = serving(&cluster).await;
    created(&post_json(&f.state, "before", &full_body()).await);

    cluster.pause();
    let refused = post_json(&f.state, "while-down", &full_body()).await;
    assert_refused_plainly(&refused);
    let health = common::get(&f.state, "/api/health").await;
    assert_eq!(health.status, StatusCode::SERVICE_UNAVAILABLE);

    cluster.resume();
    // The pool opens new connections by itself; the browser sends the same brief again.
    let mut stored = None;
    for _ in 0..50 {
        let reply = post_json(&f.state, "while-down", &full_body()).await;
        if reply.status == StatusCode::CREATED {
            stored = Some(reply);
            break;
        }
        assert_refused_plainly(&reply);
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    created(&stored.expect("stored once the database was back"));
    let again = post_json(&f.state, "while-down", &full_body()).await;
    assert_eq!(again.status, StatusCode::CREATED, "a replay");
    assert_eq!(
        count(&f.state, "SELECT COUNT(*) FROM consultations").await,
        2
    );
    assert_eq!(
        count(&f.state, "SELECT COUNT(*) FROM outbox").await,
        4,
        "the jeweler's and the visitor's email each, none doubled"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn connections_cut_mid_write_lose_nothing_and_double_nothing() {
    let Some(cluster) = Cluster::for_first_pass() else {
        return;
    };
    let f = serving(&cluster).await;
    let admin = sqlx::postgres::PgPoolOptions::new()
        .max_connections(1)
        .connect_with(cluster.options("postgres"))
        .await
        .expect("admin");
    let cutting = tokio::spawn(async move {
        for _ in 0..40 {
            let _ = sqlx::query(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity \
                 WHERE datname = 'faults' AND pid <> pg_backend_pid()",
            )
            .execute(&admin)
            .await;
            tokio::time::sleep(std::time::Duration::from_millis(25)).await;
        }
    });
    let mut sends = Vec::new();
    for n in 0..20 {
        let state = f.state.clone();
        sends.push(tokio::spawn(async move {
            let key = format!("cut-{n}");
            // How many times it was refused before it was stored.
            for refused in 0..100 {
                let reply = post_json(&state, &key, &full_body()).await;
                if reply.status == StatusCode::CREATED {
                    return refused;
                }
                assert_refused_plainly(&reply);
                tokio::time::sleep(std::time::Duration::from_millis(50)).await;
            }
            panic!("{key} was never stored");
        }));
    }
    let mut refused = 0;
    for send in sends {
        refused += send.await.expect("sender");
    }
    cutting.await.expect("cutter");
    eprintln!("postgres_faults: 20 briefs stored through {refused} refusals");
    assert_eq!(
        count(&f.state, "SELECT COUNT(*) FROM consultations").await,
        20
    );
    assert_eq!(
        count(&f.state, "SELECT COUNT(*) FROM outbox").await,
        40,
        "the jeweler's and the visitor's email a brief, none doubled"
    );
    assert_eq!(
        count(
            &f.state,
            "SELECT COUNT(DISTINCT idempotency_key) FROM consultations"
        )
        .await,
        20
    );
}

/// An operator's wrong port: the start fails saying the connection was refused, in the
/// network's words, not that a pool timed out.
#[tokio::test]
async fn a_wrong_address_is_told_as_refused() {
    if common::pg_support::skip_on_postgres("it needs no cluster and ran in the first pass") {
        return;
    }
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    let url = format!("postgres://atelier@127.0.0.1:{port}/atelier");
    let error = atelier_server::store::postgres::Postgres::connect(&url, 2)
        .await
        .expect_err("nothing listens there")
        .to_string();
    assert!(error.contains("refused"), "{error}");
}
