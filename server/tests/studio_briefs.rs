//! The studio's work on briefs: inbox, one brief, status flow with history, notes, deliveries,
//! files, erasure, export and retention. Proposals are in `commission_proposals.rs`.

mod common;
mod studio_common;

use atelier_server::outbox::deliver_due;
use atelier_server::store::briefs;
use atelier_server::studio::retention;
use atelier_server::{clock, AppState};
use axum::http::{header, StatusCode};
use common::{count, fixture, fixture_with};
use serde_json::{json, Value};
use studio_common::*;

async fn brief_id(state: &AppState, reference: &str) -> i64 {
    atelier_server::store::consultations::id_by_reference(&state.db, reference)
        .await
        .expect("db")
        .expect("stored")
}

#[tokio::test]
async fn the_inbox_pages_newest_first_filters_and_searches() {
    let f = fixture().await;
    let s = sign_in(&f.state).await;
    let mut refs = Vec::new();
    for i in 0..5 {
        refs.push(submit(&f.state, &format!("key-{i}")).await);
    }
    // Distinct times, and one visitor with another name.
    for (i, r) in refs.iter().enumerate() {
        common::sql("UPDATE consultations SET created_at = $1 WHERE reference = $2")
            .bind(format!("2026-05-0{}T10:00:00Z", i + 1))
            .bind(r)
            .execute(&f.state)
            .await;
    }
    common::sql("UPDATE consultations SET name = 'Grace Hopper', email = 'grace@navy.example' WHERE reference = $1")
        .bind(&refs[1]).execute(&f.state).await;

    let r = get_as(&f.state, &s, "/api/studio/briefs?limit=2").await;
    assert_eq!(r.status, 200);
    assert_eq!(r.headers[header::CACHE_CONTROL], "no-store");
    let page = r.json();
    let got: Vec<&str> = page["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|i| i["reference"].as_str().expect("ref"))
        .collect();
    assert_eq!(got, [refs[4].as_str(), refs[3].as_str()]);
    let first = &page["items"][0];
    assert_eq!(first["status"], "new");
    assert_eq!(first["name"], "Ada Lovelace");
    assert_eq!(first["email"], "ada@example.co.uk");
    assert_eq!(first["occasion"], "engagement");
    assert_eq!(first["deadline"], "2199-09-01");
    assert_eq!(
        first["budget"],
        json!({"min": 3000, "max": 6000, "currency": "GBP"})
    );
    assert!(first["thumbnail"]
        .as_str()
        .expect("thumb")
        .starts_with("/api/studio/files/"));
    assert!(first["summary"].as_str().expect("summary").len() > 10);
    assert_eq!(page["counts"]["new"], 5);
    assert_eq!(page["counts"]["all"], 5);
    assert_eq!(page["counts"]["won"], 0);

    let mut seen = got.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    let mut next = page["next"].as_str().map(str::to_owned);
    while let Some(cursor) = next {
        let page = get_as(
            &f.state,
            &s,
            &format!("/api/studio/briefs?limit=2&cursor={cursor}"),
        )
        .await
        .json();
        for item in page["items"].as_array().expect("items") {
            seen.push(item["reference"].as_str().expect("ref").to_owned());
        }
        next = page["next"].as_str().map(str::to_owned);
    }
    let expected: Vec<String> = refs.iter().rev().cloned().collect();
    assert_eq!(seen, expected, "every brief once, newest first");

    for (q, want) in [
        ("grace", 1),
        ("HOPPER", 1),
        ("navy.exa", 1),
        ("lovelace", 4),
        // Two letters, under the trigram's three; an `O` cannot be in a random reference, which
        // "gr" could be (AT-7GR2M), so this query finds Hopper's brief alone every time.
        ("op", 1),
        (&refs[2][..], 1),
        ("zzz", 0),
    ] {
        let page = get_as(
            &f.state,
            &s,
            &format!("/api/studio/briefs?q={}", q.replace(' ', "+")),
        )
        .await
        .json();
        assert_eq!(page["items"].as_array().map(Vec::len), Some(want), "q={q}");
    }
    briefs::set_status(
        &f.state.db,
        brief_id(&f.state, &refs[0]).await,
        "quoted",
        EMAIL,
        1,
    )
    .await
    .expect("status");
    let page = get_as(&f.state, &s, "/api/studio/briefs?status=quoted")
        .await
        .json();
    assert_eq!(page["items"].as_array().map(Vec::len), Some(1));
    assert_eq!(page["items"][0]["reference"], refs[0].as_str());
    assert_eq!(page["counts"]["quoted"], 1);
    assert_eq!(page["counts"]["new"], 4);

    for bad in [
        "status=bogus",
        "limit=0",
        "limit=101",
        "cursor=%21%21",
        "limit=many",
    ] {
        let r = get_as(&f.state, &s, &format!("/api/studio/briefs?{bad}")).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{bad}");
    }
}

#[tokio::test]
async fn one_brief_has_everything_and_its_files() {
    let f = fixture().await;
    let s = sign_in(&f.state).await;
    let reference = submit(&f.state, "k").await;
    let r = get_as(&f.state, &s, &format!("/api/studio/briefs/{reference}")).await;
    assert_eq!(r.status, 200);
    let b = r.json();
    assert_eq!(b["reference"], reference.as_str());
    assert_eq!(b["status"], "new");
    assert_eq!(b["brief"]["contact"]["name"], "Ada Lovelace");
    assert_eq!(b["brief"]["surprise"], true);
    let code = b["design_code"].as_str().expect("code");
    assert!(atelier_core::share::decode(code).is_ok());
    assert!(b["estimate"]["metal_grams"].as_f64().expect("grams") > 0.5);
    assert!(
        b["estimate"]["band"]["inner_diameter_mm"]
            .as_f64()
            .expect("mm")
            > 10.0
    );
    let weights = b["estimate"]["weights"].as_array().expect("weights");
    assert!(weights.len() >= 2);
    assert!(weights
        .iter()
        .all(|w| w["grams"].as_f64().expect("g") > 0.0));
    assert!(b["warnings"].is_array());
    let files = b["files"].as_array().expect("files");
    assert_eq!(files.len(), 3);
    assert_eq!(files[0]["kind"], "snapshot");
    assert_eq!(files[0]["label"], "three-quarter");
    assert_eq!(files[2]["kind"], "attachment");
    assert_eq!(files[2]["label"], "grandma's ring.jpg");
    assert_eq!(b["deliveries"].as_array().map(Vec::len), Some(2));
    assert_eq!(b["deliveries"][0]["state"], "pending");
    assert_eq!(b["history"], json!([]));
    assert_eq!(b["notes"], json!([]));

    let r = get_as(&f.state, &s, files[2]["url"].as_str().expect("url")).await;
    assert_eq!(r.status, 200);
    assert_eq!(r.headers[header::CONTENT_TYPE], "image/jpeg");
    assert_eq!(r.headers[header::CONTENT_DISPOSITION], "inline");
    assert_eq!(r.headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
    assert_eq!(r.body, common::jpeg());
    assert_eq!(
        get_as(&f.state, &s, "/api/studio/files/999999")
            .await
            .status,
        404
    );
    assert_eq!(
        get_as(&f.state, &s, "/api/studio/briefs/AT-22222")
            .await
            .status,
        404
    );
    assert_eq!(
        get_as(&f.state, &s, "/api/studio/briefs/nonsense")
            .await
            .status,
        404
    );
}

#[tokio::test]
async fn status_changes_are_recorded_with_who_and_when() {
    let f = fixture().await;
    let s = sign_in(&f.state).await;
    let reference = submit(&f.state, "k").await;
    let uri = format!("/api/studio/briefs/{reference}/status");
    for to in ["in_conversation", "quoted", "won"] {
        let r = post_as(&f.state, &s, &uri, json!({"status": to})).await;
        assert_eq!(r.status, 200, "{to}");
        assert_eq!(r.json()["status"], to);
    }
    let r = post_as(&f.state, &s, &uri, json!({"status": "won"})).await;
    assert_eq!(r.status, 200, "no change is not an error");
    let r = post_as(&f.state, &s, &uri, json!({"status": "answered"})).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let r = post_as(&f.state, &s, &uri, json!({"nope": 1})).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);

    let b = get_as(&f.state, &s, &format!("/api/studio/briefs/{reference}"))
        .await
        .json();
    assert_eq!(b["status"], "won");
    let history = b["history"].as_array().expect("history");
    let steps: Vec<(&str, &str)> = history
        .iter()
        .map(|h| (h["from"].as_str().expect("f"), h["to"].as_str().expect("t")))
        .collect();
    assert_eq!(
        steps,
        [
            ("new", "in_conversation"),
            ("in_conversation", "quoted"),
            ("quoted", "won")
        ]
    );
    assert!(history.iter().all(|h| h["by"] == EMAIL));
    assert!(history[0]["at"].as_str().expect("at").ends_with('Z'));
}

#[tokio::test]
async fn private_notes_are_kept_in_order_and_limited() {
    let f = fixture().await;
    let s = sign_in(&f.state).await;
    let reference = submit(&f.state, "k").await;
    let uri = format!("/api/studio/briefs/{reference}/notes");
    let r = post_as(
        &f.state,
        &s,
        &uri,
        json!({"text": "  Called her, prefers platinum.  "}),
    )
    .await;
    assert_eq!(r.status, StatusCode::CREATED);
    assert_eq!(r.json()["text"], "Called her, prefers platinum.");
    post_as(&f.state, &s, &uri, json!({"text": "<b>Quote</b> sent"})).await;
    for bad in [json!({"text": "   "}), json!({"text": "x".repeat(4001)})] {
        assert_eq!(
            post_as(&f.state, &s, &uri, bad).await.status,
            StatusCode::UNPROCESSABLE_ENTITY
        );
    }
    let b = get_as(&f.state, &s, &format!("/api/studio/briefs/{reference}"))
        .await
        .json();
    let texts: Vec<&str> = b["notes"]
        .as_array()
        .expect("notes")
        .iter()
        .map(|n| n["text"].as_str().expect("t"))
        .collect();
    assert_eq!(
        texts,
        ["Called her, prefers platinum.", "<b>Quote</b> sent"]
    );
    assert_eq!(b["notes"][0]["by"], EMAIL);
}

#[tokio::test]
async fn a_dead_delivery_can_be_retried() {
    let f = fixture().await;
    let s = sign_in(&f.state).await;
    let reference = submit(&f.state, "k").await;
    let id = brief_id(&f.state, &reference).await;
    let (dead, sent): (i64, i64) =
        common::sql("SELECT MIN(id), MAX(id) FROM outbox WHERE consultation_id = $1")
            .bind(id)
            .row(&f.state)
            .await;
    common::sql("UPDATE outbox SET state = 'dead', attempts = 10, last_error = 'smtp down', next_attempt_at = 0 WHERE id = $1")
        .bind(dead).execute(&f.state).await;
    common::sql("UPDATE outbox SET state = 'sent' WHERE id = $1")
        .bind(sent)
        .execute(&f.state)
        .await;
    let r = post_as(
        &f.state,
        &s,
        &format!("/api/studio/deliveries/{dead}/retry"),
        json!({}),
    )
    .await;
    assert_eq!(r.status, 200);
    assert_eq!(r.json()["state"], "pending");
    let (state, next): (String, i64) =
        common::sql("SELECT state, next_attempt_at FROM outbox WHERE id = $1")
            .bind(dead)
            .row(&f.state)
            .await;
    assert_eq!(state, "pending");
    assert!(next >= clock::now_unix() - 5);
    let report = deliver_due(&f.state, clock::now_unix())
        .await
        .expect("deliver");
    assert_eq!(report.sent, 1, "the retried delivery went out");
    let r = post_as(
        &f.state,
        &s,
        &format!("/api/studio/deliveries/{sent}/retry"),
        json!({}),
    )
    .await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    let r = post_as(
        &f.state,
        &s,
        "/api/studio/deliveries/424242/retry",
        json!({}),
    )
    .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
}

const TABLES: [&str; 7] = [
    "consultations",
    "consultation_files",
    "outbox",
    "outbox_attempts",
    "consultation_history",
    "consultation_notes",
    "consultations_search",
];

/// The rows of each of [`TABLES`]. SQLite's search index is a table of its own; PostgreSQL's
/// `consultations_search` is an index on `consultations` (see its migration 0003), one entry per
/// brief, so there its rows are the briefs'.
async fn rows(state: &AppState) -> Vec<i64> {
    let mut out = Vec::new();
    for t in TABLES {
        let table = match (t, common::pg_support::on_postgres()) {
            ("consultations_search", true) => "consultations",
            _ => t,
        };
        out.push(count(state, &format!("SELECT COUNT(*) FROM {table}")).await);
    }
    out
}

#[tokio::test]
async fn erasing_a_brief_removes_every_trace() {
    let f = fixture().await;
    let s = sign_in(&f.state).await;
    let keep = submit(&f.state, "keep").await;
    let reference = submit(&f.state, "erase").await;
    let before = rows(&f.state).await;
    post_as(
        &f.state,
        &s,
        &format!("/api/studio/briefs/{reference}/status"),
        json!({"status": "lost"}),
    )
    .await;
    post_as(
        &f.state,
        &s,
        &format!("/api/studio/briefs/{reference}/notes"),
        json!({"text": "asked to be forgotten"}),
    )
    .await;
    deliver_due(&f.state, clock::now_unix())
        .await
        .expect("deliver");
    let mail_dir = f.state.config.data_dir.join("outbox-mail");
    assert!(mail_dir.join(format!("{reference}-jeweler.eml")).exists());
    let during = rows(&f.state).await;
    assert!(during.iter().zip(&before).all(|(d, b)| d >= b));

    let r = delete_as(&f.state, &s, &format!("/api/studio/briefs/{reference}")).await;
    assert_eq!(r.status, StatusCode::NO_CONTENT);
    let after = rows(&f.state).await;
    // Only the kept brief's rows remain: 1 brief, 3 files, 2 deliveries with 1 attempt each.
    assert_eq!(after, [1, 3, 2, 2, 0, 0, 1], "{TABLES:?}");
    let id = brief_id(&f.state, &keep).await;
    let left: i64 =
        common::sql("SELECT COUNT(*) FROM consultation_files WHERE consultation_id <> $1")
            .bind(id)
            .scalar(&f.state)
            .await;
    assert_eq!(left, 0);
    let found = get_as(&f.state, &s, &format!("/api/studio/briefs?q={reference}"))
        .await
        .json();
    assert_eq!(found["items"], json!([]));
    let mails: Vec<String> = std::fs::read_dir(&mail_dir)
        .expect("dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        mails.iter().all(|m| !m.starts_with(&reference)),
        "{mails:?}"
    );
    assert!(mails.iter().any(|m| m.starts_with(&keep)), "{mails:?}");
    assert_eq!(
        delete_as(&f.state, &s, &format!("/api/studio/briefs/{reference}"))
            .await
            .status,
        404
    );
}

#[tokio::test]
async fn exports_are_attachments_and_csv_is_spreadsheet_safe() {
    let f = fixture().await;
    let s = sign_in(&f.state).await;
    let a = submit(&f.state, "a").await;
    let b = submit(&f.state, "b").await;
    common::sql("UPDATE consultations SET name = '=HYPERLINK(\"http://evil\",\"x\")', summary = '@SUM(1), \"quoted\"' WHERE reference = $1")
        .bind(&a).execute(&f.state).await;
    briefs::set_status(&f.state.db, brief_id(&f.state, &b).await, "won", EMAIL, 1)
        .await
        .expect("status");

    let r = get_as(&f.state, &s, "/api/studio/export.csv").await;
    assert_eq!(r.status, 200);
    assert_eq!(r.headers[header::CONTENT_TYPE], "text/csv; charset=utf-8");
    // Named after the shop and the day, so exports of several shops or days stay apart.
    let disposition = r.headers[header::CONTENT_DISPOSITION]
        .to_str()
        .expect("ASCII");
    assert!(
        disposition.starts_with("attachment; filename=\"briefs-20")
            && disposition.contains("; filename*=UTF-8''Maison%20Test%20briefs%2020")
            && disposition.ends_with(".csv"),
        "{disposition}"
    );
    let csv = String::from_utf8(r.body.clone()).expect("utf-8");
    let lines: Vec<&str> = csv.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(lines.len(), 3, "{csv}");
    assert!(lines[0].starts_with("reference,created_at,status,name,email,phone"));
    assert!(lines[1].starts_with(&format!("{a},")), "oldest first");
    assert!(
        lines[1].contains(",\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\","),
        "{}",
        lines[1]
    );
    assert!(lines[1].contains(",'+44 20 7946 0958,"), "{}", lines[1]);
    assert!(
        lines[1].ends_with(",\"'@SUM(1), \"\"quoted\"\"\""),
        "{}",
        lines[1]
    );
    assert!(
        lines[1].contains(",engagement,2199-09-01,3000,6000,GBP,"),
        "{}",
        lines[1]
    );

    let r = get_as(&f.state, &s, "/api/studio/export.json").await;
    assert!(r.headers[header::CONTENT_DISPOSITION]
        .to_str()
        .is_ok_and(|d| d.starts_with("attachment; filename=\"briefs-20") && d.ends_with(".json")));
    let all: Value = r.json();
    assert_eq!(all.as_array().map(Vec::len), Some(2));
    assert_eq!(all[1]["reference"], b.as_str());
    assert_eq!(all[1]["brief"]["contact"]["email"], "ada@example.co.uk");
    let won: Value = get_as(&f.state, &s, "/api/studio/export.json?status=won")
        .await
        .json();
    assert_eq!(won.as_array().map(Vec::len), Some(1));
    let none: Value = get_as(&f.state, &s, "/api/studio/export.json?status=spam")
        .await
        .json();
    assert_eq!(none, json!([]));
    assert_eq!(
        get_as(&f.state, &s, "/api/studio/export.csv?status=nope")
            .await
            .status,
        422
    );
}

#[tokio::test]
async fn exports_page_through_many_briefs() {
    let f = fixture().await;
    let s = sign_in(&f.state).await;
    let reference = submit(&f.state, "seed").await;
    // 450 copies: more than two export pages.
    common::sql(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 450) \
         INSERT INTO consultations (reference, created_at, brief, summary, name, email, status, idempotency_key, body_hash, response, shop_id) \
         SELECT 'AT-X' || (10000 + i), created_at, brief, summary, name, email, 'new', 'copy' || i, body_hash, response, shop_id \
         FROM consultations, n WHERE reference = $1",
    )
    .bind(&reference).execute(&f.state).await;
    let all: Value = get_as(&f.state, &s, "/api/studio/export.json").await.json();
    assert_eq!(all.as_array().map(Vec::len), Some(451));
    let csv = get_as(&f.state, &s, "/api/studio/export.csv").await.body;
    assert_eq!(
        csv.split(|b| *b == b'\n').filter(|l| !l.is_empty()).count(),
        452
    );
}

