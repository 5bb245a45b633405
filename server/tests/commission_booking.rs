//! Booking the consultation through the real router: the studio's availability and its checks,
//! free slots across daylight-saving changes (London, New York) as UTC instants, booking, moving
//! and cancelling from both sides, the invitations in both `.eml` files read back with a real
//! iCalendar parser, and twenty briefs racing for one slot.

mod common;
mod studio_common;

use atelier_server::{clock, outbox, AppState};
use axum::body::Body;
use axum::http::{header, Method, Request, StatusCode};
use common::*;
use icalendar::{Calendar, CalendarDateTime, Component, DatePerhapsTime};
use jiff::civil::{Date, Time};
use jiff::tz::TimeZone;
use mailparse::{MailHeaderMap, ParsedMail};
use serde_json::{json, Value};
use studio_common::{delete_as, get_as, post_as, sign_in, Session};

/// Open every day `start`–`end` in `zone`, hour-long slots, no buffer, a year ahead.
fn availability(zone: &str, start: &str, end: &str) -> Value {
    json!({
        "time_zone": zone,
        "weekly": (1..=7).map(|d| json!({"weekday": d, "start": start, "end": end})).collect::<Vec<_>>(),
        "slot_minutes": 60,
        "buffer_minutes": 0,
        "kinds": ["in_shop", "video"],
        "closed_dates": [],
        "horizon_days": 365,
        "min_notice_hours": 0,
    })
}

async fn put_availability(state: &AppState, s: &Session, body: Value) -> Reply {
    studio_common::call(
        state,
        Method::PUT,
        "/api/studio/availability",
        Some(s),
        Some(&s.csrf),
        Some(body),
    )
    .await
}

/// Sends a brief as the configurator does; its reference and the private link's token from the
/// 201's `commission_url` (what the confirmation screen shows the visitor).
async fn brief_with_link(state: &AppState, key: &str) -> (String, String) {
    let reply = post_json(state, key, &full_body()).await;
    let reference = created(&reply);
    let url = reply.json()["commission_url"]
        .as_str()
        .expect("commission_url")
        .to_owned();
    let token = url.strip_prefix("/c/").expect("a /c/ link").to_owned();
    (reference, token)
}

async fn visitor(state: &AppState, method: Method, uri: &str, body: Option<Value>) -> Reply {
    let mut request = Request::builder().method(method).uri(uri);
    let body = match body {
        Some(v) => {
            request = request.header(header::CONTENT_TYPE, "application/json");
            Body::from(v.to_string())
        }
        None => Body::empty(),
    };
    send(state, request.body(body).expect("request"), [127, 0, 0, 1]).await
}

async fn slots(state: &AppState, token: &str, from: Date, days: u32) -> Vec<String> {
    let reply = get(
        state,
        &format!("/api/c/{token}/slots?from={from}&days={days}"),
    )
    .await;
    assert_eq!(
        reply.status,
        200,
        "{}",
        String::from_utf8_lossy(&reply.body)
    );
    reply.json()["slots"]
        .as_array()
        .expect("slots")
        .iter()
        .map(|s| s["starts_at"].as_str().expect("start").to_owned())
        .collect()
}

async fn book(state: &AppState, token: &str, starts_at: &str) -> Reply {
    visitor(
        state,
        Method::POST,
        &format!("/api/c/{token}/appointment"),
        Some(json!({"starts_at": starts_at, "kind": "video"})),
    )
    .await
}

/// The next date, at least two days ahead, on which `zone`'s offset changes in `month`.
fn next_change(zone: &str, month: i8) -> Date {
    let tz = TimeZone::get(zone).expect("zone");
    let noon = |d: Date| {
        d.to_datetime(Time::new(12, 0, 0, 0).expect("noon"))
            .to_zoned_datetime(tz.clone())
            .expect("zoned")
            .offset()
    };
    let today = jiff::Timestamp::from_second(clock::now_unix())
        .expect("now")
        .to_zoned_datetime(tz.clone())
        .date();
    let mut day = today.tomorrow().expect("day").tomorrow().expect("day");
    for _ in 0..400 {
        let next = day.tomorrow().expect("day");
        if next.month() == month && noon(next) != noon(day) {
            return next;
        }
        day = next;
    }
    panic!("no change of offset in {zone} in month {month}");
}

