//! The whole stack of `deploy/nginx.conf`: three `atelier-server` processes behind nginx, on one
//! PostgreSQL database (a throwaway cluster), sharing one data folder (the link key) and one
//! files folder, sending through one SMTP server (a sink that keeps every message). A visitor's
//! brief reaches the jeweler's email once; `kill -9` of one process while briefs are being sent
//! loses no acknowledged brief, and an email is sent twice only where the killed process had
//! written it and not yet recorded it (the lease case, README "PostgreSQL, and several
//! processes"); a studio session opened through nginx works on every process; and the servers'
//! rate limits count each visitor, not the proxy.
//!
//! nginx runs the shipped configuration (`atelier_testbed::Nginx`), the shared limit on sending
//! briefs raised: the visitors of these tests are all on this machine.

mod common;
mod robust_support;

use atelier_testbed::{Nginx, SendingLimit};
use common::pg_support::Cluster;
use robust_support::{
    add_studio_user, body, client, poll, studio_login, submit, ServerProcess, SmtpSink, UP,
};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// nginx's own limit on sending, lifted: the servers' limits are what these tests count on.
const LIFTED: SendingLimit = SendingLimit {
    per_minute: 100_000,
    burst: 1_000,
};

/// `deploy/nginx.conf` as shipped.
fn shipped_nginx_conf() -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../deploy/nginx.conf"))
        .expect("deploy/nginx.conf")
}

/// The settings every process shares: the database, the files folder, the SMTP server, nginx as
/// the trusted proxy, and a short delivery timeout so a lease a killed process left runs out
/// within the test.
fn shared(url: &str, files: &Path, smtp: u16) -> Vec<(&'static str, String)> {
    vec![
        ("ATELIER_DATABASE_URL", url.to_owned()),
        ("ATELIER_FILES_URL", files.display().to_string()),
        ("ATELIER_SMTP_URL", format!("smtp://127.0.0.1:{smtp}")),
        ("ATELIER_TRUSTED_PROXIES", "127.0.0.1".to_owned()),
        ("ATELIER_DELIVERY_TIMEOUT_SECS", "2".to_owned()),
    ]
}

/// Every message the SMTP sink took, kept as it arrives.
fn keep(mut sink: SmtpSink) -> Arc<Mutex<Vec<String>>> {
    let kept = Arc::new(Mutex::new(Vec::new()));
    let into = kept.clone();
    tokio::spawn(async move {
        while let Some(message) = sink.messages.recv().await {
            into.lock().expect("lock").push(message);
        }
    });
    kept
}

/// The jeweler's emails sent so far, counted by the brief reference each is about.
fn jeweler_emails(sent: &Mutex<Vec<String>>) -> BTreeMap<String, usize> {
    let mut by_reference = BTreeMap::new();
    for text in sent.lock().expect("lock").iter() {
        let to_jeweler = text
            .lines()
            .any(|l| l.starts_with("To:") && l.contains("jeweler@maison.example"));
        if !to_jeweler {
            continue;
        }
        if let Some(at) = text.find("AT-") {
            let reference = text[at..].chars().take(8).collect::<String>();
            *by_reference.entry(reference).or_insert(0) += 1;
        }
    }
    by_reference
}

/// A brief sent through nginx as a browser sends it: the same key again after a failure, until
/// it is acknowledged (or `tries` run out); the reference it was acknowledged with.
async fn send(client: &reqwest::Client, base: &str, key: &str, tries: usize) -> Option<String> {
    let body = serde_json::to_vec(&body(key, 1, 200)).expect("body");
    for _ in 0..tries {
        match submit(client, base, key, &body).await {
            Ok(answer) if answer.status == 201 => {
                return answer.json["reference"].as_str().map(str::to_owned);
            }
            _ => tokio::time::sleep(Duration::from_millis(200)).await,
        }
    }
    None
}

