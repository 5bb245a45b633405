//! `POST /briefs/{reference}/stages`: the jeweler records a stage of the making, with a note and
//! an optional photo, and may email the visitor. The photo is held to the same rules as the
//! visitor's photos (sniffed, checked to its end, capped in bytes and pixels). The workflow's
//! status is left as the jeweler set it: a stage is news for the visitor, not a sale.

use super::lookup;
use super::session::Jeweler;
use crate::clock;
use crate::error::ApiError;
use crate::store::stages::{self, NewStageRow, StagePhoto};
use crate::AppState;
use atelier_core::brief::limits::ATTACHMENT_BYTES_MAX;
use atelier_core::commission::{NewStage, PhotoUpload, StageEntry, MESSAGE_MAX_CHARS};
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;

/// Largest request: one photo at the brief's limit, as base64, and a note.
pub const BODY_LIMIT: usize = (ATTACHMENT_BYTES_MAX as usize) * 4 / 3 + 64 * 1024;

/// Longest file name kept with a photo, in characters.
const LABEL_MAX: usize = 200;

/// The handler: 201 with the stage as the visitor sees it.
pub async fn add(
    State(state): State<AppState>,
    jeweler: Jeweler,
    Path(reference): Path<String>,
    body: Bytes,
) -> Result<(StatusCode, Json<StageEntry>), ApiError> {
    let (id, _) = lookup::brief_id(&state, &reference).await?;
    let new: NewStage = crate::http::json::fields(&body)?;
    let note = new.note.trim().to_owned();
    if note.chars().count() > MESSAGE_MAX_CHARS {
        return Err(ApiError::Invalid {
            field: "note",
            message: format!("write at most {MESSAGE_MAX_CHARS} characters"),
        });
    }
    let photo = new.photo.as_ref().map(checked_photo).transpose()?;
    if let Some(photo) = &photo {
        crate::quota::admit(&state, false, photo.bytes.len(), clock::now_unix()).await?;
    }
    let entry = stages::insert(
        &state.db,
        NewStageRow {
            consultation_id: id,
            now_unix: clock::now_unix(),
            by_email: jeweler.email.clone(),
            stage: new.stage,
            note,
            photo,
            notify: new.notify,
        },
    )
    .await?;
    if new.notify {
        state.outbox_wake.notify_one();
    }
    tracing::info!(
        reference,
        by = jeweler.email,
        stage = entry.stage.name(),
        "stage recorded"
    );
    Ok((StatusCode::CREATED, Json(entry)))
}

fn checked_photo(upload: &PhotoUpload) -> Result<StagePhoto, ApiError> {
    let invalid = |message: String| ApiError::Invalid {
        field: "photo",
        message,
    };
    let bytes = crate::image::decode_base64(&upload.data_base64)
        .ok_or_else(|| invalid("the photo is not base64".to_owned()))?;
    if bytes.len() as u64 > ATTACHMENT_BYTES_MAX {
        return Err(invalid(format!(
            "the photo has {} bytes; at most {ATTACHMENT_BYTES_MAX}, please",
            bytes.len()
        )));
    }
    let format = crate::image::check_photo(&bytes, None).map_err(|e| invalid(e.to_string()))?;
    let label: String = crate::outbox::mail::header_text(&upload.name)
        .chars()
        .take(LABEL_MAX)
        .collect();
    Ok(StagePhoto {
        label: if label.is_empty() {
            format!("photo.{}", format.name().to_ascii_lowercase())
        } else {
            label
        },
        mime_type: format.mime_type().to_owned(),
        bytes,
    })
}
