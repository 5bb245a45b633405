//! What the user-eye test of the commission found, each met as its user meets it through the whole
//! app: a real stage photo of about a megabyte passes the studio's body limits while every other
//! studio route keeps 64 KB; the visitor's erasure comment reaches the studio; the studio lists
//! the free slots to move a consultation to, its own slot counted as free; and a visitor a day
//! ahead of the shop who asks from their own yesterday sees the rest of the shop's today.

mod common;
mod studio_common;

use atelier_server::{clock, AppState};
use axum::body::Body;
use axum::http::{header, Method, Request, StatusCode};
use common::*;
use jiff::civil::Date;
use jiff::tz::TimeZone;
use serde_json::{json, Value};
use studio_common::{get_as, sign_in, Session};

/// A baseline greyscale JPEG of `width` × `height` pixels (multiples of 8) that any decoder reads:
/// one quantisation table of ones, a DC table whose one code means "no change" and an AC table
/// with "end of block" and "a coefficient of 8 bits", and every block filled with 63 such
/// coefficients of pseudo-random value (noise, which is what makes a photo this large).
fn noise_jpeg(width: u16, height: u16, seed: u64) -> Vec<u8> {
    let mut out = vec![0xFF, 0xD8, 0xFF, 0xE0, 0, 16];
    out.extend(b"JFIF\0\x01\x01\0\0\x01\0\x01\0\0");
    out.extend([0xFF, 0xDB, 0, 67, 0]);
    out.extend([1u8; 64]);
    out.extend([0xFF, 0xC0, 0, 11, 8]);
    out.extend(height.to_be_bytes());
    out.extend(width.to_be_bytes());
    out.extend([1, 1, 0x11, 0]);
    // DC table 0: one code of two bits (00) for category 0.
    out.extend([0xFF, 0xC4, 0, 20, 0x00, 0, 1]);
    out.extend([0u8; 14]);
    out.push(0x00);
    // AC table 0: two codes of two bits, 00 end of block and 01 run 0 / size 8.
    out.extend([0xFF, 0xC4, 0, 21, 0x10, 0, 2]);
    out.extend([0u8; 14]);
    out.extend([0x00, 0x08]);
    out.extend([0xFF, 0xDA, 0, 8, 1, 1, 0x00, 0, 63, 0]);
    let mut state = seed | 1;
    let mut random_byte = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state >> 24) as u8
    };
    let (mut acc, mut bits) = (0u32, 0u32);
    let mut push = |out: &mut Vec<u8>, value: u32, count: u32| {
        acc = (acc << count) | value;
        bits += count;
        while bits >= 8 {
            let byte = (acc >> (bits - 8)) as u8;
            out.push(byte);
            if byte == 0xFF {
                out.push(0);
            }
            bits -= 8;
        }
        acc &= (1 << bits) - 1;
    };
    let blocks = usize::from(width / 8) * usize::from(height / 8);
    for _ in 0..blocks {
        push(&mut out, 0b00, 2);
        for _ in 0..63 {
            push(&mut out, 0b01, 2);
            push(&mut out, u32::from(random_byte()), 8);
        }
    }
    // Pad the last byte with ones.
    push(&mut out, 0x7F, 7);
    out.extend([0xFF, 0xD9]);
    out
}

/// A request as a browser sends it: the session's cookie and CSRF token, a JSON body and its
/// length.
async fn studio_send(
    state: &AppState,
    s: &Session,
    method: Method,
    uri: &str,
    body: String,
) -> Reply {
    let request = Request::builder()
        .method(method)
        .uri(uri)
        .header(header::COOKIE, &s.cookie)
        .header("x-csrf-token", &s.csrf)
        .header(header::CONTENT_TYPE, "application/json")
        .header(header::CONTENT_LENGTH, body.len())
        .body(Body::from(body))
        .expect("request");
    send(state, request, [127, 0, 0, 1]).await
}

