//! The commission's conversation through the real router, as its two users meet it: the private
//! link in the 201 and in the confirmation's `.eml`, the commission page's data, messages both
//! ways with a real PNG, the notices each side receives (the message and a link, never the
//! thread), the inbox's turn filters, and every way a link or a file id opens nothing: guessed,
//! revoked, expired, another brief's, the honeypot's, and too many guesses.

mod common;
mod studio_common;

use atelier_server::outbox;
use atelier_server::{clock, AppState};
use axum::body::Body;
use axum::http::{header, Method, Request, StatusCode};
use common::*;
use mailparse::{MailHeaderMap, ParsedMail};
use serde_json::{json, Value};
use studio_common::{delete_as, get_as, post_as, sign_in, Session};

const BASE: &str = "https://rings.maison.example";

async fn shop() -> Fixture {
    fixture_with(|c| {
        c.public_url = Some(format!("{BASE}/"));
        // One test makes many requests from one address; the limit's own test sets it low.
        c.commission_rate_limit_per_minute = 1000;
        c.commission_rate_limit_burst = 1000;
    })
    .await
}

/// Sends every due email now.
async fn deliver(state: &AppState) -> usize {
    outbox::deliver_due(state, clock::now_unix())
        .await
        .expect("deliver")
        .sent
}

/// The text and HTML bodies and the `To` header of a delivered `.eml`, parsed as a mail client
/// would.
struct Email {
    to: String,
    text: String,
    html: String,
}

fn leaves<'a>(mail: &'a ParsedMail<'a>, out: &mut Vec<&'a ParsedMail<'a>>) {
    if mail.subparts.is_empty() {
        out.push(mail);
    }
    for part in &mail.subparts {
        leaves(part, out);
    }
}

fn email(state: &AppState, name: &str) -> Email {
    let path = state.config.data_dir.join("outbox-mail").join(name);
    let raw = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mail = mailparse::parse_mail(&raw).expect("parse");
    let mut parts = Vec::new();
    leaves(&mail, &mut parts);
    let body = |mime: &str| {
        parts
            .iter()
            .find(|p| p.ctype.mimetype == mime)
            .unwrap_or_else(|| panic!("no {mime} part in {name}"))
            .get_body()
            .expect("body")
    };
    Email {
        to: mail.headers.get_first_value("To").expect("To"),
        text: body("text/plain"),
        html: body("text/html"),
    }
}

/// The token of a `/c/<token>` path or URL.
fn token_of(url: &str) -> String {
    let token = url.rsplit("/c/").next().expect("a /c/ link").to_owned();
    assert_eq!(token.len(), 43, "{url}");
    token
}

/// The request a commission page makes: from `peer`, JSON when there is a body.
async fn page_call(
    state: &AppState,
    method: Method,
    uri: &str,
    key: Option<&str>,
    body: Option<&Value>,
    peer: [u8; 4],
) -> Reply {
    let mut request = Request::builder().method(method).uri(uri);
    if let Some(key) = key {
        request = request.header("idempotency-key", key);
    }
    let body = match body {
        Some(v) => {
            request = request.header(header::CONTENT_TYPE, "application/json");
            Body::from(v.to_string())
        }
        None => Body::empty(),
    };
    send(state, request.body(body).expect("request"), peer).await
}

async fn visitor_writes(state: &AppState, token: &str, key: &str, body: &Value) -> Reply {
    page_call(
        state,
        Method::POST,
        &format!("/api/c/{token}/messages"),
        Some(key),
        Some(body),
        [127, 0, 0, 1],
    )
    .await
}

async fn jeweler_writes(
    state: &AppState,
    s: &Session,
    reference: &str,
    key: &str,
    text: &str,
) -> Reply {
    let request = Request::post(format!("/api/studio/briefs/{reference}/messages"))
        .header(header::COOKIE, &s.cookie)
        .header("x-csrf-token", &s.csrf)
        .header(header::CONTENT_TYPE, "application/json")
        .header("idempotency-key", key)
        .body(Body::from(json!({ "text": text }).to_string()))
        .expect("request");
    send(state, request, [127, 0, 0, 1]).await
}

fn photo_message(text: &str, png_bytes: &[u8]) -> Value {
    json!({"text": text, "photos": [{"name": "my hand.png", "data_base64": b64(png_bytes)}]})
}

/// The inbox's references for a `turn` filter, and each row's turn.
async fn inbox_turns(state: &AppState, s: &Session, turn: &str) -> Vec<(String, String)> {
    let reply = get_as(state, s, &format!("/api/studio/briefs?turn={turn}")).await;
    assert_eq!(
        reply.status,
        StatusCode::OK,
        "{}",
        String::from_utf8_lossy(&reply.body)
    );
    reply.json()["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|i| {
            (
                i["reference"].as_str().expect("reference").to_owned(),
                i["turn"].as_str().expect("turn").to_owned(),
            )
        })
        .collect()
}

