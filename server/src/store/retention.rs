//! SQL for the retention purge (`studio::retention`): what it deletes once its time has come.
//! Briefs marked spam or archived long enough ago (the `DELETE` cascades to every table of the
//! brief), expired or idle studio sessions, and expired setup tokens. The purge decides the
//! cut-off times; these functions only delete what is older.
//!
//! Briefs and setup tokens are a shop's: those functions delete `db.shop()`'s only, and the purge
//! runs them for every shop. Studio sessions belong to people, not shops (a person signs in once
//! for every shop they are a member of), so purging expired sessions is the deployment's work:
//! [`purge_sessions`] deletes every expired session, whichever shop `db` is.

use crate::store::engines::{commit, statements};
use crate::store::{Database, DbError, ShopId};
use atelier_core::workflow::Status;

/// Deletes the shop's briefs whose status is `status` and was set at or before `marked_by` (Unix
/// seconds); the references of the briefs deleted. Their files' objects are deleted once the rows
/// are gone (a failure is logged and left to the sweep).
pub async fn erase_briefs_marked(
    db: &Database,
    status: Status,
    marked_by: i64,
) -> Result<Vec<String>, DbError> {
    let (keys, references) = commit!(
        db,
        (db.shop(), status, marked_by),
        |on, conn, (shop, status, by)| on::erase_briefs_marked(conn, *shop, *status, *by)
    )?;
    db.files().delete_logged(&keys).await;
    Ok(references)
}

/// Deletes the studio sessions that expired by `expired_by` or were last seen at or before
/// `idle_since`, every shop's (sessions are people's, not shops': the deployment's work); how
/// many.
pub async fn purge_sessions(
    db: &Database,
    expired_by: i64,
    idle_since: i64,
) -> Result<u64, DbError> {
    commit!(db, (expired_by, idle_since), |on, conn, (expired, idle)| {
        on::purge_sessions(conn, *expired, *idle)
    })
}

/// Deletes the shop's setup tokens that expired by `expired_by`; how many.
pub async fn purge_setup_tokens(db: &Database, expired_by: i64) -> Result<u64, DbError> {
    commit!(db, (db.shop(), expired_by), |on, conn, (shop, expired)| {
        on::purge_setup_tokens(conn, *shop, *expired)
    })
}

statements! {
    /// See [`super::erase_briefs_marked`]: the keys of the objects the deleted briefs' files named
    /// (for the caller to delete once committed), and the briefs' references.
    pub async fn erase_briefs_marked(
        conn: &mut Conn,
        shop: ShopId,
        status: Status,
        marked_by: i64,
    ) -> Result<(Vec<String>, Vec<String>), sqlx::Error> {
        let keys = sqlx::query_scalar(
            "SELECT object_key FROM consultation_files \
             WHERE shop_id = $1 AND object_key IS NOT NULL AND consultation_id IN \
             (SELECT id FROM consultations \
              WHERE shop_id = $1 AND status = $2 AND status_changed_at <= $3) \
             UNION ALL SELECT object_key FROM commission_files \
             WHERE shop_id = $1 AND object_key IS NOT NULL AND consultation_id IN \
             (SELECT id FROM consultations \
              WHERE shop_id = $1 AND status = $2 AND status_changed_at <= $3)",
        )
        .bind(shop.get())
        .bind(status.name())
        .bind(marked_by)
        .fetch_all(&mut *conn)
        .await?;
        let references = sqlx::query_scalar(
            "DELETE FROM consultations \
             WHERE shop_id = $1 AND status = $2 AND status_changed_at <= $3 RETURNING reference",
        )
        .bind(shop.get())
        .bind(status.name())
        .bind(marked_by)
        .fetch_all(&mut *conn)
        .await?;
        Ok((keys, references))
    }

    /// See [`super::purge_sessions`]: every shop's (sessions have no shop).
    pub async fn purge_sessions(
        conn: &mut Conn,
        expired_by: i64,
        idle_since: i64,
    ) -> Result<u64, sqlx::Error> {
        Ok(
            sqlx::query("DELETE FROM studio_sessions WHERE expires_at <= $1 OR last_seen_at <= $2")
                .bind(expired_by)
                .bind(idle_since)
                .execute(conn)
                .await?
                .rows_affected(),
        )
    }

    /// See [`super::purge_setup_tokens`].
    pub async fn purge_setup_tokens(
        conn: &mut Conn,
        shop: ShopId,
        expired_by: i64,
    ) -> Result<u64, sqlx::Error> {
        Ok(
            sqlx::query("DELETE FROM studio_setup_tokens WHERE shop_id = $1 AND expires_at <= $2")
                .bind(shop.get())
                .bind(expired_by)
                .execute(conn)
                .await?
                .rows_affected(),
        )
    }
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
        // Another shop's purge leaves this shop's token alone.
        let theirs = db.for_shop(ShopId::new(2));
        assert_eq!(purge_setup_tokens(&theirs, NOW).await.expect("purge"), 0);
        assert_eq!(purge_setup_tokens(&db, NOW).await.expect("purge"), 1);
    }
}
