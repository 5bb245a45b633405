//! The consultation's invitation by email, to the visitor and to the jeweler: a few words (the
//! time in the shop's zone, named; for the visitor first in the zone their browser gave when they
//! booked, or in UTC for an appointment that has none), the `text/calendar` part calendars act
//! on, and the same `.ics` as an attachment.
//!
//! The payload names the appointment and the SEQUENCE of the change; a row whose appointment has
//! changed again since is not sent (the newer change queued its own invitations), so a calendar
//! never receives an older version after a newer one.

use crate::booking::ics::{self, Invitation, Method, Person};
use crate::i18n::{DateStyle, Reader};
use crate::outbox::mail::{escape_html, header_text, html_open};
use crate::store::booking::{self as store, AppointmentRow, Notice, Recipient};
use crate::store::consultations::Consultation;
use crate::AppState;
use atelier_core::brief::Brief;
use atelier_core::commission::MeetingKind;
use atelier_core::i18n::Arg;
use lettre::message::header::ContentType;
use lettre::message::{Attachment, Mailbox, MultiPart, SinglePart};
use lettre::Message;

fn mailbox(name: &str, email: &str) -> Result<Mailbox, String> {
    let address = email
        .parse()
        .map_err(|_| format!("invalid address {:?}", header_text(email)))?;
    Ok(Mailbox::new(Some(header_text(name)), address))
}

/// `when` in `zone` as the reader reads it: "Monday, 29 March 2027, 09:00–10:00 (BST)".
fn span_in(reader: &Reader<'_>, zone: &jiff::tz::TimeZone, starts_at: i64, ends_at: i64) -> String {
    let at = |unix: i64| {
        jiff::Timestamp::from_second(unix)
            .ok()
            .map(|t| t.to_zoned_datetime(zone.clone()))
    };
    match (at(starts_at), at(ends_at)) {
        (Some(start), Some(end)) => reader.t_args(
            "email-meeting-span",
            &[
                (
                    "day",
                    Arg::Text(reader.date(start.datetime(), DateStyle::Weekday)),
                ),
                (
                    "start",
                    Arg::Text(reader.date(start.datetime(), DateStyle::Time)),
                ),
                (
                    "end",
                    Arg::Text(reader.date(end.datetime(), DateStyle::Time)),
                ),
                ("abbr", Arg::Text(start.strftime("%Z").to_string())),
            ],
        ),
        _ => crate::clock::rfc3339(starts_at),
    }
}

/// The visitor's lines saying when: the time in their own zone, then the shop's (one line when
/// the zones are the same); for an appointment whose visitor gave no zone, the shop's time
/// (`shop_when`) and then UTC.
fn visitor_when(
    reader: &Reader<'_>,
    row: &AppointmentRow,
    shop_zone: &jiff::tz::TimeZone,
    shop_zone_name: &str,
    shop_when: &str,
) -> String {
    let theirs = row
        .visitor_time_zone
        .as_deref()
        .and_then(|name| Some((name, jiff::tz::TimeZone::get(name).ok()?)));
    match theirs {
        Some((name, _)) if name == shop_zone_name => shop_when.to_owned(),
        Some((name, zone)) => {
            let span =
                |z: &jiff::tz::TimeZone| Arg::Text(span_in(reader, z, row.starts_at, row.ends_at));
            format!(
                "{}\n{}",
                reader.t_args(
                    "email-meeting-when-visitor",
                    &[("time", span(&zone)), ("zone", Arg::from(name))],
                ),
                reader.t_args(
                    "email-meeting-shop-time",
                    &[
                        ("time", span(shop_zone)),
                        ("zone", Arg::from(shop_zone_name))
                    ],
                ),
            )
        }
        None => {
            let utc = span_in(reader, &jiff::tz::TimeZone::UTC, row.starts_at, row.ends_at);
            format!(
                "{shop_when}\n{}",
                reader.t_args("email-meeting-utc", &[("time", Arg::Text(utc))])
            )
        }
    }
}

/// What happened, as the messages' selector names it.
fn news(method: Method, sequence: i64) -> &'static str {
    match (method, sequence) {
        (Method::Cancel, _) => "cancelled",
        (Method::Request, 0) => "booked",
        (Method::Request, _) => "moved",
    }
}

