//! `GET /api/shop` and its logo: the jeweler's name, logo and theme reach the configurator, and a
//! wrong logo or theme value stops the server at start with the key named.

mod common;

use atelier_server::config::ConfigError;
use atelier_server::Config;
use axum::http::{header, StatusCode};
use common::{fixture, fixture_with, get};
use std::path::Path;

const LOGO: &str = r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><circle cx="12" cy="12" r="9" fill="#0b6e4f"/></svg>"##;

#[tokio::test]
async fn without_a_logo_or_theme_the_shop_is_its_name() {
    let f = fixture().await;
    let reply = get(&f.state, "/api/shop").await;
    assert_eq!(reply.status, StatusCode::OK);
    let body = reply.json();
    assert_eq!(body["name"], "Maison Test");
    assert!(body["logo"].is_null());
    assert_eq!(body["theme"], serde_json::json!({}));
    assert_eq!(
        get(&f.state, "/api/shop/logo").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn the_logo_and_theme_are_served_as_configured() {
    let dir = tempfile::tempdir().expect("dir");
    let logo = dir.path().join("logo.svg");
    std::fs::write(&logo, LOGO).expect("logo");
    let f = fixture_with(|c| {
        c.shop_logo = Some(logo.clone());
        c.theme.insert("accent".into(), "#0b6e4f".into());
        c.theme.insert("radius".into(), "4px".into());
    })
    .await;
    let body = get(&f.state, "/api/shop").await.json();
    assert_eq!(body["logo"], "/api/shop/logo");
    assert_eq!(body["theme"]["accent"], "#0b6e4f");
    assert_eq!(body["theme"]["radius"], "4px");

    let reply = get(&f.state, "/api/shop/logo").await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(reply.headers[header::CONTENT_TYPE], "image/svg+xml");
    assert_eq!(reply.body, LOGO.as_bytes());
    // Opened on its own, an SVG could run script on this origin: the policy forbids it.
    let csp = reply.headers[header::CONTENT_SECURITY_POLICY]
        .to_str()
        .expect("csp");
    assert!(csp.starts_with("default-src 'none'"), "{csp}");
    assert_eq!(reply.headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
}

fn load(dir: &Path, toml: &str, env: &[(&str, &str)]) -> Result<Config, ConfigError> {
    let path = dir.join("atelier.toml");
    std::fs::write(&path, toml).expect("config");
    Config::load(
        &path,
        true,
        env.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())),
    )
}

fn invalid_key(result: Result<Config, ConfigError>) -> String {
    match result {
        Err(ConfigError::Invalid { key, .. }) => key,
        other => panic!("expected an invalid setting, got {other:?}"),
    }
}

#[test]
fn the_configuration_takes_a_logo_and_a_theme_and_refuses_bad_ones() {
    let dir = tempfile::tempdir().expect("dir");
    let logo = dir.path().join("logo.svg");
    std::fs::write(&logo, LOGO).expect("logo");
    let toml = format!(
        "shop_logo = {:?}\n[theme]\naccent = \"#0b6e4f\"\nfont-display = \"Georgia, serif\"\n",
        logo.display().to_string()
    );
    let config = load(
        dir.path(),
        &toml,
        &[("ATELIER_THEME_ACCENT_CONTRAST", "#fff")],
    )
    .expect("ok");
    assert_eq!(config.shop_logo.as_deref(), Some(logo.as_path()));
    assert_eq!(config.theme["accent"], "#0b6e4f");
    assert_eq!(config.theme["font-display"], "Georgia, serif");
    assert_eq!(config.theme["accent-contrast"], "#fff");

    // A value that would close the declaration and start another rule.
    let escape = "[theme]\naccent = \"red; } body { display: none\"\n";
    assert_eq!(invalid_key(load(dir.path(), escape, &[])), "theme.accent");
    // A name the stylesheet does not know.
    let unknown = "[theme]\nbackground-image = \"url(x)\"\n";
    assert_eq!(
        invalid_key(load(dir.path(), unknown, &[])),
        "theme.background-image"
    );
    // A logo that is not an image, or not there.
    let text = dir.path().join("logo.png");
    std::fs::write(&text, "not a png").expect("file");
    let not_png = format!("shop_logo = {:?}\n", text.display().to_string());
    assert_eq!(invalid_key(load(dir.path(), &not_png, &[])), "shop_logo");
    assert_eq!(
        invalid_key(load(
            dir.path(),
            "",
            &[("ATELIER_SHOP_LOGO", "/nowhere/logo.svg")]
        )),
        "shop_logo"
    );
}
