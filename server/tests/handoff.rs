//! After the brief is sent: the visitor's confirmation email carries a picture of the design and a
//! link that reopens it, and `GET /api/shop` tells the configurator which currency the budget
//! starts on (the price list's, else the configured one). Real requests through the whole app.

mod common;

use atelier_core::catalog::{Catalog, Prices};
use atelier_core::share;
use atelier_server::outbox;
use atelier_server::{clock, AppState, Config};
use common::*;
use mailparse::{MailHeaderMap, ParsedMail};
use std::path::Path;

/// Every leaf part of a MIME tree.
fn leaves<'a>(mail: &'a ParsedMail<'a>, out: &mut Vec<&'a ParsedMail<'a>>) {
    if mail.subparts.is_empty() {
        out.push(mail);
    }
    for part in &mail.subparts {
        leaves(part, out);
    }
}

/// Sends the full brief and delivers the outbox; the raw `.eml` the visitor gets.
async fn visitor_eml(state: &AppState) -> (String, Vec<u8>) {
    let reference = submit(state, "handoff-key", &full_body()).await;
    outbox::deliver_due(state, clock::now_unix())
        .await
        .expect("deliver");
    let path = state
        .config
        .data_dir
        .join("outbox-mail")
        .join(format!("{reference}-visitor.eml"));
    let raw = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    (reference, raw)
}

fn body_of(parts: &[&ParsedMail<'_>], mime: &str) -> String {
    parts
        .iter()
        .find(|p| p.ctype.mimetype == mime)
        .unwrap_or_else(|| panic!("no {mime} part"))
        .get_body()
        .expect("body")
}

#[tokio::test]
async fn the_visitor_email_shows_the_design_and_links_back_to_it() {
    let f = fixture_with(|c| c.public_url = Some("https://rings.maison.example/".into())).await;
    let (reference, raw) = visitor_eml(&f.state).await;
    let mail = mailparse::parse_mail(&raw).expect("parse");
    assert_eq!(mail.ctype.mimetype, "multipart/related");
    let mut parts = Vec::new();
    leaves(&mail, &mut parts);

    // The picture: the first snapshot (three-quarter), inline by Content-ID, byte for byte.
    let pictures: Vec<_> = parts
        .iter()
        .filter(|p| p.ctype.mimetype == "image/png")
        .collect();
    assert_eq!(pictures.len(), 1, "one picture of the design");
    assert_eq!(
        pictures[0].headers.get_first_value("Content-ID").as_deref(),
        Some("<design>")
    );
    assert_eq!(pictures[0].get_body_raw().expect("png"), png(1));
    let html = body_of(&parts, "text/html");
    assert!(
        html.contains("<img src=\"cid:design\" alt=\"Your ring, three quarter view\""),
        "{html}"
    );
    let text = body_of(&parts, "text/plain");
    assert!(
        text.contains(
            "The picture with this email is your ring as the configurator drew it (three quarter view)."
        ),
        "{text}"
    );
    assert!(text.contains(&reference));

    // The link: the configured address (one slash), the brief's design in core's share code.
    let code = share::encode(&brief().design);
    let link = format!("https://rings.maison.example/?d={code}");
    let reopen = format!("Reopen your design in the configurator: {link}");
    assert!(text.lines().any(|line| line == reopen), "{text}");
    assert!(
        html.contains(&format!(
            "<a href=\"{link}\">Reopen your design in the configurator</a>"
        )),
        "{html}"
    );
    assert_eq!(
        share::decode(&code).expect("the link decodes"),
        brief().design
    );
}

#[tokio::test]
async fn without_a_public_url_the_link_is_left_out_and_the_picture_stays() {
    let f = fixture().await;
    let (_, raw) = visitor_eml(&f.state).await;
    let mail = mailparse::parse_mail(&raw).expect("parse");
    let mut parts = Vec::new();
    leaves(&mail, &mut parts);
    let text = body_of(&parts, "text/plain");
    let html = body_of(&parts, "text/html");
    assert!(!text.contains("Reopen your design"), "{text}");
    assert!(!html.contains("Reopen your design"), "{html}");
    assert!(!text.contains("?d="), "{text}");
    assert!(html.contains("cid:design"), "{html}");
    assert_eq!(
        parts
            .iter()
            .filter(|p| p.ctype.mimetype == "image/png")
            .count(),
        1
    );
}

#[tokio::test]
async fn a_brief_without_snapshots_gets_a_plain_confirmation() {
    let f = fixture().await;
    let mut body = full_body();
    body["snapshots"] = serde_json::json!([]);
    let reference = submit(&f.state, "no-pictures", &body).await;
    outbox::deliver_due(&f.state, clock::now_unix())
        .await
        .expect("deliver");
    let raw = std::fs::read(
        f.state
            .config
            .data_dir
            .join("outbox-mail")
            .join(format!("{reference}-visitor.eml")),
    )
    .expect("visitor eml");
    let mail = mailparse::parse_mail(&raw).expect("parse");
    assert_eq!(mail.ctype.mimetype, "multipart/alternative");
    let mut parts = Vec::new();
    leaves(&mail, &mut parts);
    assert!(!body_of(&parts, "text/html").contains("cid:"));
    assert!(!body_of(&parts, "text/plain").contains("The picture with this email"));
}

/// A catalog file: the built-in catalog with a price list in `currency`.
fn catalog_priced_in(dir: &Path, currency: &str) -> std::path::PathBuf {
    let mut catalog = Catalog::builtin();
    let mut prices = Prices::example();
    prices.currency = currency.to_owned();
    catalog.prices = Some(prices);
    let path = dir.join("catalog.json");
    std::fs::write(&path, serde_json::to_vec(&catalog).expect("json")).expect("catalog");
    path
}

#[tokio::test]
async fn the_shop_currency_is_the_price_lists_then_the_configured_one() {
    let f = fixture().await;
    assert!(get(&f.state, "/api/shop").await.json()["currency"].is_null());

    let f = fixture_with(|c| c.currency = Some("CHF".into())).await;
    assert_eq!(get(&f.state, "/api/shop").await.json()["currency"], "CHF");

    let dir = tempfile::tempdir().expect("dir");
    let catalog = catalog_priced_in(dir.path(), "GBP");
    let f = fixture_with(|c| {
        c.catalog = Some(catalog.clone());
        c.currency = Some("CHF".into());
    })
    .await;
    assert_eq!(
        get(&f.state, "/api/shop").await.json()["currency"],
        "GBP",
        "the price list's currency is the shop's"
    );
}

#[test]
fn a_malformed_currency_stops_the_server_naming_the_key() {
    let env = [("ATELIER_CURRENCY".to_owned(), "pounds".to_owned())];
    let error = Config::load(Path::new("missing.toml"), false, env).unwrap_err();
    let message = error.to_string();
    assert!(message.contains("`currency`"), "{message}");
    assert!(message.contains("ISO 4217"), "{message}");
    let env = [("ATELIER_CURRENCY".to_owned(), "GBP".to_owned())];
    let config = Config::load(Path::new("missing.toml"), false, env).expect("valid");
    assert_eq!(config.currency.as_deref(), Some("GBP"));
}
