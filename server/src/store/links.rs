//! The visitor's private links to their commission page: issued with a brief (or anew by the
//! jeweler), revoked by the jeweler, and resolved on every request to `/api/c/{token}`. A row keeps
//! the link's nonce and the SHA-256 of its token; the token itself is the nonce under the server's
//! [`LinkKey`], which lives outside the database, so a copy of the database opens no commission page.
//!
//! Links are a shop's like its briefs: a token opens a page only through its own shop's handle,
//! and another shop's token reads as one that does not exist ([`Refusal::Unknown`]).

use crate::commission::link_key::LinkKey;
use crate::store::engines::{commit, read, statements};
use crate::store::outbox::OutboxKind;
use crate::store::{Database, DbError, ShopId};
use crate::studio::token;
use atelier_core::commission::LinkState;
use serde_json::json;

pub use on_sqlite::{issue, revoke_all};

/// Why a token opens nothing. The page tells the visitor which, in words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// No link of the shop has this token (mistyped, guessed, of an erased brief, or another
    /// shop's).
    Unknown,
    /// The jeweler revoked the link.
    Revoked,
    /// The link's expiry passed.
    Expired,
}

/// The brief of the shop a token opens at `now_unix`, or why it opens none. A token that is not
/// shaped like one of ours is refused without a query; another shop's token is
/// [`Refusal::Unknown`], as if it did not exist.
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
    let row = read!(db, |on, pool| on::link(pool, db.shop(), &digest).await)?;
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
        on::newest_live_nonce(pool, db.shop(), consultation_id, now_unix).await
    })?;
    Ok(nonce.map(|n| key.token(&n)))
}

/// The state of the brief's newest link, for the studio.
pub async fn state(db: &Database, consultation_id: i64) -> Result<Option<LinkState>, DbError> {
    let row = read!(db, |on, pool| on::newest(pool, db.shop(), consultation_id)
        .await)?;
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
    let renewal = (
        db.shop(),
        key.clone(),
        consultation_id,
        now_unix,
        expires_at,
    );
    commit!(db, renewal, |on, conn, (shop, key, id, now, expires)| {
        on::replace(conn, *shop, key, *id, *now, *expires)
    })
}

/// Revokes every live link of the brief at once (the jeweler's "revoke"); how many were live.
pub async fn revoke(db: &Database, consultation_id: i64, now_unix: i64) -> Result<u64, DbError> {
    let revocation = (db.shop(), consultation_id, now_unix);
    commit!(db, revocation, |on, conn, &(shop, id, now)| on::revoke(
        conn, shop, id, now
    ))
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
    uses outbox;

    /// Issues a fresh link of `shop` for its brief `consultation_id` and returns its token. Runs
    /// inside the caller's transaction, so a brief and its first link are committed together.
    pub async fn issue(
        conn: &mut Conn,
        shop: ShopId,
        key: &LinkKey,
        consultation_id: i64,
        now_unix: i64,
        expires_at: Option<i64>,
    ) -> Result<String, DbError> {
        let nonce = token::random_token().map_err(|e| DbError::NoRandomness(e.to_string()))?;
        let token = key.token(&nonce);
        sqlx::query(
            "INSERT INTO commission_links \
             (shop_id, token_hash, nonce, consultation_id, issued_at, expires_at) \
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(shop.get())
        .bind(token::digest(&token))
        .bind(&nonce)
        .bind(consultation_id)
        .bind(crate::clock::rfc3339(now_unix))
        .bind(expires_at)
        .execute(&mut *conn)
        .await?;
        Ok(token)
    }

    /// Revokes every live link of the shop's brief (the jeweler's "revoke"; a new one may be
    /// issued after).
    pub async fn revoke_all(
        conn: &mut Conn,
        shop: ShopId,
        consultation_id: i64,
        now_unix: i64,
    ) -> Result<u64, DbError> {
        let done = sqlx::query(
            "UPDATE commission_links SET revoked_at = $1 \
             WHERE shop_id = $2 AND consultation_id = $3 AND revoked_at IS NULL",
        )
        .bind(crate::clock::rfc3339(now_unix))
        .bind(shop.get())
        .bind(consultation_id)
        .execute(&mut *conn)
        .await?;
        Ok(done.rows_affected())
    }

    /// See [`super::resolve`].
    pub async fn link(
        pool: &Pool,
        shop: ShopId,
        token_hash: &str,
    ) -> Result<Option<LinkRow>, sqlx::Error> {
        sqlx::query_as(
            "SELECT consultation_id, expires_at, revoked_at FROM commission_links \
             WHERE token_hash = $1 AND shop_id = $2",
        )
        .bind(token_hash)
        .bind(shop.get())
        .fetch_optional(pool)
        .await
    }

    /// See [`super::live_token`].
    pub async fn newest_live_nonce(
        pool: &Pool,
        shop: ShopId,
        consultation_id: i64,
        now_unix: i64,
    ) -> Result<Option<String>, sqlx::Error> {
        sqlx::query_scalar(
            "SELECT nonce FROM commission_links WHERE shop_id = $1 AND consultation_id = $2 \
             AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > $3) \
             ORDER BY rowid DESC LIMIT 1",
        )
        .bind(shop.get())
        .bind(consultation_id)
        .bind(now_unix)
        .fetch_optional(pool)
        .await
    }

    /// See [`super::state`].
    pub async fn newest(
        pool: &Pool,
        shop: ShopId,
        consultation_id: i64,
    ) -> Result<Option<NewestRow>, sqlx::Error> {
        sqlx::query_as(
            "SELECT issued_at, expires_at, revoked_at FROM commission_links \
             WHERE shop_id = $1 AND consultation_id = $2 ORDER BY issued_at DESC, rowid DESC LIMIT 1",
        )
        .bind(shop.get())
        .bind(consultation_id)
        .fetch_optional(pool)
        .await
    }

    /// See [`super::replace`].
    pub async fn replace(
        conn: &mut Conn,
        shop: ShopId,
        key: &LinkKey,
        id: i64,
        now: i64,
        expires: Option<i64>,
    ) -> Result<String, sqlx::Error> {
        revoke_all(conn, shop, id, now).await.map_err(as_sqlx)?;
        let token = issue(conn, shop, key, id, now, expires)
            .await
            .map_err(as_sqlx)?;
        outbox::queue_notice(
            conn,
            shop,
            id,
            OutboxKind::LinkEmail,
            &json!({ "issued_at": now }),
            now,
        )
        .await?;
        Ok(token)
    }

    /// See [`super::revoke`].
    pub async fn revoke(
        conn: &mut Conn,
        shop: ShopId,
        id: i64,
        now: i64,
    ) -> Result<u64, sqlx::Error> {
        revoke_all(conn, shop, id, now).await.map_err(as_sqlx)
    }
}
