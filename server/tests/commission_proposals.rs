//! Proposals and the making, as the jeweler and the visitor meet them: a revised design proposed
//! from the studio reaches the visitor by email with what changed in words, the visitor answers
//! on the commission page, the jeweler hears of it, and the current design follows the last
//! accepted proposal; stages of the making with a real photo reach the page and the visitor.

mod common;
mod notice_support;
mod studio_common;

use atelier_core::catalog::MetalId;
use atelier_core::design::{Carat, Choice, Design};
use atelier_server::outbox::deliver_due;
use atelier_server::store::proposals::current_code;
use atelier_server::{clock, AppState, Config};
use axum::http::{header, Method, Request, StatusCode};
use common::{b64, count, fixture_with, full_body, png, Fixture, Reply};
use notice_support::*;
use serde_json::{json, Value};
use studio_common::{post_as, sign_in, Session};

const BASE: &str = "https://atelier.example.com";

fn shop(c: &mut Config) {
    c.public_url = Some(format!("{BASE}/"));
    c.currency = Some("GBP".to_owned());
}

/// The brief's design as the visitor sent it.
fn original() -> Design {
    common::brief().design
}

/// The original in 18k white gold with a 1.20 ct stone.
fn white_gold() -> Design {
    Design {
        metal: Choice::Chosen(MetalId::new("18k-white")),
        carat: Choice::Chosen(Carat::from_points(120)),
        ..original()
    }
}

fn code(design: &Design) -> String {
    atelier_core::share::encode(design)
}

/// `POST /api/studio/briefs/{reference}/proposals` with the session, its CSRF token and `key`.
async fn propose(f: &Fixture, s: &Session, reference: &str, key: &str, body: &Value) -> Reply {
    let request = Request::post(format!("/api/studio/briefs/{reference}/proposals"))
        .header(header::COOKIE, &s.cookie)
        .header("x-csrf-token", &s.csrf)
        .header(header::CONTENT_TYPE, "application/json")
        .header("idempotency-key", key)
        .body(axum::body::Body::from(body.to_string()))
        .expect("request");
    common::send(&f.state, request, [127, 0, 0, 1]).await
}

async fn answer(state: &AppState, token: &str, id: i64, body: Value) -> Reply {
    visitor(
        state,
        Method::POST,
        token,
        &format!("/proposals/{id}/answer"),
        Some(body),
    )
    .await
}

fn created(reply: &Reply) -> Value {
    assert_eq!(
        reply.status,
        StatusCode::CREATED,
        "{}",
        String::from_utf8_lossy(&reply.body)
    );
    reply.json()
}

async fn current(state: &AppState, reference: &str) -> String {
    let id = brief_id(state, reference).await;
    current_code(&state.db, id, &code(&original()))
        .await
        .expect("current design")
}

