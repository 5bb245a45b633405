//! `POST /briefs/{reference}/status` and `POST /briefs/{reference}/notes`: moving a brief through
//! the workflow (each change recorded with who, from, to and when) and private notes.

use super::json_body;
use super::lookup;
use super::session::Jeweler;
use crate::clock;
use crate::error::ApiError;
use crate::store::briefs;
use crate::AppState;
use atelier_core::workflow::{Status, NAMES};
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use serde::Deserialize;
use serde_json::{json, Value};

/// Longest private note, in characters.
pub const NOTE_MAX_CHARS: usize = 4000;

/// `POST …/status`.
#[derive(Debug, Deserialize)]
pub struct StatusChange {
    /// The new status.
    pub status: String,
}

/// `POST …/notes`.
#[derive(Debug, Deserialize)]
pub struct NewNote {
    /// The note.
    pub text: String,
}

/// `POST /briefs/{reference}/status` → `{"status","history"}`.
pub async fn change_status(
    State(state): State<AppState>,
    jeweler: Jeweler,
    Path(reference): Path<String>,
    body: Bytes,
) -> Result<Json<Value>, ApiError> {
    let (id, _) = lookup::brief_id(&state, &reference).await?;
    let change: StatusChange = json_body(&body)?;
    let to = Status::parse(change.status.trim())
        .map(Status::name)
        .ok_or_else(|| ApiError::Invalid {
            field: "status",
            message: format!("expected one of {}", NAMES.join(", ")),
        })?;
    briefs::set_status(&state.db, id, to, &jeweler.email, clock::now_unix()).await?;
    Ok(Json(json!({
        "status": to,
        "history": super::brief::history(&state, id).await?,
    })))
}

/// `POST /briefs/{reference}/notes` → 201 `{"at","by","text"}`.
pub async fn add_note(
    State(state): State<AppState>,
    jeweler: Jeweler,
    Path(reference): Path<String>,
    body: Bytes,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let (id, _) = lookup::brief_id(&state, &reference).await?;
    let note: NewNote = json_body(&body)?;
    let text = note.text.trim();
    let chars = text.chars().count();
    if chars == 0 || chars > NOTE_MAX_CHARS {
        return Err(ApiError::Invalid {
            field: "text",
            message: format!("write 1 to {NOTE_MAX_CHARS} characters"),
        });
    }
    let note = briefs::Note {
        at: clock::rfc3339(clock::now_unix()),
        by_email: jeweler.email,
        text: text.to_owned(),
    };
    briefs::add_note(&state.db, id, &note).await?;
    Ok((
        StatusCode::CREATED,
        Json(json!({"at": note.at, "by": note.by_email, "text": note.text})),
    ))
}
