//! Embedding on shop sites, the server's half.
//!
//! - Every page of the web app carries a `Content-Security-Policy` (see [`crate::http::csp`])
//!   whose `frame-ancestors` is built from the jeweler's `allowed_origins`, so the browser itself
//!   refuses to show the configurator inside any other site's frame. The studio may be framed by
//!   nobody but this server. Every other file (script, wasm, style, picture, words) carries a
//!   short policy that lets nothing run should it be opened as a document: a browser applies no
//!   policy to a file it loads into a page, and the page's own (half a kilobyte, with its script
//!   hashes) would only add to every download a phone makes before the first ring frame.
//! - `GET /api/embed/check?origin=…` tells a loader (and the framed app) whether an origin may
//!   embed. A blocked frame is blank and silent, so the loader asks first and shows the visitor an
//!   honest notice with a plain link instead. The answer is public and readable from any origin:
//!   it reveals only what the CSP header already says.
//! - `embed.js` keeps its name across releases (shops paste its address once), so unlike the
//!   content-hashed assets it is revalidated on every use.

use crate::AppState;
use axum::extract::{Query, Request, State};
use axum::http::{header, HeaderMap, HeaderValue};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// The headers the embedding rules add, computed once from the configuration.
#[derive(Debug, Clone)]
pub struct EmbedHeaders {
    /// For the configurator and everything else: this server and the allowed shops.
    app: HeaderValue,
    /// For the studio: this server only (a jeweler's inbox is never framed by a shop).
    studio: HeaderValue,
}

impl EmbedHeaders {
    /// Builds the policies from the allowed origins (already checked by `Config`) and the
    /// pages' inline script hashes.
    pub fn new(allowed_origins: &[String], script_hashes: &[String]) -> Self {
        let policy = |frames: &str| {
            let text = crate::http::csp::policy(script_hashes, frames);
            HeaderValue::from_str(&text).unwrap_or_else(|_| HeaderValue::from_static(FALLBACK))
        };
        Self {
            app: policy(&frame_ancestors(allowed_origins)),
            studio: policy("frame-ancestors 'self'"),
        }
    }
}

/// The policy of every answer that is not a page: a script, a wasm module, a style sheet, a picture
/// or a language file opened on its own (an SVG shown as a document could otherwise run script)
/// may load and run nothing, and is sandboxed. Inline styles stay allowed so a picture still
/// draws.
pub const FILE_POLICY: &str = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

/// The strictest policy, should the built one ever not be a valid header.
const FALLBACK: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; \
    object-src 'none'; base-uri 'none'; frame-ancestors 'self'";

/// `frame-ancestors` for this server and the allowed shops.
pub fn frame_ancestors(allowed_origins: &[String]) -> String {
    let mut app = String::from("frame-ancestors 'self'");
    for origin in allowed_origins {
        // Config only lets scheme, host and port through; anything else would not be a
        // valid header and is left out rather than breaking the policy.
        if origin
            .bytes()
            .all(|b| b.is_ascii_graphic() && b != b';' && b != b',')
        {
            app.push(' ');
            app.push_str(origin);
        }
    }
    app
}

/// Adds the page policy to every web app page, [`FILE_POLICY`] to every other answer, and the
/// loader's cache rule to `/embed.js`.
pub async fn headers(
    State(policy): State<Arc<EmbedHeaders>>,
    request: Request,
    next: Next,
) -> Response {
    let path = request.uri().path().to_owned();
    let mut response = next.run(request).await;
    let studio = path == "/studio" || path.starts_with("/studio/");
    let page = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|t| t.to_str().ok())
        .is_some_and(|t| t.starts_with("text/html"));
    let csp = match (page, studio) {
        (true, true) => policy.studio.clone(),
        (true, false) => policy.app.clone(),
        (false, _) => HeaderValue::from_static(FILE_POLICY),
    };
    let success = response.status().is_success();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_SECURITY_POLICY, csp);
    if path == "/embed.js" && success {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    }
    response
}