#[tokio::test]
async fn retention_purges_old_spam_and_archives_only() {
    let f = fixture_with(|c| {
        c.retention_spam_days = 30;
        c.retention_archived_days = 365;
    })
    .await;
    let spam = submit(&f.state, "spam").await;
    let archived = submit(&f.state, "archived").await;
    let fresh_spam = submit(&f.state, "fresh-spam").await;
    let open = submit(&f.state, "open").await;
    let t0 = 1_800_000_000;
    let day = 86_400;
    for (r, status, at) in [
        (&spam, "spam", t0),
        (&archived, "archived", t0),
        (&fresh_spam, "spam", t0 + 20 * day),
    ] {
        briefs::set_status(&f.state.db, brief_id(&f.state, r).await, status, EMAIL, at)
            .await
            .expect("status");
    }
    let p = retention::purge(&f.state, t0 + 29 * day)
        .await
        .expect("purge");
    assert_eq!((p.spam, p.archived), (0, 0));
    let p = retention::purge(&f.state, t0 + 30 * day)
        .await
        .expect("purge");
    assert_eq!((p.spam, p.archived), (1, 0));
    assert!(
        atelier_server::store::consultations::id_by_reference(&f.state.db, &spam)
            .await
            .expect("db")
            .is_none()
    );
    assert_eq!(
        count(&f.state, "SELECT COUNT(*) FROM consultations").await,
        3
    );
    let p = retention::purge(&f.state, t0 + 365 * day)
        .await
        .expect("purge");
    assert_eq!((p.spam, p.archived), (1, 1));
    let left: Vec<String> = common::sql("SELECT reference FROM consultations")
        .scalars(&f.state)
        .await;
    assert_eq!(left, std::slice::from_ref(&open));
    assert_eq!(
        count(&f.state, "SELECT COUNT(*) FROM consultation_files").await,
        3,
        "only the open brief's"
    );
    assert_eq!(
        count(&f.state, "SELECT COUNT(*) FROM consultation_history").await,
        0
    );

    // 0 keeps everything.
    let keep = fixture_with(|c| {
        c.retention_spam_days = 0;
        c.retention_archived_days = 0;
    })
    .await;
    let r = submit(&keep.state, "x").await;
    briefs::set_status(
        &keep.state.db,
        brief_id(&keep.state, &r).await,
        "spam",
        EMAIL,
        t0,
    )
    .await
    .expect("status");
    let p = retention::purge(&keep.state, t0 + 10_000 * day)
        .await
        .expect("purge");
    assert_eq!((p.spam, p.archived), (0, 0));
    assert_eq!(
        count(&keep.state, "SELECT COUNT(*) FROM consultations").await,
        1
    );
}