fn at(date: Date, hh_mm: &str) -> String {
    format!("{date}T{hh_mm}:00Z")
}

fn days_before(date: Date, n: i64) -> Date {
    date.checked_sub(jiff::Span::new().days(n)).expect("date")
}

#[tokio::test]
async fn availability_is_checked_field_by_field_and_needs_the_session() {
    let f = fixture().await;
    let s = sign_in(&f.state).await;
    let reply = get_as(&f.state, &s, "/api/studio/availability").await;
    assert_eq!(reply.status, 200);
    assert_eq!(reply.json(), Value::Null);

    let good = availability("Europe/London", "09:00", "17:00");
    let cases: [(&str, Value, &str); 9] = [
        ("time_zone", json!("Europe/Atlantis"), "time_zone"),
        (
            "weekly",
            json!([{"weekday": 8, "start": "09:00", "end": "17:00"}]),
            "weekly",
        ),
        (
            "weekly",
            json!([{"weekday": 1, "start": "17:00", "end": "09:00"}]),
            "weekly",
        ),
        (
            "weekly",
            json!([{"weekday": 1, "start": "9am", "end": "17:00"}]),
            "weekly",
        ),
        ("slot_minutes", json!(5), "slot_minutes"),
        ("buffer_minutes", json!(300), "buffer_minutes"),
        ("kinds", json!([]), "kinds"),
        ("horizon_days", json!(366), "horizon_days"),
        ("closed_dates", json!(["2027-02-30"]), "closed_dates"),
    ];
    for (key, value, field) in cases {
        let mut body = good.clone();
        body[key] = value.clone();
        let reply = put_availability(&f.state, &s, body).await;
        assert_eq!(reply.status, 422, "{key} = {value}");
        let json = reply.json();
        assert_eq!(json["error"]["code"], "invalid");
        assert_eq!(json["error"]["fields"][0]["field"], field, "{json}");
    }
    // Nothing invalid was stored, and a state change without the CSRF token is refused.
    assert_eq!(
        count(&f.state, "SELECT COUNT(*) FROM booking_settings").await,
        0
    );
    let no_csrf = studio_common::call(
        &f.state,
        Method::PUT,
        "/api/studio/availability",
        Some(&s),
        None,
        Some(good.clone()),
    )
    .await;
    assert_eq!(no_csrf.status, 403);

    let reply = put_availability(&f.state, &s, good.clone()).await;
    assert_eq!(
        reply.status,
        200,
        "{}",
        String::from_utf8_lossy(&reply.body)
    );
    let reply = get_as(&f.state, &s, "/api/studio/availability").await;
    assert_eq!(reply.json(), good);
}

#[tokio::test]
async fn london_slots_follow_the_clocks_and_a_tokyo_visitor_gets_the_same_instants() {
    let f = fixture().await;
    let s = sign_in(&f.state).await;
    let (_, token) = brief_with_link(&f.state, "k").await;
    // Before availability is set, the shop takes no bookings.
    let closed = get(&f.state, &format!("/api/c/{token}/slots")).await;
    assert_eq!(closed.status, 409);
    let reply = put_availability(
        &f.state,
        &s,
        availability("Europe/London", "09:00", "10:00"),
    )
    .await;
    assert_eq!(reply.status, 200);

    let change = next_change("Europe/London", 3);
    assert_eq!(change.weekday(), jiff::civil::Weekday::Sunday);
    let got = slots(&f.state, &token, days_before(change, 2), 4).await;
    // 09:00 GMT is 09:00 UTC; from the last Sunday of March 09:00 BST is 08:00 UTC.
    assert_eq!(
        got,
        [
            at(days_before(change, 2), "09:00"),
            at(days_before(change, 1), "09:00"),
            at(change, "08:00"),
            at(change.tomorrow().expect("day"), "08:00"),
        ]
    );
    let reply = get(
        &f.state,
        &format!("/api/c/{token}/slots?from={change}&days=1"),
    )
    .await;
    assert_eq!(reply.json()["time_zone"], "Europe/London");
    assert_eq!(reply.json()["kinds"], json!(["in_shop", "video"]));

    // The slots are instants: a visitor in Tokyo reads 09:00 BST as 17:00 the same day.
    let tokyo = got[2]
        .parse::<jiff::Timestamp>()
        .expect("instant")
        .to_zoned_datetime(TimeZone::get("Asia/Tokyo").expect("zone"));
    assert_eq!(
        (tokyo.date(), tokyo.hour(), tokyo.minute()),
        (change, 17, 0)
    );

    for bad in ["days=32", "days=0", "from=2027-13-01", "from=tomorrow"] {
        let reply = get(&f.state, &format!("/api/c/{token}/slots?{bad}")).await;
        assert_eq!(reply.status, 422, "{bad}");
    }
    let unknown = get(&f.state, &format!("/api/c/{}/slots", "x".repeat(43))).await;
    assert_eq!(unknown.status, 404);
}

