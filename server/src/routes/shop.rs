//! `GET /api/shop` and `GET /api/shop/logo`: the jeweler's shop name, logo and theme, so the
//! configurator looks like the shop that hosts it.
//!
//! The logo is a file on the jeweler's server (SVG, PNG, JPEG or WebP, checked at start); the theme is
//! a short list of CSS custom-property values, each checked so it can only ever be one CSS value.
//! The shop's currency is its price list's, or the configured `currency`; its language is the
//! configured `language`.

use crate::image::Format;
use crate::AppState;
use atelier_core::theme::{is_safe_value, THEME_KEYS};
use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::Path;

/// Largest logo file served, in bytes: a logo is a few KB; this keeps a photo out of every page.
pub(crate) const LOGO_BYTES_MAX: u64 = 256 * 1024;

/// Where the logo is served, which `GET /api/shop` and the pages' posters point at.
pub(crate) const LOGO_PATH: &str = "/api/shop/logo";

/// The answer of `GET /api/shop`.
#[derive(Debug, Serialize)]
struct ShopBody<'a> {
    name: &'a str,
    /// Where the page loads the logo from, when one is configured.
    logo: Option<String>,
    theme: &'a BTreeMap<String, String>,
    /// The currency a visitor's budget starts on: the price list's, else the configured one.
    currency: Option<&'a str>,
    /// The shop's language (`language`), which the app falls back on and the studio speaks.
    language: &'a str,
}

/// The shop's name, logo address and theme values.
pub async fn shop(State(state): State<AppState>) -> Response {
    let config = &state.config;
    (
        [(header::CACHE_CONTROL, "no-cache")],
        Json(ShopBody {
            name: &config.shop_name,
            logo: config
                .shop_logo
                .as_ref()
                .map(|_| config.shop_path(LOGO_PATH)),
            theme: &config.theme,
            currency: state
                .catalog
                .prices
                .as_ref()
                .map(|p| p.currency.as_str())
                .or(config.currency.as_deref()),
            language: state.words.shop_tag(),
        }),
    )
        .into_response()
}

/// The logo file, with a policy that keeps any script inside an SVG from running.
pub async fn logo(State(state): State<AppState>) -> Response {
    let Some(path) = state.config.shop_logo.as_deref() else {
        return crate::error::ApiError::NotFound.into_response();
    };
    match tokio::fs::read(path).await {
        Ok(bytes) => match logo_type(path, &bytes) {
            Some(mime) => (
                [
                    (header::CONTENT_TYPE, mime),
                    (header::CACHE_CONTROL, "public, max-age=300"),
                    (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
                    (
                        header::CONTENT_SECURITY_POLICY,
                        "default-src 'none'; style-src 'unsafe-inline'",
                    ),
                ],
                bytes,
            )
                .into_response(),
            None => StatusCode::NOT_FOUND.into_response(),
        },
        Err(e) => {
            tracing::warn!("cannot read the shop logo {}: {e}", path.display());
            crate::error::ApiError::NotFound.into_response()
        }
    }
}

/// The logo's media type from its extension, if its first bytes agree.
pub(crate) fn logo_type(path: &Path, bytes: &[u8]) -> Option<&'static str> {
    let extension = path.extension()?.to_str()?.to_ascii_lowercase();
    let (mime, ok) = match extension.as_str() {
        "svg" => {
            let text = String::from_utf8_lossy(&bytes[..bytes.len().min(512)]);
            let start = text.trim_start_matches('\u{feff}').trim_start();
            (
                "image/svg+xml",
                start.starts_with("<svg") || start.starts_with("<?xml"),
            )
        }
        "png" | "jpg" | "jpeg" | "webp" => {
            let expected = match extension.as_str() {
                "png" => Format::Png,
                "webp" => Format::Webp,
                _ => Format::Jpeg,
            };
            (
                expected.mime_type(),
                crate::image::inspect_as(bytes, expected).is_ok(),
            )
        }
        _ => return None,
    };
    ok.then_some(mime)
}

/// Checks the configured logo at start: readable, small, and an image of the type its name says.
pub(crate) fn check_logo(path: &Path) -> Result<(), String> {
    let meta = std::fs::metadata(path).map_err(|e| format!("cannot read it: {e}"))?;
    if meta.len() > LOGO_BYTES_MAX {
        return Err(format!(
            "it has {} bytes; a logo may have at most {LOGO_BYTES_MAX}",
            meta.len()
        ));
    }
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read it: {e}"))?;
    logo_type(path, &bytes)
        .map(|_| ())
        .ok_or_else(|| "expected an .svg, .png, .jpg or .webp image".to_owned())
}

/// Checks one theme entry: a known name, and a value that stays one CSS value.
pub(crate) fn check_theme_entry(key: &str, value: &str) -> Result<(), String> {
    if !THEME_KEYS.contains(&key) {
        return Err(format!(
            "unknown theme value; use one of {}",
            THEME_KEYS.join(", ")
        ));
    }
    if is_safe_value(value) {
        Ok(())
    } else {
        Err("expected one CSS value (at most 200 characters, without ; { } < > \\ @)".to_owned())
    }
}
