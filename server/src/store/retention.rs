//! SQL for the retention purge (`studio::retention`): what it deletes once its time has come.
//! Briefs marked spam or archived long enough ago (the `DELETE` cascades to every table of the
//! brief), expired or idle studio sessions, and expired setup tokens. The purge decides the
//! cut-off times; these functions only delete what is older.

use crate::store::{Database, DbError};
use atelier_core::workflow::Status;

/// Deletes the briefs whose status is `status` and was set at or before `marked_by` (Unix
/// seconds); the references of the briefs deleted. Their files' objects are deleted once the rows
/// are gone (a failure is logged and left to the sweep).
pub async fn erase_briefs_marked(
    db: &Database,
    status: Status,
    marked_by: i64,
) -> Result<Vec<String>, DbError> {
    let mut tx = db.writer().begin().await?;
    let keys: Vec<String> = sqlx::query_scalar(
        "SELECT object_key FROM consultation_files WHERE object_key IS NOT NULL AND consultation_id IN \
         (SELECT id FROM consultations WHERE status = ? AND status_changed_at <= ?) \
         UNION ALL SELECT object_key FROM commission_files WHERE object_key IS NOT NULL AND consultation_id IN \
         (SELECT id FROM consultations WHERE status = ? AND status_changed_at <= ?)",
    )
    .bind(status.name())
    .bind(marked_by)
    .bind(status.name())
    .bind(marked_by)
    .fetch_all(&mut *tx)
    .await?;
    let references = sqlx::query_scalar(
        "DELETE FROM consultations WHERE status = ? AND status_changed_at <= ? RETURNING reference",
    )
    .bind(status.name())
    .bind(marked_by)
    .fetch_all(&mut *tx)
    .await?;
    tx.commit().await?;
    db.files().delete_logged(&keys).await;
    Ok(references)
}

/// Deletes the studio sessions that expired by `expired_by` or were last seen at or before
/// `idle_since`; how many.
pub async fn purge_sessions(
    db: &Database,
    expired_by: i64,
    idle_since: i64,
) -> Result<u64, DbError> {
    Ok(
        sqlx::query("DELETE FROM studio_sessions WHERE expires_at <= ? OR last_seen_at <= ?")
            .bind(expired_by)
            .bind(idle_since)
            .execute(db.writer())
            .await?
            .rows_affected(),
    )
}

/// Deletes the setup tokens that expired by `expired_by`; how many.
pub async fn purge_setup_tokens(db: &Database, expired_by: i64) -> Result<u64, DbError> {
    Ok(
        sqlx::query("DELETE FROM studio_setup_tokens WHERE expires_at <= ?")
            .bind(expired_by)
            .execute(db.writer())
            .await?
            .rows_affected(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::accounts;

    const NOW: i64 = 1_795_000_000;

    #[tokio::test]
    async fn expired_and_idle_sessions_and_expired_setup_tokens_go() {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = Database::open(&dir.path().join("atelier.db"))
            .await
            .expect("open");
        let user = accounts::add_user(&db, "a@example.com", "hash", NOW)
            .await
            .expect("add")
            .expect("new");
        for (hash, seen, expires) in [
            ("expired", NOW, NOW - 1),
            ("idle", NOW - 100, NOW + 3600),
            ("live", NOW, NOW + 3600),
        ] {
            accounts::insert_session(&db, hash, user, "csrf", seen, expires)
                .await
                .expect("session");
        }
        assert_eq!(purge_sessions(&db, NOW, NOW - 50).await.expect("purge"), 2);
        assert!(accounts::live_session(&db, "live", NOW, 0)
            .await
            .expect("lookup")
            .is_some());
        accounts::replace_setup_token(&db, "digest", NOW)
            .await
            .expect("token");
        assert_eq!(purge_setup_tokens(&db, NOW - 1).await.expect("purge"), 0);
        assert_eq!(purge_setup_tokens(&db, NOW).await.expect("purge"), 1);
    }
}
