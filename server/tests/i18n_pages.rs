//! What Atelier says about a brief on the pages, in each reader's language: the commission page's
//! data in the visitor's (the brief's locale), the studio's inbox and brief in the shop's, and a
//! proposal's changes in each side's own. Real briefs through the real router.

mod common;
mod studio_common;

use atelier_core::catalog::MetalId;
use atelier_core::design::{Carat, Choice, Design, Mm};
use atelier_server::AppState;
use axum::http::{header, Request};
use common::{fixture_with, full_body, get, post_json, send, Fixture, Reply};
use serde_json::{json, Value};
use studio_common::{get_as, sign_in, Session};

/// A shop speaking `language`; many requests from one address.
async fn shop(language: &str) -> Fixture {
    let language = language.to_owned();
    fixture_with(move |c| {
        c.language = language;
        c.commission_rate_limit_per_minute = 1000;
        c.commission_rate_limit_burst = 1000;
    })
    .await
}

/// Sends the full brief in `locale` with `design`: its reference and its commission page's token.
async fn brief_in(state: &AppState, key: &str, locale: &str, design: &Design) -> (String, String) {
    let mut body = full_body();
    body["brief"]["locale"] = locale.into();
    body["brief"]["design"] = serde_json::to_value(design).expect("design");
    let reply = post_json(state, key, &body).await;
    assert_eq!(
        reply.status,
        201,
        "{}",
        String::from_utf8_lossy(&reply.body)
    );
    let json = reply.json();
    let url = json["commission_url"].as_str().expect("commission_url");
    let token = url.rsplit("/c/").next().expect("a /c/ link").to_owned();
    (
        json["reference"].as_str().expect("reference").to_owned(),
        token,
    )
}

/// `(label, value)` of each specification line of a commission view.
fn spec(view: &Value) -> Vec<(String, String)> {
    view["spec"]
        .as_array()
        .expect("spec")
        .iter()
        .map(|l| {
            (
                l["label"].as_str().expect("label").to_owned(),
                l["value"].as_str().expect("value").to_owned(),
            )
        })
        .collect()
}

/// The test brief's design.
fn original() -> Design {
    common::brief().design
}

/// The original on a 1.5 mm band with a 1.50 ct stone: a stone too heavy for its band, which
/// core warns the jeweler about.
fn heavy_on_thin() -> Design {
    Design {
        carat: Choice::Chosen(Carat::from_points(150)),
        band_width: Choice::Chosen(Mm::from_centi(150)),
        ..original()
    }
}

/// `POST /api/studio/briefs/{reference}/proposals`: the original in 18k white gold.
async fn propose_white_gold(state: &AppState, s: &Session, reference: &str) -> Reply {
    let design = Design {
        metal: Choice::Chosen(MetalId::new("18k-white")),
        ..original()
    };
    let body = json!({"design_code": atelier_core::share::encode(&design), "message": ""});
    let request = Request::post(format!("/api/studio/briefs/{reference}/proposals"))
        .header(header::COOKIE, &s.cookie)
        .header("x-csrf-token", &s.csrf)
        .header(header::CONTENT_TYPE, "application/json")
        .header("idempotency-key", "p-1")
        .body(axum::body::Body::from(body.to_string()))
        .expect("request");
    send(state, request, [127, 0, 0, 1]).await
}

const FRENCH_SUMMARY: &str = "Or jaune 18 carats, diamant d’origine naturelle taille brillant \
     rond de 1,00 ct (6,5 mm), solitaire quatre griffes, anneau profil confort de 2,0 mm de large \
     et 1,6 mm d’épaisseur, finition polie, taille US 6";

const GERMAN_SUMMARY: &str = "18 Karat Gelbgold, 1,00 ct natürlicher Diamant im Brillantschliff \
     (6,5 mm), Solitär mit vier Krappen, Ringschiene im Komfortprofil, 2,0 mm breit und 1,6 mm \
     stark, poliert, US-Größe 6";

