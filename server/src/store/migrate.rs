//! Moving house: copies a SQLite deployment into PostgreSQL (and its files into another object
//! store), then proves the copy (`atelier-server migrate --to postgres://… [--files …]`).
//!
//! - **One snapshot.** Every table is read inside one read transaction of the SQLite file, so the
//!   server may keep running meanwhile: WAL readers see one committed state, whatever is written
//!   after it started.
//! - **The same rows, the same ids.** Each table is copied in the order its foreign keys need, in
//!   batches, with its own ids (`OVERRIDING SYSTEM VALUE`), as an upsert on its primary key: a
//!   second run adds what is new and brings changed rows up to date without doubling anything. The
//!   identity sequences then continue after the highest id. The counts per status are PostgreSQL's
//!   own triggers' work; the briefs are written once more at the end, so whose turn it is ends as
//!   SQLite had it whatever order the triggers saw the messages in.
//! - **Files.** With a target store, every object a row names is copied under the same key, read
//!   back checked against the row's SHA-256 and size; one already there and whole is left alone.
//! - **Proof.** Per table, the number of rows and a SHA-256 over every row in key order, read back
//!   from both engines; per object, the target's bytes against the row. A row erased from SQLite
//!   after an earlier run is still in PostgreSQL: the proof names the table that differs (the
//!   README says to stop the server for the last run).

use crate::store::files::FileStore;
use crate::store::postgres::Postgres;
use crate::store::sqlite::Sqlite;
use crate::store::DbError;
use sha2::{Digest, Sha256};
use sqlx::Row;

/// The tables, parents before children.
pub const TABLES: [&str; 22] = [
    "instance",
    "shops",
    "shop_hosts",
    "shop_files",
    "consultations",
    "consultation_files",
    "outbox",
    "outbox_attempts",
    "consultation_history",
    "consultation_notes",
    "studio_users",
    "shop_members",
    "studio_sessions",
    "studio_setup_tokens",
    "commission_links",
    "commission_messages",
    "commission_stages",
    "commission_files",
    "commission_proposals",
    "booking_settings",
    "appointments",
    "erasure_requests",
];

/// Kept by each engine's triggers from the rows above, so compared but never copied: the name
/// reported, what is compared (the same on both engines: PostgreSQL spreads each shop's count of
/// a status over shards, SQLite has one row) and its columns, the key's first and the value last.
const DERIVED: [(&str, &str, &[&str]); 2] = [
    (
        "consultation_counts",
        "(SELECT shop_id, status, CAST(SUM(n) AS BIGINT) AS n FROM consultation_counts \
         GROUP BY shop_id, status) AS totals",
        &["shop_id", "status", "n"],
    ),
    ("shop_storage", "shop_storage", &["shop_id", "bytes"]),
];

/// The tables that name objects.
const FILE_TABLES: [&str; 2] = ["consultation_files", "commission_files"];

/// Rows per `INSERT` (PostgreSQL takes at most 65,535 parameters in one statement).
const BATCH: usize = 200;

/// Why a migration stopped.
#[derive(Debug, thiserror::Error)]
pub enum MigrateError {
    /// Either database failed.
    #[error(transparent)]
    Db(#[from] DbError),
    /// A server has served from the target since `since`: the move is done, and copying again
    /// would undo what was done there.
    #[error(
        "a server has served from this PostgreSQL database since {since}: the move is done, and \
         copying the SQLite database again would undo what was done there since. To start the \
         move over, give migrate an empty database"
    )]
    AlreadyServing {
        /// When the first server started on it.
        since: String,
    },
    /// The two schemas disagree (a database from another version of Atelier).
    #[error("the table {table} differs between the two databases: {reason}")]
    Schema {
        /// The table.
        table: String,
        /// How.
        reason: String,
    },
}

impl From<sqlx::Error> for MigrateError {
    fn from(error: sqlx::Error) -> Self {
        MigrateError::Db(DbError::Sqlx(error))
    }
}

impl From<crate::store::files::FileError> for MigrateError {
    fn from(error: crate::store::files::FileError) -> Self {
        MigrateError::Db(DbError::Files(error))
    }
}

/// What one table came to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableReport {
    /// The table.
    pub table: &'static str,
    /// Rows in SQLite's snapshot, and in PostgreSQL after the copy.
    pub rows: (u64, u64),
    /// Whether every row reads back the same from both.
    pub same: bool,
}

