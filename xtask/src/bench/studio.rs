//! Studio inbox benchmark: 100,000 briefs in the database, the inbox pages timed through the studio
//! API with a real session (setup link → account → cookie), as the jeweler's browser asks for them.
//!
//! One brief is submitted through the API (so its row, files and search entry are what the server
//! writes); the rest are copies of it inserted in one transaction (with the sqlite3 tool, or psql
//! on PostgreSQL), each with its own reference, name, email, time, status and one small snapshot
//! (so each inbox row has a thumbnail, as real ones do). SQLite's FTS5 search index fills through
//! the migration's triggers, PostgreSQL's trigram index keeps itself.

use super::server::{http, sqlite, Server};
use crate::cmd::{self, Failure, Result};
use atelier_testbed::Cluster;
use std::path::Path;
use std::time::{Duration, Instant};

/// How many briefs the inbox holds.
pub const BRIEFS: u64 = 100_000;
/// Timed requests per page (after one untimed).
const SAMPLES: usize = 15;

/// One inbox request, timed.
#[derive(Debug, Clone)]
pub struct PageTiming {
    pub label: String,
    pub path: String,
    pub median_ms: f64,
    pub max_ms: f64,
    pub body_bytes: usize,
}

/// What the studio benchmark measured.
#[derive(Debug, Clone)]
pub struct InboxFigures {
    pub briefs: u64,
    pub seed_seconds: f64,
    pub pages: Vec<PageTiming>,
}

/// Which database the studio's server runs on; the benchmark reaches it with the engine's own
/// command-line tool.
#[derive(Clone, Copy)]
pub enum Engine<'a> {
    /// The default: `data/atelier.db`.
    Sqlite,
    /// The database [`PG_DATABASE`] on this cluster, made for the run.
    Postgres(&'a Cluster),
}

/// The studio benchmark's database on PostgreSQL.
const PG_DATABASE: &str = "studio";

impl Engine<'_> {
    /// One value (or nothing) that `sql` reads from the server's database.
    fn query(self, server: &Server, sql: &str) -> Option<String> {
        match self {
            Engine::Sqlite => sqlite(&server.database(), sql),
            Engine::Postgres(cluster) => cluster
                .psql(PG_DATABASE, sql)
                .ok()
                .map(|s| s.trim().to_owned()),
        }
    }

    /// Adds `count` copies of the first brief.
    fn seed(self, server: &Server, count: u64) -> Result {
        match self {
            Engine::Sqlite => seed(&server.database(), &seed_sql(count)),
            Engine::Postgres(cluster) => cluster
                .psql(PG_DATABASE, &seed_sql_postgres(count))
                .map(drop)
                .map_err(|e| Failure(format!("seeding the inbox with psql failed: {e}"))),
        }
    }
}

