//! Serves the built web app: hashed assets cached for a year, and `index.html` for every other path,
//! so that page routes such as `/studio` work on a fresh load.

use axum::http::{header, HeaderValue};
use axum::response::Response;
use axum::Router;
use std::path::Path;
use std::sync::Arc;
use tower_http::services::{ServeDir, ServeFile};

/// The router behind every non-API path; only pages on `allowed_origins` may frame it.
pub fn router(static_dir: &Path, allowed_origins: &[String]) -> Router {
    let index = ServeFile::new(static_dir.join("index.html"));
    let frame_policy = Arc::new(crate::embed::EmbedHeaders::new(allowed_origins));
    Router::new()
        .fallback_service(ServeDir::new(static_dir).fallback(index))
        .layer(axum::middleware::map_response(cache_policy))
        .layer(axum::middleware::from_fn_with_state(
            frame_policy,
            crate::embed::headers,
        ))
}

/// Trunk puts a content hash in every asset name, so assets never change and may be cached for
/// good; HTML must be revalidated so a new release is picked up at once.
async fn cache_policy(mut response: Response) -> Response {
    let is_html = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|t| t.as_bytes().starts_with(b"text/html"));
    let policy = if is_html {
        "no-cache"
    } else {
        "public, max-age=31536000, immutable"
    };
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static(policy));
    response
}
