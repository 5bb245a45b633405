//! The outbox: `.eml` files with the right headers, bodies and pictures, escaping, the signed
//! webhook against a local receiver (`fakes`, shared with the robustness tests), and the retry →
//! dead-letter path. Time is passed in, never slept through.

mod common;
mod fakes;

use atelier_server::config::Webhook;
use atelier_server::outbox::{self, DeliveryReport, MAX_ATTEMPTS};
use atelier_server::{clock, store, AppState};
use common::*;
use fakes::{SmtpSink, WebhookReceiver, FAIL, UP};
use mailparse::{MailHeaderMap, ParsedMail};
use serde_json::json;

const SECRET: &str = "test-secret-0123456789";

fn read_eml(state: &AppState, name: &str) -> Vec<u8> {
    let path = state.config.data_dir.join("outbox-mail").join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Every leaf part of a MIME tree.
fn leaves<'a>(mail: &'a ParsedMail<'a>, out: &mut Vec<&'a ParsedMail<'a>>) {
    if mail.subparts.is_empty() {
        out.push(mail);
    }
    for part in &mail.subparts {
        leaves(part, out);
    }
}

fn header_lines(raw: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(raw);
    let head = text.split("\r\n\r\n").next().unwrap_or_default().to_owned();
    head.split("\r\n").map(str::to_owned).collect()
}

#[tokio::test]
async fn the_jeweler_gets_an_eml_with_summary_reply_to_and_pictures() {
    let f = fixture().await;
    let reference = submit(&f.state, "key", &full_body()).await;
    let report = outbox::deliver_due(&f.state, clock::now_unix())
        .await
        .expect("deliver");
    assert_eq!(
        report,
        DeliveryReport {
            sent: 2,
            retrying: 0,
            dead: 0
        }
    );

    let raw = read_eml(&f.state, &format!("{reference}-jeweler.eml"));
    let mail = mailparse::parse_mail(&raw).expect("parse");
    let subject = mail.headers.get_first_value("Subject").expect("subject");
    assert!(
        subject.starts_with(&format!("Consultation {reference}: ")),
        "{subject}"
    );
    let reply_to = mail.headers.get_first_value("Reply-To").expect("reply-to");
    assert!(
        reply_to.contains("<ada@example.co.uk>") && reply_to.contains("Ada Lovelace"),
        "{reply_to}"
    );
    assert!(mail
        .headers
        .get_first_value("From")
        .is_some_and(|from| from.contains("atelier@maison.example")));
    assert!(mail
        .headers
        .get_first_value("To")
        .is_some_and(|to| to.contains("jeweler@maison.example")));

    // The fixture's shop speaks English.
    let summary = f
        .state
        .words
        .shop()
        .say(&atelier_core::summary::summary_msg(
            &brief().design,
            &atelier_core::catalog::Catalog::builtin(),
        ));
    let mut parts = Vec::new();
    leaves(&mail, &mut parts);
    let plain = parts
        .iter()
        .find(|p| p.ctype.mimetype == "text/plain")
        .expect("text part")
        .get_body()
        .expect("text");
    assert!(plain.contains(&summary), "{plain}");
    for fact in [
        "Budget: £3,000–£6,000",
        "Surprise: YES",
        "Occasion: Engagement",
        "Stone preference: Natural or lab-grown",
        "Size certainty: estimated at home",
        "Prefers: Email",
    ] {
        assert!(plain.contains(fact), "{fact} not in {plain}");
    }
    let html = parts
        .iter()
        .find(|p| p.ctype.mimetype == "text/html")
        .expect("html part")
        .get_body()
        .expect("html");
    for strong in [
        // The shop's English (en: CLDR's American formats) writes money and dates its way.
        "<strong>£3,000–£6,000</strong>",
        "<strong>September 1, 2199</strong>",
        "<strong>estimated at home</strong>",
        "<strong>YES: do not contact the wearer</strong>",
    ] {
        assert!(html.contains(strong), "{strong} not in {html}");
    }
    assert!(html.contains("cid:snapshot-0") && html.contains("cid:snapshot-1"));

    let inline: Vec<_> = parts
        .iter()
        .filter(|p| p.ctype.mimetype == "image/png")
        .collect();
    assert_eq!(inline.len(), 2);
    for (i, part) in inline.iter().enumerate() {
        assert_eq!(
            part.headers.get_first_value("Content-ID").as_deref(),
            Some(format!("<snapshot-{i}>").as_str())
        );
        assert_eq!(part.get_body_raw().expect("png"), png(i as u8 + 1));
    }
    let photo = parts
        .iter()
        .find(|p| p.ctype.mimetype == "image/jpeg")
        .expect("inspiration attachment");
    assert_eq!(photo.get_body_raw().expect("jpeg"), jpeg());
    let disposition = photo.get_content_disposition();
    assert_eq!(
        disposition.disposition,
        mailparse::DispositionType::Attachment
    );
    assert_eq!(
        disposition.params.get("filename").map(String::as_str),
        Some("grandma's ring.jpg")
    );

    let visitor = read_eml(&f.state, &format!("{reference}-visitor.eml"));
    let visitor = mailparse::parse_mail(&visitor).expect("parse");
    assert!(visitor
        .headers
        .get_first_value("To")
        .is_some_and(|to| to.contains("ada@example.co.uk")));
    assert!(visitor
        .headers
        .get_first_value("Subject")
        .is_some_and(|s| s.contains(&reference)));

    // Delivered once: another pass finds nothing due.
    let again = outbox::deliver_due(&f.state, clock::now_unix() + 100_000)
        .await
        .expect("deliver");
    assert_eq!(again, DeliveryReport::default());
    assert_eq!(
        count(
            &f.state,
            "SELECT COUNT(*) FROM outbox_attempts WHERE outcome = 'sent'"
        )
        .await,
        2
    );
}

