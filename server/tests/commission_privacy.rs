//! The visitor's privacy rights and the jeweler's duties: the copy of their data from the
//! commission page holds this brief's records and nothing of another's; a request for erasure
//! reaches the jeweler once; the studio's erasure and the retention purge leave no row of the
//! commission behind; and `/privacy` shows the shop's notice, from its file or from the
//! configuration.

mod common;
mod notice_support;
mod studio_common;

use atelier_server::outbox::deliver_due;
use atelier_server::studio::retention;
use atelier_server::{clock, AppState, Config};
use axum::http::{header, Method, Request, StatusCode};
use base64::Engine;
use common::{b64, count, fixture_with, full_body, get, png, Fixture};
use notice_support::*;
use serde_json::{json, Value};
use studio_common::{delete_as, get_as, post_as, sign_in, Session};

const BASE: &str = "https://atelier.example.com";

/// Every table of the commission, each with the brief's rows.
const TABLES: [&str; 9] = [
    "commission_links",
    "commission_messages",
    "commission_files",
    "commission_proposals",
    "commission_stages",
    "appointments",
    "erasure_requests",
    "outbox",
    "consultation_notes",
];

fn shop(c: &mut Config) {
    c.public_url = Some(format!("{BASE}/"));
    c.currency = Some("GBP".to_owned());
}

async fn post_keyed(f: &Fixture, s: &Session, uri: &str, key: &str, body: Value) -> Value {
    let request = Request::post(uri)
        .header(header::COOKIE, &s.cookie)
        .header("x-csrf-token", &s.csrf)
        .header(header::CONTENT_TYPE, "application/json")
        .header("idempotency-key", key)
        .body(axum::body::Body::from(body.to_string()))
        .expect("request");
    let reply = common::send(&f.state, request, [127, 0, 0, 1]).await;
    assert_eq!(
        reply.status,
        StatusCode::CREATED,
        "{uri}: {}",
        String::from_utf8_lossy(&reply.body)
    );
    reply.json()
}

/// A visitor's message with a photo, through the commission page's API.
async fn visitor_message(state: &AppState, token: &str, key: &str, text: &str, photo: &[u8]) {
    let request = Request::post(format!("/api/c/{token}/messages"))
        .header(header::CONTENT_TYPE, "application/json")
        .header("idempotency-key", key)
        .body(axum::body::Body::from(
            json!({"text": text, "photos": [{"name": "mine.png", "data_base64": b64(photo)}]})
                .to_string(),
        ))
        .expect("request");
    let reply = common::send(state, request, [127, 0, 0, 1]).await;
    assert_eq!(
        reply.status,
        StatusCode::CREATED,
        "{}",
        String::from_utf8_lossy(&reply.body)
    );
}

/// Everything a commission can hold, each with words unique to `tag`: a jeweler's message, the
/// visitor's reply with a photo, a proposal answered, an appointment, a stage with a photo, a
/// private note, an erasure request.
async fn everything(f: &Fixture, s: &Session, sent: &Sent, tag: &str) {
    let brief = format!("/api/studio/briefs/{}", sent.reference);
    post_keyed(
        f,
        s,
        &format!("{brief}/messages"),
        &format!("{tag}-m"),
        json!({"text": format!("{tag}: jeweler writes")}),
    )
    .await;
    visitor_message(
        &f.state,
        &sent.token,
        &format!("{tag}-v"),
        &format!("{tag}: visitor answers"),
        &png(11),
    )
    .await;
    let mut design = common::brief().design;
    design.metal =
        atelier_core::design::Choice::Chosen(atelier_core::catalog::MetalId::new("pt950"));
    let proposal = post_keyed(
        f,
        s,
        &format!("{brief}/proposals"),
        &format!("{tag}-p"),
        json!({"design_code": atelier_core::share::encode(&design),
               "message": format!("{tag}: proposal")}),
    )
    .await;
    let answered = visitor(
        &f.state,
        Method::POST,
        &sent.token,
        &format!("/proposals/{}/answer", proposal["id"]),
        Some(json!({"answer": "accepted", "comment": format!("{tag}: accepted")})),
    )
    .await;
    assert_eq!(answered.status, StatusCode::OK);
    // Booking is engineer C's, tested in commission_booking.rs; the row is what matters here.
    let id = brief_id(&f.state, &sent.reference).await;
    let start = 4_102_444_800 + id * 3600;
    common::sql(
        "INSERT INTO appointments (consultation_id, starts_at, ends_at, kind, uid, created_at, changed_at, shop_id) \
         VALUES ($1, $2, $3, 'video', $4, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 1)",
    )
    .bind(id)
    .bind(start)
    .bind(start + 1800)
    .bind(format!("{tag}@atelier"))
    .execute(&f.state)
    .await;
    let stage = post_as(
        &f.state,
        s,
        &format!("{brief}/stages"),
        json!({"stage": "cad", "note": format!("{tag}: the CAD"), "notify": true,
               "photo": {"name": "cad.png", "data_base64": b64(&png(22))}}),
    )
    .await;
    assert_eq!(stage.status, StatusCode::CREATED);
    let note = post_as(
        &f.state,
        s,
        &format!("{brief}/notes"),
        json!({"text": format!("{tag}: private note")}),
    )
    .await;
    assert_eq!(note.status, StatusCode::CREATED);
    let erase = visitor(
        &f.state,
        Method::POST,
        &sent.token,
        "/erasure",
        Some(json!({"comment": format!("{tag}: please erase")})),
    )
    .await;
    assert_eq!(erase.status, StatusCode::ACCEPTED);
}