/// Sends a brief as the configurator does: its reference and its private link's token.
async fn brief_with_link(state: &AppState, key: &str) -> (String, String) {
    let reply = post_json(state, key, &full_body()).await;
    let reference = created(&reply);
    let url = reply.json()["commission_url"]
        .as_str()
        .expect("commission_url")
        .to_owned();
    (
        reference,
        url.strip_prefix("/c/").expect("a /c/ link").to_owned(),
    )
}

fn stage_with_photo(photo: &[u8]) -> String {
    json!({
        "stage": "cad",
        "note": "The CAD model, rendered.",
        "photo": {"name": "cad render.jpg", "data_base64": b64(photo)},
        "notify": false,
    })
    .to_string()
}

#[tokio::test]
async fn a_real_stage_photo_of_a_megabyte_passes_while_other_studio_routes_keep_64_kb() {
    let f = fixture().await;
    let s = sign_in(&f.state).await;
    let (reference, token) = brief_with_link(&f.state, "k").await;

    for (width, height) in [(1024, 728), (1024, 832)] {
        let photo = noise_jpeg(width, height, u64::from(height));
        assert!(photo.len() > 900_000, "{} bytes", photo.len());
        let body = stage_with_photo(&photo);
        let reply = studio_send(
            &f.state,
            &s,
            Method::POST,
            &format!("/api/studio/briefs/{reference}/stages"),
            body,
        )
        .await;
        assert_eq!(
            reply.status,
            StatusCode::CREATED,
            "{} bytes: {}",
            photo.len(),
            String::from_utf8_lossy(&reply.body)
        );
        // The visitor's page shows the photo, byte for byte.
        let url = reply.json()["photo"]["url"]
            .as_str()
            .expect("photo url")
            .to_owned();
        let fetched = get(&f.state, &format!("/api/c/{token}/{url}")).await;
        assert_eq!(fetched.status, StatusCode::OK);
        assert_eq!(fetched.body.len(), photo.len());
        assert!(fetched.body == photo, "the photo came back changed");
    }
    assert_eq!(
        count(&f.state, "SELECT COUNT(*) FROM commission_stages").await,
        2
    );

    // A body over the stage's own limit is refused by its length, before it is read.
    let huge = stage_with_photo(&vec![0u8; 1300 * 1024]);
    let reply = studio_send(
        &f.state,
        &s,
        Method::POST,
        &format!("/api/studio/briefs/{reference}/stages"),
        huge,
    )
    .await;
    assert_eq!(reply.status, StatusCode::PAYLOAD_TOO_LARGE);

    // Every other studio route still takes 64 KB at most.
    let note = json!({"text": "x".repeat(70 * 1024)}).to_string();
    for uri in [
        format!("/api/studio/briefs/{reference}/notes"),
        format!("/api/studio/briefs/{reference}/messages"),
        format!("/api/studio/briefs/{reference}/proposals"),
        "/api/studio/no-such-route".to_owned(),
    ] {
        let reply = studio_send(&f.state, &s, Method::POST, &uri, note.clone()).await;
        assert_eq!(reply.status, StatusCode::PAYLOAD_TOO_LARGE, "{uri}");
        assert_eq!(reply.json()["error"]["code"], "payload_too_large", "{uri}");
    }
    assert_eq!(
        count(&f.state, "SELECT COUNT(*) FROM consultation_notes").await,
        0
    );
}

