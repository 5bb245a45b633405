//! `POST /deliveries/{id}/retry`: puts one of the shop's dead (or waiting) deliveries back in the
//! queue for now and wakes the outbox worker. Its attempt count and log are kept. Another shop's
//! delivery is not found, exactly like one that does not exist (`store::briefs` scopes the id to
//! the studio's shop).

use super::session::Jeweler;
use crate::clock;
use crate::error::ApiError;
use crate::store::briefs::{self, Retry};
use crate::AppState;
use axum::extract::{Path, State};
use axum::Json;
use serde_json::{json, Value};

/// The handler: the delivery's new state.
pub async fn retry(
    State(state): State<AppState>,
    jeweler: Jeweler,
    Path(id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let id: i64 = id.parse().map_err(|_| ApiError::NotFound)?;
    let now = clock::now_unix();
    match briefs::retry_delivery(&state.db, id, now).await? {
        Retry::NotFound => return Err(ApiError::NotFound),
        Retry::AlreadySent => return Err(ApiError::Conflict("this delivery was already sent")),
        Retry::Queued => {}
    }
    state.outbox_wake.notify_one();
    tracing::info!(
        delivery = id,
        by = jeweler.email,
        "delivery retried by hand"
    );
    Ok(Json(json!({
        "id": id,
        "state": "pending",
        "next_attempt_at": clock::rfc3339(now),
    })))
}
