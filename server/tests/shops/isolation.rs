//! The wall between shops, tried on every route the server has.
//!
//! Two shops on one deployment, found by host, each with a brief and everything after it: the
//! visitor's photos, messages both ways, a stage with a photo, a proposal, a booked appointment, a
//! note, delivered emails, a signed-in jeweler. Then, on shop A's host, every route of the app
//! (read from the router itself, so a route added later is tried without anyone remembering it)
//! is called with every method, with shop B's reference, link token and every id B has in each of
//! the route's parameters, as A's jeweler, as A's visitor (A's own link, B's ids), as B's jeweler
//! (B's session cookie, on A's host) and as an outsider. Every answer must be the answer to an id
//! that does not exist (same status, same body), in time of the same order; no answer may carry
//! anything of B's; and B's rows are the same afterwards.

use crate::common::{b64, full_body, png, Reply};
use atelier_server::config::ShopFinding;
use atelier_server::deployment::Deployment;
use atelier_server::store::{shops, ShopId};
use atelier_server::{outbox, shop_admin, studio, AppState};
use axum::body::Body;
use axum::http::{header, Method, Request, StatusCode};
use axum::Router;
use serde_json::{json, Value};
use std::time::{Duration, Instant};

const PASSWORD: &str = "a long studio password";
/// Shaped like the real thing, held by no shop.
const NO_REFERENCE: &str = "AT-ZZZZZ";
const NO_TOKEN: &str = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
const NO_ID: i64 = 987_654;

/// One shop's things, as the test made them.
struct Shop {
    host: &'static str,
    state: AppState,
    reference: String,
    token: String,
    jeweler_email: String,
    session: Session,
    /// The row ids a route might take, by table: files, commission files, proposals,
    /// deliveries, messages, stages, appointments.
    ids: std::collections::BTreeMap<&'static str, Vec<i64>>,
    /// Words only this shop's rows hold: the visitor's name and address, the messages, the note,
    /// the stage's note and the proposal's message.
    secrets: Vec<String>,
}

#[derive(Clone)]
struct Session {
    cookie: String,
    csrf: String,
}

async fn to(router: &Router, host: &str, request: Request<Body>) -> Reply {
    crate::common::send_to_host(router, host, request).await
}

fn request(
    method: Method,
    uri: &str,
    session: Option<&Session>,
    body: Option<&Value>,
) -> Request<Body> {
    static KEYS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let key = KEYS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let mut builder = Request::builder()
        .method(method)
        .uri(uri)
        .header("idempotency-key", format!("isolation-{key}"));
    if let Some(s) = session {
        builder = builder
            .header(header::COOKIE, &s.cookie)
            .header("x-csrf-token", &s.csrf);
    }
    match body {
        Some(v) => builder
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from(v.to_string())),
        None => builder.body(Body::empty()),
    }
    .expect("request")
}

async fn ok(router: &Router, host: &str, request: Request<Body>) -> Value {
    let uri = request.uri().to_string();
    let reply = to(router, host, request).await;
    assert!(
        reply.status.is_success(),
        "{uri}: {} {}",
        reply.status,
        String::from_utf8_lossy(&reply.body)
    );
    if reply.body.is_empty() {
        Value::Null
    } else {
        serde_json::from_slice(&reply.body).unwrap_or(Value::Null)
    }
}

/// Open every day 09:00–17:00 in London, hour-long slots, a year ahead.
fn availability() -> Value {
    json!({
        "time_zone": "Europe/London",
        "weekly": (1..=7).map(|d| json!({"weekday": d, "start": "09:00", "end": "17:00"})).collect::<Vec<_>>(),
        "slot_minutes": 60,
        "buffer_minutes": 0,
        "kinds": ["in_shop", "video"],
        "closed_dates": [],
        "horizon_days": 365,
        "min_notice_hours": 0,
    })
}

fn design_code() -> String {
    atelier_core::share::encode(&crate::common::brief().design)
}

