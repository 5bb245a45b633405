//! `POST /api/consultations` and `GET /api/catalog` through the real router: every status code,
//! idempotency, the honeypot, the rate limit, CORS and durability.

mod common;

use atelier_server::{store, AppState, Database};
use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use common::*;
use serde_json::json;

#[tokio::test]
async fn a_valid_request_is_stored_with_its_files_and_outbox_in_one_go() {
    let f = fixture().await;
    let r = post_json(&f.state, "key-1", &full_body()).await;
    assert_eq!(
        r.status,
        StatusCode::CREATED,
        "{}",
        String::from_utf8_lossy(&r.body)
    );
    let json = r.json();
    let reference = json["reference"].as_str().expect("reference");
    assert!(store::consultations::is_reference(reference), "{reference}");
    assert!(json["received_at"]
        .as_str()
        .is_some_and(|t| t.ends_with('Z')));
    assert_eq!(
        count(&f.state, "SELECT COUNT(*) FROM consultations").await,
        1
    );
    assert_eq!(
        count(
            &f.state,
            "SELECT COUNT(*) FROM consultation_files WHERE kind = 'snapshot'"
        )
        .await,
        2
    );
    assert_eq!(
        count(
            &f.state,
            "SELECT COUNT(*) FROM consultation_files WHERE kind = 'attachment'"
        )
        .await,
        1
    );
    assert_eq!(
        count(
            &f.state,
            "SELECT COUNT(*) FROM outbox WHERE state = 'pending'"
        )
        .await,
        2,
        "jeweler and visitor emails; no webhook configured"
    );
}

#[tokio::test]
async fn the_same_key_and_body_replays_the_saved_201() {
    let f = fixture().await;
    let body = full_body().to_string();
    let first = post(&f.state, "retry-me", body.clone()).await;
    assert_eq!(first.status, StatusCode::CREATED);
    let second = post(&f.state, "retry-me", body).await;
    assert_eq!(second.status, StatusCode::CREATED);
    assert_eq!(second.body, first.body, "byte-identical response");
    assert_eq!(second.headers["idempotent-replayed"], "true");
    assert_eq!(
        count(&f.state, "SELECT COUNT(*) FROM consultations").await,
        1
    );
    assert_eq!(count(&f.state, "SELECT COUNT(*) FROM outbox").await, 2);
}

#[tokio::test]
async fn the_same_key_with_another_body_is_refused() {
    let f = fixture().await;
    assert_eq!(
        post_json(&f.state, "k", &full_body()).await.status,
        StatusCode::CREATED
    );
    let mut other = full_body();
    other["brief"]["notes"] = json!("Something else entirely.");
    let r = post_json(&f.state, "k", &other).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(r.json()["error"]["code"], "idempotency_key_reused");
    assert_eq!(
        count(&f.state, "SELECT COUNT(*) FROM consultations").await,
        1
    );
}

#[tokio::test]
async fn a_missing_or_bad_idempotency_key_is_a_400() {
    let f = fixture().await;
    let request = Request::post("/api/consultations")
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(full_body().to_string()))
        .expect("request");
    let r = send(&f.state, request, [127, 0, 0, 1]).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert_eq!(r.json()["error"]["code"], "idempotency_key_required");
    let r = post_json(&f.state, &"x".repeat(101), &full_body()).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn malformed_json_is_a_json_400() {
    let f = fixture().await;
    let r = post(&f.state, "k", "{\"brief\": {").await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert_eq!(r.headers[header::CONTENT_TYPE], "application/json");
    assert_eq!(r.json()["error"]["code"], "malformed_json");
}

#[tokio::test]
async fn a_wrong_content_type_is_a_415() {
    let f = fixture().await;
    for content_type in [
        Some("text/plain"),
        Some("multipart/form-data; boundary=x"),
        None,
    ] {
        let mut request = Request::post("/api/consultations").header("idempotency-key", "k");
        if let Some(t) = content_type {
            request = request.header(header::CONTENT_TYPE, t);
        }
        let request = request
            .body(Body::from(full_body().to_string()))
            .expect("request");
        let r = send(&f.state, request, [127, 0, 0, 1]).await;
        assert_eq!(
            r.status,
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "{content_type:?}"
        );
        assert_eq!(r.json()["error"]["code"], "unsupported_media_type");
    }
    let r = send(
        &f.state,
        Request::post("/api/consultations")
            .header(header::CONTENT_TYPE, "application/json; charset=utf-8")
            .header("idempotency-key", "k")
            .body(Body::from(full_body().to_string()))
            .expect("request"),
        [127, 0, 0, 1],
    )
    .await;
    assert_eq!(r.status, StatusCode::CREATED, "charset parameter accepted");
}

