//! Durable storage in PostgreSQL, for a shop that runs more than one server process or a host
//! with many shops: a pool of connections, each write its own transaction.
//!
//! SQLite has one writer, so its writes never interleave; here several processes write at once.
//! Each write runs at `SERIALIZABLE`, so what a job reads before it writes behaves as if the jobs
//! had run one after another, as they do on SQLite. A transaction PostgreSQL aborts for a conflict
//! (`40001`) or a deadlock (`40P01`) is run again from the start, which is why a job is, as for
//! SQLite's group commit, data plus a plain function that may run more than once. A write returns
//! once its `COMMIT` has: with PostgreSQL's default `synchronous_commit = on`, once the commit is
//! flushed to the WAL on disk.
//!
//! Deliveries are claimed outside those transactions, with `FOR UPDATE SKIP LOCKED` (see
//! `store::outbox`), and a trigger announces every new outbox row on the channel
//! [`OUTBOX_CHANNEL`], which [`Postgres::listen_for_deliveries`] turns into a wake-up of this
//! process's delivery worker: a brief stored by one process is sent at once by whichever worker
//! claims it.
//!
//! A handle for one shop ([`Postgres::walled`]) also holds PostgreSQL's row-level security to
//! that shop (migration 0012): see [`wall`].

mod wall;

use crate::store::sqlite::writer::JobFuture;
use crate::store::{DbError, ShopId};
use sqlx::postgres::{PgConnectOptions, PgListener, PgPoolOptions};
use sqlx::{ConnectOptions, Connection, PgConnection, PgPool};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Notify;

/// A write's statements: a plain function of the transaction's connection and the write's data,
/// run again if PostgreSQL aborts the transaction for a conflict.
pub type Job<D, T> = for<'c> fn(&'c mut PgConnection, &'c D) -> JobFuture<'c, T>;

/// How many times a write is tried before its conflict is the caller's error (a 503 "busy").
const TRIES: u32 = 8;

/// The channel on which every new outbox row is announced (by the trigger of migration 0006).
pub const OUTBOX_CHANNEL: &str = "atelier_outbox";

/// A PostgreSQL database, migrated: the whole deployment's, or one shop's behind its wall.
#[derive(Debug, Clone)]
pub struct Postgres {
    pool: PgPool,
    /// The shop whose rows alone this handle's statements see, if it is one shop's.
    wall: Option<ShopId>,
}

impl Postgres {
    /// Connects to `url` (`postgres://user:password@host:port/database`) with at most
    /// `max_connections`, and brings the schema up to date. Several processes may start at once:
    /// sqlx's migrator holds an advisory lock while it migrates.
    pub async fn connect(url: &str, max_connections: u32) -> Result<Self, DbError> {
        let options: PgConnectOptions = url.parse()?;
        Self::connect_with(options, max_connections).await
    }

    /// [`Postgres::connect`] with options already made.
    pub async fn connect_with(
        options: PgConnectOptions,
        max_connections: u32,
    ) -> Result<Self, DbError> {
        // One connection first, so that a wrong host, port, password or database name is told
        // in the network's or PostgreSQL's own words ("Connection refused", "password
        // authentication failed"); the pool would only say it timed out.
        let first = tokio::time::timeout(Duration::from_secs(10), options.connect())
            .await
            .map_err(|_| {
                sqlx::Error::Io(std::io::Error::new(
                    std::io::ErrorKind::TimedOut,
                    "no answer from the PostgreSQL server within 10 s (are its host and port right?)",
                ))
            })??;
        first.close().await?;
        let pool = PgPoolOptions::new()
            .max_connections(max_connections)
            .acquire_timeout(Duration::from_secs(5))
            .after_release(|conn, _| Box::pin(wall::take_down(conn)))
            .connect_with(options)
            .await?;
        sqlx::migrate!("./migrations/postgres").run(&pool).await?;
        let postgres = Self { pool, wall: None };
        if !postgres.held_by_row_security().await? {
            tracing::warn!(
                "the PostgreSQL role this server connects as is a superuser or has BYPASSRLS: \
                 row-level security, the second wall between shops, does not hold it. Connect as \
                 an ordinary role that owns the database"
            );
        }
        Ok(postgres)
    }

    /// The same database as one shop's handle: every statement through it sees and writes that
    /// shop's rows only, whatever it says (row-level security, on top of the store's own scoping).
    pub fn walled(&self, shop: ShopId) -> Self {
        Self {
            pool: self.pool.clone(),
            wall: Some(shop),
        }
    }

