//! Every reader in their own language: a French visitor's confirmation in French with French
//! numbers and dates, the jeweler's copy in the shop's English with the visitor's French notes as
//! written and marked, an Arabic confirmation right to left with Egypt's digits, and the pages'
//! loading posters in the browser's language. Real briefs through the real app, real emails read
//! back from the `.eml` files as a mail client reads them.

mod common;
mod notice_support;

use atelier_server::outbox::deliver_due;
use atelier_server::{clock, AppState};
use axum::body::Body;
use axum::http::{header, Request};
use common::{fixture, fixture_with, full_body, send, Reply};
use notice_support::{read_mail, send_brief, Mail, Sent};

const FRENCH_NOTES: &str = "Elle adore le style ancien.\nPas de nickel, s’il vous plaît.";

/// Sends the full brief with `locale` and `notes`, delivers it, and reads both emails.
async fn sent_in(state: &AppState, key: &str, locale: &str, notes: &str) -> (Sent, Mail, Mail) {
    let mut body = full_body();
    body["brief"]["locale"] = locale.into();
    body["brief"]["notes"] = notes.into();
    let sent = send_brief(state, key, &body).await;
    deliver_due(state, clock::now_unix() + 1)
        .await
        .expect("deliver");
    let mut visitor = read_mail(state, &format!("{}-visitor", sent.reference));
    let mut jeweler = read_mail(state, &format!("{}-jeweler", sent.reference));
    // Mail travels with CRLF line ends; the words are what is checked here.
    for mail in [&mut visitor, &mut jeweler] {
        mail.text = mail.text.replace("\r\n", "\n");
        mail.html = mail.html.replace("\r\n", "\n");
    }
    (sent, visitor, jeweler)
}

/// The day the brief was stored, as French writes it: "6 décembre 2026".
async fn french_day(state: &AppState, reference: &str) -> String {
    let created: String = common::sql("SELECT created_at FROM consultations WHERE reference = $1")
        .bind(reference)
        .scalar(state)
        .await;
    let day = created
        .parse::<jiff::Timestamp>()
        .expect("rfc 3339")
        .to_zoned_datetime(jiff::tz::TimeZone::UTC)
        .date();
    let months = [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ];
    format!(
        "{} {} {}",
        day.day(),
        months[usize::try_from(day.month() - 1).expect("month")],
        day.year()
    )
}

#[tokio::test]
async fn a_french_visitor_reads_french_and_the_jeweler_reads_english_with_her_notes_as_written() {
    let f = fixture().await;
    let (sent, visitor, jeweler) = sent_in(&f.state, "fr-1", "fr-FR", FRENCH_NOTES).await;

    // The visitor's confirmation: French words, French money (narrow no-break space between
    // thousands, a comma for decimals, the sign after a no-break space) and a French date.
    assert_eq!(
        visitor.subject,
        format!(
            "Maison Test a bien reçu votre demande de consultation {}",
            sent.reference
        )
    );
    let day = french_day(&f.state, &sent.reference).await;
    for needle in [
        "Bonjour Ada Lovelace,".to_owned(),
        format!(
            "Maison Test vous remercie de votre demande. Votre référence est {}.",
            sent.reference
        ),
        format!("Nous l’avons reçue le {day}."),
        // CLDR's French writes the pound as "£GB".
        "Votre budget\u{202f}: 3\u{202f}000\u{a0}£GB – 6\u{202f}000\u{a0}£GB".to_owned(),
        "C’est une surprise\u{202f}: le joaillier ne contactera que vous".to_owned(),
        "vue de trois quarts".to_owned(),
    ] {
        assert!(
            visitor.text.contains(&needle),
            "{needle:?} in {}",
            visitor.text
        );
    }
    assert!(!visitor.text.contains("Thank you"), "{}", visitor.text);
    assert!(
        visitor.html.contains("<html lang=\"fr\" dir=\"ltr\">"),
        "{}",
        visitor.html
    );
    assert!(
        visitor
            .html
            .contains(&format!("<strong>{}</strong>", sent.reference)),
        "{}",
        visitor.html
    );

    // The jeweler's copy: the shop's English, English money, and the visitor's notes exactly as
    // she wrote them, said to be French, and marked so in the HTML.
    assert!(
        jeweler
            .subject
            .starts_with(&format!("Consultation {}: ", sent.reference)),
        "{}",
        jeweler.subject
    );
    for needle in [
        format!("Notes (written in French):\n{FRENCH_NOTES}\n"),
        "Budget: £3,000–£6,000".to_owned(),
        "Surprise: YES: do not contact the wearer".to_owned(),
        "Reply to this email to answer the visitor.".to_owned(),
    ] {
        assert!(
            jeweler.text.contains(&needle),
            "{needle:?} in {}",
            jeweler.text
        );
    }
    assert!(
        jeweler.html.contains("<html lang=\"en\" dir=\"ltr\">"),
        "{}",
        jeweler.html
    );
    assert!(
        jeweler.html.contains(
            "<h2>Notes (written in French)</h2><p lang=\"fr\" dir=\"auto\" \
             style=\"white-space:pre-wrap\">Elle adore le style ancien.\nPas de nickel, \
             s’il vous plaît.</p>"
        ),
        "{}",
        jeweler.html
    );
}