#[tokio::test]
async fn new_york_skips_the_spring_gap_and_offers_the_fall_fold_once() {
    let f = fixture().await;
    let s = sign_in(&f.state).await;
    let (_, token) = brief_with_link(&f.state, "k").await;
    let reply = put_availability(
        &f.state,
        &s,
        availability("America/New_York", "01:00", "04:00"),
    )
    .await;
    assert_eq!(reply.status, 200);

    let spring = next_change("America/New_York", 3);
    // 01:00 EST, (02:00 does not exist), 03:00 EDT.
    assert_eq!(
        slots(&f.state, &token, spring, 1).await,
        [at(spring, "06:00"), at(spring, "07:00")]
    );
    let fall = next_change("America/New_York", 11);
    // 01:00 happens twice: the first (EDT) only; then 02:00 and 03:00 EST.
    assert_eq!(
        slots(&f.state, &token, fall, 1).await,
        [at(fall, "05:00"), at(fall, "07:00"), at(fall, "08:00")]
    );
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

/// What one invitation email says, read as a mail client and a calendar would.
struct Invite {
    to: String,
    text: String,
    method_param: String,
    ics: String,
    calendar: Calendar,
    attachment: String,
}

impl Invite {
    fn property(&self, key: &str) -> String {
        self.calendar
            .property_value(key)
            .unwrap_or_default()
            .to_owned()
    }

    fn event(&self) -> &icalendar::Event {
        let events: Vec<_> = self.calendar.events().collect();
        assert_eq!(events.len(), 1);
        events[0]
    }

    fn start(&self) -> String {
        match self.event().get_start() {
            Some(DatePerhapsTime::DateTime(CalendarDateTime::Utc(t))) => {
                clock::rfc3339(t.timestamp())
            }
            other => panic!("DTSTART is not a UTC time: {other:?}"),
        }
    }
}

/// Delivers what is due and reads the appointment emails of `reference` with `sequence`.
async fn invitations(state: &AppState, reference: &str, sequence: i64) -> Vec<Invite> {
    outbox::deliver_due(state, clock::now_unix() + 1)
        .await
        .expect("deliver");
    let dir = state.config.data_dir.join("outbox-mail");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("mail folder")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|n| {
            n.starts_with(&format!("{reference}-appointment-"))
                && ["visitor", "jeweler"]
                    .iter()
                    .any(|who| n.ends_with(&format!("-{sequence}-{who}.eml")))
        })
        .collect();
    names.sort();
    names
        .iter()
        .map(|name| {
            let raw = std::fs::read(dir.join(name)).expect("eml");
            let mail = mailparse::parse_mail(&raw).expect("mime");
            let mut parts = Vec::new();
            leaves(&mail, &mut parts);
            let text = parts
                .iter()
                .find(|p| p.ctype.mimetype == "text/plain")
                .expect("text part")
                .get_body()
                .expect("text");
            let calendar_part = parts
                .iter()
                .find(|p| p.ctype.mimetype == "text/calendar")
                .expect("calendar part");
            let ics = calendar_part.get_body().expect("ics");
            let attachment = parts
                .iter()
                .find(|p| {
                    p.get_content_disposition()
                        .params
                        .get("filename")
                        .map(String::as_str)
                        == Some("invite.ics")
                })
                .expect("attachment")
                .get_body()
                .expect("attachment body");
            Invite {
                to: mail.headers.get_first_value("To").expect("To"),
                text,
                method_param: calendar_part
                    .ctype
                    .params
                    .get("method")
                    .cloned()
                    .unwrap_or_default(),
                calendar: ics.parse().expect("a calendar a real parser reads"),
                ics,
                attachment,
            }
        })
        .collect()
}

