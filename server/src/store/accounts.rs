//! SQL for the studio's sign-in: jeweler accounts (`studio_users`), which shops' studios each may
//! open (`shop_members`), the one-time setup token that creates a shop's first account
//! (`studio_setup_tokens`) and signed-in sessions (`studio_sessions`).
//!
//! An account is a person, one row per email for the whole deployment; being a member of a shop
//! is what lets them into that shop's studio. Every function here answers for the handle's shop
//! ([`Database::shop`]): its members are its users, a sign-in finds only a member, a session
//! reads as live only while its account is a member, and a setup token is spent only in the shop
//! that issued it. A person who is not a member reads exactly as no account at all. Only
//! [`find_person`] and [`insert_user`] look at people whatever their shops, and say so.
//!
//! Adding a person who exists already (another shop's jeweler) makes them a member and leaves
//! their password as it is: a shop's setup or `user add` never changes how someone signs in to
//! another shop. The setup link lets an existing person join only once they have proved their
//! password (see `studio::auth::setup`).
//!
//! `studio::accounts` and `studio::session` keep the logic (checking and hashing passwords,
//! drawing and hashing secrets, cookies, idle timeouts) and call these functions with what is
//! stored: SHA-256 digests, never a secret itself. Times are Unix seconds unless said otherwise.

use crate::clock;
use crate::store::engines::{commit, read, statements};
use crate::store::{Database, DbError, ShopId};

pub use on_sqlite::insert_user;

/// An account as sign-in needs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StudioUser {
    /// Account row id.
    pub id: i64,
    /// The password's hash (PHC string).
    pub password_hash: String,
}

/// A member of the shop, as listed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    /// Account row id.
    pub id: i64,
    /// Account email, lower-cased.
    pub email: String,
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
    /// The token was spent and the shop's first account made with this id: a new person
    /// ([`complete_setup`]) or an existing one made a member ([`join_by_setup`]).
    Created(i64),
    /// The shop has no unused, unexpired token with this digest (nothing changed).
    TokenRefused,
    /// The shop has an account already (nothing changed).
    AccountExists,
    /// A person with this email exists already (nothing changed): they join with
    /// [`join_by_setup`] instead.
    EmailTaken,
}

/// Adds an account to the shop (the `user add` command): the person, if the email is new, and
/// their membership of the shop; once the shop has an account, its setup token goes, being
/// pointless from then on, all in one transaction. The account's id, or `None` when the shop has
/// this account already (nothing changed). A person who exists already (another shop's) just
/// becomes a member: their password stays theirs, and `password_hash` is not used.
pub async fn add_user(
    db: &Database,
    email: &str,
    password_hash: &str,
    now: i64,
) -> Result<Option<i64>, DbError> {
    let user = (db.shop(), email.to_owned(), password_hash.to_owned(), now);
    commit!(db, user, |on, conn, (shop, email, hash, now)| on::add_user(
        conn, *shop, email, hash, *now
    ))
}

/// The shop's account with this (normalised) email, if the shop has it: a person who is not a
/// member of the shop is not found, as if no account had the email.
pub async fn find_user(db: &Database, email: &str) -> Result<Option<StudioUser>, DbError> {
    let row = read!(db, |on, pool| on::find_user(pool, db.shop(), email).await)?;
    Ok(row.map(|(id, password_hash)| StudioUser { id, password_hash }))
}

/// The person with this (normalised) email, whatever shops they belong to: for a setup link,
/// where an existing person proves their password to join the shop. Never for signing in (that
/// is [`find_user`]).
pub async fn find_person(db: &Database, email: &str) -> Result<Option<StudioUser>, DbError> {
    let row = read!(db, |on, pool| on::find_person(pool, email).await)?;
    Ok(row.map(|(id, password_hash)| StudioUser { id, password_hash }))
}

/// Whether the shop has any studio account.
pub async fn any_user(db: &Database) -> Result<bool, DbError> {
    Ok(read!(db, |on, pool| on::member_count(pool, db.shop()).await)? > 0)
}