/// Makes the shop's brief and everything after it, through its own host.
async fn furnish(
    router: &Router,
    deployment: &Deployment,
    host: &'static str,
    shop: ShopId,
    tag: &str,
) -> Shop {
    let state = deployment.delivering_for(shop).expect("the shop's state");
    let name = format!("Visitor {tag} Quillfeather");
    let email = format!("visitor-{}@{host}", tag.to_lowercase());
    let mut body = full_body();
    body["brief"]["contact"]["name"] = json!(name);
    body["brief"]["contact"]["email"] = json!(email);
    let sent = ok(
        router,
        host,
        request(Method::POST, "/api/consultations", None, Some(&body)),
    )
    .await;
    let reference = sent["reference"].as_str().expect("reference").to_owned();
    let token = sent["commission_url"]
        .as_str()
        .and_then(|u| u.strip_prefix("/c/"))
        .expect("link")
        .to_owned();

    let jeweler_email = format!("jeweler-{}@{host}", tag.to_lowercase());
    studio::accounts::add_user(&state.db, &jeweler_email, PASSWORD)
        .await
        .expect("jeweler");
    let login = to(
        router,
        host,
        request(
            Method::POST,
            "/api/studio/login",
            None,
            Some(&json!({"email": jeweler_email, "password": PASSWORD})),
        ),
    )
    .await;
    assert_eq!(login.status, StatusCode::OK);
    let session = Session {
        cookie: crate::studio_common::cookie_of(&login),
        csrf: login.json()["csrf"].as_str().expect("csrf").to_owned(),
    };
    let s = Some(&session);
    let visitor_words = format!("Visitor {tag} asks about tanzanite");
    let jeweler_words = format!("Jeweler {tag} answers about sapphire");
    let note = format!("Note {tag}: call on Thursday");
    let stage_note = format!("Stage {tag}: the wax is carved");
    let proposal_words = format!("Proposal {tag}: in platinum");
    let photo = |seed: u8| json!({"name": "hand.png", "data_base64": b64(&png(seed))});
    ok(
        router,
        host,
        request(
            Method::POST,
            &format!("/api/c/{token}/messages"),
            None,
            Some(&json!({"text": visitor_words, "photos": [photo(31)]})),
        ),
    )
    .await;
    let studio = format!("/api/studio/briefs/{reference}");
    ok(
        router,
        host,
        request(
            Method::POST,
            &format!("{studio}/messages"),
            s,
            Some(&json!({"text": jeweler_words})),
        ),
    )
    .await;
    ok(
        router,
        host,
        request(
            Method::POST,
            &format!("{studio}/stages"),
            s,
            Some(&json!({"stage": "wax", "note": stage_note, "notify": true, "photo": photo(32)})),
        ),
    )
    .await;
    let proposal = ok(
        router,
        host,
        request(
            Method::POST,
            &format!("{studio}/proposals"),
            s,
            Some(&json!({"design_code": design_code(), "message": proposal_words})),
        ),
    )
    .await;
    let proposal = proposal["id"].as_i64().expect("proposal id");
    ok(
        router,
        host,
        request(
            Method::POST,
            &format!("{studio}/notes"),
            s,
            Some(&json!({"text": note})),
        ),
    )
    .await;
    ok(
        router,
        host,
        request(
            Method::PUT,
            "/api/studio/availability",
            s,
            Some(&availability()),
        ),
    )
    .await;
    let slots = ok(
        router,
        host,
        request(Method::GET, &format!("/api/c/{token}/slots"), None, None),
    )
    .await;
    let first = slots["slots"][0]["starts_at"]
        .as_str()
        .expect("a slot")
        .to_owned();
    ok(
        router,
        host,
        request(
            Method::POST,
            &format!("/api/c/{token}/appointment"),
            None,
            Some(&json!({"starts_at": first, "kind": "video"})),
        ),
    )
    .await;

    let mut ids = std::collections::BTreeMap::new();
    ids.insert("commission_proposals", vec![proposal]);
    for table in [
        "consultation_files",
        "commission_files",
        "outbox",
        "commission_messages",
        "commission_stages",
        "appointments",
    ] {
        ids.insert(
            table,
            crate::common::sql(&format!(
                "SELECT id FROM {table} WHERE shop_id = {} ORDER BY id",
                shop.get()
            ))
            .scalars::<i64>(&state)
            .await,
        );
    }
    Shop {
        host,
        state,
        reference,
        token,
        jeweler_email,
        session,
        ids,
        secrets: vec![
            name,
            email,
            visitor_words,
            jeweler_words,
            note,
            stage_note,
            proposal_words,
        ],
    }
}

