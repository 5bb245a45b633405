//! SQL for the files a shop's settings name (`shop_logo`, `privacy_notice`, `catalog`), kept in the
//! database so that every server of a deployment has them (`shop_files`): the operator's command
//! stores them as it reads the settings, and each server writes them out to its own data folder
//! before it builds the shop's app (`deployment`).

use crate::store::engines::{commit, read, statements};
use crate::store::{Database, DbError, ShopId};

/// One file a shop's settings name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShopFile {
    /// The setting that names it (`shop_logo`, `privacy_notice` or `catalog`).
    pub setting: String,
    /// The file's own name, as the operator gave it (its extension tells a logo's type).
    pub file_name: String,
    /// Its contents.
    pub bytes: Vec<u8>,
}

/// Makes `files` the shop's files, in place of the ones it had.
pub async fn replace(db: &Database, shop: ShopId, files: &[ShopFile]) -> Result<(), DbError> {
    commit!(db, (shop, files.to_vec()), |on, conn, (shop, files)| {
        on::replace(conn, *shop, files)
    })
}

/// The shop's files.
pub async fn of_shop(db: &Database, shop: ShopId) -> Result<Vec<ShopFile>, DbError> {
    let rows = read!(db, |on, pool| on::of_shop(pool, shop).await)?;
    Ok(rows
        .into_iter()
        .map(|(setting, file_name, bytes)| ShopFile {
            setting,
            file_name,
            bytes,
        })
        .collect())
}

/// The shops that have files stored (one statement, so that a deployment of many shops without
/// files reads none of them).
pub async fn shops_with_files(db: &Database) -> Result<std::collections::HashSet<ShopId>, DbError> {
    let ids = read!(db, |on, pool| on::shops_with_files(pool).await)?;
    Ok(ids.into_iter().map(ShopId::new).collect())
}

statements! {
    /// See [`shops_with_files`](super::shops_with_files).
    pub async fn shops_with_files(pool: &Pool) -> Result<Vec<i64>, sqlx::Error> {
        sqlx::query_scalar("SELECT DISTINCT shop_id FROM shop_files")
            .fetch_all(pool)
            .await
    }

    /// See [`replace`](super::replace).
    pub async fn replace(
        conn: &mut Conn,
        shop: ShopId,
        files: &[ShopFile],
    ) -> Result<(), sqlx::Error> {
        sqlx::query("DELETE FROM shop_files WHERE shop_id = $1")
            .bind(shop.get())
            .execute(&mut *conn)
            .await?;
        for file in files {
            sqlx::query(
                "INSERT INTO shop_files (shop_id, setting, file_name, bytes) \
                 VALUES ($1, $2, $3, $4)",
            )
            .bind(shop.get())
            .bind(&file.setting)
            .bind(&file.file_name)
            .bind(&file.bytes)
            .execute(&mut *conn)
            .await?;
        }
        Ok(())
    }

    /// See [`of_shop`](super::of_shop).
    pub async fn of_shop(
        pool: &Pool,
        shop: ShopId,
    ) -> Result<Vec<(String, String, Vec<u8>)>, sqlx::Error> {
        sqlx::query_as(
            "SELECT setting, file_name, bytes FROM shop_files WHERE shop_id = $1 ORDER BY setting",
        )
        .bind(shop.get())
        .fetch_all(pool)
        .await
    }
}