/// What a migration did and found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    /// Every table, copied or derived, in order.
    pub tables: Vec<TableReport>,
    /// Objects copied to the target store this run.
    pub objects_copied: u64,
    /// Objects the rows name, and how many of them the target store holds whole.
    pub objects: (u64, u64),
}

impl Report {
    /// Whether the copy is proven: every table the same, every object whole.
    pub fn verified(&self) -> bool {
        self.tables.iter().all(|t| t.same) && self.objects.0 == self.objects.1
    }
}

/// One column of a table, as PostgreSQL declares it.
#[derive(Debug, Clone)]
struct Column {
    name: String,
    kind: Kind,
    /// Part of the primary key.
    key: bool,
    /// An identity column (`GENERATED ALWAYS AS IDENTITY`).
    identity: bool,
}

/// The three types the schema uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Integer,
    Text,
    Bytes,
}

/// One value, whatever its column's type.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Value {
    Integer(Option<i64>),
    Text(Option<String>),
    Bytes(Option<Vec<u8>>),
}

impl Value {
    /// Feeds the value to a row checksum: its type, whether it is null, its length and bytes.
    fn hash_into(&self, hasher: &mut Sha256) {
        let (tag, bytes): (u8, Option<Vec<u8>>) = match self {
            Value::Integer(v) => (1, v.map(|v| v.to_be_bytes().to_vec())),
            Value::Text(v) => (2, v.as_ref().map(|v| v.as_bytes().to_vec())),
            Value::Bytes(v) => (3, v.clone()),
        };
        hasher.update([tag, u8::from(bytes.is_some())]);
        if let Some(bytes) = bytes {
            hasher.update((bytes.len() as u64).to_be_bytes());
            hasher.update(bytes);
        }
    }
}

/// Copies `from` into `to` (files into `files`, when they move too) and proves the copy.
pub async fn run(
    from: &Sqlite,
    from_files: &FileStore,
    to: &Postgres,
    files: Option<&FileStore>,
) -> Result<Report, MigrateError> {
    if let Some(since) = to.serving_since().await? {
        return Err(MigrateError::AlreadyServing { since });
    }
    // Each table's name, where its rows are read from, and its columns.
    let mut schema = Vec::new();
    for table in TABLES {
        schema.push((table, table, columns(to, table).await?));
    }
    let copied = schema.clone();
    for (table, source, names) in DERIVED {
        schema.push((table, source, derived_columns(names)));
    }
    let mut snapshot = from.reader().begin().await?;
    for (table, _, columns) in &copied {
        copy_table(&mut snapshot, to, table, columns).await?;
    }
    // Whose turn it is, as SQLite had it (the triggers saw the copied messages one by one).
    if let Some((briefs, _, columns)) = copied.iter().find(|(t, _, _)| *t == "consultations") {
        copy_table(&mut snapshot, to, briefs, columns).await?;
    }
    continue_identities(to, &copied).await?;
    let objects_copied = match files {
        Some(target) => copy_objects(&mut snapshot, from_files, target).await?,
        None => 0,
    };
    let mut tables = Vec::new();
    for (table, source, columns) in &schema {
        let (rows_from, sum_from) = sqlite_checksum(&mut snapshot, source, columns).await?;
        let (rows_to, sum_to) = postgres_checksum(to, source, columns).await?;
        tables.push(TableReport {
            table,
            rows: (rows_from, rows_to),
            same: rows_from == rows_to && sum_from == sum_to,
        });
    }
    let objects = check_objects(&mut snapshot, files.unwrap_or(from_files)).await?;
    snapshot.rollback().await?;
    Ok(Report {
        tables,
        objects_copied,
        objects,
    })
}

/// The columns of a [`DERIVED`] table: every one but the last is the key; `status` is text,
/// the others numbers.
fn derived_columns(names: &[&str]) -> Vec<Column> {
    names
        .iter()
        .enumerate()
        .map(|(i, name)| Column {
            name: (*name).into(),
            kind: if *name == "status" {
                Kind::Text
            } else {
                Kind::Integer
            },
            key: i + 1 < names.len(),
            identity: false,
        })
        .collect()
}