async fn rows_of(state: &AppState, id: i64) -> Vec<(&'static str, i64)> {
    let mut out = Vec::new();
    for table in TABLES {
        let n: i64 = common::sql(&format!(
            "SELECT COUNT(*) FROM {table} WHERE consultation_id = $1"
        ))
        .bind(id)
        .scalar(state)
        .await;
        out.push((table, n));
    }
    out
}

/// The object keys the file rows of brief `id` name, each with whether its object is on disk.
async fn objects_of(state: &AppState, id: i64) -> Vec<(String, bool)> {
    let keys: Vec<String> = common::sql(
        "SELECT object_key FROM consultation_files WHERE consultation_id = $1 \
         UNION ALL SELECT object_key FROM commission_files WHERE consultation_id = $1 ORDER BY 1",
    )
    .bind(id)
    .scalars(state)
    .await;
    keys.into_iter()
        .map(|key| {
            let on_disk = state.db.files().local_path(&key).expect("local").is_file();
            (key, on_disk)
        })
        .collect()
}

#[tokio::test]
async fn the_export_holds_this_commission_and_nothing_of_another() {
    let f = fixture_with(shop).await;
    let s = sign_in(&f.state).await;
    let mine = send_brief(&f.state, "mine", &full_body()).await;
    let theirs = send_brief(&f.state, "theirs", &full_body()).await;
    everything(&f, &s, &mine, "MINE-7f3").await;
    everything(&f, &s, &theirs, "THEIRS-9q1").await;

    let reply = visitor(&f.state, Method::GET, &mine.token, "/export.json", None).await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(
        reply.headers[header::CONTENT_DISPOSITION],
        format!("attachment; filename=\"{}.json\"", mine.reference).as_str()
    );
    assert_eq!(reply.headers[header::CACHE_CONTROL], "no-store");
    let raw = String::from_utf8(reply.body.clone()).expect("utf-8");
    assert!(!raw.contains("THEIRS-9q1"), "another brief's words leaked");
    assert!(!raw.contains(&theirs.reference));
    assert!(
        !raw.contains(&mine.token),
        "the link itself is not data about the visitor"
    );
    assert!(
        !raw.contains(studio_common::EMAIL),
        "staff addresses are left out"
    );

    let body = reply.json();
    assert_eq!(body["shop"], "Maison Test");
    let c = &body["commission"];
    assert_eq!(c["reference"], mine.reference.as_str());
    assert_eq!(c["brief"]["contact"]["email"], "ada@example.co.uk");
    let texts: Vec<&str> = c["messages"]
        .as_array()
        .expect("messages")
        .iter()
        .map(|m| m["text"].as_str().expect("text"))
        .collect();
    assert_eq!(
        texts,
        ["MINE-7f3: jeweler writes", "MINE-7f3: visitor answers"]
    );
    assert_eq!(c["proposals"][0]["message"], "MINE-7f3: proposal");
    assert_eq!(c["proposals"][0]["answer"]["comment"], "MINE-7f3: accepted");
    assert_eq!(c["appointments"][0]["kind"], "video");
    assert_eq!(c["appointments"][0]["state"], "booked");
    assert_eq!(c["stages"][0]["note"], "MINE-7f3: the CAD");
    assert_eq!(c["jeweler_notes"][0]["text"], "MINE-7f3: private note");
    assert_eq!(c["erasure_request"]["comment"], "MINE-7f3: please erase");

    // Every file with its bytes: two snapshots, the inspiration photo, and the two commission photos.
    let files = c["files"].as_array().expect("files");
    let kinds: Vec<&str> = files
        .iter()
        .map(|f| f["belongs_to"].as_str().expect("belongs_to"))
        .collect();
    assert_eq!(
        kinds,
        ["snapshot", "snapshot", "attachment", "message", "stage"]
    );
    let bytes = |i: usize| {
        base64::engine::general_purpose::STANDARD
            .decode(files[i]["data_base64"].as_str().expect("b64"))
            .expect("base64")
    };
    assert_eq!(bytes(0), png(1));
    assert_eq!(files[4]["mime_type"], "image/png");
    assert_eq!(files[4]["owner_id"], c["stages"][0]["id"]);
    assert_eq!(bytes(4), png(22));
    assert_eq!(files[3]["owner_id"], c["messages"][1]["id"]);
}

