//! `POST /briefs/{reference}/status` and `POST /briefs/{reference}/notes`: moving a brief through
//! the workflow (each change recorded with who, from, to and when) and private notes.

use super::json_body;
use super::lookup;
use super::session::Jeweler;
use crate::clock;
use crate::db::DbError;
use crate::error::ApiError;
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

/// Sets the status of brief `id` at `now` on behalf of `by`, recording the change; returns
/// whether anything changed.
pub async fn set_status(
    state: &AppState,
    id: i64,
    to: &str,
    by: &str,
    now: i64,
) -> Result<bool, DbError> {
    let mut tx = state.db.writer().begin().await?;
    let from: String = sqlx::query_scalar("SELECT status FROM consultations WHERE id = ?")
        .bind(id)
        .fetch_one(&mut *tx)
        .await?;
    if from == to {
        return Ok(false);
    }
    sqlx::query("UPDATE consultations SET status = ?, status_changed_at = ? WHERE id = ?")
        .bind(to)
        .bind(now)
        .bind(id)
        .execute(&mut *tx)
        .await?;
    sqlx::query(
        "INSERT INTO consultation_history (consultation_id, at, by_email, from_status, to_status) \
         VALUES (?, ?, ?, ?, ?)",
    )
    .bind(id)
    .bind(clock::rfc3339(now))
    .bind(by)
    .bind(&from)
    .bind(to)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(true)
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
    set_status(&state, id, to, &jeweler.email, clock::now_unix()).await?;
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
    let at = clock::rfc3339(clock::now_unix());
    sqlx::query(
        "INSERT INTO consultation_notes (consultation_id, at, by_email, text) VALUES (?, ?, ?, ?)",
    )
    .bind(id)
    .bind(&at)
    .bind(&jeweler.email)
    .bind(text)
    .execute(state.db.writer())
    .await
    .map_err(DbError::from)?;
    Ok((
        StatusCode::CREATED,
        Json(json!({"at": at, "by": jeweler.email, "text": text})),
    ))
}
