//! The store's handle: the engine that keeps the rows, SQLite in one file or PostgreSQL for
//! several processes, and the object store that keeps the files' bytes.
//!
//! Store functions take a [`Database`] and never ask which engine it is: `read!` and `commit!`
//! (see `store::engines`) run their statements on whichever it is. The two engines differ in how
//! they write: SQLite through one writer's group commit, PostgreSQL in concurrent serializable
//! transactions; both return only once the write is durable.

use crate::store::files::FileStore;
use crate::store::postgres::Postgres;
use crate::store::shops::ShopId;
use crate::store::sqlite::writer::WriterStats;
use crate::store::sqlite::Sqlite;
use crate::store::DbError;
use std::path::Path;

/// Where the rows are kept, and the files' bytes, as one shop sees them: every store function
/// given this handle reads and writes only [`Database::shop`]'s rows (see `store::shops`).
#[derive(Debug, Clone)]
pub struct Database {
    engine: Engine,
    files: FileStore,
    shop: ShopId,
}

/// The engine that keeps the rows.
#[derive(Debug, Clone)]
pub enum Engine {
    /// One file on this machine (the default): one jeweler, one server process.
    Sqlite(Sqlite),
    /// A PostgreSQL server shared by several server processes.
    Postgres(Postgres),
}

/// Where a database is: what `database_url` says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    /// A SQLite file.
    Sqlite(std::path::PathBuf),
    /// A PostgreSQL server: the URL as configured.
    Postgres(String),
}

impl Location {
    /// `postgres://…` (or `postgresql://…`), checked for shape without connecting, or
    /// `sqlite://path` (`sqlite:path`); anything else is refused with the reason.
    pub fn parse(url: &str) -> Result<Self, String> {
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            return url
                .parse::<sqlx::postgres::PgConnectOptions>()
                .map(|_| Location::Postgres(url.to_owned()))
                .map_err(|e| format!("not a PostgreSQL URL: {e}"));
        }
        match url
            .strip_prefix("sqlite://")
            .or_else(|| url.strip_prefix("sqlite:"))
        {
            Some(path) if !path.is_empty() => Ok(Location::Sqlite(path.into())),
            _ => Err(
                "expected postgres://user:password@host:port/database or sqlite://path".to_owned(),
            ),
        }
    }
}

/// Connections a PostgreSQL pool of one server process may hold.
const POSTGRES_CONNECTIONS: u32 = 16;

impl Database {
    /// Opens (creating if needed) the SQLite file and brings its schema up to date, with the
    /// files' objects in the folder `files` beside it (the default `files_url`).
    pub async fn open(path: &Path) -> Result<Self, DbError> {
        let folder = path.parent().unwrap_or(Path::new(""));
        let files = FileStore::local(&folder.join("files"))?;
        Self::open_with_files(path, files).await
    }

    /// Opens (creating if needed) the SQLite file and brings its schema up to date; the files'
    /// bytes are kept in `files`, and rows from before the objects are moved out to them.
    pub async fn open_with_files(path: &Path, files: FileStore) -> Result<Self, DbError> {
        let engine = Engine::Sqlite(Sqlite::open(path).await?);
        Self::started(engine, files).await
    }

    /// Connects to PostgreSQL at `url` and brings its schema up to date; the files' bytes are
    /// kept in `files`.
    pub async fn connect(url: &str, files: FileStore) -> Result<Self, DbError> {
        let engine = Engine::Postgres(Postgres::connect(url, POSTGRES_CONNECTIONS).await?);
        Self::started(engine, files).await
    }

    /// Opens the database at `location`, files in `files`.
    pub async fn open_at(location: &Location, files: FileStore) -> Result<Self, DbError> {
        match location {
            Location::Sqlite(path) => Self::open_with_files(path, files).await,
            Location::Postgres(url) => Self::connect(url, files).await,
        }
    }

    /// A database on an engine already opened (tests open PostgreSQL with their own options).
    pub async fn on(engine: Engine, files: FileStore) -> Result<Self, DbError> {
        Self::started(engine, files).await
    }

    async fn started(engine: Engine, files: FileStore) -> Result<Self, DbError> {
        let db = Self {
            engine,
            files,
            shop: ShopId::FIRST,
        };
        crate::store::objects::move_out_at_start(&db).await;
        Ok(db)
    }

    /// The shop whose rows this handle reads and writes. A database opens as
    /// [`ShopId::FIRST`]'s, the shop of `atelier.toml`.
    pub fn shop(&self) -> ShopId {
        self.shop
    }

    /// The same database as `shop` sees it.
    pub fn for_shop(&self, shop: ShopId) -> Self {
        Self {
            shop,
            files: self.files.for_shop(shop),
            engine: match &self.engine {
                Engine::Sqlite(sqlite) => Engine::Sqlite(sqlite.clone()),
                Engine::Postgres(postgres) => Engine::Postgres(postgres.walled(shop)),
            },
        }
    }

    /// The engine, for the store's statements.
    pub fn engine(&self) -> &Engine {
        &self.engine
    }

    /// The SQLite database, if that is the engine (for its own tests and tools).
    pub fn sqlite(&self) -> Option<&Sqlite> {
        match &self.engine {
            Engine::Sqlite(sqlite) => Some(sqlite),
            Engine::Postgres(_) => None,
        }
    }

    /// The PostgreSQL database, if that is the engine.
    pub fn postgres(&self) -> Option<&Postgres> {
        match &self.engine {
            Engine::Postgres(postgres) => Some(postgres),
            Engine::Sqlite(_) => None,
        }
    }

    /// Where the files' bytes are kept.
    pub fn files(&self) -> &FileStore {
        &self.files
    }

    /// How SQLite's group commit grouped the writes so far (for tests and benchmarks); none on
    /// PostgreSQL, whose writes are not grouped.
    pub fn write_stats(&self) -> Option<WriterStats> {
        self.sqlite().map(Sqlite::write_stats)
    }

    /// When this installation's data folder was first set up; also proves the database answers.
    pub async fn instance_created_at(&self) -> Result<String, DbError> {
        Ok(crate::store::engines::read!(self, |on, pool| {
            on::instance_created_at(pool).await
        })?)
    }

    /// Closes the pools (SQLite finishes its WAL checkpoint).
    pub async fn close(&self) {
        match &self.engine {
            Engine::Sqlite(sqlite) => sqlite.close().await,
            Engine::Postgres(postgres) => postgres.close().await,
        }
    }
}

crate::store::engines::statements! {
    /// See [`Database::instance_created_at`].
    pub async fn instance_created_at(pool: &Pool) -> Result<String, sqlx::Error> {
        sqlx::query_scalar("SELECT created_at FROM instance WHERE id = 1")
            .fetch_one(pool)
            .await
    }
}
