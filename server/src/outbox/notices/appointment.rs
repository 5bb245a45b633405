//! The consultation's invitation by email, to the visitor and to the jeweler: a few words (the
//! time in the shop's zone, named, and for the visitor in UTC too), the `text/calendar` part
//! calendars act on, and the same `.ics` as an attachment.
//!
//! The payload names the appointment and the SEQUENCE of the change; a row whose appointment has
//! changed again since is not sent (the newer change queued its own invitations), so a calendar
//! never receives an older version after a newer one.

use crate::booking::ics::{self, Invitation, Method, Person};
use crate::outbox::mail::{escape_html, header_text};
use crate::store::booking::{self as store, AppointmentRow, Notice, Recipient};
use crate::store::Consultation;
use crate::AppState;
use atelier_core::brief::Brief;
use atelier_core::commission::MeetingKind;
use lettre::message::header::ContentType;
use lettre::message::{Attachment, Mailbox, MultiPart, SinglePart};
use lettre::Message;

fn mailbox(name: &str, email: &str) -> Result<Mailbox, String> {
    let address = email
        .parse()
        .map_err(|_| format!("invalid address {:?}", header_text(email)))?;
    Ok(Mailbox::new(Some(header_text(name)), address))
}

/// `when` in `zone` as people read it: "Monday 29 March 2027, 09:00–10:00".
fn span_in(zone: &jiff::tz::TimeZone, starts_at: i64, ends_at: i64) -> String {
    let at = |unix: i64| {
        jiff::Timestamp::from_second(unix)
            .ok()
            .map(|t| t.to_zoned_datetime(zone.clone()))
    };
    match (at(starts_at), at(ends_at)) {
        (Some(start), Some(end)) => format!(
            "{}–{} ({})",
            start.strftime("%A %-d %B %Y, %H:%M"),
            end.strftime("%H:%M"),
            start.strftime("%Z")
        ),
        _ => crate::clock::rfc3339(starts_at),
    }
}

/// What happened, as the email's first sentence says it.
fn news(method: Method, sequence: i64) -> &'static str {
    match (method, sequence) {
        (Method::Cancel, _) => "is cancelled",
        (Method::Request, 0) => "is booked",
        (Method::Request, _) => "has moved",
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
    let link = match notice.to {
        Recipient::Visitor => super::visitor_link(state, c.id).await?,
        Recipient::Jeweler => Some(super::studio_link(state, &c.reference)),
    };
    let link_line = link.clone().unwrap_or_else(|| {
        "(your commission page's link is no longer active: ask the jeweler for a new link)"
            .to_owned()
    });
    let shop_time = span_in(&zone, row.starts_at, row.ends_at);
    let utc_time = span_in(&jiff::tz::TimeZone::UTC, row.starts_at, row.ends_at);
    let what = news(method, notice.sequence);
    let (subject, mut text) = match notice.to {
        Recipient::Visitor => (
            format!("Your consultation with {shop} {what} ({})", c.reference),
            format!(
                "Dear {visitor},\n\nYour consultation with {shop} for {} {what}.\n\n\
                 When: {shop_time}, the shop's time ({zone_name}).\n\
                 In UTC: {utc_time}.\nHow: {}.\n\n",
                c.reference,
                kind.label()
            ),
        ),
        Recipient::Jeweler => (
            format!("Consultation {what}: {} with {visitor}", c.reference),
            format!(
                "The consultation with {visitor} for {} {what}.\n\n\
                 When: {shop_time}, the shop's time ({zone_name}).\nHow: {}.\n\n",
                c.reference,
                kind.label()
            ),
        ),
    };
    match notice.to {
        Recipient::Visitor => text.push_str(&format!(
            "Your commission page: {link_line}\n\nThe invitation for your calendar is attached.\n\n{shop}\n"
        )),
        Recipient::Jeweler => text.push_str(&format!(
            "The brief: {link_line}\n\nThe invitation for your calendar is attached.\n"
        )),
    }
    let html = format!(
        "<!DOCTYPE html><html><body style=\"font-family:sans-serif\"><p style=\"white-space:pre-wrap\">{}</p></body></html>",
        escape_html(&text)
    );
    let invitation = Invitation {
        method,
        uid: row.uid.clone(),
        sequence: notice.sequence,
        stamp: crate::clock::now_unix(),
        starts_at: row.starts_at,
        ends_at: row.ends_at,
        summary: format!("Consultation with {shop} — {}", c.reference),
        description: format!("{}. {link_line}", kind.label()),
        location: match kind {
            MeetingKind::InShop => shop.clone(),
            MeetingKind::Video | MeetingKind::Phone => kind.label().to_owned(),
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
    let notice: Notice = super::payload(crate::store::OutboxKind::AppointmentEmail, payload)?;
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
