//! The HTTP API under `/api`, one module per resource.

mod catalog;
pub(crate) mod consultations;
mod health;
pub(crate) mod shop;

use crate::error::ApiError;
use crate::rate_limit;
use crate::AppState;
use axum::extract::DefaultBodyLimit;
use axum::http::{header, HeaderName, HeaderValue, Method};
use axum::routing::{get, post};
use axum::Router;
use std::time::Duration;
use tower_http::cors::{AllowOrigin, CorsLayer};
use tower_http::timeout::RequestBodyTimeoutLayer;

/// How long a client may take to send its request body (slow uploads hold a connection).
const BODY_TIMEOUT: Duration = Duration::from_secs(60);

/// Every `/api` route. Unknown API paths answer a JSON 404, never the web app's HTML.
pub fn api(state: &AppState) -> Router<AppState> {
    let consultations = Router::new()
        .route("/consultations", post(consultations::create))
        .method_not_allowed_fallback(method_not_allowed)
        .route_layer(axum::middleware::from_fn_with_state(
            state.limiter.clone(),
            rate_limit::limit,
        ))
        .layer(DefaultBodyLimit::max(state.config.max_body_bytes))
        .layer(axum::middleware::from_fn_with_state(
            state.config.max_body_bytes,
            crate::http::limits::refuse_oversized,
        ))
        .layer(RequestBodyTimeoutLayer::new(BODY_TIMEOUT));
    let public = Router::new()
        .route("/catalog", get(catalog::catalog))
        .route("/shop", get(shop::shop))
        .route("/shop/logo", get(shop::logo))
        .method_not_allowed_fallback(method_not_allowed)
        .merge(consultations)
        .layer(cors(&state.config.allowed_origins));
    Router::new()
        .route("/health", get(health::health))
        .route("/embed/check", get(crate::embed::check))
        .method_not_allowed_fallback(method_not_allowed)
        .merge(public)
        .fallback(|| async { ApiError::NotFound })
}

/// A wrong method gets a JSON 405 like every other API error, not an empty body. It is set on
/// each router before its layers, so CORS still answers preflights (`OPTIONS`) first.
async fn method_not_allowed() -> ApiError {
    ApiError::MethodNotAllowed
}

/// Embedding pages on the configured origins may call the public API; nobody else's pages can.
fn cors(origins: &[String]) -> CorsLayer {
    let origins: Vec<HeaderValue> = origins
        .iter()
        .filter_map(|o| HeaderValue::from_str(o).ok())
        .collect();
    CorsLayer::new()
        .allow_origin(AllowOrigin::list(origins))
        .allow_methods([Method::GET, Method::POST])
        .allow_headers([
            header::CONTENT_TYPE,
            HeaderName::from_static("idempotency-key"),
        ])
        .expose_headers([header::RETRY_AFTER])
        .max_age(Duration::from_secs(3600))
}
