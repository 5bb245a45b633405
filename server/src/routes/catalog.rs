//! `GET /api/catalog`: the catalog the configurator offers (core's, or the jeweler's override).

use crate::AppState;
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};

/// The catalog as JSON, exactly as core serialises it.
pub async fn catalog(State(state): State<AppState>) -> Response {
    (
        [
            (header::CONTENT_TYPE, "application/json"),
            (header::CACHE_CONTROL, "no-cache"),
        ],
        state.catalog_json.to_string(),
    )
        .into_response()
}