#[tokio::test]
async fn a_proposal_goes_to_the_visitor_in_words_and_the_answer_comes_back() {
    let f = fixture_with(shop).await;
    let s = sign_in(&f.state).await;
    let sent = send_brief(&f.state, "brief", &full_body()).await;
    let now = clock::now_unix();
    deliver_due(&f.state, now)
        .await
        .expect("the brief's emails");

    let body = json!({
        "design_code": code(&white_gold()),
        "message": "White gold suits the <vintage> look & a 1.20 ct keeps the budget.",
        "price": {"low": 2400, "high": 2900, "currency": ""},
    });
    let p = created(&propose(&f, &s, &sent.reference, "p-1", &body).await);
    let id = p["id"].as_i64().expect("id");
    assert_eq!(p["design_code"], code(&white_gold()));
    assert_eq!(p["base_code"], code(&original()));
    assert_eq!(
        p["changes"],
        json!([
            {"label": "Metal", "from": "18k yellow gold", "to": "18k white gold"},
            {"label": "Carat weight", "from": "1.00 ct", "to": "1.20 ct"},
        ])
    );
    assert_eq!(
        p["price"],
        json!({"low": 2400, "high": 2900, "currency": "GBP"}),
        "the shop's currency by default"
    );
    assert_eq!(p["answer"], Value::Null);

    // A retry gets the same proposal; the key with another body is refused.
    let again = created(&propose(&f, &s, &sent.reference, "p-1", &body).await);
    assert_eq!(again, p);
    let other = json!({"design_code": code(&original())});
    assert_eq!(
        propose(&f, &s, &sent.reference, "p-1", &other).await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(
        count(&f.state, "SELECT COUNT(*) FROM commission_proposals").await,
        1
    );

    let report = deliver_due(&f.state, now + 1).await.expect("deliver");
    assert_eq!(
        (report.sent, report.retrying, report.dead),
        (1, 0, 0),
        "{report:?}"
    );
    let mail = read_mail(&f.state, &format!("{}-proposal-{id}", sent.reference));
    assert!(mail.to.contains("ada@example.co.uk"), "{}", mail.to);
    assert!(mail.subject.contains(&sent.reference), "{}", mail.subject);
    let link = format!("{BASE}/c/{}", sent.token);
    for needle in [
        "Metal: 18k yellow gold → 18k white gold; Carat weight: 1.00 ct → 1.20 ct",
        // In the visitor's en-GB: the pound sign before each end.
        "Price: £2,400–£2,900",
        "White gold suits the <vintage> look & a 1.20 ct keeps the budget.",
        link.as_str(),
    ] {
        assert!(mail.text.contains(needle), "{needle:?} in {}", mail.text);
    }
    assert!(
        mail.html
            .contains("White gold suits the &lt;vintage&gt; look &amp; a 1.20 ct"),
        "{}",
        mail.html
    );
    assert!(
        mail.html.contains(&format!("href=\"{link}\"")),
        "{}",
        mail.html
    );

    // Nothing changes the current design until the visitor accepts.
    assert_eq!(current(&f.state, &sent.reference).await, code(&original()));
    let reply = answer(
        &f.state,
        &sent.token,
        id,
        json!({"answer": "accepted", "comment": "Yes, <please>!"}),
    )
    .await;
    assert_eq!(
        reply.status,
        StatusCode::OK,
        "{}",
        String::from_utf8_lossy(&reply.body)
    );
    let answered = reply.json();
    assert_eq!(answered["answer"]["answer"], "accepted");
    assert_eq!(answered["answer"]["comment"], "Yes, <please>!");
    assert_eq!(
        current(&f.state, &sent.reference).await,
        code(&white_gold())
    );

    let twice = answer(
        &f.state,
        &sent.token,
        id,
        json!({"answer": "changes_requested"}),
    )
    .await;
    assert_eq!(twice.status, StatusCode::CONFLICT);
    assert!(
        twice.json()["error"]["message"]
            .as_str()
            .expect("message")
            .contains("already answered"),
        "{}",
        twice.json()
    );
    assert_eq!(
        current(&f.state, &sent.reference).await,
        code(&white_gold())
    );

    deliver_due(&f.state, now + 2).await.expect("deliver");
    let mail = read_mail(
        &f.state,
        &format!("{}-proposal-{id}-answer", sent.reference),
    );
    assert!(mail.to.contains("jeweler@maison.example"), "{}", mail.to);
    assert!(mail.subject.contains("accepted"), "{}", mail.subject);
    // The jeweler reads who answered, by name, as the message emails say it.
    assert!(
        mail.subject.contains("Ada Lovelace accepted"),
        "{}",
        mail.subject
    );
    assert!(
        mail.text
            .contains(&format!("Ada Lovelace ({}) accepted", sent.reference)),
        "{}",
        mail.text
    );
    assert!(mail.text.contains("Yes, <please>!"), "{}", mail.text);
    assert!(mail.html.contains("Yes, &lt;please&gt;!"), "{}", mail.html);
    assert!(
        mail.text
            .contains(&format!("{BASE}/studio/briefs/{}", sent.reference)),
        "{}",
        mail.text
    );
    // One answer, one email to the jeweler.
    assert_eq!(
        count(
            &f.state,
            "SELECT COUNT(*) FROM outbox WHERE kind = 'proposal_email'"
        )
        .await,
        2
    );
}

#[tokio::test]
async fn only_the_latest_proposal_is_answered_and_the_last_accepted_is_current() {
    let f = fixture_with(shop).await;
    let s = sign_in(&f.state).await;
    let sent = send_brief(&f.state, "brief", &full_body()).await;
    let first = created(
        &propose(
            &f,
            &s,
            &sent.reference,
            "a",
            &json!({"design_code": code(&white_gold())}),
        )
        .await,
    );
    let platinum = Design {
        metal: Choice::Chosen(MetalId::new("pt950")),
        ..original()
    };
    let second = created(
        &propose(
            &f,
            &s,
            &sent.reference,
            "b",
            &json!({"design_code": code(&platinum)}),
        )
        .await,
    );
    let stale = answer(
        &f.state,
        &sent.token,
        first["id"].as_i64().expect("id"),
        json!({"answer": "accepted"}),
    )
    .await;
    assert_eq!(stale.status, StatusCode::CONFLICT);
    assert!(
        stale.json()["error"]["message"]
            .as_str()
            .expect("message")
            .contains("newer proposal"),
        "{}",
        stale.json()
    );

    let second_id = second["id"].as_i64().expect("id");
    let asked = answer(
        &f.state,
        &sent.token,
        second_id,
        json!({"answer": "changes_requested", "comment": "Warmer, please."}),
    )
    .await;
    assert_eq!(asked.status, StatusCode::OK);
    assert_eq!(asked.json()["answer"]["answer"], "changes_requested");
    assert_eq!(current(&f.state, &sent.reference).await, code(&original()));

    let third = created(
        &propose(
            &f,
            &s,
            &sent.reference,
            "c",
            &json!({"design_code": code(&white_gold())}),
        )
        .await,
    );
    assert_eq!(
        third["base_code"],
        code(&original()),
        "a proposal revises the current design"
    );
    let third_id = third["id"].as_i64().expect("id");
    assert_eq!(
        answer(
            &f.state,
            &sent.token,
            third_id,
            json!({"answer": "accepted"})
        )
        .await
        .status,
        StatusCode::OK
    );
    assert_eq!(
        current(&f.state, &sent.reference).await,
        code(&white_gold())
    );
    let fourth = created(
        &propose(
            &f,
            &s,
            &sent.reference,
            "d",
            &json!({"design_code": code(&platinum)}),
        )
        .await,
    );
    assert_eq!(fourth["base_code"], code(&white_gold()));
    assert_eq!(
        fourth["changes"],
        json!([{"label": "Metal", "from": "18k white gold", "to": "Platinum 950"},
               {"label": "Carat weight", "from": "1.20 ct", "to": "1.00 ct"}])
    );

    let id = brief_id(&f.state, &sent.reference).await;
    let listed = atelier_server::store::proposals::list(&f.state.db, id)
        .await
        .expect("list");
    let ids: Vec<i64> = listed.iter().map(|p| p.id).collect();
    assert_eq!(
        ids,
        [
            first["id"].as_i64(),
            Some(second_id),
            Some(third_id),
            fourth["id"].as_i64()
        ]
        .into_iter()
        .map(|i| i.expect("id"))
        .collect::<Vec<_>>(),
        "kept in order"
    );
}

#[tokio::test]
async fn bad_proposals_and_answers_are_refused_in_words() {
    let f = fixture_with(shop).await;
    let s = sign_in(&f.state).await;
    let sent = send_brief(&f.state, "brief", &full_body()).await;
    let other = send_brief(&f.state, "other", &full_body()).await;
    let good = code(&white_gold());
    for (body, field) in [
        (json!({"design_code": "!!!"}), "design_code"),
        (
            json!({"design_code": good, "price": {"low": 3000, "high": 2000, "currency": "GBP"}}),
            "price",
        ),
        (
            json!({"design_code": good, "price": {"low": 1, "high": 2, "currency": "pounds"}}),
            "price.currency",
        ),
        (
            json!({"design_code": good, "message": "x".repeat(4001)}),
            "message",
        ),
    ] {
        let r = propose(&f, &s, &sent.reference, &format!("bad-{field}"), &body).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
        assert_eq!(r.json()["error"]["fields"][0]["field"], field);
    }
    let no_key = post_as(
        &f.state,
        &s,
        &format!("/api/studio/briefs/{}/proposals", sent.reference),
        json!({"design_code": good}),
    )
    .await;
    assert_eq!(no_key.status, StatusCode::BAD_REQUEST);
    assert_eq!(
        count(&f.state, "SELECT COUNT(*) FROM commission_proposals").await,
        0
    );

    let p = created(&propose(&f, &s, &sent.reference, "ok", &json!({"design_code": good})).await);
    let id = p["id"].as_i64().expect("id");
    let long = answer(
        &f.state,
        &sent.token,
        id,
        json!({"answer": "changes_requested", "comment": "x".repeat(2001)}),
    )
    .await;
    assert_eq!(long.status, StatusCode::UNPROCESSABLE_ENTITY);
    let unknown = answer(&f.state, &sent.token, id, json!({"answer": "maybe"})).await;
    assert_eq!(unknown.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(unknown.json()["error"]["fields"][0]["field"], "answer");
    // Another brief's link cannot answer this brief's proposal.
    let foreign = answer(&f.state, &other.token, id, json!({"answer": "accepted"})).await;
    assert_eq!(foreign.status, StatusCode::NOT_FOUND);
    assert_eq!(p["answer"], Value::Null);
    assert_eq!(current(&f.state, &sent.reference).await, code(&original()));
}

#[tokio::test]
async fn the_old_revision_route_is_gone_and_says_where_to() {
    let f = fixture_with(shop).await;
    let s = sign_in(&f.state).await;
    let sent = send_brief(&f.state, "brief", &full_body()).await;
    let r = post_as(
        &f.state,
        &s,
        &format!("/api/studio/briefs/{}/revisions", sent.reference),
        json!({"design_code": code(&white_gold())}),
    )
    .await;
    assert_eq!(r.status, StatusCode::GONE);
    assert!(
        r.json()["error"]["message"]
            .as_str()
            .expect("message")
            .contains("/proposals"),
        "{}",
        r.json()
    );
    assert_eq!(
        count(
            &f.state,
            "SELECT COUNT(*) FROM outbox WHERE kind = 'revision_email'"
        )
        .await,
        0
    );
}

#[tokio::test]
async fn a_stage_with_a_real_photo_reaches_the_page_and_the_visitor() {
    let f = fixture_with(shop).await;
    let s = sign_in(&f.state).await;
    let sent = send_brief(&f.state, "brief", &full_body()).await;
    let now = clock::now_unix();
    deliver_due(&f.state, now)
        .await
        .expect("the brief's emails");
    let uri = format!("/api/studio/briefs/{}/stages", sent.reference);
    let photo = png(77);

    let r = post_as(
        &f.state,
        &s,
        &uri,
        json!({"stage": "wax", "note": "The wax, <carved> today.", "notify": true,
               "photo": {"name": "wax.png", "data_base64": b64(&photo)}}),
    )
    .await;
    let stage = created(&r);
    assert_eq!(stage["stage"], "wax");
    assert_eq!(stage["note"], "The wax, <carved> today.");
    let url = stage["photo"]["url"]
        .as_str()
        .expect("photo url")
        .to_owned();
    assert!(url.starts_with("files/"), "{url}");
    assert_eq!(stage["photo"]["label"], "wax.png");

    // The commission page lists it, and the photo's URL gives the PNG.
    let view = visitor(&f.state, Method::GET, &sent.token, "", None).await;
    assert_eq!(
        view.status,
        StatusCode::OK,
        "{}",
        String::from_utf8_lossy(&view.body)
    );
    let view = view.json();
    assert_eq!(view["stages"][0]["stage"], "wax");
    assert_eq!(view["stages"][0]["photo"]["url"], url.as_str());
    assert_eq!(view["status"], "being_made");
    let file = visitor(&f.state, Method::GET, &sent.token, &format!("/{url}"), None).await;
    assert_eq!(file.status, StatusCode::OK);
    assert_eq!(file.body, photo);

    // The visitor's email carries the stage, the note, the photo and the link.
    deliver_due(&f.state, now + 1).await.expect("deliver");
    let id = stage["id"].as_i64().expect("id");
    let mail = read_mail(&f.state, &format!("{}-stage-{id}", sent.reference));
    assert!(mail.to.contains("ada@example.co.uk"), "{}", mail.to);
    assert!(mail.subject.contains("Wax or print"), "{}", mail.subject);
    assert!(
        mail.text.contains("The wax, <carved> today."),
        "{}",
        mail.text
    );
    assert!(
        mail.html.contains("The wax, &lt;carved&gt; today."),
        "{}",
        mail.html
    );
    assert!(
        mail.text.contains(&format!("{BASE}/c/{}", sent.token)),
        "{}",
        mail.text
    );
    assert_eq!(
        mail.attachments,
        vec![("wax.png".to_owned(), "image/png".to_owned(), photo.clone())]
    );

    // Without `notify` nothing is sent; a file that is not a picture is refused.
    let quiet = post_as(&f.state, &s, &uri, json!({"stage": "casting"})).await;
    assert_eq!(created(&quiet)["photo"], Value::Null);
    assert_eq!(
        count(
            &f.state,
            "SELECT COUNT(*) FROM outbox WHERE kind = 'stage_email'"
        )
        .await,
        1
    );
    let html = b64(b"<html><script>alert(1)</script></html>");
    let bad = post_as(
        &f.state,
        &s,
        &uri,
        json!({"stage": "ready", "photo": {"name": "x.png", "data_base64": html}}),
    )
    .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(bad.json()["error"]["fields"][0]["field"], "photo");
    let listed =
        atelier_server::store::stages::list(&f.state.db, brief_id(&f.state, &sent.reference).await)
            .await
            .expect("list");
    let names: Vec<&str> = listed.iter().map(|e| e.stage.name()).collect();
    assert_eq!(names, ["wax", "casting"]);
    // The studio's workflow is the jeweler's to move, not the making's.
    assert_eq!(
        count(
            &f.state,
            "SELECT COUNT(*) FROM consultations WHERE status = 'new'"
        )
        .await,
        1
    );
}

/// The inbox's row for `reference`.
async fn inbox_row(f: &Fixture, s: &Session, reference: &str) -> Value {
    let reply = studio_common::get_as(&f.state, s, "/api/studio/briefs").await;
    assert_eq!(reply.status, StatusCode::OK);
    reply.json()["items"]
        .as_array()
        .expect("items")
        .iter()
        .find(|r| r["reference"] == reference)
        .cloned()
        .expect("the brief's row")
}

#[tokio::test]
async fn the_studio_describes_the_design_agreed_by_proposal_and_keeps_the_original() {
    let f = fixture_with(shop).await;
    let s = sign_in(&f.state).await;
    let sent = send_brief(&f.state, "brief", &full_body()).await;
    let detail_uri = format!("/api/studio/briefs/{}", sent.reference);
    let said = |d: &Design| {
        f.state
            .words
            .shop()
            .say(&atelier_core::summary::summary_msg(d, &f.state.catalog))
    };

    // Proposed but not yet accepted: the inbox and the brief still describe what was sent.
    let body = json!({"design_code": code(&white_gold()), "message": "White gold?"});
    let id = created(&propose(&f, &s, &sent.reference, "p-1", &body).await)["id"]
        .as_i64()
        .expect("id");
    let row = inbox_row(&f, &s, &sent.reference).await;
    assert_eq!(row["summary"], said(&original()));
    assert_eq!(row["changed_by_proposal"], false);
    assert!(row["thumbnail"].is_string(), "{row}");
    assert_eq!(row["agreed_design"], Value::Null, "{row}");
    let detail = studio_common::get_as(&f.state, &s, &detail_uri)
        .await
        .json();
    assert_eq!(detail["current_code"], Value::Null);
    let metal_estimated = |detail: &Value| detail["estimate"]["metal_id"].clone();
    assert_ne!(metal_estimated(&detail), "18k-white", "{detail}");
    assert!(metal_estimated(&detail).is_string(), "{detail}");

    let reply = answer(&f.state, &sent.token, id, json!({"answer": "accepted"})).await;
    assert_eq!(reply.status, StatusCode::OK);

    // Accepted: the row says the agreed design, marked as changed, without the snapshot of the
    // one sent; the brief leads with the agreed design and keeps the original's code and words.
    let row = inbox_row(&f, &s, &sent.reference).await;
    assert_eq!(row["summary"], said(&white_gold()), "{row}");
    assert!(
        row["summary"]
            .as_str()
            .is_some_and(|t| t.contains("white gold")),
        "{row}"
    );
    assert_eq!(row["changed_by_proposal"], true);
    assert_eq!(row["thumbnail"], Value::Null);
    // The studio sketches the agreed design where the snapshot was.
    assert_eq!(row["agreed_design"], code(&white_gold()), "{row}");
    let detail = studio_common::get_as(&f.state, &s, &detail_uri)
        .await
        .json();
    assert_eq!(detail["current_code"], code(&white_gold()));
    assert_eq!(detail["current_summary"], said(&white_gold()));
    assert_eq!(detail["design_code"], code(&original()));
    assert_eq!(detail["summary"], said(&original()));
    // The estimate (metal, weight, price) is of the agreed design: the one to be made.
    assert_eq!(metal_estimated(&detail), "18k-white", "{detail}");
}

#[tokio::test]
async fn a_proposal_before_any_message_is_the_jeweler_answering() {
    let f = fixture_with(shop).await;
    let s = sign_in(&f.state).await;
    let sent = send_brief(&f.state, "brief", &full_body()).await;
    let status = |view: &Reply| view.json()["status"].clone();
    let workflow = || async {
        studio_common::get_as(
            &f.state,
            &s,
            &format!("/api/studio/briefs/{}", sent.reference),
        )
        .await
        .json()["status"]
            .clone()
    };
    let view = visitor(&f.state, Method::GET, &sent.token, "", None).await;
    assert_eq!(
        (status(&view), workflow().await),
        ("received".into(), "new".into())
    );

    // The jeweler's first word is a proposal, with no message before it.
    let body = json!({"design_code": code(&white_gold()), "message": "White gold?"});
    let id = created(&propose(&f, &s, &sent.reference, "first-word", &body).await)["id"]
        .as_i64()
        .expect("id");
    let view = visitor(&f.state, Method::GET, &sent.token, "", None).await;
    assert_eq!(status(&view), "design_proposed");
    assert_eq!(
        workflow().await,
        "in_conversation",
        "answered, the brief is in conversation"
    );

    // Changes asked for: the two are talking it through, not back at "received".
    let reply = answer(
        &f.state,
        &sent.token,
        id,
        json!({"answer": "changes_requested", "comment": "Warmer, please."}),
    )
    .await;
    assert_eq!(reply.status, StatusCode::OK);
    let view = visitor(&f.state, Method::GET, &sent.token, "", None).await;
    assert_eq!(status(&view), "talking");
}
