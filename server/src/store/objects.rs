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
//!
//! **Shops.** The upgrade runs shop by shop, each with its own handle: a shop's rows are read and
//! updated with its `shop_id`, and their objects get its keys. The sweep is the deployment's work:
//! the object store is one for every shop, so it lists every shop's objects and keeps each that
//! any shop's row names, whichever shop's handle runs it.

use crate::store::engines::{commit, read, statements};
use crate::store::files::{self, StoredObject};
use crate::store::{shops, Database, DbError, ShopId};
use std::collections::HashSet;
use std::time::SystemTime;

/// Rows moved per transaction (each up to a few MiB in memory while it moves).
const BATCH: i64 = 8;

/// The file tables.
const TABLES: [&str; 2] = ["consultation_files", "commission_files"];

/// Moves the bytes of every row that still holds them out to objects, every shop's with its own
/// handle; how many rows moved.
pub async fn move_out(db: &Database) -> Result<u64, DbError> {
    let mut moved = 0;
    for shop in shops::all(db).await? {
        moved += move_out_of_shop(&db.for_shop(shop)).await?;
    }
    Ok(moved)
}

/// [`move_out`] for `db.shop()`'s rows, whose objects get the shop's keys.
async fn move_out_of_shop(db: &Database) -> Result<u64, DbError> {
    let mut moved = 0;
    let store = db.files().for_shop(db.shop());
    for table in TABLES {
        loop {
            let rows = read!(db, |on, pool| on::rows_with_bytes(pool, db.shop(), table)
                .await)?;
            if rows.is_empty() {
                break;
            }
            let (ids, contents): (Vec<i64>, Vec<Vec<u8>>) = rows.into_iter().unzip();
            let objects = store.put_all(contents).await?;
            let unused = name_objects(db, table, &ids, &objects).await;
            match unused {
                Ok(unused) => {
                    store.delete_logged(&unused).await;
                    moved += (ids.len() - unused.len()) as u64;
                }
                Err(e) => {
                    store.delete_logged(&files::keys(&objects)).await;
                    return Err(e);
                }
            }
        }
    }
    Ok(moved)
}

/// Makes the shop's rows `ids` of `table` name `objects` (in order) in one transaction; the keys
/// of the objects whose row was gone or moved meanwhile.
async fn name_objects(
    db: &Database,
    table: &'static str,
    ids: &[i64],
    objects: &[StoredObject],
) -> Result<Vec<String>, DbError> {
    let named = (table, ids.to_vec(), objects.to_vec());
    commit!(db, (db.shop(), named), |on, conn, (shop, named)| {
        on::name_objects(conn, *shop, named)
    })
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

/// Every object key a file row of any shop names, read once per sweep rather than once per
/// object (the sweep is the deployment's: see the module's documentation).
async fn named_keys(db: &Database) -> Result<HashSet<String>, DbError> {
    let keys = read!(db, |on, pool| on::named_keys(pool).await)?;
    Ok(keys.into_iter().collect())
}

/// Deletes the objects that no row names, and the temporary files of writes a crash cut short,
/// that were last written before `now` less [`files::SWEEP_AGE`]; how many. This is the
/// deployment's work: every shop's objects and rows, whichever shop `db` is.
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
    /// Up to `BATCH` of the shop's rows of `table` that still hold their bytes.
    pub async fn rows_with_bytes(
        pool: &Pool,
        shop: ShopId,
        table: &str,
    ) -> Result<Vec<(i64, Vec<u8>)>, sqlx::Error> {
        sqlx::query_as(&format!(
            "SELECT id, bytes FROM {table} \
             WHERE shop_id = $1 AND object_key IS NULL AND bytes IS NOT NULL ORDER BY id LIMIT $2"
        ))
        .bind(shop.get())
        .bind(BATCH)
        .fetch_all(pool)
        .await
    }

    /// Makes the shop's rows `ids` of `table` name `objects`, in order; the keys of the objects
    /// whose row was gone or moved meanwhile (or is not the shop's).
    pub async fn name_objects(
        conn: &mut Conn,
        shop: ShopId,
        (table, ids, objects): &Naming,
    ) -> Result<Vec<String>, sqlx::Error> {
        let sql = format!(
            "UPDATE {table} SET object_key = $1, sha256 = $2, size = $3, bytes = NULL \
             WHERE shop_id = $4 AND id = $5 AND object_key IS NULL"
        );
        let mut unused = Vec::new();
        for (id, object) in ids.iter().zip(objects) {
            let updated = sqlx::query(&sql)
                .bind(&object.key)
                .bind(&object.sha256)
                .bind(object.size)
                .bind(shop.get())
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

    /// Every object key a file row of any shop names (the sweep's, the deployment's work).
    pub async fn named_keys(pool: &Pool) -> Result<Vec<String>, sqlx::Error> {
        sqlx::query_scalar(
            "SELECT object_key FROM consultation_files WHERE object_key IS NOT NULL \
             UNION SELECT object_key FROM commission_files WHERE object_key IS NOT NULL",
        )
        .fetch_all(pool)
        .await
    }
}
