//! SQL for booking the consultation: the shop's availability (one row of JSON), the appointments,
//! and the invitations queued with every change.
//!
//! A slot is taken at most once and a brief holds at most one live appointment because of the
//! unique indexes `appointments_one_per_slot` and `appointments_one_per_brief` (migration 0005),
//! not because of a check before the write: [`book`] moves the brief's live appointment or inserts
//! one, and a unique violation comes back as [`Booked::SlotTaken`]. The invitations to both sides
//! are queued in the same write, so a booking is never stored without them.

use crate::booking::slots::Busy;
use crate::store::outbox::OutboxKind;
use crate::store::sqlite::writer::JobFuture;
use crate::store::{Database, DbError};
use atelier_core::commission::{Appointment, Availability, MeetingKind};
use serde::{Deserialize, Serialize};
use sqlx::SqliteConnection;

/// Who an invitation goes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Recipient {
    /// The person who sent the brief.
    Visitor,
    /// The shop.
    Jeweler,
}

/// The payload of an `appointment_email` outbox row: ids and numbers, nothing personal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Notice {
    /// The appointment.
    pub appointment_id: i64,
    /// Its SEQUENCE when the change was made.
    pub sequence: i64,
    /// `REQUEST` or `CANCEL`.
    pub method: String,
    /// Who gets this email.
    pub to: Recipient,
}

/// A booking to store.
#[derive(Debug, Clone)]
pub struct Booking {
    /// The brief.
    pub consultation_id: i64,
    /// Start (Unix seconds).
    pub starts_at: i64,
    /// End (Unix seconds).
    pub ends_at: i64,
    /// How it takes place.
    pub kind: MeetingKind,
    /// The iCalendar UID a new appointment gets (a moved one keeps its own).
    pub uid: String,
    /// The visitor's IANA time zone, checked; `None` keeps a moved appointment's own.
    pub visitor_time_zone: Option<String>,
    /// Now (Unix seconds).
    pub now: i64,
}

/// What became of a booking.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Booked {
    /// A new appointment.
    Created {
        /// Its id.
        id: i64,
    },
    /// The brief's live appointment moved (its SEQUENCE raised).
    Moved {
        /// Its id.
        id: i64,
    },
    /// Another appointment holds the slot.
    SlotTaken,
}

/// One appointment row, for the invitation.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct AppointmentRow {
    /// Its id.
    pub id: i64,
    /// The brief.
    pub consultation_id: i64,
    /// Start (Unix seconds).
    pub starts_at: i64,
    /// End (Unix seconds).
    pub ends_at: i64,
    /// `in_shop`, `video` or `phone`.
    pub kind: String,
    /// `booked` or `cancelled`.
    pub state: String,
    /// The iCalendar UID.
    pub uid: String,
    /// The iCalendar SEQUENCE.
    pub sequence: i64,
    /// The visitor's IANA time zone, if their browser gave one.
    pub visitor_time_zone: Option<String>,
}

/// The shop's availability, if the jeweler set it.
pub async fn availability(db: &Database) -> Result<Option<Availability>, DbError> {
    let settings: Option<String> =
        sqlx::query_scalar("SELECT settings FROM booking_availability WHERE id = 1")
            .fetch_optional(db.reader())
            .await?;
    // A row that no longer reads (a field renamed since) counts as unset rather than failing
    // every commission page.
    Ok(settings.and_then(|s| serde_json::from_str(&s).ok()))
}

/// Stores the shop's availability (already checked), replacing the previous one.
pub async fn save_availability(
    db: &Database,
    availability: &Availability,
    now: i64,
) -> Result<(), DbError> {
    let settings = serde_json::to_string(availability)
        .map_err(|e| DbError::Sqlx(sqlx::Error::Encode(Box::new(e))))?;
    db.write(
        (settings, crate::clock::rfc3339(now)),
        |conn, (settings, at)| {
            Box::pin(async move {
                sqlx::query(
                    "INSERT INTO booking_availability (id, settings, updated_at) VALUES (1, ?, ?) \
                 ON CONFLICT (id) DO UPDATE SET settings = excluded.settings, \
                 updated_at = excluded.updated_at",
                )
                .bind(settings)
                .bind(at)
                .execute(&mut *conn)
                .await
                .map(|_| ())
            })
        },
    )
    .await
}

/// Whether the shop takes bookings: availability is set with at least one opening.
pub async fn is_open(db: &Database) -> Result<bool, DbError> {
    Ok(availability(db)
        .await?
        .is_some_and(|a| !a.weekly.is_empty()))
}

/// The brief's live appointment, with the shop's time zone (UTC when availability is unset) and
/// the visitor's, if their browser said it.
pub async fn current(db: &Database, consultation_id: i64) -> Result<Option<Appointment>, DbError> {
    let row: Option<(i64, i64, i64, String, Option<String>)> = sqlx::query_as(
        "SELECT id, starts_at, ends_at, kind, visitor_time_zone FROM appointments \
         WHERE consultation_id = ? AND state = 'booked'",
    )
    .bind(consultation_id)
    .fetch_optional(db.reader())
    .await?;
    let Some((id, starts_at, ends_at, kind, visitor_time_zone)) = row else {
        return Ok(None);
    };
    let zone = availability(db)
        .await?
        .map_or_else(|| "UTC".to_owned(), |a| a.time_zone);
    Ok(Some(Appointment {
        id,
        starts_at: crate::clock::rfc3339(starts_at),
        ends_at: crate::clock::rfc3339(ends_at),
        kind: MeetingKind::parse(&kind).unwrap_or(MeetingKind::InShop),
        shop_time_zone: zone,
        visitor_time_zone,
    }))
}

