//! `GET /files/{id}`: a snapshot or inspiration file, with its stored type, shown inline but never
//! sniffed or run (a sandboxing CSP keeps an uploaded SVG or HTML inert).

use super::session::Jeweler;
use crate::db::DbError;
use crate::error::ApiError;
use crate::AppState;
use axum::extract::{Path, State};
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};

/// The handler.
pub async fn file(
    State(state): State<AppState>,
    _jeweler: Jeweler,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let id: i64 = id.parse().map_err(|_| ApiError::NotFound)?;
    let row: Option<(String, Vec<u8>)> =
        sqlx::query_as("SELECT mime_type, bytes FROM consultation_files WHERE id = ?")
            .bind(id)
            .fetch_optional(state.db.reader())
            .await
            .map_err(DbError::from)?;
    let (mime, bytes) = row.ok_or(ApiError::NotFound)?;
    let mut response = bytes.into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_str(&mime)
            .unwrap_or_else(|_| HeaderValue::from_static("application/octet-stream")),
    );
    headers.insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_static("inline"),
    );
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("default-src 'none'; sandbox"),
    );
    Ok(response)
}
