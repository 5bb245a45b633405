//! Shared helpers for the robustness tests (`robust_*.rs`): the real `atelier-server` binary run
//! as a child process on a data folder, a seeded random generator, request bodies, polling with a
//! deadline (never a blind sleep), and row counts of every table; the fake SMTP server and webhook
//! receiver come from `fakes`, shared with the outbox tests. A test that uses it declares
//! `mod common;` too (its pictures are real PNGs from `common`).
#![allow(dead_code)]

#[path = "../fakes/mod.rs"]
mod fakes;
// Not every robustness test uses the fakes (robust_process does not).
#[allow(unused_imports)]
pub use fakes::*;

use base64::Engine;
use serde_json::{json, Value};
use sqlx::sqlite::{SqliteConnectOptions, SqlitePoolOptions};
use sqlx::SqlitePool;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// The real server binary, started with `ATELIER_*` variables on a data folder.
pub struct ServerProcess {
    child: Child,
    /// `http://127.0.0.1:<port>` (no trailing slash).
    pub url: String,
}

impl ServerProcess {
    /// Starts the binary on `data_dir` with a high rate limit and any `extra` variables, and waits
    /// (up to 60 s) for its "running at" line.
    pub fn start(data_dir: &Path, extra: &[(&str, String)]) -> Self {
        Self::try_start(data_dir, extra).unwrap_or_else(|e| panic!("{e}"))
    }

    /// Like [`ServerProcess::start`], but a server that stops instead of serving is an `Err`
    /// with its exit status and everything it printed.
    pub fn try_start(data_dir: &Path, extra: &[(&str, String)]) -> Result<Self, String> {
        let mut command = Command::new(env!("CARGO_BIN_EXE_atelier-server"));
        command
            // A fresh folder holds no atelier.toml, so only the defaults and these variables apply.
            .current_dir(data_dir.parent().unwrap_or(data_dir))
            .env("ATELIER_BIND", "127.0.0.1:0")
            .env("ATELIER_DATA_DIR", data_dir)
            .env("ATELIER_STATIC_DIR", data_dir.join("no-dist"))
            .env("ATELIER_RATE_LIMIT_PER_MINUTE", "1000000")
            .env("ATELIER_RATE_LIMIT_BURST", "1000000")
            .env("ATELIER_CONFIRMATIONS_PER_RECIPIENT_PER_DAY", "1000000")
            .env("ATELIER_JEWELER_EMAIL", "jeweler@maison.example")
            .env("ATELIER_MAIL_FROM", "atelier@maison.example")
            .env("RUST_LOG", "atelier_server=warn")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        for (key, value) in extra {
            command.env(key, value);
        }
        let mut child = command.spawn().expect("start atelier-server");
        let stdout = child.stdout.take().expect("stdout");
        let stderr = child.stderr.take().expect("stderr");
        let output = std::sync::Arc::new(std::sync::Mutex::new(Vec::<String>::new()));
        let (tx, rx) = mpsc::channel();
        // Both pipes are drained for the process's whole life, or a chatty log would block it.
        for pipe in [
            Box::new(stdout) as Box<dyn std::io::Read + Send>,
            Box::new(stderr),
        ] {
            let (tx, output) = (tx.clone(), output.clone());
            std::thread::spawn(move || {
                for line in BufReader::new(pipe).lines().map_while(Result::ok) {
                    if let Some(rest) = line.split("running at ").nth(1) {
                        let url = rest.split_whitespace().next().unwrap_or_default();
                        let _ = tx.send(Some(url.trim_end_matches('/').to_owned()));
                    }
                    if std::env::var_os("ATELIER_ROBUST_LOG").is_some() {
                        eprintln!("[server] {line}");
                    }
                    if let Ok(mut lines) = output.lock() {
                        if lines.len() < 200 {
                            lines.push(line);
                        }
                    }
                }
                let _ = tx.send(None);
            });
        }
        drop(tx);
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match rx.recv_timeout(left) {
                Ok(Some(url)) => return Ok(Self { child, url }),
                // One pipe closed: the process may be exiting; the other may still report.
                Ok(None) if !matches!(child.try_wait(), Ok(Some(_))) => continue,
                _ => {
                    let _ = child.kill();
                    let status = child.wait().ok();
                    // Let the readers catch the last lines.
                    let _ = rx.recv_timeout(Duration::from_secs(2));
                    let lines = output.lock().map(|l| l.join("\n")).unwrap_or_default();
                    return Err(format!(
                        "atelier-server did not start (exit: {status:?}):\n{lines}"
                    ));
                }
            }
        }
    }

    /// The process id, for `/proc/<pid>/status`.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// `kill -9`, and reaps the process.
    pub fn kill9(mut self) {
        self.child.kill().expect("SIGKILL");
        self.child.wait().expect("reap");
    }

    /// Resident memory in KiB (`VmRSS`), if the process is still there.
    pub fn rss_kib(&self) -> Option<u64> {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.pid())).ok()?;
        status
            .lines()
            .find_map(|l| l.strip_prefix("VmRSS:"))
            .and_then(|v| v.split_whitespace().next())
            .and_then(|v| v.parse().ok())
    }

    /// Whether the process has exited (crashed) on its own.
    pub fn has_exited(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(Some(_)))
    }
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// SplitMix64: a tiny seeded generator, so a failing run can be replayed with its seed.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    /// The seed from `var` if set, otherwise one from the clock; printed so a failure can be rerun.
    pub fn from_env(var: &str) -> (Self, u64) {
        let seed = std::env::var(var)
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| {
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map_or(7, |d| d.as_nanos() as u64)
            });
        eprintln!("{var}={seed}");
        (Self::new(seed), seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `lo..hi`.
    pub fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.next_u64() % (hi - lo).max(1)
    }
}