/// What shop B holds, counted table by table, with its briefs' state: the same before and
/// after every attempt.
async fn fingerprint(shop: &Shop) -> Vec<String> {
    let id = shop.state.db.shop().get();
    let mut out = Vec::new();
    for table in [
        "consultations",
        "consultation_files",
        "consultation_history",
        "consultation_notes",
        "outbox",
        "outbox_attempts",
        "commission_links",
        "commission_messages",
        "commission_stages",
        "commission_files",
        "commission_proposals",
        "appointments",
        "erasure_requests",
        "studio_setup_tokens",
        "shop_members",
        "booking_settings",
    ] {
        let n: i64 = crate::common::sql(&format!(
            "SELECT COUNT(*) FROM {table} WHERE shop_id = {id}"
        ))
        .scalar(&shop.state)
        .await;
        out.push(format!("{table}: {n}"));
    }
    let briefs: Vec<(String, String, String)> = crate::common::sql(&format!(
        "SELECT reference, status, turn FROM consultations WHERE shop_id = {id} ORDER BY id"
    ))
    .rows(&shop.state)
    .await;
    out.extend(briefs.into_iter().map(|b| format!("{b:?}")));
    let states: Vec<(i64, String, Option<String>)> = crate::common::sql(&format!(
        "SELECT id, state, revoked_at FROM appointments a LEFT JOIN commission_links l \
         ON l.consultation_id = a.consultation_id WHERE a.shop_id = {id} ORDER BY a.id"
    ))
    .rows(&shop.state)
    .await;
    out.extend(states.into_iter().map(|s| format!("{s:?}")));
    let answers: Vec<(i64, Option<String>)> = crate::common::sql(&format!(
        "SELECT id, answer FROM commission_proposals WHERE shop_id = {id} ORDER BY id"
    ))
    .rows(&shop.state)
    .await;
    out.extend(answers.into_iter().map(|a| format!("{a:?}")));
    out
}

/// Every path the app routes, read from the router: axum keeps them in its route table, which
/// its `Debug` shows (`paths: {RouteId(n): "/api/…", …}`). The pages the web app serves from its
/// folders are added by hand (their paths are the folders').
fn routes(state: &AppState) -> Vec<String> {
    let text = format!("{:?}", atelier_server::app(state.clone()));
    let mut paths: Vec<String> = text
        .split("RouteId(")
        .skip(1)
        .filter_map(|part| {
            let start = part.find(": \"")? + 3;
            let end = start + part[start..].find('"')?;
            Some(part[start..end].to_owned())
        })
        .filter(|path| !path.contains("__private__"))
        .collect();
    paths.extend(["/c/{token}", "/studio/briefs/{reference}"].map(str::to_owned));
    paths.sort();
    paths.dedup();
    paths
}

/// The body a route is tried with: what its handler takes, so an attempt reaches the lookup
/// instead of stopping at validation.
fn body_for(path: &str, b: &Shop) -> Value {
    let last = path.rsplit('/').next().unwrap_or("");
    match last {
        "messages" => json!({"text": "probe"}),
        "status" => json!({"status": "won"}),
        "notes" => json!({"text": "probe"}),
        "proposals" | "revisions" => json!({"design_code": design_code(), "message": "probe"}),
        "answer" => json!({"answer": "accepted", "comment": "probe"}),
        "erasure" => json!({"comment": "probe"}),
        "appointment" => json!({"starts_at": "2199-01-05T10:00:00Z", "kind": "video"}),
        "stages" => json!({"stage": "cad", "note": "probe", "notify": false}),
        "availability" => availability(),
        "login" => json!({"email": b.jeweler_email, "password": PASSWORD}),
        "setup" => json!({"token": NO_TOKEN, "email": b.jeweler_email, "password": PASSWORD}),
        _ => json!({}),
    }
}

/// `path` with each parameter filled: `{id}` and `{file}` with `id`.
fn filled(path: &str, reference: &str, token: &str, id: &str) -> String {
    path.replace("{reference}", reference)
        .replace("{token}", token)
        .replace("{id}", id)
        .replace("{file}", id)
}

