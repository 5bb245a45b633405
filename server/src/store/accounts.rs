//! SQL for the studio's sign-in: jeweler accounts (`studio_users`), the one-time setup token that
//! creates the first account (`studio_setup_tokens`) and signed-in sessions (`studio_sessions`).
//!
//! `studio::accounts` and `studio::session` keep the logic (checking and hashing passwords,
//! drawing and hashing secrets, cookies, idle timeouts) and call these functions with what is
//! stored: SHA-256 digests, never a secret itself. Times are Unix seconds unless said otherwise.

use crate::clock;
use crate::store::engines::{commit, read, statements};
use crate::store::{Database, DbError};

pub use on_sqlite::insert_user;

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

/// Adds an account (the `user add` command) and, once it exists, removes any setup token, which
/// is pointless from then on, in one transaction. Its id, or `None` when an account with this
/// email exists already.
pub async fn add_user(
    db: &Database,
    email: &str,
    password_hash: &str,
    now: i64,
) -> Result<Option<i64>, DbError> {
    let user = (email.to_owned(), password_hash.to_owned(), now);
    commit!(db, user, |on, conn, (email, hash, now)| on::add_user(
        conn, email, hash, *now
    ))
}

/// The account with this (normalised) email, if any.
pub async fn find_user(db: &Database, email: &str) -> Result<Option<StudioUser>, DbError> {
    let row = read!(db, |on, pool| on::find_user(pool, email).await)?;
    Ok(row.map(|(id, password_hash)| StudioUser { id, password_hash }))
}

/// Whether any studio account exists.
pub async fn any_user(db: &Database) -> Result<bool, DbError> {
    Ok(read!(db, |on, pool| on::user_count(pool).await)? > 0)
}

/// Replaces any earlier setup token by the one with this digest, valid until `expires_at`, in one
/// transaction.
pub async fn replace_setup_token(
    db: &Database,
    token_hash: &str,
    expires_at: i64,
) -> Result<(), DbError> {
    let token = (token_hash.to_owned(), expires_at);
    commit!(db, token, |on, conn, (hash, expires)| {
        on::replace_setup_token(conn, hash, *expires)
    })
}

/// Whether the setup token with this digest is unused and unexpired at `now`.
pub async fn setup_token_live(db: &Database, token_hash: &str, now: i64) -> Result<bool, DbError> {
    Ok(read!(db, |on, pool| on::setup_token_live(
        pool, token_hash, now
    )
    .await)?)
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
    let setup = Setup {
        token_hash: token_hash.to_owned(),
        email: email.to_owned(),
        password_hash: password_hash.to_owned(),
        now,
    };
    commit!(db, setup, |on, conn, setup| on::complete_setup(conn, setup))
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
    let session = NewSession {
        id_hash: id_hash.to_owned(),
        user_id,
        csrf: csrf.to_owned(),
        now,
        expires_at,
    };
    commit!(db, session, |on, conn, session| on::insert_session(
        conn, session
    ))
}

/// The session with this digest if it has not expired at `now` and was seen after `seen_after`.
pub async fn live_session(
    db: &Database,
    id_hash: &str,
    now: i64,
    seen_after: i64,
) -> Result<Option<LiveSession>, DbError> {
    let row = read!(db, |on, pool| on::live_session(
        pool, id_hash, now, seen_after
    )
    .await)?;
    Ok(row.map(|(user_id, email, csrf, last_seen_at)| LiveSession {
        user_id,
        email,
        csrf,
        last_seen_at,
    }))
}

/// Records that the session with this digest was seen at `now` (its idle clock restarts).
pub async fn touch_session(db: &Database, id_hash: &str, now: i64) -> Result<(), DbError> {
    let seen = (id_hash.to_owned(), now);
    commit!(db, seen, |on, conn, (hash, now)| on::touch_session(
        conn, hash, *now
    ))
}