#[tokio::test]
async fn an_erasure_request_reaches_the_jeweler_once() {
    let f = fixture_with(shop).await;
    let sent = send_brief(&f.state, "brief", &full_body()).await;
    let now = clock::now_unix();
    deliver_due(&f.state, now)
        .await
        .expect("the brief's emails");
    let first = visitor(
        &f.state,
        Method::POST,
        &sent.token,
        "/erasure",
        Some(json!({"comment": "We <broke up>; please erase it all."})),
    )
    .await;
    assert_eq!(first.status, StatusCode::ACCEPTED);
    let at = first.json()["requested_at"]
        .as_str()
        .expect("requested_at")
        .to_owned();
    assert!(at.ends_with('Z') && at.len() == 20, "{at}");
    let again = visitor(
        &f.state,
        Method::POST,
        &sent.token,
        "/erasure",
        Some(json!({"comment": "hello?"})),
    )
    .await;
    assert_eq!(again.status, StatusCode::ACCEPTED);
    assert_eq!(again.json()["requested_at"], at.as_str());
    let id = brief_id(&f.state, &sent.reference).await;
    assert_eq!(
        atelier_server::store::erasure::requested_at(&f.state.db, id)
            .await
            .expect("db"),
        Some(at.clone())
    );
    let long = visitor(
        &f.state,
        Method::POST,
        &sent.token,
        "/erasure",
        Some(json!({"comment": "x".repeat(2001)})),
    )
    .await;
    assert_eq!(long.status, StatusCode::UNPROCESSABLE_ENTITY);

    let report = deliver_due(&f.state, now + 1).await.expect("deliver");
    assert_eq!(report.sent, 1, "one email for two requests: {report:?}");
    let mail = read_mail(&f.state, &format!("{}-erasure-request", sent.reference));
    assert!(mail.to.contains("jeweler@maison.example"), "{}", mail.to);
    assert!(mail.subject.contains(&sent.reference), "{}", mail.subject);
    assert!(mail.subject.contains("erasure"), "{}", mail.subject);
    assert!(
        mail.subject.contains("Ada Lovelace asks for erasure"),
        "{}",
        mail.subject
    );
    // The day of the request as the shop's English writes it ("December 6, 2026").
    let day = at
        .parse::<jiff::Timestamp>()
        .expect("rfc 3339")
        .to_zoned_datetime(jiff::tz::TimeZone::UTC)
        .strftime("%B %-d, %Y")
        .to_string();
    for needle in [
        "We <broke up>; please erase it all.",
        "“Erase”",
        &format!("{BASE}/studio/briefs/{}", sent.reference),
        &format!("asked on {day} for everything"),
        &format!("Ada Lovelace ({}) asked on", sent.reference),
    ] {
        assert!(mail.text.contains(needle), "{needle:?} in {}", mail.text);
    }
    assert!(mail.html.contains("We &lt;broke up&gt;"), "{}", mail.html);
    // The outbox row names the request by id, nothing the visitor wrote.
    let payload: String =
        common::sql("SELECT payload FROM outbox WHERE kind = 'erasure_request_email'")
            .scalar(&f.state)
            .await;
    let payload: Value = serde_json::from_str(&payload).expect("json");
    assert!(payload["erasure_request"].is_i64(), "{payload}");
    assert_eq!(payload.as_object().map(|o| o.len()), Some(1));
}

/// The references of an inbox page's rows, and each row's `erasure_requested_at`.
fn inbox_rows(page: &Value) -> Vec<(String, Value)> {
    page["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|i| {
            (
                i["reference"].as_str().expect("reference").to_owned(),
                i["erasure_requested_at"].clone(),
            )
        })
        .collect()
}