#[tokio::test]
async fn the_jeweler_email_links_the_brief_in_the_studio_and_names_the_photos() {
    let f = fixture_with(|c| c.public_url = Some("https://rings.maison.example/".to_owned())).await;
    let mut body = full_body();
    body["brief"]["budget"]["min"] = json!(0);
    body["brief"]["occasion"] = json!("for-myself");
    body["brief"]["origin_preference"] = json!("undecided");
    body["brief"]["contact"]["preferred_channel"] = json!("phone");
    let (reference, plain, html) = jeweler_bodies(&f, &body).await;
    let studio = format!("https://rings.maison.example/studio/briefs/{reference}");
    assert!(
        plain.contains(&format!("This brief in the studio: {studio}")),
        "{plain}"
    );
    assert!(
        plain.contains("1 inspiration photo attached: grandma's ring.jpg"),
        "{plain}"
    );
    for fact in [
        "Budget: up to £6,000",
        "Occasion: For themselves",
        "Stone preference: Undecided: wants advice",
        "Prefers: Phone call",
    ] {
        assert!(plain.contains(fact), "{fact} not in {plain}");
    }
    assert!(
        plain.contains("The design in the configurator: https://rings.maison.example/?d="),
        "{plain}"
    );
    assert!(
        html.contains(&format!(
            "<a href=\"{studio}\">Open this brief in the studio</a>"
        )),
        "{html}"
    );
    assert!(
        html.contains("1 inspiration photo attached: grandma&#39;s ring.jpg"),
        "{html}"
    );
    assert!(
        html.contains("alt=\"The ring, three quarter view\""),
        "{html}"
    );
}

/// Whether the text has this exact line (mail bodies end lines with CRLF).
fn has_line(text: &str, line: &str) -> bool {
    text.lines().any(|l| l == line)
}

