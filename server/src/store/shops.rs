//! The shops one deployment keeps, and the wall between them.
//!
//! Every row of a shop's briefs, files, deliveries, accounts' memberships, links, messages and
//! appointments carries its `shop_id`. A [`Database`] handle is always one shop's: the store's
//! functions bind [`Database::shop`] into every statement they run, so a handler given a shop's
//! handle cannot read or change another shop's rows, whatever id or token it passes. Only work
//! that is the deployment's, not a shop's (claiming due deliveries, moving house to PostgreSQL,
//! listing the shops), looks across shops, and says so where it does.
//!
//! Shop 1 is the shop `atelier.toml` describes: a deployment of one jeweler has only it, and
//! every deployment from before shops keeps its rows there.

use crate::store::engines::{commit, read};
use crate::store::{Database, DbError};

/// A shop's number: what every row of the shop carries in `shop_id`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ShopId(i64);

impl ShopId {
    /// The shop `atelier.toml` describes, and the one every row from before shops belongs to.
    pub const FIRST: ShopId = ShopId(1);

    /// The shop numbered `id` (as stored).
    pub const fn new(id: i64) -> Self {
        Self(id)
    }

    /// The number, as bound into statements.
    pub const fn get(self) -> i64 {
        self.0
    }
}

impl std::fmt::Display for ShopId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// A shop as the deployment lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShopRow {
    /// Its number.
    pub id: ShopId,
    /// The name in its addresses (`/s/{slug}/`), unique in the deployment.
    pub slug: String,
    /// Its settings as JSON, as the operator last gave them (checked before they are stored).
    pub settings: String,
    /// When it was added (RFC 3339 UTC).
    pub created_at: String,
    /// When it was disabled, if it is.
    pub disabled_at: Option<String>,
}

/// Why a shop cannot be added.
#[derive(Debug, thiserror::Error)]
pub enum AddShopError {
    /// Another shop has this slug.
    #[error("a shop called `{0}` exists already")]
    Taken(String),
    /// The database failed.
    #[error(transparent)]
    Db(#[from] DbError),
}

/// Every shop of the deployment, by number (the deployment's work that is done shop by shop:
/// retention).
pub async fn all(db: &Database) -> Result<Vec<ShopId>, DbError> {
    let ids = read!(db, |on, pool| on::all(pool).await)?;
    Ok(ids.into_iter().map(ShopId).collect())
}

/// Every shop with its slug and settings, by number.
pub async fn list(db: &Database) -> Result<Vec<ShopRow>, DbError> {
    let rows = read!(db, |on, pool| on::list(pool).await)?;
    Ok(rows.into_iter().map(shop_row).collect())
}

/// The shop called `slug`, if there is one.
pub async fn find(db: &Database, slug: &str) -> Result<Option<ShopRow>, DbError> {
    let row = read!(db, |on, pool| on::find(pool, slug).await)?;
    Ok(row.map(shop_row))
}

/// Adds a shop called `slug` with `settings` (JSON the caller has checked); its number.
pub async fn add(db: &Database, slug: &str, settings: &str) -> Result<ShopId, AddShopError> {
    let added = commit!(db, (slug.to_owned(), settings.to_owned()), |on,
                                                                     conn,
                                                                     (
        slug,
        settings,
    )| on::add(
        conn, slug, settings
    ))?;
    added
        .map(ShopId)
        .ok_or_else(|| AddShopError::Taken(slug.to_owned()))
}

/// Every host name a shop answers on, with its shop (for finding shops by host).
pub async fn hosts(db: &Database) -> Result<Vec<(String, ShopId)>, DbError> {
    let rows = read!(db, |on, pool| on::hosts(pool).await)?;
    Ok(rows
        .into_iter()
        .map(|(host, id)| (host, ShopId(id)))
        .collect())
}

/// The host names `shop` answers on.
pub async fn hosts_of(db: &Database, shop: ShopId) -> Result<Vec<String>, DbError> {
    Ok(read!(db, |on, pool| on::hosts_of(pool, shop).await)?)
}

/// Why a shop's host names cannot be set.
#[derive(Debug, thiserror::Error)]
pub enum HostError {
    /// Another shop answers on this name.
    #[error("the host name `{0}` is another shop's")]
    Taken(String),
    /// The database failed.
    #[error(transparent)]
    Db(#[from] DbError),
}

/// Makes `hosts` the names `shop` answers on, in place of the ones it had; refused, changing
/// nothing, when another shop has one of them.
pub async fn set_hosts(db: &Database, shop: ShopId, hosts: &[String]) -> Result<(), HostError> {
    let taken = commit!(db, (shop, hosts.to_vec()), |on, conn, (shop, hosts)| {
        on::set_hosts(conn, *shop, hosts)
    })?;
    match taken {
        Some(host) => Err(HostError::Taken(host)),
        None => Ok(()),
    }
}

/// Replaces the shop's settings (JSON or TOML text the caller has checked); whether it exists.
pub async fn set_settings(db: &Database, shop: ShopId, settings: &str) -> Result<bool, DbError> {
    commit!(
        db,
        (shop, settings.to_owned()),
        |on, conn, (shop, settings)| on::set_settings(conn, *shop, settings)
    )
}

/// Disables the shop at `at` (RFC 3339), or enables it again with `None`; whether it exists.
pub async fn set_disabled(
    db: &Database,
    shop: ShopId,
    at: Option<String>,
) -> Result<bool, DbError> {
    commit!(db, (shop, at), |on, conn, (shop, at)| {
        on::set_disabled(conn, *shop, at.as_deref())
    })
}

/// What erasing a shop leaves for the caller to remove outside the database.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Erased {
    /// The object keys of the files erased.
    pub objects: Vec<String>,
    /// The references of the briefs erased (their mail copies are named after them).
    pub references: Vec<String>,
}

/// Erases the shop and everything it owns: briefs (with their files' rows, deliveries, links,
/// messages, proposals, appointments), booking settings, host names and memberships, and the
/// accounts of people who belonged to no other shop. Returns what the caller removes once the
/// rows are gone: the files' objects and the briefs' references. Shop 1, the shop of
/// `atelier.toml`, cannot be erased.
pub async fn delete(db: &Database, shop: ShopId) -> Result<Erased, DbError> {
    if shop == ShopId::FIRST {
        return Ok(Erased::default());
    }
    commit!(db, shop, |on, conn, shop| on::delete(conn, *shop))
}

/// What the shop of `db` has used of its quotas: briefs received since `since` (RFC 3339) and
/// bytes kept in files (see `shop_storage`, kept by triggers).
pub async fn usage(db: &Database, since: &str) -> Result<Usage, DbError> {
    let (briefs, bytes) = read!(db, |on, pool| on::usage(pool, db.shop(), since).await)?;
    Ok(Usage {
        briefs_since: briefs,
        stored_bytes: bytes,
    })
}

/// A shop's use of its quotas.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Usage {
    /// Briefs received since the time asked about.
    pub briefs_since: i64,
    /// Bytes of pictures and photos kept.
    pub stored_bytes: i64,
}

