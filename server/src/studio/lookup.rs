//! Finding a brief by its reference for the studio's per-brief routes (404 when unknown).

use crate::error::ApiError;
use crate::store::briefs;
use crate::AppState;

/// The row id and status of the brief with this reference.
pub async fn brief_id(state: &AppState, reference: &str) -> Result<(i64, String), ApiError> {
    if !crate::store::consultations::is_reference(reference) {
        return Err(ApiError::NotFound);
    }
    briefs::status_by_reference(&state.db, reference)
        .await?
        .map(|found| (found.id, found.status))
        .ok_or(ApiError::NotFound)
}
