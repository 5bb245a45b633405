//! Studio sessions: an opaque random id in a cookie, its SHA-256 in `studio_sessions`, an absolute
//! lifetime and an idle timeout, and a per-session CSRF token.
//!
//! The [`Jeweler`] extractor is the studio's gate: a request without a live session is answered
//! 401, and a state-changing request (anything but GET/HEAD) whose `X-CSRF-Token` header does not
//! equal the session's token is answered 403. A cross-site page can make the browser send the
//! cookie (were it not SameSite=Strict) but can never read the token to echo it.

use super::token;
use crate::clock;
use crate::error::ApiError;
use crate::store;
use crate::store::accounts::LiveSession;
use crate::store::{Database, DbError, ShopId};
use crate::AppState;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, HeaderValue, Method};

/// The header that must carry the CSRF token on every state change.
pub const CSRF_HEADER: &str = "x-csrf-token";
/// Sessions seen within this many seconds are not touched again (saves a write per request).
const TOUCH_EVERY_SECS: i64 = 60;

/// The signed-in jeweler behind a request.
#[derive(Debug, Clone)]
pub struct Jeweler {
    /// Account row id.
    pub user_id: i64,
    /// Account email, lower-cased.
    pub email: String,
    /// The session's CSRF token.
    pub csrf: String,
    /// SHA-256 of the session id (the row key).
    pub session_hash: String,
}

/// A new session, to be set as a cookie.
#[derive(Debug, Clone)]
pub struct NewSession {
    /// The cookie's value.
    pub id: String,
    /// Its CSRF token.
    pub csrf: String,
}

/// The session cookie's name: with the `__Host-` prefix over HTTPS (the browser then insists on
/// Secure, Path=/ and no Domain), without it over plain HTTP, where browsers refuse the prefix.
/// Every shop but the first has its own name, ending in its number: shops under paths of one
/// address share its cookies, and signing in to one must not sign a jeweler out of another.
pub fn cookie_name(secure: bool, shop: ShopId) -> String {
    let name = if secure {
        "__Host-atelier-studio"
    } else {
        "atelier-studio"
    };
    match shop {
        ShopId::FIRST => name.to_owned(),
        shop => format!("{name}-{shop}"),
    }
}

/// Whether the studio is served over HTTPS (so cookies are `Secure`).
pub fn is_secure(state: &AppState) -> bool {
    state
        .config
        .public_url
        .as_deref()
        .is_some_and(|u| u.starts_with("https://"))
}

/// The `Set-Cookie` value for a session (or, with `None`, one that removes it).
pub fn set_cookie(state: &AppState, session: Option<&str>) -> HeaderValue {
    let secure = is_secure(state);
    let (value, max_age) = match session {
        Some(id) => (id, i64::from(state.config.studio_session_hours) * 3600),
        None => ("", 0),
    };
    let text = format!(
        "{}={value}; Path=/; HttpOnly; SameSite=Strict; Max-Age={max_age}{}",
        cookie_name(secure, state.db.shop()),
        if secure { "; Secure" } else { "" }
    );
    // Names and values are base64url and digits: always a valid header.
    HeaderValue::from_str(&text).unwrap_or_else(|_| HeaderValue::from_static(""))
}

/// The session id in the request's cookies, if any.
pub fn session_id(headers: &HeaderMap, secure: bool, shop: ShopId) -> Option<String> {
    cookie(headers, &cookie_name(secure, shop))
        .filter(|v| !v.is_empty() && v.len() <= 64)
        .map(str::to_owned)
}

/// The value of the first cookie called `name` in the request, trimmed.
pub(crate) fn cookie<'h>(headers: &'h HeaderMap, name: &str) -> Option<&'h str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.trim())
}

/// Starts a session for `user_id` at `now`.
pub async fn create(
    db: &Database,
    user_id: i64,
    now: i64,
    max_age_secs: i64,
) -> Result<NewSession, ApiError> {
    let id = token::random_token().map_err(|e| ApiError::Internal(e.to_string()))?;
    let csrf = token::random_token().map_err(|e| ApiError::Internal(e.to_string()))?;
    store::accounts::insert_session(
        db,
        &token::digest(&id),
        user_id,
        &csrf,
        now,
        now.saturating_add(max_age_secs),
    )
    .await?;
    Ok(NewSession { id, csrf })
}

/// The live session with this id at `now`, touching its idle clock.
pub async fn lookup(
    db: &Database,
    id: &str,
    now: i64,
    idle_secs: i64,
) -> Result<Option<Jeweler>, DbError> {
    let hash = token::digest(id);
    let session =
        store::accounts::live_session(db, &hash, now, now.saturating_sub(idle_secs)).await?;
    let Some(LiveSession {
        user_id,
        email,
        csrf,
        last_seen_at,
    }) = session
    else {
        return Ok(None);
    };
    if now - last_seen_at >= TOUCH_EVERY_SECS {
        store::accounts::touch_session(db, &hash, now).await?;
    }
    Ok(Some(Jeweler {
        user_id,
        email,
        csrf,
        session_hash: hash,
    }))
}

/// The 401 every studio route gives without a session.
pub async fn unauthenticated(db: &Database) -> ApiError {
    ApiError::Unauthenticated {
        setup_required: !store::accounts::any_user(db).await.unwrap_or(true),
    }
}

impl FromRequestParts<AppState> for Jeweler {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let config = &state.config;
        let Some(id) = session_id(&parts.headers, is_secure(state), state.db.shop()) else {
            return Err(unauthenticated(&state.db).await);
        };
        let idle = i64::from(config.studio_session_idle_minutes) * 60;
        let Some(jeweler) = lookup(&state.db, &id, clock::now_unix(), idle).await? else {
            return Err(unauthenticated(&state.db).await);
        };
        if !matches!(parts.method, Method::GET | Method::HEAD) {
            let sent = parts
                .headers
                .get(CSRF_HEADER)
                .and_then(|v| v.to_str().ok())
                .unwrap_or("");
            if !token::same_secret(sent, &jeweler.csrf) {
                return Err(ApiError::Forbidden(
                    "missing or wrong X-CSRF-Token header; reload the studio",
                ));
            }
        }
        Ok(jeweler)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_right_cookie() {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::COOKIE,
            HeaderValue::from_static("theme=dark; atelier-studio=abc123; other=1"),
        );
        assert_eq!(
            session_id(&headers, false, ShopId::FIRST).as_deref(),
            Some("abc123")
        );
        assert_eq!(session_id(&headers, true, ShopId::FIRST), None);
    }
}