/// B's ids a route's `{id}` or `{file}` is tried with. Ids are per table, so B's proposal may
/// have the number of one of A's files: where the route says what it takes, B's ids of that
/// table; for a route this list does not know (a new one), every id of B's that is none of A's.
fn b_ids_for(path: &str, a: &Shop, b: &Shop) -> Vec<String> {
    let of = |table: &str| b.ids.get(table).cloned().unwrap_or_default();
    let plain = |ids: Vec<i64>| ids.into_iter().map(|id| id.to_string()).collect::<Vec<_>>();
    if path.contains("{file}") {
        // `12` is a commission file, `s12` a snapshot or inspiration photo.
        let mut ids = plain(of("commission_files"));
        ids.extend(of("consultation_files").iter().map(|id| format!("s{id}")));
        return ids;
    }
    if !path.contains("{id}") {
        return vec![NO_ID.to_string()];
    }
    for (part, table) in [
        ("/studio/files/", "consultation_files"),
        ("/commission-files/", "commission_files"),
        ("/deliveries/", "outbox"),
        ("/proposals/", "commission_proposals"),
    ] {
        if path.contains(part) {
            return plain(of(table));
        }
    }
    let theirs: std::collections::BTreeSet<i64> = a.ids.values().flatten().copied().collect();
    plain(
        b.ids
            .values()
            .flatten()
            .copied()
            .filter(|id| !theirs.contains(id))
            .collect(),
    )
}

