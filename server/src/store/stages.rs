//! SQL for the stages of the making: each step the jeweler records, with an optional photo kept
//! in `commission_files` under the stage's id, and the visitor's email queued with it when asked.
//! The photo's bytes are written as an object first; the row names it. Every statement is the
//! handle's shop's ([`Database::shop`]): another shop's brief or stage reads as one that does not
//! exist, and a stage is stored only on a brief of the shop.

use crate::store::engines::{commit, read, statements};
use crate::store::files::{self, Content, StoredObject};
use crate::store::outbox::OutboxKind;
use crate::store::{Database, DbError, ShopId};
use atelier_core::commission::{Picture, Stage, StageEntry};
use serde_json::json;

/// A photo checked by the handler, ready to be stored.
#[derive(Debug, Clone)]
pub struct StagePhoto {
    /// The file name as sent.
    pub label: String,
    /// The sniffed MIME type.
    pub mime_type: String,
    /// The bytes.
    pub bytes: Vec<u8>,
}

/// A stage checked by the studio's handler.
#[derive(Debug, Clone)]
pub struct NewStageRow {
    /// The brief.
    pub consultation_id: i64,
    /// When (Unix seconds).
    pub now_unix: i64,
    /// The studio account recording it.
    pub by_email: String,
    /// The stage reached.
    pub stage: Stage,
    /// The note for the visitor.
    pub note: String,
    /// The photo, if any.
    pub photo: Option<StagePhoto>,
    /// Whether to email the visitor.
    pub notify: bool,
}

/// Stores a stage with its photo, and its email when `notify`, in one write; the photo's object is
/// written before, and deleted again if nothing names it (unless the writer stopped before saying
/// whether its write was stored: the sweep decides then). A brief the shop does not have stores
/// nothing and fails as one that does not exist would.
pub async fn insert(db: &Database, mut new: NewStageRow) -> Result<StageEntry, DbError> {
    let object = match new.photo.as_mut() {
        // Under the shop's keys (`shops/<shop>/files/…`), as every new object.
        Some(photo) => Some(
            db.files()
                .for_shop(db.shop())
                .put(std::mem::take(&mut photo.bytes))
                .await?,
        ),
        None => None,
    };
    let keys = files::keys(object.as_slice());
    let stored = commit!(
        db,
        (db.shop(), new, object),
        |on, conn, (shop, new, object)| on::insert(conn, *shop, new, object)
    );
    if stored
        .as_ref()
        .is_err_and(|e| !matches!(e, DbError::WriterStopped))
    {
        db.files().delete_logged(&keys).await;
    }
    stored
}

/// A stage photo as the commission page fetches it: relative to `/api/c/{token}/`.
fn picture(file_id: i64, label: String) -> Picture {
    Picture {
        url: format!("files/{file_id}"),
        label,
    }
}

/// A stage with its photo's id and label.
type StageRow = (i64, String, String, String, Option<i64>, Option<String>);

/// The making of the shop's brief `id`, oldest first. Photo URLs are relative to
/// `/api/c/{token}/`.
pub async fn list(db: &Database, id: i64) -> Result<Vec<StageEntry>, DbError> {
    let rows = read!(db, |on, pool| on::rows(pool, db.shop(), id).await)?;
    Ok(rows
        .into_iter()
        .filter_map(|(id, stage, at, note, file, label)| {
            Some(StageEntry {
                id,
                stage: Stage::parse(&stage)?,
                at,
                note,
                photo: file.map(|f| picture(f, label.unwrap_or_default())),
            })
        })
        .collect())
}

/// A stage photo as `SELECT id, label, mime_type, {CONTENT}` reads it.
#[derive(sqlx::FromRow)]
pub struct PhotoRow {
    /// The file's id.
    pub id: i64,
    /// Its file name.
    pub label: String,
    /// Its stored type.
    pub mime_type: String,
    /// Where its bytes are.
    #[sqlx(flatten)]
    pub content: Content,
}

/// Stage `stage_id` of the shop's brief `id` with its photo, for the visitor's email.
pub async fn get(
    db: &Database,
    id: i64,
    stage_id: i64,
) -> Result<Option<(StageEntry, Option<StagePhoto>)>, DbError> {
    let row = read!(db, |on, pool| on::stage(pool, db.shop(), id, stage_id)
        .await)?;
    let Some((stage, at, note)) = row else {
        return Ok(None);
    };
    let Some(stage) = Stage::parse(&stage) else {
        return Ok(None);
    };
    let row = read!(db, |on, pool| on::photo(pool, db.shop(), stage_id).await)?;
    let file = match row {
        Some(photo) => {
            let bytes = db.files().read(photo.content).await?;
            Some((photo.id, photo.label, photo.mime_type, bytes))
        }
        None => None,
    };
    let entry = StageEntry {
        id: stage_id,
        stage,
        at,
        note,
        photo: file
            .as_ref()
            .map(|(f, label, _, _)| picture(*f, label.clone())),
    };
    Ok(Some((
        entry,
        file.map(|(_, label, mime_type, bytes)| StagePhoto {
            label,
            mime_type,
            bytes,
        }),
    )))
}