    /// Whether row-level security holds the role this server connects as (not a superuser, and
    /// not a role with BYPASSRLS).
    pub async fn held_by_row_security(&self) -> Result<bool, sqlx::Error> {
        sqlx::query_scalar(
            "SELECT NOT (rolsuper OR rolbypassrls) FROM pg_roles WHERE rolname = current_user",
        )
        .fetch_one(&self.pool)
        .await
    }

    /// Records that a server serves from this database, the first time only (see
    /// `migrations/postgres/0008_serving.sql`).
    pub async fn mark_serving(&self) -> Result<(), sqlx::Error> {
        sqlx::query(
            "INSERT INTO serving (id, since) \
             VALUES (1, to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')) \
             ON CONFLICT (id) DO NOTHING",
        )
        .execute(&self.pool)
        .await
        .map(drop)
    }

    /// When a server first served from this database, if one has.
    pub async fn serving_since(&self) -> Result<Option<String>, sqlx::Error> {
        sqlx::query_scalar("SELECT since FROM serving WHERE id = 1")
            .fetch_optional(&self.pool)
            .await
    }

    /// The pool, for the deployment's own queries across shops (no wall): claiming deliveries,
    /// migrating, exporting a shop. A shop's statements go through the handle itself.
    pub fn pool(&self) -> &PgPool {
        &self.pool
    }

    /// Runs `job` over `data` in a serializable transaction and returns its result once committed
    /// (or its own error, nothing of it stored). A conflict with another transaction runs it again,
    /// up to `TRIES` (8) times, after a short pause that grows with each try.
    pub async fn write<D, T>(&self, data: D, job: Job<D, T>) -> Result<T, DbError> {
        let mut tries = 0;
        loop {
            tries += 1;
            match self.write_once(&data, job).await {
                Err(e) if tries < TRIES && lost_a_race(&e) => {
                    tokio::time::sleep(pause_before_try(tries)).await;
                }
                other => return Ok(other?),
            }
        }
    }

    async fn write_once<D, T>(&self, data: &D, job: Job<D, T>) -> Result<T, sqlx::Error> {
        let mut transaction = self.pool.begin().await?;
        sqlx::query("SET TRANSACTION ISOLATION LEVEL SERIALIZABLE")
            .execute(&mut *transaction)
            .await?;
        if let Some(shop) = self.wall {
            wall::put_up(&mut transaction, shop, wall::Lasts::Transaction).await?;
        }
        let out = job(&mut transaction, data).await?;
        transaction.commit().await?;
        Ok(out)
    }

    /// Wakes `worker` whenever any process stores a new delivery, until the returned task is
    /// aborted. A lost connection is opened again (sqlx's listener reconnects and listens anew);
    /// a delivery announced while it was down is found by the worker's regular look.
    pub async fn listen_for_deliveries(
        &self,
        worker: Arc<Notify>,
    ) -> Result<tokio::task::JoinHandle<()>, DbError> {
        let mut listener = PgListener::connect_with(&self.pool).await?;
        listener.listen(OUTBOX_CHANNEL).await?;
        Ok(tokio::spawn(async move {
            loop {
                match listener.try_recv().await {
                    Ok(Some(_)) => worker.notify_one(),
                    // The connection was lost and is opened again on the next call: whatever
                    // was announced meanwhile may be due, so the worker looks.
                    Ok(None) => worker.notify_one(),
                    Err(error) => {
                        tracing::warn!(%error, "the delivery announcements stopped; retrying");
                        tokio::time::sleep(Duration::from_secs(1)).await;
                    }
                }
            }
        }))
    }

    /// Closes the pool.
    pub async fn close(&self) {
        self.pool.close().await;
    }
}

/// The pause after a transaction's `tries`-th lost race: 5 ms a try, and up to as much again at
/// random, so transactions that lost to each other do not all come back at the same moment and
/// collide again.
fn pause_before_try(tries: u32) -> Duration {
    let base = u64::from(tries) * 5;
    let mut random = [0u8; 2];
    let jitter = match getrandom::getrandom(&mut random) {
        Ok(()) => u64::from(u16::from_le_bytes(random)) % (base + 1),
        Err(_) => 0,
    };
    Duration::from_millis(base + jitter)
}

/// Whether PostgreSQL aborted the transaction because another one got there first.
fn lost_a_race(error: &sqlx::Error) -> bool {
    error
        .as_database_error()
        .and_then(|e| e.code())
        .is_some_and(|code| code == "40001" || code == "40P01")
}
