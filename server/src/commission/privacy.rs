//! The visitor's privacy rights on the commission page: a copy of everything the shop holds about
//! the commission (`GET /api/c/{token}/export.json`, a download) and a request for erasure
//! (`POST /api/c/{token}/erasure`, which reaches the jeweler by email).
//!
//! What the copy holds: the brief as sent with its snapshots and attachments, the conversation
//! with its photos, every proposal and answer, every appointment (cancelled ones too), the
//! making with its photos, the erasure request, and also the jeweler's private working notes and
//! the request's status changes in the studio. Those last two are hidden on the page, but they are
//! the shop's records about this person, and the right of access (GDPR article 15) covers every
//! personal data held, not only what the page shows. Left out: other briefs, and the studio
//! accounts' addresses that wrote each record (the staff's data, not the visitor's).

use super::access::Commission;
use crate::clock;
use crate::error::ApiError;
use crate::store::{erasure, export};
use crate::AppState;
use atelier_core::commission::COMMENT_MAX_CHARS;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Deserialize;
use serde_json::{json, Value};

/// `POST …/erasure`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ErasureRequest {
    /// Anything the visitor wants the jeweler to know.
    #[serde(default)]
    pub comment: String,
}

/// `GET /api/c/{token}/export.json`: the copy, as an attachment named after the reference.
pub async fn export_json(
    State(state): State<AppState>,
    commission: Commission,
) -> Result<Response, ApiError> {
    let data = export::export(&state.db, commission.id)
        .await?
        .ok_or(ApiError::NotFound)?;
    let body = json!({
        "exported_at": clock::rfc3339(clock::now_unix()),
        "shop": state.config.shop_name,
        "commission": data,
    });
    let disposition = format!("attachment; filename=\"{}.json\"", data.reference);
    let mut response = Json(body).into_response();
    if let Ok(value) = HeaderValue::from_str(&disposition) {
        response
            .headers_mut()
            .insert(header::CONTENT_DISPOSITION, value);
    }
    Ok(response)
}

/// `POST /api/c/{token}/erasure` → 202 `{"requested_at"}`: the first request's time, however
/// often it is asked.
pub async fn request_erasure(
    State(state): State<AppState>,
    commission: Commission,
    body: Bytes,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let request: ErasureRequest = crate::http::json::fields(&body)?;
    let comment = request.comment.trim();
    if comment.chars().count() > COMMENT_MAX_CHARS {
        return Err(ApiError::Invalid {
            field: "comment",
            message: format!("write at most {COMMENT_MAX_CHARS} characters"),
        });
    }
    let requested = erasure::request(&state.db, commission.id, comment, clock::now_unix()).await?;
    if requested.new {
        state.outbox_wake.notify_one();
    }
    Ok((
        StatusCode::ACCEPTED,
        Json(json!({"requested_at": requested.requested_at})),
    ))
}
