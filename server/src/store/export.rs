//! SQL for the visitor's copy of their data (`GET /api/c/{token}/export.json`): every row the
//! shop holds about one brief. Files come with
//! their bytes; studio accounts' addresses are left out (they are the shop staff's data, not the
//! visitor's).

use crate::store::consultations::FileRow;
use crate::store::files::{self, Content};
use crate::store::{Database, DbError};
use atelier_core::commission::Proposal;
use serde::Serialize;

/// A stored file with its bytes, base64.
#[derive(Debug, Clone, Serialize)]
pub struct ExportFile {
    /// Where it belongs: `snapshot`, `attachment`, `message` or `stage`.
    pub belongs_to: String,
    /// The message's or stage's id, for those.
    pub owner_id: Option<i64>,
    /// The view or file name.
    pub label: String,
    /// MIME type.
    pub mime_type: String,
    /// The bytes, base64.
    pub data_base64: String,
}

/// One message.
#[derive(Debug, Clone, Serialize)]
pub struct ExportMessage {
    /// Its id (photos name it).
    pub id: i64,
    /// `visitor` or `jeweler`.
    pub author: String,
    /// When.
    pub at: String,
    /// The text.
    pub text: String,
}

/// One appointment, booked or cancelled.
#[derive(Debug, Clone, Serialize)]
pub struct ExportAppointment {
    /// Start (RFC 3339, UTC).
    pub starts_at: String,
    /// End (RFC 3339, UTC).
    pub ends_at: String,
    /// How it takes place.
    pub kind: String,
    /// `booked` or `cancelled`.
    pub state: String,
    /// When it was booked.
    pub created_at: String,
    /// When it last changed.
    pub changed_at: String,
}

/// One stage of the making.
#[derive(Debug, Clone, Serialize)]
pub struct ExportStage {
    /// Its id (a photo names it).
    pub id: i64,
    /// The stage.
    pub stage: String,
    /// When.
    pub at: String,
    /// The jeweler's note to the visitor.
    pub note: String,
}

/// A timestamped text the jeweler wrote or did about the brief (a note, a status change).
#[derive(Debug, Clone, Serialize)]
pub struct ExportEntry {
    /// When.
    pub at: String,
    /// What.
    pub text: String,
}

/// The erasure request.
#[derive(Debug, Clone, Serialize)]
pub struct ExportErasure {
    /// When it was asked for.
    pub requested_at: String,
    /// The visitor's comment.
    pub comment: String,
}

/// Everything held about one brief.
#[derive(Debug, Clone, Serialize)]
pub struct Export {
    /// `AT-XXXXX`.
    pub reference: String,
    /// When the brief was sent.
    pub created_at: String,
    /// The brief as sent (design, contact, budget, notes…).
    pub brief: serde_json::Value,
    /// The design's one-line summary.
    pub summary: String,
    /// The studio's workflow status.
    pub status: String,
    /// The conversation, oldest first.
    pub messages: Vec<ExportMessage>,
    /// The proposals and answers, oldest first.
    pub proposals: Vec<Proposal>,
    /// Consultations booked, moved or cancelled.
    pub appointments: Vec<ExportAppointment>,
    /// The making.
    pub stages: Vec<ExportStage>,
    /// The jeweler's working notes about the request.
    pub jeweler_notes: Vec<ExportEntry>,
    /// The request's status changes in the studio.
    pub status_history: Vec<ExportEntry>,
    /// The erasure request, if made.
    pub erasure_request: Option<ExportErasure>,
    /// Every picture and file: snapshots, attachments, message and stage photos.
    pub files: Vec<ExportFile>,
}

/// A commission file as `SELECT message_id, stage_id, label, mime_type, {CONTENT}` reads it.
#[derive(sqlx::FromRow)]
struct CommissionFileRow {
    message_id: Option<i64>,
    stage_id: Option<i64>,
    label: String,
    mime_type: String,
    #[sqlx(flatten)]
    content: Content,
}