statements! {
    uses outbox;

    /// The statements of [`super::insert`], inside the write's transaction: the stage, its photo
    /// naming `object` (which holds the photo's bytes), and the visitor's email when asked. The
    /// stage is inserted only if the shop has the brief: otherwise nothing is, and the job fails
    /// with `RowNotFound`, as for a brief that does not exist.
    pub async fn insert(
        conn: &mut Conn,
        shop: ShopId,
        new: &NewStageRow,
        object: &Option<StoredObject>,
    ) -> Result<StageEntry, sqlx::Error> {
        let at = crate::clock::rfc3339(new.now_unix);
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO commission_stages (shop_id, consultation_id, stage, at, by_email, note) \
             SELECT shop_id, id, $3, $4, $5, $6 FROM consultations \
             WHERE shop_id = $1 AND id = $2 RETURNING id",
        )
        .bind(shop.get())
        .bind(new.consultation_id)
        .bind(new.stage.name())
        .bind(&at)
        .bind(&new.by_email)
        .bind(&new.note)
        .fetch_one(&mut *conn)
        .await?;
        let mut photo = None;
        if let (Some(p), Some(object)) = (&new.photo, object) {
            let file: i64 = sqlx::query_scalar(
                "INSERT INTO commission_files (shop_id, consultation_id, stage_id, position, \
                 label, mime_type, object_key, sha256, size) \
                 VALUES ($1, $2, $3, 0, $4, $5, $6, $7, $8) RETURNING id",
            )
            .bind(shop.get())
            .bind(new.consultation_id)
            .bind(id)
            .bind(&p.label)
            .bind(&p.mime_type)
            .bind(&object.key)
            .bind(&object.sha256)
            .bind(object.size)
            .fetch_one(&mut *conn)
            .await?;
            photo = Some(picture(file, p.label.clone()));
        }
        if new.notify {
            outbox::queue_notice(
                conn,
                shop,
                new.consultation_id,
                OutboxKind::StageEmail,
                &json!({"stage": id}),
                new.now_unix,
            )
            .await?;
        }
        Ok(StageEntry {
            id,
            stage: new.stage,
            at,
            note: new.note.clone(),
            photo,
        })
    }

    /// The brief's stages with their photos, for [`super::list`].
    pub async fn rows(pool: &Pool, shop: ShopId, id: i64) -> Result<Vec<StageRow>, sqlx::Error> {
        sqlx::query_as(
            "SELECT s.id, s.stage, s.at, s.note, f.id, f.label FROM commission_stages s \
             LEFT JOIN commission_files f ON f.stage_id = s.id AND f.shop_id = $1 \
             WHERE s.shop_id = $1 AND s.consultation_id = $2 ORDER BY s.id",
        )
        .bind(shop.get())
        .bind(id)
        .fetch_all(pool)
        .await
    }

    /// Stage `stage_id` of brief `id` as `(stage, at, note)`, for [`super::get`].
    pub async fn stage(
        pool: &Pool,
        shop: ShopId,
        id: i64,
        stage_id: i64,
    ) -> Result<Option<(String, String, String)>, sqlx::Error> {
        sqlx::query_as(
            "SELECT stage, at, note FROM commission_stages \
             WHERE shop_id = $1 AND consultation_id = $2 AND id = $3",
        )
        .bind(shop.get())
        .bind(id)
        .bind(stage_id)
        .fetch_optional(pool)
        .await
    }

    /// The stage's photo, for [`super::get`].
    pub async fn photo(
        pool: &Pool,
        shop: ShopId,
        stage_id: i64,
    ) -> Result<Option<PhotoRow>, sqlx::Error> {
        sqlx::query_as(&format!(
            "SELECT id, label, mime_type, {} FROM commission_files \
             WHERE shop_id = $1 AND stage_id = $2 LIMIT 1",
            files::CONTENT
        ))
        .bind(shop.get())
        .bind(stage_id)
        .fetch_optional(pool)
        .await
    }
}