#[tokio::test]
async fn both_sides_get_invitations_that_parse_keep_their_uid_and_cancel() {
    // A London shop writes British English: 24-hour times, the day before the month.
    let f = fixture_with(|c| {
        c.public_url = Some("https://rings.example/".to_owned());
        c.language = "en-GB".to_owned();
    })
    .await;
    let s = sign_in(&f.state).await;
    let (reference, token) = brief_with_link(&f.state, "k").await;
    put_availability(
        &f.state,
        &s,
        availability("Europe/London", "09:00", "12:00"),
    )
    .await;
    let change = next_change("Europe/London", 3);
    let free = slots(&f.state, &token, change, 1).await;
    assert_eq!(
        free,
        [
            at(change, "08:00"),
            at(change, "09:00"),
            at(change, "10:00")
        ]
    );

    let reply = book(&f.state, &token, &free[0]).await;
    assert_eq!(
        reply.status,
        201,
        "{}",
        String::from_utf8_lossy(&reply.body)
    );
    let appointment = reply.json();
    assert_eq!(appointment["starts_at"], free[0]);
    assert_eq!(appointment["ends_at"], at(change, "09:00"));
    assert_eq!(appointment["shop_time_zone"], "Europe/London");
    // The booked slot is no longer offered.
    assert_eq!(slots(&f.state, &token, change, 1).await, &free[1..]);

    let first = invitations(&f.state, &reference, 0).await;
    assert_eq!(first.len(), 2);
    let tos: Vec<&str> = first.iter().map(|i| i.to.as_str()).collect();
    assert!(
        tos.iter().any(|t| t.contains("ada@example.co.uk")),
        "{tos:?}"
    );
    assert!(
        tos.iter().any(|t| t.contains("jeweler@maison.example")),
        "{tos:?}"
    );
    let uid = first[0].event().get_uid().expect("UID").to_owned();
    assert!(uid.ends_with("@rings.example"), "{uid}");
    for invite in &first {
        assert_eq!(invite.method_param, "REQUEST");
        assert_eq!(invite.property("METHOD"), "REQUEST");
        assert_eq!(invite.property("VERSION"), "2.0");
        assert_eq!(invite.start(), free[0]);
        assert_eq!(invite.event().get_sequence(), Some(0));
        assert_eq!(invite.event().get_uid(), Some(uid.as_str()));
        assert!(invite
            .event()
            .get_summary()
            .is_some_and(|s| s.contains(&reference) && s.contains("Maison Test")));
        assert_eq!(invite.attachment, invite.ics);
        // The shop's time, with its zone named: 09:00 BST in London.
        assert!(invite.text.contains("09:00–10:00 (BST)"), "{}", invite.text);
        assert!(invite.text.contains("Europe/London"), "{}", invite.text);
    }
    let to_visitor = first
        .iter()
        .find(|i| i.to.contains("ada@"))
        .expect("visitor's");
    assert!(to_visitor.text.contains("In UTC: "), "{}", to_visitor.text);
    assert!(
        to_visitor.text.contains("08:00–09:00 (UTC)"),
        "{}",
        to_visitor.text
    );
    assert!(to_visitor
        .text
        .contains(&format!("https://rings.example/c/{token}")));

    // Moving: same UID, SEQUENCE 1, the new start; still one live appointment.
    let reply = book(&f.state, &token, &free[2]).await;
    assert_eq!(
        reply.status,
        201,
        "{}",
        String::from_utf8_lossy(&reply.body)
    );
    assert_eq!(reply.json()["id"], appointment["id"]);
    assert_eq!(
        count(
            &f.state,
            "SELECT COUNT(*) FROM appointments WHERE state = 'booked'"
        )
        .await,
        1
    );
    let moved = invitations(&f.state, &reference, 1).await;
    assert_eq!(moved.len(), 2);
    for invite in &moved {
        assert_eq!(invite.event().get_uid(), Some(uid.as_str()));
        assert_eq!(invite.event().get_sequence(), Some(1));
        assert_eq!(invite.start(), free[2]);
        assert_eq!(invite.property("METHOD"), "REQUEST");
    }
    // The first slot is free again.
    assert_eq!(
        slots(&f.state, &token, change, 1).await,
        [free[0].clone(), free[1].clone()]
    );

    // Cancelling: METHOD:CANCEL, SEQUENCE 2, same UID.
    let reply = visitor(
        &f.state,
        Method::DELETE,
        &format!("/api/c/{token}/appointment"),
        None,
    )
    .await;
    assert_eq!(
        reply.status,
        200,
        "{}",
        String::from_utf8_lossy(&reply.body)
    );
    let cancelled = invitations(&f.state, &reference, 2).await;
    assert_eq!(cancelled.len(), 2);
    for invite in &cancelled {
        assert_eq!(invite.method_param, "CANCEL");
        assert_eq!(invite.property("METHOD"), "CANCEL");
        assert_eq!(invite.event().get_uid(), Some(uid.as_str()));
        assert_eq!(invite.event().get_sequence(), Some(2));
        assert_eq!(
            invite.event().get_status(),
            Some(icalendar::EventStatus::Cancelled)
        );
    }
    assert_eq!(slots(&f.state, &token, change, 1).await, free);
    let again = visitor(
        &f.state,
        Method::DELETE,
        &format!("/api/c/{token}/appointment"),
        None,
    )
    .await;
    assert_eq!(again.status, 409);
}