/// The whole stack, torn down when dropped (nginx first, then the servers, then the cluster).
struct Stack {
    nginx: Nginx,
    servers: Vec<ServerProcess>,
    /// What the SMTP server was sent.
    sent: Arc<Mutex<Vec<String>>>,
    /// Every process's settings, for the command line.
    settings: Vec<(&'static str, String)>,
    root: tempfile::TempDir,
    cluster: Cluster,
}

impl Stack {
    /// A cluster, three servers on it with `extra` settings, and nginx in front of them; `None`
    /// in the PostgreSQL pass (see [`Cluster::for_first_pass`]).
    async fn start(extra: &[(&'static str, String)]) -> Option<Self> {
        let cluster = Cluster::for_first_pass()?;
        drop(cluster.database("stack").await);
        let url = format!(
            "postgres://{}@127.0.0.1:{}/stack",
            common::pg_support::ROLE,
            cluster.port()
        );
        let root = tempfile::tempdir().expect("temp");
        let (sink, smtp) = SmtpSink::start(0, UP).await;
        let mut settings = shared(&url, &root.path().join("files"), smtp);
        settings.extend_from_slice(extra);
        let data = root.path().join("data");
        let servers: Vec<ServerProcess> = (0..3)
            .map(|_| ServerProcess::start(&data, &settings))
            .collect();
        let urls: Vec<String> = servers.iter().map(|s| s.url.clone()).collect();
        Some(Self {
            nginx: Nginx::start(&shipped_nginx_conf(), &urls, LIFTED).expect("nginx"),
            servers,
            sent: keep(sink),
            settings,
            root,
            cluster,
        })
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn three_processes_behind_nginx_on_one_postgresql() {
    let Some(Stack {
        nginx,
        mut servers,
        sent,
        settings,
        root,
        cluster,
    }) = Stack::start(&[]).await
    else {
        return;
    };
    let data = root.path().join("data");
    let http = client();

    // 1. One brief through nginx: one email to the jeweler, and no second one later.
    let first = send(&http, &nginx.url, "stack-first", 3)
        .await
        .expect("acknowledged");
    poll(Duration::from_secs(30), "the jeweler's email", || async {
        jeweler_emails(&sent).contains_key(&first).then_some(())
    })
    .await;
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert_eq!(jeweler_emails(&sent).get(&first), Some(&1));

    // 2. Briefs from six visitors at once; one process is killed while they are sent.
    let acknowledged = Arc::new(Mutex::new(BTreeSet::new()));
    let mut visitors = Vec::new();
    for visitor in 0..6 {
        let (http, base, acknowledged) = (http.clone(), nginx.url.clone(), acknowledged.clone());
        visitors.push(tokio::spawn(async move {
            for n in 0..10 {
                let key = format!("stack-{visitor}-{n}");
                if let Some(reference) = send(&http, &base, &key, 20).await {
                    acknowledged.lock().expect("lock").insert(reference);
                }
            }
        }));
    }
    poll(Duration::from_secs(60), "briefs under way", || async {
        (acknowledged.lock().expect("lock").len() >= 15).then_some(())
    })
    .await;
    servers.remove(1).kill9();
    for visitor in visitors {
        visitor.await.expect("visitor");
    }
    let acknowledged = acknowledged.lock().expect("lock").clone();
    assert_eq!(
        acknowledged.len(),
        60,
        "every brief was acknowledged in the end"
    );

    // Every acknowledged brief is stored, and reaches the jeweler (a lease the killed process
    // held runs out after the 2 s timeout and 5 s, then another process sends it).
    let pool = sqlx::postgres::PgPoolOptions::new()
        .max_connections(2)
        .connect_with(cluster.options("stack"))
        .await
        .expect("the database");
    let stored: BTreeSet<String> =
        sqlx::query_scalar::<_, String>("SELECT reference FROM consultations")
            .fetch_all(&pool)
            .await
            .expect("stored references")
            .into_iter()
            .collect();
    let missing: Vec<_> = acknowledged.difference(&stored).collect();
    assert!(
        missing.is_empty(),
        "acknowledged but not stored: {missing:?}"
    );
    poll(
        Duration::from_secs(90),
        "every delivery recorded as sent",
        || async {
            let pending: i64 =
                sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE state <> 'sent'")
                    .fetch_one(&pool)
                    .await
                    .expect("outbox");
            (pending == 0).then_some(())
        },
    )
    .await;
    let emails = jeweler_emails(&sent);
    let unsent: Vec<_> = acknowledged
        .iter()
        .filter(|r| !emails.contains_key(*r))
        .collect();
    assert!(unsent.is_empty(), "no email to the jeweler for {unsent:?}");
    let sent_twice: Vec<(&String, &usize)> = emails.iter().filter(|(_, n)| **n > 1).collect();
    // Only what the killed process had claimed could be sent again: at most one batch of its
    // mail lane, each once more.
    assert!(
        sent_twice.len() <= 20 && sent_twice.iter().all(|(_, n)| **n == 2),
        "sent twice beyond the lease case: {sent_twice:?}"
    );
    eprintln!(
        "stack: {} briefs acknowledged, all stored and sent; {} sent twice (the lease case)",
        acknowledged.len(),
        sent_twice.len()
    );

    // 3. A jeweler signs in through nginx; the session works on every process that is left.
    let (email, password) = ("ada@maison.example", "correct horse battery staple");
    add_studio_user(&data, &settings, email, password);
    let (cookie, _) = studio_login(&http, &nginx.url, email, password).await;
    for server in &servers {
        let inbox = http
            .get(format!("{}/api/studio/briefs?limit=5", server.url))
            .header("cookie", &cookie)
            .send()
            .await
            .expect("inbox");
        assert_eq!(inbox.status(), 200, "the session on {}", server.url);
    }
    drop(nginx);
    drop(servers);
}

/// Rate limits count each visitor, not the proxy: every request reaches the servers from nginx's
/// address, and the servers believe its `X-Forwarded-For` (`trusted_proxies`). Two visitors on
/// addresses of their own (loopback has all of 127.0.0.0/8): one sends until every process has
/// refused it; the other's first brief is still taken.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn rate_limits_see_each_visitor_through_nginx() {
    // Two briefs a visitor per process, hardly refilled within the test.
    let Some(stack) = Stack::start(&[
        ("ATELIER_RATE_LIMIT_PER_MINUTE", "1".to_owned()),
        ("ATELIER_RATE_LIMIT_BURST", "2".to_owned()),
    ])
    .await
    else {
        return;
    };
    let from = |last: u8| {
        reqwest::Client::builder()
            .no_proxy()
            .local_address(std::net::IpAddr::from([127, 0, 0, last]))
            .timeout(Duration::from_secs(30))
            .build()
            .expect("client")
    };
    let (eager, other) = (from(2), from(3));
    let mut statuses = Vec::new();
    for n in 0..7 {
        let key = format!("eager-{n}");
        let body = serde_json::to_vec(&body(&key, 0, 0)).expect("body");
        let answer = submit(&eager, &stack.nginx.url, &key, &body)
            .await
            .expect("an answer");
        statuses.push(answer.status);
    }
    // Three processes let it send two each at most.
    assert!(
        statuses.contains(&429),
        "the eager visitor is limited: {statuses:?}"
    );
    assert!(
        statuses.iter().all(|s| *s == 201 || *s == 429),
        "{statuses:?}"
    );
    let body = serde_json::to_vec(&body("other", 0, 0)).expect("body");
    let answer = submit(&other, &stack.nginx.url, "other", &body)
        .await
        .expect("an answer");
    assert_eq!(
        answer.status, 201,
        "another visitor is not limited by the first: {}",
        answer.json
    );
}

/// nginx's own limits, as shipped: a visitor who sends briefs too fast, or tries too many
/// sign-ins, is refused by nginx the way the servers refuse (429, JSON `rate_limited`,
/// `Retry-After`), so an API client reads one answer whoever gave it; another visitor is not.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn nginx_refuses_past_its_shipped_limits_as_the_servers_do() {
    if common::pg_support::skip_on_postgres("the server runs on SQLite here in either pass") {
        return;
    }
    let root = tempfile::tempdir().expect("temp dir");
    let server = ServerProcess::start(
        &root.path().join("data"),
        &[("ATELIER_TRUSTED_PROXIES", "127.0.0.1".to_owned())],
    );
    let shipped = SendingLimit {
        per_minute: 10,
        burst: 5,
    };
    let nginx = Nginx::start(
        &shipped_nginx_conf(),
        std::slice::from_ref(&server.url),
        shipped,
    )
    .expect("nginx");
    let http = client();
    let body = serde_json::to_vec(&body("limits", 1, 200)).expect("body");
    let mut statuses = Vec::new();
    let mut refusal = None;
    for n in 0..8 {
        let response = http
            .post(format!("{}/api/consultations", nginx.url))
            .header("content-type", "application/json")
            .header("idempotency-key", format!("limits-{n}"))
            .body(body.clone())
            .send()
            .await
            .expect("answer");
        statuses.push(response.status().as_u16());
        if response.status() == 429 && refusal.is_none() {
            let retry_after = response.headers().get("retry-after").cloned();
            let kind = response.headers().get("content-type").cloned();
            let json: serde_json::Value = response.json().await.expect("JSON");
            refusal = Some((retry_after, kind, json));
        }
    }
    // The burst of 5 and the one token there is at the start.
    assert_eq!(statuses[..6], [201; 6], "{statuses:?}");
    assert_eq!(statuses[6..], [429; 2], "{statuses:?}");
    let (retry_after, kind, json) = refusal.expect("a refusal");
    assert_eq!(
        retry_after.as_ref().map(|v| v.to_str().ok()),
        Some(Some("6"))
    );
    assert_eq!(
        kind.as_ref().map(|v| v.to_str().ok()),
        Some(Some("application/json"))
    );
    assert_eq!(json["error"]["code"], "rate_limited");
    // Another visitor's address is not refused.
    let other = reqwest::Client::builder()
        .local_address(std::net::IpAddr::from([127, 0, 0, 2]))
        .build()
        .expect("client");
    let answer = submit(&other, &nginx.url, "limits-other", &body)
        .await
        .expect("answer");
    assert_eq!(answer.status, 201);

    // Sign-ins: the burst of 10 and the token there is at the start reach the server (a wrong
    // password's 401, then the server's own refusal, which waits longer); the twelfth is nginx's.
    let mut sign_ins = Vec::new();
    for _ in 0..12 {
        let response = http
            .post(format!("{}/api/studio/login", nginx.url))
            .header("content-type", "application/json")
            .body(r#"{"email":"nobody@maison.example","password":"not the password"}"#)
            .send()
            .await
            .expect("answer");
        let retry_after = response.headers().get("retry-after").cloned();
        sign_ins.push((response.status().as_u16(), retry_after));
    }
    assert_eq!(sign_ins[0].0, 401, "{sign_ins:?}");
    let six = |r: &Option<reqwest::header::HeaderValue>| {
        r.as_ref().and_then(|v| v.to_str().ok()) == Some("6")
    };
    assert!(!sign_ins[..11].iter().any(|(_, r)| six(r)), "{sign_ins:?}");
    let (status, retry_after) = &sign_ins[11];
    assert_eq!(*status, 429, "{sign_ins:?}");
    assert_eq!(
        retry_after.as_ref().map(|v| v.to_str().ok()),
        Some(Some("6"))
    );
}