/// Seeds the inbox and times its pages.
pub fn run(
    dist: &Path,
    work: &Path,
    body_with_pictures: &Path,
    engine: Engine,
) -> Result<InboxFigures> {
    let (folder, settings) = match engine {
        Engine::Sqlite => ("studio", vec![]),
        Engine::Postgres(cluster) => {
            cluster
                .psql("postgres", &format!("CREATE DATABASE {PG_DATABASE}"))
                .map_err(|e| Failure(e.to_string()))?;
            let url = cluster.url(PG_DATABASE);
            ("studio-postgres", vec![("ATELIER_DATABASE_URL", url)])
        }
    };
    let server = Server::start(dist, &work.join(folder), &settings)?;
    let token = wait_for(|| server.setup_token(), "the studio setup link")?;
    let account = format!(
        r#"{{"token":"{token}","email":"bench@example.com","password":"a bench password, long enough"}}"#
    );
    let json = [("Content-Type", "application/json")];
    let (status, head, _) = http(
        server.authority(),
        "POST",
        "/api/studio/setup",
        &json,
        account.as_bytes(),
    )?;
    if status != 201 {
        return Err(Failure(format!("POST /api/studio/setup answered {status}")));
    }
    let cookie = head
        .lines()
        .find_map(|l| {
            let (name, value) = l.split_once(':')?;
            name.eq_ignore_ascii_case("set-cookie")
                .then(|| value.split(';').next().unwrap_or("").trim().to_owned())
        })
        .ok_or_else(|| Failure("the studio setup set no session cookie".into()))?;

    let body = std::fs::read(body_with_pictures)
        .map_err(|e| Failure(format!("cannot read {}: {e}", body_with_pictures.display())))?;
    let (status, _, _) = http(
        server.authority(),
        "POST",
        "/api/consultations",
        &[
            ("Content-Type", "application/json"),
            ("Idempotency-Key", "bench-studio-first"),
        ],
        &body,
    )?;
    if status != 201 {
        return Err(Failure(format!(
            "POST /api/consultations answered {status}"
        )));
    }

    let started = Instant::now();
    engine.seed(&server, BRIEFS - 1)?;
    let seed_seconds = started.elapsed().as_secs_f64();
    let briefs = engine
        .query(&server, "SELECT count(*) FROM consultations")
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    println!("studio: {briefs} briefs seeded in {seed_seconds:.1} s");

    // The cursor of the row 50,000 deep, as the server writes it: base64url("created_at|id").
    let middle = engine
        .query(
            &server,
            "SELECT created_at || '|' || id FROM consultations \
         ORDER BY created_at DESC, id DESC LIMIT 1 OFFSET 50000",
        )
        .ok_or_else(|| Failure("cannot find the middle of the inbox".into()))?;
    let deep = format!("/api/studio/briefs?cursor={}", base64url(middle.as_bytes()));
    let cookie_header = [("Cookie", cookie.as_str())];
    let mut pages = Vec::new();
    for (label, path) in [
        (
            "first page (25 newest, with counts)",
            "/api/studio/briefs".to_owned(),
        ),
        ("a page 50,000 briefs deep (cursor)", deep),
        (
            "first page of one status (quoted)",
            "/api/studio/briefs?status=quoted".to_owned(),
        ),
        (
            "search, 3+ characters (search index): \"visitor 77\"",
            "/api/studio/briefs?q=visitor%2077".to_owned(),
        ),
        (
            "search with no match (search index): \"nobody\"",
            "/api/studio/briefs?q=nobody".to_owned(),
        ),
        (
            "first page of 100",
            "/api/studio/briefs?limit=100".to_owned(),
        ),
    ] {
        pages.push(time_page(&server, label, &path, &cookie_header)?);
    }
    Ok(InboxFigures {
        briefs,
        seed_seconds,
        pages,
    })
}

fn time_page(
    server: &Server,
    label: &str,
    path: &str,
    headers: &[(&str, &str)],
) -> Result<PageTiming> {
    let mut times = Vec::with_capacity(SAMPLES);
    let mut body_bytes = 0;
    for i in 0..=SAMPLES {
        let started = Instant::now();
        let (status, _, body) = http(server.authority(), "GET", path, headers, &[])?;
        let took = started.elapsed().as_secs_f64() * 1000.0;
        if status != 200 {
            return Err(Failure(format!("GET {path} answered {status}")));
        }
        body_bytes = body.len();
        if i > 0 {
            times.push(took);
        }
    }
    times.sort_by(f64::total_cmp);
    let timing = PageTiming {
        label: label.to_owned(),
        path: path.to_owned(),
        median_ms: times[times.len() / 2],
        max_ms: times[times.len() - 1],
        body_bytes,
    };
    println!(
        "studio: {label}: median {:.1} ms, slowest {:.1} ms",
        timing.median_ms, timing.max_ms
    );
    Ok(timing)
}

/// The reference of copy `i` in SQL both engines read: `AT-` and five characters of the
/// references' alphabet.
fn reference_sql() -> String {
    const ALPHABET: &str = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
    let digit = |k: u32| format!("substr('{ALPHABET}', (i / {}) % 30 + 1, 1)", 30u64.pow(k));
    format!(
        "'AT-' || {} || {} || {} || {} || {}",
        digit(4),
        digit(3),
        digit(2),
        digit(1),
        digit(0)
    )
}

/// The status of copy `i`: half new, the rest spread over the others.
const STATUS_SQL: &str = "CASE i % 10 WHEN 0 THEN 'in_conversation' WHEN 1 THEN 'quoted' \
     WHEN 2 THEN 'won' WHEN 3 THEN 'lost' WHEN 4 THEN 'archived' ELSE 'new' END";

