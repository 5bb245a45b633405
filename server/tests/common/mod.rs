//! Shared fixtures for the API tests: a state on a temporary data folder, a valid brief, requests.
#![allow(dead_code)]

use atelier_core::brief::{
    Attachment, Brief, Budget, Channel, Contact, Occasion, OriginPreference, OwnMaterials,
    SizeCertainty,
};
use atelier_core::design::Design;
#[path = "../pg_support/mod.rs"]
pub mod pg_support;
mod png;
#[allow(unused_imports)] // as the rest of this module: each test file uses some of it
pub use png::{png, png_chunk, png_sized};

use atelier_server::store::Engine;
use atelier_server::{app, AppState, Config, Database};
use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{header, HeaderMap, Request, StatusCode};
use base64::Engine as _;
use http_body_util::BodyExt;
use serde_json::{json, Value};
use std::net::SocketAddr;
use tower::ServiceExt;

pub struct Fixture {
    pub state: AppState,
    pub dir: tempfile::TempDir,
}

pub async fn fixture() -> Fixture {
    fixture_with(|_| {}).await
}

pub async fn fixture_with(tweak: impl FnOnce(&mut Config)) -> Fixture {
    fixture_in(tempfile::tempdir().expect("temp dir"), tweak).await
}

/// A state on `dir`, whose `atelier.db` (and `files/`) may hold data already.
pub async fn fixture_in(dir: tempfile::TempDir, tweak: impl FnOnce(&mut Config)) -> Fixture {
    let db = open_database(dir.path()).await;
    fixture_on(dir, db, tweak)
}

/// A state on `dir` whose rows are kept in `db` (a test that controls the database server).
pub fn fixture_on(
    dir: tempfile::TempDir,
    db: Database,
    tweak: impl FnOnce(&mut Config),
) -> Fixture {
    let static_dir = dir.path().join("dist");
    std::fs::create_dir_all(&static_dir).expect("dist");
    std::fs::write(
        static_dir.join("index.html"),
        "<!DOCTYPE html><title>Atelier</title>",
    )
    .expect("index");
    std::fs::write(static_dir.join("app-1234.wasm"), b"\0asm\x01\0\0\0").expect("wasm");
    let mut config = Config {
        data_dir: dir.path().join("data"),
        static_dir,
        shop_name: "Maison Test".to_owned(),
        jeweler_email: "jeweler@maison.example".to_owned(),
        mail_from: "atelier@maison.example".to_owned(),
        rate_limit_per_minute: 1000,
        rate_limit_burst: 1000,
        // Tests send many briefs from one address; the cap's own test sets the real default.
        confirmations_per_recipient_per_day: 1000,
        ..Config::default()
    };
    tweak(&mut config);
    Fixture {
        state: AppState::new(config, db).expect("state"),
        dir,
    }
}

/// The database of the fixture in `dir`: SQLite's `atelier.db` there, or, when the tests run on
/// PostgreSQL, a database of its own on the process's shared cluster, named in `dir` so that
/// opening the same folder again (a restart) opens the same database. Files go to `dir/files`.
pub async fn open_database(dir: &std::path::Path) -> Database {
    if !pg_support::on_postgres() {
        return Database::open(&dir.join("atelier.db")).await.expect("db");
    }
    static DATABASES: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let cluster = pg_support::shared();
    let named = dir.join("postgres-database");
    let files = dir.join("files");
    match std::fs::read_to_string(&named) {
        Ok(name) => cluster.store_again(&name, &files).await,
        Err(_) => {
            let n = DATABASES.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let name = format!("test_{n}");
            std::fs::write(&named, &name).expect("name the database");
            cluster.store(&name, &files).await
        }
    }
}

