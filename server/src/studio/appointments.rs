//! `POST`/`DELETE /api/studio/briefs/{reference}/appointment`: the jeweler books, moves or
//! cancels a brief's consultation, with the same slots, checks and invitations as the visitor;
//! `GET /api/studio/briefs/{reference}/slots` lists the free slots to pick from.

use super::lookup;
use super::session::Jeweler;
use crate::error::ApiError;
use crate::AppState;
use atelier_core::commission::{Appointment, Slots};
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::Json;
use serde_json::{json, Value};
use std::collections::HashMap;

/// `GET /briefs/{reference}/slots?from=YYYY-MM-DD&days=N`: the free slots as the visitor's page
/// lists them, but with this brief's own consultation counted as free, so the jeweler can move it
/// to a neighbouring slot its buffer now covers.
pub async fn slots(
    State(state): State<AppState>,
    _jeweler: Jeweler,
    Path(reference): Path<String>,
    Query(query): Query<HashMap<String, String>>,
) -> Result<Json<Slots>, ApiError> {
    let (id, _) = lookup::brief_id(&state, &reference).await?;
    Ok(Json(
        crate::booking::handlers::free_slots(&state, &query, Some(id)).await?,
    ))
}

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
