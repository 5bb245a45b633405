//! The inbox with 100,000 briefs: prints how long the first page, a deep page, a search and the
//! counts take. A measurement for the report, not a timed assertion; it asserts only the results.
//!
//! Run it with `cargo test -p atelier-server --test studio_scale -- --nocapture` to see the figures.

mod common;

use atelier_server::store::inbox::Filter;
use atelier_server::store::Engine;
use atelier_server::studio::inbox::{counts, page, parse_filter};
use common::fixture;
use std::time::Instant;

const BRIEFS: i64 = 100_000;

#[tokio::test]
async fn the_inbox_stays_fast_with_100_000_briefs() {
    let f = fixture().await;
    let db = &f.state.db;
    let started = Instant::now();
    // One statement in one transaction: minimal rows, a minute apart, every 7th one 'won'.
    // Only the time's formatting differs between the engines.
    let created_at = match db.engine() {
        Engine::Sqlite(_) => "strftime('%Y-%m-%dT%H:%M:%SZ', 1700000000 + i * 60, 'unixepoch')",
        Engine::Postgres(_) => {
            "to_char(to_timestamp(1700000000 + i * 60) AT TIME ZONE 'UTC', \
             'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')"
        }
    };
    common::sql(&format!(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $1) \
         INSERT INTO consultations (reference, created_at, brief, summary, name, email, status, \
                                    status_changed_at, idempotency_key, body_hash, response, \
                                    shop_id) \
         SELECT 'AT-' || CASE WHEN i < 100000 THEN substr(CAST(100000 + i AS TEXT), 2) \
                              ELSE CAST(i AS TEXT) END, {created_at}, \
                '{{\"occasion\":\"wedding\",\"deadline\":\"2027-01-01\"}}', 'a ring', \
                'Visitor ' || i, 'visitor' || i || '@example.com', \
                CASE WHEN i % 7 = 0 THEN 'won' ELSE 'new' END, 0, 'k' || i, 'h', '{{}}', 1 FROM n"
    ))
    .bind(BRIEFS)
    .execute(db)
    .await;
    let seeded = started.elapsed();

    let timed = |label: &'static str, start: Instant| {
        println!(
            "studio inbox, {BRIEFS} briefs: {label}: {:.2} ms",
            start.elapsed().as_secs_f64() * 1000.0
        );
    };
    println!(
        "studio inbox: seeded {BRIEFS} briefs in {:.1} s",
        seeded.as_secs_f64()
    );

    let all = Filter::default();
    let t = Instant::now();
    let (first, mut next) = page(&f.state, &all, None, 25).await.expect("page 1");
    timed("first page", t);
    assert_eq!(first.len(), 25);
    assert_eq!(first[0].reference, "AT-100000");

    // Walk to a deep page through cursors taken straight from the index: the 3,000th page.
    let deep_cursor: (String, i64) = common::sql(
        "SELECT created_at, id FROM consultations ORDER BY created_at DESC, id DESC LIMIT 1 OFFSET 74999",
    )
    .row(db)
    .await;
    let t = Instant::now();
    let (deep, _) = page(&f.state, &all, Some(deep_cursor.clone()), 25)
        .await
        .expect("deep page");
    timed("page 3,001 (keyset)", t);
    assert_eq!(deep.len(), 25);
    assert_eq!(deep[0].name, format!("Visitor {}", BRIEFS - 75_000));

    let won = parse_filter(Some("won"), None).expect("filter");
    let t = Instant::now();
    let (won_page, _) = page(&f.state, &won, Some(deep_cursor), 25)
        .await
        .expect("won page");
    timed("deep page filtered by status", t);
    assert!(won_page.iter().all(|i| i.status == "won"));

    let search = parse_filter(None, Some("visitor4242@")).expect("filter");
    let t = Instant::now();
    let (hits, _) = page(&f.state, &search, None, 25).await.expect("search");
    timed("search 'visitor4242@' (trigram index)", t);
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].email, "visitor4242@example.com");

    let broad = parse_filter(None, Some("Visitor 99")).expect("filter");
    let t = Instant::now();
    let (broad_hits, _) = page(&f.state, &broad, None, 25).await.expect("search");
    timed("search 'Visitor 99' (1,111 matches, newest 25)", t);
    assert_eq!(broad_hits.len(), 25);

    let short = parse_filter(None, Some("r7")).expect("filter");
    let t = Instant::now();
    let (short_hits, _) = page(&f.state, &short, None, 25)
        .await
        .expect("short search");
    timed("search 'r7' (2 characters: LIKE scan)", t);
    assert!(short_hits.iter().all(|h| h.email.contains("r7")));

    let t = Instant::now();
    let c = counts(&f.state).await.expect("counts");
    timed("counts per status", t);
    assert_eq!(c["all"], BRIEFS);
    assert_eq!(c["won"], BRIEFS / 7);

    // Walking ten pages from the top with the cursors the API hands out.
    let t = Instant::now();
    for _ in 0..10 {
        let cursor = next.take().expect("more pages");
        let decoded = {
            use base64::Engine;
            let text = base64::engine::general_purpose::URL_SAFE_NO_PAD
                .decode(&cursor)
                .expect("b64");
            let text = String::from_utf8(text).expect("utf-8");
            let (at, id) = text.split_once('|').expect("cursor");
            (at.to_owned(), id.parse::<i64>().expect("id"))
        };
        next = page(&f.state, &all, Some(decoded), 25)
            .await
            .expect("page")
            .1;
    }
    timed("ten further pages", t);
}
