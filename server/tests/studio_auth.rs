//! Studio access: 401 without a session on every route (the session probe says `signed_in: false`
//! instead), 403 without the CSRF token on every state change, the setup link, sign-in, its rate
//! limits, cookies, and the pages served as the app.

mod common;
mod studio_common;

use atelier_server::clock;
use atelier_server::studio::accounts;
use axum::body::Body;
use axum::http::{header, Method, Request, StatusCode};
use common::{fixture, fixture_with, get, send};
use serde_json::json;
use studio_common::*;

/// Every studio route with a method and a body that would otherwise succeed.
const ROUTES: [(&str, &str); 14] = [
    ("POST", "/api/studio/logout"),
    ("GET", "/api/studio/briefs"),
    ("GET", "/api/studio/briefs/{ref}"),
    ("DELETE", "/api/studio/briefs/{ref}"),
    ("POST", "/api/studio/briefs/{ref}/status"),
    ("POST", "/api/studio/briefs/{ref}/notes"),
    ("POST", "/api/studio/briefs/{ref}/revisions"),
    ("POST", "/api/studio/briefs/{ref}/proposals"),
    ("POST", "/api/studio/briefs/{ref}/stages"),
    ("GET", "/api/studio/files/{file}"),
    ("POST", "/api/studio/deliveries/{delivery}/retry"),
    ("GET", "/api/studio/export.json"),
    ("GET", "/api/studio/export.csv"),
    ("GET", "/api/studio/briefs?status=new&q=ada"),
];

fn body_for(path: &str, code: &str) -> Option<serde_json::Value> {
    if path.ends_with("/status") {
        Some(json!({"status": "quoted"}))
    } else if path.ends_with("/notes") {
        Some(json!({"text": "called her"}))
    } else if path.ends_with("/revisions") || path.ends_with("/proposals") {
        Some(json!({"design_code": code, "message": "slimmer band"}))
    } else if path.ends_with("/stages") {
        Some(json!({"stage": "sketch", "note": "first drawings", "notify": true}))
    } else if path.ends_with("/retry") || path.ends_with("/logout") {
        Some(json!({}))
    } else {
        None
    }
}

async fn ids(state: &atelier_server::AppState, reference: &str) -> (i64, i64, String) {
    let id = atelier_server::store::consultations::id_by_reference(&state.db, reference)
        .await
        .expect("db")
        .expect("stored");
    let file: i64 =
        common::sql("SELECT MIN(id) FROM consultation_files WHERE consultation_id = $1")
            .bind(id)
            .scalar(state)
            .await;
    let delivery: i64 = common::sql("SELECT MIN(id) FROM outbox WHERE consultation_id = $1")
        .bind(id)
        .scalar(state)
        .await;
    let brief: String = common::sql("SELECT brief FROM consultations WHERE id = $1")
        .bind(id)
        .scalar(state)
        .await;
    let brief: atelier_core::brief::Brief = serde_json::from_str(&brief).expect("brief");
    (file, delivery, atelier_core::share::encode(&brief.design))
}

fn fill(path: &str, reference: &str, file: i64, delivery: i64) -> String {
    path.replace("{ref}", reference)
        .replace("{file}", &file.to_string())
        .replace("{delivery}", &delivery.to_string())
}

#[tokio::test]
async fn every_studio_route_needs_a_session() {
    let f = fixture().await;
    let reference = submit(&f.state, "k1").await;
    let (file, delivery, code) = ids(&f.state, &reference).await;
    for with_account in [false, true] {
        if with_account {
            accounts::add_user(&f.state.db, EMAIL, PASSWORD)
                .await
                .expect("account");
        }
        for (method, path) in ROUTES {
            let uri = fill(path, &reference, file, delivery);
            let forged = Session {
                cookie: "atelier-studio=not-a-session".to_owned(),
                csrf: "x".to_owned(),
            };
            for session in [None, Some(&forged)] {
                let r = call(
                    &f.state,
                    method.parse().expect("method"),
                    &uri,
                    session,
                    Some("x"),
                    body_for(path, &code),
                )
                .await;
                assert_eq!(r.status, StatusCode::UNAUTHORIZED, "{method} {uri}");
                let body = r.json();
                assert_eq!(body["error"]["code"], "unauthenticated", "{method} {uri}");
                assert_eq!(body["setup_required"], !with_account, "{method} {uri}");
                assert_eq!(
                    r.headers[header::CACHE_CONTROL],
                    "no-store",
                    "{method} {uri}"
                );
            }
        }
    }
    // Nothing changed on the way.
    assert_eq!(
        common::count(
            &f.state,
            "SELECT COUNT(*) FROM consultations WHERE status = 'new'"
        )
        .await,
        1
    );
    assert_eq!(
        common::count(&f.state, "SELECT COUNT(*) FROM consultation_notes").await,
        0
    );
}

