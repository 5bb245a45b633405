//! Studio sign-in under attack, against the real `atelier-server` binary.
//!
//! * `a_burst_of_wrong_sign_ins_keeps_memory_bounded`: 100 concurrent wrong sign-ins, each from its
//!   own loopback address (so no limit stops them and every one is verified), keep resident memory
//!   under 100 MB while they run and after.
//! * `concurrent_guesses_are_held_to_the_documented_limit`: 39 concurrent wrong passwords for one
//!   account from 39 forwarded addresses through a trusted proxy: exactly 5 are verified, and the
//!   right password sent while they run is refused too.
//! * `a_device_that_signed_in_before_keeps_access_under_attack`: while the account is locked for
//!   strangers, the browser that signed in before (its signed device cookie) still gets in; a
//!   tampered device cookie does not.
//! * `forwarded_addresses_are_believed_only_from_trusted_proxies`: both the sign-in and the brief
//!   limits key on the forwarded client behind a listed proxy, and on the TCP peer otherwise.
//! * `huge_emails_do_not_grow_memory`: 2,000 failed sign-ins with 60 KB emails from 2,000
//!   addresses leave resident memory where it was.
//! * `setup_with_a_wrong_token_does_not_hash`: through the app in this process, counting hashes.
//!
//! Requests go over raw TCP from a chosen loopback source address (all of 127.0.0.0/8 is local on
//! Linux), so the server sees as many distinct peers as a test needs. `-- --nocapture` prints the
//! memory figures.

mod common;
mod robust_support;

use robust_support::*;
use serde_json::{json, Value};
use std::net::{IpAddr, SocketAddr};
use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

const EMAIL: &str = "maker@maison.example";
const PASSWORD: &str = "a long bench password";
/// The bound every memory check holds the server to.
const RSS_LIMIT_KIB: u64 = 100 * 1024;

/// One answer read off the wire.
#[derive(Debug, Clone)]
struct Reply {
    status: u16,
    headers: Vec<(String, String)>,
    body: String,
}

impl Reply {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// `name=value` of the Set-Cookie whose name ends with `suffix`.
    fn cookie(&self, suffix: &str) -> Option<String> {
        self.headers
            .iter()
            .filter(|(k, _)| k.eq_ignore_ascii_case("set-cookie"))
            .filter_map(|(_, v)| v.split(';').next())
            .find(|pair| {
                pair.split_once('=')
                    .is_some_and(|(name, value)| name.ends_with(suffix) && !value.is_empty())
            })
            .map(str::to_owned)
    }

    fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or(Value::Null)
    }
}

/// `POST path` with a JSON body from the loopback address `from`, with extra header lines.
async fn post(
    server: SocketAddr,
    from: IpAddr,
    path: &str,
    extra: &[(&str, String)],
    body: &[u8],
) -> Reply {
    let socket = tokio::net::TcpSocket::new_v4().expect("socket");
    socket
        .bind(SocketAddr::new(from, 0))
        .expect("bind the source address");
    let mut stream = socket.connect(server).await.expect("connect");
    let mut head = format!(
        "POST {path} HTTP/1.1\r\nHost: {server}\r\nContent-Type: application/json\r\n\
         Content-Length: {}\r\nConnection: close\r\n",
        body.len()
    );
    for (name, value) in extra {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes()).await.expect("send head");
    stream.write_all(body).await.expect("send body");
    let mut raw = Vec::new();
    tokio::time::timeout(Duration::from_secs(120), stream.read_to_end(&mut raw))
        .await
        .expect("an answer within 120 s")
        .expect("read");
    let text = String::from_utf8_lossy(&raw);
    let (head, body) = text.split_once("\r\n\r\n").expect("a complete answer");
    let mut lines = head.lines();
    let status = lines
        .next()
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|s| s.parse().ok())
        .expect("status line");
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_owned(), v.trim().to_owned()))
        .collect();
    Reply {
        status,
        headers,
        body: body.to_owned(),
    }
}

/// A sign-in from `from`, with extra header lines (forwarded-for, cookies).
async fn login(
    server: SocketAddr,
    from: IpAddr,
    email: &str,
    password: &str,
    extra: &[(&str, String)],
) -> Reply {
    let body = json!({"email": email, "password": password}).to_string();
    post(server, from, "/api/studio/login", extra, body.as_bytes()).await
}

/// The `n`th loopback address past 127.0.1.0 (127.0.1.1, … 127.0.8.208 for n = 2,000).
fn loopback(n: u32) -> IpAddr {
    let n = n + 256 + 1;
    IpAddr::from([127, 0, (n >> 8) as u8, n as u8])
}

