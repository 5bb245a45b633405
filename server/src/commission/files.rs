//! The commission's pictures: `GET /api/c/{token}/files/{id}` (a photo of this brief's
//! conversation or making), `GET /api/c/{token}/files/s{id}` (a snapshot of this brief's design),
//! and the studio's `GET /api/studio/commission-files/{id}`. Another brief's id is a 404, exactly
//! like an id that never existed. Files go out with their sniffed type, never sniffed again by the
//! browser, shown inline, and under a sandboxing CSP.

use super::access::Commission;
use crate::error::ApiError;
use crate::store::messages::{self, FileBytes};
use crate::studio::session::Jeweler;
use crate::AppState;
use axum::extract::{Path, State};
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};
use std::collections::HashMap;

/// Which table a visitor's file id names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileId {
    /// `commission_files`: a photo in a message or of a stage.
    Commission(i64),
    /// `consultation_files` of kind snapshot: `s` and the id.
    Snapshot(i64),
}

impl FileId {
    /// Parses `12` or `s12`; anything else names no file.
    pub fn parse(text: &str) -> Option<FileId> {
        let digits = |t: &str| {
            (!t.is_empty() && t.len() <= 18 && t.bytes().all(|b| b.is_ascii_digit()))
                .then(|| t.parse().ok())
                .flatten()
        };
        match text.strip_prefix('s') {
            Some(rest) => digits(rest).map(FileId::Snapshot),
            None => digits(text).map(FileId::Commission),
        }
    }
}

/// The bytes as a response the browser shows and never runs.
pub fn response((mime, bytes): FileBytes) -> Response {
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
    response
}

/// `GET /api/c/{token}/files/{file}`.
pub async fn visitor_file(
    State(state): State<AppState>,
    commission: Commission,
    Path(params): Path<HashMap<String, String>>,
) -> Result<Response, ApiError> {
    let id = params
        .get("file")
        .and_then(|f| FileId::parse(f))
        .ok_or(ApiError::NotFound)?;
    let found = match id {
        FileId::Commission(file) => messages::file(&state.db, Some(commission.id), file).await?,
        FileId::Snapshot(file) => messages::snapshot(&state.db, commission.id, file).await?,
    };
    found.map(response).ok_or(ApiError::NotFound)
}

/// `GET /api/studio/commission-files/{id}`.
pub async fn studio_file(
    State(state): State<AppState>,
    _jeweler: Jeweler,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let Some(FileId::Commission(file)) = FileId::parse(&id) else {
        return Err(ApiError::NotFound);
    };
    messages::file(&state.db, None, file)
        .await?
        .map(response)
        .ok_or(ApiError::NotFound)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_ids_name_one_table_or_nothing() {
        assert_eq!(FileId::parse("12"), Some(FileId::Commission(12)));
        assert_eq!(FileId::parse("s7"), Some(FileId::Snapshot(7)));
        for bad in [
            "",
            "s",
            "-1",
            "1e3",
            "s-2",
            "ss1",
            "12a",
            "99999999999999999999",
        ] {
            assert_eq!(FileId::parse(bad), None, "{bad}");
        }
    }
}