/// The visitor's lines saying when, as `zone` reads `starts_at` (one hour) in British English:
/// "Tuesday, 9 March 2027, 10:00–11:00 (EST)".
fn span_in(zone: &str, starts_at: &str) -> String {
    let tz = TimeZone::get(zone).expect("zone");
    let start = starts_at
        .parse::<jiff::Timestamp>()
        .expect("start")
        .to_zoned_datetime(tz);
    let end = start.checked_add(jiff::Span::new().hours(1)).expect("end");
    format!(
        "{}, {}–{} ({})",
        start.strftime("%A, %-d %B %Y"),
        start.strftime("%H:%M"),
        end.strftime("%H:%M"),
        start.strftime("%Z")
    )
}

#[tokio::test]
async fn the_visitor_reads_the_time_in_their_own_zone_first_and_the_shop_s_second() {
    let f = fixture_with(|c| c.language = "en-GB".to_owned()).await;
    let s = sign_in(&f.state).await;
    let (reference, token) = brief_with_link(&f.state, "k").await;
    put_availability(
        &f.state,
        &s,
        availability("Europe/London", "09:00", "12:00"),
    )
    .await;
    let london = TimeZone::get("Europe/London").expect("zone");
    let day = jiff::Timestamp::from_second(clock::now_unix())
        .expect("now")
        .to_zoned_datetime(london)
        .date()
        .checked_add(jiff::Span::new().days(3))
        .expect("day");
    let free = slots(&f.state, &token, day, 1).await;
    assert_eq!(free.len(), 3, "{free:?}");
    let book_in = |starts_at: String, zone: Option<&'static str>| {
        let state = f.state.clone();
        let token = token.clone();
        async move {
            let mut body = json!({"starts_at": starts_at, "kind": "video"});
            if let Some(zone) = zone {
                body["time_zone"] = json!(zone);
            }
            let reply = visitor(
                &state,
                Method::POST,
                &format!("/api/c/{token}/appointment"),
                Some(body),
            )
            .await;
            assert_eq!(
                reply.status,
                201,
                "{}",
                String::from_utf8_lossy(&reply.body)
            );
        }
    };
    let text_of = |invites: &[Invite], who: &str| {
        invites
            .iter()
            .find(|i| i.to.contains(who))
            .expect("the email")
            .text
            .replace("\r\n", "\n")
    };

    // Booked from New York: their time first, the shop's on the next line.
    book_in(free[0].clone(), Some("America/New_York")).await;
    let booked = invitations(&f.state, &reference, 0).await;
    let to_visitor = text_of(&booked, "ada@");
    let theirs = format!(
        "When: {}, your time (America/New_York).\nThe shop's time: {} (Europe/London).\n",
        span_in("America/New_York", &free[0]),
        span_in("Europe/London", &free[0])
    );
    assert!(to_visitor.contains(&theirs), "{theirs}\n---\n{to_visitor}");
    assert!(!to_visitor.contains("In UTC"), "{to_visitor}");
    // The jeweler's stays in the shop's zone alone.
    let to_jeweler = text_of(&booked, "jeweler@");
    assert!(
        to_jeweler.contains(&format!(
            "When: {}, the shop's time (Europe/London).",
            span_in("Europe/London", &free[0])
        )),
        "{to_jeweler}"
    );
    assert!(!to_jeweler.contains("America/New_York"), "{to_jeweler}");

    // Moved from Tokyo: the zone follows the visitor.
    book_in(free[1].clone(), Some("Asia/Tokyo")).await;
    let moved = text_of(&invitations(&f.state, &reference, 1).await, "ada@");
    let tokyo = format!(
        "When: {}, your time (Asia/Tokyo).",
        span_in("Asia/Tokyo", &free[1])
    );
    assert!(moved.contains(&tokyo), "{tokyo}\n---\n{moved}");

    // A move that names no zone, and a cancellation, keep the one the visitor gave.
    book_in(free[2].clone(), None).await;
    let again = text_of(&invitations(&f.state, &reference, 2).await, "ada@");
    assert!(again.contains("your time (Asia/Tokyo)"), "{again}");
    let reply = visitor(
        &f.state,
        Method::DELETE,
        &format!("/api/c/{token}/appointment"),
        None,
    )
    .await;
    assert_eq!(reply.status, 200);
    let cancelled = text_of(&invitations(&f.state, &reference, 3).await, "ada@");
    let tokyo = format!(
        "When: {}, your time (Asia/Tokyo).",
        span_in("Asia/Tokyo", &free[2])
    );
    assert!(cancelled.contains(&tokyo), "{tokyo}\n---\n{cancelled}");
    // Its attachment cancels the event; the email does not call it an invitation.
    assert!(
        cancelled.contains("The cancellation for your calendar is attached.")
            && !cancelled.contains("invitation"),
        "{cancelled}"
    );
    assert!(
        again.contains("The invitation for your calendar is attached."),
        "{again}"
    );

    // A zone that is no zone is dropped, not refused: the email falls back to UTC.
    let (reference, token) = brief_with_link(&f.state, "k2").await;
    for zone in ["Mars/Olympus_Mons", "+05:00", ""] {
        assert_eq!(
            book_naming_zone(&f.state, &token, &free[0], zone).await,
            201,
            "{zone:?}"
        );
    }
    // The first two were superseded by the moves that followed; the last is the one sent.
    let fallback = text_of(&invitations(&f.state, &reference, 2).await, "ada@");
    assert!(fallback.contains("In UTC: "), "{fallback}");
    assert!(!fallback.contains("your time"), "{fallback}");
}