/// The shop's accounts, by email.
pub async fn users(db: &Database) -> Result<Vec<Member>, DbError> {
    let rows = read!(db, |on, pool| on::members(pool, db.shop()).await)?;
    Ok(rows
        .into_iter()
        .map(|(id, email)| Member { id, email })
        .collect())
}

/// Removes the account with this (normalised) email from the shop, in one transaction: its
/// membership, and the person with their sessions if no other shop has them (a person who
/// remains keeps their sessions, which no longer open this shop's studio). Whether the shop had
/// the account.
pub async fn remove_user(db: &Database, email: &str) -> Result<bool, DbError> {
    commit!(
        db,
        (db.shop(), email.to_owned()),
        |on, conn, (shop, email)| on::remove_user(conn, *shop, email)
    )
}

/// Replaces any earlier setup token of the shop by the one with this digest, valid until
/// `expires_at`, in one transaction.
pub async fn replace_setup_token(
    db: &Database,
    token_hash: &str,
    expires_at: i64,
) -> Result<(), DbError> {
    let token = (db.shop(), token_hash.to_owned(), expires_at);
    commit!(db, token, |on, conn, (shop, hash, expires)| {
        on::replace_setup_token(conn, *shop, hash, *expires)
    })
}

/// Whether the shop's setup token with this digest is unused and unexpired at `now` (another
/// shop's token is not).
pub async fn setup_token_live(db: &Database, token_hash: &str, now: i64) -> Result<bool, DbError> {
    Ok(read!(db, |on, pool| on::setup_token_live(
        pool,
        db.shop(),
        token_hash,
        now
    )
    .await)?)
}

/// Spends the shop's setup token with this digest at `now` and creates the shop's first account,
/// a new person with an already hashed password, all in one transaction: either both happen or
/// neither. An email a person has already is [`SetupOutcome::EmailTaken`].
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
    commit!(db, (db.shop(), setup), |on, conn, (shop, setup)| {
        on::complete_setup(conn, *shop, setup)
    })
}

/// Spends the shop's setup token with this digest at `now` and makes the existing person
/// `user_id` the shop's first account, in one transaction; their password is left as it is. The
/// caller has checked that whoever holds the link knows that person's password.
pub async fn join_by_setup(
    db: &Database,
    token_hash: &str,
    user_id: i64,
    now: i64,
) -> Result<SetupOutcome, DbError> {
    let join = (db.shop(), token_hash.to_owned(), user_id, now);
    commit!(db, join, |on, conn, (shop, hash, user, now)| {
        on::join_by_setup(conn, *shop, hash, *user, *now)
    })
}

/// Stores a new session of `user_id`, keyed by the digest of its id, seen at `now` and ending at
/// `expires_at`. A session is the person's, not a shop's: it opens the studio of every shop they
/// are a member of (see [`live_session`]).
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