/// Submits a brief to `f`, delivers it, and returns its reference and the text and HTML bodies of
/// the jeweler's email.
async fn jeweler_bodies(f: &Fixture, body: &serde_json::Value) -> (String, String, String) {
    let reference = submit(&f.state, "key", body).await;
    outbox::deliver_due(&f.state, clock::now_unix())
        .await
        .expect("deliver");
    let raw = read_eml(&f.state, &format!("{reference}-jeweler.eml"));
    let mail = mailparse::parse_mail(&raw).expect("parse");
    let mut parts = Vec::new();
    leaves(&mail, &mut parts);
    let body = |mime: &str| {
        parts
            .iter()
            .find(|p| p.ctype.mimetype == mime)
            .and_then(|p| p.get_body().ok())
            .unwrap_or_else(|| panic!("no {mime} part"))
    };
    let (plain, html) = (body("text/plain"), body("text/html"));
    (reference, plain, html)
}

#[tokio::test]
async fn the_jeweler_email_is_a_work_order_with_every_choice_and_open_question() {
    let mut body = full_body();
    let design = &mut body["brief"]["design"];
    design["metal"] = json!("advise-me");
    design["band_thickness"] = json!("advise-me");
    design["finish"] = json!({"chosen": "satin"});
    design["engraving"] = json!({"text": "Always ♥", "font": {"chosen": "serif"}});
    design["size"] = json!({"kind": "known", "size": 52.5, "system": "uk"});
    let f = fixture().await;
    let (_, plain, html) = jeweler_bodies(&f, &body).await;
    for row in [
        "Metal: Advise me",
        "Finish: Satin",
        "Band width: 2.00 mm",
        "Band thickness: Advise me (1.60 mm assumed)",
        "Engraving: “Always ♥” (Roman serif)",
        "Ring size: UK M · inner diameter 16.71 mm · circumference 52.50 mm",
        "Size certainty: estimated at home",
        "Stone preference: Natural or lab-grown",
    ] {
        assert!(has_line(&plain, row), "{row:?} not in {plain}");
    }
    // The weight is core's estimate for this very design (metal assumed until advised).
    let brief: atelier_core::brief::Brief =
        serde_json::from_value(body["brief"].clone()).expect("brief");
    let catalog = atelier_core::catalog::Catalog::builtin();
    let estimate = atelier_core::estimate::estimate(&brief.design, &catalog).expect("estimate");
    let weight = format!(
        "Metal weight: about {:.1} g of 18k yellow gold (metal assumed)",
        estimate.metal_grams
    );
    assert!(plain.contains(&weight), "{weight} not in {plain}");
    assert!(plain.contains("In other alloys: "), "{plain}");
    // Every row of the studio's specification, in the same words, in both bodies.
    let alloys = atelier_core::spec::alloys(&estimate, &catalog);
    let english = f.state.words.shop();
    for row in atelier_core::spec::rows_msg(&brief, &catalog, Some(&estimate), &alloys) {
        let (label, value) = (english.say(&row.label), english.say(&row.value));
        let line = format!("{label}: {value}");
        assert!(has_line(&plain, &line), "{line:?} not in {plain}");
        let cell = format!("<th align=\"left\">{label}</th>");
        assert!(html.contains(&cell), "{cell} not in {html}");
    }
    for cell in [
        "<td>Satin</td>",
        "<td>Advise me (1.60 mm assumed)</td>",
        "<td>“Always ♥” (Roman serif)</td>",
        "<td><strong>UK M · inner diameter 16.71 mm · circumference 52.50 mm</strong></td>",
        "<td><strong>estimated at home</strong></td>",
    ] {
        assert!(html.contains(cell), "{cell} not in {html}");
    }
}

#[tokio::test]
async fn a_size_the_visitor_never_gave_is_not_invented_in_the_email() {
    let mut body = full_body();
    body["brief"]["design"]["size"] = json!({"kind": "not-given"});
    body["brief"]["size_certainty"] = json!("unknown");
    let (_, plain, html) = jeweler_bodies(&fixture().await, &body).await;
    assert!(has_line(&plain, "Ring size: Not given"), "{plain}");
    assert!(has_line(&plain, "Size certainty: not sure yet"), "{plain}");
    assert!(
        plain.lines().any(|l| l.ends_with(", size not given")),
        "{plain}"
    );
    for invented in ["US size", "US 6", "51.87", "16.51", "estimated at home"] {
        assert!(!plain.contains(invented), "{invented} in {plain}");
        assert!(!html.contains(invented), "{invented} in {html}");
    }
}

