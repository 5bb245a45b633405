//! Every HTTP call of the app, through gloo-net: reading the jeweler's catalog and shop settings,
//! and sending a consultation request to the jeweler's server. The request types are what
//! `POST /api/consultations` reads (see the README's API section) and what a pending submission
//! keeps in localStorage, so a retry sends the same bytes.

use crate::base;
use atelier_core::brief::{Brief, FieldError};
use atelier_core::catalog::Catalog;
use gloo_net::http::Request;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use thiserror::Error;
use wasm_bindgen::{JsCast, JsValue};

mod catalog;

pub use catalog::{read_catalog, CatalogError};

/// Where consultation requests go on the shop's server (under its prefix: [`base::at`]).
const CONSULTATIONS: &str = "/api/consultations";

/// One viewer picture as the server reads it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SnapshotPayload {
    /// Which view it shows, e.g. `three-quarter`.
    pub view: String,
    /// The PNG, base64 without a `data:` prefix.
    pub png_base64: String,
}

/// The bytes of one inspiration file, in the order of `brief.attachments`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AttachmentPayload {
    /// The file, base64.
    pub data_base64: String,
}

/// The body of `POST /api/consultations`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ConsultationRequest {
    /// The brief, validated by the form with the same core code as the server.
    pub brief: Brief,
    /// Fixed-angle pictures of the ring.
    pub snapshots: Vec<SnapshotPayload>,
    /// Inspiration files.
    pub attachments: Vec<AttachmentPayload>,
    /// The honeypot: empty when a person filled the form.
    pub website: String,
}

/// The server's answer to a stored request.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Receipt {
    /// The short reference the visitor and the jeweler quote, e.g. `AT-7KQ2M`.
    pub reference: String,
    /// When the server stored it (RFC 3339, UTC).
    pub received_at: String,
    /// The visitor's private commission page, `/c/<token>` under the shop's prefix, when the
    /// server issued one.
    #[serde(default)]
    pub commission_url: Option<String>,
}

/// The server's error body, `{"error": {"code", "message", "fields": [{"field", "message"}]}}`.
pub(crate) struct ErrorDetail {
    pub(crate) code: String,
    pub(crate) message: String,
    fields: Vec<FieldError>,
}

impl ErrorDetail {
    pub(crate) fn read(text: &str) -> Option<Self> {
        let error = field(&js_sys::JSON::parse(text).ok()?, "error");
        let fields = field(&error, "fields");
        let fields = if fields.is_undefined() {
            Vec::new()
        } else {
            fields
                .dyn_into::<js_sys::Array>()
                .ok()?
                .iter()
                .map(|f| {
                    Some(FieldError {
                        field: field(&f, "field").as_string()?,
                        message: field(&f, "message").as_string()?,
                    })
                })
                .collect::<Option<_>>()?
        };
        Some(Self {
            code: field(&error, "code").as_string()?,
            message: field(&error, "message").as_string()?,
            fields,
        })
    }
}

/// `value[name]`, or `undefined` when `value` is not an object. The few small answers of the server
/// are read this way, through the browser's `JSON.parse`, which costs less wasm than a serde reader
/// per type.
fn field(value: &JsValue, name: &str) -> JsValue {
    if value.is_object() {
        js_sys::Reflect::get(value, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
    } else {
        JsValue::UNDEFINED
    }
}

/// Reads an answer's body as text.
pub(crate) async fn body_text(response: &gloo_net::http::Response) -> Result<String, String> {
    response.text().await.map_err(|e| e.to_string())
}

/// Why a request did not end in a receipt.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum SendError {
    /// No answer at all: offline, DNS, a dropped connection. Worth retrying unchanged.
    #[error("the request did not reach the server: {0}")]
    Network(String),
    /// The server failed (5xx). Worth retrying unchanged.
    #[error("the server could not take the request right now (HTTP {0})")]
    Unavailable(u16),
    /// Too many requests from this address (429), or the same key is being stored right now (409);
    /// retry after this many seconds.
    #[error("too many requests; try again in {0} s")]
    RateLimited(u32),
    /// The brief has problems, with core's field paths (without the `brief.` prefix).
    #[error("the server found problems in the brief")]
    Invalid(Vec<FieldError>),
    /// Any other refusal; sending the same body again would not help.
    #[error("the server refused the request ({code}): {message}")]
    Refused {
        /// The stable error code.
        code: String,
        /// The server's explanation.
        message: String,
    },
}