#[tokio::test]
async fn expired_and_idle_sessions_end() {
    let f = fixture().await;
    let s = sign_in(&f.state).await;
    let now = clock::now_unix();
    // Idle for longer than the idle timeout (720 minutes by default).
    common::sql("UPDATE studio_sessions SET last_seen_at = $1")
        .bind(now - 721 * 60)
        .execute(&f.state)
        .await;
    assert_eq!(get_as(&f.state, &s, "/api/studio/briefs").await.status, 401);
    let p = retention::purge(&f.state, now).await.expect("purge");
    assert_eq!(p.sessions, 1);
    let s = login(&f.state, EMAIL, PASSWORD, [127, 0, 0, 1]).await;
    assert_eq!(s.status, 200);
    common::sql("UPDATE studio_sessions SET expires_at = $1")
        .bind(now - 1)
        .execute(&f.state)
        .await;
    let session = Session {
        cookie: cookie_of(&s),
        csrf: String::new(),
    };
    assert_eq!(
        get_as(&f.state, &session, "/api/studio/briefs")
            .await
            .status,
        401
    );
}

#[tokio::test]
async fn the_jewelers_email_links_to_the_brief_in_the_studio() {
    let f = fixture_with(|c| c.public_url = Some("https://atelier.example.com".into())).await;
    let reference = submit(&f.state, "k").await;
    deliver_due(&f.state, clock::now_unix())
        .await
        .expect("deliver");
    let path = f
        .state
        .config
        .data_dir
        .join("outbox-mail")
        .join(format!("{reference}-jeweler.eml"));
    let raw = std::fs::read(path).expect("jeweler .eml");
    let mail = mailparse::parse_mail(&raw).expect("parse");
    let mut texts = Vec::new();
    let mut stack = vec![&mail];
    while let Some(part) = stack.pop() {
        if part.subparts.is_empty() {
            texts.push(part.get_body().unwrap_or_default());
        }
        stack.extend(part.subparts.iter());
    }
    let link = format!("https://atelier.example.com/studio/briefs/{reference}");
    assert!(
        texts.iter().any(|t| t.contains(&link)),
        "{link} not in the email"
    );
}