#[tokio::test]
async fn the_session_probe_answers_signed_out_without_an_error() {
    let f = fixture().await;
    let forged = Session {
        cookie: "atelier-studio=not-a-session".to_owned(),
        csrf: String::new(),
    };
    for with_account in [false, true] {
        if with_account {
            accounts::add_user(&f.state.db, EMAIL, PASSWORD)
                .await
                .expect("account");
        }
        for session in [None, Some(&forged)] {
            let r = call(
                &f.state,
                Method::GET,
                "/api/studio/session",
                session,
                None,
                None,
            )
            .await;
            assert_eq!(r.status, StatusCode::OK);
            assert_eq!(
                r.json(),
                json!({"signed_in": false, "setup_required": !with_account})
            );
            assert_eq!(r.headers[header::CACHE_CONTROL], "no-store");
        }
    }
    let r = login(&f.state, EMAIL, PASSWORD, [127, 0, 0, 1]).await;
    let s = Session {
        cookie: cookie_of(&r),
        csrf: r.json()["csrf"].as_str().expect("csrf").to_owned(),
    };
    let r = get_as(&f.state, &s, "/api/studio/session").await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(
        r.json(),
        json!({"signed_in": true, "user": {"email": EMAIL}, "csrf": s.csrf})
    );
}

#[tokio::test]
async fn state_changes_without_the_csrf_token_are_refused() {
    let f = fixture().await;
    let reference = submit(&f.state, "k1").await;
    let (file, delivery, code) = ids(&f.state, &reference).await;
    let s = sign_in(&f.state).await;
    for (method, path) in ROUTES.iter().filter(|(m, _)| *m != "GET") {
        let uri = fill(path, &reference, file, delivery);
        for token in [None, Some("wrong"), Some("")] {
            let r = call(
                &f.state,
                method.parse().expect("method"),
                &uri,
                Some(&s),
                token,
                body_for(path, &code),
            )
            .await;
            assert_eq!(r.status, StatusCode::FORBIDDEN, "{method} {uri} {token:?}");
            assert_eq!(r.json()["error"]["code"], "forbidden");
        }
    }
    // Reads need no token, and the session survived every refused logout.
    let r = get_as(&f.state, &s, "/api/studio/session").await;
    assert_eq!(r.status, 200);
    assert_eq!(r.json()["user"]["email"], EMAIL);
    assert_eq!(r.json()["csrf"], s.csrf.as_str());
    assert_eq!(
        common::count(
            &f.state,
            "SELECT COUNT(*) FROM consultations WHERE status = 'new'"
        )
        .await,
        1
    );
    assert_eq!(
        common::count(&f.state, "SELECT COUNT(*) FROM consultation_notes").await,
        0
    );
    assert_eq!(
        common::count(
            &f.state,
            "SELECT COUNT(*) FROM outbox WHERE kind = 'revision_email'"
        )
        .await,
        0
    );
}

