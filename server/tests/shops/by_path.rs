//! Shops found by path, `/s/<slug>/…` on one address: each answers there as itself, its pages
//! tell the app the prefix, every address it gives (a visitor's commission page, the studio's
//! pictures) carries the prefix and opens, each shop's studio session has its own cookie so a
//! jeweler in two shops stays signed in to both, and the root serves the built assets only.

use crate::common::{fixture_with, full_body, Reply};
use atelier_server::config::ShopFinding;
use atelier_server::deployment::Deployment;
use atelier_server::store::shops;
use atelier_server::{shop_admin, studio};
use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use axum::Router;
use serde_json::{json, Value};

const PASSWORD: &str = "a long studio password";

async fn send(router: &Router, request: Request<Body>) -> Reply {
    crate::common::send_to_host(router, "atelier.example", request).await
}

fn get(uri: &str) -> Request<Body> {
    Request::get(uri).body(Body::empty()).expect("request")
}

fn get_with(uri: &str, cookie: &str) -> Request<Body> {
    Request::get(uri)
        .header(header::COOKIE, cookie)
        .body(Body::empty())
        .expect("request")
}

fn post(uri: &str, body: &Value) -> Request<Body> {
    Request::post(uri)
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(body.to_string()))
        .expect("request")
}

fn text(reply: &Reply) -> String {
    String::from_utf8_lossy(&reply.body).into_owned()
}

/// A deployment by path with shop 1 (`main`) and Maison Verel (`verel`), whose built pages have
/// a `<head>` as Trunk writes them.
async fn two_shops_by_path() -> (crate::common::Fixture, Deployment, Router) {
    let f = fixture_with(|c| c.shops = ShopFinding::ByPath).await;
    let dist = &f.state.config.static_dir;
    for (folder, title) in [("studio", "Studio"), ("c", "Commission")] {
        std::fs::create_dir_all(dist.join(folder)).expect("folder");
        std::fs::write(
            dist.join(folder).join("index.html"),
            format!("<!DOCTYPE html><html><head><title>{title}</title></head><body></body></html>"),
        )
        .expect("page");
    }
    let settings = f.dir.path().join("verel.toml");
    std::fs::write(
        &settings,
        "shop_name = \"Maison Verel\"\njeweler_email = \"atelier@verel.example\"\n",
    )
    .expect("settings");
    shop_admin::add(&f.state.db, &f.state.config, "verel", &settings, &[])
        .await
        .expect("add");
    let deployment = Deployment::start(f.state.clone()).await.expect("start");
    let router = deployment.clone().router();
    (f, deployment, router)
}

#[tokio::test]
async fn each_shop_answers_under_its_own_path() {
    let (f, _deployment, router) = two_shops_by_path().await;
    for (slug, name) in [("main", "Maison Test"), ("verel", "Maison Verel")] {
        let shop = send(&router, get(&format!("/s/{slug}/api/shop"))).await;
        assert_eq!(shop.status, StatusCode::OK, "{slug}");
        assert_eq!(shop.json()["name"], name, "{slug}");

        // Every page tells the app its prefix.
        for page in ["/", "/studio/", "/studio/briefs/AT-7KQ2M", "/c/sometoken"] {
            let reply = send(&router, get(&format!("/s/{slug}{page}"))).await;
            assert_eq!(reply.status, StatusCode::OK, "{slug}{page}");
            assert!(
                text(&reply).contains(&format!(
                    "<meta name=\"atelier-base\" content=\"/s/{slug}\">"
                )),
                "{slug}{page}: {}",
                text(&reply)
            );
        }
    }

    // `/s/verel` alone goes on to `/s/verel/`, keeping the query.
    let bare = send(&router, get("/s/verel?lang=de")).await;
    assert_eq!(bare.status, StatusCode::PERMANENT_REDIRECT);
    assert_eq!(bare.headers[header::LOCATION], "/s/verel/?lang=de");

    // The built assets are every shop's: served once, at the root.
    let wasm = send(&router, get("/app-1234.wasm")).await;
    assert_eq!(wasm.status, StatusCode::OK);
    assert!(wasm.body.starts_with(b"\0asm"));

    // Anything else outside a shop's path is no shop's, and so is an unknown slug.
    for uri in [
        "/",
        "/api/shop",
        "/studio/",
        "/index.html",
        "/s/nobody/api/shop",
        "/s/",
    ] {
        let reply = send(&router, get(uri)).await;
        assert_eq!(reply.status, StatusCode::NOT_FOUND, "{uri}");
    }
    let api = send(&router, get("/s/nobody/api/shop")).await;
    assert_eq!(api.json()["error"]["code"], "no_shop");

    // The operator's commands give each shop's address as its path.
    let listed = shop_admin::list(&f.state.db, ShopFinding::ByPath)
        .await
        .expect("list");
    assert!(
        listed.lines().next().is_some_and(|l| l.ends_with("path"))
            && listed.contains("/s/main/")
            && listed.contains("/s/verel/"),
        "{listed}"
    );
    let shown = shop_admin::show(&f.state.db, "verel", ShopFinding::ByPath)
        .await
        .expect("show");
    assert!(shown.contains("\npath: /s/verel/\n"), "{shown}");
}

