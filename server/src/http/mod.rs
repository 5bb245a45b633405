//! The HTTP layer around the routes: what every request and response goes through whatever
//! its handler, from answering panics and keeping `/api` answers JSON to limits and headers.

pub mod api_errors;
pub mod body;
pub mod csp;
pub mod json;
pub mod limits;
pub mod page;
pub mod panic;
pub mod privacy;
pub mod serve;
pub mod static_guard;

use axum::http::{header, HeaderValue, StatusCode};
use axum::Router;
use std::time::Duration;
use tower_http::compression::CompressionLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

/// Wraps the app's routes in the layers every request goes through; `request_timeout` bounds
/// each request from its headers to its answer (a 408).
pub fn around<S: Clone + Send + Sync + 'static>(
    routes: Router<S>,
    request_timeout: Duration,
) -> Router<S> {
    routes
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            request_timeout,
        ))
        .layer(axum::middleware::from_fn(api_errors::json_only))
        // Guarded under compression, which may poll a body past its end, and above it, so a
        // panic anywhere in the body chain is logged and ends the response cleanly.
        .layer(axum::middleware::map_response(body::guard))
        .layer(CompressionLayer::new())
        .layer(axum::middleware::map_response(body::guard))
        .layer(panic::layer())
        // No answer is sniffed into another type (a JSON error read as HTML, a photo as script).
        .layer(SetResponseHeaderLayer::overriding(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        // The studio's setup link carries its token in the URL; no address leaves in a Referer.
        .layer(SetResponseHeaderLayer::if_not_present(
            header::REFERRER_POLICY,
            HeaderValue::from_static("no-referrer"),
        ))
        .layer(TraceLayer::new_for_http())
}
