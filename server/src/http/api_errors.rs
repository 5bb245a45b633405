//! Every answer under `/api` is JSON, including the ones no handler wrote: a body over a limit,
//! a method a route does not take, a preflight the route does not expect, a timeout. And a body
//! sent to the API must be JSON: anything else is a 415 before a handler reads it.
//!
//! This is one layer for the whole API rather than a check per route, so a route added later
//! cannot answer in plain text by accident.

use crate::error::{ErrorBody, ErrorDetail};
use axum::extract::Request;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::Json;

/// Whether a request's path is under `/api`.
pub fn is_api(path: &str) -> bool {
    path == "/api" || path.starts_with("/api/")
}

/// Middleware for the whole app: under `/api`, refuses a body that is not JSON and rewrites any
/// error answer that is not JSON into the house format, keeping its status and headers.
pub async fn json_only(request: Request, next: Next) -> Response {
    if !is_api(request.uri().path()) {
        return next.run(request).await;
    }
    if carries_non_json(request.headers()) {
        return crate::error::ApiError::UnsupportedMediaType.into_response();
    }
    let response = next.run(request).await;
    if response.status().is_client_error() || response.status().is_server_error() {
        if is_json(response.headers()) {
            return response;
        }
        return as_json(response);
    }
    response
}

fn is_json(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|essence| essence.trim().eq_ignore_ascii_case("application/json"))
}

/// A request with a body (or a declared type) that is not `application/json`. A request without
/// a body and without a type (a sign-out, a retry) is fine.
fn carries_non_json(headers: &HeaderMap) -> bool {
    if headers.contains_key(header::CONTENT_TYPE) {
        return !is_json(headers);
    }
    let declared_length = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok());
    match declared_length {
        Some(length) => length > 0,
        None => headers.contains_key(header::TRANSFER_ENCODING),
    }
}

/// The stable code and a sentence for an error status nothing else described.
fn describe(status: StatusCode) -> (&'static str, &'static str) {
    match status {
        StatusCode::BAD_REQUEST => ("bad_request", "the request could not be understood"), // i18n: not words (for API clients; the apps say their own by `code`)
        StatusCode::NOT_FOUND => ("not_found", "no such API endpoint"), // i18n: not words (for API clients; the apps say their own by `code`)
        StatusCode::METHOD_NOT_ALLOWED => (
            "method_not_allowed",
            "this endpoint does not answer that method", // i18n: not words (for API clients; the apps say their own by `code`)
        ),
        StatusCode::REQUEST_TIMEOUT => (
            "request_timeout",
            "the request took too long to arrive; please try again", // i18n: not words (for API clients; the apps say their own by `code`)
        ),
        StatusCode::PAYLOAD_TOO_LARGE => (
            "payload_too_large",
            "the request is larger than this endpoint accepts", // i18n: not words (for API clients; the apps say their own by `code`)
        ),
        StatusCode::UNSUPPORTED_MEDIA_TYPE => (
            "unsupported_media_type",
            "send the request as JSON with `Content-Type: application/json`",
        ),
        StatusCode::TOO_MANY_REQUESTS => ("rate_limited", "too many requests; try again later"), // i18n: not words (for API clients; the apps say their own by `code`)
        s if s.is_server_error() => ("internal", "something went wrong on the server"), // i18n: not words (for API clients; the apps say their own by `code`)
        _ => ("bad_request", "the request was refused"), // i18n: not words (for API clients; the apps say their own by `code`)
    }
}

/// The same status and headers, with the house JSON error body instead of whatever was there.
fn as_json(response: Response) -> Response {
    let (mut parts, _) = response.into_parts();
    let (code, message) = describe(parts.status);
    let body = ErrorBody {
        error: ErrorDetail {
            code,
            message: message.to_owned(),
            fields: None,
        },
        setup_required: None,
        contact: None,
    };
    let json = Json(body).into_response();
    parts.headers.remove(header::CONTENT_LENGTH);
    parts.headers.remove(header::CONTENT_ENCODING);
    parts.headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    Response::from_parts(parts, json.into_body())
}