/// The session with this digest if it has not expired at `now`, was seen after `seen_after`, and
/// its account is a member of the shop; otherwise none, as if there were no session.
pub async fn live_session(
    db: &Database,
    id_hash: &str,
    now: i64,
    seen_after: i64,
) -> Result<Option<LiveSession>, DbError> {
    let row = read!(db, |on, pool| on::live_session(
        pool,
        db.shop(),
        id_hash,
        now,
        seen_after
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
    /// Inserts a person on `conn` (inside the caller's transaction, if any), a member of no shop
    /// yet; their id, or `None` when a person has this email already (nothing is inserted then).
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

    /// Makes person `user_id` a member of the shop; whether they were not one already.
    pub async fn insert_member(
        conn: &mut Conn,
        shop: ShopId,
        user_id: i64,
    ) -> Result<bool, sqlx::Error> {
        let added = sqlx::query(
            "INSERT INTO shop_members (shop_id, user_id) VALUES ($1, $2) \
             ON CONFLICT (shop_id, user_id) DO NOTHING",
        )
        .bind(shop.get())
        .bind(user_id)
        .execute(conn)
        .await?;
        Ok(added.rows_affected() == 1)
    }

    /// See [`super::add_user`].
    pub async fn add_user(
        conn: &mut Conn,
        shop: ShopId,
        email: &str,
        password_hash: &str,
        now: i64,
    ) -> Result<Option<i64>, sqlx::Error> {
        let id = match insert_user_row(conn, email, password_hash, now).await? {
            Some(id) => id,
            // The person exists (and stays as they are): only the membership is new, if it is.
            None => {
                sqlx::query_scalar("SELECT id FROM studio_users WHERE email = $1")
                    .bind(email)
                    .fetch_one(&mut *conn)
                    .await?
            }
        };
        if !insert_member(conn, shop, id).await? {
            return Ok(None);
        }
        sqlx::query("DELETE FROM studio_setup_tokens WHERE shop_id = $1")
            .bind(shop.get())
            .execute(&mut *conn)
            .await?;
        Ok(Some(id))
    }

    /// See [`super::find_user`]: the person, only through their membership of the shop.
    pub async fn find_user(
        pool: &Pool,
        shop: ShopId,
        email: &str,
    ) -> Result<Option<(i64, String)>, sqlx::Error> {
        sqlx::query_as(
            "SELECT u.id, u.password_hash FROM studio_users u \
             JOIN shop_members m ON m.user_id = u.id AND m.shop_id = $1 \
             WHERE u.email = $2",
        )
        .bind(shop.get())
        .bind(email)
        .fetch_optional(pool)
        .await
    }

    /// See [`super::find_person`]: across shops.
    pub async fn find_person(
        pool: &Pool,
        email: &str,
    ) -> Result<Option<(i64, String)>, sqlx::Error> {
        sqlx::query_as("SELECT id, password_hash FROM studio_users WHERE email = $1")
            .bind(email)
            .fetch_optional(pool)
            .await
    }

    /// How many accounts the shop has: on a pool for [`super::any_user`], inside the
    /// transaction of [`complete_setup`].
    pub async fn member_count<'c>(
        conn: impl sqlx::Executor<'c, Database = Engine>,
        shop: ShopId,
    ) -> Result<i64, sqlx::Error> {
        sqlx::query_scalar("SELECT COUNT(*) FROM shop_members WHERE shop_id = $1")
            .bind(shop.get())
            .fetch_one(conn)
            .await
    }

    /// See [`super::users`].
    pub async fn members(pool: &Pool, shop: ShopId) -> Result<Vec<(i64, String)>, sqlx::Error> {
        sqlx::query_as(
            "SELECT u.id, u.email FROM shop_members m JOIN studio_users u ON u.id = m.user_id \
             WHERE m.shop_id = $1 ORDER BY u.email",
        )
        .bind(shop.get())
        .fetch_all(pool)
        .await
    }

    /// See [`super::remove_user`].
    pub async fn remove_user(
        conn: &mut Conn,
        shop: ShopId,
        email: &str,
    ) -> Result<bool, sqlx::Error> {
        let id: Option<i64> = sqlx::query_scalar(
            "DELETE FROM shop_members WHERE shop_id = $1 \
             AND user_id = (SELECT id FROM studio_users WHERE email = $2) RETURNING user_id",
        )
        .bind(shop.get())
        .bind(email)
        .fetch_optional(&mut *conn)
        .await?;
        let Some(id) = id else {
            return Ok(false);
        };
        let elsewhere: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM shop_members WHERE user_id = $1")
                .bind(id)
                .fetch_one(&mut *conn)
                .await?;
        if elsewhere == 0 {
            sqlx::query("DELETE FROM studio_sessions WHERE user_id = $1")
                .bind(id)
                .execute(&mut *conn)
                .await?;
            sqlx::query("DELETE FROM studio_users WHERE id = $1")
                .bind(id)
                .execute(&mut *conn)
                .await?;
        }
        Ok(true)
    }

    /// See [`super::replace_setup_token`].
    pub async fn replace_setup_token(
        conn: &mut Conn,
        shop: ShopId,
        token_hash: &str,
        expires_at: i64,
    ) -> Result<(), sqlx::Error> {
        sqlx::query("DELETE FROM studio_setup_tokens WHERE shop_id = $1")
            .bind(shop.get())
            .execute(&mut *conn)
            .await?;
        sqlx::query(
            "INSERT INTO studio_setup_tokens (shop_id, token_hash, expires_at) VALUES ($1, $2, $3)",
        )
        .bind(shop.get())
        .bind(token_hash)
        .bind(expires_at)
        .execute(&mut *conn)
        .await?;
        Ok(())
    }

    /// Whether the shop's setup token is unused and unexpired at `now`: on a pool for
    /// [`super::setup_token_live`], inside the transaction of [`complete_setup`].
    pub async fn setup_token_live<'c>(
        conn: impl sqlx::Executor<'c, Database = Engine>,
        shop: ShopId,
        token_hash: &str,
        now: i64,
    ) -> Result<bool, sqlx::Error> {
        let live: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM studio_setup_tokens \
             WHERE shop_id = $1 AND token_hash = $2 AND used_at IS NULL AND expires_at > $3",
        )
        .bind(shop.get())
        .bind(token_hash)
        .bind(now)
        .fetch_one(conn)
        .await?;
        Ok(live > 0)
    }

    /// Spends the shop's live setup token inside a setup's transaction, once its checks passed;
    /// failing (which undoes the transaction) if it is not live after all.
    pub async fn spend_setup_token(
        conn: &mut Conn,
        shop: ShopId,
        token_hash: &str,
        now: i64,
    ) -> Result<(), sqlx::Error> {
        let spent = sqlx::query(
            "UPDATE studio_setup_tokens SET used_at = $1 \
             WHERE shop_id = $2 AND token_hash = $3 AND used_at IS NULL AND expires_at > $1",
        )
        .bind(now)
        .bind(shop.get())
        .bind(token_hash)
        .execute(&mut *conn)
        .await?;
        if spent.rows_affected() != 1 {
            // Checked live earlier in this same transaction: failing undoes the account.
            return Err(sqlx::Error::Protocol(
                "the setup token changed within its own transaction".to_owned(),
            ));
        }
        Ok(())
    }

    /// See [`super::complete_setup`]. Everything is checked before anything is written, so an
    /// outcome other than `Created` leaves the database as it was although the job commits. The
    /// checks hold until the writes: SQLite's one writer runs one job at a time, and PostgreSQL's
    /// serializable transaction is run again if another one spent the token or added an account
    /// meanwhile.
    pub async fn complete_setup(
        conn: &mut Conn,
        shop: ShopId,
        setup: &Setup,
    ) -> Result<SetupOutcome, sqlx::Error> {
        if !setup_token_live(&mut *conn, shop, &setup.token_hash, setup.now).await? {
            return Ok(SetupOutcome::TokenRefused);
        }
        if member_count(&mut *conn, shop).await? > 0 {
            return Ok(SetupOutcome::AccountExists);
        }
        let Some(id) = insert_user_row(conn, &setup.email, &setup.password_hash, setup.now).await?
        else {
            return Ok(SetupOutcome::EmailTaken);
        };
        insert_member(conn, shop, id).await?;
        spend_setup_token(conn, shop, &setup.token_hash, setup.now).await?;
        Ok(SetupOutcome::Created(id))
    }

    /// See [`super::join_by_setup`]: checked before written, as [`complete_setup`] is.
    pub async fn join_by_setup(
        conn: &mut Conn,
        shop: ShopId,
        token_hash: &str,
        user_id: i64,
        now: i64,
    ) -> Result<SetupOutcome, sqlx::Error> {
        if !setup_token_live(&mut *conn, shop, token_hash, now).await? {
            return Ok(SetupOutcome::TokenRefused);
        }
        if member_count(&mut *conn, shop).await? > 0 {
            return Ok(SetupOutcome::AccountExists);
        }
        insert_member(conn, shop, user_id).await?;
        spend_setup_token(conn, shop, token_hash, now).await?;
        Ok(SetupOutcome::Created(user_id))
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

    /// See [`super::live_session`]: the session, only through its account's membership of the
    /// shop.
    pub async fn live_session(
        pool: &Pool,
        shop: ShopId,
        id_hash: &str,
        now: i64,
        seen_after: i64,
    ) -> Result<Option<SessionRow>, sqlx::Error> {
        sqlx::query_as(
            "SELECT u.id, u.email, s.csrf, s.last_seen_at FROM studio_sessions s \
             JOIN studio_users u ON u.id = s.user_id \
             JOIN shop_members m ON m.user_id = s.user_id AND m.shop_id = $1 \
             WHERE s.id_hash = $2 AND s.expires_at > $3 AND s.last_seen_at > $4",
        )
        .bind(shop.get())
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

    #[tokio::test]
    async fn accounts_are_people_and_each_shop_has_its_members() {
        let (_dir, a) = open().await;
        sqlx::query("INSERT INTO shops (id, slug) VALUES (2, 'second')")
            .execute(a.sqlite().expect("SQLite").writer())
            .await
            .expect("shop");
        let b = a.for_shop(ShopId::new(2));
        let ada = add_user(&a, "a@example.com", "hash-a", NOW)
            .await
            .expect("add")
            .expect("new");
        assert_eq!(find_user(&b, "a@example.com").await.expect("find"), None);
        assert!(find_person(&b, "a@example.com")
            .await
            .expect("find")
            .is_some());
        assert!(!any_user(&b).await.expect("any"));
        insert_session(&a, "s", ada, "csrf", NOW, NOW + 3600)
            .await
            .expect("session");
        assert!(live_session(&a, "s", NOW, 0).await.expect("a").is_some());
        assert_eq!(live_session(&b, "s", NOW, 0).await.expect("b"), None);

        // A setup token is its shop's alone.
        replace_setup_token(&b, "tb", NOW + 60)
            .await
            .expect("token");
        replace_setup_token(&a, "ta", NOW + 60)
            .await
            .expect("token");
        assert!(setup_token_live(&b, "tb", NOW).await.expect("live"));
        assert!(!setup_token_live(&a, "tb", NOW).await.expect("not a's"));
        assert_eq!(
            complete_setup(&a, "tb", "z@example.com", "hash", NOW)
                .await
                .expect("setup"),
            SetupOutcome::TokenRefused
        );
        // An existing person is not made again, and their password is not replaced.
        assert_eq!(
            complete_setup(&b, "tb", "a@example.com", "other", NOW)
                .await
                .expect("setup"),
            SetupOutcome::EmailTaken
        );
        assert!(setup_token_live(&b, "tb", NOW).await.expect("unspent"));
        assert_eq!(
            join_by_setup(&b, "tb", ada, NOW).await.expect("join"),
            SetupOutcome::Created(ada)
        );
        assert!(setup_token_live(&a, "ta", NOW).await.expect("a's kept"));
        assert_eq!(
            find_user(&b, "a@example.com")
                .await
                .expect("find")
                .map(|u| u.password_hash),
            Some("hash-a".to_owned())
        );
        assert!(live_session(&b, "s", NOW, 0).await.expect("b").is_some());
        assert_eq!(
            add_user(&b, "a@example.com", "x", NOW).await.expect("add"),
            None
        );
        let cy = add_user(&b, "c@example.com", "hash-c", NOW)
            .await
            .expect("add")
            .expect("new");
        let emails = |m: Vec<Member>| m.into_iter().map(|m| (m.id, m.email)).collect::<Vec<_>>();
        assert_eq!(
            emails(users(&b).await.expect("users")),
            [
                (ada, "a@example.com".to_owned()),
                (cy, "c@example.com".to_owned())
            ]
        );
        assert_eq!(
            emails(users(&a).await.expect("users")),
            [(ada, "a@example.com".to_owned())]
        );

        // Leaving one shop keeps the person for the other; leaving the last removes them.
        assert!(remove_user(&b, "a@example.com").await.expect("remove"));
        assert_eq!(live_session(&b, "s", NOW, 0).await.expect("b"), None);
        assert!(live_session(&a, "s", NOW, 0).await.expect("a").is_some());
        assert!(remove_user(&a, "a@example.com").await.expect("remove"));
        assert_eq!(find_person(&a, "a@example.com").await.expect("find"), None);
        assert_eq!(live_session(&a, "s", NOW, 0).await.expect("a"), None);
        assert!(!remove_user(&a, "a@example.com").await.expect("again"));
        assert!(!any_user(&a).await.expect("any"));
    }
}
