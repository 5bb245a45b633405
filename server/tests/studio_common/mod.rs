//! Helpers for the studio tests: an account, a signed-in session, requests with cookie and CSRF.
#![allow(dead_code)]

use crate::common::{send, Reply};
use atelier_server::studio::accounts;
use atelier_server::AppState;
use axum::body::Body;
use axum::http::{header, Method, Request};
use serde_json::{json, Value};

pub const EMAIL: &str = "jeweler@maison.example";
pub const PASSWORD: &str = "a long studio password";

/// A signed-in studio session.
#[derive(Debug, Clone)]
pub struct Session {
    /// `name=value` for the Cookie header.
    pub cookie: String,
    /// The CSRF token.
    pub csrf: String,
}

/// `name=value` of a Set-Cookie header.
pub fn cookie_of(reply: &Reply) -> String {
    let set = reply
        .headers
        .get(header::SET_COOKIE)
        .and_then(|v| v.to_str().ok())
        .expect("Set-Cookie");
    set.split(';').next().expect("pair").to_owned()
}

/// Adds the account and signs in.
pub async fn sign_in(state: &AppState) -> Session {
    accounts::add_user(&state.db, EMAIL, PASSWORD)
        .await
        .expect("account");
    let reply = login(state, EMAIL, PASSWORD, [127, 0, 0, 1]).await;
    assert_eq!(
        reply.status,
        200,
        "{}",
        String::from_utf8_lossy(&reply.body)
    );
    Session {
        cookie: cookie_of(&reply),
        csrf: reply.json()["csrf"].as_str().expect("csrf").to_owned(),
    }
}

pub async fn login(state: &AppState, email: &str, password: &str, peer: [u8; 4]) -> Reply {
    let request = Request::post("/api/studio/login")
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(
            json!({"email": email, "password": password}).to_string(),
        ))
        .expect("request");
    send(state, request, peer).await
}

/// A request with the session's cookie and, when `csrf` is given, the CSRF header.
pub async fn call(
    state: &AppState,
    method: Method,
    uri: &str,
    session: Option<&Session>,
    csrf: Option<&str>,
    body: Option<Value>,
) -> Reply {
    let mut request = Request::builder().method(method).uri(uri);
    if let Some(s) = session {
        request = request.header(header::COOKIE, &s.cookie);
    }
    if let Some(token) = csrf {
        request = request.header("x-csrf-token", token);
    }
    let body = match body {
        Some(v) => {
            request = request.header(header::CONTENT_TYPE, "application/json");
            Body::from(v.to_string())
        }
        None => Body::empty(),
    };
    send(state, request.body(body).expect("request"), [127, 0, 0, 1]).await
}

/// GET with the session.
pub async fn get_as(state: &AppState, s: &Session, uri: &str) -> Reply {
    call(state, Method::GET, uri, Some(s), None, None).await
}

/// POST with the session and its CSRF token.
pub async fn post_as(state: &AppState, s: &Session, uri: &str, body: Value) -> Reply {
    call(state, Method::POST, uri, Some(s), Some(&s.csrf), Some(body)).await
}

/// DELETE with the session and its CSRF token.
pub async fn delete_as(state: &AppState, s: &Session, uri: &str) -> Reply {
    call(state, Method::DELETE, uri, Some(s), Some(&s.csrf), None).await
}

/// Submits the full test brief through the public API; its reference.
pub async fn submit(state: &AppState, key: &str) -> String {
    crate::common::submit(state, key, &crate::common::full_body()).await
}