/// `table`'s columns in PostgreSQL, in order, with its primary key and identities.
async fn columns(to: &Postgres, table: &str) -> Result<Vec<Column>, MigrateError> {
    let rows: Vec<(String, String, bool, bool)> = sqlx::query_as(
        "SELECT a.attname::text, format_type(a.atttypid, a.atttypmod), \
         COALESCE(a.attnum = ANY(i.indkey), false), a.attidentity <> '' \
         FROM pg_attribute a \
         LEFT JOIN pg_index i ON i.indrelid = a.attrelid AND i.indisprimary \
         WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped \
         ORDER BY a.attnum",
    )
    .bind(table)
    .fetch_all(to.pool())
    .await?;
    rows.into_iter()
        .map(|(name, kind, key, identity)| {
            let kind = match kind.as_str() {
                "bigint" | "integer" => Kind::Integer,
                "text" => Kind::Text,
                "bytea" => Kind::Bytes,
                other => {
                    return Err(MigrateError::Schema {
                        table: table.to_owned(),
                        reason: format!("column {name} is {other}"),
                    })
                }
            };
            Ok(Column {
                name,
                kind,
                key,
                identity,
            })
        })
        .collect()
}

/// The column list of a `SELECT` or `INSERT`.
fn names(columns: &[Column]) -> String {
    columns
        .iter()
        .map(|c| c.name.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The order rows are compared in: the primary key, or every column where there is none.
fn order(columns: &[Column]) -> String {
    let key = key(columns);
    if key.is_empty() {
        names(columns)
    } else {
        key
    }
}

/// The primary key's columns, for `ORDER BY` and `ON CONFLICT`.
fn key(columns: &[Column]) -> String {
    names(
        &columns
            .iter()
            .filter(|c| c.key)
            .cloned()
            .collect::<Vec<_>>(),
    )
}

/// A row's values in `columns`' order, from either engine's row.
fn read_row<R: Row>(row: &R, columns: &[Column]) -> Result<Vec<Value>, sqlx::Error>
where
    usize: sqlx::ColumnIndex<R>,
    for<'r> Option<i64>: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
    for<'r> Option<String>: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
    for<'r> Option<Vec<u8>>: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
{
    columns
        .iter()
        .enumerate()
        .map(|(i, c)| {
            Ok(match c.kind {
                Kind::Integer => Value::Integer(row.try_get(i)?),
                Kind::Text => Value::Text(row.try_get(i)?),
                Kind::Bytes => Value::Bytes(row.try_get(i)?),
            })
        })
        .collect()
}

/// Every row of `table` in the snapshot, in key order.
async fn sqlite_rows(
    snapshot: &mut sqlx::SqliteConnection,
    table: &str,
    columns: &[Column],
) -> Result<Vec<Vec<Value>>, MigrateError> {
    let order = order(columns);
    let rows = sqlx::query(&format!(
        "SELECT {} FROM {table} ORDER BY {order}",
        names(columns)
    ))
    .fetch_all(&mut *snapshot)
    .await?;
    Ok(rows
        .iter()
        .map(|row| read_row(row, columns))
        .collect::<Result<_, _>>()?)
}

/// Upserts `table`'s rows from the snapshot into PostgreSQL, a batch per statement, in one
/// transaction.
async fn copy_table(
    snapshot: &mut sqlx::SqliteConnection,
    to: &Postgres,
    table: &str,
    columns: &[Column],
) -> Result<(), MigrateError> {
    let rows = sqlite_rows(snapshot, table, columns).await?;
    let updates: Vec<String> = columns
        .iter()
        .filter(|c| !c.key && !c.identity)
        .map(|c| format!("{0} = EXCLUDED.{0}", c.name))
        .collect();
    let on_conflict = match (key(columns), updates.is_empty()) {
        (key, _) if key.is_empty() => String::new(),
        (key, true) => format!(" ON CONFLICT ({key}) DO NOTHING"),
        (key, false) => format!(" ON CONFLICT ({key}) DO UPDATE SET {}", updates.join(", ")),
    };
    let mut transaction = to.pool().begin().await?;
    for batch in rows.chunks(BATCH) {
        let mut sql = format!(
            "INSERT INTO {table} ({}) OVERRIDING SYSTEM VALUE VALUES ",
            names(columns)
        );
        let mut parameter = 0;
        for (i, _) in batch.iter().enumerate() {
            if i > 0 {
                sql.push_str(", ");
            }
            let marks: Vec<String> = columns
                .iter()
                .map(|_| {
                    parameter += 1;
                    format!("${parameter}")
                })
                .collect();
            sql.push_str(&format!("({})", marks.join(", ")));
        }
        sql.push_str(&on_conflict);
        let mut query = sqlx::query(&sql);
        for value in batch.iter().flatten() {
            query = match value {
                Value::Integer(v) => query.bind(*v),
                Value::Text(v) => query.bind(v.clone()),
                Value::Bytes(v) => query.bind(v.clone()),
            };
        }
        query.execute(&mut *transaction).await?;
    }
    transaction.commit().await?;
    Ok(())
}

/// Makes every identity sequence of `tables` continue after its column's highest value.
async fn continue_identities(
    to: &Postgres,
    tables: &[(&str, &str, Vec<Column>)],
) -> Result<(), MigrateError> {
    for (table, _, columns) in tables {
        for column in columns.iter().filter(|c| c.identity) {
            sqlx::query(&format!(
                "SELECT setval(pg_get_serial_sequence('{table}', '{0}'), \
                 COALESCE((SELECT MAX({0}) FROM {table}), 0) + 1, false)",
                column.name
            ))
            .execute(to.pool())
            .await?;
        }
    }
    Ok(())
}

/// The number of rows and a SHA-256 of them in key order.
fn checksum(rows: &[Vec<Value>]) -> (u64, String) {
    let mut hasher = Sha256::new();
    for row in rows {
        for value in row {
            value.hash_into(&mut hasher);
        }
    }
    (rows.len() as u64, hex::encode(hasher.finalize()))
}

async fn sqlite_checksum(
    snapshot: &mut sqlx::SqliteConnection,
    table: &str,
    columns: &[Column],
) -> Result<(u64, String), MigrateError> {
    Ok(checksum(&sqlite_rows(snapshot, table, columns).await?))
}

async fn postgres_checksum(
    to: &Postgres,
    table: &str,
    columns: &[Column],
) -> Result<(u64, String), MigrateError> {
    let order = order(columns);
    // Text in byte order, as SQLite compares it.
    let order = order
        .split(", ")
        .map(|c| match columns.iter().find(|k| k.name == c) {
            Some(k) if k.kind == Kind::Text => format!("{c} COLLATE \"C\""),
            _ => c.to_owned(),
        })
        .collect::<Vec<_>>()
        .join(", ");
    let rows = sqlx::query(&format!(
        "SELECT {} FROM {table} ORDER BY {order}",
        names(columns)
    ))
    .fetch_all(to.pool())
    .await?;
    let rows = rows
        .iter()
        .map(|row| read_row(row, columns))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(checksum(&rows))
}

/// Every object the file rows name: key, SHA-256 and size.
async fn named_objects(
    snapshot: &mut sqlx::SqliteConnection,
) -> Result<Vec<(String, String, i64)>, MigrateError> {
    let mut all = Vec::new();
    for table in FILE_TABLES {
        let rows: Vec<(String, String, i64)> = sqlx::query_as(&format!(
            "SELECT object_key, sha256, size FROM {table} WHERE object_key IS NOT NULL \
             ORDER BY id"
        ))
        .fetch_all(&mut *snapshot)
        .await?;
        all.extend(rows);
    }
    Ok(all)
}

/// Copies each named object the target lacks (or holds damaged); how many were copied.
async fn copy_objects(
    snapshot: &mut sqlx::SqliteConnection,
    from: &FileStore,
    to: &FileStore,
) -> Result<u64, MigrateError> {
    let mut copied = 0;
    for (key, sha256, size) in named_objects(snapshot).await? {
        if to.get_checked(&key, &sha256, size).await.is_ok() {
            continue;
        }
        let bytes = from.get_checked(&key, &sha256, size).await?;
        to.put_as(&key, bytes).await?;
        copied += 1;
    }
    Ok(copied)
}

/// How many objects the rows name, and how many `store` holds whole.
async fn check_objects(
    snapshot: &mut sqlx::SqliteConnection,
    store: &FileStore,
) -> Result<(u64, u64), MigrateError> {
    let named = named_objects(snapshot).await?;
    let mut whole = 0;
    for (key, sha256, size) in &named {
        if store.get_checked(key, sha256, *size).await.is_ok() {
            whole += 1;
        }
    }
    Ok((named.len() as u64, whole))
}