#[tokio::test]
async fn a_french_briefs_commission_page_reads_french_in_an_english_shop() {
    let f = shop("en").await;
    let state = &f.state;
    let (reference, token) = brief_in(state, "fr-1", "fr-FR", &original()).await;
    let view = get(state, &format!("/api/c/{token}")).await;
    assert_eq!(view.status, 200, "{}", String::from_utf8_lossy(&view.body));
    let view = view.json();
    assert_eq!(view["summary"], FRENCH_SUMMARY);
    let lines = spec(&view);
    for line in [
        ("Métal", "Or jaune 18 carats"),
        ("Pierre centrale", "Diamant"),
        ("Poids en carats", "1,00 ct"),
        ("Largeur de l’anneau", "2,00 mm"),
        ("Finition", "Poli"),
        (
            "Taille de bague",
            "US 6 · diamètre intérieur 16,51 mm · tour de doigt 51,87 mm",
        ),
        ("Fiabilité de la taille", "estimée à la maison"),
        ("Gravure", "Aucune"),
        ("Préférence de pierre", "Naturelle ou de laboratoire"),
    ] {
        let line = (line.0.to_owned(), line.1.to_owned());
        assert!(lines.contains(&line), "{line:?} in {lines:?}");
    }
    assert!(
        !lines.iter().any(|(label, _)| label == "Metal"),
        "{lines:?}"
    );

    // The shop's jeweler proposes white gold: the studio reads the change in English, the
    // visitor's page in French.
    let s = sign_in(state).await;
    let proposed = propose_white_gold(state, &s, &reference).await;
    assert_eq!(
        proposed.status,
        201,
        "{}",
        String::from_utf8_lossy(&proposed.body)
    );
    assert_eq!(
        proposed.json()["changes"],
        json!([{"label": "Metal", "from": "18k yellow gold", "to": "18k white gold"}])
    );
    let studio = get_as(
        state,
        &s,
        &format!("/api/studio/briefs/{reference}/commission"),
    )
    .await
    .json();
    assert_eq!(
        studio["proposals"][0]["changes"],
        json!([{"label": "Metal", "from": "18k yellow gold", "to": "18k white gold"}])
    );
    let view = get(state, &format!("/api/c/{token}")).await.json();
    assert_eq!(
        view["proposals"][0]["changes"],
        json!([{"label": "Métal", "from": "Or jaune 18 carats", "to": "Or blanc 18 carats"}])
    );
}

/// The page's own language (`?lang=`), when the visitor reads the page in another language than
/// the brief's: the specification's labels and values follow it; a language the app does not
/// speak keeps the brief's.
#[tokio::test]
async fn the_commission_page_read_in_german_gets_the_french_briefs_specification_in_german() {
    let f = shop("en").await;
    let state = &f.state;
    let (_, token) = brief_in(state, "fr-de-1", "fr-FR", &original()).await;
    let view = get(state, &format!("/api/c/{token}?lang=de")).await;
    assert_eq!(view.status, 200, "{}", String::from_utf8_lossy(&view.body));
    let view = view.json();
    assert_eq!(view["summary"], GERMAN_SUMMARY);
    let lines = spec(&view);
    for label in ["Metall", "Fassung"] {
        assert!(
            lines.iter().any(|(l, _)| l == label),
            "{label} in {lines:?}"
        );
    }
    assert!(
        !lines.iter().any(|(l, _)| l == "Métal" || l == "Metal"),
        "{lines:?}"
    );
    for odd in ["xx", "de%22%3E", ""] {
        let view = get(state, &format!("/api/c/{token}?lang={odd}")).await;
        assert_eq!(view.status, 200, "?lang={odd}");
        assert_eq!(view.json()["summary"], FRENCH_SUMMARY, "?lang={odd}");
    }
}

#[tokio::test]
async fn a_german_shops_studio_reads_german_whatever_was_stored() {
    let f = shop("de").await;
    let state = &f.state;
    let (reference, _) = brief_in(state, "fr-1", "fr-FR", &original()).await;
    let (heavy, _) = brief_in(state, "fr-2", "fr-FR", &heavy_on_thin()).await;
    // A brief stored before the shop spoke German kept its summary in English.
    common::sql("UPDATE consultations SET summary = $1 WHERE reference = $2")
        .bind("18k yellow gold, 1.00 ct natural round brilliant diamond (6.5 mm)")
        .bind(&reference)
        .execute(state)
        .await;
    let s = sign_in(state).await;
    let inbox = get_as(state, &s, "/api/studio/briefs").await;
    assert_eq!(
        inbox.status,
        200,
        "{}",
        String::from_utf8_lossy(&inbox.body)
    );
    let inbox = inbox.json();
    let item = |r: &str| {
        inbox["items"]
            .as_array()
            .expect("items")
            .iter()
            .find(|i| i["reference"] == r)
            .cloned()
            .expect("in the inbox")
    };
    assert_eq!(item(&reference)["summary"], GERMAN_SUMMARY);
    assert!(
        item(&heavy)["summary"]
            .as_str()
            .expect("summary")
            .starts_with("18 Karat Gelbgold, 1,50 ct natürlicher Diamant"),
        "{}",
        item(&heavy)["summary"]
    );

    let brief = get_as(state, &s, &format!("/api/studio/briefs/{reference}"))
        .await
        .json();
    assert_eq!(brief["summary"], GERMAN_SUMMARY);
    let brief = get_as(state, &s, &format!("/api/studio/briefs/{heavy}"))
        .await
        .json();
    assert_eq!(
        brief["warnings"],
        json!([
            "Ein Stein mit 1,50 ct ist schwer für eine 1,5 mm breite Schiene: Er kann \
                kippen oder die Schiene verbiegen. Goldschmiede empfehlen mindestens 1,8 mm."
        ])
    );
}
