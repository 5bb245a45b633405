//! Bookings against the real `atelier-server` binary killed with SIGKILL: briefs book slots at
//! once (several racing for one contested slot) while the server is killed after some 201s. After a
//! restart on the same data folder, every booking that got a 201 is there at its slot, no slot is
//! held twice and no brief holds two, the contested slot went to exactly one brief, every
//! invitation queued with a booking is delivered once (a `.eml` per side with the booked
//! instant), and `PRAGMA integrity_check` is `ok` after a last SIGKILL.

mod common;
mod robust_support;

use robust_support::*;
use serde_json::{json, Value};
use std::collections::BTreeSet;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

const EMAIL: &str = "jeweler@maison.example";
const PASSWORD: &str = "a long studio password";
/// Briefs that each book their own slot.
const OWN: usize = 10;
/// Briefs racing for one slot.
const RACERS: usize = 6;

/// What one brief's client saw.
#[derive(Debug, Clone, Default)]
struct Ledger {
    /// Every answer: status and error code.
    answers: Vec<(u16, Option<String>)>,
    /// The slot of the last 201.
    confirmed: Option<String>,
    /// The slot asked for when the server died, unanswered.
    in_flight: Option<String>,
}

fn env() -> Vec<(&'static str, String)> {
    vec![
        ("ATELIER_DELIVERY_TIMEOUT_SECS", "2".to_owned()),
        (
            "ATELIER_COMMISSION_RATE_LIMIT_PER_MINUTE",
            "1000000".to_owned(),
        ),
        ("ATELIER_COMMISSION_RATE_LIMIT_BURST", "1000000".to_owned()),
    ]
}