#[tokio::test]
async fn every_address_a_shop_gives_carries_its_path_and_opens() {
    let (f, _deployment, router) = two_shops_by_path().await;

    // The visitor's commission page is under the shop's path, and its data answers there.
    let mut request = post("/s/verel/api/consultations", &full_body());
    request.headers_mut().insert(
        "idempotency-key",
        header::HeaderValue::from_static("by-path-1"),
    );
    let sent = send(&router, request).await;
    assert_eq!(sent.status, StatusCode::CREATED, "{}", text(&sent));
    let reference = sent.json()["reference"].as_str().expect("ref").to_owned();
    let page = sent.json()["commission_url"]
        .as_str()
        .expect("commission_url")
        .to_owned();
    let token = page
        .strip_prefix("/s/verel/c/")
        .unwrap_or_else(|| panic!("under the shop's path: {page}"));
    let data = send(&router, get(&format!("/s/verel/api/c/{token}"))).await;
    assert_eq!(data.status, StatusCode::OK);
    assert_eq!(
        send(&router, get(&format!("/s/main/api/c/{token}")))
            .await
            .status,
        StatusCode::NOT_FOUND,
        "another shop's path opens nothing of it"
    );

    // The studio's pictures are under the shop's path, and open with its session.
    let verel = shops::find(&f.state.db, "verel")
        .await
        .expect("find")
        .expect("verel");
    studio::accounts::add_user(
        &f.state.db.for_shop(verel.id),
        "vera@verel.example",
        PASSWORD,
    )
    .await
    .expect("jeweler");
    let login = send(
        &router,
        post(
            "/s/verel/api/studio/login",
            &json!({"email": "vera@verel.example", "password": PASSWORD}),
        ),
    )
    .await;
    assert_eq!(login.status, StatusCode::OK, "{}", text(&login));
    let session = crate::studio_common::cookie_of(&login);
    let inbox = send(&router, get_with("/s/verel/api/studio/briefs", &session)).await;
    assert_eq!(inbox.status, StatusCode::OK);
    let thumbnail = inbox.json()["items"][0]["thumbnail"]
        .as_str()
        .unwrap_or_else(|| panic!("a thumbnail: {}", text(&inbox)))
        .to_owned();
    assert!(
        thumbnail.starts_with("/s/verel/api/studio/files/"),
        "{thumbnail}"
    );
    let picture = send(&router, get_with(&thumbnail, &session)).await;
    assert_eq!(picture.status, StatusCode::OK);
    let brief = send(
        &router,
        get_with(&format!("/s/verel/api/studio/briefs/{reference}"), &session),
    )
    .await;
    for file in brief.json()["files"].as_array().expect("files") {
        let url = file["url"].as_str().expect("url");
        assert!(url.starts_with("/s/verel/api/studio/files/"), "{url}");
        assert_eq!(
            send(&router, get_with(url, &session)).await.status,
            StatusCode::OK
        );
    }

    // The setup link of a new shop is on the server's address, under the shop's path.
    let base = shop_admin::studio_base(&f.state.db, &f.state.config, &verel)
        .await
        .expect("base");
    assert_eq!(
        base,
        Some(format!("http://{}/s/verel", f.state.config.bind)),
        "the setup link's base"
    );
}

