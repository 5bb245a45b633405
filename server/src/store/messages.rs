//! The conversation of a commission in the database: messages both ways with the visitor's
//! photos, stored with the notice for the other side in one unit of the writer's group commit,
//! and the pictures a commission page or the studio may fetch.
//!
//! Photos are written as objects ([`crate::store::files`]) before the group commit and the rows
//! name them; a post that stores nothing new deletes them again.
//!
//! A message is idempotent like a brief: `(brief, Idempotency-Key)` is unique, so a retry or a
//! double click lands once, and its second answer is the first one's message.

use crate::store::files::{self, Content, StoredObject};
use crate::store::outbox::OutboxKind;
use crate::store::{Database, DbError};
use atelier_core::commission::{Author, Message, Picture};
use sqlx::SqliteConnection;

/// A photo checked by the caller, ready to be stored with its message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Photo {
    /// The file name the visitor chose.
    pub label: String,
    /// The sniffed MIME type.
    pub mime_type: String,
    /// The bytes.
    pub bytes: Vec<u8>,
}

/// A message to store.
#[derive(Debug, Clone)]
pub struct NewMessage {
    /// The brief it belongs to.
    pub consultation_id: i64,
    /// Who wrote it.
    pub author: Author,
    /// The studio account that wrote it (jeweler messages).
    pub by_email: Option<String>,
    /// When, Unix seconds.
    pub now_unix: i64,
    /// The text, trimmed and checked.
    pub text: String,
    /// The client's `Idempotency-Key`.
    pub idempotency_key: String,
    /// SHA-256 hex of the request body.
    pub body_hash: String,
    /// Checked photos, in order.
    pub photos: Vec<Photo>,
}

/// What storing a message did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Posted {
    /// Stored now, with its notice queued: the message's id.
    Created(i64),
    /// The same key and body were stored before: that message's id.
    Replay(i64),
    /// The key was used before for another body.
    Conflict,
}

/// The outbox payload of a `message_email`: the message's id only, so erasing the brief leaves
/// nothing of the conversation behind in the outbox.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Notice {
    /// The message the email is about.
    pub message_id: i64,
}

/// Stores the message, its photos and the `message_email` for the other side in the writer's
/// next group commit; returns once that commit is durable. Concurrent posts with one key are
/// serialised by the writer, so exactly one of them creates the row.
pub async fn post(db: &Database, mut new: NewMessage) -> Result<Posted, DbError> {
    let contents = new
        .photos
        .iter_mut()
        .map(|photo| std::mem::take(&mut photo.bytes))
        .collect();
    let objects = db.files().put_all(contents).await?;
    let keys = files::keys(&objects);
    let posted = db
        .write((new, objects), |conn, (new, objects)| {
            Box::pin(insert(conn, new, objects))
        })
        .await;
    if !matches!(posted, Ok(Posted::Created(_)) | Err(DbError::WriterStopped)) {
        db.files().delete_logged(&keys).await;
    }
    posted
}

