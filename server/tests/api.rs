//! The HTTP API driven through the real router with `oneshot`, as production serves it.

use atelier_server::{app, AppState, Config, Database};
use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use http_body_util::BodyExt;
use std::sync::Arc;
use tower::ServiceExt;

struct Fixture {
    state: AppState,
    _dir: tempfile::TempDir,
}

async fn fixture() -> Fixture {
    let dir = tempfile::tempdir().expect("temp dir");
    let static_dir = dir.path().join("dist");
    std::fs::create_dir_all(&static_dir).expect("dist");
    std::fs::write(
        static_dir.join("index.html"),
        "<!DOCTYPE html><title>Atelier</title>",
    )
    .expect("index");
    std::fs::write(static_dir.join("app-1234.wasm"), b"\0asm\x01\0\0\0").expect("wasm");
    let config = Config {
        data_dir: dir.path().join("data"),
        static_dir,
        shop_name: "Maison Test".to_owned(),
        ..Config::default()
    };
    let db = Database::open(&dir.path().join("atelier.db"))
        .await
        .expect("db");
    Fixture {
        state: AppState {
            config: Arc::new(config),
            db,
        },
        _dir: dir,
    }
}

async fn get(state: &AppState, uri: &str) -> (StatusCode, axum::http::HeaderMap, Vec<u8>) {
    let response = app(state.clone())
        .oneshot(Request::get(uri).body(Body::empty()).expect("request"))
        .await
        .expect("response");
    let status = response.status();
    let headers = response.headers().clone();
    let body = response
        .into_body()
        .collect()
        .await
        .expect("body")
        .to_bytes()
        .to_vec();
    (status, headers, body)
}

#[tokio::test]
async fn health_reports_the_shop_and_database() {
    let f = fixture().await;
    let (status, _, body) = get(&f.state, "/api/health").await;
    assert_eq!(status, StatusCode::OK);
    let json: serde_json::Value = serde_json::from_slice(&body).expect("json");
    assert_eq!(json["status"], "ok");
    assert_eq!(json["shop"], "Maison Test");
    assert!(json["data_since"]
        .as_str()
        .is_some_and(|s| s.starts_with("20")));
}

#[tokio::test]
async fn unknown_api_paths_are_json_404s() {
    let f = fixture().await;
    let (status, headers, body) = get(&f.state, "/api/nope").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(headers[header::CONTENT_TYPE], "application/json");
    let json: serde_json::Value = serde_json::from_slice(&body).expect("json");
    assert_eq!(json["error"]["code"], "not_found");
}

#[tokio::test]
async fn page_routes_get_the_app_and_assets_are_cached_for_good() {
    let f = fixture().await;
    let (status, headers, body) = get(&f.state, "/studio").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[header::CACHE_CONTROL], "no-cache");
    assert!(String::from_utf8_lossy(&body).contains("<title>Atelier</title>"));

    let (status, headers, _) = get(&f.state, "/app-1234.wasm").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[header::CONTENT_TYPE], "application/wasm");
    assert!(headers[header::CACHE_CONTROL]
        .to_str()
        .expect("ascii")
        .contains("immutable"));
}
