//! Booking the consultation: free slots from the jeweler's availability ([`slots`]), the
//! invitation as iCalendar ([`ics`]), and the steps both sides share to book, move or cancel
//! (the visitor's routes are in [`handlers`], the jeweler's in `studio::appointments`).
//!
//! A requested start must be one of the shop's slots (else 422). Whether it is still free is
//! decided by the database's unique indexes when the booking is written, so of two requests for
//! one slot exactly one wins and the other gets 409 `slot_taken`.

pub mod handlers;
pub mod ics;
pub mod slots;

use crate::error::ApiError;
use crate::store::booking::{self as store, Booked, Booking};
use crate::AppState;
use atelier_core::commission::{Appointment, NewBooking};
use slots::Rules;

/// The shop's checked availability, or a 409 saying the shop takes no bookings yet.
pub async fn rules(state: &AppState) -> Result<Rules, ApiError> {
    let availability = store::availability(&state.db)
        .await?
        .filter(|a| !a.weekly.is_empty())
        .ok_or(ApiError::Conflict(
            "the shop does not take bookings here yet; write to the jeweler instead",
        ))?;
    Rules::new(&availability).map_err(|e| ApiError::Internal(e.to_string()))
}

/// The host of `base_url` (no scheme, port or path), for the right-hand side of UIDs.
pub fn host_of(base_url: &str) -> String {
    let rest = base_url
        .split_once("://")
        .map_or(base_url, |(_, rest)| rest);
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host = match authority.strip_prefix('[') {
        Some(v6) => v6.split(']').next().unwrap_or_default(),
        None => authority.split(':').next().unwrap_or_default(),
    };
    if host.is_empty() {
        "atelier.invalid".to_owned()
    } else {
        host.to_ascii_lowercase()
    }
}

/// The visitor's zone as the time-zone database names it, when `name` is one of its zones; any
/// other text is dropped (the invitation falls back to UTC) rather than refusing the booking.
pub fn visitor_zone(name: Option<&str>) -> Option<String> {
    let name = name?.trim();
    if name.is_empty() || name.len() > 64 {
        return None;
    }
    let zone = jiff::tz::TimeZone::get(name).ok()?;
    Some(zone.iana_name().unwrap_or(name).to_owned())
}

/// Books `request` for the brief `consultation_id`, or moves its live appointment there, and
/// queues the invitations. The start must be one of the shop's slots on its day (422 otherwise,
/// and for a kind the shop does not offer); a slot another brief holds is 409 `slot_taken`.
pub async fn book(
    state: &AppState,
    consultation_id: i64,
    request: &NewBooking,
) -> Result<Appointment, ApiError> {
    let rules = rules(state).await?;
    if !rules.kinds().contains(&request.kind) {
        return Err(ApiError::Invalid {
            field: "kind",
            message: format!(
                "the shop does not offer a {}; choose one of the kinds offered",
                state.words.api().say(&request.kind.msg()).to_lowercase()
            ),
        });
    }
    let not_a_slot = || ApiError::Invalid {
        field: "starts_at",
        message: "this time is not one of the free slots; choose one from the list".to_owned(),
    };
    let start = request
        .starts_at
        .trim()
        .parse::<jiff::Timestamp>()
        .map_err(|_| not_a_slot())?
        .as_second();
    let now = crate::clock::now_unix();
    let day = rules.date_at(start).ok_or_else(not_a_slot)?;
    // The shop's slots that day with nothing booked: is the time a slot at all?
    let slot = rules
        .free(day, 1, now, &[])
        .into_iter()
        .find(|f| f.starts_at == start)
        .ok_or_else(not_a_slot)?;
    // Slots taken by others (a neighbour's buffer included) are refused here already; the unique
    // index settles the race between requests that both got past this read.
    let busy = store::busy(
        &state.db,
        slot.starts_at - 86_400,
        slot.ends_at + 86_400,
        Some(consultation_id),
    )
    .await?;
    if rules
        .free(day, 1, now, &busy)
        .iter()
        .all(|f| f.starts_at != start)
    {
        return Err(ApiError::SlotTaken);
    }
    let uid = format!(
        "{}@{}",
        crate::studio::token::random_token().map_err(|e| ApiError::Internal(e.to_string()))?,
        host_of(&crate::studio::revisions::base_url(state))
    );
    let booked = store::book(
        &state.db,
        Booking {
            consultation_id,
            starts_at: slot.starts_at,
            ends_at: slot.ends_at,
            kind: request.kind,
            uid,
            visitor_time_zone: visitor_zone(request.time_zone.as_deref()),
            now,
        },
    )
    .await?;
    match booked {
        Booked::SlotTaken => Err(ApiError::SlotTaken),
        Booked::Created { .. } | Booked::Moved { .. } => {
            state.outbox_wake.notify_one();
            store::current(&state.db, consultation_id)
                .await?
                .ok_or(ApiError::Internal("the booking vanished".to_owned()))
        }
    }
}

/// Cancels the brief's live appointment and queues the cancellations; 409 when none is booked.
pub async fn cancel(state: &AppState, consultation_id: i64) -> Result<i64, ApiError> {
    let id = store::cancel(&state.db, consultation_id, crate::clock::now_unix())
        .await?
        .ok_or(ApiError::Conflict("no consultation is booked"))?;
    state.outbox_wake.notify_one();
    Ok(id)
}

#[cfg(test)]
mod tests {
    use super::{host_of, visitor_zone};

    #[test]
    fn a_visitor_zone_is_kept_only_when_the_time_zone_database_knows_it() {
        assert_eq!(
            visitor_zone(Some(" America/New_York ")).as_deref(),
            Some("America/New_York")
        );
        assert_eq!(visitor_zone(Some("UTC")).as_deref(), Some("UTC"));
        for junk in [
            "",
            "Mars/Olympus_Mons",
            "+05:00",
            "../../etc/passwd",
            &"A".repeat(200),
        ] {
            assert_eq!(visitor_zone(Some(junk)), None, "{junk:?}");
        }
        assert_eq!(visitor_zone(None), None);
    }

    #[test]
    fn the_uid_host_is_the_base_url_host_alone() {
        assert_eq!(host_of("https://Shop.example/atelier"), "shop.example");
        assert_eq!(host_of("http://127.0.0.1:8080"), "127.0.0.1");
        assert_eq!(host_of("http://[::1]:8080/"), "::1");
        assert_eq!(host_of(""), "atelier.invalid");
    }
}
