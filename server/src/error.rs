//! The API's one error type: it logs the internals and shows the client a clear JSON message.
//!
//! Every response body is `{"error": {"code", "message", "fields"?}}`; `code` is stable for
//! programs, `message` is a sentence for people, `fields` lists field-level problems with paths
//! into the request body (e.g. `brief.contact.email`, `snapshots[1].png_base64`).

use crate::store::Outage;
use atelier_core::brief::FieldError;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Serialize;

/// Everything an API handler can fail with.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("no such API endpoint")]
    NotFound,
    #[error("{}", outage_message(.0.outage()))]
    Database(#[from] crate::store::DbError),
    #[error("this endpoint does not answer that method")]
    MethodNotAllowed,
    #[error("send the request as JSON with `Content-Type: application/json`")]
    UnsupportedMediaType,
    #[error("the request is larger than {limit} bytes, the most this endpoint takes")]
    PayloadTooLarge { limit: usize },
    #[error("the request body could not be read: {0}")]
    BadBody(String),
    #[error("the request body is not valid JSON: {0}")]
    MalformedJson(String),
    #[error("send an `Idempotency-Key` header (1 to 100 printable ASCII characters), the same on every retry of one request")]
    IdempotencyKey,
    #[error("the brief has {} problem(s); see `fields`", .0.len())]
    InvalidBrief(Vec<FieldError>),
    #[error("this Idempotency-Key was already used for a different request; use a new key for a new request")]
    IdempotencyConflict,
    #[error("a request with this Idempotency-Key is being processed; retry in a moment")]
    InProgress,
    #[error("too many requests from your address; try again in {retry_after_secs} s")]
    RateLimited { retry_after_secs: u64 },
    /// The shop has taken all the briefs its host allows it today (`briefs_per_day`).
    #[error("this shop cannot take more requests today; yours is kept and sent again in {retry_after_secs} s")]
    QuotaReached { retry_after_secs: u64 },
    /// The shop keeps all the files its host allows it (`storage_mb`).
    #[error("this shop cannot store more pictures right now, so your request was not saved; please try again later")]
    StorageQuota,
    #[error("sign in to the studio first")]
    Unauthenticated { setup_required: bool },
    #[error("{0}")]
    Forbidden(&'static str),
    #[error("wrong email or password")]
    BadCredentials,
    #[error("too many failed sign-ins; try again in {retry_after_secs} s")]
    LoginThrottled { retry_after_secs: u64 },
    #[error("{message}")]
    Invalid {
        field: &'static str,
        message: String,
    },
    #[error("{0}")]
    Conflict(&'static str),
    /// The slot was booked by someone else first.
    #[error("this time was just booked by someone else; choose another slot")]
    SlotTaken,
    /// An endpoint that was replaced: the message says by what.
    #[error("{0}")]
    Gone(&'static str),
    /// A commission link that opens nothing: the page says which case it is.
    #[error("{}", link_message(*.0))]
    ///
    /// A revoked or expired link's answer carries the shop's contact, so the visitor can still
    /// reach the jeweler; an unknown token's never does.
    CommissionLink(crate::store::links::Refusal, Option<ShopContact>),
    #[error("internal error")]
    Internal(String),
}

/// What a visitor is told when the database cannot take their request: what happened in plain
/// words, that nothing was saved, and to retry (the browser keeps the brief and resends it).
fn outage_message(outage: Outage) -> &'static str {
    match outage {
        Outage::Full => "the server's storage is full, so your request was not saved; please try again later",
        Outage::ReadOnly => "the server cannot save requests right now (its storage is read-only), so your request was not saved; please try again later",
        Outage::Busy => "the server is busy; please try again in a moment",
        Outage::Unreadable => "this file cannot be read back as it was stored; the server's log says which",
        Outage::FilesDown => "the server cannot store files right now, so your request was not saved; please try again later",
        Outage::Other => "the database is unavailable, so your request was not saved; please try again later",
    }
}

/// What a visitor is told when their commission link opens nothing.
fn link_message(refusal: crate::store::links::Refusal) -> &'static str {
    use crate::store::links::Refusal;
    match refusal {
        Refusal::Unknown => "this link does not open a commission: check that it was copied whole, or ask the jeweler for a new one",
        Refusal::Revoked => "the jeweler has closed this link; ask them for a new one",
        Refusal::Expired => "this link has expired; ask the jeweler for a new one",
    }
}

/// How a visitor whose commission link was closed or ran out reaches the jeweler: the shop's
/// name and the address the visitor's emails already reply to (`jeweler_email`).
#[derive(Debug, Clone, Serialize)]
pub struct ShopContact {
    /// The shop's name.
    pub name: String,
    /// The jeweler's email address.
    pub email: String,
}

/// The JSON body of every error response.
#[derive(Debug, Serialize)]
pub struct ErrorBody {
    pub error: ErrorDetail,
    /// On the studio's 401: whether no account exists yet, so the setup link is needed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_required: Option<bool>,
    /// On a revoked or expired commission link: how to reach the shop.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contact: Option<ShopContact>,
}

/// A stable machine-readable code, a sentence for people, and any field-level problems.
#[derive(Debug, Serialize)]
pub struct ErrorDetail {
    pub code: &'static str,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fields: Option<Vec<FieldError>>,
}

impl ApiError {
    fn status_and_code(&self) -> (StatusCode, &'static str) {
        match self {
            ApiError::NotFound => (StatusCode::NOT_FOUND, "not_found"),
            ApiError::MethodNotAllowed => (StatusCode::METHOD_NOT_ALLOWED, "method_not_allowed"),
            ApiError::Database(e) if e.outage() == Outage::Unreadable => {
                (StatusCode::SERVICE_UNAVAILABLE, "file_unreadable")
            }
            ApiError::Database(e) if e.outage() == Outage::FilesDown => {
                (StatusCode::SERVICE_UNAVAILABLE, "files_unavailable")
            }
            ApiError::Database(_) => (StatusCode::SERVICE_UNAVAILABLE, "database_unavailable"),
            ApiError::UnsupportedMediaType => {
                (StatusCode::UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type")
            }
            ApiError::PayloadTooLarge { .. } => {
                (StatusCode::PAYLOAD_TOO_LARGE, "payload_too_large")
            }
            ApiError::BadBody(_) => (StatusCode::BAD_REQUEST, "unreadable_body"),
            ApiError::MalformedJson(_) => (StatusCode::BAD_REQUEST, "malformed_json"),
            ApiError::IdempotencyKey => (StatusCode::BAD_REQUEST, "idempotency_key_required"),
            ApiError::InvalidBrief(_) => (StatusCode::UNPROCESSABLE_ENTITY, "invalid_brief"),
            ApiError::IdempotencyConflict => {
                (StatusCode::UNPROCESSABLE_ENTITY, "idempotency_key_reused")
            }
            ApiError::InProgress => (StatusCode::CONFLICT, "request_in_progress"),
            ApiError::RateLimited { .. } => (StatusCode::TOO_MANY_REQUESTS, "rate_limited"),
            ApiError::QuotaReached { .. } => (StatusCode::TOO_MANY_REQUESTS, "shop_quota"),
            ApiError::StorageQuota => (StatusCode::SERVICE_UNAVAILABLE, "storage_quota"),
            ApiError::Unauthenticated { .. } => (StatusCode::UNAUTHORIZED, "unauthenticated"),
            ApiError::Forbidden(_) => (StatusCode::FORBIDDEN, "forbidden"),
            ApiError::BadCredentials => (StatusCode::UNAUTHORIZED, "bad_credentials"),
            ApiError::LoginThrottled { .. } => (StatusCode::TOO_MANY_REQUESTS, "rate_limited"),
            ApiError::Invalid { .. } => (StatusCode::UNPROCESSABLE_ENTITY, "invalid"),
            ApiError::Conflict(_) => (StatusCode::CONFLICT, "conflict"),
            ApiError::SlotTaken => (StatusCode::CONFLICT, "slot_taken"),
            ApiError::Gone(_) => (StatusCode::GONE, "gone"),
            ApiError::CommissionLink(refusal, _) => {
                use crate::store::links::Refusal;
                match refusal {
                    Refusal::Unknown => (StatusCode::NOT_FOUND, "link_unknown"),
                    Refusal::Revoked => (StatusCode::GONE, "link_revoked"),
                    Refusal::Expired => (StatusCode::GONE, "link_expired"),
                }
            }
            ApiError::Internal(_) => (StatusCode::INTERNAL_SERVER_ERROR, "internal"),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, code) = self.status_and_code();
        if status.is_server_error() {
            tracing::error!(error = ?self, "request failed");
        }
        let message = self.to_string();
        let retry_after = match &self {
            ApiError::RateLimited { retry_after_secs }
            | ApiError::QuotaReached { retry_after_secs }
            | ApiError::LoginThrottled { retry_after_secs } => Some(*retry_after_secs),
            ApiError::StorageQuota => Some(crate::quota::RETRY_AFTER_SECS),
            ApiError::InProgress => Some(1),
            ApiError::Database(e) => match e.outage() {
                Outage::Busy => Some(1),
                Outage::Unreadable => None,
                Outage::Full | Outage::ReadOnly | Outage::FilesDown | Outage::Other => Some(30),
            },
            _ => None,
        };
        let setup_required = match &self {
            ApiError::Unauthenticated { setup_required } => Some(*setup_required),
            _ => None,
        };
        let contact = match &self {
            ApiError::CommissionLink(_, contact) => contact.clone(),
            _ => None,
        };
        let fields = match self {
            ApiError::InvalidBrief(fields) => Some(fields),
            ApiError::Invalid { field, message } => Some(vec![FieldError {
                field: field.to_owned(),
                message,
            }]),
            _ => None,
        };
        let message = if status.is_server_error() && code == "internal" {
            "something went wrong on the server".to_owned()
        } else {
            message
        };
        let body = ErrorBody {
            error: ErrorDetail {
                code,
                message,
                fields,
            },
            setup_required,
            contact,
        };
        let mut response = (status, Json(body)).into_response();
        if let Some(secs) = retry_after {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(secs));
        }
        response
    }
}
