//! `GET /session`, `POST /setup`, `POST /login`, `POST /logout`.
//!
//! Sign-in and setup refuse a cross-origin `Origin` header (they set the cookie, so a foreign page
//! must not drive them), reserve an attempt under the limits of [`super::throttle`] before any
//! password is hashed (429 + `Retry-After`), check one password per account at a time, and verify
//! unknown emails against a dummy hash so timing does not reveal which accounts exist. A person
//! who is not a member of this shop is an unknown email here: the same refusal, after the same
//! dummy check. Setup checks its one-time token before it hashes anything. A successful sign-in
//! also gets the browser a device cookie ([`super::device`]), which keeps it signed-in-able while
//! strangers are throttled.
//!
//! Setup with the email of someone who already has an account (another shop's jeweler) does not
//! create an account or change a password: it makes that person this shop's first account once
//! the password given is theirs, checked as a sign-in is, under the same limits, so a setup link
//! is no way to guess another shop's password.

use super::accounts::{self, AccountError, SetupError};
use super::json_body;
use super::session::{self, Jeweler};
use super::throttle::{self, Attempt};
use super::{device, password};
use crate::clock;
use crate::error::ApiError;
use crate::rate_limit::client::ClientAddr;
use crate::store;
use crate::AppState;
use axum::extract::State;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::{Deserialize, Serialize};
use std::time::Instant;

/// Longest email address there is (RFC 5321's path limit less its brackets); anything longer is
/// refused before it reaches a limit or the database.
pub const MAX_EMAIL_LEN: usize = 254;

/// The signed-in account, as the client sees it.
#[derive(Debug, Serialize)]
pub struct User {
    /// The account email.
    pub email: String,
}

/// The body of a successful session, setup or login call.
#[derive(Debug, Serialize)]
pub struct SessionBody {
    /// Always `true` here; `GET /session` without a session says `false` instead.
    pub signed_in: bool,
    /// Who is signed in.
    pub user: User,
    /// The token to send as `X-CSRF-Token` on every POST and DELETE.
    pub csrf: String,
}