#[tokio::test]
async fn no_route_lets_one_shop_reach_anothers_things() {
    let f = crate::common::fixture_with(|c| {
        c.shops = ShopFinding::ByHost;
        c.commission_rate_limit_per_minute = 1_000_000;
        c.commission_rate_limit_burst = 1_000_000;
    })
    .await;
    let db = &f.state.db;
    let settings = f.dir.path().join("b.toml");
    std::fs::write(
        &settings,
        "shop_name = \"Maison B\"\njeweler_email = \"b@b.example\"\n\
         commission_rate_limit_per_minute = 1000000\ncommission_rate_limit_burst = 1000000\n\
         rate_limit_per_minute = 1000\nrate_limit_burst = 1000\n\
         confirmations_per_recipient_per_day = 1000\n",
    )
    .expect("settings");
    let b_id = shop_admin::add(
        db,
        &f.state.config,
        "maison-b",
        &settings,
        &["b.example".into()],
    )
    .await
    .expect("shop B");
    shops::set_hosts(db, ShopId::FIRST, &["a.example".into()])
        .await
        .expect("A's host");
    let deployment = Deployment::start(f.state.clone()).await.expect("start");
    let router = deployment.clone().router();
    let a = furnish(&router, &deployment, "a.example", ShopId::FIRST, "A").await;
    let b = furnish(&router, &deployment, "b.example", b_id, "B").await;
    outbox::deliver_due(&deployment, atelier_server::clock::now_unix() + 1)
        .await
        .expect("deliver");
    assert!(
        b.ids.values().all(|ids| !ids.is_empty()),
        "B has things of every kind to reach for: {:?}",
        b.ids
    );
    let before = fingerprint(&b).await;

    let paths = routes(&a.state);
    assert!(
        paths.len() >= 40,
        "the router's paths were read ({}): {paths:?}",
        paths.len()
    );
    // Who tries: A's jeweler, A's visitor (A's own link), B's jeweler's session carried to A's
    // host, and someone with neither.
    let who: [(&str, Option<&Session>, &str); 4] = [
        ("A's jeweler", Some(&a.session), b.token.as_str()),
        ("A's visitor", None, a.token.as_str()),
        (
            "B's jeweler on A's host",
            Some(&b.session),
            b.token.as_str(),
        ),
        ("an outsider", None, b.token.as_str()),
    ];
    let mut tried = 0;
    let (mut slowest, mut slowest_at) = (0.0f64, String::new());
    for path in &paths {
        let ids = b_ids_for(path, &a, &b);
        let no_id = NO_ID.to_string();
        for method in [Method::GET, Method::POST, Method::PUT, Method::DELETE] {
            let body = body_for(path, &b);
            let body = (method != Method::GET).then_some(&body);
            for (name, session, token) in &who {
                // A's visitor's own link stays A's; every other token slot holds B's.
                let control_token = if *token == a.token {
                    a.token.as_str()
                } else {
                    NO_TOKEN
                };
                for id in &ids {
                    let control_id = if id.starts_with('s') {
                        format!("s{no_id}")
                    } else {
                        no_id.clone()
                    };
                    let theirs = filled(path, &b.reference, token, id);
                    let nobodys = filled(path, NO_REFERENCE, control_token, &control_id);
                    let started = Instant::now();
                    let reply = to(
                        &router,
                        a.host,
                        request(method.clone(), &theirs, *session, body),
                    )
                    .await;
                    let took = started.elapsed();
                    let started = Instant::now();
                    let control = to(
                        &router,
                        a.host,
                        request(method.clone(), &nobodys, *session, body),
                    )
                    .await;
                    let control_took = started.elapsed();
                    tried += 1;
                    let at = format!("{method} {theirs} as {name}");
                    // The answer is the answer to nothing: an identifier echoed back is the
                    // request's own, so it is read as the control's.
                    let text = String::from_utf8_lossy(&reply.body)
                        .replace(&b.reference, NO_REFERENCE)
                        .replace(*token, control_token)
                        .replace(id.as_str(), &control_id);
                    let control_text = String::from_utf8_lossy(&control.body).into_owned();
                    // Where the request names nothing of B's (A's visitor on A's own link, a
                    // route without parameters), it is A's own business: only what it shows is
                    // checked.
                    if theirs != nobodys {
                        assert_eq!(reply.status, control.status, "{at}: {text}");
                        if !is_fresh_per_request(path) {
                            assert_eq!(text, control_text, "{at}");
                        }
                    }
                    for secret in &b.secrets {
                        assert!(
                            !String::from_utf8_lossy(&reply.body).contains(secret.as_str()),
                            "{at} shows B's {secret:?}"
                        );
                    }
                    // Timing is compared where the request names B's things; the same request
                    // twice (a sign-in, whose second try the throttle may answer at once) says
                    // nothing about B.
                    let mut ratio = timing_ratio(took, control_took);
                    // One slow answer on a busy machine (the scheduler, not the route) is timed
                    // again: the quickest of three of each is what the route costs.
                    if theirs != nobodys && ratio >= TIMING_OF_ANOTHER_ORDER {
                        let (mut best, mut best_control) = (took, control_took);
                        for _ in 0..3 {
                            let started = Instant::now();
                            let _ = to(
                                &router,
                                a.host,
                                request(method.clone(), &theirs, *session, body),
                            )
                            .await;
                            best = best.min(started.elapsed());
                            let started = Instant::now();
                            let _ = to(
                                &router,
                                a.host,
                                request(method.clone(), &nobodys, *session, body),
                            )
                            .await;
                            best_control = best_control.min(started.elapsed());
                        }
                        ratio = timing_ratio(best, best_control);
                    }
                    if theirs != nobodys && ratio > slowest {
                        (slowest, slowest_at) = (ratio, at);
                    }
                }
            }
        }
    }
    assert!(tried > 800, "{tried} attempts");
    // Timing of the same order: never ten times the answer about nothing.
    assert!(
        slowest < TIMING_OF_ANOTHER_ORDER,
        "{slowest_at} took {slowest:.1}× the control's time"
    );
    assert_eq!(fingerprint(&b).await, before, "B's rows are as they were");
    // And B still works for B.
    let own = to(
        &router,
        b.host,
        request(
            Method::GET,
            &format!("/api/studio/briefs/{}", b.reference),
            Some(&b.session),
            None,
        ),
    )
    .await;
    assert_eq!(own.status, StatusCode::OK);
}

/// Routes whose answers differ between any two calls (a fresh CSRF token, a new setup): only
/// their status is compared.
fn is_fresh_per_request(path: &str) -> bool {
    path.ends_with("/login") || path.ends_with("/session") || path.ends_with("/setup")
}

/// How many times the answer about nothing an answer about B's things may take before its timing
/// tells something.
const TIMING_OF_ANOTHER_ORDER: f64 = 10.0;

/// `took` against `control` (with 5 ms of slack, so that two quick answers never differ by an
/// order).
fn timing_ratio(took: Duration, control: Duration) -> f64 {
    took.as_secs_f64() / (control.as_secs_f64() + Duration::from_millis(5).as_secs_f64())
}
