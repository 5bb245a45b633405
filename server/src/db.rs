//! Durable storage in SQLite: one writer connection, a small pool of readers.
//!
//! WAL mode with `synchronous = FULL` makes every committed transaction survive a crash or power
//! loss. A single writer avoids lock contention between writers, which in SQLite is slower than
//! queueing. The hot writes (briefs, outbox bookkeeping) go through [`Database::write`], which
//! commits whatever is waiting in one transaction (see [`writer`]), so one fsync serves many
//! callers. Queries use plain SQL through sqlx so a PostgreSQL backend can sit beside this one.

pub mod writer;

use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::SqlitePool;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;
use writer::{Job, Writer, WriterStats};

/// The database: `writer` for every change, `reader` for queries, and the group-commit queue in
/// front of `writer`.
#[derive(Debug, Clone)]
pub struct Database {
    writer: SqlitePool,
    reader: SqlitePool,
    batches: Writer,
}

/// Why the database could not be opened or used.
#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("database error: {0}")]
    Sqlx(#[from] sqlx::Error),
    #[error("database migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    /// The transaction this write shared with others failed as a whole (e.g. its `COMMIT`):
    /// every caller in it gets the same error, and none of their rows were stored.
    #[error("database error (the write's batch was not committed): {0}")]
    Batch(Arc<sqlx::Error>),
    /// The group-commit task is gone (only while the process shuts down).
    #[error("the database writer has stopped")]
    WriterStopped,
}

/// What kind of outage a database error is: it decides the client's message and `Retry-After`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outage {
    /// The disk (or the database's size limit) is full (`SQLITE_FULL`).
    Full,
    /// The file or its folder cannot be written (`SQLITE_READONLY`, `SQLITE_CANTOPEN`).
    ReadOnly,
    /// Another connection holds the lock, or no connection was free in time.
    Busy,
    /// Anything else: an I/O error, a closed pool, a bug.
    Other,
}

impl DbError {
    /// Classifies the error by SQLite's primary result code, without exposing it to clients.
    pub fn outage(&self) -> Outage {
        match self {
            DbError::Sqlx(e) => outage_of(e),
            DbError::Batch(e) => outage_of(e),
            DbError::Migrate(_) | DbError::WriterStopped => Outage::Other,
        }
    }
}

fn outage_of(error: &sqlx::Error) -> Outage {
    match error {
        sqlx::Error::PoolTimedOut => Outage::Busy,
        sqlx::Error::Database(e) => {
            // sqlx reports SQLite's extended result code; the low byte is the primary code.
            match e
                .code()
                .and_then(|c| c.parse::<i32>().ok())
                .map(|c| c & 0xff)
            {
                Some(13) => Outage::Full,
                Some(8) | Some(14) => Outage::ReadOnly,
                Some(5) | Some(6) => Outage::Busy,
                _ => Outage::Other,
            }
        }
        _ => Outage::Other,
    }
}

impl Database {
    /// Opens (creating if needed) the database file and brings its schema up to date.
    pub async fn open(path: &Path) -> Result<Self, DbError> {
        let options = SqliteConnectOptions::new()
            .filename(path)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Full)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(5));
        let writer = SqlitePoolOptions::new()
            .max_connections(1)
            .connect_with(options.clone())
            .await?;
        sqlx::migrate!("./migrations").run(&writer).await?;
        let reader = SqlitePoolOptions::new()
            .max_connections(4)
            .connect_with(options.read_only(true))
            .await?;
        let batches = Writer::start(writer.clone());
        Ok(Self {
            writer,
            reader,
            batches,
        })
    }

    /// When this installation's data folder was first set up; also proves the database answers.
    pub async fn instance_created_at(&self) -> Result<String, DbError> {
        let created: String = sqlx::query_scalar("SELECT created_at FROM instance WHERE id = 1")
            .fetch_one(&self.reader)
            .await?;
        Ok(created)
    }

    /// The connection that performs every write. Prefer [`Database::write`] for writes that
    /// happen often: it shares one commit among every caller waiting at the time.
    pub fn writer(&self) -> &SqlitePool {
        &self.writer
    }

    /// Runs `job` over `data` on the writer inside the next group commit, and returns its result
    /// once the transaction holding its rows is durably committed (or its own error, its writes
    /// undone). See [`writer`] for why the job is a plain function that may run more than once.
    pub async fn write<D, T>(&self, data: D, job: Job<D, T>) -> Result<T, DbError>
    where
        D: Send + Sync + 'static,
        T: Send + 'static,
    {
        self.batches.write(data, job).await
    }

    /// How the group-committed writes so far were grouped (for tests and benchmarks).
    pub fn write_stats(&self) -> WriterStats {
        self.batches.stats()
    }

    /// The pool for queries.
    pub fn reader(&self) -> &SqlitePool {
        &self.reader
    }

    /// Closes both pools, finishing the WAL checkpoint.
    pub async fn close(&self) {
        self.reader.close().await;
        self.writer.close().await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn opens_in_wal_mode_with_full_sync() {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = Database::open(&dir.path().join("atelier.db"))
            .await
            .expect("open");
        let mode: String = sqlx::query_scalar("PRAGMA journal_mode")
            .fetch_one(db.writer())
            .await
            .expect("journal mode");
        let sync: i64 = sqlx::query_scalar("PRAGMA synchronous")
            .fetch_one(db.writer())
            .await
            .expect("synchronous");
        assert_eq!(mode, "wal");
        assert_eq!(sync, 2, "FULL");
        let created = db.instance_created_at().await.expect("instance row");
        assert!(created.starts_with("20"), "{created}");
    }

    #[tokio::test]
    async fn reopening_keeps_the_instance_row() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("atelier.db");
        let first = Database::open(&path).await.expect("open");
        let created = first.instance_created_at().await.expect("row");
        first.close().await;
        let second = Database::open(&path).await.expect("reopen");
        assert_eq!(second.instance_created_at().await.expect("row"), created);
    }
}
