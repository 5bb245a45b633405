//! The real `atelier-server` binary under crash and load.
//!
//! * `kill_9_under_load_loses_nothing_and_duplicates_nothing`: concurrent clients submit briefs
//!   while the server is killed with SIGKILL at seeded-random points (after a random number of
//!   201s plus a random extra delay) and restarted on the same data folder. The clients resend
//!   every unanswered request with the same key, as the browser does. At the end every key that
//!   was ever sent is stored exactly once under the reference its 201 named, a confirmed key
//!   replays that reference, `PRAGMA integrity_check` is `ok` after a final SIGKILL, and every
//!   outbox row was delivered exactly once (one `sent` attempt) with its `.eml` file on disk and
//!   no half-written temporary file left. Rerun a failure with `ATELIER_CRASH_SEED=<seed>`.
//! * `a_soak_keeps_memory_flat_and_answers_every_request`: a bounded soak (20 s, or
//!   `ATELIER_SOAK_SECS`) at a steady, moderate rate of new, replayed and invalid requests; no
//!   request fails, the outbox keeps up, and resident memory (`VmRSS`) after warm-up stays within a
//!   generous bound of its level early in the run.

mod common;
mod robust_support;

use robust_support::*;
use std::collections::{BTreeSet, VecDeque};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const ROUNDS: usize = 6;
const CLIENTS: usize = 8;

#[derive(Debug)]
struct Entry {
    key: String,
    body: Arc<Vec<u8>>,
    snapshots: usize,
    /// The reference of the first 201 this key got.
    reference: Option<String>,
}

#[derive(Debug, Default)]
struct Ledger {
    entries: Vec<Entry>,
    /// Entries to resend (no 201 yet) before new ones are made.
    resend: VecDeque<usize>,
    /// Answers that were neither a 201 nor a dropped connection.
    unexpected: Vec<String>,
    /// A 201 that named a different reference than an earlier 201 for the same key.
    mismatched: Vec<String>,
    replays: usize,
}

impl Ledger {
    /// The next entry to send: a pending resend, or a fresh brief.
    fn take(&mut self, rng: &mut Rng) -> usize {
        if let Some(i) = self.resend.pop_front() {
            return i;
        }
        let i = self.entries.len();
        let snapshots = (rng.next_u64() % 4) as usize;
        let len = rng.range(2_000, 24_000) as usize;
        let body = body(&format!("crash-{i}"), snapshots, len);
        self.entries.push(Entry {
            key: format!("crash-key-{i:05}"),
            body: Arc::new(body.to_string().into_bytes()),
            snapshots,
            reference: None,
        });
        i
    }

    fn record(&mut self, i: usize, answer: &Answer) {
        let entry = &mut self.entries[i];
        let reference = answer.json["reference"].as_str().map(str::to_owned);
        match (answer.status, reference) {
            (201, Some(reference)) => {
                if answer.replayed {
                    self.replays += 1;
                }
                match &entry.reference {
                    Some(first) if *first != reference => self
                        .mismatched
                        .push(format!("{}: first {first}, then {reference}", entry.key)),
                    Some(_) => {}
                    None => entry.reference = Some(reference),
                }
            }
            (status, _) => self
                .unexpected
                .push(format!("{}: {status} {}", entry.key, answer.json)),
        }
    }
}

/// Runs `CLIENTS` submitters against `url` until the server stops answering or `stop` is set.
fn spawn_clients(
    url: &str,
    ledger: &Arc<Mutex<Ledger>>,
    created: &Arc<AtomicUsize>,
    stop: &Arc<AtomicBool>,
    seed: u64,
) -> Vec<tokio::task::JoinHandle<()>> {
    (0..CLIENTS)
        .map(|c| {
            let (url, ledger, created, stop) = (
                url.to_owned(),
                ledger.clone(),
                created.clone(),
                stop.clone(),
            );
            let mut rng = Rng::new(seed ^ (c as u64 + 1).wrapping_mul(0x1234_5678_9ABC));
            tokio::spawn(async move {
                let client = client();
                while !stop.load(Ordering::Relaxed) {
                    let (i, key, body) = {
                        let mut ledger = ledger.lock().expect("ledger");
                        let i = ledger.take(&mut rng);
                        let e = &ledger.entries[i];
                        (i, e.key.clone(), e.body.clone())
                    };
                    match submit(&client, &url, &key, &body).await {
                        Ok(answer) => {
                            if answer.status == 201 {
                                created.fetch_add(1, Ordering::Relaxed);
                            }
                            ledger.lock().expect("ledger").record(i, &answer);
                        }
                        // The server is gone (killed): this brief waits for the next start.
                        Err(_) => {
                            ledger.lock().expect("ledger").resend.push_back(i);
                            break;
                        }
                    }
                }
            })
        })
        .collect()
}