#[tokio::test]
async fn the_inbox_shows_and_filters_briefs_whose_visitor_asked_for_erasure() {
    let f = fixture_with(shop).await;
    let s = sign_in(&f.state).await;
    let kept = send_brief(&f.state, "kept", &full_body()).await;
    let erased = send_brief(&f.state, "erased", &full_body()).await;
    let asked = visitor(
        &f.state,
        Method::POST,
        &erased.token,
        "/erasure",
        Some(json!({"comment": ""})),
    )
    .await;
    assert_eq!(asked.status, StatusCode::ACCEPTED);
    let at = asked.json()["requested_at"].clone();
    assert!(at.is_string(), "{at}");

    let all = get_as(&f.state, &s, "/api/studio/briefs").await;
    assert_eq!(all.status, 200);
    let rows = inbox_rows(&all.json());
    assert!(
        rows.contains(&(erased.reference.clone(), at.clone())),
        "{rows:?}"
    );
    assert!(
        rows.contains(&(kept.reference.clone(), Value::Null)),
        "{rows:?}"
    );

    let only = get_as(&f.state, &s, "/api/studio/briefs?erasure=requested").await;
    assert_eq!(only.status, 200);
    let page = only.json();
    assert_eq!(inbox_rows(&page), [(erased.reference.clone(), at)]);
    assert_eq!(page["next"], Value::Null);
    let none = get_as(
        &f.state,
        &s,
        "/api/studio/briefs?erasure=requested&turn=with_visitor",
    )
    .await;
    assert_eq!(inbox_rows(&none.json()), []);
    let bad = get_as(&f.state, &s, "/api/studio/briefs?erasure=maybe").await;
    assert_eq!(bad.status, 422);
}

#[tokio::test]
async fn the_studios_erasure_leaves_no_row_of_the_commission() {
    let f = fixture_with(shop).await;
    let s = sign_in(&f.state).await;
    let gone = send_brief(&f.state, "gone", &full_body()).await;
    let kept = send_brief(&f.state, "kept", &full_body()).await;
    everything(&f, &s, &gone, "GONE").await;
    everything(&f, &s, &kept, "KEPT").await;
    let id = brief_id(&f.state, &gone.reference).await;
    let kept_id = brief_id(&f.state, &kept.reference).await;
    let before = rows_of(&f.state, id).await;
    assert!(before.iter().all(|(_, n)| *n > 0), "{before:?}");
    let gone_objects = objects_of(&f.state, id).await;
    let kept_objects = objects_of(&f.state, kept_id).await;
    assert!(gone_objects.len() >= 4, "{gone_objects:?}");
    assert!(gone_objects.iter().all(|(_, on_disk)| *on_disk));
    deliver_due(&f.state, clock::now_unix())
        .await
        .expect("deliver");

    // Notices name records by id: nothing a person wrote lingers in the outbox.
    let payloads: Vec<Option<String>> = common::sql("SELECT payload FROM outbox")
        .scalars(&f.state)
        .await;
    for payload in payloads.into_iter().flatten() {
        assert!(
            !payload.contains("GONE") && !payload.contains("KEPT"),
            "{payload}"
        );
    }

    let r = delete_as(
        &f.state,
        &s,
        &format!("/api/studio/briefs/{}", gone.reference),
    )
    .await;
    assert_eq!(r.status, StatusCode::NO_CONTENT);
    let after = rows_of(&f.state, id).await;
    assert!(after.iter().all(|(_, n)| *n == 0), "{after:?}");
    assert_eq!(
        count(
            &f.state,
            "SELECT COUNT(*) FROM commission_files WHERE consultation_id NOT IN (SELECT id FROM consultations)"
        )
        .await,
        0
    );
    // Its pictures' objects are gone from the disk.
    for (key, _) in &gone_objects {
        let path = f.state.db.files().local_path(key).expect("local");
        assert!(!path.exists(), "{} left behind", path.display());
    }
    // The other brief, built the same way, keeps every row and every object.
    assert_eq!(rows_of(&f.state, kept_id).await, before);
    assert_eq!(objects_of(&f.state, kept_id).await, kept_objects);
    // The visitor's link opens nothing any more, and no mail copy is left.
    let view = visitor(&f.state, Method::GET, &gone.token, "", None).await;
    assert_eq!(view.status, StatusCode::NOT_FOUND);
    let left: Vec<String> = std::fs::read_dir(f.state.config.data_dir.join("outbox-mail"))
        .expect("mail dir")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(&gone.reference))
        .collect();
    assert_eq!(left, Vec::<String>::new());
}

