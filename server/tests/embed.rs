//! Embedding: the frame policy on the web app's pages and the origin check the loader asks first,
//! driven through the real router.

mod common;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use common::{fixture_with, get, send};

async fn shop_fixture() -> common::Fixture {
    fixture_with(|c| c.allowed_origins = vec!["https://shop.example".to_owned()]).await
}

#[tokio::test]
async fn pages_may_be_framed_only_by_allowed_shops_and_the_studio_by_nobody_else() {
    let f = shop_fixture().await;
    let r = get(&f.state, "/").await;
    assert_eq!(r.status, StatusCode::OK);
    let csp = |r: &common::Reply| {
        r.headers[header::CONTENT_SECURITY_POLICY]
            .to_str()
            .expect("ascii")
            .to_owned()
    };
    assert!(
        csp(&r).ends_with("; frame-ancestors 'self' https://shop.example"),
        "{}",
        csp(&r)
    );
    let r = get(&f.state, "/studio").await;
    assert!(csp(&r).ends_with("; frame-ancestors 'self'"), "{}", csp(&r));
}

#[tokio::test]
async fn the_loader_is_revalidated_while_hashed_assets_stay_cached() {
    let f = shop_fixture().await;
    std::fs::write(
        f.state.config.static_dir.join("embed.js"),
        "customElements.define('x-y', class extends HTMLElement {});",
    )
    .expect("embed.js");
    let r = get(&f.state, "/embed.js").await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.headers[header::CACHE_CONTROL], "no-cache");
    let r = get(&f.state, "/app-1234.wasm").await;
    assert!(r.headers[header::CACHE_CONTROL]
        .to_str()
        .expect("ascii")
        .contains("immutable"));
}

#[tokio::test]
async fn the_check_answers_any_origin_and_allows_only_listed_ones() {
    let f = shop_fixture().await;
    let r = get(
        &f.state,
        "/api/embed/check?origin=https%3A%2F%2Fshop.example",
    )
    .await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.headers[header::ACCESS_CONTROL_ALLOW_ORIGIN], "*");
    let json = r.json();
    assert_eq!(json["allowed"], true);
    assert_eq!(json["origin"], "https://shop.example");
    assert_eq!(json["shop"], "Maison Test");

    let r = get(
        &f.state,
        "/api/embed/check?origin=https%3A%2F%2Fevil.example",
    )
    .await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.json()["allowed"], false);

    let r = get(&f.state, "/api/embed/check").await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.json()["allowed"], false);
}

#[tokio::test]
async fn the_server_itself_may_embed_its_own_configurator() {
    let f = shop_fixture().await;
    let request = Request::get("/api/embed/check?origin=http://127.0.0.1:8080")
        .header(header::HOST, "127.0.0.1:8080")
        .body(Body::empty())
        .expect("request");
    let r = send(&f.state, request, [127, 0, 0, 1]).await;
    assert_eq!(r.json()["allowed"], true);
}