#[tokio::test]
async fn visitor_html_is_escaped() {
    let f = fixture().await;
    let mut body = full_body();
    body["brief"]["notes"] = json!("<script>alert('x')</script> & <b>bold</b>");
    body["brief"]["contact"]["name"] = json!("<img src=x onerror=alert(1)>");
    let reference = submit(&f.state, "key", &body).await;
    outbox::deliver_due(&f.state, clock::now_unix())
        .await
        .expect("deliver");
    for who in ["jeweler", "visitor"] {
        let raw = read_eml(&f.state, &format!("{reference}-{who}.eml"));
        let mail = mailparse::parse_mail(&raw).expect("parse");
        let mut parts = Vec::new();
        leaves(&mail, &mut parts);
        let html = parts
            .iter()
            .find(|p| p.ctype.mimetype == "text/html")
            .expect("html")
            .get_body()
            .expect("html");
        assert!(
            !html.contains("<script>") && !html.contains("<img src=x"),
            "{html}"
        );
        assert!(
            html.contains("&lt;img src=x onerror=alert(1)&gt;"),
            "{html}"
        );
        if who == "jeweler" {
            assert!(
                html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;"),
                "{html}"
            );
        }
    }
}

#[tokio::test]
async fn cr_lf_never_reaches_a_header_even_past_validation() {
    // Validation refuses CR/LF in names (see the consultations tests); this proves the mail layer
    // holds on its own, with a brief stored before any such check existed.
    let f = fixture().await;
    let reference = submit(&f.state, "key", &full_body()).await;
    let id = store::consultations::id_by_reference(&f.state.db, &reference)
        .await
        .expect("q")
        .expect("id");
    let mut c = store::consultations::load(&f.state.db, id)
        .await
        .expect("load")
        .expect("row");
    let mut brief: atelier_core::brief::Brief = serde_json::from_str(&c.brief_json).expect("brief");
    brief.contact.name = "Ada\r\nBcc: victim@example.com\r\nX-Evil: 1".into();
    c.summary = "ring\r\nBcc: victim@example.com".into();
    let message = outbox::mail::jeweler_message(
        &f.state.config,
        &f.state.words,
        &f.state.catalog,
        &c,
        &brief,
    )
    .expect("message");
    let raw = message.formatted();
    for line in header_lines(&raw) {
        assert!(
            !line.starts_with("Bcc:") && !line.starts_with("X-Evil:"),
            "{line}"
        );
    }
    let mail = mailparse::parse_mail(&raw).expect("parse");
    assert!(mail.headers.get_first_value("Bcc").is_none());
    assert!(mail.headers.get_first_value("X-Evil").is_none());
    let visitor = outbox::mail::visitor_message(
        &f.state.config,
        &f.state.words,
        &f.state.catalog,
        &c,
        &brief,
        None,
    )
    .expect("message");
    for line in header_lines(&visitor.formatted()) {
        assert!(
            !line.starts_with("Bcc:") && !line.starts_with("X-Evil:"),
            "{line}"
        );
    }
}

#[tokio::test]
async fn the_webhook_is_signed_and_a_crm_can_verify_it() {
    let crm = WebhookReceiver::start(SECRET, UP).await;
    let f = fixture_with(|c| {
        c.webhook = Some(Webhook {
            url: crm.url.clone(),
            secret: SECRET.to_owned(),
        })
    })
    .await;
    let reference = submit(&f.state, "key", &full_body()).await;
    let report = outbox::deliver_due(&f.state, clock::now_unix())
        .await
        .expect("deliver");
    assert_eq!(report.sent, 3, "{report:?}");
    let hooks = crm.hooks();
    assert_eq!(hooks.len(), 1, "exactly one delivery");
    let json = &hooks[0].body;
    assert!(hooks[0].verified, "signature checks out");
    assert_eq!(json["event"], "consultation.created");
    assert_eq!(json["reference"], reference.as_str());
    assert_eq!(json["brief"], full_body()["brief"]);
}

