//! SQL for the visitor's copy of their data (`GET /api/c/{token}/export.json`): every row the
//! shop holds about one brief, read only among the handle's shop's rows (another shop's brief
//! reads as gone). Files come with
//! their bytes; studio accounts' addresses are left out (they are the shop staff's data, not the
//! visitor's).

use crate::store::consultations::FileRow;
use crate::store::engines::statements;
use crate::store::files::{self, Content};
use crate::store::postgres::Postgres;
use crate::store::sqlite::Sqlite;
use crate::store::{Database, DbError, Engine, ShopId};
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
pub struct CommissionFileRow {
    /// The message it is a photo in, if it is one.
    pub message_id: Option<i64>,
    /// The stage it is a photo of, if it is one.
    pub stage_id: Option<i64>,
    /// The file's label.
    pub label: String,
    /// Its stored type.
    pub mime_type: String,
    /// Where its bytes are.
    #[sqlx(flatten)]
    pub content: Content,
}

/// What [`export`] reads in one snapshot of the database: the brief's rows, and where its files'
/// bytes are (read after the snapshot, from the object store).
pub struct Snapshot {
    /// Everything held about the brief but its proposals and its files.
    pub export: Export,
    /// The brief's snapshots and attachments, snapshots first, each list in its order.
    pub brief_files: Vec<FileRow>,
    /// The photos of its messages and stages, in the order they were stored.
    pub commission_files: Vec<CommissionFileRow>,
}

fn b64(bytes: &[u8]) -> String {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

/// Everything the shop holds about its brief `id`, or `None` if it is gone (or not the shop's).
/// The rows are read in one snapshot, so the copy is consistent even while the commission goes
/// on.
pub async fn export(db: &Database, id: i64) -> Result<Option<Export>, DbError> {
    let snapshot = match db.engine() {
        Engine::Sqlite(sqlite) => snapshot_on_sqlite(sqlite, db.shop(), id).await?,
        Engine::Postgres(pg) => snapshot_on_postgres(pg, db.shop(), id).await?,
    };
    let Some(Snapshot {
        mut export,
        brief_files,
        commission_files,
    }) = snapshot
    else {
        return Ok(None);
    };
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
    export.files = files;
    export.proposals = super::proposals::list(db, id).await?;
    Ok(Some(export))
}

/// [`export`]'s rows on SQLite: one read transaction on a reader, whose snapshot begins with its
/// first read.
async fn snapshot_on_sqlite(
    sqlite: &Sqlite,
    shop: ShopId,
    id: i64,
) -> Result<Option<Snapshot>, DbError> {
    let mut tx = sqlite.reader().begin().await?;
    let snapshot = on_sqlite::snapshot(&mut tx, shop, id).await?;
    tx.commit().await?;
    Ok(snapshot)
}

/// [`export`]'s rows on PostgreSQL: one read-only transaction at `REPEATABLE READ`, whose every
/// statement sees the database as of its first (PostgreSQL's default, `READ COMMITTED`, would let
/// each statement see a newer state).
async fn snapshot_on_postgres(
    pg: &Postgres,
    shop: ShopId,
    id: i64,
) -> Result<Option<Snapshot>, DbError> {
    let mut tx = pg.pool().begin().await?;
    sqlx::query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        .execute(&mut *tx)
        .await?;
    let snapshot = on_postgres::snapshot(&mut tx, shop, id).await?;
    tx.commit().await?;
    Ok(snapshot)
}

/// The columns of the brief's own row.
type BriefRow = (String, String, String, String, String);
/// The columns of an appointment.
type AppointmentRow = (i64, i64, String, String, String, String);

statements! {
    /// See [`super::export`]: every row about the shop's brief `id` but its proposals, inside
    /// the caller's read transaction; `None` if the shop has no such brief.
    pub async fn snapshot(
        conn: &mut Conn,
        shop: ShopId,
        id: i64,
    ) -> Result<Option<Snapshot>, sqlx::Error> {
        let row: Option<BriefRow> = sqlx::query_as(
            "SELECT reference, created_at, brief, summary, status FROM consultations \
             WHERE shop_id = $1 AND id = $2",
        )
        .bind(shop.get())
        .bind(id)
        .fetch_optional(&mut *conn)
        .await?;
        let Some((reference, created_at, brief, summary, status)) = row else {
            return Ok(None);
        };
        let messages: Vec<(i64, String, String, String)> = sqlx::query_as(
            "SELECT id, author, at, text FROM commission_messages \
             WHERE shop_id = $1 AND consultation_id = $2 ORDER BY id",
        )
        .bind(shop.get())
        .bind(id)
        .fetch_all(&mut *conn)
        .await?;
        let appointments: Vec<AppointmentRow> = sqlx::query_as(
            "SELECT starts_at, ends_at, kind, state, created_at, changed_at FROM appointments \
             WHERE shop_id = $1 AND consultation_id = $2 ORDER BY id",
        )
        .bind(shop.get())
        .bind(id)
        .fetch_all(&mut *conn)
        .await?;
        let stages: Vec<(i64, String, String, String)> = sqlx::query_as(
            "SELECT id, stage, at, note FROM commission_stages \
             WHERE shop_id = $1 AND consultation_id = $2 ORDER BY id",
        )
        .bind(shop.get())
        .bind(id)
        .fetch_all(&mut *conn)
        .await?;
        let notes: Vec<(String, String)> = sqlx::query_as(
            "SELECT at, text FROM consultation_notes \
             WHERE shop_id = $1 AND consultation_id = $2 ORDER BY id",
        )
        .bind(shop.get())
        .bind(id)
        .fetch_all(&mut *conn)
        .await?;
        let history: Vec<(String, String, String)> = sqlx::query_as(
            "SELECT at, from_status, to_status FROM consultation_history \
             WHERE shop_id = $1 AND consultation_id = $2 ORDER BY id",
        )
        .bind(shop.get())
        .bind(id)
        .fetch_all(&mut *conn)
        .await?;
        let erasure: Option<(String, String)> = sqlx::query_as(
            "SELECT requested_at, comment FROM erasure_requests \
             WHERE shop_id = $1 AND consultation_id = $2",
        )
        .bind(shop.get())
        .bind(id)
        .fetch_optional(&mut *conn)
        .await?;
        let brief_files: Vec<FileRow> = sqlx::query_as(&format!(
            "SELECT kind, label, mime_type, {} FROM consultation_files \
             WHERE shop_id = $1 AND consultation_id = $2 ORDER BY kind DESC, position",
            files::CONTENT
        ))
        .bind(shop.get())
        .bind(id)
        .fetch_all(&mut *conn)
        .await?;
        let commission_files: Vec<CommissionFileRow> = sqlx::query_as(&format!(
            "SELECT message_id, stage_id, label, mime_type, {} FROM commission_files \
             WHERE shop_id = $1 AND consultation_id = $2 ORDER BY id",
            files::CONTENT
        ))
        .bind(shop.get())
        .bind(id)
        .fetch_all(&mut *conn)
        .await?;
        let export = Export {
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
            proposals: Vec::new(),
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
            files: Vec::new(),
        };
        Ok(Some(Snapshot {
            export,
            brief_files,
            commission_files,
        }))
    }
}
