//! The throwaway PostgreSQL cluster of `atelier_testbed` for the tests that need one, so
//! `cargo test` needs no server left running, with `fsync` off (a test's data need not survive a
//! power cut), and the database handles the tests open on it. [`Cluster`] stops the cluster and
//! removes its folder when it is dropped, also when the test panics. `cargo xtask test` installs
//! Debian's `postgresql-15` when its binaries are missing; `ATELIER_PG_BIN` names another folder
//! of them.
#![allow(dead_code)]

use atelier_server::store::files::FileStore;
use atelier_server::store::postgres::Postgres;
use atelier_server::store::{Database, Engine};
use atelier_testbed::Durability;
pub use atelier_testbed::ROLE;

/// The role the server's handles connect as: an ordinary role that owns its databases, as the
/// README asks of a deployment, so that row-level security holds it (a superuser, [`ROLE`], would
/// pass by every policy). The tests' own pools connect as [`ROLE`] and see everything.
pub const APP_ROLE: &str = "atelier_app";
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::{ConnectOptions, Connection, PgPool};
use std::path::Path;

/// The cluster the tests of this process share when they run on PostgreSQL
/// (`ATELIER_TEST_ENGINE=postgres`, as `cargo xtask test`'s second run of the server's suite sets
/// it): started on first use, each test in a database of its own. A static is never dropped, so
/// a watchdog started with it stops the cluster and removes its folder once this process has
/// exited, however it ended.
pub fn shared() -> &'static Cluster {
    static SHARED: std::sync::OnceLock<Cluster> = std::sync::OnceLock::new();
    SHARED.get_or_init(|| {
        let cluster = Cluster::start();
        cluster
            .0
            .stop_when_gone(std::process::id())
            .unwrap_or_else(|e| panic!("{e}"));
        cluster
    })
}

/// Whether this run of the tests is on PostgreSQL.
pub fn on_postgres() -> bool {
    std::env::var("ATELIER_TEST_ENGINE").is_ok_and(|engine| engine == "postgres")
}

/// Whether a test that does not depend on the run's engine (one about SQLite itself, or one that
/// picks its engines) should stand aside in the PostgreSQL run: true there, after saying `why`
/// (the first run covers it).
pub fn skip_on_postgres(why: &str) -> bool {
    let skip = on_postgres();
    if skip {
        eprintln!("skipped on PostgreSQL: {why}");
    }
    skip
}

/// The pool of a database the tests opened on PostgreSQL, for their own queries.
pub fn pool(db: &Database) -> &PgPool {
    db.postgres().expect("PostgreSQL").pool()
}

/// A running throwaway cluster (`atelier_testbed::Cluster`, without fsync), with the database
/// handles the tests open on it; stopped and removed on drop.
pub struct Cluster(atelier_testbed::Cluster);

impl Cluster {
    /// A cluster for a test that brings its own, or `None` in the PostgreSQL pass. Such a test
    /// picks its engines itself, so it runs the same in either pass: it runs in the first and
    /// stands aside in the second, saying so, instead of taking the time twice.
    pub fn for_first_pass() -> Option<Self> {
        (!skip_on_postgres("it brings its own cluster and ran in the first pass")).then(Self::start)
    }

    /// Makes and starts a cluster; panics with PostgreSQL's own words when it cannot.
    pub fn start() -> Self {
        Self(
            atelier_testbed::Cluster::start(Durability::Throwaway)
                .unwrap_or_else(|e| panic!("{e}")),
        )
    }

    /// The port it listens on, on 127.0.0.1.
    pub fn port(&self) -> u16 {
        self.0.port()
    }

    /// A migrated database `name` of its own on this cluster, as one server process opens it,
    /// with its files in the folder `files`.
    pub async fn store(&self, name: &str, files: &Path) -> Database {
        self.database(name).await.close().await;
        self.store_again(name, files).await
    }

    /// Another process's handle on the database `name` and the files in `files`.
    pub async fn store_again(&self, name: &str, files: &Path) -> Database {
        let pg = Postgres::connect_with(self.options(name).username(APP_ROLE), 8)
            .await
            .expect("connect and migrate");
        let files = FileStore::local(files).expect("files");
        Database::on(Engine::Postgres(pg), files)
            .await
            .expect("open")
    }

    /// Stops the server (a fast shutdown: connections are cut, open transactions roll back); the
    /// data stays for [`Cluster::resume`].
    pub fn pause(&self) {
        self.0.pause().unwrap_or_else(|e| panic!("{e}"));
    }

    /// Starts the server again after [`Cluster::pause`], on the same port.
    pub fn resume(&self) {
        self.0.resume().unwrap_or_else(|e| panic!("{e}"));
    }

    /// The temp folder that holds the data folder, the socket and the log.
    pub fn folder(&self) -> &Path {
        self.0.folder()
    }

    /// The postmaster's process id.
    pub fn postmaster_pid(&self) -> u32 {
        self.0.postmaster_pid().unwrap_or_else(|e| panic!("{e}"))
    }

    /// How to reach `database` over TCP as [`ROLE`].
    pub fn options(&self, database: &str) -> PgConnectOptions {
        PgConnectOptions::new()
            .host("127.0.0.1")
            .port(self.port())
            .username(ROLE)
            .database(database)
            .disable_statement_logging()
    }

    /// Creates the database `name` and returns a small pool on it.
    pub async fn database(&self, name: &str) -> PgPool {
        let mut admin = self
            .options("postgres")
            .connect()
            .await
            .expect("connect to the cluster");
        // Tests start at once: the role may be made by another at the same moment.
        sqlx::query(&format!(
            "DO $$ BEGIN CREATE ROLE {APP_ROLE} LOGIN; \
             EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$"
        ))
        .execute(&mut admin)
        .await
        .expect("create the server's role");
        sqlx::query(&format!("CREATE DATABASE \"{name}\" OWNER {APP_ROLE}"))
            .execute(&mut admin)
            .await
            .expect("create the database");
        admin.close().await.expect("close");
        PgPoolOptions::new()
            .max_connections(4)
            .connect_with(self.options(name))
            .await
            .expect("connect to the new database")
    }
}