const PROXY: [u8; 4] = [127, 0, 0, 1];

fn forwarded(client: &str) -> (&'static str, String) {
    ("X-Forwarded-For", client.to_owned())
}

fn address(server: &ServerProcess) -> SocketAddr {
    server
        .url
        .trim_start_matches("http://")
        .parse()
        .expect("server address")
}

/// A data folder with one studio account, made the way a jeweler does: `atelier-server user add`.
fn data_with_account(dir: &Path) -> std::path::PathBuf {
    let data = dir.join("data");
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_atelier-server"))
        .current_dir(dir)
        .args(["user", "add", EMAIL])
        .env("ATELIER_DATA_DIR", &data)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("user add");
    {
        use std::io::Write;
        let mut stdin = child.stdin.take().expect("stdin");
        writeln!(stdin, "{PASSWORD}").expect("password");
    }
    let out = child.wait_with_output().expect("user add ran");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    data
}

/// Samples the server's resident memory every 10 ms until stopped; the highest sample.
fn sample_peak(server: &ServerProcess) -> (Arc<AtomicBool>, tokio::task::JoinHandle<u64>) {
    let stop = Arc::new(AtomicBool::new(false));
    let pid = server.pid();
    let flag = stop.clone();
    let task = tokio::spawn(async move {
        let mut peak = 0;
        let mut tick = tokio::time::interval(Duration::from_millis(10));
        while !flag.load(Ordering::Relaxed) {
            tick.tick().await;
            peak = peak.max(rss_of(pid).unwrap_or(0));
        }
        peak
    });
    (stop, task)
}