impl SendError {
    /// Whether sending the same request again later can succeed.
    pub fn is_retryable(&self) -> bool {
        matches!(
            self,
            SendError::Network(_) | SendError::Unavailable(_) | SendError::RateLimited(_)
        )
    }
}

/// Sends a consultation request (a [`ConsultationRequest`] as JSON text) with its idempotency key;
/// the same key and body may be sent any number of times and the server stores it once.
pub async fn send_consultation(idempotency_key: &str, body: &str) -> Result<Receipt, SendError> {
    let response = Request::post(&base::at(CONSULTATIONS))
        .header("Idempotency-Key", idempotency_key)
        .header("Content-Type", "application/json")
        .body(body)
        .map_err(|e| SendError::Refused {
            code: "unserialisable".to_owned(),
            message: e.to_string(),
        })?
        .send()
        .await
        .map_err(|e| SendError::Network(e.to_string()))?;
    let status = response.status();
    if status == 201 {
        let text = body_text(&response).await.map_err(SendError::Network)?;
        let receipt = js_sys::JSON::parse(&text).ok().and_then(|answer| {
            Some(Receipt {
                reference: field(&answer, "reference").as_string()?,
                received_at: field(&answer, "received_at").as_string()?,
                commission_url: field(&answer, "commission_url")
                    .as_string()
                    .and_then(|url| commission_path(&url)),
            })
        });
        return receipt.ok_or_else(|| SendError::Network("the receipt could not be read".into()));
    }
    if status == 429 || status == 409 {
        let wait = response
            .headers()
            .get("Retry-After")
            .and_then(|v| v.trim().parse().ok())
            .unwrap_or(60);
        return Err(SendError::RateLimited(wait));
    }
    if status >= 500 {
        return Err(SendError::Unavailable(status));
    }
    let detail = match body_text(&response).await {
        Ok(text) => ErrorDetail::read(&text),
        Err(_) => None,
    };
    match detail {
        Some(error) if error.code == "invalid_brief" => Err(SendError::Invalid(
            error
                .fields
                .into_iter()
                .map(|f| FieldError {
                    field: f
                        .field
                        .strip_prefix("brief.")
                        .unwrap_or(&f.field)
                        .to_owned(),
                    message: f.message,
                })
                .collect(),
        )),
        Some(error) => Err(SendError::Refused {
            code: error.code,
            message: error.message,
        }),
        // A proxy's HTML error page, not our server: treat it like an outage.
        None => Err(SendError::Unavailable(status)),
    }
}

/// The commission page's address in a server's answer (or kept from one): `/c/<token>` with a
/// token of URL-safe characters, with or without the shop's prefix in front (a server under a
/// prefix writes it there). Answered under the prefix, as the link to show; anything else is not
/// shown as a link.
pub fn commission_path(url: &str) -> Option<String> {
    commission_path_under(base::current(), url)
}

/// [`commission_path`] for the prefix `base`.
fn commission_path_under(base: &str, url: &str) -> Option<String> {
    let path = base::strip_from(base, url);
    is_commission_path(path).then(|| base::join(base, path))
}

/// Whether `path` (within the shop) is a commission page's: `/c/` and a token of URL-safe
/// characters.
fn is_commission_path(path: &str) -> bool {
    path.strip_prefix("/c/").is_some_and(|token| {
        (16..=128).contains(&token.len())
            && token
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    })
}

/// Where the jeweler's catalog (core's, or their override) is served, under the shop's prefix.
const CATALOG: &str = "/api/catalog";
/// Where the shop's name, logo and colours are served, under the shop's prefix.
const SHOP: &str = "/api/shop";

/// Why something could not be read from the server. The configurator then keeps what it has (the
/// built-in catalog, the default look), so a visitor never waits on it.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum FetchError {
    /// No answer at all.
    #[error("the request did not reach the server: {0}")]
    Network(String),
    /// An answer other than 200.
    #[error("the server answered HTTP {0}")]
    Status(u16),
    /// A 200 whose body is not what the app expects.
    #[error("the server's answer could not be read: {0}")]
    Unreadable(String),
}