#[tokio::test]
async fn an_oversized_body_is_a_json_413() {
    let f = fixture_with(|c| c.max_body_bytes = 65_536).await;
    let mut body = full_body();
    body["brief"]["notes"] = json!("x".repeat(70_000));
    let r = post_json(&f.state, "big", &body).await;
    assert_eq!(r.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(r.json()["error"]["code"], "payload_too_large");
    assert_eq!(
        count(&f.state, "SELECT COUNT(*) FROM consultations").await,
        0
    );
}

#[tokio::test]
async fn an_invalid_brief_is_a_422_with_field_paths() {
    let f = fixture().await;
    let mut body = full_body();
    body["brief"]["contact"]["email"] = json!("not an address");
    body["brief"]["consent_to_contact"] = json!(false);
    body["snapshots"][1]["png_base64"] = json!(b64(b"GIF89a not a png"));
    body["snapshots"][0]["view"] = json!("Top View!");
    body["attachments"][0]["data_base64"] = json!(b64(&png(3)[..]));
    let r = post_json(&f.state, "k", &body).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let json = r.json();
    assert_eq!(json["error"]["code"], "invalid_brief");
    let fields: Vec<&str> = json["error"]["fields"]
        .as_array()
        .expect("fields")
        .iter()
        .filter_map(|f| f["field"].as_str())
        .collect();
    for expected in [
        "brief.contact.email",
        "brief.consent_to_contact",
        "snapshots[0].view",
        "snapshots[1].png_base64",
        "attachments[0].data_base64",
    ] {
        assert!(
            fields.contains(&expected),
            "{expected} missing from {fields:?}"
        );
    }
    assert_eq!(
        count(&f.state, "SELECT COUNT(*) FROM consultations").await,
        0
    );
}

#[tokio::test]
async fn a_wrongly_shaped_brief_names_the_field() {
    let f = fixture().await;
    let mut body = full_body();
    body["brief"]["budget"]["max"] = json!("a lot");
    let r = post_json(&f.state, "k", &body).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let json = r.json();
    assert_eq!(json["error"]["fields"][0]["field"], "brief.budget.max");

    let mut body = full_body();
    let one = json!({"view": "a", "png_base64": b64(&png(1))});
    body["snapshots"] = json!([one.clone(), one.clone(), one.clone(), one]);
    let r = post_json(&f.state, "k2", &body).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(r.json()["error"]["fields"][0]["field"], "snapshots");

    let mut body = full_body();
    body["snapshots"][0]["png_base64"] = json!(b64(&[png(1), vec![0; 1600 * 1024]].concat()));
    let r = post_json(&f.state, "k3", &body).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        r.json()["error"]["fields"][0]["field"],
        "snapshots[0].png_base64"
    );
}

#[tokio::test]
async fn cr_lf_in_name_or_email_is_refused_before_any_mail_is_queued() {
    let f = fixture().await;
    let mut body = full_body();
    body["brief"]["contact"]["name"] = json!("Ada\r\nBcc: victim@example.com");
    body["brief"]["contact"]["email"] = json!("ada@example.com\r\nBcc: victim@example.com");
    let r = post_json(&f.state, "k", &body).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let text = String::from_utf8_lossy(&r.body).to_string();
    assert!(
        text.contains("brief.contact.name") && text.contains("brief.contact.email"),
        "{text}"
    );
    assert_eq!(count(&f.state, "SELECT COUNT(*) FROM outbox").await, 0);
}

#[tokio::test]
async fn the_honeypot_gets_a_fake_201_and_nothing_is_stored() {
    let f = fixture().await;
    let mut body = full_body();
    body["website"] = json!("http://spam.example");
    let r = post_json(&f.state, "bot", &body).await;
    assert_eq!(r.status, StatusCode::CREATED);
    assert!(store::consultations::is_reference(
        r.json()["reference"].as_str().expect("reference")
    ));
    assert_eq!(
        count(&f.state, "SELECT COUNT(*) FROM consultations").await,
        0
    );
    assert_eq!(count(&f.state, "SELECT COUNT(*) FROM outbox").await, 0);
}

#[tokio::test]
async fn the_rate_limit_answers_429_with_retry_after_per_peer() {
    let f = fixture_with(|c| {
        c.rate_limit_per_minute = 2;
        c.rate_limit_burst = 2;
    })
    .await;
    let request = |key: &str| {
        Request::post("/api/consultations")
            .header(header::CONTENT_TYPE, "application/json")
            .header("idempotency-key", key)
            // A forged forwarding header must not buy a fresh bucket.
            .header("x-forwarded-for", format!("203.0.113.{}", key.len()))
            .body(Body::from(full_body().to_string()))
            .expect("request")
    };
    assert_eq!(
        send(&f.state, request("a"), [127, 0, 0, 1]).await.status,
        StatusCode::CREATED
    );
    assert_eq!(
        send(&f.state, request("bb"), [127, 0, 0, 1]).await.status,
        StatusCode::CREATED
    );
    let r = send(&f.state, request("ccc"), [127, 0, 0, 1]).await;
    assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS);
    let retry: u64 = r.headers[header::RETRY_AFTER]
        .to_str()
        .expect("ascii")
        .parse()
        .expect("seconds");
    assert!((1..=30).contains(&retry), "{retry}");
    assert_eq!(r.json()["error"]["code"], "rate_limited");
    // Another peer is not affected.
    assert_eq!(
        send(&f.state, request("dddd"), [127, 0, 0, 2]).await.status,
        StatusCode::CREATED
    );
}

