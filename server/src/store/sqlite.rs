//! Durable storage in SQLite: one writer connection, a small pool of readers.
//!
//! WAL mode with `synchronous = FULL` makes every committed transaction survive a crash or power
//! loss. A single writer avoids lock contention between writers, which in SQLite is slower than
//! queueing. Every write goes through [`Sqlite::write`], which commits whatever is waiting in one
//! transaction (see [`writer`]), so one fsync serves many callers. The statements are shared with
//! PostgreSQL (see `store::engines`).
//!
//! The database holds visitors' names, addresses and photos: its folder is made `0700` and the
//! file `0600` before SQLite opens it, so the `-wal` and `-shm` files SQLite creates beside it
//! (with the database file's mode) are private too, and an older install's `0644` files are
//! tightened at start.

pub mod writer;

use crate::private_files::{create_private_dir, PRIVATE_FILE_MODE};
use crate::store::DbError;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::SqlitePool;
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::Path;
use std::time::Duration;
use writer::{Job, Writer, WriterStats};

/// A SQLite database: `writer` for every change, `reader` for queries, and the group-commit queue
/// in front of `writer`.
#[derive(Debug, Clone)]
pub struct Sqlite {
    writer: SqlitePool,
    reader: SqlitePool,
    batches: Writer,
}

/// Makes the database's folder and file private before SQLite opens them: creates the file with
/// mode `0600` if it is missing (SQLite gives its `-wal` and `-shm` files the same mode), and
/// tightens an existing file and its `-wal` and `-shm`.
fn make_private(path: &Path) -> Result<(), DbError> {
    let private = |path: &Path| {
        let path = path.to_owned();
        move |source| DbError::Private { path, source }
    };
    if let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        create_private_dir(folder).map_err(private(folder))?;
    }
    match std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(PRIVATE_FILE_MODE)
        .open(path)
    {
        Ok(_) => {}
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
        Err(e) => return Err(private(path)(e)),
    }
    for suffix in ["", "-wal", "-shm"] {
        let mut name = path.as_os_str().to_owned();
        name.push(suffix);
        let file = Path::new(&name);
        match std::fs::set_permissions(file, std::fs::Permissions::from_mode(PRIVATE_FILE_MODE)) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && !suffix.is_empty() => {}
            Err(e) => return Err(private(file)(e)),
        }
    }
    Ok(())
}

/// Brings the schema up to date on a connection of its own with foreign keys off, as SQLite's
/// documentation asks of a migration that rebuilds a table others refer to (0012 rebuilds
/// `consultations`): with them on, dropping the old table would cascade into every brief's rows.
/// sqlx runs each migration in a transaction, inside which the pragma cannot change, hence the
/// connection. Every reference is checked once the migrations are done.
async fn migrate(options: &SqliteConnectOptions) -> Result<(), DbError> {
    use sqlx::{ConnectOptions, Connection};
    let mut conn = options.clone().foreign_keys(false).connect().await?;
    sqlx::migrate!("./migrations/sqlite").run(&mut conn).await?;
    let broken: Vec<(String,)> = sqlx::query_as("SELECT \"table\" FROM pragma_foreign_key_check")
        .fetch_all(&mut conn)
        .await?;
    conn.close().await?;
    match broken.first() {
        None => Ok(()),
        Some((table,)) => Err(DbError::Sqlx(sqlx::Error::Protocol(format!(
            "after the migrations, {} rows refer to rows that are gone (the first in {table})",
            broken.len()
        )))),
    }
}

impl Sqlite {
    /// Opens (creating if needed) the database file and brings its schema up to date.
    pub async fn open(path: &Path) -> Result<Self, DbError> {
        make_private(path)?;
        let options = SqliteConnectOptions::new()
            .filename(path)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Full)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(5));
        migrate(&options).await?;
        let writer = SqlitePoolOptions::new()
            .max_connections(1)
            .connect_with(options.clone())
            .await?;
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

    /// The connection that performs every write: [`Sqlite::write`]'s, and the migrations'.
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
    use crate::store::Database;

    #[tokio::test]
    async fn opens_in_wal_mode_with_full_sync() {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = Database::open(&dir.path().join("atelier.db"))
            .await
            .expect("open");
        let mode: String = sqlx::query_scalar("PRAGMA journal_mode")
            .fetch_one(db.sqlite().expect("SQLite").writer())
            .await
            .expect("journal mode");
        let sync: i64 = sqlx::query_scalar("PRAGMA synchronous")
            .fetch_one(db.sqlite().expect("SQLite").writer())
            .await
            .expect("synchronous");
        assert_eq!(mode, "wal");
        assert_eq!(sync, 2, "FULL");
        let created = db.instance_created_at().await.expect("instance row");
        assert!(created.starts_with("20"), "{created}");
    }

    #[tokio::test]
    async fn the_folder_and_every_database_file_are_private() {
        let dir = tempfile::tempdir().expect("temp dir");
        let folder = dir.path().join("data");
        let path = folder.join("atelier.db");
        let db = Database::open(&path).await.expect("open");
        db.instance_created_at().await.expect("row");
        let mode = |p: &Path| {
            std::fs::metadata(p)
                .unwrap_or_else(|e| panic!("{}: {e}", p.display()))
                .permissions()
                .mode()
                & 0o777
        };
        assert_eq!(mode(&folder), 0o700);
        for name in ["atelier.db", "atelier.db-wal", "atelier.db-shm"] {
            assert_eq!(mode(&folder.join(name)), 0o600, "{name}");
        }
        db.close().await;
        // An older install's readable files are tightened at the next start.
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).expect("chmod");
        std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o755)).expect("chmod");
        let db = Database::open(&path).await.expect("reopen");
        assert_eq!(mode(&path), 0o600);
        assert_eq!(mode(&folder), 0o700);
        db.close().await;
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