/// Books (or re-books) `starts_at` for `token` naming `zone`; the status.
async fn book_naming_zone(
    state: &AppState,
    token: &str,
    starts_at: &str,
    zone: &str,
) -> StatusCode {
    visitor(
        state,
        Method::POST,
        &format!("/api/c/{token}/appointment"),
        Some(json!({"starts_at": starts_at, "kind": "video", "time_zone": zone})),
    )
    .await
    .status
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn twenty_briefs_racing_for_one_slot_get_one_201_and_nineteen_409() {
    let f = fixture().await;
    let s = sign_in(&f.state).await;
    put_availability(
        &f.state,
        &s,
        availability("Europe/London", "09:00", "12:00"),
    )
    .await;
    let mut tokens = Vec::new();
    for i in 0..20 {
        tokens.push(brief_with_link(&f.state, &format!("k{i}")).await.1);
    }
    let day = next_change("Europe/London", 3);
    let slot = slots(&f.state, &tokens[0], day, 1).await[1].clone();

    let mut racers = tokio::task::JoinSet::new();
    for token in tokens {
        let state = f.state.clone();
        let slot = slot.clone();
        racers.spawn(async move { book(&state, &token, &slot).await });
    }
    let mut statuses = Vec::new();
    while let Some(reply) = racers.join_next().await {
        let reply = reply.expect("task");
        if reply.status == StatusCode::CONFLICT {
            assert_eq!(reply.json()["error"]["code"], "slot_taken");
        }
        statuses.push(reply.status.as_u16());
    }
    statuses.sort_unstable();
    let mut expected = vec![201];
    expected.extend([409; 19]);
    assert_eq!(statuses, expected);
    assert_eq!(
        count(
            &f.state,
            "SELECT COUNT(*) FROM appointments WHERE state = 'booked'"
        )
        .await,
        1
    );
    assert_eq!(
        count(
            &f.state,
            "SELECT COUNT(*) FROM outbox WHERE kind = 'appointment_email'"
        )
        .await,
        2
    );
}

#[tokio::test]
async fn only_real_slots_and_offered_kinds_are_booked_and_the_jeweler_can_move_and_cancel() {
    let f = fixture().await;
    let s = sign_in(&f.state).await;
    let (reference, token) = brief_with_link(&f.state, "k").await;
    let (_, other) = brief_with_link(&f.state, "k2").await;
    let mut rules = availability("Europe/London", "09:00", "12:00");
    rules["kinds"] = json!(["video"]);
    put_availability(&f.state, &s, rules).await;
    let day = next_change("Europe/London", 3);
    let free = slots(&f.state, &token, day, 1).await;

    // Off the grid, outside the hours, not a time, or a kind not offered: 422.
    for (starts_at, kind, field) in [
        (at(day, "08:30"), "video", "starts_at"),
        (at(day, "20:00"), "video", "starts_at"),
        ("soon".to_owned(), "video", "starts_at"),
        (free[0].clone(), "in_shop", "kind"),
    ] {
        let reply = visitor(
            &f.state,
            Method::POST,
            &format!("/api/c/{token}/appointment"),
            Some(json!({"starts_at": starts_at, "kind": kind})),
        )
        .await;
        assert_eq!(reply.status, 422, "{starts_at} {kind}");
        assert_eq!(reply.json()["error"]["fields"][0]["field"], field);
    }
    // The same instant written with the shop's offset is the same slot.
    let local = free[0].replace("T08:00:00Z", "T09:00:00+01:00");
    let reply = book(&f.state, &token, &local).await;
    assert_eq!(
        reply.status,
        201,
        "{}",
        String::from_utf8_lossy(&reply.body)
    );
    // Another brief cannot take it.
    let reply = book(&f.state, &other, &free[0]).await;
    assert_eq!(reply.status, 409);
    assert_eq!(reply.json()["error"]["code"], "slot_taken");

    // The jeweler moves it, then cancels it.
    let uri = format!("/api/studio/briefs/{reference}/appointment");
    let reply = post_as(
        &f.state,
        &s,
        &uri,
        json!({"starts_at": free[1], "kind": "video"}),
    )
    .await;
    assert_eq!(
        reply.status,
        201,
        "{}",
        String::from_utf8_lossy(&reply.body)
    );
    assert_eq!(reply.json()["starts_at"], free[1]);
    let sequence: i64 = common::sql("SELECT sequence FROM appointments")
        .scalar(&f.state)
        .await;
    assert_eq!(sequence, 1);
    let reply = delete_as(&f.state, &s, &uri).await;
    assert_eq!(reply.status, 200);
    assert_eq!(
        count(
            &f.state,
            "SELECT COUNT(*) FROM appointments WHERE state = 'booked'"
        )
        .await,
        0
    );
    // Without a session the studio's route is closed.
    let reply = visitor(&f.state, Method::DELETE, &uri, None).await;
    assert_eq!(reply.status, 401);
}