#[tokio::test]
async fn a_brief_survives_reopening_the_database() {
    let f = fixture().await;
    let body = full_body();
    let r = post_json(&f.state, "durable", &body).await;
    assert_eq!(r.status, StatusCode::CREATED);
    let reference = r.json()["reference"]
        .as_str()
        .expect("reference")
        .to_owned();
    let config = (*f.state.config).clone();
    f.state.db.close().await;
    drop(f.state);

    let db = open_database(f.dir.path()).await;
    let state = AppState::new(config, db.clone()).expect("state");
    let id = store::consultations::id_by_reference(&db, &reference)
        .await
        .expect("query")
        .expect("stored");
    let stored = store::consultations::load(&db, id)
        .await
        .expect("load")
        .expect("row");
    let brief: serde_json::Value = serde_json::from_str(&stored.brief_json).expect("json");
    assert_eq!(brief, body["brief"]);
    assert_eq!(stored.files.len(), 3);
    assert_eq!(stored.files[0].bytes, png(1));
    // The replay still works after the restart.
    let again = post_json(&state, "durable", &body).await;
    assert_eq!(again.status, StatusCode::CREATED);
    assert_eq!(again.body, r.body);
}

#[tokio::test]
async fn the_catalog_is_served_and_cors_allows_only_configured_origins() {
    let f = fixture_with(|c| c.allowed_origins = vec!["https://shop.example.com".to_owned()]).await;
    let r = get(&f.state, "/api/catalog").await;
    assert_eq!(r.status, StatusCode::OK);
    let json = r.json();
    assert!(json["metals"].as_array().is_some_and(|m| !m.is_empty()));
    let catalog: atelier_core::catalog::Catalog = serde_json::from_value(json).expect("catalog");
    assert_eq!(catalog, atelier_core::catalog::Catalog::builtin());

    let from = |origin: &str| {
        Request::get("/api/catalog")
            .header(header::ORIGIN, origin)
            .body(Body::empty())
            .expect("request")
    };
    let r = send(&f.state, from("https://shop.example.com"), [127, 0, 0, 1]).await;
    assert_eq!(
        r.headers[header::ACCESS_CONTROL_ALLOW_ORIGIN],
        "https://shop.example.com"
    );
    let r = send(&f.state, from("https://evil.example.com"), [127, 0, 0, 1]).await;
    assert!(r.headers.get(header::ACCESS_CONTROL_ALLOW_ORIGIN).is_none());

    let preflight = Request::options("/api/consultations")
        .header(header::ORIGIN, "https://shop.example.com")
        .header(header::ACCESS_CONTROL_REQUEST_METHOD, "POST")
        .header(
            header::ACCESS_CONTROL_REQUEST_HEADERS,
            "content-type, idempotency-key",
        )
        .body(Body::empty())
        .expect("request");
    let r = send(&f.state, preflight, [127, 0, 0, 1]).await;
    assert!(r.status.is_success(), "{}", r.status);
    assert_eq!(
        r.headers[header::ACCESS_CONTROL_ALLOW_ORIGIN],
        "https://shop.example.com"
    );
    let allowed = r.headers[header::ACCESS_CONTROL_ALLOW_HEADERS]
        .to_str()
        .expect("ascii");
    assert!(allowed.contains("idempotency-key"), "{allowed}");
}

#[tokio::test]
async fn a_bad_catalog_override_stops_the_start_naming_file_and_key() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("my-catalog.json");
    let mut json = serde_json::to_value(atelier_core::catalog::Catalog::builtin()).expect("json");
    json["band_width_mm"]["max"] = json!("wide");
    std::fs::write(&path, json.to_string()).expect("write");
    let db = Database::open(&dir.path().join("atelier.db"))
        .await
        .expect("db");
    let config = atelier_server::Config {
        catalog: Some(path),
        data_dir: dir.path().to_owned(),
        ..atelier_server::Config::default()
    };
    let error = AppState::new(config, db)
        .expect_err("bad catalog")
        .to_string();
    assert!(
        error.contains("my-catalog.json") && error.contains("band_width_mm.max"),
        "{error}"
    );
}