#[tokio::test]
async fn the_visitors_erasure_comment_reaches_the_studio() {
    let f = fixture().await;
    let s = sign_in(&f.state).await;
    let (reference, token) = brief_with_link(&f.state, "k").await;
    let uri = format!("/api/studio/briefs/{reference}/commission");
    let before = get_as(&f.state, &s, &uri).await.json();
    assert_eq!(before["erasure_requested_at"], Value::Null);
    assert_eq!(before["erasure_comment"], Value::Null);

    let request = Request::post(format!("/api/c/{token}/erasure"))
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(
            json!({"comment": "  We have decided against it; please erase the photos too.  "})
                .to_string(),
        ))
        .expect("request");
    let asked = send(&f.state, request, [127, 0, 0, 1]).await;
    assert_eq!(asked.status, StatusCode::ACCEPTED);
    let requested_at = asked.json()["requested_at"].clone();

    let after = get_as(&f.state, &s, &uri).await.json();
    assert_eq!(after["erasure_requested_at"], requested_at);
    assert_eq!(
        after["erasure_comment"],
        "We have decided against it; please erase the photos too."
    );

    // A request without a comment says so with null, not an empty quote.
    let (other, other_token) = brief_with_link(&f.state, "k2").await;
    let request = Request::post(format!("/api/c/{other_token}/erasure"))
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(json!({"comment": ""}).to_string()))
        .expect("request");
    assert_eq!(
        send(&f.state, request, [127, 0, 0, 1]).await.status,
        StatusCode::ACCEPTED
    );
    let quiet = get_as(
        &f.state,
        &s,
        &format!("/api/studio/briefs/{other}/commission"),
    )
    .await
    .json();
    assert!(quiet["erasure_requested_at"].is_string(), "{quiet}");
    assert_eq!(quiet["erasure_comment"], Value::Null);
}

/// Open every day 00:00–23:00 in `zone`, hour-long slots, a buffer, no notice unless given.
fn all_day(zone: &str, buffer_minutes: u32, min_notice_hours: u32) -> Value {
    json!({
        "time_zone": zone,
        "weekly": (1..=7).map(|d| json!({"weekday": d, "start": "00:00", "end": "23:00"})).collect::<Vec<_>>(),
        "slot_minutes": 60,
        "buffer_minutes": buffer_minutes,
        "kinds": ["in_shop", "video"],
        "closed_dates": [],
        "horizon_days": 60,
        "min_notice_hours": min_notice_hours,
    })
}

async fn put_availability(state: &AppState, s: &Session, body: Value) {
    let reply = studio_send(
        state,
        s,
        Method::PUT,
        "/api/studio/availability",
        body.to_string(),
    )
    .await;
    assert_eq!(
        reply.status,
        StatusCode::OK,
        "{}",
        String::from_utf8_lossy(&reply.body)
    );
}

fn starts(reply: &Reply) -> Vec<i64> {
    assert_eq!(
        reply.status,
        StatusCode::OK,
        "{}",
        String::from_utf8_lossy(&reply.body)
    );
    reply.json()["slots"]
        .as_array()
        .expect("slots")
        .iter()
        .map(|s| {
            s["starts_at"]
                .as_str()
                .expect("start")
                .parse::<jiff::Timestamp>()
                .expect("instant")
                .as_second()
        })
        .collect()
}

fn date_in(zone: &str, unix: i64) -> Date {
    jiff::Timestamp::from_second(unix)
        .expect("instant")
        .to_zoned_datetime(TimeZone::get(zone).expect("zone"))
        .date()
}

fn days_after(date: Date, n: i64) -> Date {
    date.checked_add(jiff::Span::new().days(n)).expect("date")
}

/// The hourly starts 00:00–22:00 in `zone` on the days `from`..`to` (exclusive), after `earliest`.
fn hourly(zone: &str, from: Date, to: Date, earliest: i64) -> Vec<i64> {
    let tz = TimeZone::get(zone).expect("zone");
    let mut out = Vec::new();
    let mut day = from;
    while day < to {
        for hour in 0..23 {
            let civil = tz.to_ambiguous_timestamp(day.at(hour, 0, 0, 0));
            // A start in a spring-forward gap is not offered; one in a fold is, at its first.
            if matches!(civil.offset(), jiff::tz::AmbiguousOffset::Gap { .. }) {
                continue;
            }
            let start = civil.earlier().expect("instant").as_second();
            if start >= earliest {
                out.push(start);
            }
        }
        day = day.tomorrow().expect("day");
    }
    out
}