#[tokio::test]
async fn an_english_visitors_notes_are_not_marked_for_an_english_shop() {
    let f = fixture().await;
    let (_, visitor, jeweler) = sent_in(&f.state, "en-1", "en-GB", "She loves vintage.").await;
    assert!(
        jeweler.text.contains("\nNotes:\nShe loves vintage.\n"),
        "{}",
        jeweler.text
    );
    assert!(!jeweler.text.contains("written in"), "{}", jeweler.text);
    assert!(
        visitor.text.contains("Your budget: £3,000–£6,000"),
        "{}",
        visitor.text
    );
}

#[tokio::test]
async fn an_arabic_confirmation_runs_right_to_left_with_egypts_digits() {
    let f = fixture().await;
    let (sent, visitor, _) = sent_in(&f.state, "ar-1", "ar-EG", "خاتم بسيط من فضلك").await;
    assert!(
        visitor.html.contains("<html lang=\"ar\" dir=\"rtl\">"),
        "{}",
        visitor.html
    );
    // The reference inside Arabic text is isolated, so its Latin letters keep their order.
    assert!(
        visitor.text.contains(&format!(
            "رقمك المرجعي هو \u{2068}{}\u{2069}.",
            sent.reference
        )),
        "{}",
        visitor.text
    );
    // CLDR's Egyptian Arabic writes Arabic-Indic digits with its own separators; a whole
    // amount without its zero piastres, as the app writes it.
    assert!(
        visitor.text.contains("\u{200f}٣٬٠٠٠\u{a0}UK£\u{2069}–"),
        "{}",
        visitor.text
    );
    assert!(
        visitor
            .subject
            .contains(&format!("\u{2068}{}\u{2069}", sent.reference)),
        "{}",
        visitor.subject
    );
}

#[tokio::test]
async fn a_language_we_do_not_speak_reads_the_shops() {
    let f = fixture_with(|c| c.language = "de-CH".to_owned()).await;
    let (_, visitor, jeweler) = sent_in(&f.state, "pt-1", "pt-BR", "Um anel simples.").await;
    assert!(
        visitor
            .text
            .contains("Vielen Dank für Ihre Anfrage an Maison Test."),
        "{}",
        visitor.text
    );
    // Swiss German money, and the Portuguese notes as written with no language we could name.
    assert!(
        jeweler.text.contains("Budget: £\u{a0}3'000–£\u{a0}6'000"),
        "{}",
        jeweler.text
    );
    assert!(
        jeweler.text.contains("Notizen:\nUm anel simples.\n"),
        "{}",
        jeweler.text
    );
}

/// The built configurator page, as `cargo xtask build` leaves it for the server.
const INDEX: &str = include_str!("../../index.html");

async fn page(state: &AppState, uri: &str, accept_language: Option<&str>) -> (Reply, String) {
    let mut request = Request::get(uri);
    if let Some(languages) = accept_language {
        request = request.header(header::ACCEPT_LANGUAGE, languages);
    }
    let reply = send(
        state,
        request.body(Body::empty()).expect("request"),
        [127, 0, 0, 1],
    )
    .await;
    let html = String::from_utf8(reply.body.clone()).expect("utf-8");
    (reply, html)
}

#[tokio::test]
async fn the_page_speaks_the_browsers_language_then_the_shops() {
    let f = fixture().await;
    std::fs::write(f.state.config.static_dir.join("index.html"), INDEX).expect("index");

    let (reply, de) = page(&f.state, "/", Some("de-DE,de;q=0.9,en;q=0.8")).await;
    assert_eq!(reply.status, 200);
    assert!(
        reply
            .headers
            .get_all(header::VARY)
            .iter()
            .any(|v| v.to_str().is_ok_and(|v| v.contains("Accept-Language"))),
        "{:?}",
        reply.headers
    );
    for needle in [
        "<html lang=\"de\" dir=\"ltr\" data-shop-lang=\"en\">",
        "<title>Maison Test · Ihren Ring gestalten</title>",
        "content=\"Gestalten Sie die erste Idee Ihres Rings in 3D",
        "alt=\"Ein Solitärring aus Gelbgold; die 3D-Vorschau wird geladen\"",
        ">Der Ringdesigner wird geladen …</p>",
        "<span class=\"shop-name\">Maison Test</span>",
    ] {
        assert!(de.contains(needle), "{needle:?} in {de}");
    }
    assert!(!de.contains("Loading the ring designer"), "{de}");

    // `?lang=` wins over the browser; Arabic turns the page right to left.
    let (_, ar) = page(&f.state, "/?lang=ar", Some("de")).await;
    assert!(
        ar.contains("<html lang=\"ar\" dir=\"rtl\" data-shop-lang=\"en\">"),
        "{ar}"
    );
    assert!(ar.contains("جارٍ تحميل مصمم الخواتم…"), "{ar}");

    // A browser that asks for none of ours gets the shop's language.
    let (_, en) = page(&f.state, "/", Some("pt-BR")).await;
    assert!(en.contains("<html lang=\"en\" dir=\"ltr\""), "{en}");
    assert!(en.contains(">Loading the ring designer…</p>"), "{en}");

    let g = fixture_with(|c| c.language = "ja".to_owned()).await;
    std::fs::write(g.state.config.static_dir.join("index.html"), INDEX).expect("index");
    let (_, ja) = page(&g.state, "/", None).await;
    assert!(
        ja.contains("<html lang=\"ja\" dir=\"ltr\" data-shop-lang=\"ja\">"),
        "{ja}"
    );
    assert!(ja.contains("リングデザイナーを読み込んでいます…"), "{ja}");
}

