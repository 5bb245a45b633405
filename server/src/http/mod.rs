//! The HTTP layer around the routes: what every request and response goes through whatever
//! its handler, from answering panics and keeping `/api` answers JSON to limits and headers.

pub mod api_errors;
pub mod body;
pub mod panic;
pub mod static_guard;

use axum::Router;
use tower_http::compression::CompressionLayer;
use tower_http::trace::TraceLayer;

/// Wraps the app's routes in the layers every request goes through.
pub fn around<S: Clone + Send + Sync + 'static>(routes: Router<S>) -> Router<S> {
    routes
        .layer(axum::middleware::from_fn(api_errors::json_only))
        // Guarded under compression, which may poll a body past its end, and above it, so a
        // panic anywhere in the body chain is logged and ends the response cleanly.
        .layer(axum::middleware::map_response(body::guard))
        .layer(CompressionLayer::new())
        .layer(axum::middleware::map_response(body::guard))
        .layer(panic::layer())
        .layer(TraceLayer::new_for_http())
}