#[tokio::test]
async fn failures_back_off_exponentially_then_go_dead_with_every_attempt_logged() {
    let crm = WebhookReceiver::start(SECRET, FAIL).await;
    let f = fixture_with(|c| {
        c.webhook = Some(Webhook {
            url: crm.url.clone(),
            secret: SECRET.to_owned(),
        })
    })
    .await;
    submit(&f.state, "key", &full_body()).await;
    let row = |state: AppState| async move {
        common::sql(
            "SELECT state, attempts, next_attempt_at, last_error FROM outbox WHERE kind = 'webhook'",
        )
        .row::<(String, i64, i64, Option<String>)>(&state)
        .await
    };
    let mut now = clock::now_unix();
    let first = outbox::deliver_due(&f.state, now).await.expect("deliver");
    assert_eq!(
        first,
        DeliveryReport {
            sent: 2,
            retrying: 1,
            dead: 0
        }
    );
    let (state, attempts, next, error) = row(f.state.clone()).await;
    assert_eq!((state.as_str(), attempts, next), ("pending", 1, now + 30));
    assert!(error.is_some_and(|e| e.contains("500")));

    // Not due a second early.
    let early = outbox::deliver_due(&f.state, now + 29)
        .await
        .expect("deliver");
    assert_eq!(early, DeliveryReport::default());

    for attempt in 2..=MAX_ATTEMPTS {
        now = row(f.state.clone()).await.2;
        let report = outbox::deliver_due(&f.state, now).await.expect("deliver");
        let (state, attempts, next, _) = row(f.state.clone()).await;
        assert_eq!(attempts, attempt);
        if attempt < MAX_ATTEMPTS {
            assert_eq!(report.retrying, 1);
            assert_eq!(state, "pending");
            assert_eq!(next - now, outbox::backoff_secs(attempt));
        } else {
            assert_eq!(report.dead, 1);
            assert_eq!(state, "dead");
        }
    }
    assert_eq!(
        outbox::deliver_due(&f.state, now + 1_000_000)
            .await
            .expect("deliver"),
        DeliveryReport::default(),
        "dead letters are not retried"
    );
    let logged: Vec<(i64, String)> = common::sql(
        "SELECT a.attempt, a.outcome FROM outbox_attempts a JOIN outbox o ON o.id = a.outbox_id \
         WHERE o.kind = 'webhook' ORDER BY a.attempt",
    )
    .rows(&f.state)
    .await;
    assert_eq!(logged.len() as i64, MAX_ATTEMPTS);
    assert!(logged[..logged.len() - 1]
        .iter()
        .all(|(_, o)| o == "failed"));
    assert_eq!(logged.last().map(|(_, o)| o.as_str()), Some("dead"));
    let hooks = crm.hooks();
    assert!(hooks.iter().all(|h| h.verified), "{hooks:?}");
    assert_eq!(hooks.len() as i64, MAX_ATTEMPTS);
}

#[tokio::test]
async fn with_smtp_configured_mail_goes_to_the_server_not_to_files() {
    let (mut sink, port) = SmtpSink::start(0, UP).await;
    let f = fixture_with(|c| c.smtp_url = Some(format!("smtp://127.0.0.1:{port}"))).await;
    let reference = submit(&f.state, "key", &full_body()).await;
    let report = outbox::deliver_due(&f.state, clock::now_unix())
        .await
        .expect("deliver");
    assert_eq!(
        report,
        DeliveryReport {
            sent: 2,
            retrying: 0,
            dead: 0
        }
    );
    let mut subjects = Vec::new();
    while let Ok(data) = sink.messages.try_recv() {
        let mail = mailparse::parse_mail(data.as_bytes()).expect("parse");
        subjects.push(mail.headers.get_first_value("Subject").unwrap_or_default());
    }
    assert_eq!(subjects.len(), 2, "{subjects:?}");
    assert!(
        subjects.iter().all(|s| s.contains(&reference)),
        "{subjects:?}"
    );
    assert!(!f.state.config.data_dir.join("outbox-mail").exists());
}