/// A complete, valid brief.
pub fn brief() -> Brief {
    Brief {
        version: 1,
        // A size given at home, as "estimated" says.
        design: Design {
            size: atelier_core::design::SizeChoice::Known {
                size: atelier_core::size::RingSize::US_6,
                system: atelier_core::size::SizeSystem::Us,
            },
            ..Design::default()
        },
        contact: Contact {
            name: "Ada Lovelace".into(),
            email: "ada@example.co.uk".into(),
            phone: Some("+44 20 7946 0958".into()),
            preferred_channel: Channel::Email,
        },
        budget: Some(Budget {
            min: 3000,
            max: 6000,
            currency: "GBP".into(),
        }),
        occasion: Some(Occasion::Engagement),
        deadline: Some("2199-09-01".into()),
        size_certainty: SizeCertainty::Estimated,
        origin_preference: OriginPreference::Either,
        own_materials: OwnMaterials::default(),
        surprise: true,
        notes: "She loves vintage.\nNo nickel, please.".into(),
        attachments: vec![],
        consent_to_contact: true,
        locale: "en-GB".into(),
    }
}

/// A JPEG as far as a server reads it: JFIF header, a 1 × 1 frame, a scan, the end marker.
pub fn jpeg() -> Vec<u8> {
    let mut bytes = vec![0xFF, 0xD8, 0xFF, 0xE0, 0, 16];
    bytes.extend(b"JFIF\0\x01\x01\0\0\x01\0\x01\0\0");
    bytes.extend([0xFF, 0xC0, 0, 11, 8, 0, 1, 0, 1, 1, 1, 0x11, 0]);
    bytes.extend([0xFF, 0xDA, 0, 8, 1, 1, 0, 0, 63, 0]);
    bytes.extend(std::iter::repeat_n(7u8, 64));
    bytes.extend([0xFF, 0xD9]);
    bytes
}

pub fn b64(bytes: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

/// A request body: the brief, two snapshots and one inspiration JPEG.
pub fn full_body() -> Value {
    let mut brief = brief();
    let photo = jpeg();
    brief.attachments = vec![Attachment {
        file_name: "grandma's ring.jpg".into(),
        mime_type: "image/jpeg".into(),
        size_bytes: photo.len() as u64,
    }];
    json!({
        "brief": brief,
        "snapshots": [
            {"view": "three-quarter", "png_base64": b64(&png(1))},
            {"view": "top", "png_base64": b64(&png(2))},
        ],
        "attachments": [{"data_base64": b64(&photo)}],
        "website": "",
    })
}

pub struct Reply {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Vec<u8>,
}

impl Reply {
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body).expect("JSON body")
    }
}

/// Sends a request from `peer` through the whole app.
pub async fn send(state: &AppState, mut request: Request<Body>, peer: [u8; 4]) -> Reply {
    request
        .extensions_mut()
        .insert(ConnectInfo(SocketAddr::from((peer, 40000))));
    let response = app(state.clone()).oneshot(request).await.expect("response");
    read_reply(response).await
}

/// Sends a request from 127.0.0.1 to `router` (a deployment's, which finds shops by host name)
/// as if it came to `host`.
pub async fn send_to_host(router: &axum::Router, host: &str, mut request: Request<Body>) -> Reply {
    request
        .headers_mut()
        .insert(header::HOST, host.parse().expect("host"));
    request
        .extensions_mut()
        .insert(ConnectInfo(SocketAddr::from(([127, 0, 0, 1], 40000))));
    let response = router.clone().oneshot(request).await.expect("response");
    read_reply(response).await
}

/// A response with its body read whole.
async fn read_reply(response: axum::response::Response) -> Reply {
    let status = response.status();
    let headers = response.headers().clone();
    let body = response
        .into_body()
        .collect()
        .await
        .expect("body")
        .to_bytes()
        .to_vec();
    Reply {
        status,
        headers,
        body,
    }
}

/// `POST /api/consultations` with JSON, an idempotency key, from 127.0.0.1.
pub async fn post(state: &AppState, key: &str, body: impl Into<Body>) -> Reply {
    let request = Request::post("/api/consultations")
        .header(header::CONTENT_TYPE, "application/json")
        .header("idempotency-key", key)
        .body(body.into())
        .expect("request");
    send(state, request, [127, 0, 0, 1]).await
}