/// What a booking came back with: its status and JSON, or `None` when the server died first.
async fn book(
    client: &reqwest::Client,
    base: &str,
    token: &str,
    slot: &str,
) -> Option<(u16, Value)> {
    let response = client
        .post(format!("{base}/api/c/{token}/appointment"))
        .json(&json!({"starts_at": slot, "kind": "video"}))
        .send()
        .await
        .ok()?;
    let status = response.status().as_u16();
    let json = response.json::<Value>().await.ok()?;
    Some((status, json))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bookings_answered_201_survive_kill_9_and_no_slot_is_held_twice() {
    if common::pg_support::skip_on_postgres(
        "the binary runs on SQLite here in either pass (PRAGMA integrity_check included)",
    ) {
        return;
    }
    let (mut rng, seed) = Rng::from_env("ATELIER_CRASH_SEED");
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("data");
    std::fs::create_dir_all(&data).expect("data");
    add_studio_user(&data, &[], EMAIL, PASSWORD);
    let server = ServerProcess::start(&data, &env());
    let client = client();
    open_bookings(&client, &server.url, EMAIL, PASSWORD).await;

    // Briefs, each with its private link from the 201.
    let mut briefs: Vec<(String, String)> = Vec::new();
    for i in 0..OWN + RACERS {
        let body = body(&format!("booking {i}"), 0, 0).to_string();
        let answer = submit(&client, &server.url, &format!("b{i}"), body.as_bytes())
            .await
            .expect("submit");
        assert_eq!(answer.status, 201, "{}", answer.json);
        let token = answer.json["commission_url"]
            .as_str()
            .and_then(|u| u.strip_prefix("/c/"))
            .expect("commission_url")
            .to_owned();
        let reference = answer.json["reference"].as_str().expect("ref").to_owned();
        briefs.push((reference, token));
    }
    let tomorrow = jiff::Timestamp::now()
        .to_zoned_datetime(jiff::tz::TimeZone::get("Europe/London").expect("zone"))
        .date()
        .tomorrow()
        .expect("date");
    let free: Vec<String> = client
        .get(format!(
            "{}/api/c/{}/slots?from={tomorrow}&days=1",
            server.url, briefs[0].1
        ))
        .send()
        .await
        .expect("slots")
        .json::<Value>()
        .await
        .expect("json")["slots"]
        .as_array()
        .expect("slots")
        .iter()
        .map(|s| s["starts_at"].as_str().expect("start").to_owned())
        .collect();
    assert_eq!(free.len(), 24);
    let contested = free[2 * OWN].clone();
    // Own brief i moves between its two slots, 2i and 2i + 1, until the server dies.
    let own_slot = |i: usize, n: usize| free[2 * i + n % 2].clone();

    // Everyone books at once; the server is killed after a random number of 201s.
    let ledgers: Arc<Mutex<Vec<Ledger>>> =
        Arc::new(Mutex::new(vec![Ledger::default(); briefs.len()]));
    let created = Arc::new(AtomicUsize::new(0));
    let mut tasks = Vec::new();
    for (i, (_, token)) in briefs.iter().enumerate() {
        let (client, base, token) = (client.clone(), server.url.clone(), token.clone());
        let slots: Vec<String> = if i < OWN {
            vec![own_slot(i, 0), own_slot(i, 1)]
        } else {
            vec![contested.clone()]
        };
        let (ledgers, created) = (Arc::clone(&ledgers), Arc::clone(&created));
        tasks.push(tokio::spawn(async move {
            for n in 0.. {
                let slot = slots[n % slots.len()].clone();
                ledgers.lock().expect("ledger")[i].in_flight = Some(slot.clone());
                let Some((status, json)) = book(&client, &base, &token, &slot).await else {
                    return;
                };
                let mut ledger = ledgers.lock().expect("ledger");
                let entry = &mut ledger[i];
                entry.in_flight = None;
                entry
                    .answers
                    .push((status, json["error"]["code"].as_str().map(str::to_owned)));
                if status == 201 {
                    entry.confirmed = Some(slot);
                    created.fetch_add(1, Ordering::Relaxed);
                }
                if slots.len() == 1 {
                    return;
                }
            }
        }));
    }
    let target = rng.range(OWN as u64, 12 * OWN as u64) as usize;
    poll(Duration::from_secs(60), "201s before the kill", || {
        let n = created.load(Ordering::Relaxed);
        async move { (n >= target).then_some(()) }
    })
    .await;
    server.kill9();
    for task in tasks {
        task.await.expect("task");
    }
    let ledgers = ledgers.lock().expect("ledger").clone();
    let moves = created.load(Ordering::Relaxed);
    let cut_short = ledgers.iter().filter(|l| l.in_flight.is_some()).count();
    for (i, ledger) in ledgers.iter().enumerate() {
        for (status, code) in &ledger.answers {
            assert!(
                *status == 201
                    || (*status == 409 && code.as_deref() == Some("slot_taken") && i >= OWN),
                "seed {seed}: brief {i}: {status} {code:?}"
            );
        }
    }

    // After the restart: each brief's booking is its last confirmed one, or the one cut short
    // by the kill (committed but not answered), never anything else.
    let server = ServerProcess::start(&data, &env());
    for (i, ledger) in ledgers.iter().enumerate() {
        let page: Value = client
            .get(format!("{}/api/c/{}", server.url, briefs[i].1))
            .send()
            .await
            .expect("page")
            .json()
            .await
            .expect("json");
        let now = page["appointment"]["starts_at"].as_str().map(str::to_owned);
        let allowed = [ledger.confirmed.clone(), ledger.in_flight.clone()];
        if i < OWN || ledger.confirmed.is_some() {
            assert!(
                now.is_some() && allowed.contains(&now)
                    || (now.is_none() && ledger.confirmed.is_none()),
                "seed {seed}: brief {i} holds {now:?}, expected one of {allowed:?}"
            );
        }
        // An own brief whose first booking was cut short books again, as the page would.
        if now.is_none() && (i < OWN || ledger.in_flight.is_some()) {
            let slot = ledger.in_flight.clone().unwrap_or_else(|| own_slot(i, 0));
            let (status, json) = book(&client, &server.url, &briefs[i].1, &slot)
                .await
                .expect("the restarted server answers");
            assert!(
                status == 201
                    || (status == 409 && json["error"]["code"] == "slot_taken" && i >= OWN),
                "seed {seed}: brief {i}: {status} {json}"
            );
        }
    }
    let db_path = data.join("atelier.db");
    {
        let pool = open_db(&db_path).await;
        outbox_drained(&pool, Duration::from_secs(90)).await;
        pool.close().await;
    }
    server.kill9();

    let pool = open_db(&db_path).await;
    assert_eq!(integrity(&pool).await, "ok", "seed {seed}");
    let booked: Vec<(i64, i64, i64, String, i64)> = sqlx::query_as(
        "SELECT a.id, a.consultation_id, a.starts_at, c.reference, a.sequence FROM appointments a \
         JOIN consultations c ON c.id = a.consultation_id WHERE a.state = 'booked'",
    )
    .fetch_all(&pool)
    .await
    .expect("appointments");
    assert_eq!(booked.len(), OWN + 1, "seed {seed}: {booked:?}");
    let slots: BTreeSet<i64> = booked.iter().map(|b| b.2).collect();
    let holders: BTreeSet<i64> = booked.iter().map(|b| b.1).collect();
    assert_eq!(slots.len(), booked.len(), "seed {seed}: a slot held twice");
    assert_eq!(
        holders.len(),
        booked.len(),
        "seed {seed}: a brief holds two"
    );
    // Every invitation was delivered once, each side's file holding the booked instant.
    let unsent: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM outbox o WHERE kind = 'appointment_email' AND (SELECT COUNT(*) \
         FROM outbox_attempts a WHERE a.outbox_id = o.id AND a.outcome = 'sent') <> 1",
    )
    .fetch_one(&pool)
    .await
    .expect("attempts");
    assert_eq!(unsent, 0, "seed {seed}");
    let (eml, temp) = mail_files(&data.join("outbox-mail"));
    assert!(temp.is_empty(), "half-written mail left behind: {temp:?}");
    for (id, _, starts_at, reference, sequence) in &booked {
        let dtstart = atelier_server::clock::rfc3339(*starts_at).replace(['-', ':'], "");
        for who in ["visitor", "jeweler"] {
            let name = format!("{reference}-appointment-{id}-{sequence}-{who}.eml");
            let path = eml
                .iter()
                .find(|p| p.file_name().is_some_and(|n| n.to_string_lossy() == name))
                .unwrap_or_else(|| panic!("seed {seed}: no {name}"));
            let raw = std::fs::read(path).expect("eml");
            let mail = mailparse::parse_mail(&raw).expect("mime");
            let text = mail
                .subparts
                .iter()
                .flat_map(|p| p.subparts.iter())
                .find(|p| p.ctype.mimetype == "text/calendar")
                .expect("calendar part")
                .get_body()
                .expect("ics");
            assert!(
                text.contains(&format!("\r\nDTSTART:{dtstart}\r\n")),
                "seed {seed}: {name}"
            );
        }
    }
    pool.close().await;
    eprintln!(
        "booking crash test (seed {seed}): killed after {moves} 201s (bookings and moves of {} \
         briefs), {cut_short} requests cut short, {} live appointments, {} emails",
        briefs.len(),
        booked.len(),
        eml.len()
    );
}