/// How a shop's row reads.
type Row = (i64, String, String, String, Option<String>);

fn shop_row((id, slug, settings, created_at, disabled_at): Row) -> ShopRow {
    ShopRow {
        id: ShopId(id),
        slug,
        settings,
        created_at,
        disabled_at,
    }
}

/// The open shops whose studios the person `user_id` may open: across shops, but only that
/// person's own memberships, for the studio's shop switcher.
pub async fn of_person(db: &Database, user_id: i64) -> Result<Vec<ShopRow>, DbError> {
    let rows = read!(db, |on, pool| on::of_person(pool, user_id).await)?;
    Ok(rows.into_iter().map(shop_row).collect())
}

crate::store::engines::statements! {
    /// See [`all`](super::all).
    pub async fn all(pool: &Pool) -> Result<Vec<i64>, sqlx::Error> {
        sqlx::query_scalar("SELECT id FROM shops ORDER BY id").fetch_all(pool).await
    }

    /// See [`list`](super::list).
    pub async fn list(pool: &Pool) -> Result<Vec<Row>, sqlx::Error> {
        sqlx::query_as("SELECT id, slug, settings, created_at, disabled_at FROM shops ORDER BY id")
            .fetch_all(pool)
            .await
    }

    /// See [`find`](super::find).
    pub async fn find(pool: &Pool, slug: &str) -> Result<Option<Row>, sqlx::Error> {
        sqlx::query_as(
            "SELECT id, slug, settings, created_at, disabled_at FROM shops WHERE slug = $1",
        )
        .bind(slug)
        .fetch_optional(pool)
        .await
    }

    /// See [`usage`](super::usage): the count walks the shop's part of `consultations_newest`
    /// from `since`; the bytes are one row.
    pub async fn usage(pool: &Pool, shop: ShopId, since: &str) -> Result<(i64, i64), sqlx::Error> {
        sqlx::query_as(
            "SELECT (SELECT COUNT(*) FROM consultations WHERE shop_id = $1 AND created_at >= $2), \
             COALESCE((SELECT bytes FROM shop_storage WHERE shop_id = $1), 0)",
        )
        .bind(shop.get())
        .bind(since)
        .fetch_one(pool)
        .await
    }

    /// See [`of_person`](super::of_person).
    pub async fn of_person(pool: &Pool, user_id: i64) -> Result<Vec<Row>, sqlx::Error> {
        sqlx::query_as(
            "SELECT s.id, s.slug, s.settings, s.created_at, s.disabled_at FROM shops s \
             JOIN shop_members m ON m.shop_id = s.id \
             WHERE m.user_id = $1 AND s.disabled_at IS NULL ORDER BY s.id",
        )
        .bind(user_id)
        .fetch_all(pool)
        .await
    }

    /// See [`hosts`](super::hosts).
    pub async fn hosts(pool: &Pool) -> Result<Vec<(String, i64)>, sqlx::Error> {
        sqlx::query_as("SELECT host, shop_id FROM shop_hosts ORDER BY host")
            .fetch_all(pool)
            .await
    }

    /// See [`hosts_of`](super::hosts_of).
    pub async fn hosts_of(pool: &Pool, shop: ShopId) -> Result<Vec<String>, sqlx::Error> {
        sqlx::query_scalar("SELECT host FROM shop_hosts WHERE shop_id = $1 ORDER BY host")
            .bind(shop.get())
            .fetch_all(pool)
            .await
    }

    /// See [`set_hosts`](super::set_hosts): the first name another shop has, if any (found
    /// before anything is written, so the names are left as they were).
    pub async fn set_hosts(
        conn: &mut Conn,
        shop: ShopId,
        hosts: &[String],
    ) -> Result<Option<String>, sqlx::Error> {
        for host in hosts {
            let owner: Option<i64> =
                sqlx::query_scalar("SELECT shop_id FROM shop_hosts WHERE host = $1")
                    .bind(host)
                    .fetch_optional(&mut *conn)
                    .await?;
            if owner.is_some_and(|owner| owner != shop.get()) {
                return Ok(Some(host.clone()));
            }
        }
        sqlx::query("DELETE FROM shop_hosts WHERE shop_id = $1")
            .bind(shop.get())
            .execute(&mut *conn)
            .await?;
        for host in hosts {
            sqlx::query("INSERT INTO shop_hosts (host, shop_id) VALUES ($1, $2)")
                .bind(host)
                .bind(shop.get())
                .execute(&mut *conn)
                .await?;
        }
        Ok(None)
    }

    /// See [`set_settings`](super::set_settings).
    pub async fn set_settings(
        conn: &mut Conn,
        shop: ShopId,
        settings: &str,
    ) -> Result<bool, sqlx::Error> {
        let done = sqlx::query("UPDATE shops SET settings = $1 WHERE id = $2")
            .bind(settings)
            .bind(shop.get())
            .execute(conn)
            .await?;
        Ok(done.rows_affected() == 1)
    }

    /// See [`set_disabled`](super::set_disabled).
    pub async fn set_disabled(
        conn: &mut Conn,
        shop: ShopId,
        at: Option<&str>,
    ) -> Result<bool, sqlx::Error> {
        let done = sqlx::query("UPDATE shops SET disabled_at = $1 WHERE id = $2")
            .bind(at)
            .bind(shop.get())
            .execute(conn)
            .await?;
        Ok(done.rows_affected() == 1)
    }

    /// See [`delete`](super::delete).
    pub async fn delete(conn: &mut Conn, shop: ShopId) -> Result<Erased, sqlx::Error> {
        let references: Vec<String> =
            sqlx::query_scalar("SELECT reference FROM consultations WHERE shop_id = $1")
                .bind(shop.get())
                .fetch_all(&mut *conn)
                .await?;
        let objects: Vec<String> = sqlx::query_scalar(
            "SELECT object_key FROM consultation_files \
             WHERE shop_id = $1 AND object_key IS NOT NULL \
             UNION ALL SELECT object_key FROM commission_files \
             WHERE shop_id = $1 AND object_key IS NOT NULL",
        )
        .bind(shop.get())
        .fetch_all(&mut *conn)
        .await?;
        // The briefs take their rows in every other table with them (ON DELETE CASCADE).
        for statement in [
            "DELETE FROM consultations WHERE shop_id = $1",
            "DELETE FROM consultation_counts WHERE shop_id = $1",
            "DELETE FROM shop_storage WHERE shop_id = $1",
            "DELETE FROM studio_setup_tokens WHERE shop_id = $1",
            "DELETE FROM studio_users WHERE id IN (SELECT user_id FROM shop_members \
             WHERE shop_id = $1) AND id NOT IN (SELECT user_id FROM shop_members \
             WHERE shop_id <> $1)",
            "DELETE FROM shops WHERE id = $1",
        ] {
            sqlx::query(statement)
                .bind(shop.get())
                .execute(&mut *conn)
                .await?;
        }
        Ok(Erased {
            objects,
            references,
        })
    }

    /// See [`add`](super::add): the new shop's number, or `None` when the slug is taken.
    pub async fn add(
        conn: &mut Conn,
        slug: &str,
        settings: &str,
    ) -> Result<Option<i64>, sqlx::Error> {
        sqlx::query_scalar(
            "INSERT INTO shops (slug, settings) VALUES ($1, $2) \
             ON CONFLICT (slug) DO NOTHING RETURNING id",
        )
        .bind(slug)
        .bind(settings)
        .fetch_optional(conn)
        .await
    }
}