#[tokio::test]
async fn the_studio_lists_free_slots_with_the_briefs_own_slot_free_for_it() {
    let f = fixture().await;
    let s = sign_in(&f.state).await;
    let (reference, token) = brief_with_link(&f.state, "a").await;
    let (other, other_token) = brief_with_link(&f.state, "b").await;
    put_availability(&f.state, &s, all_day("Europe/London", 60, 0)).await;
    let tomorrow = days_after(date_in("Europe/London", clock::now_unix()), 1);
    let query = format!("from={tomorrow}&days=1");

    let before = starts(
        &get_as(
            &f.state,
            &s,
            &format!("/api/studio/briefs/{reference}/slots?{query}"),
        )
        .await,
    );
    // Hour-long slots with an hour's buffer: 00:00, 02:00, … 22:00 (the last ends by 23:00).
    assert_eq!(before.len(), 12, "{before:?}");
    let booked = before[5];
    let request = Request::post(format!("/api/c/{token}/appointment"))
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(
            json!({"starts_at": clock::rfc3339(booked), "kind": "video"}).to_string(),
        ))
        .expect("request");
    let reply = send(&f.state, request, [127, 0, 0, 1]).await;
    assert_eq!(
        reply.status,
        StatusCode::CREATED,
        "{}",
        String::from_utf8_lossy(&reply.body)
    );

    // For its own brief the studio sees every slot, the booked one included.
    let own = starts(
        &get_as(
            &f.state,
            &s,
            &format!("/api/studio/briefs/{reference}/slots?{query}"),
        )
        .await,
    );
    assert_eq!(own, before);
    // For another brief it is taken, as on that visitor's page.
    let theirs = starts(
        &get_as(
            &f.state,
            &s,
            &format!("/api/studio/briefs/{other}/slots?{query}"),
        )
        .await,
    );
    let without: Vec<i64> = before.iter().copied().filter(|t| *t != booked).collect();
    assert_eq!(theirs, without);
    let page = starts(&get(&f.state, &format!("/api/c/{other_token}/slots?{query}")).await);
    assert_eq!(page, without);

    // The jeweler moves it to the next slot from the list: the visitor's old slot frees up.
    let moved = studio_send(
        &f.state,
        &s,
        Method::POST,
        &format!("/api/studio/briefs/{reference}/appointment"),
        json!({"starts_at": clock::rfc3339(before[6]), "kind": "video"}).to_string(),
    )
    .await;
    assert_eq!(
        moved.status,
        StatusCode::CREATED,
        "{}",
        String::from_utf8_lossy(&moved.body)
    );
    let page = starts(&get(&f.state, &format!("/api/c/{other_token}/slots?{query}")).await);
    assert!(
        page.contains(&booked) && !page.contains(&before[6]),
        "{page:?}"
    );

    // The jeweler's session is needed; bad queries and unknown briefs are refused in words.
    let anonymous = get(
        &f.state,
        &format!("/api/studio/briefs/{reference}/slots?{query}"),
    )
    .await;
    assert_eq!(anonymous.status, StatusCode::UNAUTHORIZED);
    for bad in ["from=tomorrow", "days=0", "days=32"] {
        let reply = get_as(
            &f.state,
            &s,
            &format!("/api/studio/briefs/{reference}/slots?{bad}"),
        )
        .await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "{bad}");
    }
    let unknown = get_as(&f.state, &s, "/api/studio/briefs/AT-ZZZZZ/slots").await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_visitor_ahead_of_the_shop_asking_from_their_yesterday_sees_the_shops_today() {
    let f = fixture().await;
    let s = sign_in(&f.state).await;
    let (_, token) = brief_with_link(&f.state, "k").await;
    put_availability(&f.state, &s, all_day("Europe/London", 0, 0)).await;

    // The visitor's page asks from the day before its own date, so that a visitor in Tokyo, often
    // on the shop's tomorrow, still sees the shop's today. When both are on the same date that day
    // is the shop's yesterday: two days asked for are still the rest of the shop's today and all
    // of its tomorrow.
    let now = clock::now_unix();
    let shop_today = date_in("Europe/London", now);
    let tokyo_yesterday = date_in("Asia/Tokyo", now).yesterday().expect("day");
    for from in [tokyo_yesterday, shop_today.yesterday().expect("day")] {
        let before = clock::now_unix();
        let reply = get(
            &f.state,
            &format!("/api/c/{token}/slots?from={from}&days=2"),
        )
        .await;
        let after = clock::now_unix();
        let got = starts(&reply);
        let expect = |now: i64| {
            let shop = date_in("Europe/London", now);
            hourly("Europe/London", shop, days_after(shop, 2), now + 1)
        };
        assert!(
            got == expect(before) || got == expect(after),
            "from {from}: {got:?}\n{:?}",
            expect(before)
        );
        assert!(
            got.iter()
                .any(|t| date_in("Europe/London", *t) == days_after(shop_today, 1)),
            "from {from}: the shop's tomorrow is missing: {got:?}"
        );
    }

    // A date further back is the shop's today; the notice is always kept.
    put_availability(&f.state, &s, all_day("Europe/London", 0, 3)).await;
    let before = clock::now_unix();
    let long_ago = days_after(date_in("Europe/London", before), -5);
    let reply = get(
        &f.state,
        &format!("/api/c/{token}/slots?from={long_ago}&days=2"),
    )
    .await;
    let after = clock::now_unix();
    let got = starts(&reply);
    let expect = |now: i64| {
        let shop = date_in("Europe/London", now);
        hourly("Europe/London", shop, days_after(shop, 2), now + 3 * 3600)
    };
    assert!(
        got == expect(before) || got == expect(after),
        "{got:?}\n{:?}",
        expect(before)
    );
    assert!(got.iter().all(|t| *t >= before + 3 * 3600), "{got:?}");
}

