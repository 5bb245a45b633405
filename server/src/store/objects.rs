//! What the file tables say about objects: moving the bytes of rows written before migration 0009
//! out to objects (the upgrade), and removing the objects no row names (the sweep).
//!
//! **The upgrade** runs when the database opens, in small batches: each row's bytes are written
//! as an object first, then one transaction per batch makes each row name its object and sets
//! `bytes` NULL. A crash anywhere leaves every row whole (its bytes, or its object): the next
//! start moves what is left, and an object written for a row that was not updated is swept.
//!
//! **The sweep** (with retention's hourly run) deletes the objects no row names once they are
//! older than [`files::SWEEP_AGE`], so an object written just before its row commits is never
//! touched; objects a failed delete left behind (an erasure's, a refused brief's) go the same way.

use crate::store::engines::{commit, read, statements};
use crate::store::files::{self, StoredObject};
use crate::store::{Database, DbError};
use std::collections::HashSet;
use std::time::SystemTime;

/// Rows moved per transaction (each up to a few MiB in memory while it moves).
const BATCH: i64 = 8;

/// The file tables.
const TABLES: [&str; 2] = ["consultation_files", "commission_files"];

/// Moves the bytes of every row that still holds them out to objects; how many rows moved.
pub async fn move_out(db: &Database) -> Result<u64, DbError> {
    let mut moved = 0;
    for table in TABLES {
        loop {
            let rows = read!(db, |on, pool| on::rows_with_bytes(pool, table).await)?;
            if rows.is_empty() {
                break;
            }
            let (ids, contents): (Vec<i64>, Vec<Vec<u8>>) = rows.into_iter().unzip();
            let objects = db.files().put_all(contents).await?;
            let unused = name_objects(db, table, &ids, &objects).await;
            match unused {
                Ok(unused) => {
                    db.files().delete_logged(&unused).await;
                    moved += (ids.len() - unused.len()) as u64;
                }
                Err(e) => {
                    db.files().delete_logged(&files::keys(&objects)).await;
                    return Err(e);
                }
            }
        }
    }
    Ok(moved)
}

/// Makes rows `ids` of `table` name `objects` (in order) in one transaction; the keys of the
/// objects whose row was gone or moved meanwhile.
async fn name_objects(
    db: &Database,
    table: &'static str,
    ids: &[i64],
    objects: &[StoredObject],
) -> Result<Vec<String>, DbError> {
    let named = (table, ids.to_vec(), objects.to_vec());
    commit!(db, named, |on, conn, named| on::name_objects(conn, named))
}

/// Moves the old rows' bytes out when the database opens; a failure (a full disk, say) is logged
/// and the server carries on, reading those rows' bytes as before, and tries again at the next
/// start.
pub async fn move_out_at_start(db: &Database) {
    match move_out(db).await {
        Ok(0) => {}
        Ok(moved) => tracing::info!(moved, "files moved out of the database to objects"),
        Err(error) => tracing::warn!(
            %error,
            "files could not all be moved out of the database; they are served from it until \
             the next start"
        ),
    }
}

/// Every object key a file row names, read once per sweep rather than once per object.
async fn named_keys(db: &Database) -> Result<HashSet<String>, DbError> {
    let keys = read!(db, |on, pool| on::named_keys(pool).await)?;
    Ok(keys.into_iter().collect())
}

/// Deletes the objects that no row names, and the temporary files of writes a crash cut short,
/// that were last written before `now` less [`files::SWEEP_AGE`]; how many.
pub async fn sweep(db: &Database, now: SystemTime) -> Result<u64, DbError> {
    let cutoff = now
        .checked_sub(files::SWEEP_AGE)
        .unwrap_or(SystemTime::UNIX_EPOCH);
    let mut swept = db.files().remove_unfinished(cutoff).await?;
    let objects = db.files().list().await?;
    let named = named_keys(db).await?;
    for object in objects {
        if object.modified >= cutoff || named.contains(&object.key) {
            continue;
        }
        match db.files().delete(&object.key).await {
            Ok(()) => swept += 1,
            Err(error) => {
                tracing::warn!(key = %object.key, %error, "an orphan object could not be deleted");
            }
        }
    }
    Ok(swept)
}

/// Which rows of which table name which objects, in order.
type Naming = (&'static str, Vec<i64>, Vec<StoredObject>);

statements! {
    /// Up to `BATCH` rows of `table` that still hold their bytes.
    pub async fn rows_with_bytes(
        pool: &Pool,
        table: &str,
    ) -> Result<Vec<(i64, Vec<u8>)>, sqlx::Error> {
        sqlx::query_as(&format!(
            "SELECT id, bytes FROM {table} \
             WHERE object_key IS NULL AND bytes IS NOT NULL ORDER BY id LIMIT $1"
        ))
        .bind(BATCH)
        .fetch_all(pool)
        .await
    }

    /// Makes rows `ids` of `table` name `objects`, in order; the keys of the objects whose row was
    /// gone or moved meanwhile.
    pub async fn name_objects(
        conn: &mut Conn,
        (table, ids, objects): &Naming,
    ) -> Result<Vec<String>, sqlx::Error> {
        let sql = format!(
            "UPDATE {table} SET object_key = $1, sha256 = $2, size = $3, bytes = NULL \
             WHERE id = $4 AND object_key IS NULL"
        );
        let mut unused = Vec::new();
        for (id, object) in ids.iter().zip(objects) {
            let updated = sqlx::query(&sql)
                .bind(&object.key)
                .bind(&object.sha256)
                .bind(object.size)
                .bind(id)
                .execute(&mut *conn)
                .await?
                .rows_affected();
            if updated == 0 {
                unused.push(object.key.clone());
            }
        }
        Ok(unused)
    }

    /// Every object key a file row names.
    pub async fn named_keys(pool: &Pool) -> Result<Vec<String>, sqlx::Error> {
        sqlx::query_scalar(
            "SELECT object_key FROM consultation_files WHERE object_key IS NOT NULL \
             UNION SELECT object_key FROM commission_files WHERE object_key IS NOT NULL",
        )
        .fetch_all(pool)
        .await
    }
}
