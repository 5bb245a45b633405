//! The visitor's private links to their commission page: issued with a brief (or anew by the
//! jeweler), revoked by the jeweler, and resolved on every request to `/api/c/{token}`. A row keeps
//! the link's nonce and the SHA-256 of its token; the token itself is the nonce under the server's
//! [`LinkKey`], which lives outside the database, so a copy of the database opens no commission page.

use crate::commission::link_key::LinkKey;
use crate::store::engines::{commit, read, statements};
use crate::store::{Database, DbError};
use crate::studio::token;
use atelier_core::commission::LinkState;

pub use on_sqlite::{issue, revoke_all};

/// Why a token opens nothing. The page tells the visitor which, in words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// No link has this token (mistyped, guessed, or of an erased brief).
    Unknown,
    /// The jeweler revoked the link.
    Revoked,
    /// The link's expiry passed.
    Expired,
}

/// The brief a token opens at `now_unix`, or why it opens none. A token that is not shaped like
/// one of ours is refused without a query.
pub async fn resolve(
    db: &Database,
    token: &str,
    now_unix: i64,
) -> Result<Result<i64, Refusal>, DbError> {
    if token.len() != 43
        || !token
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    {
        return Ok(Err(Refusal::Unknown));
    }
    let digest = token::digest(token);
    let row = read!(db, |on, pool| on::link(pool, &digest).await)?;
    Ok(match row {
        None => Err(Refusal::Unknown),
        Some((_, _, Some(_))) => Err(Refusal::Revoked),
        Some((_, Some(expires), None)) if expires <= now_unix => Err(Refusal::Expired),
        Some((id, _, None)) => Ok(id),
    })
}

/// The token of the brief's newest live link at `now_unix`, to put into an email to the visitor;
/// `None` when every link is revoked or expired.
pub async fn live_token(
    db: &Database,
    key: &LinkKey,
    consultation_id: i64,
    now_unix: i64,
) -> Result<Option<String>, DbError> {
    let nonce = read!(db, |on, pool| {
        on::newest_live_nonce(pool, consultation_id, now_unix).await
    })?;
    Ok(nonce.map(|n| key.token(&n)))
}

/// The state of the brief's newest link, for the studio.
pub async fn state(db: &Database, consultation_id: i64) -> Result<Option<LinkState>, DbError> {
    let row = read!(db, |on, pool| on::newest(pool, consultation_id).await)?;
    Ok(row.map(|(issued_at, expires_at, revoked_at)| LinkState {
        issued_at,
        expires_at: expires_at.map(crate::clock::rfc3339),
        revoked_at,
    }))
}

/// Replaces the brief's links by a new one (the jeweler's "new link"): every live link is revoked,
/// a fresh one issued, and a `link_email` to the visitor queued, in one unit of the writer's group
/// commit. Returns the new token.
pub async fn replace(
    db: &Database,
    key: &LinkKey,
    consultation_id: i64,
    now_unix: i64,
    expires_at: Option<i64>,
) -> Result<String, DbError> {
    commit!(
        db,
        (key.clone(), consultation_id, now_unix, expires_at),
        |on, conn, renewal| on::replace(conn, renewal)
    )
}

/// Revokes every live link of the brief at once (the jeweler's "revoke"); how many were live.
pub async fn revoke(db: &Database, consultation_id: i64, now_unix: i64) -> Result<u64, DbError> {
    commit!(db, (consultation_id, now_unix), |on, conn, &(id, now)| {
        on::revoke(conn, id, now)
    })
}

/// How a link's row reads: its brief, its expiry and when it was revoked.
type LinkRow = (i64, Option<i64>, Option<String>);
/// The newest link's issue, expiry and revocation times.
type NewestRow = (String, Option<i64>, Option<String>);

/// The error of a store function as a statement's, inside a write's job.
fn as_sqlx(error: DbError) -> sqlx::Error {
    match error {
        DbError::Sqlx(e) => e,
        other => sqlx::Error::Protocol(other.to_string()),
    }
}