#[tokio::test]
async fn sign_in_sets_a_strict_http_only_cookie_and_logout_ends_it() {
    let f = fixture().await;
    accounts::add_user(&f.state.db, EMAIL, PASSWORD)
        .await
        .expect("account");
    let r = login(
        &f.state,
        "  Jeweler@Maison.Example ",
        PASSWORD,
        [127, 0, 0, 1],
    )
    .await;
    assert_eq!(r.status, 200);
    let set = r.headers[header::SET_COOKIE].to_str().expect("ascii");
    assert!(set.starts_with("atelier-studio="), "{set}");
    for attribute in ["HttpOnly", "SameSite=Strict", "Path=/", "Max-Age=604800"] {
        assert!(set.contains(attribute), "{attribute} missing: {set}");
    }
    assert!(!set.contains("Secure"), "plain http: {set}");
    let device = device_cookie(&r);
    assert!(device.starts_with("atelier-device="), "{device}");
    for attribute in ["HttpOnly", "SameSite=Strict", "Path=/", "Max-Age=31536000"] {
        assert!(device.contains(attribute), "{attribute} missing: {device}");
    }
    assert_eq!(r.json()["user"]["email"], EMAIL);
    let s = Session {
        cookie: cookie_of(&r),
        csrf: r.json()["csrf"].as_str().expect("csrf").to_owned(),
    };
    assert_eq!(s.csrf.len(), 43);
    let stored: String = common::sql("SELECT id_hash FROM studio_sessions")
        .scalar(&f.state)
        .await;
    assert!(
        !s.cookie.contains(&stored),
        "the database holds only a digest"
    );

    let r = post_as(&f.state, &s, "/api/studio/logout", json!({})).await;
    assert_eq!(r.status, StatusCode::NO_CONTENT);
    assert!(r.headers[header::SET_COOKIE]
        .to_str()
        .expect("ascii")
        .contains("Max-Age=0"));
    let r = get_as(&f.state, &s, "/api/studio/session").await;
    assert_eq!(r.json()["signed_in"], false);
    assert_eq!(r.json()["setup_required"], false);
    let r = get_as(&f.state, &s, "/api/studio/briefs").await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn over_https_the_cookie_is_secure_with_the_host_prefix() {
    let f = fixture_with(|c| c.public_url = Some("https://atelier.example.com".into())).await;
    accounts::add_user(&f.state.db, EMAIL, PASSWORD)
        .await
        .expect("account");
    let r = login(&f.state, EMAIL, PASSWORD, [127, 0, 0, 1]).await;
    let set = r.headers[header::SET_COOKIE].to_str().expect("ascii");
    assert!(set.starts_with("__Host-atelier-studio="), "{set}");
    assert!(set.contains("; Secure"), "{set}");
    let device = device_cookie(&r);
    assert!(device.starts_with("__Host-atelier-device="), "{device}");
    assert!(device.contains("; Secure"), "{device}");
}

/// The device cookie a sign-in sets (beside the session's).
fn device_cookie(r: &common::Reply) -> String {
    r.headers
        .get_all(header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.contains("atelier-device="))
        .expect("a device cookie")
        .to_owned()
}

#[tokio::test]
async fn an_overlong_email_is_refused_before_any_limit_or_hash() {
    let f = fixture().await;
    for i in 0..30 {
        let email = format!("{}{i}@maison.example", "x".repeat(300));
        let r = login(&f.state, &email, "guess", [10, 7, 7, 7]).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(r.json()["error"]["fields"][0]["field"], "email");
    }
    assert_eq!(f.state.studio_limits.tracked(), 0, "nothing was remembered");
    // The address was not charged either: its ten failures are still there.
    let r = login(&f.state, "someone@maison.example", "guess", [10, 7, 7, 7]).await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn wrong_passwords_and_unknown_accounts_look_alike_then_hit_429() {
    let f = fixture().await;
    accounts::add_user(&f.state.db, EMAIL, PASSWORD)
        .await
        .expect("account");
    let unknown = login(&f.state, "nobody@maison.example", PASSWORD, [10, 0, 0, 9]).await;
    let wrong = login(&f.state, EMAIL, "not the password", [10, 0, 0, 9]).await;
    assert_eq!(unknown.status, StatusCode::UNAUTHORIZED);
    assert_eq!(unknown.body, wrong.body, "the same answer for both");
    // Per email: five failures from five addresses, then even the right password waits.
    for i in 1..=4u8 {
        let r = login(&f.state, EMAIL, "guess", [10, 0, 1, i]).await;
        assert_eq!(r.status, StatusCode::UNAUTHORIZED, "failure {i}");
    }
    let r = login(&f.state, EMAIL, PASSWORD, [10, 0, 2, 1]).await;
    assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(r.json()["error"]["code"], "rate_limited");
    let wait: u64 = r.headers[header::RETRY_AFTER]
        .to_str()
        .expect("ascii")
        .parse()
        .expect("seconds");
    assert!((1..=30).contains(&wait), "{wait}");

    // Per peer: ten failures against ten different emails, then the address waits.
    for i in 0..10 {
        let r = login(
            &f.state,
            &format!("guess{i}@maison.example"),
            "guess",
            [10, 9, 9, 9],
        )
        .await;
        assert_eq!(r.status, StatusCode::UNAUTHORIZED, "failure {i}");
    }
    let r = login(&f.state, "other@maison.example", "guess", [10, 9, 9, 9]).await;
    assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(r.headers.contains_key(header::RETRY_AFTER));
}

async fn setup(
    state: &atelier_server::AppState,
    token: &str,
    origin: Option<&str>,
) -> common::Reply {
    let mut request = Request::post("/api/studio/setup")
        .header(header::CONTENT_TYPE, "application/json")
        .header(header::HOST, "127.0.0.1:8080");
    if let Some(o) = origin {
        request = request.header(header::ORIGIN, o);
    }
    let body = json!({"token": token, "email": "Owner@Maison.Example", "password": PASSWORD});
    send(
        state,
        request.body(Body::from(body.to_string())).expect("request"),
        [127, 0, 0, 1],
    )
    .await
}

#[tokio::test]
async fn the_setup_link_works_once_from_the_same_origin_only() {
    let f = fixture().await;
    let now = clock::now_unix();
    let token = accounts::issue_setup_token(&f.state.db, now)
        .await
        .expect("db")
        .expect("no account yet");
    let stored: String = common::sql("SELECT token_hash FROM studio_setup_tokens")
        .scalar(&f.state)
        .await;
    assert_ne!(stored, token, "stored hashed");

    let r = setup(&f.state, &token, Some("https://evil.example")).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "cross-origin");
    let r = setup(&f.state, "wrong-token", Some("http://127.0.0.1:8080")).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);

    let r = setup(&f.state, &token, Some("http://127.0.0.1:8080")).await;
    assert_eq!(
        r.status,
        StatusCode::CREATED,
        "{}",
        String::from_utf8_lossy(&r.body)
    );
    assert_eq!(r.json()["user"]["email"], "owner@maison.example");
    let s = Session {
        cookie: cookie_of(&r),
        csrf: r.json()["csrf"].as_str().expect("csrf").to_owned(),
    };
    assert_eq!(
        get_as(&f.state, &s, "/api/studio/session").await.status,
        200
    );

    let again = setup(&f.state, &token, None).await;
    assert_eq!(again.status, StatusCode::FORBIDDEN, "single use");
    assert_eq!(
        common::count(&f.state, "SELECT COUNT(*) FROM studio_users").await,
        1
    );
    assert!(
        accounts::issue_setup_token(&f.state.db, now)
            .await
            .expect("db")
            .is_none(),
        "no new link once an account exists"
    );
}