fn rss_of(pid: u32) -> Option<u64> {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()?
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.split_whitespace().next())
        .and_then(|v| v.parse().ok())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_burst_of_wrong_sign_ins_keeps_memory_bounded() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = data_with_account(dir.path());
    let server = ServerProcess::start(&data, &[]);
    let at = address(&server);
    let before = server.rss_kib().expect("rss");
    let (stop, peak) = sample_peak(&server);
    let guesses: Vec<_> = (0..100u32)
        .map(|i| {
            tokio::spawn(async move {
                let email = if i % 2 == 0 {
                    EMAIL.to_owned()
                } else {
                    format!("guess{i}@maison.example")
                };
                // Each guess for the real account comes from its own address, and only 50 of them,
                // so the per-email limit is what stops most; unknown emails are all verified.
                login(at, loopback(i), &email, "not the password at all", &[])
                    .await
                    .status
            })
        })
        .collect();
    let mut statuses = Vec::new();
    for guess in guesses {
        statuses.push(guess.await.expect("guess"));
    }
    stop.store(true, Ordering::Relaxed);
    let peak = peak.await.expect("sampler");
    let after = server.rss_kib().expect("rss");
    let verified = statuses.iter().filter(|s| **s == 401).count();
    eprintln!(
        "100 concurrent wrong sign-ins: RSS {before} KiB before, peak {peak} KiB, {after} KiB after; \
         {verified} verified"
    );
    assert!(
        statuses.iter().all(|s| *s == 401 || *s == 429),
        "{statuses:?}"
    );
    assert!(
        verified >= 50,
        "the unknown emails are all verified: {verified}"
    );
    assert!(peak < RSS_LIMIT_KIB, "peak {peak} KiB");
    assert!(after < RSS_LIMIT_KIB, "after {after} KiB");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_guesses_are_held_to_the_documented_limit() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = data_with_account(dir.path());
    let server = ServerProcess::start(
        &data,
        &[("ATELIER_TRUSTED_PROXIES", "127.0.0.1".to_owned())],
    );
    let at = address(&server);
    let proxy = IpAddr::from(PROXY);
    let answered = Arc::new(AtomicU64::new(0));
    let guesses: Vec<_> = (1..=39u32)
        .map(|i| {
            let answered = answered.clone();
            tokio::spawn(async move {
                let client = format!("203.0.113.{i}");
                let r = login(
                    at,
                    proxy,
                    EMAIL,
                    &format!("guess number {i}"),
                    &[forwarded(&client)],
                )
                .await;
                answered.fetch_add(1, Ordering::SeqCst);
                r
            })
        })
        .collect();
    // The right password goes in while the last guesses may still be verifying: 34 answers mean
    // the five attempts the account allows are taken.
    poll(Duration::from_secs(120), "34 answers", || {
        let n = answered.load(Ordering::SeqCst);
        async move { (n >= 34).then_some(()) }
    })
    .await;
    let right = login(at, proxy, EMAIL, PASSWORD, &[forwarded("198.51.100.40")]).await;
    let mut statuses = Vec::new();
    for guess in guesses {
        statuses.push(guess.await.expect("guess").status);
    }
    let verified = statuses.iter().filter(|s| **s == 401).count();
    let refused = statuses.iter().filter(|s| **s == 429).count();
    eprintln!(
        "39 concurrent guesses: {verified} verified, {refused} refused; the right password: {}",
        right.status
    );
    assert_eq!(verified, 5, "per email 5 at once: {statuses:?}");
    assert_eq!(refused, 34, "{statuses:?}");
    assert_eq!(
        right.status, 429,
        "the 40th is refused even with the right password: {}",
        right.body
    );
    assert!(right
        .header("retry-after")
        .is_some_and(|s| s.parse::<u64>().is_ok_and(|s| (1..=30).contains(&s))));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_device_that_signed_in_before_keeps_access_under_attack() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = data_with_account(dir.path());
    let server = ServerProcess::start(
        &data,
        &[("ATELIER_TRUSTED_PROXIES", "127.0.0.1".to_owned())],
    );
    let at = address(&server);
    let proxy = IpAddr::from(PROXY);
    // The jeweler's browser signs in once and keeps its device cookie.
    let first = login(at, proxy, EMAIL, PASSWORD, &[forwarded("198.51.100.7")]).await;
    assert_eq!(first.status, 200, "{}", first.body);
    let device = first
        .cookie("atelier-device")
        .expect("a device cookie on sign-in");
    // Strangers guess until the account is locked for strangers.
    for i in 1..=5 {
        let r = login(
            at,
            proxy,
            EMAIL,
            "guess guess",
            &[forwarded(&format!("203.0.113.{i}"))],
        )
        .await;
        assert_eq!(r.status, 401, "guess {i}");
    }
    let stranger = login(at, proxy, EMAIL, PASSWORD, &[forwarded("203.0.113.99")]).await;
    assert_eq!(
        stranger.status, 429,
        "the right password from a new browser waits"
    );
    // A tampered device cookie is a stranger's.
    let (name, value) = device.split_once('=').expect("pair");
    let mut forged = value.to_owned();
    let last = forged.pop().expect("non-empty");
    forged.push(if last == 'A' { 'B' } else { 'A' });
    let r = login(
        at,
        proxy,
        EMAIL,
        PASSWORD,
        &[
            forwarded("198.51.100.8"),
            ("Cookie", format!("{name}={forged}")),
        ],
    )
    .await;
    assert_eq!(r.status, 429, "a forged device cookie earns nothing");
    // The browser that signed in before gets in, from its usual address or another.
    let again = login(
        at,
        proxy,
        EMAIL,
        PASSWORD,
        &[forwarded("198.51.100.9"), ("Cookie", device.clone())],
    )
    .await;
    assert_eq!(again.status, 200, "{}", again.body);
    assert_eq!(again.json()["user"]["email"], EMAIL);
    assert!(again.cookie("atelier-studio").is_some(), "a session");
    // The device cookie is the account's: it earns nothing for another email.
    let other = login(
        at,
        proxy,
        "nobody@maison.example",
        "guess",
        &[forwarded("198.51.100.9"), ("Cookie", device)],
    )
    .await;
    assert_eq!(other.status, 401);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn forwarded_addresses_are_believed_only_from_trusted_proxies() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("data");
    let server = ServerProcess::start(
        &data,
        &[
            (
                "ATELIER_TRUSTED_PROXIES",
                "127.0.0.1, 10.0.0.0/8".to_owned(),
            ),
            ("ATELIER_RATE_LIMIT_BURST", "1".to_owned()),
            ("ATELIER_RATE_LIMIT_PER_MINUTE", "1".to_owned()),
        ],
    );
    let at = address(&server);
    let proxy = IpAddr::from(PROXY);
    let untrusted = IpAddr::from([127, 0, 0, 2]);
    // Behind the proxy every visitor has their own sign-in limit (10 failures per address): 12
    // failures from 12 visitors are all checked.
    for i in 1..=12 {
        let r = login(
            at,
            proxy,
            &format!("guess{i}@maison.example"),
            "guess",
            &[forwarded(&format!("192.0.2.{i}, 10.1.2.3"))],
        )
        .await;
        assert_eq!(r.status, 401, "visitor {i} behind the proxy: {}", r.body);
    }
    // An address that is not a listed proxy is limited by its own address, whatever it claims.
    for i in 1..=10 {
        let r = login(
            at,
            untrusted,
            &format!("other{i}@maison.example"),
            "guess",
            &[forwarded(&format!("192.0.2.{}", 100 + i))],
        )
        .await;
        assert_eq!(r.status, 401, "failure {i} from the untrusted peer");
    }
    let r = login(
        at,
        untrusted,
        "other11@maison.example",
        "guess",
        &[forwarded("192.0.2.200")],
    )
    .await;
    assert_eq!(r.status, 429, "the forged header changed nothing");

    // Briefs: one at once per visitor (burst 1). Two visitors behind the proxy each get theirs.
    let brief = |tag: &str| body(tag, 0, 0).to_string().into_bytes();
    let send = |from: IpAddr, client: &str, key: &str| {
        let extra = vec![forwarded(client), ("Idempotency-Key", key.to_owned())];
        let b = brief(key);
        async move {
            post(at, from, "/api/consultations", &extra, &b)
                .await
                .status
        }
    };
    assert_eq!(send(proxy, "192.0.2.1", "k-a1").await, 201);
    assert_eq!(
        send(proxy, "192.0.2.2", "k-b1").await,
        201,
        "another visitor behind the proxy"
    );
    assert_eq!(
        send(proxy, "192.0.2.1", "k-a2").await,
        429,
        "the first visitor's second brief waits"
    );
    let spoofer = IpAddr::from([127, 0, 0, 3]);
    assert_eq!(send(spoofer, "192.0.2.3", "k-c1").await, 201);
    assert_eq!(
        send(spoofer, "192.0.2.4", "k-c2").await,
        429,
        "the untrusted peer's header is ignored"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn huge_emails_do_not_grow_memory() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("data");
    let server = ServerProcess::start(&data, &[]);
    let at = address(&server);
    // One ordinary failure first, so the hashing memory is counted in the baseline.
    let r = login(at, loopback(0), "first@maison.example", "guess", &[]).await;
    assert_eq!(r.status, 401);
    let before = server.rss_kib().expect("rss");
    let next = Arc::new(AtomicU64::new(1));
    let workers: Vec<_> = (0..8)
        .map(|_| {
            let next = next.clone();
            tokio::spawn(async move {
                let mut statuses = Vec::new();
                loop {
                    let i = next.fetch_add(1, Ordering::SeqCst);
                    if i > 2_000 {
                        return statuses;
                    }
                    let email = format!("{}{i}@maison.example", "x".repeat(60_000));
                    statuses.push(
                        login(at, loopback(i as u32), &email, "guess", &[])
                            .await
                            .status,
                    );
                }
            })
        })
        .collect();
    let mut statuses = Vec::new();
    for w in workers {
        statuses.extend(w.await.expect("worker"));
    }
    let after = server.rss_kib().expect("rss");
    eprintln!("2,000 sign-ins with 60 KB emails: RSS {before} KiB before, {after} KiB after");
    assert_eq!(statuses.len(), 2_000);
    assert!(
        statuses.iter().all(|s| *s == 422),
        "refused as too long: {:?}",
        &statuses[..10]
    );
    assert!(
        after < before + 16 * 1024,
        "grew from {before} KiB to {after} KiB"
    );
}

#[tokio::test]
async fn setup_with_a_wrong_token_does_not_hash() {
    use atelier_server::studio::{accounts, password};
    use axum::body::Body;
    use axum::http::{header, Request};
    let f = common::fixture().await;
    let token = accounts::issue_setup_token(&f.state.db, atelier_server::clock::now_unix())
        .await
        .expect("db")
        .expect("no account yet");
    let setup = |token: String, peer: u8| {
        let state = f.state.clone();
        async move {
            let body =
                json!({"token": token, "email": "owner@maison.example", "password": PASSWORD});
            let request = Request::post("/api/studio/setup")
                .header(header::CONTENT_TYPE, "application/json")
                .body(Body::from(body.to_string()))
                .expect("request");
            common::send(&state, request, [10, 0, 0, peer]).await.status
        }
    };
    let hashed = password::hashes_computed();
    for peer in 1..=8 {
        assert_eq!(setup(format!("wrong-token-{peer}"), peer).await, 403);
    }
    assert_eq!(
        password::hashes_computed(),
        hashed,
        "no wrong token reached the hash"
    );
    assert_eq!(setup(token, 9).await, 201);
    assert_eq!(
        password::hashes_computed(),
        hashed + 1,
        "the right one hashed once"
    );
}
