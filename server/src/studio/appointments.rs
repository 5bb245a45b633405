//! `POST`/`DELETE /api/studio/briefs/{reference}/appointment`: the jeweler books, moves or
//! cancels a brief's consultation, with the same slots, checks and invitations as the visitor.

use super::lookup;
use super::session::Jeweler;
use crate::error::ApiError;
use crate::AppState;
use atelier_core::commission::Appointment;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use serde_json::{json, Value};

/// Books the slot for the brief or moves its consultation there: 201 with the appointment.
pub async fn book(
    State(state): State<AppState>,
    jeweler: Jeweler,
    Path(reference): Path<String>,
    body: Bytes,
) -> Result<(StatusCode, Json<Appointment>), ApiError> {
    let (id, _) = lookup::brief_id(&state, &reference).await?;
    let request = crate::booking::handlers::booking_body(&body)?;
    let appointment = crate::booking::book(&state, id, &request).await?;
    tracing::info!(
        reference,
        by = jeweler.email,
        "consultation booked by the studio"
    );
    Ok((StatusCode::CREATED, Json(appointment)))
}

/// Cancels the brief's consultation.
pub async fn cancel(
    State(state): State<AppState>,
    jeweler: Jeweler,
    Path(reference): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let (id, _) = lookup::brief_id(&state, &reference).await?;
    let cancelled = crate::booking::cancel(&state, id).await?;
    tracing::info!(
        reference,
        by = jeweler.email,
        "consultation cancelled by the studio"
    );
    Ok(Json(json!({"cancelled": cancelled})))
}
