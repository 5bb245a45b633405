//! SQL for booking the consultation: the shop's availability (one row of JSON per shop, in
//! `booking_settings`), the appointments, and the invitations queued with every change. Every
//! statement is the handle's shop's: another shop's appointment reads as one that does not exist,
//! and another shop's bookings never make a slot busy.
//!
//! A slot of a shop is taken at most once and a brief holds at most one live appointment because
//! of the unique indexes `appointments_one_per_slot` (on the shop and the start, so two shops may
//! book the same hour) and `appointments_one_per_brief`, not because of a check before the write:
//! [`book`] moves the brief's live appointment or inserts one, and a unique violation comes back
//! as [`Booked::SlotTaken`]. The invitations to both sides are queued in the same write, so a
//! booking is never stored without them.
//!
//! The violation is caught inside a savepoint of its own: PostgreSQL aborts the whole transaction
//! on a failed statement unless it is rolled back to a savepoint (SQLite undoes the statement
//! alone), so both engines roll back to it and end the write cleanly with nothing stored.

use crate::booking::slots::Busy;
use crate::store::engines::{commit, read, statements};
use crate::store::outbox::OutboxKind;
use crate::store::{Database, DbError, ShopId};
use atelier_core::commission::{Appointment, Availability, MeetingKind};
use serde::{Deserialize, Serialize};

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
    let settings = read!(db, |on, pool| on::availability(pool, db.shop()).await)?;
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
    commit!(
        db,
        (db.shop(), settings, crate::clock::rfc3339(now)),
        |on, conn, (shop, settings, at)| on::save_availability(conn, *shop, settings, at)
    )
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
    let row = read!(db, |on, pool| on::live(pool, db.shop(), consultation_id)
        .await)?;
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

/// The shop's live appointments overlapping `[from, to)` (Unix seconds), except the brief
/// `except_consultation`'s own (a brief moving its appointment may take a slot next to it).
pub async fn busy(
    db: &Database,
    from: i64,
    to: i64,
    except_consultation: Option<i64>,
) -> Result<Vec<Busy>, DbError> {
    let rows = read!(db, |on, pool| on::busy(
        pool,
        db.shop(),
        from,
        to,
        except_consultation
    )
    .await)?;
    Ok(rows
        .into_iter()
        .map(|(starts_at, ends_at)| Busy { starts_at, ends_at })
        .collect())
}

/// One appointment of the shop by id, whatever its state.
pub async fn row(db: &Database, appointment_id: i64) -> Result<Option<AppointmentRow>, DbError> {
    Ok(read!(db, |on, pool| on::row(
        pool,
        db.shop(),
        appointment_id
    )
    .await)?)
}

fn is_unique_violation(e: &sqlx::Error) -> bool {
    e.as_database_error()
        .is_some_and(|d| d.is_unique_violation())
}

/// Books the slot for the brief, or moves the brief's live appointment there (SEQUENCE + 1),
/// and queues both invitations. The database decides who gets a contested slot.
pub async fn book(db: &Database, booking: Booking) -> Result<Booked, DbError> {
    commit!(db, (db.shop(), booking), |on, conn, (shop, booking)| {
        on::book(conn, *shop, booking)
    })
}

/// Cancels the brief's live appointment (SEQUENCE + 1) and queues both cancellations; its id,
/// or `None` when nothing was booked.
pub async fn cancel(db: &Database, consultation_id: i64, now: i64) -> Result<Option<i64>, DbError> {
    commit!(
        db,
        (db.shop(), consultation_id, now),
        |on, conn, &(shop, id, now)| on::cancel(conn, shop, id, now)
    )
}

/// The brief's live appointment as [`current`] reads it.
type LiveRow = (i64, i64, i64, String, Option<String>);

