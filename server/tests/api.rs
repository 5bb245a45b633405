//! The HTTP API driven through the real router with `oneshot`, as production serves it.

mod common;

use axum::http::{header, StatusCode};
use common::{fixture, get};

#[tokio::test]
async fn health_reports_the_shop_and_database() {
    let f = fixture().await;
    let r = get(&f.state, "/api/health").await;
    assert_eq!(r.status, StatusCode::OK);
    let json = r.json();
    assert_eq!(json["status"], "ok");
    assert_eq!(json["shop"], "Maison Test");
    assert!(json["data_since"]
        .as_str()
        .is_some_and(|s| s.starts_with("20")));
}

#[tokio::test]
async fn unknown_api_paths_are_json_404s() {
    let f = fixture().await;
    let r = get(&f.state, "/api/nope").await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert_eq!(r.headers[header::CONTENT_TYPE], "application/json");
    let json = r.json();
    assert_eq!(json["error"]["code"], "not_found");
}

#[tokio::test]
async fn page_routes_get_the_app_and_assets_are_cached_for_good() {
    let f = fixture().await;
    let r = get(&f.state, "/studio").await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.headers[header::CACHE_CONTROL], "no-cache");
    assert!(String::from_utf8_lossy(&r.body).contains("<title>Maison Test</title>"));

    let r = get(&f.state, "/app-1234.wasm").await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.headers[header::CONTENT_TYPE], "application/wasm");
    assert!(r.headers[header::CACHE_CONTROL]
        .to_str()
        .expect("ascii")
        .contains("immutable"));
}