/// The query of `GET /api/embed/check`.
#[derive(Debug, Deserialize)]
pub struct CheckQuery {
    /// The embedding page's origin, as `location.origin` gives it.
    #[serde(default)]
    origin: String,
}

/// Whether an origin may embed the configurator.
#[derive(Debug, Serialize, PartialEq, Eq)]
pub struct CheckAnswer {
    /// The origin asked about, as received.
    pub origin: String,
    /// True when the CSP lets that origin frame the configurator.
    pub allowed: bool,
    /// The shop's name, for the notice a refused loader shows.
    pub shop: String,
}

/// `GET /api/embed/check?origin=https://shop.example`.
pub async fn check(
    State(state): State<AppState>,
    request_headers: HeaderMap,
    Query(query): Query<CheckQuery>,
) -> Response {
    let host = request_headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or_default();
    let allowed = is_allowed(&query.origin, &state.config.allowed_origins, host);
    let mut response = Json(CheckAnswer {
        origin: query.origin,
        allowed,
        shop: state.config.shop_name.clone(),
    })
    .into_response();
    let headers = response.headers_mut();
    // A refused page must be able to read "refused" too, so this one answer is open to all.
    headers.insert(
        header::ACCESS_CONTROL_ALLOW_ORIGIN,
        HeaderValue::from_static("*"),
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    response
}

/// Whether `origin` is one of the allowed origins or this server itself (`'self'` in the CSP,
/// recognised by the request's `Host`). Origins compare case-insensitively, as hosts do.
pub fn is_allowed(origin: &str, allowed: &[String], host: &str) -> bool {
    if origin.is_empty() || origin.len() > 300 {
        return false;
    }
    if allowed.iter().any(|a| a.eq_ignore_ascii_case(origin)) {
        return true;
    }
    let rest = origin
        .strip_prefix("http://")
        .or_else(|| origin.strip_prefix("https://"));
    !host.is_empty() && rest.is_some_and(|h| h.eq_ignore_ascii_case(host))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_policy_lists_self_and_every_allowed_origin() {
        let h = EmbedHeaders::new(
            &[
                "https://shop.example".to_owned(),
                "http://127.0.0.2:4000".to_owned(),
            ],
            &["'sha256-abc='".to_owned()],
        );
        let app = h.app.to_str().expect("ascii");
        assert!(
            app.ends_with("; frame-ancestors 'self' https://shop.example http://127.0.0.2:4000"),
            "{app}"
        );
        assert!(
            app.contains("script-src 'self' 'wasm-unsafe-eval' 'sha256-abc=';"),
            "{app}"
        );
        let studio = h.studio.to_str().expect("ascii");
        assert!(studio.ends_with("; frame-ancestors 'self'"), "{studio}");
        assert_eq!(frame_ancestors(&[]), "frame-ancestors 'self'");
    }

    #[test]
    fn a_value_that_could_break_the_header_is_left_out() {
        let origins = ["https://a.example; script-src *".to_owned()];
        assert_eq!(frame_ancestors(&origins), "frame-ancestors 'self'");
    }

    #[test]
    fn origins_are_matched_exactly_or_as_this_server() {
        let allowed = ["https://Shop.example".to_owned()];
        assert!(is_allowed(
            "https://shop.example",
            &allowed,
            "atelier.example"
        ));
        assert!(!is_allowed(
            "http://shop.example",
            &allowed,
            "atelier.example"
        ));
        assert!(!is_allowed(
            "https://shop.example.evil.test",
            &allowed,
            "atelier.example"
        ));
        assert!(!is_allowed(
            "https://evil.test",
            &allowed,
            "atelier.example"
        ));
        assert!(is_allowed(
            "http://127.0.0.1:8080",
            &allowed,
            "127.0.0.1:8080"
        ));
        assert!(!is_allowed("", &allowed, ""));
        assert!(!is_allowed("null", &allowed, "atelier.example"));
    }
}