/// Builds the email for `notice` about `row`.
async fn message(
    state: &AppState,
    notice: &Notice,
    row: &AppointmentRow,
    c: &Consultation,
    brief: &Brief,
) -> Result<Message, String> {
    let config = &state.config;
    let method = match notice.method.as_str() {
        "CANCEL" => Method::Cancel,
        _ => Method::Request,
    };
    let zone_name = store::availability(&state.db)
        .await
        .map_err(|e| e.to_string())?
        .map_or_else(|| "UTC".to_owned(), |a| a.time_zone);
    let zone = jiff::tz::TimeZone::get(&zone_name).unwrap_or(jiff::tz::TimeZone::UTC);
    let kind = MeetingKind::parse(&row.kind).unwrap_or(MeetingKind::InShop);
    let shop = header_text(&config.shop_name);
    let visitor = header_text(brief.contact.name.trim());
    // The visitor reads their invitation in their language, the jeweler and the calendar entry
    // in the shop's.
    let reader = match notice.to {
        Recipient::Visitor => state.words.reader(&brief.locale),
        Recipient::Jeweler => state.words.shop(),
    };
    let link = match notice.to {
        Recipient::Visitor => super::visitor_link(state, c.id).await?,
        Recipient::Jeweler => Some(super::studio_link(state, &c.reference)),
    };
    let link_line = link
        .clone()
        .unwrap_or_else(|| reader.t("email-meeting-no-link"));
    let shop_time = span_in(&reader, &zone, row.starts_at, row.ends_at);
    let how = reader.say(&kind.msg());
    let args = [
        ("news", Arg::from(news(method, notice.sequence))),
        ("shop", Arg::from(shop.as_str())),
        ("name", Arg::from(visitor.as_str())),
        ("reference", Arg::from(c.reference.as_str())),
    ];
    let when = reader.t_args(
        "email-meeting-when",
        &[
            ("time", Arg::Text(shop_time)),
            ("zone", Arg::from(zone_name.as_str())),
        ],
    );
    let how_line = reader.t_args("email-meeting-how", &[("kind", Arg::from(how.as_str()))]);
    let link_arg = [("link", Arg::from(link_line.as_str()))];
    // A cancellation's attachment cancels the event in the calendar; it invites to nothing.
    let attached = reader.t_args(
        "email-meeting-attached",
        &[("news", Arg::from(news(method, notice.sequence)))],
    );
    let (subject, text) = match notice.to {
        Recipient::Visitor => (
            reader.t_args("email-meeting-subject-visitor", &args),
            format!(
                "{}\n\n{}\n\n{}\n{how_line}\n\n{}\n\n{attached}\n\n{shop}\n",
                reader.t_args("email-dear", &[("name", Arg::from(visitor.as_str()))]),
                reader.t_args("email-meeting-visitor", &args),
                visitor_when(&reader, row, &zone, &zone_name, &when),
                reader.t_args("email-meeting-page", &link_arg),
            ),
        ),
        Recipient::Jeweler => (
            reader.t_args("email-meeting-subject-jeweler", &args),
            format!(
                "{}\n\n{when}\n{how_line}\n\n{}\n\n{attached}\n",
                reader.t_args("email-meeting-jeweler", &args),
                reader.t_args("email-meeting-brief", &link_arg),
            ),
        ),
    };
    let html = format!(
        "{}<p style=\"white-space:pre-wrap\">{}</p></body></html>",
        html_open(&reader),
        escape_html(&text)
    );
    // The calendar entry is the shop's record of the meeting: in the shop's language.
    let shop_words = state.words.shop();
    let shop_how = shop_words.say(&kind.msg());
    let invitation = Invitation {
        method,
        uid: row.uid.clone(),
        sequence: notice.sequence,
        stamp: crate::clock::now_unix(),
        starts_at: row.starts_at,
        ends_at: row.ends_at,
        summary: shop_words.t_args(
            "email-meeting-summary",
            &[
                ("shop", Arg::from(shop.as_str())),
                ("reference", Arg::from(c.reference.as_str())),
            ],
        ),
        description: format!("{shop_how}. {link_line}"),
        location: match kind {
            MeetingKind::InShop => shop.clone(),
            MeetingKind::Video | MeetingKind::Phone => shop_how.clone(),
        },
        organizer: Person {
            name: shop.clone(),
            email: config.mail_from.clone(),
        },
        attendee: Person {
            name: visitor.clone(),
            email: brief.contact.email.trim().to_owned(),
        },
    };
    let calendar = ics::calendar(&invitation);
    let calendar_type = format!("text/calendar; charset=utf-8; method={}", method.name());
    let calendar_type =
        ContentType::parse(&calendar_type).map_err(|e| format!("{calendar_type}: {e}"))?;
    let ics_type =
        ContentType::parse("application/ics; charset=utf-8").map_err(|e| e.to_string())?;
    let body = MultiPart::mixed()
        .multipart(
            MultiPart::alternative()
                .singlepart(SinglePart::plain(text))
                .singlepart(SinglePart::html(html))
                .singlepart(
                    SinglePart::builder()
                        .header(calendar_type)
                        .body(calendar.clone()),
                ),
        )
        .singlepart(Attachment::new("invite.ics".to_owned()).body(calendar, ics_type));
    let builder = Message::builder()
        .from(mailbox(&config.shop_name, &config.mail_from)?)
        .subject(header_text(&subject));
    let builder = match notice.to {
        Recipient::Visitor => builder
            .to(mailbox(&brief.contact.name, &brief.contact.email)?)
            .reply_to(mailbox(&config.shop_name, &config.jeweler_email)?),
        Recipient::Jeweler => builder
            .to(mailbox(&config.shop_name, &config.jeweler_email)?)
            .reply_to(mailbox(&brief.contact.name, &brief.contact.email)?),
    };
    builder.multipart(body).map_err(|e| e.to_string())
}

/// Sends the `appointment_email` row's invitation.
pub async fn deliver(
    state: &AppState,
    payload: Option<&str>,
    c: &Consultation,
    brief: &Brief,
) -> Result<(), String> {
    let notice: Notice =
        super::payload(crate::store::outbox::OutboxKind::AppointmentEmail, payload)?;
    let row = store::row(&state.db, notice.appointment_id)
        .await
        .map_err(|e| e.to_string())?
        .ok_or_else(|| format!("appointment {} is gone", notice.appointment_id))?;
    if row.consultation_id != c.id {
        return Err(format!(
            "appointment {} is not of brief {}",
            row.id, c.reference
        ));
    }
    if row.sequence > notice.sequence {
        // Superseded: the later change's own invitation carries the current time.
        return Ok(());
    }
    let message = message(state, &notice, &row, c, brief).await?;
    let who = match notice.to {
        Recipient::Visitor => "visitor",
        Recipient::Jeweler => "jeweler",
    };
    state
        .mailer
        .send(
            message,
            &format!(
                "{}-appointment-{}-{}-{who}",
                c.reference, row.id, notice.sequence
            ),
        )
        .await
        .map_err(|e| e.to_string())
}