/// A delivery interrupted by a kill is leased for `delivery_timeout_secs` + 5 s; a short timeout
/// keeps the wait for those after the last restart short.
fn crash_env() -> Vec<(&'static str, String)> {
    vec![("ATELIER_DELIVERY_TIMEOUT_SECS", "2".to_owned())]
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kill_9_under_load_loses_nothing_and_duplicates_nothing() {
    let started = Instant::now();
    let (mut rng, seed) = Rng::from_env("ATELIER_CRASH_SEED");
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("data");
    let ledger = Arc::new(Mutex::new(Ledger::default()));
    let mut restarts = Vec::new();

    for round in 0..ROUNDS {
        let t = Instant::now();
        let server = ServerProcess::start(&data, &crash_env());
        restarts.push(t.elapsed());
        let created = Arc::new(AtomicUsize::new(0));
        let stop = Arc::new(AtomicBool::new(false));
        let clients = spawn_clients(&server.url, &ledger, &created, &stop, rng.next_u64());
        // The kill point: after a random number of 201s in this round, then a random extra delay
        // (sleeping here only places the kill; nothing waits for a condition by sleeping).
        let target = rng.range(5, 60) as usize;
        poll(Duration::from_secs(60), "201s before the kill", || {
            let n = created.load(Ordering::Relaxed);
            async move { (n >= target).then_some(()) }
        })
        .await;
        tokio::time::sleep(Duration::from_millis(rng.range(0, 120))).await;
        server.kill9();
        stop.store(true, Ordering::Relaxed);
        for client in clients {
            client.await.expect("client task");
        }
        let l = ledger.lock().expect("ledger");
        eprintln!(
            "round {round}: killed after {} new 201s; {} briefs so far, {} waiting to be resent",
            created.load(Ordering::Relaxed),
            l.entries.len(),
            l.resend.len()
        );
    }

    // The last start: every brief without a 201 is resent with its key, every confirmed one too.
    let server = ServerProcess::start(&data, &crash_env());
    let client = client();
    let (keys, bodies, known) = {
        let l = ledger.lock().expect("ledger");
        assert!(l.unexpected.is_empty(), "seed {seed}: {:?}", l.unexpected);
        assert!(l.mismatched.is_empty(), "seed {seed}: {:?}", l.mismatched);
        let keys: Vec<String> = l.entries.iter().map(|e| e.key.clone()).collect();
        let bodies: Vec<Arc<Vec<u8>>> = l.entries.iter().map(|e| e.body.clone()).collect();
        let known: Vec<Option<String>> = l.entries.iter().map(|e| e.reference.clone()).collect();
        (keys, bodies, known)
    };
    let confirmed = known.iter().flatten().count();
    let replayed_during_rounds = ledger.lock().expect("ledger").replays;
    let mut references = Vec::with_capacity(keys.len());
    let mut replayed_confirmed = 0;
    let mut replayed_unconfirmed = 0;
    for ((key, body), known) in keys.iter().zip(&bodies).zip(&known) {
        let answer = submit(&client, &server.url, key, body)
            .await
            .expect("the restarted server answers");
        assert_eq!(answer.status, 201, "seed {seed}: {key}: {}", answer.json);
        let reference = answer.json["reference"]
            .as_str()
            .expect("reference")
            .to_owned();
        match known {
            Some(known) => {
                assert!(answer.replayed, "seed {seed}: {key} was stored again");
                assert_eq!(&reference, known, "seed {seed}: {key}");
                replayed_confirmed += 1;
            }
            None => replayed_unconfirmed += usize::from(answer.replayed),
        }
        references.push(reference);
    }
    // A confirmed key with another body is refused, not stored.
    if let Some(i) = known.iter().position(Option::is_some) {
        let other = body("a different brief", 0, 0).to_string();
        let answer = submit(&client, &server.url, &keys[i], other.as_bytes())
            .await
            .expect("answer");
        assert_eq!(answer.status, 422, "{}", answer.json);
        assert_eq!(answer.json["error"]["code"], "idempotency_key_reused");
    }

    // Every outbox row is delivered.
    let db_path = data.join("atelier.db");
    let drain_started = Instant::now();
    {
        let pool = open_db(&db_path).await;
        poll(Duration::from_secs(90), "the outbox to drain", || {
            let pool = pool.clone();
            async move {
                let pending: i64 =
                    sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE state <> 'sent'")
                        .fetch_one(&pool)
                        .await
                        .ok()?;
                (pending == 0).then_some(())
            }
        })
        .await;
        pool.close().await;
    }
    let drain = drain_started.elapsed();
    server.kill9();

    // After a last SIGKILL: the file is sound and holds each brief exactly once.
    let pool = open_db(&db_path).await;
    assert_eq!(integrity(&pool).await, "ok", "seed {seed}");
    let n = keys.len() as i64;
    let stored: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM consultations")
        .fetch_one(&pool)
        .await
        .expect("count");
    assert_eq!(stored, n, "seed {seed}: one row per key");
    for (key, reference) in keys.iter().zip(&references) {
        let row: Vec<String> =
            sqlx::query_scalar("SELECT reference FROM consultations WHERE idempotency_key = ?")
                .bind(key)
                .fetch_all(&pool)
                .await
                .expect("by key");
        assert_eq!(row, vec![reference.clone()], "seed {seed}: {key}");
    }
    let distinct: BTreeSet<&String> = references.iter().collect();
    assert_eq!(distinct.len(), keys.len(), "seed {seed}: references unique");
    let files: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM consultation_files")
        .fetch_one(&pool)
        .await
        .expect("files");
    let expected_files: usize = {
        let l = ledger.lock().expect("ledger");
        l.entries.iter().map(|e| e.snapshots).sum()
    };
    assert_eq!(files, expected_files as i64, "seed {seed}: every snapshot");
    let outbox: Vec<(String, String, i64)> = sqlx::query_as(
        "SELECT o.state, c.reference, (SELECT COUNT(*) FROM outbox_attempts a \
         WHERE a.outbox_id = o.id AND a.outcome = 'sent') FROM outbox o \
         JOIN consultations c ON c.id = o.consultation_id",
    )
    .fetch_all(&pool)
    .await
    .expect("outbox");
    assert_eq!(
        outbox.len() as i64,
        2 * n,
        "seed {seed}: two emails a brief"
    );
    for (state, reference, sent) in &outbox {
        assert_eq!(state, "sent", "seed {seed}: {reference}");
        assert_eq!(*sent, 1, "seed {seed}: {reference}: one recorded delivery");
    }
    let (eml, temp) = mail_files(&data.join("outbox-mail"));
    assert!(temp.is_empty(), "half-written mail left behind: {temp:?}");
    let names: BTreeSet<String> = eml
        .iter()
        .filter_map(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        .collect();
    let expected: BTreeSet<String> = references
        .iter()
        .flat_map(|r| [format!("{r}-jeweler.eml"), format!("{r}-visitor.eml")])
        .collect();
    assert_eq!(
        names, expected,
        "seed {seed}: one jeweler and one visitor email each"
    );
    for reference in references.iter().take(50) {
        let raw = std::fs::read(
            data.join("outbox-mail")
                .join(format!("{reference}-jeweler.eml")),
        )
        .expect("eml");
        let text = String::from_utf8_lossy(&raw);
        assert!(
            text.lines()
                .any(|l| l.starts_with("Subject:") && l.contains(reference.as_str())),
            "{reference}"
        );
    }
    pool.close().await;
    eprintln!(
        "crash test (seed {seed}): {ROUNDS} SIGKILLs, {} briefs, {confirmed} confirmed by a 201 \
         before a kill, {} unconfirmed of which {replayed_unconfirmed} had been committed before \
         the kill (replayed, not stored twice), {replayed_during_rounds} resends between kills \
         answered from the saved response, {replayed_confirmed} confirmed keys replayed; \
         restarts to the 'running at' line {:?}; outbox drained {:?} after the last start; \
         {} emails; whole test {:?}",
        keys.len(),
        keys.len() - confirmed,
        restarts,
        drain,
        eml.len(),
        started.elapsed()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_soak_keeps_memory_flat_and_answers_every_request() {
    let secs: u64 = std::env::var("ATELIER_SOAK_SECS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(20)
        .max(8);
    let duration = Duration::from_secs(secs);
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("data");
    let server = ServerProcess::start(&data, &[]);
    let url = server.url.clone();
    // 4 clients, one request each every 60 ms: about 65 requests a second, in the debug build.
    const CLIENTS: usize = 4;
    const PACE: Duration = Duration::from_millis(60);
    let begun = Instant::now();
    let tasks: Vec<_> = (0..CLIENTS)
        .map(|c| {
            let url = url.clone();
            tokio::spawn(async move {
                let client = client();
                let mut tick = tokio::time::interval(PACE);
                tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
                let mut stats = (0usize, 0usize, 0usize, Vec::new(), Vec::new());
                let mut n = 0usize;
                let mut last_key: Option<(String, Vec<u8>)> = None;
                while begun.elapsed() < duration {
                    tick.tick().await;
                    n += 1;
                    let (key, bytes, expect) = if n.is_multiple_of(10) && last_key.is_some() {
                        let (k, b) = last_key.clone().unwrap_or_default();
                        (k, b, "replay")
                    } else if n % 10 == 5 {
                        let mut bad = body("bad", 0, 0);
                        bad["brief"]["contact"]["email"] = serde_json::json!("not an address");
                        (
                            format!("soak-{c}-{n}"),
                            bad.to_string().into_bytes(),
                            "invalid",
                        )
                    } else {
                        let key = format!("soak-{c}-{n}");
                        let b = body(&key, 1, 1_024).to_string().into_bytes();
                        last_key = Some((key.clone(), b.clone()));
                        (key, b, "new")
                    };
                    match submit(&client, &url, &key, &bytes).await {
                        Ok(a) => {
                            stats.3.push(a.elapsed);
                            let ok = match expect {
                                "new" => a.status == 201 && !a.replayed,
                                "replay" => a.status == 201 && a.replayed,
                                _ => a.status == 422,
                            };
                            if ok {
                                match expect {
                                    "new" => stats.0 += 1,
                                    "replay" => stats.1 += 1,
                                    _ => stats.2 += 1,
                                }
                            } else {
                                stats
                                    .4
                                    .push(format!("{key} ({expect}): {} {}", a.status, a.json));
                            }
                        }
                        Err(e) => stats.4.push(format!("{key}: {e}")),
                    }
                }
                stats
            })
        })
        .collect();

    // Resident memory, sampled every 250 ms while the clients run.
    let mut samples: Vec<(Duration, u64)> = Vec::new();
    while begun.elapsed() < duration {
        if let Some(rss) = server.rss_kib() {
            samples.push((begun.elapsed(), rss));
        }
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    let (mut created, mut replays, mut invalid) = (0, 0, 0);
    let mut latencies = Vec::new();
    let mut failures = Vec::new();
    for task in tasks {
        let (c, r, i, l, f) = task.await.expect("client");
        created += c;
        replays += r;
        invalid += i;
        latencies.extend(l);
        failures.extend(f);
    }
    let elapsed = begun.elapsed();
    assert!(
        failures.is_empty(),
        "{} failures: {:?}",
        failures.len(),
        &failures[..failures.len().min(10)]
    );

    // The outbox keeps up: everything is delivered soon after the load stops.
    let pool = open_db(&data.join("atelier.db")).await;
    let drain_started = Instant::now();
    poll(Duration::from_secs(60), "the outbox to drain", || {
        let pool = pool.clone();
        async move {
            let pending: i64 =
                sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE state <> 'sent'")
                    .fetch_one(&pool)
                    .await
                    .ok()?;
            (pending == 0).then_some(())
        }
    })
    .await;
    let drain = drain_started.elapsed();
    let stored: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM consultations")
        .fetch_one(&pool)
        .await
        .expect("count");
    assert_eq!(
        stored, created as i64,
        "one row per new brief, none per replay"
    );
    pool.close().await;
    let rss_after_drain = server.rss_kib();

    latencies.sort();
    let pct = |p: f64| latencies[((latencies.len() - 1) as f64 * p) as usize];
    // Warm-up is the first quarter; the reference level is the highest sample in the second
    // quarter, compared with the highest in the last quarter.
    let in_window = |from: f64, to: f64| -> Vec<u64> {
        samples
            .iter()
            .filter(|(t, _)| {
                let x = t.as_secs_f64() / duration.as_secs_f64();
                x >= from && x < to
            })
            .map(|(_, r)| *r)
            .collect()
    };
    let early = in_window(0.25, 0.5);
    let late = in_window(0.75, 1.01);
    assert!(
        !early.is_empty() && !late.is_empty(),
        "RSS samples: {samples:?}"
    );
    let early_max = early.iter().copied().max().unwrap_or(0);
    let late_max = late.iter().copied().max().unwrap_or(0);
    let first = samples.first().map_or(0, |s| s.1);
    let peak = samples.iter().map(|s| s.1).max().unwrap_or(0);
    eprintln!(
        "soak {secs} s: {created} new, {replays} replays, {invalid} invalid (422) = {} requests \
         ({:.0}/s); latency p50 {:?} p99 {:?} max {:?}; VmRSS first {first} KiB, highest in 2nd \
         quarter {early_max} KiB, highest in last quarter {late_max} KiB, peak {peak} KiB, after \
         the outbox drained {rss_after_drain:?} KiB; outbox drained {drain:?} after the load",
        latencies.len(),
        latencies.len() as f64 / elapsed.as_secs_f64(),
        pct(0.5),
        pct(0.99),
        latencies.last().copied().unwrap_or_default(),
    );
    // Generous: allocator and SQLite cache growth settle early; a leak grows with every request.
    let bound = early_max + early_max / 2 + 16 * 1024;
    assert!(
        late_max <= bound,
        "memory grew from {early_max} KiB to {late_max} KiB (bound {bound} KiB): {samples:?}"
    );
    assert!(created > 0 && replays > 0 && invalid > 0);
}