/// A database written before migration 0008: each brief's turn is read again from its last word,
/// and from then on a visitor who writes first shows as having replied.
#[tokio::test]
async fn migration_0008_reads_every_turn_again_from_the_last_word() {
    use sqlx::sqlite::{SqliteConnectOptions, SqlitePoolOptions};
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("atelier.db");
    let options = SqliteConnectOptions::new()
        .filename(&path)
        .create_if_missing(true)
        .foreign_keys(true);
    let pool = SqlitePoolOptions::new()
        .max_connections(1)
        .connect_with(options)
        .await
        .expect("pool");
    let mut old = sqlx::migrate!("./migrations/sqlite");
    old.migrations = std::borrow::Cow::Owned(
        old.migrations
            .iter()
            .filter(|m| m.version < 8)
            .cloned()
            .collect(),
    );
    old.run(&pool).await.expect("old schema");
    let briefs = ["AT-22222", "AT-33333", "AT-44444", "AT-55555", "AT-66666"];
    for (i, reference) in briefs.iter().enumerate() {
        sqlx::query(
            "INSERT INTO consultations (id, reference, created_at, brief, summary, name, email, status, idempotency_key, body_hash, response) \
             VALUES (?, ?, '2026-03-01T10:00:00Z', '{}', 'a ring', 'Ada Lovelace', 'ada@example.com', 'new', ?, 'h', '{}')",
        )
        .bind(i as i64 + 1)
        .bind(reference)
        .bind(format!("key-{i}"))
        .execute(&pool)
        .await
        .expect("brief");
    }
    let message = |id: i64, author: &'static str, at: &'static str, key: &'static str| {
        sqlx::query(
            "INSERT INTO commission_messages (consultation_id, author, at, text, idempotency_key, body_hash) \
             VALUES (?, ?, ?, 'words', ?, 'h')",
        )
        .bind(id)
        .bind(author)
        .bind(at)
        .bind(key)
    };
    let proposal = |id: i64, at: &'static str, key: &'static str| {
        sqlx::query(
            "INSERT INTO commission_proposals (consultation_id, at, by_email, design_code, base_code, message, idempotency_key, body_hash) \
             VALUES (?, ?, 'j@shop.example', 'x', 'y', 'In platinum?', ?, 'h')",
        )
        .bind(id)
        .bind(at)
        .bind(key)
    };
    // 1: the visitor wrote first. 2: nothing after the brief. 3: the jeweler, then the visitor.
    // 4: the visitor, then the jeweler's proposal. 5: a proposal, answered, then the jeweler.
    message(1, "visitor", "2026-03-02T09:00:00Z", "a")
        .execute(&pool)
        .await
        .expect("m");
    message(3, "jeweler", "2026-03-02T09:00:00Z", "b")
        .execute(&pool)
        .await
        .expect("m");
    message(3, "visitor", "2026-03-02T10:00:00Z", "c")
        .execute(&pool)
        .await
        .expect("m");
    message(4, "visitor", "2026-03-02T09:00:00Z", "d")
        .execute(&pool)
        .await
        .expect("m");
    proposal(4, "2026-03-02T11:00:00Z", "e")
        .execute(&pool)
        .await
        .expect("p");
    proposal(5, "2026-03-02T09:00:00Z", "f")
        .execute(&pool)
        .await
        .expect("p");
    sqlx::query(
        "UPDATE commission_proposals SET answer = 'accepted', answered_at = '2026-03-02T10:00:00Z' \
         WHERE consultation_id = 5",
    )
    .execute(&pool)
    .await
    .expect("answer");
    message(5, "jeweler", "2026-03-02T12:00:00Z", "g")
        .execute(&pool)
        .await
        .expect("m");
    let turns = |pool: sqlx::SqlitePool| async move {
        sqlx::query_scalar::<_, String>("SELECT turn FROM consultations ORDER BY id")
            .fetch_all(&pool)
            .await
            .expect("turns")
    };
    // The old triggers left the visitor who wrote first waiting as if nothing was said.
    assert_eq!(turns(pool.clone()).await[0], "awaiting_reply");
    pool.close().await;

    let db = atelier_server::Database::open(&path)
        .await
        .expect("migrated");
    let pool = db.sqlite().expect("SQLite").reader().clone();
    assert_eq!(
        turns(pool.clone()).await,
        [
            "visitor_replied",
            "awaiting_reply",
            "visitor_replied",
            "with_visitor",
            "with_visitor"
        ]
    );
    // The new triggers: a visitor's first message on a quiet brief is a reply.
    sqlx::query(
        "INSERT INTO commission_messages (consultation_id, author, at, text, idempotency_key, body_hash) \
         VALUES (2, 'visitor', '2026-03-03T09:00:00Z', 'hello', 'h1', 'h')",
    )
    .execute(db.sqlite().expect("SQLite").writer())
    .await
    .expect("message");
    assert_eq!(turns(pool.clone()).await[1], "visitor_replied");

    // The inbox's "awaiting your reply" page walks its own index (the shop's part of it) in the
    // keyset order.
    let plan: Vec<(i64, i64, i64, String)> = sqlx::query_as(
        "EXPLAIN QUERY PLAN SELECT c.id FROM consultations c WHERE c.shop_id = 1 \
         AND c.turn <> 'with_visitor' AND (c.created_at, c.id) < ('2026-03-02', 9) \
         ORDER BY c.created_at DESC, c.id DESC LIMIT 26",
    )
    .fetch_all(&pool)
    .await
    .expect("plan");
    let steps: Vec<&str> = plan.iter().map(|row| row.3.as_str()).collect();
    assert!(
        steps.iter().any(|s| s.contains("consultations_awaiting"))
            && !steps.iter().any(|s| s.contains("TEMP B-TREE")),
        "{steps:?}"
    );
}