#[tokio::test]
async fn a_whole_conversation_from_the_brief_to_the_inbox() {
    let f = shop().await;
    let state = &f.state;

    // The brief's 201 carries the private link, and a retry gets the same link back.
    let first = post_json(state, "brief-1", &full_body()).await;
    let reference = created(&first);
    let url = first.json()["commission_url"]
        .as_str()
        .expect("commission_url")
        .to_owned();
    assert!(url.starts_with("/c/"), "{url}");
    let token = token_of(&url);
    let again = post_json(state, "brief-1", &full_body()).await;
    assert_eq!(again.status, StatusCode::CREATED);
    assert_eq!(
        again
            .headers
            .get("idempotent-replayed")
            .map(|v| v.as_bytes()),
        Some(&b"true"[..])
    );
    assert_eq!(again.json()["commission_url"], url.as_str());
    assert_eq!(again.json()["reference"], reference.as_str());

    // The confirmation carries it, in both bodies, with a word that it is private.
    assert_eq!(deliver(state).await, 2);
    let confirmation = email(state, &format!("{reference}-visitor.eml"));
    let full_link = format!("{BASE}/c/{token}");
    assert!(
        confirmation.text.contains(&full_link),
        "{}",
        confirmation.text
    );
    assert!(
        confirmation.html.contains(&format!("href=\"{full_link}\"")),
        "{}",
        confirmation.html
    );
    assert!(
        confirmation.text.contains("This link is private"),
        "{}",
        confirmation.text
    );
    assert!(confirmation.html.contains("This link is private"));

    // The jeweler keeps a private note: the page never shows it.
    let jeweler = sign_in(state).await;
    let note = post_as(
        state,
        &jeweler,
        &format!("/api/studio/briefs/{reference}/notes"),
        json!({"text": "Margin note: quote high, she can afford it"}),
    )
    .await;
    assert_eq!(note.status, StatusCode::CREATED);

    // The page's data.
    let view = get(state, &format!("/api/c/{token}")).await;
    assert_eq!(
        view.status,
        StatusCode::OK,
        "{}",
        String::from_utf8_lossy(&view.body)
    );
    assert_eq!(
        view.headers
            .get(header::CACHE_CONTROL)
            .map(|v| v.as_bytes()),
        Some(&b"no-store"[..])
    );
    assert_eq!(
        view.headers
            .get(header::REFERRER_POLICY)
            .map(|v| v.as_bytes()),
        Some(&b"no-referrer"[..])
    );
    let page = view.json();
    assert_eq!(page["reference"], reference.as_str());
    assert_eq!(page["shop_name"], "Maison Test");
    assert_eq!(page["status"], "received");
    let spec: Vec<(String, String)> = page["spec"]
        .as_array()
        .expect("spec")
        .iter()
        .map(|l| {
            (
                l["label"].as_str().unwrap_or_default().to_owned(),
                l["value"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect();
    assert!(spec.iter().any(|(l, _)| l == "Metal"), "{spec:?}");
    assert!(
        spec.iter()
            .any(|(l, v)| l == "Metal weight" && v.contains(" g of ")),
        "{spec:?}"
    );
    assert!(
        !spec.iter().any(|(l, _)| l == "In other alloys"),
        "{spec:?}"
    );
    assert!(
        spec.iter()
            .any(|(l, v)| l == "Ring size" && v.starts_with("US 6")),
        "{spec:?}"
    );
    // The whole brief as sent: what the visitor wrote beside the ring too.
    for (label, value) in [
        ("Budget", "£3,000–£6,000"),
        ("Occasion", "Engagement"),
        ("Notes", "She loves vintage.\nNo nickel, please."),
    ] {
        assert!(
            spec.iter().any(|(l, v)| l == label && v == value),
            "{label}: {spec:?}"
        );
    }
    assert!(spec.iter().any(|(l, _)| l == "Deadline"), "{spec:?}");
    let code = atelier_core::share::encode(&brief().design);
    assert_eq!(page["original_code"], code.as_str());
    assert_eq!(page["current_code"], code.as_str());
    assert_eq!(page["messages"], json!([]));
    let text = String::from_utf8_lossy(&view.body);
    assert!(!text.contains("Margin note"), "{text}");
    assert!(!text.contains("jeweler@maison.example"), "{text}");
    let snapshots = page["snapshots"].as_array().expect("snapshots");
    assert_eq!(snapshots.len(), 2);
    assert_eq!(snapshots[0]["label"], "three-quarter");
    let snapshot_url = snapshots[0]["url"].as_str().expect("url");
    assert!(snapshot_url.starts_with("files/s"), "{snapshot_url}");
    let picture = get(state, &format!("/api/c/{token}/{snapshot_url}")).await;
    assert_eq!(picture.status, StatusCode::OK);
    assert_eq!(picture.body, png(1));
    assert_eq!(
        picture
            .headers
            .get(header::CONTENT_TYPE)
            .map(|v| v.as_bytes()),
        Some(&b"image/png"[..])
    );
    assert_eq!(
        picture
            .headers
            .get(header::X_CONTENT_TYPE_OPTIONS)
            .map(|v| v.as_bytes()),
        Some(&b"nosniff"[..])
    );
    assert_eq!(
        picture
            .headers
            .get(header::CONTENT_DISPOSITION)
            .map(|v| v.as_bytes()),
        Some(&b"inline"[..])
    );

    // A new brief waits for the jeweler's answer.
    assert_eq!(
        inbox_turns(state, &jeweler, "awaiting_reply").await,
        [(reference.clone(), "awaiting_reply".to_owned())]
    );
    assert_eq!(inbox_turns(state, &jeweler, "visitor_replied").await, []);

    // The visitor writes with a real photo; the retry is the same message, another body a 422.
    let photo = png_sized(9, 300);
    let body = photo_message("Here is my hand with my grandmother's ring.", &photo);
    let posted = visitor_writes(state, &token, "m-1", &body).await;
    assert_eq!(
        posted.status,
        StatusCode::CREATED,
        "{}",
        String::from_utf8_lossy(&posted.body)
    );
    let message = posted.json();
    assert_eq!(message["author"], "visitor");
    assert_eq!(
        message["text"],
        "Here is my hand with my grandmother's ring."
    );
    assert_eq!(message["photos"][0]["label"], "my hand.png");
    let photo_url = message["photos"][0]["url"]
        .as_str()
        .expect("photo url")
        .to_owned();
    let retry = visitor_writes(state, &token, "m-1", &body).await;
    assert_eq!(retry.status, StatusCode::CREATED);
    assert_eq!(retry.json()["id"], message["id"]);
    assert_eq!(
        retry
            .headers
            .get("idempotent-replayed")
            .map(|v| v.as_bytes()),
        Some(&b"true"[..])
    );
    let other = visitor_writes(state, &token, "m-1", &json!({"text": "something else"})).await;
    assert_eq!(other.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(other.json()["error"]["code"], "idempotency_key_reused");
    let fetched = get(state, &format!("/api/c/{token}/{photo_url}")).await;
    assert_eq!(fetched.status, StatusCode::OK);
    assert_eq!(fetched.body, photo);
    assert_eq!(
        fetched
            .headers
            .get(header::CONTENT_TYPE)
            .map(|v| v.as_bytes()),
        Some(&b"image/png"[..])
    );

    // The jeweler's email: this message and the studio's link.
    assert_eq!(deliver(state).await, 1);
    let id = message["id"].as_i64().expect("id");
    let to_jeweler = email(state, &format!("{reference}-message-{id}.eml"));
    assert!(
        to_jeweler.to.contains("jeweler@maison.example"),
        "{}",
        to_jeweler.to
    );
    assert!(
        to_jeweler
            .text
            .contains("Here is my hand with my grandmother's ring."),
        "{}",
        to_jeweler.text
    );
    assert!(
        to_jeweler
            .text
            .contains(&format!("{BASE}/studio/briefs/{reference}")),
        "{}",
        to_jeweler.text
    );
    assert!(
        to_jeweler.text.contains("1 photo came with it."),
        "{}",
        to_jeweler.text
    );
    assert!(
        to_jeweler
            .html
            .contains("Here is my hand with my grandmother"),
        "{}",
        to_jeweler.html
    );
    assert!(
        to_jeweler
            .html
            .contains(&format!("href=\"{BASE}/studio/briefs/{reference}\"")),
        "{}",
        to_jeweler.html
    );
    // The visitor wrote first: their word is the last, so they replied, and it awaits an answer.
    assert_eq!(
        inbox_turns(state, &jeweler, "visitor_replied").await,
        [(reference.clone(), "visitor_replied".to_owned())]
    );
    assert_eq!(
        inbox_turns(state, &jeweler, "awaiting_reply").await,
        [(reference.clone(), "visitor_replied".to_owned())]
    );
    assert_eq!(inbox_turns(state, &jeweler, "with_visitor").await, []);

    // The jeweler answers: the brief is in conversation (with its history), the visitor emailed
    // this answer and their link, never the message before it.
    let reply = jeweler_writes(
        state,
        &jeweler,
        &reference,
        "j-1",
        "Lovely. Shall we keep the old stone?",
    )
    .await;
    assert_eq!(
        reply.status,
        StatusCode::CREATED,
        "{}",
        String::from_utf8_lossy(&reply.body)
    );
    assert_eq!(reply.json()["author"], "jeweler");
    let brief_page = get_as(state, &jeweler, &format!("/api/studio/briefs/{reference}")).await;
    assert_eq!(brief_page.json()["status"], "in_conversation");
    let history = brief_page.json()["history"].clone();
    assert_eq!(history[0]["from"], "new");
    assert_eq!(history[0]["to"], "in_conversation");
    assert_eq!(history[0]["by"], studio_common::EMAIL);
    assert_eq!(deliver(state).await, 1);
    let jid = reply.json()["id"].as_i64().expect("id");
    let to_visitor = email(state, &format!("{reference}-message-{jid}.eml"));
    assert!(
        to_visitor.to.contains("ada@example.co.uk"),
        "{}",
        to_visitor.to
    );
    assert!(
        to_visitor.text.contains("Shall we keep the old stone?"),
        "{}",
        to_visitor.text
    );
    assert!(to_visitor.text.contains(&full_link), "{}", to_visitor.text);
    assert!(
        !to_visitor.text.contains("grandmother"),
        "the thread leaked: {}",
        to_visitor.text
    );
    assert!(
        !to_visitor.html.contains("grandmother"),
        "the thread leaked: {}",
        to_visitor.html
    );
    assert_eq!(
        inbox_turns(state, &jeweler, "all").await,
        [(reference.clone(), "with_visitor".to_owned())]
    );
    assert_eq!(inbox_turns(state, &jeweler, "awaiting_reply").await, []);

    // The visitor answers: "visitor replied".
    let answer = visitor_writes(state, &token, "m-2", &json!({"text": "Yes, keep it."})).await;
    assert_eq!(answer.status, StatusCode::CREATED);
    assert_eq!(
        inbox_turns(state, &jeweler, "visitor_replied").await,
        [(reference.clone(), "visitor_replied".to_owned())]
    );
    assert_eq!(
        inbox_turns(state, &jeweler, "awaiting_reply").await,
        [(reference.clone(), "visitor_replied".to_owned())]
    );
    assert_eq!(deliver(state).await, 1);
    let aid = answer.json()["id"].as_i64().expect("id");
    let second = email(state, &format!("{reference}-message-{aid}.eml"));
    assert!(second.text.contains("Yes, keep it."));
    assert!(
        !second.text.contains("old stone") && !second.text.contains("grandmother"),
        "{}",
        second.text
    );

    // Both sides see the conversation in order; the studio reaches the photo by its own path.
    let page = get(state, &format!("/api/c/{token}")).await.json();
    assert_eq!(page["status"], "talking");
    let authors: Vec<&str> = page["messages"]
        .as_array()
        .expect("messages")
        .iter()
        .map(|m| m["author"].as_str().unwrap_or_default())
        .collect();
    assert_eq!(authors, ["visitor", "jeweler", "visitor"]);
    let studio = get_as(
        state,
        &jeweler,
        &format!("/api/studio/briefs/{reference}/commission"),
    )
    .await;
    assert_eq!(
        studio.status,
        StatusCode::OK,
        "{}",
        String::from_utf8_lossy(&studio.body)
    );
    let studio = studio.json();
    assert_eq!(studio["status"], "talking");
    assert!(studio["link"]["issued_at"].is_string() && studio["link"]["revoked_at"].is_null());
    assert_eq!(studio["messages"].as_array().map(Vec::len), Some(3));
    let studio_photo = studio["messages"][0]["photos"][0]["url"]
        .as_str()
        .expect("url")
        .to_owned();
    assert!(
        studio_photo.starts_with("/api/studio/commission-files/"),
        "{studio_photo}"
    );
    let bytes = get_as(state, &jeweler, &studio_photo).await;
    assert_eq!(bytes.status, StatusCode::OK);
    assert_eq!(bytes.body, photo);
    assert_eq!(
        get(state, &studio_photo).await.status,
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn a_proposal_is_the_jewelers_word_and_its_answer_the_visitors() {
    let f = shop().await;
    let state = &f.state;
    let first = post_json(state, "brief", &full_body()).await;
    let reference = created(&first);
    let token = token_of(first.json()["commission_url"].as_str().expect("url"));
    let jeweler = sign_in(state).await;
    let mut design = brief().design;
    design.metal =
        atelier_core::design::Choice::Chosen(atelier_core::catalog::MetalId::new("pt950"));
    let request = Request::post(format!("/api/studio/briefs/{reference}/proposals"))
        .header(header::COOKIE, &jeweler.cookie)
        .header("x-csrf-token", &jeweler.csrf)
        .header(header::CONTENT_TYPE, "application/json")
        .header("idempotency-key", "p-1")
        .body(Body::from(
            json!({"design_code": atelier_core::share::encode(&design), "message": "In platinum?"})
                .to_string(),
        ))
        .expect("request");
    let proposed = send(state, request, [127, 0, 0, 1]).await;
    assert_eq!(
        proposed.status,
        StatusCode::CREATED,
        "{}",
        String::from_utf8_lossy(&proposed.body)
    );
    assert_eq!(
        inbox_turns(state, &jeweler, "with_visitor").await,
        [(reference.clone(), "with_visitor".to_owned())]
    );
    let id = proposed.json()["id"].as_i64().expect("id");
    let answered = page_call(
        state,
        Method::POST,
        &format!("/api/c/{token}/proposals/{id}/answer"),
        None,
        Some(&json!({"answer": "accepted", "comment": "Yes please"})),
        [127, 0, 0, 1],
    )
    .await;
    assert_eq!(
        answered.status,
        StatusCode::OK,
        "{}",
        String::from_utf8_lossy(&answered.body)
    );
    assert_eq!(
        inbox_turns(state, &jeweler, "visitor_replied").await,
        [(reference.clone(), "visitor_replied".to_owned())]
    );
}

#[tokio::test]
async fn a_double_submit_fired_at_once_stores_one_message() {
    let f = shop().await;
    let state = &f.state;
    let url = post_json(state, "brief", &full_body()).await.json()["commission_url"]
        .as_str()
        .expect("url")
        .to_owned();
    let token = token_of(&url);
    let body = photo_message("Sent twice by a double click", &png(3));
    let (a, b) = tokio::join!(
        visitor_writes(state, &token, "same-key", &body),
        visitor_writes(state, &token, "same-key", &body)
    );
    assert_eq!(
        a.status,
        StatusCode::CREATED,
        "{}",
        String::from_utf8_lossy(&a.body)
    );
    assert_eq!(
        b.status,
        StatusCode::CREATED,
        "{}",
        String::from_utf8_lossy(&b.body)
    );
    assert_eq!(a.json()["id"], b.json()["id"]);
    assert_eq!(
        count(state, "SELECT COUNT(*) FROM commission_messages").await,
        1
    );
    assert_eq!(
        count(state, "SELECT COUNT(*) FROM commission_files").await,
        1
    );
    assert_eq!(
        count(
            state,
            "SELECT COUNT(*) FROM outbox WHERE kind = 'message_email'"
        )
        .await,
        1
    );
}

#[tokio::test]
async fn photos_are_checked_like_the_briefs() {
    let f = shop().await;
    let state = &f.state;
    let url = post_json(state, "brief", &full_body()).await.json()["commission_url"]
        .as_str()
        .expect("url")
        .to_owned();
    let token = token_of(&url);
    let four: Vec<Value> = (0..4)
        .map(|i| json!({"name": format!("{i}.png"), "data_base64": b64(&png(i))}))
        .collect();
    let too_many = visitor_writes(
        state,
        &token,
        "k1",
        &json!({"text": "four", "photos": four}),
    )
    .await;
    assert_eq!(too_many.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(too_many.json()["error"]["fields"][0]["field"], "photos");

    let mut disguised = png(1);
    disguised.extend(b"<html><script>alert(1)</script></html>");
    for (bytes, field) in [
        (b"<svg onload=alert(1)>".to_vec(), "photos[0].data_base64"),
        (disguised, "photos[0].data_base64"),
        (png_sized(1, 2 * 1024 * 1024), "photos[0].data_base64"),
    ] {
        let reply = visitor_writes(state, &token, "k2", &photo_message("look", &bytes)).await;
        assert_eq!(
            reply.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{}",
            String::from_utf8_lossy(&reply.body)
        );
        assert_eq!(reply.json()["error"]["fields"][0]["field"], field);
    }
    let jpeg_named_png = visitor_writes(
        state,
        &token,
        "k3",
        &json!({"text": "", "photos": [{"name": "x.png", "data_base64": b64(&jpeg())}]}),
    )
    .await;
    assert_eq!(jpeg_named_png.status, StatusCode::CREATED);
    let id = jpeg_named_png.json()["photos"][0]["url"]
        .as_str()
        .expect("url")
        .to_owned();
    let served = get(state, &format!("/api/c/{token}/{id}")).await;
    assert_eq!(
        served
            .headers
            .get(header::CONTENT_TYPE)
            .map(|v| v.as_bytes()),
        Some(&b"image/jpeg"[..])
    );
    let empty = visitor_writes(state, &token, "k4", &json!({"text": "   "})).await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(empty.json()["error"]["fields"][0]["field"], "text");
    let no_key = page_call(
        state,
        Method::POST,
        &format!("/api/c/{token}/messages"),
        None,
        Some(&json!({"text": "hi"})),
        [127, 0, 0, 1],
    )
    .await;
    assert_eq!(no_key.status, StatusCode::BAD_REQUEST);
    assert_eq!(no_key.json()["error"]["code"], "idempotency_key_required");

    let jeweler = sign_in(state).await;
    let reference = get(state, &format!("/api/c/{token}")).await.json()["reference"]
        .as_str()
        .expect("ref")
        .to_owned();
    let request = Request::post(format!("/api/studio/briefs/{reference}/messages"))
        .header(header::COOKIE, &jeweler.cookie)
        .header("x-csrf-token", &jeweler.csrf)
        .header(header::CONTENT_TYPE, "application/json")
        .header("idempotency-key", "j")
        .body(Body::from(photo_message("a photo", &png(2)).to_string()))
        .expect("request");
    let refused = send(state, request, [127, 0, 0, 1]).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(refused.json()["error"]["fields"][0]["field"], "photos");
    assert_eq!(
        count(
            state,
            "SELECT COUNT(*) FROM commission_messages WHERE author = 'jeweler'"
        )
        .await,
        0
    );
}

/// 43 characters of base64url from a counter: shaped like a token, opening nothing.
fn guess(n: u32) -> String {
    let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut state = u64::from(n).wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    (0..43)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            char::from(alphabet[(state % 64) as usize])
        })
        .collect()
}

#[tokio::test]
async fn guessed_revoked_and_expired_links_open_nothing() {
    let f = shop().await;
    let state = &f.state;
    let first = post_json(state, "brief", &full_body()).await;
    let reference = created(&first);
    let token = token_of(first.json()["commission_url"].as_str().expect("url"));

    for n in 0..20 {
        let reply = get(state, &format!("/api/c/{}", guess(n))).await;
        assert_eq!(reply.status, StatusCode::NOT_FOUND);
        assert_eq!(reply.json()["error"]["code"], "link_unknown");
        let message = reply.json()["error"]["message"]
            .as_str()
            .unwrap_or_default()
            .to_owned();
        assert!(
            message.contains("ask the jeweler for a new one"),
            "{message}"
        );
    }
    for bad in ["short", "%00", &format!("{token}x")] {
        assert_eq!(
            get(state, &format!("/api/c/{bad}")).await.status,
            StatusCode::NOT_FOUND,
            "{bad}"
        );
    }
    assert_eq!(
        get(state, &format!("/api/c/{token}")).await.status,
        StatusCode::OK
    );

    // The jeweler issues a new link: the old one is revoked, the visitor emailed the new one.
    let jeweler = sign_in(state).await;
    let issued = post_as(
        state,
        &jeweler,
        &format!("/api/studio/briefs/{reference}/link"),
        json!({"expires_in_days": null}),
    )
    .await;
    assert_eq!(
        issued.status,
        StatusCode::CREATED,
        "{}",
        String::from_utf8_lossy(&issued.body)
    );
    let new_url = issued.json()["url"].as_str().expect("url").to_owned();
    assert!(new_url.starts_with(&format!("{BASE}/c/")), "{new_url}");
    let new_token = token_of(&new_url);
    let old = get(state, &format!("/api/c/{token}")).await;
    assert_eq!(old.status, StatusCode::GONE);
    assert_eq!(old.json()["error"]["code"], "link_revoked");
    // The visitor whose link was closed can still reach the shop.
    assert_eq!(
        old.json()["contact"],
        json!({"name": "Maison Test", "email": "jeweler@maison.example"})
    );
    let old_post = visitor_writes(state, &token, "k", &json!({"text": "hello?"})).await;
    assert_eq!(old_post.status, StatusCode::GONE);
    assert_eq!(
        get(state, &format!("/api/c/{new_token}")).await.status,
        StatusCode::OK
    );
    assert_eq!(deliver(state).await, 3);
    let mails: Vec<String> = std::fs::read_dir(state.config.data_dir.join("outbox-mail"))
        .expect("mail folder")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.starts_with(&format!("{reference}-link-")))
        .collect();
    assert_eq!(mails.len(), 1, "{mails:?}");
    let link_mail = email(state, &mails[0]);
    assert!(
        link_mail.to.contains("ada@example.co.uk"),
        "{}",
        link_mail.to
    );
    assert!(link_mail.text.contains(&new_url), "{}", link_mail.text);
    assert!(!link_mail.text.contains(&token), "{}", link_mail.text);

    // A link with an expiry works until it passes.
    let before = clock::rfc3339(clock::now_unix() + 7 * 86_400);
    let expiring = post_as(
        state,
        &jeweler,
        &format!("/api/studio/briefs/{reference}/link"),
        json!({"expires_in_days": 7}),
    )
    .await;
    assert_eq!(expiring.status, StatusCode::CREATED);
    let expires_at = expiring.json()["expires_at"]
        .as_str()
        .expect("expires_at")
        .to_owned();
    let after = clock::rfc3339(clock::now_unix() + 7 * 86_400);
    assert!(
        before <= expires_at && expires_at <= after,
        "{before} {expires_at} {after}"
    );
    let expiring_token = token_of(expiring.json()["url"].as_str().expect("url"));
    assert_eq!(
        get(state, &format!("/api/c/{expiring_token}")).await.status,
        StatusCode::OK
    );
    let state_now = get_as(
        state,
        &jeweler,
        &format!("/api/studio/briefs/{reference}/commission"),
    )
    .await
    .json();
    assert_eq!(state_now["link"]["expires_at"], expires_at.as_str());
    // Seven days pass.
    common::sql("UPDATE commission_links SET expires_at = $1 WHERE expires_at IS NOT NULL")
        .bind(clock::now_unix() - 1)
        .execute(state)
        .await;
    let expired = get(state, &format!("/api/c/{expiring_token}")).await;
    assert_eq!(expired.status, StatusCode::GONE);
    assert_eq!(expired.json()["error"]["code"], "link_expired");
    assert_eq!(expired.json()["contact"]["email"], "jeweler@maison.example");
    // A token nobody was given learns nothing of the shop.
    let unknown = get(state, "/api/c/NotARealTokenNotARealTokenNotARealToken00").await;
    assert_eq!(unknown.json()["error"]["code"], "link_unknown");
    assert!(unknown.json().get("contact").is_none());
    let bad_expiry = post_as(
        state,
        &jeweler,
        &format!("/api/studio/briefs/{reference}/link"),
        json!({"expires_in_days": 0}),
    )
    .await;
    assert_eq!(bad_expiry.status, StatusCode::UNPROCESSABLE_ENTITY);

    // Revoking leaves no way in, and the studio sees when.
    let latest = post_as(
        state,
        &jeweler,
        &format!("/api/studio/briefs/{reference}/link"),
        json!({}),
    )
    .await;
    let latest_token = token_of(latest.json()["url"].as_str().expect("url"));
    let revoked = delete_as(
        state,
        &jeweler,
        &format!("/api/studio/briefs/{reference}/link"),
    )
    .await;
    assert_eq!(revoked.status, StatusCode::OK);
    assert_eq!(revoked.json()["revoked"], 1);
    assert_eq!(
        get(state, &format!("/api/c/{latest_token}")).await.status,
        StatusCode::GONE
    );
    let studio = get_as(
        state,
        &jeweler,
        &format!("/api/studio/briefs/{reference}/commission"),
    )
    .await
    .json();
    assert!(studio["link"]["revoked_at"].is_string(), "{studio}");
}

#[tokio::test]
async fn another_briefs_files_and_the_honeypot_open_nothing() {
    let f = shop().await;
    let state = &f.state;
    let mine = token_of(
        post_json(state, "mine", &full_body()).await.json()["commission_url"]
            .as_str()
            .expect("url"),
    );
    let theirs = token_of(
        post_json(state, "theirs", &full_body()).await.json()["commission_url"]
            .as_str()
            .expect("url"),
    );
    let their_photo = visitor_writes(state, &theirs, "k", &photo_message("theirs", &png(5)))
        .await
        .json()["photos"][0]["url"]
        .as_str()
        .expect("url")
        .to_owned();
    let their_snapshot = get(state, &format!("/api/c/{theirs}")).await.json()["snapshots"][0]
        ["url"]
        .as_str()
        .expect("url")
        .to_owned();
    for path in [&their_photo, &their_snapshot] {
        assert_eq!(
            get(state, &format!("/api/c/{theirs}/{path}")).await.status,
            StatusCode::OK,
            "{path}"
        );
        let refused = get(state, &format!("/api/c/{mine}/{path}")).await;
        assert_eq!(refused.status, StatusCode::NOT_FOUND, "{path}");
        assert_eq!(refused.json()["error"]["code"], "not_found");
    }
    // An inspiration photo is not a snapshot, and ids that name nothing are 404s too.
    let attachment_id: i64 =
        common::sql("SELECT MIN(id) FROM consultation_files WHERE kind = 'attachment'")
            .scalar(state)
            .await;
    for path in [
        format!("files/s{attachment_id}"),
        "files/999999".to_owned(),
        "files/x1".to_owned(),
    ] {
        assert_eq!(
            get(state, &format!("/api/c/{mine}/{path}")).await.status,
            StatusCode::NOT_FOUND,
            "{path}"
        );
    }

    // The honeypot's 201 looks the same but stores nothing and its link opens nothing.
    let links = count(state, "SELECT COUNT(*) FROM commission_links").await;
    let mut bot = full_body();
    bot["website"] = json!("https://spam.example");
    let decoy = post_json(state, "bot", &bot).await;
    assert_eq!(decoy.status, StatusCode::CREATED);
    let decoy_url = decoy.json()["commission_url"]
        .as_str()
        .expect("url")
        .to_owned();
    let decoy_token = token_of(&decoy_url);
    assert_eq!(
        count(state, "SELECT COUNT(*) FROM commission_links").await,
        links
    );
    assert_eq!(
        get(state, &format!("/api/c/{decoy_token}")).await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn guessing_links_is_rate_limited_per_peer() {
    let f = fixture_with(|c| {
        c.commission_rate_limit_per_minute = 6;
        c.commission_rate_limit_burst = 3;
    })
    .await;
    let state = &f.state;
    let guesser = [203, 0, 113, 9];
    for n in 0..3 {
        let reply = page_call(
            state,
            Method::GET,
            &format!("/api/c/{}", guess(n)),
            None,
            None,
            guesser,
        )
        .await;
        assert_eq!(reply.status, StatusCode::NOT_FOUND);
    }
    let limited = page_call(
        state,
        Method::GET,
        &format!("/api/c/{}", guess(3)),
        None,
        None,
        guesser,
    )
    .await;
    assert_eq!(limited.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(limited.json()["error"]["code"], "rate_limited");
    assert_eq!(
        limited
            .headers
            .get(header::RETRY_AFTER)
            .map(|v| v.as_bytes()),
        Some(&b"10"[..])
    );
    // Someone else is not held back, and the brief form keeps its own limit.
    let other = page_call(
        state,
        Method::GET,
        &format!("/api/c/{}", guess(4)),
        None,
        None,
        [198, 51, 100, 7],
    )
    .await;
    assert_eq!(other.status, StatusCode::NOT_FOUND);
    assert_eq!(
        post_json(state, "still-open", &full_body()).await.status,
        StatusCode::CREATED
    );
}

#[tokio::test]
async fn the_commission_page_is_served_private_or_not_at_all() {
    let f = fixture().await;
    // The build in the fixture has no commission page: a plain 404, not the configurator.
    let missing = get(&f.state, "/c/abc").await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert!(!String::from_utf8_lossy(&missing.body).contains("<title>Atelier"));

    let dir = f.state.config.static_dir.join("c");
    std::fs::create_dir_all(&dir).expect("dir");
    std::fs::write(
        dir.join("index.html"),
        "<!DOCTYPE html><html lang=\"en\"><title>Your commission</title>\
         <meta name=\"robots\" content=\"noindex\">",
    )
    .expect("page");
    std::fs::write(dir.join("commission-1a2b.js"), "export {}").expect("js");
    let mut config = (*f.state.config).clone();
    config
        .theme
        .insert("accent".to_owned(), "#7a1f3d".to_owned());
    let f = Fixture {
        state: AppState::new(config, f.state.db.clone()).expect("state"),
        dir: f.dir,
    };
    let page = get(&f.state, &format!("/c/{}", guess(1))).await;
    assert_eq!(page.status, StatusCode::OK);
    let html = String::from_utf8_lossy(&page.body);
    assert!(html.contains("Your commission"));
    // The client's page is in the shop's colours, as the configurator was.
    assert!(
        html.contains("style=\"--atelier-accent: #7a1f3d\">"),
        "{html}"
    );
    let asset = get(&f.state, "/c/commission-1a2b.js").await;
    assert_eq!(asset.status, StatusCode::OK);
    assert_eq!(asset.body, b"export {}");
    for reply in [&page, &asset] {
        assert_eq!(
            reply.headers.get("x-robots-tag").map(|v| v.as_bytes()),
            Some(&b"noindex, nofollow"[..])
        );
        assert_eq!(
            reply
                .headers
                .get(header::REFERRER_POLICY)
                .map(|v| v.as_bytes()),
            Some(&b"no-referrer"[..])
        );
    }
    assert_eq!(
        get(&f.state, "/c/missing.js").await.status,
        StatusCode::NOT_FOUND
    );
}