/// A real PNG of `len` bytes (at least 70), its one pixel and padding `fill`.
pub fn png_bytes(len: usize, fill: u8) -> Vec<u8> {
    crate::common::png_sized(fill, len)
}

pub fn b64(bytes: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

/// A valid request body whose notes carry `tag` (so every body hashes differently), with
/// `snapshots` PNG snapshots of `snapshot_len` bytes.
pub fn body(tag: &str, snapshots: usize, snapshot_len: usize) -> Value {
    let views = ["three-quarter", "top", "side"];
    let shots: Vec<Value> = views
        .iter()
        .take(snapshots.min(3))
        .enumerate()
        .map(|(i, v)| json!({"view": v, "png_base64": b64(&png_bytes(snapshot_len, i as u8))}))
        .collect();
    json!({
        "brief": {
            "version": 1,
            "design": serde_json::to_value(atelier_core::design::Design {
                size: atelier_core::design::SizeChoice::Known {
                    size: atelier_core::size::RingSize::US_6,
                    system: atelier_core::size::SizeSystem::Us,
                },
                ..atelier_core::design::Design::default()
            }).expect("design"),
            "contact": {
                "name": "Ada Lovelace",
                "email": "ada@example.co.uk",
                "phone": "+44 20 7946 0958",
                "preferred_channel": "email"
            },
            "budget": {"min": 3000, "max": 6000, "currency": "GBP"},
            "occasion": "engagement",
            "deadline": "2199-09-01",
            "size_certainty": "estimated",
            "origin_preference": "either",
            "surprise": false,
            "notes": format!("Robustness brief {tag}."),
            "attachments": [],
            "consent_to_contact": true,
            "locale": "en-GB"
        },
        "snapshots": shots,
        "website": ""
    })
}

/// Polls `check` every 20 ms until it returns `Some`, or panics with `what` after `limit`.
pub async fn poll<T, F, Fut>(limit: Duration, what: &str, mut check: F) -> T
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Option<T>>,
{
    let deadline = Instant::now() + limit;
    loop {
        if let Some(value) = check().await {
            return value;
        }
        assert!(
            Instant::now() < deadline,
            "timed out after {limit:?} waiting for {what}"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// Opens an existing database file for checks (read-write, so a crashed WAL is recovered).
pub async fn open_db(path: &Path) -> SqlitePool {
    let options = SqliteConnectOptions::new()
        .filename(path)
        .create_if_missing(false)
        .busy_timeout(Duration::from_secs(10));
    SqlitePoolOptions::new()
        .max_connections(1)
        .connect_with(options)
        .await
        .unwrap_or_else(|e| panic!("open {}: {e}", path.display()))
}

/// Waits (at most `limit`) until every outbox row of the database at `pool` was delivered.
pub async fn outbox_drained(pool: &SqlitePool, limit: Duration) {
    poll(limit, "the outbox to drain", || {
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
}

/// `PRAGMA integrity_check`'s answer ("ok" when the file is sound).
pub async fn integrity(pool: &SqlitePool) -> String {
    let rows: Vec<String> = sqlx::query_scalar("PRAGMA integrity_check")
        .fetch_all(pool)
        .await
        .expect("integrity_check");
    rows.join("; ")
}

/// `(table, rows)` for every table in the schema, sorted, so a new table is counted too.
pub async fn table_counts(pool: &SqlitePool) -> Vec<(String, i64)> {
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .fetch_all(pool)
    .await
    .expect("tables");
    let mut out = Vec::new();
    for table in tables {
        let n: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM \"{table}\""))
            .fetch_one(pool)
            .await
            .expect("count");
        out.push((table, n));
    }
    out
}

/// The `.eml` files in a mail folder, and any half-written temporary files beside them.
pub fn mail_files(dir: &Path) -> (Vec<PathBuf>, Vec<PathBuf>) {
    let mut eml = Vec::new();
    let mut temp = Vec::new();
    if let Ok(entries) = std::fs::read_dir(dir) {
        for entry in entries.flatten() {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.ends_with(".tmp") {
                temp.push(path);
            } else if name.ends_with(".eml") {
                eml.push(path);
            }
        }
    }
    eml.sort();
    temp.sort();
    (eml, temp)
}

/// A reqwest client for the child server: no proxy, short connect timeout.
pub fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .no_proxy()
        .connect_timeout(Duration::from_secs(5))
        .timeout(Duration::from_secs(30))
        .build()
        .expect("client")
}

/// What a POST came back with.
#[derive(Debug, Clone)]
pub struct Answer {
    pub status: u16,
    pub replayed: bool,
    pub json: Value,
    pub elapsed: Duration,
}

/// `POST /api/consultations` with this key and body.
pub async fn submit(
    client: &reqwest::Client,
    base: &str,
    key: &str,
    body: &[u8],
) -> Result<Answer, reqwest::Error> {
    let started = Instant::now();
    let response = client
        .post(format!("{base}/api/consultations"))
        .header("content-type", "application/json")
        .header("idempotency-key", key)
        .body(body.to_vec())
        .send()
        .await?;
    let status = response.status().as_u16();
    let replayed = response.headers().contains_key("idempotent-replayed");
    let bytes = response.bytes().await?;
    Ok(Answer {
        status,
        replayed,
        json: serde_json::from_slice(&bytes).unwrap_or(Value::Null),
        elapsed: started.elapsed(),
    })
}

/// `atelier-server user add EMAIL` on `data_dir` with `extra` settings (the database's, say), the
/// password on stdin, as the README says.
pub fn add_studio_user(data_dir: &Path, extra: &[(&str, String)], email: &str, password: &str) {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_atelier-server"))
        .current_dir(data_dir.parent().unwrap_or(data_dir))
        .env("ATELIER_DATA_DIR", data_dir)
        .env("ATELIER_STATIC_DIR", data_dir.join("no-dist"))
        .env("RUST_LOG", "error")
        .envs(extra.iter().map(|(k, v)| (*k, v.as_str())))
        .args(["user", "add", email])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn user add");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(format!("{password}\n").as_bytes())
        .expect("password");
    let out = child.wait_with_output().expect("user add");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Signs in through the studio's API at `base`: the session cookie (`name=value`) and the CSRF
/// token its changes need.
pub async fn studio_login(
    client: &reqwest::Client,
    base: &str,
    email: &str,
    password: &str,
) -> (String, String) {
    let login = client
        .post(format!("{base}/api/studio/login"))
        .json(&json!({"email": email, "password": password}))
        .send()
        .await
        .expect("login");
    assert_eq!(login.status().as_u16(), 200, "studio login");
    let cookie = login
        .headers()
        .get("set-cookie")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .expect("a session cookie")
        .to_owned();
    let csrf = login.json::<Value>().await.expect("json")["csrf"]
        .as_str()
        .expect("csrf")
        .to_owned();
    (cookie, csrf)
}

/// Signs the jeweler in and opens bookings: London, 08:00 to 20:00 every day, half-hour video
/// calls, from now on, for 30 days.
pub async fn open_bookings(client: &reqwest::Client, base: &str, email: &str, password: &str) {
    let (cookie, csrf) = studio_login(client, base, email, password).await;
    let availability = json!({
        "time_zone": "Europe/London",
        "weekly": (1..=7)
            .map(|d| json!({"weekday": d, "start": "08:00", "end": "20:00"}))
            .collect::<Vec<_>>(),
        "slot_minutes": 30,
        "buffer_minutes": 0,
        "kinds": ["video"],
        "closed_dates": [],
        "horizon_days": 30,
        "min_notice_hours": 0,
    });
    let put = client
        .put(format!("{base}/api/studio/availability"))
        .header("cookie", cookie)
        .header("x-csrf-token", csrf)
        .json(&availability)
        .send()
        .await
        .expect("availability");
    assert_eq!(put.status().as_u16(), 200, "{:?}", put.text().await);
}
