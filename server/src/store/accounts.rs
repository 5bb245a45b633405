//! SQL for the studio's sign-in: jeweler accounts (`studio_users`), the one-time setup token that
//! creates the first account (`studio_setup_tokens`) and signed-in sessions (`studio_sessions`).
//!
//! `studio::accounts` and `studio::session` keep the logic (checking and hashing passwords,
//! drawing and hashing secrets, cookies, idle timeouts) and call these functions with what is
//! stored: SHA-256 digests, never a secret itself. Times are Unix seconds unless said otherwise.

use crate::clock;
use crate::store::{Database, DbError};
use sqlx::{SqliteConnection, SqliteExecutor};

/// An account as sign-in needs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StudioUser {
    /// Account row id.
    pub id: i64,
    /// The password's hash (PHC string).
    pub password_hash: String,
}

/// A session that is live, with its account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LiveSession {
    /// Account row id.
    pub user_id: i64,
    /// Account email, lower-cased.
    pub email: String,
    /// The session's CSRF token.
    pub csrf: String,
    /// When the session was last seen.
    pub last_seen_at: i64,
}

/// How spending a setup token ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SetupOutcome {
    /// The token was spent and the first account created with this id.
    Created(i64),
    /// No unused, unexpired token has this digest (nothing changed).
    TokenRefused,
    /// An account exists already (nothing changed).
    AccountExists,
    /// An account with this email exists already (nothing changed).
    EmailTaken,
}

/// Inserts an account on `conn` (inside the caller's transaction, if any); its id, or `None` when
/// an account with this email exists already.
pub async fn insert_user(
    conn: &mut SqliteConnection,
    email: &str,
    password_hash: &str,
    now: i64,
) -> Result<Option<i64>, DbError> {
    let result = sqlx::query_scalar(
        "INSERT INTO studio_users (email, password_hash, created_at) VALUES (?, ?, ?) RETURNING id",
    )
    .bind(email)
    .bind(password_hash)
    .bind(clock::rfc3339(now))
    .fetch_one(&mut *conn)
    .await;
    match result {
        Ok(id) => Ok(Some(id)),
        Err(e)
            if e.as_database_error()
                .is_some_and(|d| d.is_unique_violation()) =>
        {
            Ok(None)
        }
        Err(e) => Err(e.into()),
    }
}

/// Adds an account (the `user add` command) and, once it exists, removes any setup token, which
/// is pointless from then on. Its id, or `None` when an account with this email exists already.
pub async fn add_user(
    db: &Database,
    email: &str,
    password_hash: &str,
    now: i64,
) -> Result<Option<i64>, DbError> {
    let mut conn = db.writer().acquire().await?;
    let Some(id) = insert_user(&mut conn, email, password_hash, now).await? else {
        return Ok(None);
    };
    sqlx::query("DELETE FROM studio_setup_tokens")
        .execute(&mut *conn)
        .await?;
    Ok(Some(id))
}

/// The account with this (normalised) email, if any.
pub async fn find_user(db: &Database, email: &str) -> Result<Option<StudioUser>, DbError> {
    let row: Option<(i64, String)> =
        sqlx::query_as("SELECT id, password_hash FROM studio_users WHERE email = ?")
            .bind(email)
            .fetch_optional(db.reader())
            .await?;
    Ok(row.map(|(id, password_hash)| StudioUser { id, password_hash }))
}

/// Whether any studio account exists.
pub async fn any_user(db: &Database) -> Result<bool, DbError> {
    Ok(user_count(db.reader()).await? > 0)
}

async fn user_count<'e>(executor: impl SqliteExecutor<'e>) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT COUNT(*) FROM studio_users")
        .fetch_one(executor)
        .await
}

/// Replaces any earlier setup token by the one with this digest, valid until `expires_at`, in one
/// transaction.
pub async fn replace_setup_token(
    db: &Database,
    token_hash: &str,
    expires_at: i64,
) -> Result<(), DbError> {
    let mut tx = db.writer().begin().await?;
    sqlx::query("DELETE FROM studio_setup_tokens")
        .execute(&mut *tx)
        .await?;
    sqlx::query("INSERT INTO studio_setup_tokens (token_hash, expires_at) VALUES (?, ?)")
        .bind(token_hash)
        .bind(expires_at)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(())
}

/// Whether the setup token with this digest is unused and unexpired at `now`.
pub async fn setup_token_live(db: &Database, token_hash: &str, now: i64) -> Result<bool, DbError> {
    let live: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM studio_setup_tokens \
         WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?",
    )
    .bind(token_hash)
    .bind(now)
    .fetch_one(db.reader())
    .await?;
    Ok(live > 0)
}

/// Spends the setup token with this digest at `now` and creates the first account with an
/// already hashed password, all in one transaction: either both happen or neither.
pub async fn complete_setup(
    db: &Database,
    token_hash: &str,
    email: &str,
    password_hash: &str,
    now: i64,
) -> Result<SetupOutcome, DbError> {
    let mut tx = db.writer().begin().await?;
    let spent = sqlx::query(
        "UPDATE studio_setup_tokens SET used_at = ? \
         WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?",
    )
    .bind(now)
    .bind(token_hash)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    if spent.rows_affected() != 1 {
        return Ok(SetupOutcome::TokenRefused);
    }
    if user_count(&mut *tx).await? > 0 {
        return Ok(SetupOutcome::AccountExists);
    }
    let Some(id) = insert_user(&mut tx, email, password_hash, now).await? else {
        return Ok(SetupOutcome::EmailTaken);
    };
    tx.commit().await?;
    Ok(SetupOutcome::Created(id))
}