statements! {
    /// Issues a fresh link for the brief `consultation_id` and returns its token. Runs inside the
    /// caller's transaction, so a brief and its first link are committed together.
    pub async fn issue(
        conn: &mut Conn,
        key: &LinkKey,
        consultation_id: i64,
        now_unix: i64,
        expires_at: Option<i64>,
    ) -> Result<String, DbError> {
        let nonce = token::random_token().map_err(|e| DbError::NoRandomness(e.to_string()))?;
        let token = key.token(&nonce);
        sqlx::query(
            "INSERT INTO commission_links (token_hash, nonce, consultation_id, issued_at, expires_at) \
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(token::digest(&token))
        .bind(&nonce)
        .bind(consultation_id)
        .bind(crate::clock::rfc3339(now_unix))
        .bind(expires_at)
        .execute(&mut *conn)
        .await?;
        Ok(token)
    }

    /// Revokes every live link of the brief (the jeweler's "revoke"; a new one may be issued after).
    pub async fn revoke_all(
        conn: &mut Conn,
        consultation_id: i64,
        now_unix: i64,
    ) -> Result<u64, DbError> {
        let done = sqlx::query(
            "UPDATE commission_links SET revoked_at = $1 \
             WHERE consultation_id = $2 AND revoked_at IS NULL",
        )
        .bind(crate::clock::rfc3339(now_unix))
        .bind(consultation_id)
        .execute(&mut *conn)
        .await?;
        Ok(done.rows_affected())
    }

    /// See [`super::resolve`].
    pub async fn link(pool: &Pool, token_hash: &str) -> Result<Option<LinkRow>, sqlx::Error> {
        sqlx::query_as(
            "SELECT consultation_id, expires_at, revoked_at FROM commission_links \
             WHERE token_hash = $1",
        )
        .bind(token_hash)
        .fetch_optional(pool)
        .await
    }

    /// See [`super::live_token`].
    pub async fn newest_live_nonce(
        pool: &Pool,
        consultation_id: i64,
        now_unix: i64,
    ) -> Result<Option<String>, sqlx::Error> {
        sqlx::query_scalar(
            "SELECT nonce FROM commission_links WHERE consultation_id = $1 AND revoked_at IS NULL \
             AND (expires_at IS NULL OR expires_at > $2) ORDER BY rowid DESC LIMIT 1",
        )
        .bind(consultation_id)
        .bind(now_unix)
        .fetch_optional(pool)
        .await
    }

    /// See [`super::state`].
    pub async fn newest(pool: &Pool, consultation_id: i64) -> Result<Option<NewestRow>, sqlx::Error> {
        sqlx::query_as(
            "SELECT issued_at, expires_at, revoked_at FROM commission_links \
             WHERE consultation_id = $1 ORDER BY issued_at DESC, rowid DESC LIMIT 1",
        )
        .bind(consultation_id)
        .fetch_optional(pool)
        .await
    }

    /// See [`super::replace`].
    pub async fn replace(
        conn: &mut Conn,
        (key, id, now, expires): &(LinkKey, i64, i64, Option<i64>),
    ) -> Result<String, sqlx::Error> {
        revoke_all(conn, *id, *now).await.map_err(as_sqlx)?;
        let token = issue(conn, key, *id, *now, *expires).await.map_err(as_sqlx)?;
        sqlx::query(
            "INSERT INTO outbox (consultation_id, kind, state, attempts, next_attempt_at, payload) \
             VALUES ($1, 'link_email', 'pending', 0, $2, $3)",
        )
        .bind(*id)
        .bind(*now)
        .bind(format!("{{\"issued_at\":{now}}}"))
        .execute(&mut *conn)
        .await?;
        Ok(token)
    }

    /// See [`super::revoke`].
    pub async fn revoke(conn: &mut Conn, id: i64, now: i64) -> Result<u64, sqlx::Error> {
        revoke_all(conn, id, now).await.map_err(as_sqlx)
    }
}
