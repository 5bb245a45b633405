//! The conversation of a commission in the database: messages both ways with the visitor's
//! photos, stored with the notice for the other side in one write (one unit of SQLite's group
//! commit, or one PostgreSQL transaction), and the pictures a commission page or the studio may
//! fetch.
//!
//! Photos are written as objects ([`crate::store::files`]) before the group commit and the rows
//! name them; a post that stores nothing new deletes them again.
//!
//! A message is idempotent like a brief: `(brief, Idempotency-Key)` is unique, so a retry or a
//! double click lands once, and its second answer is the first one's message.
//!
//! Every statement is the handle's shop's: a message, a photo or a snapshot of another shop's
//! brief reads as one that does not exist.

use crate::store::engines::{commit, read, statements};
use crate::store::files::{self, Content, StoredObject};
use crate::store::outbox::OutboxKind;
use crate::store::{Database, DbError, ShopId};
use atelier_core::commission::{Author, Message, Picture};

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

/// Stores the message, its photos and the `message_email` for the other side in one write;
/// returns once it is durable. Concurrent posts with one key are serialised (by SQLite's one
/// writer, or by PostgreSQL's serializable transactions, the loser run again), so exactly one of
/// them creates the row.
pub async fn post(db: &Database, mut new: NewMessage) -> Result<Posted, DbError> {
    let contents = new
        .photos
        .iter_mut()
        .map(|photo| std::mem::take(&mut photo.bytes))
        .collect();
    let objects = db.files().put_all(contents).await?;
    let keys = files::keys(&objects);
    let posted = commit!(
        db,
        (db.shop(), new, objects),
        |on, conn, (shop, new, objects)| on::insert(conn, *shop, new, objects)
    );
    if !matches!(posted, Ok(Posted::Created(_)) | Err(DbError::WriterStopped)) {
        db.files().delete_logged(&keys).await;
    }
    posted
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
    url: impl Fn(i64) -> String + Send + Sync + Copy,
) -> Result<Vec<Message>, DbError> {
    let rows = read!(db, |on, pool| on::message_rows(
        pool,
        db.shop(),
        consultation_id
    )
    .await)?;
    let files = read!(db, |on, pool| on::photo_rows(
        pool,
        db.shop(),
        consultation_id
    )
    .await)?;
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

/// One message of the shop with its brief's id, for its notice; `None` once erased (or another
/// shop's).
pub async fn one(
    db: &Database,
    message_id: i64,
    url: impl Fn(i64) -> String + Send + Sync + Copy,
) -> Result<Option<(i64, Message)>, DbError> {
    let row = read!(db, |on, pool| on::message_row(pool, db.shop(), message_id)
        .await)?;
    let Some((consultation_id, id, author, at, text)) = row else {
        return Ok(None);
    };
    let files = read!(db, |on, pool| on::photos_of(pool, db.shop(), message_id)
        .await)?;
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
    Ok(read!(db, |on, pool| on::jeweler_wrote(
        pool,
        db.shop(),
        consultation_id
    )
    .await)?)
}

/// A stored picture's type and bytes.
pub type FileBytes = (String, Vec<u8>);

/// A commission file of the shop (a photo in a message or of a stage): of the brief
/// `consultation_id` only, or of any of the shop's briefs for the studio (`None`).
pub async fn file(
    db: &Database,
    consultation_id: Option<i64>,
    file_id: i64,
) -> Result<Option<FileBytes>, DbError> {
    let row = read!(db, |on, pool| on::file(
        pool,
        db.shop(),
        consultation_id,
        file_id
    )
    .await)?;
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
    let row = read!(db, |on, pool| on::snapshot(
        pool,
        db.shop(),
        consultation_id,
        file_id
    )
    .await)?;
    typed_bytes(db, row).await
}

/// The brief's snapshots as `(file id, view name)`, in order.
pub async fn snapshots(db: &Database, consultation_id: i64) -> Result<Vec<(i64, String)>, DbError> {
    Ok(read!(db, |on, pool| on::snapshots(
        pool,
        db.shop(),
        consultation_id
    )
    .await)?)
}

/// A message with its brief's id, as [`one`] reads it.
type OneRow = (i64, i64, String, String, String);

statements! {
    uses outbox;

    /// The statements of [`super::post`], inside the write's transaction: the message, or the one
    /// stored before under its key (a replay or a conflict); then its photos, each naming the
    /// object written for it (`objects[i]` holds `photos[i]`'s bytes), and its notice. All of
    /// them are `shop`'s.
    pub async fn insert(
        conn: &mut Conn,
        shop: ShopId,
        new: &NewMessage,
        objects: &[StoredObject],
    ) -> Result<Posted, sqlx::Error> {
        let id: Option<i64> = sqlx::query_scalar(
            "INSERT INTO commission_messages \
             (shop_id, consultation_id, author, by_email, at, text, idempotency_key, body_hash) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING RETURNING id",
        )
        .bind(shop.get())
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
                 WHERE shop_id = $1 AND consultation_id = $2 AND idempotency_key = $3",
            )
            .bind(shop.get())
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
                "INSERT INTO commission_files (shop_id, consultation_id, message_id, position, \
                 label, mime_type, object_key, sha256, size) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
            )
            .bind(shop.get())
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
        let payload = serde_json::to_value(Notice { message_id: id })
            .map_err(|e| sqlx::Error::Encode(Box::new(e)))?;
        outbox::queue_notice(
            conn,
            shop,
            new.consultation_id,
            OutboxKind::MessageEmail,
            &payload,
            new.now_unix,
        )
        .await?;
        Ok(Posted::Created(id))
    }

    /// The brief's messages for [`super::list`], oldest first.
    pub async fn message_rows(
        pool: &Pool,
        shop: ShopId,
        consultation_id: i64,
    ) -> Result<Vec<MessageRow>, sqlx::Error> {
        sqlx::query_as(
            "SELECT id, author, at, text FROM commission_messages \
             WHERE shop_id = $1 AND consultation_id = $2 ORDER BY id",
        )
        .bind(shop.get())
        .bind(consultation_id)
        .fetch_all(pool)
        .await
    }

    /// The photos of the brief's messages for [`super::list`], as `(file id, message id, label)`,
    /// each message's in order.
    pub async fn photo_rows(
        pool: &Pool,
        shop: ShopId,
        consultation_id: i64,
    ) -> Result<Vec<(i64, i64, String)>, sqlx::Error> {
        sqlx::query_as(
            "SELECT id, message_id, label FROM commission_files \
             WHERE shop_id = $1 AND consultation_id = $2 AND message_id IS NOT NULL \
             ORDER BY message_id, position",
        )
        .bind(shop.get())
        .bind(consultation_id)
        .fetch_all(pool)
        .await
    }

    /// One message for [`super::one`].
    pub async fn message_row(
        pool: &Pool,
        shop: ShopId,
        message_id: i64,
    ) -> Result<Option<OneRow>, sqlx::Error> {
        sqlx::query_as(
            "SELECT consultation_id, id, author, at, text FROM commission_messages \
             WHERE id = $1 AND shop_id = $2",
        )
        .bind(message_id)
        .bind(shop.get())
        .fetch_optional(pool)
        .await
    }

    /// One message's photos for [`super::one`], as `(file id, label)` in order.
    pub async fn photos_of(
        pool: &Pool,
        shop: ShopId,
        message_id: i64,
    ) -> Result<Vec<(i64, String)>, sqlx::Error> {
        sqlx::query_as(
            "SELECT id, label FROM commission_files WHERE message_id = $1 AND shop_id = $2 \
             ORDER BY position",
        )
        .bind(message_id)
        .bind(shop.get())
        .fetch_all(pool)
        .await
    }

    /// See [`super::jeweler_wrote`]. The `EXISTS` is a BOOLEAN on PostgreSQL, 0 or 1 on SQLite;
    /// both decode as `bool`.
    pub async fn jeweler_wrote(
        pool: &Pool,
        shop: ShopId,
        consultation_id: i64,
    ) -> Result<bool, sqlx::Error> {
        sqlx::query_scalar(
            "SELECT EXISTS (SELECT 1 FROM commission_messages \
             WHERE shop_id = $1 AND consultation_id = $2 AND author = 'jeweler')",
        )
        .bind(shop.get())
        .bind(consultation_id)
        .fetch_one(pool)
        .await
    }

    /// See [`super::file`].
    pub async fn file(
        pool: &Pool,
        shop: ShopId,
        consultation_id: Option<i64>,
        file_id: i64,
    ) -> Result<Option<TypedContent>, sqlx::Error> {
        sqlx::query_as(&format!(
            "SELECT mime_type, {} FROM commission_files \
             WHERE id = $1 AND shop_id = $2 AND ($3 IS NULL OR consultation_id = $4)",
            files::CONTENT
        ))
        .bind(file_id)
        .bind(shop.get())
        .bind(consultation_id)
        .bind(consultation_id)
        .fetch_optional(pool)
        .await
    }

    /// See [`super::snapshot`].
    pub async fn snapshot(
        pool: &Pool,
        shop: ShopId,
        consultation_id: i64,
        file_id: i64,
    ) -> Result<Option<TypedContent>, sqlx::Error> {
        sqlx::query_as(&format!(
            "SELECT mime_type, {} FROM consultation_files \
             WHERE id = $1 AND shop_id = $2 AND consultation_id = $3 AND kind = 'snapshot'",
            files::CONTENT
        ))
        .bind(file_id)
        .bind(shop.get())
        .bind(consultation_id)
        .fetch_optional(pool)
        .await
    }

    /// See [`super::snapshots`].
    pub async fn snapshots(
        pool: &Pool,
        shop: ShopId,
        consultation_id: i64,
    ) -> Result<Vec<(i64, String)>, sqlx::Error> {
        sqlx::query_as(
            "SELECT id, label FROM consultation_files \
             WHERE shop_id = $1 AND consultation_id = $2 AND kind = 'snapshot' ORDER BY position",
        )
        .bind(shop.get())
        .bind(consultation_id)
        .fetch_all(pool)
        .await
    }
}