/// Stores a new session of `user_id`, keyed by the digest of its id, seen at `now` and ending at
/// `expires_at`.
pub async fn insert_session(
    db: &Database,
    id_hash: &str,
    user_id: i64,
    csrf: &str,
    now: i64,
    expires_at: i64,
) -> Result<(), DbError> {
    sqlx::query(
        "INSERT INTO studio_sessions (id_hash, user_id, csrf, created_at, last_seen_at, expires_at) \
         VALUES (?, ?, ?, ?, ?, ?)",
    )
    .bind(id_hash)
    .bind(user_id)
    .bind(csrf)
    .bind(now)
    .bind(now)
    .bind(expires_at)
    .execute(db.writer())
    .await?;
    Ok(())
}

/// The session with this digest if it has not expired at `now` and was seen after `seen_after`.
pub async fn live_session(
    db: &Database,
    id_hash: &str,
    now: i64,
    seen_after: i64,
) -> Result<Option<LiveSession>, DbError> {
    let row: Option<(i64, String, String, i64)> = sqlx::query_as(
        "SELECT u.id, u.email, s.csrf, s.last_seen_at FROM studio_sessions s \
         JOIN studio_users u ON u.id = s.user_id \
         WHERE s.id_hash = ? AND s.expires_at > ? AND s.last_seen_at > ?",
    )
    .bind(id_hash)
    .bind(now)
    .bind(seen_after)
    .fetch_optional(db.reader())
    .await?;
    Ok(row.map(|(user_id, email, csrf, last_seen_at)| LiveSession {
        user_id,
        email,
        csrf,
        last_seen_at,
    }))
}

/// Records that the session with this digest was seen at `now` (its idle clock restarts).
pub async fn touch_session(db: &Database, id_hash: &str, now: i64) -> Result<(), DbError> {
    sqlx::query("UPDATE studio_sessions SET last_seen_at = ? WHERE id_hash = ?")
        .bind(now)
        .bind(id_hash)
        .execute(db.writer())
        .await?;
    Ok(())
}

/// Ends the session with this digest.
pub async fn delete_session(db: &Database, id_hash: &str) -> Result<(), DbError> {
    sqlx::query("DELETE FROM studio_sessions WHERE id_hash = ?")
        .bind(id_hash)
        .execute(db.writer())
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: i64 = 1_795_000_000;

    async fn open() -> (tempfile::TempDir, Database) {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = Database::open(&dir.path().join("atelier.db"))
            .await
            .expect("open");
        (dir, db)
    }

    #[tokio::test]
    async fn a_setup_token_creates_one_account_once() {
        let (_dir, db) = open().await;
        replace_setup_token(&db, "digest", NOW + 60)
            .await
            .expect("token");
        assert!(setup_token_live(&db, "digest", NOW).await.expect("live"));
        assert!(!setup_token_live(&db, "digest", NOW + 60)
            .await
            .expect("expired"));
        assert_eq!(
            complete_setup(&db, "other", "a@example.com", "hash", NOW)
                .await
                .expect("setup"),
            SetupOutcome::TokenRefused
        );
        let SetupOutcome::Created(id) = complete_setup(&db, "digest", "a@example.com", "hash", NOW)
            .await
            .expect("setup")
        else {
            panic!("the live token creates the account");
        };
        assert_eq!(
            find_user(&db, "a@example.com").await.expect("find"),
            Some(StudioUser {
                id,
                password_hash: "hash".to_owned()
            })
        );
        assert!(any_user(&db).await.expect("any"));
        assert!(!setup_token_live(&db, "digest", NOW).await.expect("spent"));
        replace_setup_token(&db, "again", NOW + 60)
            .await
            .expect("token");
        assert_eq!(
            complete_setup(&db, "again", "b@example.com", "hash", NOW)
                .await
                .expect("setup"),
            SetupOutcome::AccountExists
        );
        assert!(setup_token_live(&db, "again", NOW)
            .await
            .expect("rolled back"));
    }

    #[tokio::test]
    async fn adding_a_user_twice_is_refused_and_drops_setup_tokens() {
        let (_dir, db) = open().await;
        replace_setup_token(&db, "digest", NOW + 60)
            .await
            .expect("token");
        let id = add_user(&db, "a@example.com", "hash", NOW)
            .await
            .expect("add");
        assert!(id.is_some());
        assert!(!setup_token_live(&db, "digest", NOW).await.expect("gone"));
        assert_eq!(
            add_user(&db, "a@example.com", "other", NOW)
                .await
                .expect("add"),
            None
        );
    }

    #[tokio::test]
    async fn sessions_are_found_touched_and_ended() {
        let (_dir, db) = open().await;
        let user = add_user(&db, "a@example.com", "hash", NOW)
            .await
            .expect("add")
            .expect("new");
        insert_session(&db, "s", user, "csrf", NOW, NOW + 3600)
            .await
            .expect("session");
        let live = live_session(&db, "s", NOW + 10, NOW - 1)
            .await
            .expect("lookup")
            .expect("live");
        assert_eq!(live.email, "a@example.com");
        assert_eq!(live.last_seen_at, NOW);
        assert_eq!(
            live_session(&db, "s", NOW + 10, NOW).await.expect("idle"),
            None
        );
        touch_session(&db, "s", NOW + 10).await.expect("touch");
        assert!(live_session(&db, "s", NOW + 20, NOW)
            .await
            .expect("lookup")
            .is_some());
        delete_session(&db, "s").await.expect("delete");
        assert_eq!(
            live_session(&db, "s", NOW + 20, 0).await.expect("gone"),
            None
        );
    }
}