pub async fn post_json(state: &AppState, key: &str, body: &Value) -> Reply {
    post(state, key, body.to_string()).await
}

/// The reference of a brief the server took: the reply must be 201 Created.
pub fn created(reply: &Reply) -> String {
    assert_eq!(
        reply.status,
        StatusCode::CREATED,
        "{}",
        String::from_utf8_lossy(&reply.body)
    );
    reply.json()["reference"]
        .as_str()
        .expect("reference")
        .to_owned()
}

/// Posts a brief under an idempotency key, expects 201 Created and returns its reference.
pub async fn submit(state: &AppState, key: &str, body: &Value) -> String {
    created(&post_json(state, key, body).await)
}

pub async fn get(state: &AppState, uri: &str) -> Reply {
    send(
        state,
        Request::get(uri).body(Body::empty()).expect("request"),
        [127, 0, 0, 1],
    )
    .await
}

/// What `sql` (no parameters) counts, on whichever engine the tests run.
pub async fn count(state: &AppState, sql: &str) -> i64 {
    self::sql(sql).scalar(state).await
}

/// The names of every table of the live schema, on whichever engine the tests run, in order.
pub async fn tables(on: &impl OnDatabase) -> Vec<String> {
    let list = match on.database().engine() {
        Engine::Sqlite(_) => {
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' \
             ORDER BY name"
        }
        Engine::Postgres(_) => {
            "SELECT table_name::TEXT FROM information_schema.tables \
             WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name"
        }
    };
    sql(list).scalars(on).await
}

/// A value bound to a statement of [`sql`].
#[derive(Debug, Clone)]
pub enum Param {
    /// An integer (`INTEGER` on SQLite, `BIGINT` on PostgreSQL).
    Int(i64),
    /// Text.
    Text(String),
}

impl From<i64> for Param {
    fn from(n: i64) -> Self {
        Param::Int(n)
    }
}

impl From<&str> for Param {
    fn from(text: &str) -> Self {
        Param::Text(text.to_owned())
    }
}

impl From<String> for Param {
    fn from(text: String) -> Self {
        Param::Text(text)
    }
}

impl From<&String> for Param {
    fn from(text: &String) -> Self {
        Param::Text(text.clone())
    }
}

/// A statement a test runs on the fixture's database, whichever engine it is on: written with
/// `$1`, `$2`… (both drivers bind by number) and the values bound in that order, e.g.
/// `sql("UPDATE outbox SET state = 'sent' WHERE id = $1").bind(id).execute(&state).await`.
/// It runs on a fixture's state or on a [`Database`]; on SQLite a query reads through the readers
/// and a change goes to the writer connection (outside the group commit, as a test's own change).
/// Every failure panics with the statement: these are the tests' own statements.
#[derive(Debug, Clone)]
pub struct Sql {
    text: String,
    params: Vec<Param>,
}

/// What a statement of [`sql`] runs on: the fixture's state or a database opened by the test.
pub trait OnDatabase {
    /// The database.
    fn database(&self) -> &Database;
}

impl OnDatabase for AppState {
    fn database(&self) -> &Database {
        &self.db
    }
}

impl OnDatabase for Database {
    fn database(&self) -> &Database {
        self
    }
}

/// A statement of the text `text`, nothing bound yet.
pub fn sql(text: &str) -> Sql {
    Sql {
        text: text.to_owned(),
        params: Vec::new(),
    }
}

/// Binds every value of `$params` to `$query` (a query, `query_as` or `query_scalar` of either
/// engine), in order.
macro_rules! bound {
    ($query:expr, $params:expr) => {{
        let mut query = $query;
        for param in $params {
            query = match param {
                Param::Int(n) => query.bind(*n),
                Param::Text(text) => query.bind(text.clone()),
            };
        }
        query
    }};
}

impl Sql {
    /// Binds the next parameter.
    pub fn bind(mut self, value: impl Into<Param>) -> Self {
        self.params.push(value.into());
        self
    }

    fn failed(&self, error: sqlx::Error) -> ! {
        panic!("{}: {error}", self.text)
    }