#[tokio::test]
async fn the_built_privacy_notice_is_in_the_visitors_language() {
    let f = fixture_with(|c| {
        c.retention_spam_days = 30;
        c.retention_archived_days = 1;
    })
    .await;
    let (reply, fr) = page(&f.state, "/privacy", Some("fr-CH, en;q=0.5")).await;
    assert_eq!(reply.status, 200);
    assert_eq!(reply.headers[header::VARY], "Accept-Language");
    for needle in [
        "<html lang=\"fr\" dir=\"ltr\">",
        "<title>Politique de confidentialité · Maison Test</title>",
        "<h2>Vos droits</h2>",
        "Écrivez à jeweler@maison.example",
        "effacées 30 jours après leur marquage.",
        "effacées 1 jour après leur archivage.",
    ] {
        assert!(fr.contains(needle), "{needle:?} in {fr}");
    }
    let (_, ar) = page(&f.state, "/privacy?lang=ar", None).await;
    assert!(ar.contains("<html lang=\"ar\" dir=\"rtl\">"), "{ar}");
    assert!(ar.contains("<h1>إشعار الخصوصية</h1>"), "{ar}");
    let (_, en) = page(&f.state, "/privacy", None).await;
    assert!(en.contains("erased 1 day after they are archived."), "{en}");
}

#[tokio::test]
async fn a_french_visitors_message_reaches_the_jeweler_as_written_and_marked() {
    let f = fixture().await;
    let (sent, _, _) = sent_in(&f.state, "fr-2", "fr-FR", FRENCH_NOTES).await;
    let text = "Pourriez-vous graver « Pour toujours » à l’intérieur ?";
    let request = Request::post(format!("/api/c/{}/messages", sent.token))
        .header(header::CONTENT_TYPE, "application/json")
        .header("idempotency-key", "msg-fr-1")
        .body(Body::from(serde_json::json!({ "text": text }).to_string()))
        .expect("request");
    let reply = send(&f.state, request, [127, 0, 0, 1]).await;
    assert_eq!(
        reply.status,
        201,
        "{}",
        String::from_utf8_lossy(&reply.body)
    );
    let id = reply.json()["id"].as_i64().expect("id");
    deliver_due(&f.state, clock::now_unix() + 1)
        .await
        .expect("deliver");
    let mail = read_mail(&f.state, &format!("{}-message-{id}", sent.reference));
    let plain = mail.text.replace("\r\n", "\n");
    assert_eq!(
        mail.subject,
        format!("Ada Lovelace wrote about {}", sent.reference)
    );
    assert!(
        plain.starts_with(&format!(
            "Ada Lovelace wrote about {} (in French):\n\n{text}\n\n",
            sent.reference
        )),
        "{plain}"
    );
    assert!(
        mail.html.replace("\r\n", "\n").contains(
            "<p lang=\"fr\" dir=\"auto\" style=\"white-space:pre-wrap\">Pourriez-vous graver \
             « Pour toujours » à l’intérieur ?</p>"
        ),
        "{}",
        mail.html
    );
}

#[tokio::test]
async fn the_shop_says_its_language() {
    let f = fixture_with(|c| c.language = "de-CH".to_owned()).await;
    let (reply, _) = page(&f.state, "/api/shop", None).await;
    assert_eq!(reply.status, 200);
    assert_eq!(reply.json()["language"], "de-CH");
    let g = fixture().await;
    let (reply, _) = page(&g.state, "/api/shop", None).await;
    assert_eq!(reply.json()["language"], "en");
}

/// The built studio page.
const STUDIO: &str = include_str!("../../studio.html");

#[tokio::test]
async fn the_studio_page_speaks_the_shops_language_unless_asked() {
    let f = fixture().await;
    let studio = f.state.config.static_dir.join("studio");
    std::fs::create_dir_all(&studio).expect("studio dir");
    std::fs::write(studio.join("index.html"), STUDIO).expect("studio page");
    let (_, de_browser) = page(&f.state, "/studio/", Some("de")).await;
    assert!(
        de_browser.contains("<html lang=\"en\" dir=\"ltr\" data-shop-lang=\"en\">"),
        "{de_browser}"
    );
    assert!(de_browser.contains("Opening the studio…"), "{de_browser}");
    let (_, asked) = page(&f.state, "/studio/?lang=de", Some("en")).await;
    assert!(asked.contains("<html lang=\"de\""), "{asked}");
    assert!(asked.contains("Das Studio wird geöffnet …"), "{asked}");
}