/// PostgreSQL's copies, as [`seed_sql`]'s, then `ANALYZE` (which autovacuum would soon run on a
/// table that grew this much).
fn seed_sql_postgres(count: u64) -> String {
    let reference = reference_sql();
    format!(
        "INSERT INTO consultations
           (reference, created_at, brief, summary, name, email, status, status_changed_at,
            idempotency_key, body_hash, response, shop_id)
         SELECT {reference},
                to_char(to_timestamp(1700000000 - i * 60) AT TIME ZONE 'UTC',
                        'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'),
                c.brief, c.summary, 'Visitor ' || i, 'visitor' || i || '@example.com',
                {STATUS_SQL}, 1700000000 - i * 60, 'bench-seed-' || i, c.body_hash, c.response,
                c.shop_id
         FROM generate_series(1, {count}) AS i,
              (SELECT * FROM consultations ORDER BY id LIMIT 1) AS c
         ON CONFLICT DO NOTHING;
         INSERT INTO consultation_files
           (consultation_id, kind, position, label, mime_type, bytes, shop_id)
         SELECT id, 'snapshot', 0, 'three-quarter', 'image/png',
                decode('89504E470D0A1A0A0000000D49484452', 'hex'), shop_id
         FROM consultations WHERE idempotency_key LIKE 'bench-seed-%';
         ANALYZE;"
    )
}

/// Copies of the one stored brief, `count` of them, spread one a minute back from 2023-11-14.
fn seed_sql(count: u64) -> String {
    let reference = reference_sql();
    format!(
        "PRAGMA busy_timeout = 30000;
         BEGIN IMMEDIATE;
         WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {count})
         INSERT OR IGNORE INTO consultations
           (reference, created_at, brief, summary, name, email, status, status_changed_at,
            idempotency_key, body_hash, response)
         SELECT {reference},
                strftime('%Y-%m-%dT%H:%M:%SZ', 1700000000 - i * 60, 'unixepoch'),
                c.brief, c.summary, 'Visitor ' || i, 'visitor' || i || '@example.com',
                {STATUS_SQL}, 1700000000 - i * 60, 'bench-seed-' || i, c.body_hash, c.response
         FROM n, (SELECT * FROM consultations ORDER BY id LIMIT 1) AS c;
         INSERT INTO consultation_files (consultation_id, kind, position, label, mime_type, bytes)
         SELECT id, 'snapshot', 0, 'three-quarter', 'image/png', x'89504E470D0A1A0A0000000D49484452'
         FROM consultations WHERE idempotency_key LIKE 'bench-seed-%';
         COMMIT;
         SELECT 'seeded';"
    )
}

/// Runs the seeding SQL with the sqlite3 tool; its own error message if it fails. `BEGIN
/// IMMEDIATE` takes the write lock up front, so the server's outbox worker writing at the same time
/// makes it wait (busy_timeout) instead of failing.
fn seed(database: &Path, sql: &str) -> Result {
    let out = cmd::command("sqlite3", &[&database.to_string_lossy(), sql])
        .output()
        .map_err(|e| Failure(format!("cannot run sqlite3: {e}")))?;
    if out.status.success() {
        Ok(())
    } else {
        Err(Failure(format!(
            "seeding the inbox with sqlite3 failed: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        )))
    }
}

fn wait_for<T>(mut probe: impl FnMut() -> Option<T>, what: &str) -> Result<T> {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        if let Some(value) = probe() {
            return Ok(value);
        }
        if Instant::now() > deadline {
            return Err(Failure(format!("the server never printed {what}")));
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// URL-safe base64 without padding (what the server's cursors use).
fn base64url(bytes: &[u8]) -> String {
    const TABLE: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for k in 0..=chunk.len() {
            out.push(char::from(TABLE[(n >> (18 - 6 * k) & 63) as usize]));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64url_matches_the_standard() {
        assert_eq!(base64url(b""), "");
        assert_eq!(base64url(b"f"), "Zg");
        assert_eq!(base64url(b"fo"), "Zm8");
        assert_eq!(base64url(b"foo"), "Zm9v");
        assert_eq!(
            base64url(b"2026-05-01T12:00:00Z|42"),
            "MjAyNi0wNS0wMVQxMjowMDowMFp8NDI"
        );
        assert_eq!(base64url(&[0xfb, 0xff]), "-_8");
    }
}
