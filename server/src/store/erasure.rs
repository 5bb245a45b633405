//! SQL for the visitor's erasure requests: one per brief, recorded with the jeweler's email in one
//! transaction. Asking again changes nothing and answers the first request's time. The erasure
//! itself is the jeweler's (`studio::erase`): one `DELETE` whose cascade takes every commission table.
//!
//! Every function is about `db.shop()`'s briefs only: another shop's brief has no request here,
//! and cannot be asked to be erased through this shop's handle.

use crate::store::engines::{commit, read, statements};
use crate::store::outbox::OutboxKind;
use crate::store::{Database, DbError, ShopId};
use serde_json::json;

/// The request as recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Requested {
    /// When it was first asked for (RFC 3339, UTC).
    pub requested_at: String,
    /// Whether this call recorded it (false: it was asked for before).
    pub new: bool,
}

/// Records the visitor's request to erase the shop's brief `id` and queues the jeweler's email,
/// unless it was asked for before. A brief that is not the shop's (or not there) is an error, the
/// same either way, and nothing is recorded.
pub async fn request(
    db: &Database,
    id: i64,
    comment: &str,
    now_unix: i64,
) -> Result<Requested, DbError> {
    let asked = (db.shop(), id, comment.to_owned(), now_unix);
    commit!(db, asked, |on, conn, (shop, id, comment, now)| on::request(
        conn, *shop, *id, comment, *now
    ))
}

/// When the visitor asked to erase the shop's brief `id`, if they did.
pub async fn requested_at(db: &Database, id: i64) -> Result<Option<String>, DbError> {
    Ok(read!(db, |on, pool| on::requested_at(pool, db.shop(), id).await)?)
}

/// The visitor's request to erase the shop's brief `id`, if they asked: when (RFC 3339) and their
/// comment (empty when they wrote none).
pub async fn request_of(db: &Database, id: i64) -> Result<Option<(String, String)>, DbError> {
    Ok(read!(db, |on, pool| on::request_of(pool, db.shop(), id).await)?)
}

/// The request `request_id` of the shop's brief `id`: when, and the visitor's comment.
pub async fn get(
    db: &Database,
    id: i64,
    request_id: i64,
) -> Result<Option<(String, String)>, DbError> {
    Ok(read!(db, |on, pool| on::get(
        pool,
        db.shop(),
        id,
        request_id
    )
    .await)?)
}

statements! {
    uses outbox;

    /// See [`super::request`]: the request and its email inside one transaction, or the first
    /// request's time. The request is made only for the shop's own brief; for another's, nothing is
    /// inserted and the first request's time is not found (no row).
    pub async fn request(
        conn: &mut Conn,
        shop: ShopId,
        id: i64,
        comment: &str,
        now_unix: i64,
    ) -> Result<Requested, sqlx::Error> {
        let inserted: Option<(i64, String)> = sqlx::query_as(
            "INSERT INTO erasure_requests (shop_id, consultation_id, requested_at, comment) \
             SELECT shop_id, id, $3, $4 FROM consultations WHERE shop_id = $1 AND id = $2 \
             ON CONFLICT (consultation_id) DO NOTHING RETURNING id, requested_at",
        )
        .bind(shop.get())
        .bind(id)
        .bind(crate::clock::rfc3339(now_unix))
        .bind(comment)
        .fetch_optional(&mut *conn)
        .await?;
        Ok(match inserted {
            Some((request, requested_at)) => {
                outbox::queue_notice(
                    conn,
                    shop,
                    id,
                    OutboxKind::ErasureRequestEmail,
                    &json!({"erasure_request": request}),
                    now_unix,
                )
                .await?;
                Requested {
                    requested_at,
                    new: true,
                }
            }
            None => Requested {
                requested_at: sqlx::query_scalar(
                    "SELECT requested_at FROM erasure_requests \
                     WHERE shop_id = $1 AND consultation_id = $2",
                )
                .bind(shop.get())
                .bind(id)
                .fetch_one(conn)
                .await?,
                new: false,
            },
        })
    }

    /// See [`super::requested_at`].
    pub async fn requested_at(
        pool: &Pool,
        shop: ShopId,
        id: i64,
    ) -> Result<Option<String>, sqlx::Error> {
        sqlx::query_scalar(
            "SELECT requested_at FROM erasure_requests WHERE shop_id = $1 AND consultation_id = $2",
        )
        .bind(shop.get())
        .bind(id)
            .fetch_optional(pool)
            .await
    }

    /// See [`super::request_of`].
    pub async fn request_of(
        pool: &Pool,
        shop: ShopId,
        id: i64,
    ) -> Result<Option<(String, String)>, sqlx::Error> {
        sqlx::query_as(
            "SELECT requested_at, comment FROM erasure_requests \
             WHERE shop_id = $1 AND consultation_id = $2",
        )
        .bind(shop.get())
        .bind(id)
        .fetch_optional(pool)
        .await
    }

    /// See [`super::get`].
    pub async fn get(
        pool: &Pool,
        shop: ShopId,
        id: i64,
        request_id: i64,
    ) -> Result<Option<(String, String)>, sqlx::Error> {
        sqlx::query_as(
            "SELECT requested_at, comment FROM erasure_requests \
             WHERE shop_id = $1 AND consultation_id = $2 AND id = $3",
        )
        .bind(shop.get())
        .bind(id)
        .bind(request_id)
        .fetch_optional(pool)
        .await
    }
}