/// The shop around the configurator, as `GET /api/shop` describes it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Shop {
    /// The shop's name, shown in the top bar and on the postcard.
    pub name: String,
    /// The logo as a URL the page can show (the server's own path or a `data:` URL).
    #[serde(default)]
    pub logo: Option<String>,
    /// Theme values by custom-property name without `--atelier-` (e.g. `accent` → `#0b6e4f`),
    /// checked by the server.
    #[serde(default)]
    pub theme: BTreeMap<String, String>,
    /// The shop's currency (ISO 4217), which the visitor's budget starts on, if the shop has one.
    #[serde(default)]
    pub currency: Option<String>,
    /// The shop's language (a BCP 47 tag): the jeweler's words on the commission page are marked
    /// with it.
    #[serde(default)]
    pub language: Option<String>,
}

/// The catalog the jeweler serves (their overrides, or core's built-in one).
pub async fn fetch_catalog() -> Result<Catalog, FetchError> {
    let text = get_text(&base::at(CATALOG)).await?;
    catalog::read_catalog(&text).map_err(|e| FetchError::Unreadable(e.to_string()))
}

/// The shop's name, logo and theme.
pub async fn fetch_shop() -> Result<Shop, FetchError> {
    let text = get_text(&base::at(SHOP)).await?;
    read_shop(&text).ok_or_else(|| FetchError::Unreadable("not a shop description".to_owned()))
}

/// `{"name", "logo"?: string | null, "theme"?: {name: value}, "currency"?: string | null}`.
fn read_shop(text: &str) -> Option<Shop> {
    let answer = js_sys::JSON::parse(text).ok()?;
    let logo = match field(&answer, "logo") {
        v if v.is_null() || v.is_undefined() => None,
        v => Some(v.as_string()?),
    };
    let theme = field(&answer, "theme");
    let theme = if theme.is_null() || theme.is_undefined() {
        BTreeMap::new()
    } else if theme.is_object() {
        js_sys::Object::entries(theme.unchecked_ref())
            .iter()
            .map(|pair| {
                let pair: js_sys::Array = pair.unchecked_into();
                Some((pair.get(0).as_string()?, pair.get(1).as_string()?))
            })
            .collect::<Option<_>>()?
    } else {
        return None;
    };
    Some(Shop {
        name: field(&answer, "name").as_string()?,
        logo,
        theme,
        currency: field(&answer, "currency").as_string(),
        language: field(&answer, "language").as_string(),
    })
}

/// The body of a `GET` that answered 200.
async fn get_text(url: &str) -> Result<String, FetchError> {
    let response = Request::get(url)
        .send()
        .await
        .map_err(|e| FetchError::Network(e.to_string()))?;
    if response.status() != 200 {
        return Err(FetchError::Status(response.status()));
    }
    body_text(&response).await.map_err(FetchError::Network)
}

#[cfg(test)]
mod tests {
    use super::commission_path_under;

    const TOKEN: &str = "Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFi";

    #[test]
    fn a_commission_link_is_read_with_or_without_the_prefix() {
        let at_root = format!("/c/{TOKEN}");
        let prefixed = format!("/s/maison-verel/c/{TOKEN}");
        assert_eq!(commission_path_under("", &at_root), Some(at_root.clone()));
        assert_eq!(
            commission_path_under("/s/maison-verel", &prefixed),
            Some(prefixed.clone())
        );
        // A server that left the prefix out still links to this shop's page.
        assert_eq!(
            commission_path_under("/s/maison-verel", &at_root),
            Some(prefixed.clone())
        );
    }

    #[test]
    fn anything_else_is_no_commission_link() {
        for url in [
            format!("/s/other-shop/c/{TOKEN}"),
            format!("https://evil.example/c/{TOKEN}"),
            format!("//evil.example/c/{TOKEN}"),
            format!("/c/{TOKEN}/more"),
            "/c/short".to_owned(),
            format!("/studio/c/{TOKEN}"),
        ] {
            assert_eq!(
                commission_path_under("/s/maison-verel", &url),
                None,
                "{url}"
            );
        }
        assert_eq!(
            commission_path_under("", &format!("/s/maison-verel/c/{TOKEN}")),
            None
        );
    }
}