#[tokio::test]
async fn an_expired_setup_link_is_refused() {
    let f = fixture().await;
    let long_ago = clock::now_unix() - 25 * 3600;
    let token = accounts::issue_setup_token(&f.state.db, long_ago)
        .await
        .expect("db")
        .expect("token");
    let r = setup(&f.state, &token, None).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert_eq!(
        common::count(&f.state, "SELECT COUNT(*) FROM studio_users").await,
        0
    );
    // The same token an hour younger still works: expiry is what refused it.
    let fresh = accounts::issue_setup_token(&f.state.db, clock::now_unix() - 23 * 3600)
        .await
        .expect("db")
        .expect("token");
    assert_eq!(
        setup(&f.state, &fresh, None).await.status,
        StatusCode::CREATED
    );
}

#[tokio::test]
async fn setup_checks_the_password() {
    let f = fixture().await;
    let token = accounts::issue_setup_token(&f.state.db, clock::now_unix())
        .await
        .expect("db")
        .expect("token");
    let request = Request::post("/api/studio/setup")
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(
            json!({"token": token, "email": "owner@maison.example", "password": "short"})
                .to_string(),
        ))
        .expect("request");
    let r = send(&f.state, request, [127, 0, 0, 1]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(r.json()["error"]["fields"][0]["field"], "password");
    // The token was not spent by the refused attempt.
    assert_eq!(
        setup(&f.state, &token, None).await.status,
        StatusCode::CREATED
    );
}

#[tokio::test]
async fn studio_pages_are_the_web_app() {
    let f = fixture().await;
    for path in [
        "/studio",
        "/studio/setup?token=abc",
        "/studio/briefs/AT-7KQ2M",
    ] {
        let r = get(&f.state, path).await;
        assert_eq!(r.status, 200, "{path}");
        // The fixture's built page, served with the shop's name in its title.
        assert!(
            String::from_utf8_lossy(&r.body).contains("<title>Maison Test</title>"),
            "{path}"
        );
    }
    let r = get(&f.state, "/api/studio/nothing-here").await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    let _ = Method::GET;
}