/// The live appointments overlapping `[from, to)` (Unix seconds), except the brief
/// `except_consultation`'s own (a brief moving its appointment may take a slot next to it).
pub async fn busy(
    db: &Database,
    from: i64,
    to: i64,
    except_consultation: Option<i64>,
) -> Result<Vec<Busy>, DbError> {
    let rows: Vec<(i64, i64)> = sqlx::query_as(
        "SELECT starts_at, ends_at FROM appointments WHERE state = 'booked' \
         AND starts_at < ? AND ends_at > ? AND consultation_id IS NOT ? ORDER BY starts_at",
    )
    .bind(to)
    .bind(from)
    .bind(except_consultation)
    .fetch_all(db.reader())
    .await?;
    Ok(rows
        .into_iter()
        .map(|(starts_at, ends_at)| Busy { starts_at, ends_at })
        .collect())
}

/// One appointment by id, whatever its state.
pub async fn row(db: &Database, appointment_id: i64) -> Result<Option<AppointmentRow>, DbError> {
    Ok(sqlx::query_as(
        "SELECT id, consultation_id, starts_at, ends_at, kind, state, uid, sequence, \
         visitor_time_zone FROM appointments WHERE id = ?",
    )
    .bind(appointment_id)
    .fetch_optional(db.reader())
    .await?)
}

fn is_unique_violation(e: &sqlx::Error) -> bool {
    e.as_database_error()
        .is_some_and(|d| d.is_unique_violation())
}

/// Queues the invitation to both sides for the appointment's change.
async fn queue_notices(
    conn: &mut SqliteConnection,
    consultation_id: i64,
    appointment_id: i64,
    sequence: i64,
    method: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    for to in [Recipient::Visitor, Recipient::Jeweler] {
        let payload = serde_json::to_string(&Notice {
            appointment_id,
            sequence,
            method: method.to_owned(),
            to,
        })
        .map_err(|e| sqlx::Error::Encode(Box::new(e)))?;
        sqlx::query(
            "INSERT INTO outbox (consultation_id, kind, state, attempts, next_attempt_at, payload) \
             VALUES (?, ?, 'pending', 0, ?, ?)",
        )
        .bind(consultation_id)
        .bind(OutboxKind::AppointmentEmail.as_str())
        .bind(now)
        .bind(payload)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

fn book_job<'c>(conn: &'c mut SqliteConnection, b: &'c Booking) -> JobFuture<'c, Booked> {
    Box::pin(async move {
        let at = crate::clock::rfc3339(b.now);
        // Moving: one UPDATE, so the slot index judges the new start with the old one released.
        let moved: Result<Option<(i64, i64)>, sqlx::Error> = sqlx::query_as(
            "UPDATE appointments SET starts_at = ?, ends_at = ?, kind = ?, \
             visitor_time_zone = COALESCE(?, visitor_time_zone), \
             sequence = sequence + 1, changed_at = ? \
             WHERE consultation_id = ? AND state = 'booked' RETURNING id, sequence",
        )
        .bind(b.starts_at)
        .bind(b.ends_at)
        .bind(b.kind.name())
        .bind(&b.visitor_time_zone)
        .bind(&at)
        .bind(b.consultation_id)
        .fetch_optional(&mut *conn)
        .await;
        let (id, sequence, outcome) = match moved {
            Err(e) if is_unique_violation(&e) => return Ok(Booked::SlotTaken),
            Err(e) => return Err(e),
            Ok(Some((id, sequence))) => (id, sequence, Booked::Moved { id }),
            Ok(None) => {
                let inserted: Result<i64, sqlx::Error> = sqlx::query_scalar(
                    "INSERT INTO appointments (consultation_id, starts_at, ends_at, kind, uid, \
                     visitor_time_zone, created_at, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) \
                     RETURNING id",
                )
                .bind(b.consultation_id)
                .bind(b.starts_at)
                .bind(b.ends_at)
                .bind(b.kind.name())
                .bind(&b.uid)
                .bind(&b.visitor_time_zone)
                .bind(&at)
                .bind(&at)
                .fetch_one(&mut *conn)
                .await;
                match inserted {
                    Err(e) if is_unique_violation(&e) => return Ok(Booked::SlotTaken),
                    Err(e) => return Err(e),
                    Ok(id) => (id, 0, Booked::Created { id }),
                }
            }
        };
        queue_notices(conn, b.consultation_id, id, sequence, "REQUEST", b.now).await?;
        Ok(outcome)
    })
}

/// Books the slot for the brief, or moves the brief's live appointment there (SEQUENCE + 1),
/// and queues both invitations. The database decides who gets a contested slot.
pub async fn book(db: &Database, booking: Booking) -> Result<Booked, DbError> {
    db.write(booking, book_job).await
}

/// Cancels the brief's live appointment (SEQUENCE + 1) and queues both cancellations; its id,
/// or `None` when nothing was booked.
pub async fn cancel(db: &Database, consultation_id: i64, now: i64) -> Result<Option<i64>, DbError> {
    db.write((consultation_id, now), |conn, &(consultation_id, now)| {
        Box::pin(async move {
            let cancelled: Option<(i64, i64)> = sqlx::query_as(
                "UPDATE appointments SET state = 'cancelled', sequence = sequence + 1, \
                 changed_at = ? WHERE consultation_id = ? AND state = 'booked' \
                 RETURNING id, sequence",
            )
            .bind(crate::clock::rfc3339(now))
            .bind(consultation_id)
            .fetch_optional(&mut *conn)
            .await?;
            let Some((id, sequence)) = cancelled else {
                return Ok(None);
            };
            queue_notices(conn, consultation_id, id, sequence, "CANCEL", now).await?;
            Ok(Some(id))
        })
    })
    .await
}