    /// Runs the statement; the rows it changed.
    pub async fn execute(&self, on: &impl OnDatabase) -> u64 {
        match on.database().engine() {
            Engine::Sqlite(db) => bound!(sqlx::query(&self.text), &self.params)
                .execute(db.writer())
                .await
                .map(|r| r.rows_affected()),
            Engine::Postgres(db) => bound!(sqlx::query(&self.text), &self.params)
                .execute(db.pool())
                .await
                .map(|r| r.rows_affected()),
        }
        .unwrap_or_else(|e| self.failed(e))
    }

    /// The first column of the one row the query returns.
    pub async fn scalar<T>(&self, on: &impl OnDatabase) -> T
    where
        T: Send + Unpin,
        (T,): Send
            + Unpin
            + for<'r> sqlx::FromRow<'r, sqlx::sqlite::SqliteRow>
            + for<'r> sqlx::FromRow<'r, sqlx::postgres::PgRow>,
    {
        self.row::<(T,)>(on).await.0
    }

    /// The first column of every row the query returns.
    pub async fn scalars<T>(&self, on: &impl OnDatabase) -> Vec<T>
    where
        T: Send + Unpin,
        (T,): Send
            + Unpin
            + for<'r> sqlx::FromRow<'r, sqlx::sqlite::SqliteRow>
            + for<'r> sqlx::FromRow<'r, sqlx::postgres::PgRow>,
    {
        self.rows::<(T,)>(on)
            .await
            .into_iter()
            .map(|(value,)| value)
            .collect()
    }

    /// The one row the query returns, as a tuple (or any type both drivers make from a row).
    pub async fn row<T>(&self, on: &impl OnDatabase) -> T
    where
        T: Send
            + Unpin
            + for<'r> sqlx::FromRow<'r, sqlx::sqlite::SqliteRow>
            + for<'r> sqlx::FromRow<'r, sqlx::postgres::PgRow>,
    {
        match on.database().engine() {
            Engine::Sqlite(db) => {
                bound!(sqlx::query_as(&self.text), &self.params)
                    .fetch_one(db.reader())
                    .await
            }
            Engine::Postgres(db) => {
                bound!(sqlx::query_as(&self.text), &self.params)
                    .fetch_one(db.pool())
                    .await
            }
        }
        .unwrap_or_else(|e| self.failed(e))
    }

    /// Every row the query returns.
    pub async fn rows<T>(&self, on: &impl OnDatabase) -> Vec<T>
    where
        T: Send
            + Unpin
            + for<'r> sqlx::FromRow<'r, sqlx::sqlite::SqliteRow>
            + for<'r> sqlx::FromRow<'r, sqlx::postgres::PgRow>,
    {
        match on.database().engine() {
            Engine::Sqlite(db) => {
                bound!(sqlx::query_as(&self.text), &self.params)
                    .fetch_all(db.reader())
                    .await
            }
            Engine::Postgres(db) => {
                bound!(sqlx::query_as(&self.text), &self.params)
                    .fetch_all(db.pool())
                    .await
            }
        }
        .unwrap_or_else(|e| self.failed(e))
    }
}

/// A 503 from a database outage: the JSON code, a message saying `needle` in plain words (no
/// SQLite details), and `Retry-After: 30`.
pub fn assert_503(reply: &Reply, needle: &str) {
    assert_eq!(
        reply.status,
        StatusCode::SERVICE_UNAVAILABLE,
        "{}",
        String::from_utf8_lossy(&reply.body)
    );
    let json = reply.json();
    assert_eq!(json["error"]["code"], "database_unavailable");
    let message = json["error"]["message"].as_str().expect("message");
    assert!(message.contains(needle), "{message}");
    assert!(
        !message.to_lowercase().contains("sqlite") && !message.contains("code:"),
        "{message}"
    );
    assert_eq!(
        reply
            .headers
            .get("retry-after")
            .and_then(|v| v.to_str().ok()),
        Some("30")
    );
}
