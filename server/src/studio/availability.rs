//! `GET`/`PUT /api/studio/availability`: when the shop takes consultations (weekly hours in its
//! time zone, slot length, buffer, kinds, closed dates, horizon, notice), checked field by field.

use super::json_body;
use super::session::Jeweler;
use crate::booking::slots::Rules;
use crate::error::ApiError;
use crate::store::booking as store;
use crate::AppState;
use atelier_core::commission::Availability;
use axum::body::Bytes;
use axum::extract::State;
use axum::Json;

/// The availability as set, or `null` before the jeweler sets it.
pub async fn show(
    State(state): State<AppState>,
    _jeweler: Jeweler,
) -> Result<Json<Option<Availability>>, ApiError> {
    Ok(Json(store::availability(&state.db).await?))
}

/// Replaces the availability; 422 names the field at fault.
pub async fn save(
    State(state): State<AppState>,
    jeweler: Jeweler,
    body: Bytes,
) -> Result<Json<Availability>, ApiError> {
    let mut availability: Availability = json_body(&body)?;
    let rules = Rules::new(&availability).map_err(|e| ApiError::Invalid {
        field: e.field,
        message: e.message,
    })?;
    availability.time_zone = rules.zone_name().to_owned();
    store::save_availability(&state.db, &availability, crate::clock::now_unix()).await?;
    tracing::info!(by = jeweler.email, "booking availability saved");
    Ok(Json(availability))
}