statements! {
    uses outbox;

    /// The shop's availability as JSON, for [`super::availability`].
    pub async fn availability(pool: &Pool, shop: ShopId) -> Result<Option<String>, sqlx::Error> {
        sqlx::query_scalar("SELECT settings FROM booking_settings WHERE shop_id = $1")
            .bind(shop.get())
            .fetch_optional(pool)
            .await
    }

    /// See [`super::save_availability`]: the shop's one row, made or replaced.
    pub async fn save_availability(
        conn: &mut Conn,
        shop: ShopId,
        settings: &str,
        at: &str,
    ) -> Result<(), sqlx::Error> {
        sqlx::query(
            "INSERT INTO booking_settings (shop_id, settings, updated_at) VALUES ($1, $2, $3) \
             ON CONFLICT (shop_id) DO UPDATE SET settings = excluded.settings, \
             updated_at = excluded.updated_at",
        )
        .bind(shop.get())
        .bind(settings)
        .bind(at)
        .execute(&mut *conn)
        .await
        .map(|_| ())
    }

    /// The brief's live appointment, for [`super::current`].
    pub async fn live(
        pool: &Pool,
        shop: ShopId,
        consultation_id: i64,
    ) -> Result<Option<LiveRow>, sqlx::Error> {
        sqlx::query_as(
            "SELECT id, starts_at, ends_at, kind, visitor_time_zone FROM appointments \
             WHERE shop_id = $1 AND consultation_id = $2 AND state = 'booked'",
        )
        .bind(shop.get())
        .bind(consultation_id)
        .fetch_optional(pool)
        .await
    }

    /// See [`super::busy`]: `IS DISTINCT FROM` compares with a missing brief as SQLite's `IS NOT`
    /// did (every appointment differs from none); both engines have it.
    pub async fn busy(
        pool: &Pool,
        shop: ShopId,
        from: i64,
        to: i64,
        except_consultation: Option<i64>,
    ) -> Result<Vec<(i64, i64)>, sqlx::Error> {
        sqlx::query_as(
            "SELECT starts_at, ends_at FROM appointments WHERE shop_id = $1 AND state = 'booked' \
             AND starts_at < $2 AND ends_at > $3 AND consultation_id IS DISTINCT FROM $4 \
             ORDER BY starts_at",
        )
        .bind(shop.get())
        .bind(to)
        .bind(from)
        .bind(except_consultation)
        .fetch_all(pool)
        .await
    }

    /// See [`super::row`].
    pub async fn row(
        pool: &Pool,
        shop: ShopId,
        appointment_id: i64,
    ) -> Result<Option<AppointmentRow>, sqlx::Error> {
        sqlx::query_as(
            "SELECT id, consultation_id, starts_at, ends_at, kind, state, uid, sequence, \
             visitor_time_zone FROM appointments WHERE id = $1 AND shop_id = $2",
        )
        .bind(appointment_id)
        .bind(shop.get())
        .fetch_optional(pool)
        .await
    }

    /// Queues the invitation to both sides for the appointment's change, as `shop`'s.
    pub async fn queue_notices(
        conn: &mut Conn,
        shop: ShopId,
        consultation_id: i64,
        appointment_id: i64,
        sequence: i64,
        method: &str,
        now: i64,
    ) -> Result<(), sqlx::Error> {
        for to in [Recipient::Visitor, Recipient::Jeweler] {
            let payload = serde_json::to_value(Notice {
                appointment_id,
                sequence,
                method: method.to_owned(),
                to,
            })
            .map_err(|e| sqlx::Error::Encode(Box::new(e)))?;
            outbox::queue_notice(
                &mut *conn,
                shop,
                consultation_id,
                OutboxKind::AppointmentEmail,
                &payload,
                now,
            )
            .await?;
        }
        Ok(())
    }

    /// The statements of [`super::book`], inside the write's transaction: the appointment moved or
    /// placed inside the savepoint `booking` (a taken slot rolls back to it, and nothing is
    /// stored), then both invitations; all `shop`'s.
    pub async fn book(conn: &mut Conn, shop: ShopId, b: &Booking) -> Result<Booked, sqlx::Error> {
        let at = crate::clock::rfc3339(b.now);
        sqlx::query("SAVEPOINT booking").execute(&mut *conn).await?;
        let placed = match place(conn, shop, b, &at).await {
            Err(e) if is_unique_violation(&e) => {
                sqlx::query("ROLLBACK TO SAVEPOINT booking")
                    .execute(&mut *conn)
                    .await?;
                None
            }
            Err(e) => return Err(e),
            Ok(placed) => Some(placed),
        };
        sqlx::query("RELEASE SAVEPOINT booking")
            .execute(&mut *conn)
            .await?;
        let Some((id, sequence, outcome)) = placed else {
            return Ok(Booked::SlotTaken);
        };
        queue_notices(conn, shop, b.consultation_id, id, sequence, "REQUEST", b.now).await?;
        Ok(outcome)
    }

    /// Moves the brief's live appointment to the booking's slot, or inserts one there: its id,
    /// SEQUENCE and which it was. A slot held by another of the shop's is a unique violation, left
    /// to the caller.
    pub async fn place(
        conn: &mut Conn,
        shop: ShopId,
        b: &Booking,
        at: &str,
    ) -> Result<(i64, i64, Booked), sqlx::Error> {
        // Moving: one UPDATE, so the slot index judges the new start with the old one released.
        let moved: Option<(i64, i64)> = sqlx::query_as(
            "UPDATE appointments SET starts_at = $1, ends_at = $2, kind = $3, \
             visitor_time_zone = COALESCE($4, visitor_time_zone), \
             sequence = sequence + 1, changed_at = $5 \
             WHERE consultation_id = $6 AND shop_id = $7 AND state = 'booked' \
             RETURNING id, sequence",
        )
        .bind(b.starts_at)
        .bind(b.ends_at)
        .bind(b.kind.name())
        .bind(&b.visitor_time_zone)
        .bind(at)
        .bind(b.consultation_id)
        .bind(shop.get())
        .fetch_optional(&mut *conn)
        .await?;
        if let Some((id, sequence)) = moved {
            return Ok((id, sequence, Booked::Moved { id }));
        }
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO appointments (consultation_id, starts_at, ends_at, kind, uid, \
             visitor_time_zone, created_at, changed_at, shop_id) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
        )
        .bind(b.consultation_id)
        .bind(b.starts_at)
        .bind(b.ends_at)
        .bind(b.kind.name())
        .bind(&b.uid)
        .bind(&b.visitor_time_zone)
        .bind(at)
        .bind(at)
        .bind(shop.get())
        .fetch_one(&mut *conn)
        .await?;
        Ok((id, 0, Booked::Created { id }))
    }

    /// The statements of [`super::cancel`], inside the write's transaction.
    pub async fn cancel(
        conn: &mut Conn,
        shop: ShopId,
        consultation_id: i64,
        now: i64,
    ) -> Result<Option<i64>, sqlx::Error> {
        let cancelled: Option<(i64, i64)> = sqlx::query_as(
            "UPDATE appointments SET state = 'cancelled', sequence = sequence + 1, \
             changed_at = $1 WHERE shop_id = $2 AND consultation_id = $3 AND state = 'booked' \
             RETURNING id, sequence",
        )
        .bind(crate::clock::rfc3339(now))
        .bind(shop.get())
        .bind(consultation_id)
        .fetch_optional(&mut *conn)
        .await?;
        let Some((id, sequence)) = cancelled else {
            return Ok(None);
        };
        queue_notices(conn, shop, consultation_id, id, sequence, "CANCEL", now).await?;
        Ok(Some(id))
    }
}
