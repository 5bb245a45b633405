//! Faults around the server, and that it answers clearly, loses nothing and recovers:
//!
//! * SMTP down (a closed port), then up: every attempt is recorded, retries back off (30 s, 60 s),
//!   and every email arrives once the server is back.
//! * SMTP that accepts and stalls: the API still answers 201 while the worker is stuck in that
//!   delivery, the attempt is cut off after `delivery_timeout_secs` and retried.
//! * A webhook answering 500, then hanging, then 200: same, with a stable `Atelier-Delivery` id.
//! * A webhook that never answers while briefs keep coming: every email still goes out at once;
//!   and the reverse, a silent SMTP server that holds up no webhook.
//! * A mail folder that cannot be written: mail waits in the outbox and arrives once it can.
//! * A full database (`PRAGMA max_page_count` pinned to the file's size, on the one writer
//!   connection) and a read-only one (`PRAGMA query_only`, which also works when the tests run as
//!   root, where `chmod` does not stop writes): a 503 JSON with a plain message and `Retry-After`,
//!   replays and reads keep working, nothing committed is lost, the outbox sends nothing it could
//!   not record, and the same key succeeds once the fault clears.
//! * The real binary on a real full disk (a 6 MiB tmpfs, where mounting is permitted; otherwise
//!   the test says so and passes), grown afterwards with `mount -o remount`.
//! * The real binary on a data folder made read-only with `chmod` (only where permissions are
//!   enforced, i.e. not as root; the test detects this and says so).
//!
//! * The data folder, the database with its `-wal` and `-shm`, and the `.eml` files: owner only.
//!
//! Time is passed to `outbox::deliver_due` rather than slept through.

mod common;
mod robust_support;

use atelier_server::outbox::{self, DeliveryReport};
use atelier_server::{clock, config::Webhook, AppState};
use axum::http::StatusCode;
use common::*;
use robust_support::{poll, SmtpSink, WebhookReceiver, FAIL, STALL, UP};
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

const SECRET: &str = "robust-secret-0123456789";

async fn submit_ok(state: &AppState, key: &str) -> (String, Duration) {
    let started = Instant::now();
    let mut body = full_body();
    body["brief"]["notes"] = serde_json::json!(format!("Fault test {key}"));
    let r = post_json(state, key, &body).await;
    assert_eq!(
        r.status,
        StatusCode::CREATED,
        "{key}: {}",
        String::from_utf8_lossy(&r.body)
    );
    let reference = r.json()["reference"]
        .as_str()
        .expect("reference")
        .to_owned();
    (reference, started.elapsed())
}

/// `(state, attempts, next_attempt_at, last_error)` of every outbox row of a kind, by id.
async fn rows(state: &AppState, kind: &str) -> Vec<(String, i64, i64, Option<String>)> {
    common::sql(
        "SELECT state, attempts, next_attempt_at, last_error FROM outbox WHERE kind = $1 ORDER BY id",
    )
    .bind(kind)
    .rows(state)
    .await
}

/// `(attempt, attempted_at, outcome)` of every attempt at outbox rows of a kind.
async fn attempts(state: &AppState, kind: &str) -> Vec<(i64, i64, i64, String)> {
    common::sql(
        "SELECT a.outbox_id, a.attempt, a.attempted_at, a.outcome FROM outbox_attempts a \
         JOIN outbox o ON o.id = a.outbox_id WHERE o.kind = $1 ORDER BY a.outbox_id, a.attempt",
    )
    .bind(kind)
    .rows(state)
    .await
}