/// Ends the session with this digest.
pub async fn delete_session(db: &Database, id_hash: &str) -> Result<(), DbError> {
    commit!(db, id_hash.to_owned(), |on, conn, hash| on::delete_session(
        conn, hash
    ))
}

/// What [`complete_setup`] stores.
pub struct Setup {
    /// The setup token's digest.
    token_hash: String,
    /// The first account's (normalised) email.
    email: String,
    /// Its password's hash.
    password_hash: String,
    /// When, Unix seconds.
    now: i64,
}

/// What [`insert_session`] stores.
pub struct NewSession {
    /// The digest of the session's id.
    id_hash: String,
    /// Its account.
    user_id: i64,
    /// Its CSRF token.
    csrf: String,
    /// When it was made (and last seen), Unix seconds.
    now: i64,
    /// When it ends, Unix seconds.
    expires_at: i64,
}

/// The columns of [`live_session`].
type SessionRow = (i64, String, String, i64);

statements! {
    /// Inserts an account on `conn` (inside the caller's transaction, if any); its id, or `None`
    /// when an account with this email exists already (nothing is inserted then).
    pub async fn insert_user(
        conn: &mut Conn,
        email: &str,
        password_hash: &str,
        now: i64,
    ) -> Result<Option<i64>, DbError> {
        Ok(insert_user_row(conn, email, password_hash, now).await?)
    }

    /// [`insert_user`] for a job (which fails with the driver's error): the email taken inserts
    /// nothing (`ON CONFLICT DO NOTHING`) instead of failing, so the transaction carries on on
    /// PostgreSQL too, where a failed statement would abort it.
    pub async fn insert_user_row(
        conn: &mut Conn,
        email: &str,
        password_hash: &str,
        now: i64,
    ) -> Result<Option<i64>, sqlx::Error> {
        sqlx::query_scalar(
            "INSERT INTO studio_users (email, password_hash, created_at) VALUES ($1, $2, $3) \
             ON CONFLICT (email) DO NOTHING RETURNING id",
        )
        .bind(email)
        .bind(password_hash)
        .bind(clock::rfc3339(now))
        .fetch_optional(conn)
        .await
    }

    /// See [`super::add_user`].
    pub async fn add_user(
        conn: &mut Conn,
        email: &str,
        password_hash: &str,
        now: i64,
    ) -> Result<Option<i64>, sqlx::Error> {
        let Some(id) = insert_user_row(conn, email, password_hash, now).await? else {
            return Ok(None);
        };
        sqlx::query("DELETE FROM studio_setup_tokens")
            .execute(&mut *conn)
            .await?;
        Ok(Some(id))
    }

    /// See [`super::find_user`].
    pub async fn find_user(pool: &Pool, email: &str) -> Result<Option<(i64, String)>, sqlx::Error> {
        sqlx::query_as("SELECT id, password_hash FROM studio_users WHERE email = $1")
            .bind(email)
            .fetch_optional(pool)
            .await
    }

    /// How many accounts exist: on a pool for [`super::any_user`], inside the transaction of
    /// [`complete_setup`].
    pub async fn user_count<'c>(
        conn: impl sqlx::Executor<'c, Database = Engine>,
    ) -> Result<i64, sqlx::Error> {
        sqlx::query_scalar("SELECT COUNT(*) FROM studio_users")
            .fetch_one(conn)
            .await
    }

    /// See [`super::replace_setup_token`].
    pub async fn replace_setup_token(
        conn: &mut Conn,
        token_hash: &str,
        expires_at: i64,
    ) -> Result<(), sqlx::Error> {
        sqlx::query("DELETE FROM studio_setup_tokens")
            .execute(&mut *conn)
            .await?;
        sqlx::query("INSERT INTO studio_setup_tokens (token_hash, expires_at) VALUES ($1, $2)")
            .bind(token_hash)
            .bind(expires_at)
            .execute(&mut *conn)
            .await?;
        Ok(())
    }

    /// Whether the setup token is unused and unexpired at `now`: on a pool for
    /// [`super::setup_token_live`], inside the transaction of [`complete_setup`].
    pub async fn setup_token_live<'c>(
        conn: impl sqlx::Executor<'c, Database = Engine>,
        token_hash: &str,
        now: i64,
    ) -> Result<bool, sqlx::Error> {
        let live: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM studio_setup_tokens \
             WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2",
        )
        .bind(token_hash)
        .bind(now)
        .fetch_one(conn)
        .await?;
        Ok(live > 0)
    }

    /// See [`super::complete_setup`]. Everything is checked before anything is written, so an
    /// outcome other than `Created` leaves the database as it was although the job commits. The
    /// checks hold until the writes: SQLite's one writer runs one job at a time, and PostgreSQL's
    /// serializable transaction is run again if another one spent the token or added an account
    /// meanwhile.
    pub async fn complete_setup(conn: &mut Conn, setup: &Setup) -> Result<SetupOutcome, sqlx::Error> {
        if !setup_token_live(&mut *conn, &setup.token_hash, setup.now).await? {
            return Ok(SetupOutcome::TokenRefused);
        }
        if user_count(&mut *conn).await? > 0 {
            return Ok(SetupOutcome::AccountExists);
        }
        let Some(id) = insert_user_row(conn, &setup.email, &setup.password_hash, setup.now).await?
        else {
            return Ok(SetupOutcome::EmailTaken);
        };
        let spent = sqlx::query(
            "UPDATE studio_setup_tokens SET used_at = $1 \
             WHERE token_hash = $2 AND used_at IS NULL AND expires_at > $1",
        )
        .bind(setup.now)
        .bind(&setup.token_hash)
        .execute(&mut *conn)
        .await?;
        if spent.rows_affected() != 1 {
            // Checked live above in this same transaction: failing undoes the account.
            return Err(sqlx::Error::Protocol(
                "the setup token changed within its own transaction".to_owned(),
            ));
        }
        Ok(SetupOutcome::Created(id))
    }

    /// See [`super::insert_session`].
    pub async fn insert_session(conn: &mut Conn, session: &NewSession) -> Result<(), sqlx::Error> {
        sqlx::query(
            "INSERT INTO studio_sessions (id_hash, user_id, csrf, created_at, last_seen_at, expires_at) \
             VALUES ($1, $2, $3, $4, $4, $5)",
        )
        .bind(&session.id_hash)
        .bind(session.user_id)
        .bind(&session.csrf)
        .bind(session.now)
        .bind(session.expires_at)
        .execute(conn)
        .await?;
        Ok(())
    }

    /// See [`super::live_session`].
    pub async fn live_session(
        pool: &Pool,
        id_hash: &str,
        now: i64,
        seen_after: i64,
    ) -> Result<Option<SessionRow>, sqlx::Error> {
        sqlx::query_as(
            "SELECT u.id, u.email, s.csrf, s.last_seen_at FROM studio_sessions s \
             JOIN studio_users u ON u.id = s.user_id \
             WHERE s.id_hash = $1 AND s.expires_at > $2 AND s.last_seen_at > $3",
        )
        .bind(id_hash)
        .bind(now)
        .bind(seen_after)
        .fetch_optional(pool)
        .await
    }

    /// See [`super::touch_session`].
    pub async fn touch_session(conn: &mut Conn, id_hash: &str, now: i64) -> Result<(), sqlx::Error> {
        sqlx::query("UPDATE studio_sessions SET last_seen_at = $1 WHERE id_hash = $2")
            .bind(now)
            .bind(id_hash)
            .execute(conn)
            .await?;
        Ok(())
    }

    /// See [`super::delete_session`].
    pub async fn delete_session(conn: &mut Conn, id_hash: &str) -> Result<(), sqlx::Error> {
        sqlx::query("DELETE FROM studio_sessions WHERE id_hash = $1")
            .bind(id_hash)
            .execute(conn)
            .await?;
        Ok(())
    }
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