async fn insert(
    conn: &mut SqliteConnection,
    new: &NewMessage,
    objects: &[StoredObject],
) -> Result<Posted, sqlx::Error> {
    let id: Option<i64> = sqlx::query_scalar(
        "INSERT INTO commission_messages \
         (consultation_id, author, by_email, at, text, idempotency_key, body_hash) \
         VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id",
    )
    .bind(new.consultation_id)
    .bind(new.author.name())
    .bind(&new.by_email)
    .bind(crate::clock::rfc3339(new.now_unix))
    .bind(&new.text)
    .bind(&new.idempotency_key)
    .bind(&new.body_hash)
    .fetch_optional(&mut *conn)
    .await?;
    let Some(id) = id else {
        let (id, hash): (i64, String) = sqlx::query_as(
            "SELECT id, body_hash FROM commission_messages \
             WHERE consultation_id = ? AND idempotency_key = ?",
        )
        .bind(new.consultation_id)
        .bind(&new.idempotency_key)
        .fetch_one(&mut *conn)
        .await?;
        return Ok(if hash == new.body_hash {
            Posted::Replay(id)
        } else {
            Posted::Conflict
        });
    };
    if objects.len() != new.photos.len() {
        return Err(sqlx::Error::Protocol(format!(
            "{} photos but {} objects",
            new.photos.len(),
            objects.len()
        )));
    }
    for (position, (photo, object)) in new.photos.iter().zip(objects).enumerate() {
        sqlx::query(
            "INSERT INTO commission_files \
             (consultation_id, message_id, position, label, mime_type, object_key, sha256, size) \
             VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        )
        .bind(new.consultation_id)
        .bind(id)
        .bind(i64::try_from(position).unwrap_or(i64::MAX))
        .bind(&photo.label)
        .bind(&photo.mime_type)
        .bind(&object.key)
        .bind(&object.sha256)
        .bind(object.size)
        .execute(&mut *conn)
        .await?;
    }
    let payload = serde_json::to_string(&Notice { message_id: id })
        .map_err(|e| sqlx::Error::Encode(Box::new(e)))?;
    sqlx::query(
        "INSERT INTO outbox (consultation_id, kind, state, attempts, next_attempt_at, payload) \
         VALUES (?, ?, 'pending', 0, ?, ?)",
    )
    .bind(new.consultation_id)
    .bind(OutboxKind::MessageEmail.as_str())
    .bind(new.now_unix)
    .bind(payload)
    .execute(&mut *conn)
    .await?;
    Ok(Posted::Created(id))
}

type MessageRow = (i64, String, String, String);

fn message(row: MessageRow, photos: Vec<Picture>) -> Option<Message> {
    let (id, author, at, text) = row;
    Some(Message {
        id,
        author: Author::parse(&author)?,
        at,
        text,
        photos,
    })
}

/// The brief's conversation, oldest first; `url` makes each photo's address from its file id
/// (the commission page and the studio reach files by different paths). Two queries, whatever
/// the number of messages.
pub async fn list(
    db: &Database,
    consultation_id: i64,
    url: fn(i64) -> String,
) -> Result<Vec<Message>, DbError> {
    let rows: Vec<MessageRow> = sqlx::query_as(
        "SELECT id, author, at, text FROM commission_messages \
         WHERE consultation_id = ? ORDER BY id",
    )
    .bind(consultation_id)
    .fetch_all(db.reader())
    .await?;
    let files: Vec<(i64, i64, String)> = sqlx::query_as(
        "SELECT id, message_id, label FROM commission_files \
         WHERE consultation_id = ? AND message_id IS NOT NULL ORDER BY message_id, position",
    )
    .bind(consultation_id)
    .fetch_all(db.reader())
    .await?;
    Ok(rows
        .into_iter()
        .filter_map(|row| {
            let photos = files
                .iter()
                .filter(|(_, message_id, _)| *message_id == row.0)
                .map(|(id, _, label)| Picture {
                    url: url(*id),
                    label: label.clone(),
                })
                .collect();
            message(row, photos)
        })
        .collect())
}

/// One message with its brief's id, for its notice; `None` once erased.
pub async fn one(
    db: &Database,
    message_id: i64,
    url: fn(i64) -> String,
) -> Result<Option<(i64, Message)>, DbError> {
    let row: Option<(i64, i64, String, String, String)> = sqlx::query_as(
        "SELECT consultation_id, id, author, at, text FROM commission_messages WHERE id = ?",
    )
    .bind(message_id)
    .fetch_optional(db.reader())
    .await?;
    let Some((consultation_id, id, author, at, text)) = row else {
        return Ok(None);
    };
    let files: Vec<(i64, String)> = sqlx::query_as(
        "SELECT id, label FROM commission_files WHERE message_id = ? ORDER BY position",
    )
    .bind(message_id)
    .fetch_all(db.reader())
    .await?;
    let photos = files
        .into_iter()
        .map(|(id, label)| Picture {
            url: url(id),
            label,
        })
        .collect();
    Ok(message((id, author, at, text), photos).map(|m| (consultation_id, m)))
}

/// Whether the jeweler has written in this brief's conversation.
pub async fn jeweler_wrote(db: &Database, consultation_id: i64) -> Result<bool, DbError> {
    Ok(sqlx::query_scalar(
        "SELECT EXISTS (SELECT 1 FROM commission_messages \
         WHERE consultation_id = ? AND author = 'jeweler')",
    )
    .bind(consultation_id)
    .fetch_one(db.reader())
    .await?)
}

/// A stored picture's type and bytes.
pub type FileBytes = (String, Vec<u8>);

/// A commission file (a photo in a message or of a stage): of the brief `consultation_id` only,
/// or of any brief for the studio (`None`).
pub async fn file(
    db: &Database,
    consultation_id: Option<i64>,
    file_id: i64,
) -> Result<Option<FileBytes>, DbError> {
    let row: Option<TypedContent> = sqlx::query_as(&format!(
        "SELECT mime_type, {} FROM commission_files \
         WHERE id = ? AND (? IS NULL OR consultation_id = ?)",
        files::CONTENT
    ))
    .bind(file_id)
    .bind(consultation_id)
    .bind(consultation_id)
    .fetch_optional(db.reader())
    .await?;
    typed_bytes(db, row).await
}

/// A file's stored type and where its bytes are, as `SELECT mime_type, {CONTENT}` reads it.
#[derive(sqlx::FromRow)]
pub struct TypedContent {
    /// The stored type.
    pub mime_type: String,
    /// Where the bytes are.
    #[sqlx(flatten)]
    pub content: Content,
}

/// The type and bytes of a row read as [`TypedContent`], its object read and checked.
pub async fn typed_bytes(
    db: &Database,
    row: Option<TypedContent>,
) -> Result<Option<FileBytes>, DbError> {
    let Some(TypedContent { mime_type, content }) = row else {
        return Ok(None);
    };
    let bytes = db.files().read(content).await?;
    Ok(Some((mime_type, bytes)))
}

/// A snapshot of the brief `consultation_id` (never an inspiration photo, never another brief's).
pub async fn snapshot(
    db: &Database,
    consultation_id: i64,
    file_id: i64,
) -> Result<Option<FileBytes>, DbError> {
    let row: Option<TypedContent> = sqlx::query_as(&format!(
        "SELECT mime_type, {} FROM consultation_files \
         WHERE id = ? AND consultation_id = ? AND kind = 'snapshot'",
        files::CONTENT
    ))
    .bind(file_id)
    .bind(consultation_id)
    .fetch_optional(db.reader())
    .await?;
    typed_bytes(db, row).await
}

/// The brief's snapshots as `(file id, view name)`, in order.
pub async fn snapshots(db: &Database, consultation_id: i64) -> Result<Vec<(i64, String)>, DbError> {
    Ok(sqlx::query_as(
        "SELECT id, label FROM consultation_files \
         WHERE consultation_id = ? AND kind = 'snapshot' ORDER BY position",
    )
    .bind(consultation_id)
    .fetch_all(db.reader())
    .await?)
}