#[tokio::test]
async fn a_jeweler_in_two_shops_stays_signed_in_to_both() {
    let (f, _deployment, router) = two_shops_by_path().await;
    let verel = shops::find(&f.state.db, "verel")
        .await
        .expect("find")
        .expect("verel");
    studio::accounts::add_user(&f.state.db, "ada@example.com", PASSWORD)
        .await
        .expect("main's jeweler");
    studio::accounts::add_user(&f.state.db.for_shop(verel.id), "ada@example.com", PASSWORD)
        .await
        .expect("verel's jeweler");
    let mut cookies = Vec::new();
    for slug in ["main", "verel"] {
        let login = send(
            &router,
            post(
                &format!("/s/{slug}/api/studio/login"),
                &json!({"email": "ada@example.com", "password": PASSWORD}),
            ),
        )
        .await;
        assert_eq!(login.status, StatusCode::OK, "{slug}");
        cookies.push(crate::studio_common::cookie_of(&login));
    }
    let names: Vec<&str> = cookies
        .iter()
        .map(|c| c.split('=').next().unwrap_or(""))
        .collect();
    assert_ne!(names[0], names[1], "each shop's session has its own cookie");
    // The browser sends both cookies to both paths: each shop finds its own session.
    let both = cookies.join("; ");
    for slug in ["main", "verel"] {
        let inbox = send(
            &router,
            get_with(&format!("/s/{slug}/api/studio/briefs"), &both),
        )
        .await;
        assert_eq!(inbox.status, StatusCode::OK, "{slug}");
    }
}

#[tokio::test]
async fn a_closed_shop_still_gives_its_loader_and_privacy_notice_and_says_why_to_its_embed() {
    let (f, deployment, router) = two_shops_by_path().await;
    let dist = &f.state.config.static_dir;
    std::fs::write(dist.join("embed.js"), "/*! loader */").expect("loader");
    shop_admin::set_enabled(&f.state.db, "verel", false, 1_800_000_000)
        .await
        .expect("disable");
    deployment.refresh().await.expect("refresh");

    // The loader on the jeweler's page loads, and the check it makes says the shop is closed, in
    // the shop's words, so the page shows a notice rather than a gap.
    let loader = send(&router, get("/s/verel/embed.js")).await;
    assert_eq!(loader.status, StatusCode::OK);
    assert_eq!(&loader.body[..], b"/*! loader */");
    let check = send(
        &router,
        get("/s/verel/api/embed/check?origin=https%3A%2F%2Fverel.example"),
    )
    .await;
    assert_eq!(check.status, StatusCode::GONE);
    assert_eq!(check.json()["error"]["code"], "shop_closed");
    // Readable by the jeweler's page, or the browser hides it and the embed says "unreachable".
    assert_eq!(check.headers[header::ACCESS_CONTROL_ALLOW_ORIGIN], "*");
    assert!(
        check.json()["error"]["message"]
            .as_str()
            .is_some_and(|m| m.contains("Maison Verel")),
        "{}",
        text(&check)
    );

    // Its privacy notice stays readable; its configurator, studio and API are closed.
    let privacy = send(&router, get("/s/verel/privacy")).await;
    assert_eq!(privacy.status, StatusCode::OK);
    assert!(
        text(&privacy).contains("Maison Verel"),
        "{}",
        text(&privacy)
    );
    for uri in ["/s/verel/", "/s/verel/studio/", "/s/verel/api/shop"] {
        let closed = send(&router, get(uri)).await;
        assert_eq!(closed.status, StatusCode::GONE, "{uri}");
        // With the headers every answer carries.
        assert_eq!(
            closed.headers[header::X_CONTENT_TYPE_OPTIONS],
            "nosniff",
            "{uri}"
        );
        assert_eq!(
            closed.headers[header::REFERRER_POLICY],
            "no-referrer",
            "{uri}"
        );
    }
    let page = send(&router, get("/s/verel/")).await;
    assert!(page.headers[header::CONTENT_SECURITY_POLICY]
        .to_str()
        .is_ok_and(|p| p.starts_with("default-src 'none'")));
}

#[tokio::test]
async fn a_doubled_slash_after_the_prefix_goes_on_to_the_single_one() {
    let (_f, _deployment, router) = two_shops_by_path().await;
    for (uri, to) in [
        ("/s/verel//", "/s/verel/"),
        ("/s/verel///studio/?x=1", "/s/verel/studio/?x=1"),
    ] {
        let reply = send(&router, get(uri)).await;
        assert_eq!(reply.status, StatusCode::PERMANENT_REDIRECT, "{uri}");
        assert_eq!(reply.headers[header::LOCATION], to, "{uri}");
    }
    // The old privacy address goes on to the notice under the shop's path.
    let old = send(&router, get("/s/verel/privacy.html")).await;
    assert_eq!(old.status, StatusCode::PERMANENT_REDIRECT);
    assert_eq!(old.headers[header::LOCATION], "privacy");
}