/// What `GET /session` says without a session.
#[derive(Debug, Serialize)]
pub struct SignedOut {
    /// Always `false`.
    pub signed_in: bool,
    /// No account exists yet: the one-time setup link is needed.
    pub setup_required: bool,
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

/// `GET /session`: who is signed in, with the CSRF token, or `{"signed_in": false,
/// "setup_required"}`. A probe the studio makes on every visit, so being signed out is an answer
/// here, not an error; every other studio route still answers 401.
pub async fn current(jeweler: Result<Jeweler, ApiError>) -> Result<Response, ApiError> {
    match jeweler {
        Ok(jeweler) => Ok(Json(SessionBody {
            signed_in: true,
            user: User {
                email: jeweler.email,
            },
            csrf: jeweler.csrf,
        })
        .into_response()),
        Err(ApiError::Unauthenticated { setup_required }) => Ok(Json(SignedOut {
            signed_in: false,
            setup_required,
        })
        .into_response()),
        Err(other) => Err(other),
    }
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

/// The answer to a sign-in or setup: the session, its cookie, and the device cookie.
fn signed_in(
    state: &AppState,
    status: StatusCode,
    email: String,
    password_hash: &str,
    new: session::NewSession,
) -> Result<Response, ApiError> {
    let device =
        device::issue(&email, password_hash).map_err(|e| ApiError::Internal(e.to_string()))?;
    let mut response = (
        status,
        Json(SessionBody {
            signed_in: true,
            user: User { email },
            csrf: new.csrf,
        }),
    )
        .into_response();
    let headers = response.headers_mut();
    headers.append(
        header::SET_COOKIE,
        session::set_cookie(state, Some(&new.id)),
    );
    headers.append(header::SET_COOKIE, device::set_cookie(state, &device));
    Ok(response)
}

/// `POST /login`.
pub async fn login(
    State(state): State<AppState>,
    ClientAddr(client): ClientAddr,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Result<Response, ApiError> {
    same_origin(&state, &headers)?;
    let login: Login = json_body(&body)?;
    let email = login.email.trim();
    if email.chars().count() > MAX_EMAIL_LEN {
        return Err(ApiError::Invalid {
            field: "email",
            message: format!("an email address has at most {MAX_EMAIL_LEN} characters"),
        });
    }
    let email = email.to_lowercase();
    let account = store::accounts::find_user(&state.db, &email).await?;
    let secure = session::is_secure(&state);
    let known = account
        .as_ref()
        .and_then(|user| device::recognise(&headers, secure, &email, &user.password_hash));
    let account_key = throttle::account_key(&email);
    let attempt = match known {
        Some(device) => Attempt::KnownDevice(device),
        None => Attempt::Stranger {
            client,
            account: account_key,
        },
    };
    let limits = &state.studio_limits;
    let reservation = limits
        .reserve(attempt, Instant::now())
        .map_err(|retry_after_secs| ApiError::LoginThrottled { retry_after_secs })?;
    let ok = {
        let _turn = limits.turn(account_key).await;
        let stored = account.as_ref().map(|user| user.password_hash.clone());
        login.password.chars().count() <= password::MAX_LEN
            && password::verify(login.password, stored)
                .await
                .map_err(|e| ApiError::Internal(e.to_string()))?
    };
    // A failure keeps its reservation spent.
    let Some(user) = account.filter(|_| ok) else {
        return Err(ApiError::BadCredentials);
    };
    reservation.succeeded(Instant::now());
    let max_age = i64::from(state.config.studio_session_hours) * 3600;
    let new = session::create(&state.db, user.id, clock::now_unix(), max_age).await?;
    signed_in(&state, StatusCode::OK, email, &user.password_hash, new)
}

/// `POST /setup`: the shop's first account, from the one-time link: a new person, or one who
/// has an account already (then only with their password, which stays as it is).
pub async fn setup(
    State(state): State<AppState>,
    ClientAddr(client): ClientAddr,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Result<Response, ApiError> {
    same_origin(&state, &headers)?;
    let setup: Setup = json_body(&body)?;
    let now = Instant::now();
    let reservation = state
        .studio_limits
        .reserve(Attempt::Setup(client), now)
        .map_err(|retry_after_secs| ApiError::LoginThrottled { retry_after_secs })?;
    let unix = clock::now_unix();
    if !accounts::setup_token_live(&state.db, &setup.token, unix).await? {
        return Err(bad_setup_link());
    }
    // Whoever holds the link is the jeweler: a typing mistake from here on is not a guess.
    reservation.succeeded(now);
    let email = accounts::normalise_email(&setup.email).map_err(|_| invalid_setup_email())?;
    if let Some(person) = store::accounts::find_person(&state.db, &email).await? {
        return join(&state, client, setup, email, person, unix).await;
    }
    let (email, hash) = accounts::prepare(&email, &setup.password)
        .await
        .map_err(|e| match e {
            AccountError::Email(_) => invalid_setup_email(),
            AccountError::WeakPassword(why) => ApiError::Invalid {
                field: "password",
                message: why,
            },
            other => ApiError::Internal(other.to_string()),
        })?;
    let user_id = match accounts::complete_setup(&state.db, &setup.token, &email, &hash, unix).await
    {
        Ok(id) => id,
        Err(e) => return Err(setup_refused(e)),
    };
    let max_age = i64::from(state.config.studio_session_hours) * 3600;
    let new = session::create(&state.db, user_id, unix, max_age).await?;
    tracing::info!(email, "studio account created from the setup link");
    signed_in(&state, StatusCode::CREATED, email, &hash, new)
}

/// The rest of [`setup`] when `email` is someone's already: they become the shop's first account
/// if `setup.password` is theirs, checked as a sign-in is (under the account's limits, one check
/// at a time, the same cost), and their password stays as it is.
async fn join(
    state: &AppState,
    client: std::net::IpAddr,
    setup: Setup,
    email: String,
    person: store::accounts::StudioUser,
    unix: i64,
) -> Result<Response, ApiError> {
    let account_key = throttle::account_key(&email);
    let limits = &state.studio_limits;
    let reservation = limits
        .reserve(
            Attempt::Stranger {
                client,
                account: account_key,
            },
            Instant::now(),
        )
        .map_err(|retry_after_secs| ApiError::LoginThrottled { retry_after_secs })?;
    let ok = {
        let _turn = limits.turn(account_key).await;
        setup.password.chars().count() <= password::MAX_LEN
            && password::verify(setup.password, Some(person.password_hash.clone()))
                .await
                .map_err(|e| ApiError::Internal(e.to_string()))?
    };
    if !ok {
        // A failure keeps its reservation spent.
        return Err(ApiError::Invalid {
            field: "password",
            message: "this email has a studio account already: enter its password to open this \
                      studio with it"
                .to_owned(),
        });
    }
    reservation.succeeded(Instant::now());
    let user_id = accounts::join_setup(&state.db, &setup.token, person.id, unix)
        .await
        .map_err(setup_refused)?;
    let max_age = i64::from(state.config.studio_session_hours) * 3600;
    let new = session::create(&state.db, user_id, unix, max_age).await?;
    tracing::info!(
        email,
        "an existing studio account joined this shop from the setup link"
    );
    signed_in(
        state,
        StatusCode::CREATED,
        email,
        &person.password_hash,
        new,
    )
}

/// A setup's email that is not one.
fn invalid_setup_email() -> ApiError {
    ApiError::Invalid {
        field: "email",
        message: "enter an email address like name@example.com".to_owned(),
    }
}

/// The answer to a setup the store refused.
fn setup_refused(error: SetupError) -> ApiError {
    match error {
        SetupError::BadToken => bad_setup_link(),
        SetupError::Done => {
            ApiError::Conflict("the studio already has an account; sign in instead")
        }
        // Someone else took the email between the check and the setup: it is theirs now.
        SetupError::Account(AccountError::Exists(_)) => ApiError::Conflict(
            "this email has just been given a studio account; send the form again",
        ),
        SetupError::Account(e) => ApiError::Internal(e.to_string()),
    }
}

fn bad_setup_link() -> ApiError {
    ApiError::Forbidden(
        "this setup link is unknown, used or expired; restart the server for a new one",
    )
}

/// `POST /logout`: ends the session and clears the cookie.
pub async fn logout(State(state): State<AppState>, jeweler: Jeweler) -> Result<Response, ApiError> {
    store::accounts::delete_session(&state.db, &jeweler.session_hash).await?;
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