fn b64(bytes: &[u8]) -> String {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

/// Everything held about brief `id`, or `None` if it is gone.
pub async fn export(db: &Database, id: i64) -> Result<Option<Export>, DbError> {
    let mut tx = db.reader().begin().await?;
    let row: Option<(String, String, String, String, String)> = sqlx::query_as(
        "SELECT reference, created_at, brief, summary, status FROM consultations WHERE id = ?",
    )
    .bind(id)
    .fetch_optional(&mut *tx)
    .await?;
    let Some((reference, created_at, brief, summary, status)) = row else {
        return Ok(None);
    };
    let messages: Vec<(i64, String, String, String)> = sqlx::query_as(
        "SELECT id, author, at, text FROM commission_messages WHERE consultation_id = ? ORDER BY id",
    )
    .bind(id)
    .fetch_all(&mut *tx)
    .await?;
    let appointments: Vec<(i64, i64, String, String, String, String)> = sqlx::query_as(
        "SELECT starts_at, ends_at, kind, state, created_at, changed_at FROM appointments \
         WHERE consultation_id = ? ORDER BY id",
    )
    .bind(id)
    .fetch_all(&mut *tx)
    .await?;
    let stages: Vec<(i64, String, String, String)> = sqlx::query_as(
        "SELECT id, stage, at, note FROM commission_stages WHERE consultation_id = ? ORDER BY id",
    )
    .bind(id)
    .fetch_all(&mut *tx)
    .await?;
    let notes: Vec<(String, String)> = sqlx::query_as(
        "SELECT at, text FROM consultation_notes WHERE consultation_id = ? ORDER BY id",
    )
    .bind(id)
    .fetch_all(&mut *tx)
    .await?;
    let history: Vec<(String, String, String)> = sqlx::query_as(
        "SELECT at, from_status, to_status FROM consultation_history \
         WHERE consultation_id = ? ORDER BY id",
    )
    .bind(id)
    .fetch_all(&mut *tx)
    .await?;
    let erasure: Option<(String, String)> = sqlx::query_as(
        "SELECT requested_at, comment FROM erasure_requests WHERE consultation_id = ?",
    )
    .bind(id)
    .fetch_optional(&mut *tx)
    .await?;
    let brief_files: Vec<FileRow> = sqlx::query_as(&format!(
        "SELECT kind, label, mime_type, {} FROM consultation_files \
         WHERE consultation_id = ? ORDER BY kind DESC, position",
        files::CONTENT
    ))
    .bind(id)
    .fetch_all(&mut *tx)
    .await?;
    let commission_files: Vec<CommissionFileRow> = sqlx::query_as(&format!(
        "SELECT message_id, stage_id, label, mime_type, {} FROM commission_files \
         WHERE consultation_id = ? ORDER BY id",
        files::CONTENT
    ))
    .bind(id)
    .fetch_all(&mut *tx)
    .await?;
    tx.commit().await?;
    let store = db.files();
    let mut files = Vec::with_capacity(brief_files.len() + commission_files.len());
    for file in brief_files {
        let bytes = store.read(file.content).await?;
        files.push(ExportFile {
            belongs_to: file.kind,
            owner_id: None,
            label: file.label,
            mime_type: file.mime_type,
            data_base64: b64(&bytes),
        });
    }
    for CommissionFileRow {
        message_id: message,
        stage_id: stage,
        label,
        mime_type,
        content,
    } in commission_files
    {
        let bytes = store.read(content).await?;
        files.push(ExportFile {
            belongs_to: if message.is_some() {
                "message"
            } else {
                "stage"
            }
            .to_owned(),
            owner_id: message.or(stage),
            label,
            mime_type,
            data_base64: b64(&bytes),
        });
    }
    Ok(Some(Export {
        reference,
        created_at,
        brief: serde_json::from_str(&brief).unwrap_or(serde_json::Value::Null),
        summary,
        status,
        messages: messages
            .into_iter()
            .map(|(id, author, at, text)| ExportMessage {
                id,
                author,
                at,
                text,
            })
            .collect(),
        proposals: super::proposals::list(db, id).await?,
        appointments: appointments
            .into_iter()
            .map(
                |(starts, ends, kind, state, created_at, changed_at)| ExportAppointment {
                    starts_at: crate::clock::rfc3339(starts),
                    ends_at: crate::clock::rfc3339(ends),
                    kind,
                    state,
                    created_at,
                    changed_at,
                },
            )
            .collect(),
        stages: stages
            .into_iter()
            .map(|(id, stage, at, note)| ExportStage {
                id,
                stage,
                at,
                note,
            })
            .collect(),
        jeweler_notes: notes
            .into_iter()
            .map(|(at, text)| ExportEntry { at, text })
            .collect(),
        status_history: history
            .into_iter()
            .map(|(at, from, to)| ExportEntry {
                at,
                text: format!("{from} → {to}"),
            })
            .collect(),
        erasure_request: erasure.map(|(requested_at, comment)| ExportErasure {
            requested_at,
            comment,
        }),
        files,
    }))
}