#[tokio::test]
async fn the_retention_purge_takes_the_whole_commission() {
    let f = fixture_with(|c| {
        shop(c);
        c.retention_spam_days = 30;
    })
    .await;
    let s = sign_in(&f.state).await;
    let spam = send_brief(&f.state, "spam", &full_body()).await;
    everything(&f, &s, &spam, "SPAM").await;
    let id = brief_id(&f.state, &spam.reference).await;
    let r = post_as(
        &f.state,
        &s,
        &format!("/api/studio/briefs/{}/status", spam.reference),
        json!({"status": "spam"}),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(rows_of(&f.state, id).await.iter().all(|(_, n)| *n > 0));
    let objects = objects_of(&f.state, id).await;
    assert!(objects.len() >= 4 && objects.iter().all(|(_, on_disk)| *on_disk));

    let purged = retention::purge(&f.state, clock::now_unix() + 31 * 86_400)
        .await
        .expect("purge");
    assert_eq!(purged.spam, 1);
    let after = rows_of(&f.state, id).await;
    assert!(after.iter().all(|(_, n)| *n == 0), "{after:?}");
    assert_eq!(
        count(&f.state, "SELECT COUNT(*) FROM commission_files").await,
        0
    );
    for (key, _) in &objects {
        let path = f.state.db.files().local_path(key).expect("local");
        assert!(!path.exists(), "{} left behind", path.display());
    }
    assert_eq!(f.state.db.files().list().await.expect("list"), vec![]);
}

#[tokio::test]
async fn the_privacy_page_is_built_from_the_configuration_by_default() {
    let f = fixture_with(|c| {
        c.retention_spam_days = 30;
        c.retention_archived_days = 365;
        c.shop_name = "Maison <Vérel> & Fils".to_owned();
    })
    .await;
    let r = get(&f.state, "/privacy").await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.headers[header::CONTENT_TYPE], "text/html; charset=utf-8");
    let csp = r.headers[header::CONTENT_SECURITY_POLICY]
        .to_str()
        .expect("csp");
    assert!(csp.contains("default-src 'none'"), "{csp}");
    let html = String::from_utf8(r.body).expect("utf-8");
    for needle in [
        "<title>Privacy notice · Maison &lt;Vérel&gt; &amp; Fils</title>",
        "jeweler@maison.example",
        "erased 30 days after",
        "erased 365 days after",
        "download everything we hold",
        "ask for it to be erased",
        "<h2>Your rights</h2>",
    ] {
        assert!(html.contains(needle), "{needle:?} in {html}");
    }
    assert!(!html.contains("<Vérel>"));
    assert!(!html.contains("<script"));

    let old = get(&f.state, "/privacy.html").await;
    assert_eq!(old.status, StatusCode::PERMANENT_REDIRECT);
    assert_eq!(old.headers[header::LOCATION], "privacy");
}

#[tokio::test]
async fn the_privacy_page_shows_the_shops_file_escaped() {
    let dir = tempfile::tempdir().expect("dir");
    let notice = dir.path().join("privacy.md");
    std::fs::write(
        &notice,
        "# Our promise\n\nWe keep <your> data & nothing else.\nSee [our site](https://verel.example/?a=1&b=2).\n\n\
         ## Contact\n- write to dpo@verel.example\n- or call us\n\n<script>alert(1)</script>\n",
    )
    .expect("notice");
    let path = notice.clone();
    let f = fixture_with(move |c| c.privacy_notice = Some(path)).await;
    let html = String::from_utf8(get(&f.state, "/privacy").await.body).expect("utf-8");
    for needle in [
        "<h2>Our promise</h2>",
        "<p>We keep &lt;your&gt; data &amp; nothing else.<br>See our site (https://verel.example/?a=1&amp;b=2).</p>",
        "<h3>Contact</h3><ul><li>write to dpo@verel.example</li><li>or call us</li></ul>",
        "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>",
        "Maison Test",
    ] {
        assert!(html.contains(needle), "{needle:?} in {html}");
    }
    assert!(!html.contains("<script>"));
    assert!(
        !html.contains("download everything"),
        "the file replaces the built notice"
    );

    // The key in atelier.toml, or a notice that cannot be served, which stops the server at start.
    let toml = dir.path().join("atelier.toml");
    std::fs::write(
        &toml,
        format!("privacy_notice = {:?}\n", notice.display().to_string()),
    )
    .expect("config");
    let none = std::iter::empty::<(String, String)>;
    let loaded = Config::load(&toml, true, none()).expect("a readable notice");
    assert_eq!(loaded.privacy_notice, Some(notice.clone()));
    std::fs::write(&toml, "privacy_notice = \"/nonexistent/privacy.md\"\n").expect("config");
    match Config::load(&toml, true, none()) {
        Err(atelier_server::config::ConfigError::Invalid { key, .. }) => {
            assert_eq!(key, "privacy_notice")
        }
        other => panic!("expected an invalid privacy_notice, got {other:?}"),
    }
}
