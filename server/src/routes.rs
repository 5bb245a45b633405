//! The HTTP API under `/api`, one module per resource.

mod health;

use crate::error::ApiError;
use crate::AppState;
use axum::routing::get;
use axum::Router;

/// Every `/api` route. Unknown API paths answer a JSON 404, never the web app's HTML.
pub fn api() -> Router<AppState> {
    Router::new()
        .route("/health", get(health::health))
        .fallback(|| async { ApiError::NotFound })
}
