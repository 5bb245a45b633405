//! `GET /files/{id}`: a snapshot or inspiration file, with its stored type, shown inline but never
//! sniffed or run (a sandboxing CSP keeps an uploaded SVG or HTML inert).

use super::session::Jeweler;
use crate::error::ApiError;
use crate::store::briefs;
use crate::AppState;
use axum::extract::{Path, State};
use axum::response::Response;

/// The handler.
pub async fn file(
    State(state): State<AppState>,
    _jeweler: Jeweler,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let id: i64 = id.parse().map_err(|_| ApiError::NotFound)?;
    briefs::file_bytes(&state.db, id)
        .await?
        .map(crate::commission::files::response)
        .ok_or(ApiError::NotFound)
}
