//! `GET /session`, `POST /setup`, `POST /login`, `POST /logout`.
//!
//! Sign-in and setup refuse a cross-origin `Origin` header (they set the cookie, so a foreign page
//! must not drive them), count failures per peer address and per email (429 + `Retry-After`), and
//! verify unknown emails against a dummy hash so timing does not reveal which accounts exist.

use super::accounts::{self, AccountError, SetupError};
use super::json_body;
use super::session::{self, Jeweler};
use super::throttle::{self, Peer};
use crate::clock;
use crate::error::ApiError;
use crate::AppState;
use axum::extract::State;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::{Deserialize, Serialize};
use std::time::Instant;

/// The signed-in account, as the client sees it.
#[derive(Debug, Serialize)]
pub struct User {
    /// The account email.
    pub email: String,
}

/// The body of a successful session, setup or login call.
#[derive(Debug, Serialize)]
pub struct SessionBody {
    /// Who is signed in.
    pub user: User,
    /// The token to send as `X-CSRF-Token` on every POST and DELETE.
    pub csrf: String,
}

/// `POST /login`.
#[derive(Debug, Deserialize)]
pub struct Login {
    /// Account email.
    pub email: String,
    /// Password.
    pub password: String,
}

/// `POST /setup`.
#[derive(Debug, Deserialize)]
pub struct Setup {
    /// The token from the setup link.
    pub token: String,
    /// The first account's email.
    pub email: String,
    /// Its password.
    pub password: String,
}

/// `GET /session`: who is signed in, with the CSRF token; 401 otherwise.
pub async fn current(jeweler: Jeweler) -> Json<SessionBody> {
    Json(SessionBody {
        user: User {
            email: jeweler.email,
        },
        csrf: jeweler.csrf,
    })
}

/// Refuses a request whose `Origin` is present and is not this server's own.
fn same_origin(state: &AppState, headers: &HeaderMap) -> Result<(), ApiError> {
    let Some(origin) = headers.get(header::ORIGIN) else {
        return Ok(());
    };
    let origin = origin.to_str().unwrap_or("null");
    let public = state
        .config
        .public_url
        .as_deref()
        .map(|u| origin_of(u).to_owned());
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .map(|h| format!("http://{h}"));
    let host_https = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .map(|h| format!("https://{h}"));
    if [public, host, host_https]
        .iter()
        .flatten()
        .any(|own| own.eq_ignore_ascii_case(origin))
    {
        Ok(())
    } else {
        Err(ApiError::Forbidden(
            "sign-in is only accepted from the studio's own pages",
        ))
    }
}

/// `scheme://host[:port]` of a URL.
fn origin_of(url: &str) -> &str {
    let after_scheme = url.find("://").map_or(0, |i| i + 3);
    match url[after_scheme..].find('/') {
        Some(i) => &url[..after_scheme + i],
        None => url,
    }
}

fn signed_in(
    state: &AppState,
    status: StatusCode,
    email: String,
    new: session::NewSession,
) -> Response {
    let mut response = (
        status,
        Json(SessionBody {
            user: User { email },
            csrf: new.csrf,
        }),
    )
        .into_response();
    response.headers_mut().insert(
        header::SET_COOKIE,
        session::set_cookie(state, Some(&new.id)),
    );
    response
}

/// `POST /login`.
pub async fn login(
    State(state): State<AppState>,
    Peer(peer): Peer,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Result<Response, ApiError> {
    same_origin(&state, &headers)?;
    let login: Login = json_body(&body)?;
    let ip = throttle::peer_key(peer);
    let email = login.email.trim().to_lowercase();
    let limits = &state.studio_limits;
    let now = Instant::now();
    for check in [
        limits.by_peer.check(&ip, now),
        limits.by_email.check(&email, now),
    ] {
        if let Err(retry_after_secs) = check {
            return Err(ApiError::LoginThrottled { retry_after_secs });
        }
    }
    let account = accounts::find(&state.db, &email).await?;
    let stored = account.as_ref().map(|(_, hash)| hash.clone());
    let ok = login.password.chars().count() <= super::password::MAX_LEN
        && super::password::verify(login.password, stored)
            .await
            .map_err(|e| ApiError::Internal(e.to_string()))?;
    let Some((user_id, _)) = account.filter(|_| ok) else {
        limits.by_peer.fail(ip, now);
        limits.by_email.fail(email, now);
        return Err(ApiError::BadCredentials);
    };
    let max_age = i64::from(state.config.studio_session_hours) * 3600;
    let new = session::create(&state.db, user_id, clock::now_unix(), max_age).await?;
    Ok(signed_in(&state, StatusCode::OK, email, new))
}

/// `POST /setup`: the first account, from the one-time link.
pub async fn setup(
    State(state): State<AppState>,
    Peer(peer): Peer,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Result<Response, ApiError> {
    same_origin(&state, &headers)?;
    let setup: Setup = json_body(&body)?;
    let ip = throttle::peer_key(peer);
    let now = Instant::now();
    if let Err(retry_after_secs) = state.studio_limits.by_peer.check(&ip, now) {
        return Err(ApiError::LoginThrottled { retry_after_secs });
    }
    let (email, hash) = accounts::prepare(&setup.email, &setup.password)
        .await
        .map_err(|e| match e {
            AccountError::Email(_) => ApiError::Invalid {
                field: "email",
                message: "enter an email address like name@example.com".to_owned(),
            },
            AccountError::WeakPassword(why) => ApiError::Invalid {
                field: "password",
                message: why,
            },
            other => ApiError::Internal(other.to_string()),
        })?;
    let unix = clock::now_unix();
    let user_id = match accounts::complete_setup(&state.db, &setup.token, &email, &hash, unix).await
    {
        Ok(id) => id,
        Err(SetupError::BadToken) => {
            state.studio_limits.by_peer.fail(ip, now);
            return Err(ApiError::Forbidden(
                "this setup link is unknown, used or expired; restart the server for a new one",
            ));
        }
        Err(SetupError::Done) => {
            return Err(ApiError::Conflict(
                "the studio already has an account; sign in instead",
            ))
        }
        Err(SetupError::Account(e)) => return Err(ApiError::Internal(e.to_string())),
    };
    let max_age = i64::from(state.config.studio_session_hours) * 3600;
    let new = session::create(&state.db, user_id, unix, max_age).await?;
    tracing::info!(email, "studio account created from the setup link");
    Ok(signed_in(&state, StatusCode::CREATED, email, new))
}

/// `POST /logout`: ends the session and clears the cookie.
pub async fn logout(State(state): State<AppState>, jeweler: Jeweler) -> Result<Response, ApiError> {
    session::delete(&state.db, &jeweler.session_hash).await?;
    let mut response = StatusCode::NO_CONTENT.into_response();
    response
        .headers_mut()
        .insert(header::SET_COOKIE, session::set_cookie(&state, None));
    Ok(response)
}

#[cfg(test)]
mod tests {
    use super::origin_of;

    #[test]
    fn origins() {
        assert_eq!(
            origin_of("https://a.example.com/shop/"),
            "https://a.example.com"
        );
        assert_eq!(origin_of("http://127.0.0.1:8080"), "http://127.0.0.1:8080");
    }
}
