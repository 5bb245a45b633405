//! The visitor's booking routes under `/api/c/{token}`: the free slots, booking or moving the
//! consultation, and cancelling it.

use super::slots::parse_date;
use crate::commission::access::Commission;
use crate::error::ApiError;
use crate::store::booking as store;
use crate::AppState;
use atelier_core::commission::{Appointment, NewBooking, Slot, Slots};
use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::Json;
use serde_json::{json, Value};
use std::collections::HashMap;

/// Most days one request for slots covers.
pub const DAYS_MAX: u32 = 31;
/// Days covered when the request does not say.
pub const DAYS_DEFAULT: u32 = 14;

/// `GET /api/c/{token}/slots?from=YYYY-MM-DD&days=N`: the free slots from the date `from`
/// (today when absent) for `days` days (1–31), within the shop's horizon, as UTC instants (see
/// [`free_slots`]).
pub async fn slots(
    State(state): State<AppState>,
    // Only the holder of a live link sees the shop's diary.
    _link: Commission,
    Query(query): Query<HashMap<String, String>>,
) -> Result<Json<Slots>, ApiError> {
    // The brief's own appointment stays listed as taken too: moving onto it changes nothing.
    Ok(Json(free_slots(&state, &query, None).await?))
}

/// The free slots a `?from=YYYY-MM-DD&days=N` query asks for, as UTC instants. The live
/// appointment of brief `own`, if given, blocks no slot (nor its neighbours through the buffer):
/// it is the one being moved.
///
/// `from` is a day in the asker's calendar, which may run a day ahead of the shop's (a visitor in
/// Tokyo of a shop in London): a `from` before the shop's today is read as the shop's today, and
/// the `days` are counted from there, so a page that asks from its own yesterday still sees the
/// rest of the shop's today and as many days as it asked for. Slots before now plus the shop's
/// notice are never listed.
pub async fn free_slots(
    state: &AppState,
    query: &HashMap<String, String>,
    own: Option<i64>,
) -> Result<Slots, ApiError> {
    let rules = super::rules(state).await?;
    let now = crate::clock::now_unix();
    let today = rules
        .date_at(now)
        .ok_or(ApiError::Internal("the clock is out of range".to_owned()))?;
    let from = match query.get("from") {
        Some(text) => parse_date(text).ok_or(ApiError::Invalid {
            field: "from",
            message: "give the first day as YYYY-MM-DD".to_owned(),
        })?,
        None => today,
    }
    .max(today);
    let days = match query.get("days") {
        Some(text) => text
            .parse::<u32>()
            .ok()
            .filter(|d| (1..=DAYS_MAX).contains(d))
            .ok_or(ApiError::Invalid {
                field: "days",
                message: format!("ask for 1 to {DAYS_MAX} days"),
            })?,
        None => DAYS_DEFAULT,
    };
    let all = rules.free(from, days, now, &[]);
    let (Some(first), Some(last)) = (all.first(), all.last()) else {
        return Ok(Slots {
            time_zone: rules.zone_name().to_owned(),
            kinds: rules.kinds().to_vec(),
            slots: Vec::new(),
        });
    };
    let busy = store::busy(
        &state.db,
        first.starts_at - 86_400,
        last.ends_at + 86_400,
        own,
    )
    .await?;
    Ok(Slots {
        time_zone: rules.zone_name().to_owned(),
        kinds: rules.kinds().to_vec(),
        slots: rules
            .free(from, days, now, &busy)
            .into_iter()
            .map(|f| Slot {
                starts_at: crate::clock::rfc3339(f.starts_at),
                ends_at: crate::clock::rfc3339(f.ends_at),
            })
            .collect(),
    })
}

/// A booking request's JSON body, read from an object only (serde would also take an array of
/// the fields in order), or the error that says what is wrong with it.
pub fn booking_body(body: &[u8]) -> Result<NewBooking, ApiError> {
    crate::http::json::fields(body)
}

/// `POST /api/c/{token}/appointment`: books the slot, or moves the booked one there; 201 with
/// the appointment, 409 `slot_taken` when another brief holds it.
pub async fn book(
    State(state): State<AppState>,
    commission: Commission,
    body: Bytes,
) -> Result<(StatusCode, Json<Appointment>), ApiError> {
    let request = booking_body(&body)?;
    let appointment = super::book(&state, commission.id, &request).await?;
    Ok((StatusCode::CREATED, Json(appointment)))
}

/// `DELETE /api/c/{token}/appointment`: cancels the booked consultation.
pub async fn cancel(
    State(state): State<AppState>,
    commission: Commission,
) -> Result<Json<Value>, ApiError> {
    let id = super::cancel(&state, commission.id).await?;
    Ok(Json(json!({"cancelled": id})))
}
