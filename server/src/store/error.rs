//! What can go wrong in the store, whichever engine keeps it, and what each failure means to a
//! client: the [`Outage`] decides the message and the `Retry-After` of a 503. SQLite reports
//! result codes, PostgreSQL SQLSTATEs; both end in the same few outages.

use crate::store::files::FileError;
use std::sync::Arc;

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
    /// A file's object could not be written, read, checked or deleted.
    #[error("file storage error: {0}")]
    Files(#[from] FileError),
    /// The operating system gave no randomness for a secret token.
    #[error("no randomness for a secret token: {0}")]
    NoRandomness(String),
    /// The data folder or the database file could not be created or made private.
    #[error("cannot make {path} private: {source}")]
    Private {
        /// The folder or file.
        path: std::path::PathBuf,
        /// Why.
        source: std::io::Error,
    },
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
    /// A stored file is missing or is not the one its row describes: nothing to retry soon.
    Unreadable,
    /// The object store (an S3 bucket) is down or refuses to store.
    FilesDown,
    /// Anything else: an I/O error, a closed pool, a bug.
    Other,
}

impl DbError {
    /// Classifies the error by SQLite's primary result code, without exposing it to clients.
    pub fn outage(&self) -> Outage {
        match self {
            DbError::Sqlx(e) => outage_of(e),
            DbError::Batch(e) => outage_of(e),
            DbError::Files(
                FileError::Missing { .. } | FileError::Mismatch { .. } | FileError::NoContent,
            ) => Outage::Unreadable,
            DbError::Files(e) => match e.io_kind() {
                Some(std::io::ErrorKind::StorageFull | std::io::ErrorKind::QuotaExceeded) => {
                    Outage::Full
                }
                Some(
                    std::io::ErrorKind::ReadOnlyFilesystem | std::io::ErrorKind::PermissionDenied,
                ) => Outage::ReadOnly,
                _ if matches!(e, FileError::Store(_)) => Outage::FilesDown,
                _ => Outage::Other,
            },
            DbError::Migrate(_)
            | DbError::WriterStopped
            | DbError::NoRandomness(_)
            | DbError::Private { .. } => Outage::Other,
        }
    }
}

fn outage_of(error: &sqlx::Error) -> Outage {
    match error {
        sqlx::Error::PoolTimedOut => Outage::Busy,
        sqlx::Error::Database(e) => {
            if let Some(e) = e.try_downcast_ref::<sqlx::postgres::PgDatabaseError>() {
                return postgres_outage(e.code());
            }
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
        // PostgreSQL's connection refused, cut or timed out.
        sqlx::Error::Io(_) | sqlx::Error::Tls(_) | sqlx::Error::PoolClosed => Outage::Other,
        _ => Outage::Other,
    }
}

/// The outage a PostgreSQL SQLSTATE means: a full disk, a server that may not write, a
/// transaction that lost a race (which the next try wins), or anything else.
fn postgres_outage(sqlstate: &str) -> Outage {
    match sqlstate {
        // disk_full, and a program_limit_exceeded class that is about size.
        "53100" | "54000" => Outage::Full,
        // read_only_sql_transaction (a standby, or default_transaction_read_only).
        "25006" => Outage::ReadOnly,
        // serialization_failure, deadlock_detected, lock_not_available, too_many_connections.
        "40001" | "40P01" | "55P03" | "53300" => Outage::Busy,
        _ => Outage::Other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn postgres_states_map_to_what_a_client_is_told() {
        assert_eq!(postgres_outage("53100"), Outage::Full);
        assert_eq!(postgres_outage("25006"), Outage::ReadOnly);
        assert_eq!(postgres_outage("40001"), Outage::Busy);
        assert_eq!(postgres_outage("40P01"), Outage::Busy);
        // admin_shutdown: the server is going away; "unavailable", retry later.
        assert_eq!(postgres_outage("57P01"), Outage::Other);
    }
}
