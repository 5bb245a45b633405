//! SQL for the visitor's erasure requests: one per brief, recorded with the jeweler's email in one
//! transaction. Asking again changes nothing and answers the first request's time. The erasure
//! itself is the jeweler's (`studio::erase`): one `DELETE` whose cascade takes every commission table.

use crate::store::outbox::{queue_notice, OutboxKind};
use crate::store::{Database, DbError};
use serde_json::json;

/// The request as recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Requested {
    /// When it was first asked for (RFC 3339, UTC).
    pub requested_at: String,
    /// Whether this call recorded it (false: it was asked for before).
    pub new: bool,
}

/// Records the visitor's request to erase brief `id` and queues the jeweler's email, unless it was
/// asked for before.
pub async fn request(
    db: &Database,
    id: i64,
    comment: &str,
    now_unix: i64,
) -> Result<Requested, DbError> {
    let mut tx = db.writer().begin().await?;
    let inserted: Option<(i64, String)> = sqlx::query_as(
        "INSERT INTO erasure_requests (consultation_id, requested_at, comment) VALUES (?, ?, ?) \
         ON CONFLICT (consultation_id) DO NOTHING RETURNING id, requested_at",
    )
    .bind(id)
    .bind(crate::clock::rfc3339(now_unix))
    .bind(comment)
    .fetch_optional(&mut *tx)
    .await?;
    let requested = match inserted {
        Some((request, requested_at)) => {
            queue_notice(
                &mut tx,
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
                "SELECT requested_at FROM erasure_requests WHERE consultation_id = ?",
            )
            .bind(id)
            .fetch_one(&mut *tx)
            .await?,
            new: false,
        },
    };
    tx.commit().await?;
    Ok(requested)
}

/// When the visitor asked to erase brief `id`, if they did.
pub async fn requested_at(db: &Database, id: i64) -> Result<Option<String>, DbError> {
    Ok(
        sqlx::query_scalar("SELECT requested_at FROM erasure_requests WHERE consultation_id = ?")
            .bind(id)
            .fetch_optional(db.reader())
            .await?,
    )
}

/// The visitor's request to erase brief `id`, if they asked: when (RFC 3339) and their comment
/// (empty when they wrote none).
pub async fn request_of(db: &Database, id: i64) -> Result<Option<(String, String)>, DbError> {
    Ok(sqlx::query_as(
        "SELECT requested_at, comment FROM erasure_requests WHERE consultation_id = ?",
    )
    .bind(id)
    .fetch_optional(db.reader())
    .await?)
}

/// The request `request_id` of brief `id`: when, and the visitor's comment.
pub async fn get(
    db: &Database,
    id: i64,
    request_id: i64,
) -> Result<Option<(String, String)>, DbError> {
    Ok(sqlx::query_as(
        "SELECT requested_at, comment FROM erasure_requests WHERE consultation_id = ? AND id = ?",
    )
    .bind(id)
    .bind(request_id)
    .fetch_optional(db.reader())
    .await?)
}
