//! Finding a brief by its reference for the studio's per-brief routes (404 when unknown).

use crate::db::DbError;
use crate::error::ApiError;
use crate::AppState;

/// The row id and status of the brief with this reference.
pub async fn brief_id(state: &AppState, reference: &str) -> Result<(i64, String), ApiError> {
    if !crate::store::is_reference(reference) {
        return Err(ApiError::NotFound);
    }
    let row: Option<(i64, String)> =
        sqlx::query_as("SELECT id, status FROM consultations WHERE reference = ?")
            .bind(reference)
            .fetch_optional(state.db.reader())
            .await
            .map_err(DbError::from)?;
    row.ok_or(ApiError::NotFound)
}