#[tokio::test]
async fn smtp_down_then_up_backs_off_and_delivers_every_email() {
    // A port with nothing listening: connections are refused.
    let port = {
        let probe = std::net::TcpListener::bind("127.0.0.1:0").expect("probe");
        probe.local_addr().expect("addr").port()
    };
    let f = fixture_with(|c| {
        c.smtp_url = Some(format!("smtp://127.0.0.1:{port}"));
        c.delivery_timeout_secs = 5;
    })
    .await;
    let mut references = Vec::new();
    for i in 0..3 {
        references.push(submit_ok(&f.state, &format!("smtp-down-{i}")).await.0);
    }
    let t0 = clock::now_unix();
    let first = outbox::deliver_due(&f.state, t0).await.expect("deliver");
    assert_eq!(
        first,
        DeliveryReport {
            sent: 0,
            retrying: 6,
            dead: 0
        }
    );
    let second = outbox::deliver_due(&f.state, t0 + 30)
        .await
        .expect("deliver");
    assert_eq!(
        second,
        DeliveryReport {
            sent: 0,
            retrying: 6,
            dead: 0
        }
    );
    for kind in ["jeweler_email", "visitor_email"] {
        for (state, tries, next, error) in rows(&f.state, kind).await {
            assert_eq!((state.as_str(), tries, next), ("pending", 2, t0 + 30 + 60));
            assert!(error.is_some_and(|e| e.contains("SMTP")), "{kind}");
        }
    }
    // Not due early: nothing is sent before the backoff has passed.
    let early = outbox::deliver_due(&f.state, t0 + 89)
        .await
        .expect("deliver");
    assert_eq!(early, DeliveryReport::default());

    // The mail server comes back on the same port.
    let (mut sink, _) = SmtpSink::start(port, UP).await;
    let third = outbox::deliver_due(&f.state, t0 + 90)
        .await
        .expect("deliver");
    assert_eq!(
        third,
        DeliveryReport {
            sent: 6,
            retrying: 0,
            dead: 0
        }
    );
    let mut received = Vec::new();
    while let Ok(message) = sink.messages.try_recv() {
        received.push(message);
    }
    assert_eq!(received.len(), 6);
    for reference in &references {
        let n = received
            .iter()
            .filter(|m| m.contains(reference.as_str()))
            .count();
        assert_eq!(n, 2, "{reference}: jeweler and visitor email");
    }
    let logged = attempts(&f.state, "jeweler_email").await;
    assert_eq!(logged.len(), 9, "three attempts each: {logged:?}");
    for chunk in logged.chunks(3) {
        let times: Vec<i64> = chunk.iter().map(|a| a.2).collect();
        let outcomes: Vec<&str> = chunk.iter().map(|a| a.3.as_str()).collect();
        assert_eq!(times, [t0, t0 + 30, t0 + 90]);
        assert_eq!(outcomes, ["failed", "failed", "sent"]);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stalled_smtp_server_holds_up_neither_the_api_nor_the_worker() {
    let (sink, port) = SmtpSink::start(0, STALL).await;
    let f = fixture_with(|c| {
        c.smtp_url = Some(format!("smtp://127.0.0.1:{port}"));
        c.delivery_timeout_secs = 5;
    })
    .await;
    let worker = tokio::spawn(outbox::run(f.state.clone()));
    let (first, _) = submit_ok(&f.state, "stall-0").await;
    // The worker is now inside a delivery to a server that says nothing.
    poll(Duration::from_secs(20), "the worker to connect", || {
        let n = sink.accepted.load(Ordering::SeqCst);
        async move { (n >= 1).then_some(()) }
    })
    .await;
    let mut latencies = Vec::new();
    for i in 1..=5 {
        latencies.push(submit_ok(&f.state, &format!("stall-{i}")).await.1);
    }
    let recorded = attempts(&f.state, "jeweler_email").await;
    assert!(
        recorded.is_empty(),
        "the first delivery should still be stuck while the API answered: {recorded:?}"
    );
    // The stuck attempt is cut off and recorded as a failure to retry.
    let error = poll(
        Duration::from_secs(30),
        "the timeout to be recorded",
        || {
            let state = f.state.clone();
            async move {
                let rows = rows(&state, "jeweler_email").await;
                rows.first().and_then(|r| r.3.clone())
            }
        },
    )
    .await;
    assert!(error.contains("no answer within 5 s"), "{error}");
    worker.abort();
    let _ = worker.await;

    // The server recovers: everything is delivered on the next due pass.
    sink.mode.store(UP, Ordering::SeqCst);
    let report = outbox::deliver_due(&f.state, clock::now_unix() + 3600)
        .await
        .expect("deliver");
    let all: Vec<_> = [
        rows(&f.state, "jeweler_email").await,
        rows(&f.state, "visitor_email").await,
    ]
    .concat();
    assert_eq!(all.len(), 12);
    assert!(
        all.iter().all(|r| r.0 == "sent"),
        "{all:?} after {report:?}"
    );
    let mut sink = sink;
    let mut received = Vec::new();
    while let Ok(message) = sink.messages.try_recv() {
        received.push(message);
    }
    assert!(received.iter().any(|m| m.contains(first.as_str())));
    eprintln!(
        "stalled SMTP: 5 submissions while the worker was stuck answered 201 in {latencies:?}; \
         the stuck attempt was cut off after 5 s and delivered later ({} messages)",
        received.len()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_webhook_that_fails_then_hangs_is_retried_until_it_answers() {
    let hook = WebhookReceiver::start(SECRET, FAIL).await;
    let f = fixture_with(|c| {
        c.webhook = Some(Webhook {
            url: hook.url.clone(),
            secret: SECRET.to_owned(),
        });
        c.delivery_timeout_secs = 1;
    })
    .await;
    for i in 0..3 {
        submit_ok(&f.state, &format!("hook-{i}")).await;
    }
    let t0 = clock::now_unix();
    let report = outbox::deliver_due(&f.state, t0).await.expect("deliver");
    assert_eq!(
        report,
        DeliveryReport {
            sent: 6,
            retrying: 3,
            dead: 0
        }
    );
    for (state, tries, next, error) in rows(&f.state, "webhook").await {
        assert_eq!((state.as_str(), tries, next), ("pending", 1, t0 + 30));
        assert!(error.is_some_and(|e| e.contains("500")));
    }

    // Now the endpoint hangs. While the retry pass is stuck on it, the API still stores briefs.
    hook.mode.store(STALL, Ordering::SeqCst);
    let state = f.state.clone();
    let retry = tokio::spawn(async move { outbox::deliver_due(&state, t0 + 30).await });
    poll(Duration::from_secs(20), "the hanging POST", || {
        let n = hook.hooks().iter().filter(|h| h.mode == STALL).count();
        async move { (n >= 1).then_some(()) }
    })
    .await;
    let mut latencies = Vec::new();
    for i in 3..6 {
        latencies.push(submit_ok(&f.state, &format!("hook-{i}")).await.1);
    }
    let report = retry.await.expect("task").expect("deliver");
    assert_eq!(report.retrying, 3, "{report:?}");
    for (state, tries, next, error) in rows(&f.state, "webhook").await.into_iter().take(3) {
        assert_eq!((state.as_str(), tries, next), ("pending", 2, t0 + 30 + 60));
        assert!(error.is_some_and(|e| e.contains("no answer within 1 s")));
    }

    // The CRM is fixed: every webhook (old and new) is delivered, signed, once.
    hook.mode.store(UP, Ordering::SeqCst);
    outbox::deliver_due(&f.state, t0 + 90)
        .await
        .expect("deliver");
    let webhooks = rows(&f.state, "webhook").await;
    assert_eq!(webhooks.len(), 6);
    assert!(webhooks.iter().all(|r| r.0 == "sent"), "{webhooks:?}");
    let hooks = hook.hooks();
    assert!(hooks.iter().all(|h| h.verified), "every POST is signed");
    let delivered: Vec<&str> = hooks
        .iter()
        .filter(|h| h.mode == UP)
        .map(|h| h.delivery.as_str())
        .collect();
    assert_eq!(delivered.len(), 6, "{hooks:?}");
    // The first three were tried three times under one stable delivery id.
    let first_ids: Vec<&str> = hooks
        .iter()
        .filter(|h| h.mode == FAIL)
        .map(|h| h.delivery.as_str())
        .collect();
    assert_eq!(first_ids.len(), 3, "{hooks:?}");
    for id in first_ids {
        let tries: Vec<u8> = hooks
            .iter()
            .filter(|h| h.delivery == *id)
            .map(|h| h.mode)
            .collect();
        assert_eq!(tries, [FAIL, STALL, UP], "delivery {id}");
    }
    eprintln!("webhook hanging: 3 submissions answered 201 in {latencies:?} during the stuck pass");
}

#[tokio::test]
async fn an_unwritable_mail_folder_delays_mail_but_loses_none() {
    let f = fixture().await;
    std::fs::create_dir_all(&f.state.config.data_dir).expect("data dir");
    // A file where the mail folder should be: no .eml can be written, even by root.
    let mail_dir = f.state.config.data_dir.join("outbox-mail");
    std::fs::write(&mail_dir, b"in the way").expect("blocker");
    let (reference, _) = submit_ok(&f.state, "mail-folder").await;
    let t0 = clock::now_unix();
    let report = outbox::deliver_due(&f.state, t0).await.expect("deliver");
    assert_eq!(
        report,
        DeliveryReport {
            sent: 0,
            retrying: 2,
            dead: 0
        }
    );
    let rows = rows(&f.state, "jeweler_email").await;
    assert!(
        rows[0]
            .3
            .as_deref()
            .is_some_and(|e| e.contains("outbox-mail")),
        "{rows:?}"
    );

    std::fs::remove_file(&mail_dir).expect("clear");
    let report = outbox::deliver_due(&f.state, t0 + 30)
        .await
        .expect("deliver");
    assert_eq!(
        report,
        DeliveryReport {
            sent: 2,
            retrying: 0,
            dead: 0
        }
    );
    for who in ["jeweler", "visitor"] {
        assert!(mail_dir.join(format!("{reference}-{who}.eml")).is_file());
    }
}

/// A brief with three ~1 MiB snapshots and notes of 5,000 four-byte characters: the snapshots are
/// objects outside the database, and the notes alone need several new database pages.
fn heavy_body(tag: &str) -> serde_json::Value {
    let mut body = full_body();
    let fill = "\u{1F48E}".repeat(5000 - tag.chars().count());
    body["brief"]["notes"] = serde_json::json!(format!("{tag}{fill}"));
    body["snapshots"] = serde_json::json!((0..3)
        .map(|i| {
            let png = png_sized(i, 1_000_000);
            serde_json::json!({"view": format!("view-{i}"), "png_base64": b64(&png)})
        })
        .collect::<Vec<_>>());
    body
}

async fn integrity(state: &AppState) -> String {
    sqlx::query_scalar("PRAGMA integrity_check")
        .fetch_one(state.db.sqlite().expect("SQLite").reader())
        .await
        .expect("integrity")
}

#[tokio::test]
async fn a_full_database_answers_503_keeps_everything_and_recovers() {
    if common::pg_support::skip_on_postgres(
        "it fills SQLite's file (PRAGMA max_page_count), a fault of SQLite's",
    ) {
        return;
    }
    let f = fixture().await;
    let mut references = Vec::new();
    for i in 0..3 {
        references.push(submit_ok(&f.state, &format!("full-{i}")).await.0);
    }
    // Pin the file at its current size on the single writer connection: the disk is "full".
    let pages: i64 = sqlx::query_scalar("PRAGMA page_count")
        .fetch_one(f.state.db.sqlite().expect("SQLite").writer())
        .await
        .expect("page_count");
    sqlx::query(&format!("PRAGMA max_page_count = {pages}"))
        .execute(f.state.db.sqlite().expect("SQLite").writer())
        .await
        .expect("limit");

    let heavy = heavy_body("too big for the disk");
    for _ in 0..3 {
        let reply = post_json(&f.state, "full-heavy", &heavy).await;
        assert_503(&reply, "storage is full");
    }
    // Reads still work: a retry of a stored brief replays, the health check answers.
    let replay = post_json(&f.state, "full-0", &{
        let mut b = full_body();
        b["brief"]["notes"] = serde_json::json!("Fault test full-0");
        b
    })
    .await;
    assert_eq!(replay.status, StatusCode::CREATED);
    assert_eq!(replay.json()["reference"], references[0].as_str());
    assert_eq!(get(&f.state, "/api/health").await.status, StatusCode::OK);
    // The outbox may or may not manage its small writes; it must not lose or break anything.
    let _ = outbox::deliver_due(&f.state, clock::now_unix()).await;

    // Space again: the same key now stores the brief, once.
    sqlx::query("PRAGMA max_page_count = 1073741823")
        .execute(f.state.db.sqlite().expect("SQLite").writer())
        .await
        .expect("unlimit");
    let reply = post_json(&f.state, "full-heavy", &heavy).await;
    assert_eq!(
        reply.status,
        StatusCode::CREATED,
        "{}",
        String::from_utf8_lossy(&reply.body)
    );
    assert!(!reply.headers.contains_key("idempotent-replayed"));
    references.push(reply.json()["reference"].as_str().expect("ref").to_owned());
    outbox::deliver_due(&f.state, clock::now_unix() + 3600)
        .await
        .expect("deliver");

    assert_eq!(integrity(&f.state).await, "ok");
    assert_eq!(
        count(&f.state, "SELECT COUNT(*) FROM consultations").await,
        4
    );
    assert_eq!(
        count(
            &f.state,
            "SELECT COUNT(*) FROM consultation_files WHERE size = 1000000 AND bytes IS NULL"
        )
        .await,
        3
    );
    assert_eq!(
        count(
            &f.state,
            "SELECT COUNT(*) FROM outbox WHERE state <> 'sent'"
        )
        .await,
        0
    );
    for reference in &references {
        let id = atelier_server::store::consultations::id_by_reference(&f.state.db, reference)
            .await
            .expect("lookup");
        assert!(id.is_some(), "{reference} lost");
        let eml = f
            .state
            .config
            .data_dir
            .join("outbox-mail")
            .join(format!("{reference}-jeweler.eml"));
        assert!(eml.is_file(), "{}", eml.display());
    }
}

#[tokio::test]
async fn a_read_only_database_answers_503_keeps_everything_and_recovers() {
    if common::pg_support::skip_on_postgres(
        "it makes SQLite's writer read-only (PRAGMA query_only), a fault of SQLite's",
    ) {
        return;
    }
    let f = fixture().await;
    let (kept, _) = submit_ok(&f.state, "ro-0").await;
    sqlx::query("PRAGMA query_only = ON")
        .execute(f.state.db.sqlite().expect("SQLite").writer())
        .await
        .expect("read-only");
    let mut body = full_body();
    body["brief"]["notes"] = serde_json::json!("while read-only");
    let reply = post_json(&f.state, "ro-1", &body).await;
    assert_503(&reply, "read-only");
    assert_eq!(get(&f.state, "/api/health").await.status, StatusCode::OK);
    // The outbox cannot claim a delivery, so it sends nothing (no email it could not record,
    // to be sent again on every pass), and it says so without losing the rows.
    assert!(outbox::deliver_due(&f.state, clock::now_unix())
        .await
        .is_err());
    let mail_dir = f.state.config.data_dir.join("outbox-mail");
    assert!(!mail_dir.join(format!("{kept}-jeweler.eml")).exists());

    sqlx::query("PRAGMA query_only = OFF")
        .execute(f.state.db.sqlite().expect("SQLite").writer())
        .await
        .expect("writable");
    let reply = post_json(&f.state, "ro-1", &body).await;
    assert_eq!(reply.status, StatusCode::CREATED);
    assert!(!reply.headers.contains_key("idempotent-replayed"));
    let report = outbox::deliver_due(&f.state, clock::now_unix())
        .await
        .expect("deliver");
    assert_eq!(
        report,
        DeliveryReport {
            sent: 4,
            retrying: 0,
            dead: 0
        }
    );
    assert_eq!(integrity(&f.state).await, "ok");
    assert_eq!(
        count(&f.state, "SELECT COUNT(*) FROM consultations").await,
        2
    );
    assert!(
        atelier_server::store::consultations::id_by_reference(&f.state.db, &kept)
            .await
            .expect("lookup")
            .is_some()
    );
}

/// Mounts a small tmpfs for the test and unmounts it when dropped (after the server is gone).
struct Tmpfs(std::path::PathBuf);

impl Tmpfs {
    fn mount(path: &std::path::Path, size: &str) -> Option<Self> {
        std::fs::create_dir_all(path).ok()?;
        let ok = std::process::Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(path)
            .stderr(std::process::Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        ok.then(|| Self(path.to_owned()))
    }

    fn grow(&self, size: &str) {
        let status = std::process::Command::new("mount")
            .args(["-o", &format!("remount,size={size}")])
            .arg(&self.0)
            .status()
            .expect("remount");
        assert!(status.success(), "remount failed");
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount").arg(&self.0).status();
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_binary_on_a_really_full_disk_answers_503_and_recovers() {
    let dir = tempfile::tempdir().expect("temp dir");
    let Some(disk) = Tmpfs::mount(&dir.path().join("disk"), "6m") else {
        eprintln!("SKIPPED the real full-disk test: mounting a tmpfs is not permitted here (the PRAGMA max_page_count test covers the server's side)");
        return;
    };
    let data = disk.0.join("data");
    let server = robust_support::ServerProcess::start(&data, &[]);
    let client = robust_support::client();
    let mut stored = Vec::new();
    let mut refusal = None;
    for i in 0..40 {
        let key = format!("disk-{i}");
        let body = robust_support::body(&key, 3, 400_000)
            .to_string()
            .into_bytes();
        let answer = robust_support::submit(&client, &server.url, &key, &body)
            .await
            .expect("the server answers");
        if answer.status == 201 {
            stored.push((
                key,
                body,
                answer.json["reference"].as_str().expect("ref").to_owned(),
            ));
        } else {
            refusal = Some((key, body, answer));
            break;
        }
    }
    let (key, body, answer) = refusal.expect("6 MiB fills up within 40 briefs of 1.2 MiB");
    assert_eq!(answer.status, 503, "{}", answer.json);
    assert_eq!(answer.json["error"]["code"], "database_unavailable");
    let message = answer.json["error"]["message"]
        .as_str()
        .expect("message")
        .to_owned();
    assert!(message.contains("not saved"), "{message}");
    // Still alive and still reading.
    let health = client
        .get(format!("{}/api/health", server.url))
        .send()
        .await
        .expect("health");
    assert_eq!(health.status(), 200);
    if let Some((k, b, r)) = stored.first() {
        let again = robust_support::submit(&client, &server.url, k, b)
            .await
            .expect("replay");
        assert_eq!((again.status, again.replayed), (201, true));
        assert_eq!(again.json["reference"], r.as_str());
    }

    // The disk grows: the refused brief goes through with the same key.
    disk.grow("64m");
    let answer = robust_support::submit(&client, &server.url, &key, &body)
        .await
        .expect("retry");
    assert_eq!(answer.status, 201, "{}", answer.json);
    stored.push((
        key,
        body,
        answer.json["reference"].as_str().expect("ref").to_owned(),
    ));
    server.kill9();

    let pool = robust_support::open_db(&data.join("atelier.db")).await;
    assert_eq!(robust_support::integrity(&pool).await, "ok");
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM consultations")
        .fetch_one(&pool)
        .await
        .expect("count");
    assert_eq!(n as usize, stored.len());
    for (key, _, reference) in &stored {
        let found: String =
            sqlx::query_scalar("SELECT reference FROM consultations WHERE idempotency_key = ?")
                .bind(key)
                .fetch_one(&pool)
                .await
                .expect("stored");
        assert_eq!(&found, reference);
    }
    let dead: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE state = 'dead'")
        .fetch_one(&pool)
        .await
        .expect("dead");
    assert_eq!(dead, 0);
    pool.close().await;
    eprintln!(
        "real full disk (6 MiB tmpfs): {} briefs stored before the refusal: 503 \"{message}\"; \
         after growing the disk the same key was stored; integrity ok",
        stored.len() - 1
    );
}

/// Whether this process can write into a folder it made read-only (root can).
fn permissions_are_enforced(dir: &std::path::Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    let probe = dir.join("probe");
    std::fs::create_dir_all(&probe).expect("probe dir");
    std::fs::set_permissions(&probe, std::fs::Permissions::from_mode(0o555)).expect("chmod");
    let writable = std::fs::write(probe.join("x"), b"x").is_ok();
    std::fs::set_permissions(&probe, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    !writable
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_binary_on_a_read_only_data_folder_answers_clearly_and_recovers() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("temp dir");
    if !permissions_are_enforced(dir.path()) {
        eprintln!("SKIPPED the chmod read-only folder test: this process (root) writes through chmod; the PRAGMA query_only test covers the server's side");
        return;
    }
    let data = dir.path().join("data");
    let server = robust_support::ServerProcess::start(&data, &[]);
    let client = robust_support::client();
    let body = robust_support::body("before", 0, 0)
        .to_string()
        .into_bytes();
    let first = robust_support::submit(&client, &server.url, "ro-before", &body)
        .await
        .expect("answer");
    assert_eq!(first.status, 201);
    server.kill9();

    let set_mode = |mode: u32, file_mode: u32| {
        for entry in std::fs::read_dir(&data).expect("data").flatten() {
            if entry.path().is_file() {
                std::fs::set_permissions(entry.path(), std::fs::Permissions::from_mode(file_mode))
                    .expect("chmod");
            }
        }
        std::fs::set_permissions(&data, std::fs::Permissions::from_mode(mode)).expect("chmod");
    };
    set_mode(0o555, 0o444);
    let body2 = robust_support::body("during", 0, 0)
        .to_string()
        .into_bytes();
    match robust_support::ServerProcess::try_start(&data, &[]) {
        // Refusing to start is a clear answer when the message names the database.
        Err(output) => {
            assert!(output.contains("atelier.db"), "{output}");
            eprintln!("read-only data folder: the server refuses to start and says why:\n{output}");
        }
        Ok(server) => {
            let answer = robust_support::submit(&client, &server.url, "ro-during", &body2)
                .await
                .expect("answer");
            assert_eq!(answer.status, 503, "{}", answer.json);
            assert!(answer.json["error"]["message"].is_string());
            eprintln!(
                "read-only data folder: the server runs and answers 503 {}",
                answer.json
            );
            server.kill9();
        }
    }
    set_mode(0o755, 0o644);
    let server = robust_support::ServerProcess::start(&data, &[]);
    let answer = robust_support::submit(&client, &server.url, "ro-during", &body2)
        .await
        .expect("answer");
    assert_eq!(answer.status, 201, "{}", answer.json);
    let again = robust_support::submit(&client, &server.url, "ro-before", &body)
        .await
        .expect("answer");
    assert_eq!((again.status, again.replayed), (201, true));
    assert_eq!(again.json["reference"], first.json["reference"]);
}

/// `(sent emails, recorded attempts)` of one lane's rows: emails (every kind but webhooks) or
/// webhooks.
async fn lane_progress(state: &AppState, webhooks: bool) -> (i64, i64) {
    let condition = if webhooks {
        "kind = 'webhook'"
    } else {
        "kind <> 'webhook'"
    };
    let sent = count(
        state,
        &format!("SELECT COUNT(*) FROM outbox WHERE state = 'sent' AND {condition}"),
    )
    .await;
    let attempts = count(
        state,
        &format!(
            "SELECT COUNT(*) FROM outbox_attempts a JOIN outbox o ON o.id = a.outbox_id \
             WHERE o.{condition}"
        ),
    )
    .await;
    (sent, attempts)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stalled_webhook_delays_no_email() {
    let hook = WebhookReceiver::start(SECRET, STALL).await;
    let (mut sink, port) = SmtpSink::start(0, UP).await;
    let f = fixture_with(|c| {
        c.smtp_url = Some(format!("smtp://127.0.0.1:{port}"));
        c.webhook = Some(Webhook {
            url: hook.url.clone(),
            secret: SECRET.to_owned(),
        });
    })
    .await;
    let worker = tokio::spawn(outbox::run(f.state.clone()));
    let mut waits = Vec::new();
    for i in 0..4 {
        let started = Instant::now();
        let (reference, _) = submit_ok(&f.state, &format!("stalled-hook-{i}")).await;
        // This brief's two emails go out while every earlier brief's webhook is still hanging.
        poll(Duration::from_secs(60), "the brief's emails", || {
            let state = f.state.clone();
            let reference = reference.clone();
            async move {
                let sent = count(
                    &state,
                    &format!(
                        "SELECT COUNT(*) FROM outbox o JOIN consultations c \
                         ON c.id = o.consultation_id WHERE c.reference = '{reference}' \
                         AND o.kind <> 'webhook' AND o.state = 'sent'"
                    ),
                )
                .await;
                (sent == 2).then_some(())
            }
        })
        .await;
        waits.push(started.elapsed());
        eprintln!(
            "stalled webhook: brief {i}'s emails delivered {:?} after its 201",
            started.elapsed()
        );
        poll(
            Duration::from_secs(60),
            "this brief's webhook to hang",
            || {
                let n = hook.hooks().len();
                async move { (n > i).then_some(()) }
            },
        )
        .await;
    }
    // Every email is out and no webhook attempt has finished: none waited for a webhook timeout.
    let (emails_sent, _) = lane_progress(&f.state, false).await;
    let (webhooks_sent, webhook_attempts) = lane_progress(&f.state, true).await;
    assert_eq!(emails_sent, 8);
    assert_eq!(
        (webhooks_sent, webhook_attempts),
        (0, 0),
        "a webhook attempt finished before the last email went out"
    );
    let hooks = hook.hooks();
    assert_eq!(hooks.len(), 4, "{hooks:?}");
    assert!(hooks.iter().all(|h| h.mode == STALL && h.verified));
    let mut subjects = 0;
    while let Ok(message) = sink.messages.try_recv() {
        assert!(message.contains("Subject:"), "{message}");
        subjects += 1;
    }
    assert_eq!(subjects, 8);
    worker.abort();
    let _ = worker.await;
    eprintln!(
        "stalled webhook: each of 4 briefs had both emails delivered {waits:?} after its 201, \
         while all 4 webhook requests were still hanging"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stalled_smtp_server_delays_no_webhook() {
    let hook = WebhookReceiver::start(SECRET, UP).await;
    let (sink, port) = SmtpSink::start(0, STALL).await;
    let f = fixture_with(|c| {
        c.smtp_url = Some(format!("smtp://127.0.0.1:{port}"));
        c.webhook = Some(Webhook {
            url: hook.url.clone(),
            secret: SECRET.to_owned(),
        });
    })
    .await;
    let worker = tokio::spawn(outbox::run(f.state.clone()));
    let mut waits = Vec::new();
    for i in 0..4 {
        let started = Instant::now();
        submit_ok(&f.state, &format!("stalled-smtp-{i}")).await;
        poll(Duration::from_secs(60), "the brief's webhook", || {
            let n = hook.hooks().iter().filter(|h| h.mode == UP).count();
            async move { (n > i).then_some(()) }
        })
        .await;
        waits.push(started.elapsed());
    }
    let (webhooks_sent, _) = poll(Duration::from_secs(60), "4 webhooks recorded", || {
        let state = f.state.clone();
        async move {
            let progress = lane_progress(&state, true).await;
            (progress.0 == 4).then_some(progress)
        }
    })
    .await;
    assert_eq!(webhooks_sent, 4);
    let (emails_sent, email_attempts) = lane_progress(&f.state, false).await;
    assert_eq!(
        (emails_sent, email_attempts),
        (0, 0),
        "an email attempt finished before the webhooks went out"
    );
    assert!(sink.accepted.load(Ordering::SeqCst) >= 1, "SMTP was tried");
    assert!(hook.hooks().iter().all(|h| h.verified));
    worker.abort();
    let _ = worker.await;
    eprintln!(
        "stalled SMTP: each of 4 briefs had its webhook delivered {waits:?} after its 201, \
         while the emails were still hanging on the mail server"
    );
}

/// The permission bits of a file or folder.
fn mode_of(path: &std::path::Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .permissions()
        .mode()
        & 0o777
}

/// Every file and folder under `dir` (recursively), with its mode.
fn modes_under(dir: &std::path::Path) -> Vec<(std::path::PathBuf, u32)> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).expect("read dir").flatten() {
        let path = entry.path();
        out.push((path.clone(), mode_of(&path)));
        if path.is_dir() {
            out.extend(modes_under(&path));
        }
    }
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_binary_keeps_its_data_files_private_to_its_user() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("data");
    let server = robust_support::ServerProcess::start(&data, &[]);
    let client = robust_support::client();
    let body = robust_support::body("private", 1, 2_000)
        .to_string()
        .into_bytes();
    let answer = robust_support::submit(&client, &server.url, "private-0", &body)
        .await
        .expect("answer");
    assert_eq!(answer.status, 201, "{}", answer.json);
    let reference = answer.json["reference"].as_str().expect("ref").to_owned();
    let mail = data.join("outbox-mail");
    poll(Duration::from_secs(60), "both .eml files", || {
        let (eml, _) = robust_support::mail_files(&mail);
        async move { (eml.len() == 2).then_some(()) }
    })
    .await;
    let check = |what: &str| {
        assert_eq!(mode_of(&data), 0o700, "{what}: the data folder");
        assert_eq!(mode_of(&mail), 0o700, "{what}: the mail folder");
        for name in ["atelier.db", "atelier.db-wal", "atelier.db-shm"] {
            assert_eq!(mode_of(&data.join(name)), 0o600, "{what}: {name}");
        }
        for who in ["jeweler", "visitor"] {
            let eml = mail.join(format!("{reference}-{who}.eml"));
            assert_eq!(mode_of(&eml), 0o600, "{what}: {}", eml.display());
        }
        let open: Vec<_> = modes_under(&data)
            .into_iter()
            .filter(|(_, mode)| mode & 0o077 != 0)
            .collect();
        assert!(open.is_empty(), "{what}: readable by others: {open:?}");
    };
    check("a fresh install");
    server.kill9();

    // An install from before: everything readable by every local user, tightened at start.
    {
        use std::os::unix::fs::PermissionsExt;
        for (path, _) in modes_under(&data) {
            let mode = if path.is_dir() { 0o755 } else { 0o644 };
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode)).expect("chmod");
        }
        std::fs::set_permissions(&data, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    }
    let server = robust_support::ServerProcess::start(&data, &[]);
    let again = robust_support::submit(&client, &server.url, "private-0", &body)
        .await
        .expect("replay");
    assert_eq!((again.status, again.replayed), (201, true));
    assert_eq!(mode_of(&data), 0o700, "the data folder after a restart");
    for name in ["atelier.db", "atelier.db-wal", "atelier.db-shm"] {
        assert_eq!(mode_of(&data.join(name)), 0o600, "{name} after a restart");
    }
    server.kill9();
    eprintln!("data files private: folders 0700, atelier.db and its -wal/-shm and every .eml 0600, an old install tightened at start");
}
