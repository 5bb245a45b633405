//! Serves the built web app: its two entries, each with its own `index.html` for every page path
//! (so `/studio/briefs/AT-…` works on a fresh load), hashed assets cached for a year, and the
//! `.br`/`.gz` copies the build writes sent as they are.
//!
//! `cargo xtask build` puts the visitor's configurator in the static folder and the jeweler's
//! studio (its own wasm, so visitors never download it) in [`STUDIO_DIR`] under it, built for the
//! URL path `/studio/`. So `/studio` and everything under it come from there, with the studio's
//! page as the fallback; every other path is the configurator's, as before.

use axum::http::{header, HeaderValue};
use axum::response::Response;
use axum::Router;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use tower_http::services::{ServeDir, ServeFile};

/// The studio's folder inside the static folder, and the URL path it is served under.
pub const STUDIO_DIR: &str = "studio";
const STUDIO_PATH: &str = "/studio";

/// The pages the server needs to serve the whole app: the configurator's and the studio's.
pub fn pages(static_dir: &Path) -> [PathBuf; 2] {
    [
        static_dir.join("index.html"),
        static_dir.join(STUDIO_DIR).join("index.html"),
    ]
}

/// The router behind every non-API path; only pages on `allowed_origins` may frame it.
///
/// A static folder without the studio's page is served as one app, as before the studio had an
/// entry of its own: a build from then holds both sides in one wasm and routes `/studio` itself.
/// The server's start warns about such a folder.
pub fn router(static_dir: &Path, allowed_origins: &[String]) -> Router {
    let frame_policy = Arc::new(crate::embed::EmbedHeaders::new(allowed_origins));
    let [_, studio_page] = pages(static_dir);
    let router = if studio_page.is_file() {
        Router::new().nest_service(STUDIO_PATH, files(&static_dir.join(STUDIO_DIR)))
    } else {
        Router::new()
    };
    let root = Arc::new(crate::http::static_guard::StaticRoot::new(static_dir));
    router
        .fallback_service(files(static_dir))
        .layer(axum::middleware::from_fn_with_state(
            root,
            crate::http::static_guard::guard,
        ))
        .layer(axum::middleware::map_response(cache_policy))
        .layer(axum::middleware::from_fn_with_state(
            frame_policy,
            crate::embed::headers,
        ))
}

/// One entry's files, and its `index.html` for any path that is not a file. A client that
/// accepts brotli or gzip gets the `.br` or `.gz` copy when there is one (with `Content-Encoding`,
/// so the compression layer leaves it alone); one that accepts neither gets the file itself.
fn files(dir: &Path) -> ServeDir<ServeFile> {
    let index = ServeFile::new(dir.join("index.html"))
        .precompressed_br()
        .precompressed_gzip();
    ServeDir::new(dir)
        .precompressed_br()
        .precompressed_gzip()
        .fallback(index)
}

/// Trunk puts a content hash in every asset name, so assets never change and may be cached for
/// good; HTML must be revalidated so a new release is picked up at once, and a refusal (a 404)
/// must not be cached for good either.
///
/// Every file may exist in several encodings, so caches must key it by `Accept-Encoding`. The
/// compression layer says so only when it compresses, not for a copy sent from disk.
async fn cache_policy(mut response: Response) -> Response {
    let headers = response.headers();
    let is_html = headers
        .get(header::CONTENT_TYPE)
        .is_some_and(|t| t.as_bytes().starts_with(b"text/html"));
    let varies = headers.get_all(header::VARY).iter().any(|v| {
        v.to_str().is_ok_and(|v| {
            v.split(',')
                .any(|name| name.trim().eq_ignore_ascii_case("accept-encoding"))
        })
    });
    let policy = if is_html || !response.status().is_success() {
        "no-cache"
    } else {
        "public, max-age=31536000, immutable"
    };
    let headers = response.headers_mut();
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(policy));
    if !varies {
        headers.append(header::VARY, HeaderValue::from_static("accept-encoding"));
    }
    response
}
