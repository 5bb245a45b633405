//! What the studio reads and changes of one brief: finding it by reference, its files, status
//! history, notes and deliveries with every attempt; changing its status (recorded in its history),
//! adding a note, retrying a delivery, and erasing the brief with everything stored for it.
//!
//! Every function reads and changes only the briefs of the handle's shop ([`Database::shop`]):
//! another shop's brief, file or delivery reads as one that does not exist.
//!
//! The brief's own row is [`crate::store::consultations::header`]; the commission page reads it too.

use std::collections::HashMap;

use crate::store::engines::{commit, read, statements};
use crate::store::files;
use crate::store::messages::{typed_bytes, FileBytes, TypedContent};
use crate::store::{Database, DbError, ShopId};

/// A brief found by its reference: its row id and workflow status.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BriefStatus {
    /// Row id.
    pub id: i64,
    /// The studio's workflow status.
    pub status: String,
}

/// The shop's brief with this reference, if it has one.
pub async fn status_by_reference(
    db: &Database,
    reference: &str,
) -> Result<Option<BriefStatus>, DbError> {
    let row = read!(db, |on, pool| on::status_by_reference(
        pool,
        db.shop(),
        reference
    )
    .await)?;
    Ok(row.map(|(id, status)| BriefStatus { id, status }))
}

/// A snapshot or inspiration file of a brief, without its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BriefFile {
    /// Row id in `consultation_files`.
    pub id: i64,
    /// `snapshot` or `attachment`.
    pub kind: String,
    /// The view name of a snapshot, the file name of an attachment.
    pub label: String,
    /// The stored MIME type.
    pub mime_type: String,
}

/// The files of brief `consultation_id`: snapshots first, each list in its original order.
pub async fn files(db: &Database, consultation_id: i64) -> Result<Vec<BriefFile>, DbError> {
    let rows = read!(db, |on, pool| on::files(pool, db.shop(), consultation_id)
        .await)?;
    Ok(rows
        .into_iter()
        .map(|(id, kind, label, mime_type)| BriefFile {
            id,
            kind,
            label,
            mime_type,
        })
        .collect())
}

/// The stored type and bytes of the brief file `file_id` (of any of the shop's briefs), if it
/// exists.
pub async fn file_bytes(db: &Database, file_id: i64) -> Result<Option<FileBytes>, DbError> {
    let row = read!(db, |on, pool| on::file_content(pool, db.shop(), file_id)
        .await)?;
    typed_bytes(db, row).await
}

/// One change of a brief's workflow status.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusChange {
    /// When (RFC 3339).
    pub at: String,
    /// The studio account that made it.
    pub by_email: String,
    /// The status before.
    pub from_status: String,
    /// The status after.
    pub to_status: String,
}

/// The status history of brief `consultation_id`, oldest first.
pub async fn history(db: &Database, consultation_id: i64) -> Result<Vec<StatusChange>, DbError> {
    let rows = read!(db, |on, pool| on::history(pool, db.shop(), consultation_id)
        .await)?;
    Ok(rows
        .into_iter()
        .map(|(at, by_email, from_status, to_status)| StatusChange {
            at,
            by_email,
            from_status,
            to_status,
        })
        .collect())
}

/// Sets the status of brief `id` to `to` at `now_unix` on behalf of `by_email`, recording the
/// change in its history in the same transaction; returns whether anything changed. A brief the
/// shop does not have fails as one that does not exist.
pub async fn set_status(
    db: &Database,
    id: i64,
    to: &str,
    by_email: &str,
    now_unix: i64,
) -> Result<bool, DbError> {
    let change = (id, to.to_owned(), by_email.to_owned(), now_unix);
    commit!(db, (db.shop(), change), |on, conn, (shop, change)| {
        on::set_status(conn, *shop, change)
    })
}

/// A private note of the studio on a brief.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    /// When (RFC 3339).
    pub at: String,
    /// The studio account that wrote it.
    pub by_email: String,
    /// The note.
    pub text: String,
}

/// The notes on brief `consultation_id`, oldest first.
pub async fn notes(db: &Database, consultation_id: i64) -> Result<Vec<Note>, DbError> {
    let rows = read!(db, |on, pool| on::notes(pool, db.shop(), consultation_id)
        .await)?;
    Ok(rows
        .into_iter()
        .map(|(at, by_email, text)| Note { at, by_email, text })
        .collect())
}

/// Adds `note` to brief `consultation_id` (nothing, if the shop has no such brief).
pub async fn add_note(db: &Database, consultation_id: i64, note: &Note) -> Result<(), DbError> {
    commit!(db, (db.shop(), consultation_id, note.clone()), |on,
                                                             conn,
                                                             (
        shop,
        id,
        note,
    )| {
        on::add_note(conn, *shop, *id, note)
    })
}

/// One outbox row of a brief with its attempt log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Delivery {
    /// Row id in `outbox`.
    pub id: i64,
    /// What is delivered (`outbox.kind`).
    pub kind: String,
    /// `pending`, `sent` or `dead`.
    pub state: String,
    /// Attempts so far.
    pub attempts: i64,
    /// When the next attempt may start (Unix seconds; meaningful while pending).
    pub next_attempt_at: i64,
    /// The last attempt's error, if it failed.
    pub last_error: Option<String>,
    /// Every attempt, oldest first.
    pub log: Vec<Attempt>,
}

/// One attempt at a delivery.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attempt {
    /// When (Unix seconds).
    pub at: i64,
    /// How it ended.
    pub outcome: String,
    /// Why it failed, if it did.
    pub error: Option<String>,
}

/// An outbox row as listed for the studio, before its attempts are read.
type DeliveryRow = (i64, String, String, i64, i64, Option<String>);

/// The deliveries of brief `consultation_id` with their attempt logs, oldest first: two
/// statements however many deliveries the brief has (the attempts of all of them are read at once
/// and dealt out by row id).
pub async fn deliveries(db: &Database, consultation_id: i64) -> Result<Vec<Delivery>, DbError> {
    let rows = read!(db, |on, pool| on::deliveries(
        pool,
        db.shop(),
        consultation_id
    )
    .await)?;
    let mut logs = attempts_of(db, consultation_id).await?;
    Ok(rows
        .into_iter()
        .map(
            |(id, kind, state, attempts, next_attempt_at, last_error)| Delivery {
                id,
                kind,
                state,
                attempts,
                next_attempt_at,
                last_error,
                log: logs.remove(&id).unwrap_or_default(),
            },
        )
        .collect())
}

/// The attempt logs of brief `consultation_id`'s deliveries by outbox row id, each oldest first.
async fn attempts_of(
    db: &Database,
    consultation_id: i64,
) -> Result<HashMap<i64, Vec<Attempt>>, DbError> {
    let rows = read!(db, |on, pool| on::attempts(
        pool,
        db.shop(),
        consultation_id
    )
    .await)?;
    let mut logs: HashMap<i64, Vec<Attempt>> = HashMap::new();
    for (outbox_id, at, outcome, error) in rows {
        logs.entry(outbox_id)
            .or_default()
            .push(Attempt { at, outcome, error });
    }
    Ok(logs)
}

/// What asking to retry a delivery did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Retry {
    /// The shop has no delivery with this id.
    NotFound,
    /// It was sent already; nothing changed.
    AlreadySent,
    /// A dead or waiting delivery is due now (its attempts and log are kept).
    Queued,
}

/// Puts delivery `outbox_id` back in the queue, due at `now_unix`, unless it was sent.
pub async fn retry_delivery(
    db: &Database,
    outbox_id: i64,
    now_unix: i64,
) -> Result<Retry, DbError> {
    commit!(
        db,
        (db.shop(), outbox_id, now_unix),
        |on, conn, &(shop, id, now)| on::retry_delivery(conn, shop, id, now)
    )
}

/// Deletes the shop's brief `id` (nothing, if the shop has none): foreign keys cascade to its
/// files, outbox rows and their attempts, history, notes and every commission table, and the
/// search index follows by trigger. Its files' objects are deleted once the rows are gone (a
/// failure is logged and left to the sweep).
pub async fn erase(db: &Database, id: i64) -> Result<(), DbError> {
    let keys = commit!(db, (db.shop(), id), |on, conn, &(shop, id)| on::erase(
        conn, shop, id
    ))?;
    db.files().delete_logged(&keys).await;
    Ok(())
}

/// A brief's file as listed: id, kind, label and type.
type FileRow = (i64, String, String, String);
/// A status change: when, by whom, from and to.
type HistoryRow = (String, String, String, String);
/// An attempt of one of a brief's deliveries: its outbox row, when, how it ended and why.
type AttemptRow = (i64, i64, String, Option<String>);
/// A status change to make: the brief, the new status, by whom and when.
type Change = (i64, String, String, i64);

statements! {
    /// See [`super::status_by_reference`].
    pub async fn status_by_reference(
        pool: &Pool,
        shop: ShopId,
        reference: &str,
    ) -> Result<Option<(i64, String)>, sqlx::Error> {
        sqlx::query_as("SELECT id, status FROM consultations WHERE shop_id = $1 AND reference = $2")
            .bind(shop.get())
            .bind(reference)
            .fetch_optional(pool)
            .await
    }

    /// See [`fn@super::files`].
    pub async fn files(
        pool: &Pool,
        shop: ShopId,
        consultation_id: i64,
    ) -> Result<Vec<FileRow>, sqlx::Error> {
        sqlx::query_as(
            "SELECT id, kind, label, mime_type FROM consultation_files \
             WHERE shop_id = $1 AND consultation_id = $2 ORDER BY kind DESC, position",
        )
        .bind(shop.get())
        .bind(consultation_id)
        .fetch_all(pool)
        .await
    }

    /// See [`super::file_bytes`].
    pub async fn file_content(
        pool: &Pool,
        shop: ShopId,
        file_id: i64,
    ) -> Result<Option<TypedContent>, sqlx::Error> {
        sqlx::query_as(&format!(
            "SELECT mime_type, {} FROM consultation_files WHERE shop_id = $1 AND id = $2",
            files::CONTENT
        ))
        .bind(shop.get())
        .bind(file_id)
        .fetch_optional(pool)
        .await
    }

    /// See [`super::history`].
    pub async fn history(
        pool: &Pool,
        shop: ShopId,
        consultation_id: i64,
    ) -> Result<Vec<HistoryRow>, sqlx::Error> {
        sqlx::query_as(
            "SELECT at, by_email, from_status, to_status FROM consultation_history \
             WHERE shop_id = $1 AND consultation_id = $2 ORDER BY id",
        )
        .bind(shop.get())
        .bind(consultation_id)
        .fetch_all(pool)
        .await
    }

    /// See [`super::set_status`].
    pub async fn set_status(
        conn: &mut Conn,
        shop: ShopId,
        (id, to, by_email, now_unix): &Change,
    ) -> Result<bool, sqlx::Error> {
        let from: String =
            sqlx::query_scalar("SELECT status FROM consultations WHERE shop_id = $1 AND id = $2")
                .bind(shop.get())
                .bind(id)
                .fetch_one(&mut *conn)
                .await?;
        if &from == to {
            return Ok(false);
        }
        sqlx::query(
            "UPDATE consultations SET status = $1, status_changed_at = $2 \
             WHERE shop_id = $3 AND id = $4",
        )
        .bind(to)
        .bind(now_unix)
        .bind(shop.get())
        .bind(id)
        .execute(&mut *conn)
        .await?;
        sqlx::query(
            "INSERT INTO consultation_history \
             (shop_id, consultation_id, at, by_email, from_status, to_status) \
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(shop.get())
        .bind(id)
        .bind(crate::clock::rfc3339(*now_unix))
        .bind(by_email)
        .bind(&from)
        .bind(to)
        .execute(&mut *conn)
        .await?;
        Ok(true)
    }

    /// See [`super::notes`].
    pub async fn notes(
        pool: &Pool,
        shop: ShopId,
        consultation_id: i64,
    ) -> Result<Vec<(String, String, String)>, sqlx::Error> {
        sqlx::query_as(
            "SELECT at, by_email, text FROM consultation_notes \
             WHERE shop_id = $1 AND consultation_id = $2 ORDER BY id",
        )
        .bind(shop.get())
        .bind(consultation_id)
        .fetch_all(pool)
        .await
    }

    /// See [`super::add_note`]: the note is inserted only if the shop has the brief.
    pub async fn add_note(
        conn: &mut Conn,
        shop: ShopId,
        consultation_id: i64,
        note: &Note,
    ) -> Result<(), sqlx::Error> {
        sqlx::query(
            "INSERT INTO consultation_notes (shop_id, consultation_id, at, by_email, text) \
             SELECT shop_id, id, $3, $4, $5 FROM consultations WHERE shop_id = $1 AND id = $2",
        )
        .bind(shop.get())
        .bind(consultation_id)
        .bind(&note.at)
        .bind(&note.by_email)
        .bind(&note.text)
        .execute(conn)
        .await?;
        Ok(())
    }

    /// See [`super::deliveries`].
    pub async fn deliveries(
        pool: &Pool,
        shop: ShopId,
        consultation_id: i64,
    ) -> Result<Vec<DeliveryRow>, sqlx::Error> {
        sqlx::query_as(
            "SELECT id, kind, state, attempts, next_attempt_at, last_error FROM outbox \
             WHERE shop_id = $1 AND consultation_id = $2 ORDER BY id",
        )
        .bind(shop.get())
        .bind(consultation_id)
        .fetch_all(pool)
        .await
    }

    /// The attempts of every delivery of the brief, oldest first (see `attempts_of`).
    pub async fn attempts(
        pool: &Pool,
        shop: ShopId,
        consultation_id: i64,
    ) -> Result<Vec<AttemptRow>, sqlx::Error> {
        sqlx::query_as(
            "SELECT a.outbox_id, a.attempted_at, a.outcome, a.error FROM outbox_attempts a \
             JOIN outbox o ON o.id = a.outbox_id \
             WHERE o.shop_id = $1 AND a.shop_id = $1 AND o.consultation_id = $2 ORDER BY a.id",
        )
        .bind(shop.get())
        .bind(consultation_id)
        .fetch_all(pool)
        .await
    }

    /// See [`super::retry_delivery`]: the state is read and changed in one write.
    pub async fn retry_delivery(
        conn: &mut Conn,
        shop: ShopId,
        outbox_id: i64,
        now_unix: i64,
    ) -> Result<Retry, sqlx::Error> {
        let current: Option<String> =
            sqlx::query_scalar("SELECT state FROM outbox WHERE shop_id = $1 AND id = $2")
                .bind(shop.get())
                .bind(outbox_id)
                .fetch_optional(&mut *conn)
                .await?;
        match current.as_deref() {
            None => return Ok(Retry::NotFound),
            Some("sent") => return Ok(Retry::AlreadySent),
            Some(_) => {}
        }
        sqlx::query(
            "UPDATE outbox SET state = 'pending', next_attempt_at = $1 \
             WHERE shop_id = $2 AND id = $3 AND state IN ('dead', 'pending')",
        )
        .bind(now_unix)
        .bind(shop.get())
        .bind(outbox_id)
        .execute(&mut *conn)
        .await?;
        Ok(Retry::Queued)
    }

    /// See [`super::erase`]: deletes the brief's row and returns its files' object keys.
    pub async fn erase(conn: &mut Conn, shop: ShopId, id: i64) -> Result<Vec<String>, sqlx::Error> {
        let keys: Vec<String> = sqlx::query_scalar(
            "SELECT object_key FROM consultation_files \
             WHERE shop_id = $1 AND consultation_id = $2 AND object_key IS NOT NULL \
             UNION ALL SELECT object_key FROM commission_files \
             WHERE shop_id = $1 AND consultation_id = $2 AND object_key IS NOT NULL",
        )
        .bind(shop.get())
        .bind(id)
        .fetch_all(&mut *conn)
        .await?;
        sqlx::query("DELETE FROM consultations WHERE shop_id = $1 AND id = $2")
            .bind(shop.get())
            .bind(id)
            .execute(&mut *conn)
            .await?;
        Ok(keys)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::consultations::{self, NewConsultation, Stored};
    use crate::store::outbox::{self, Attempt as Tried, OutboxKind, Outcome};

    async fn brief(db: &Database, key: &str) -> i64 {
        let new = NewConsultation {
            created_at: "2026-12-07T05:00:00Z".to_owned(),
            now_unix: 1_796_000_000,
            brief_json: "{}".to_owned(),
            summary: "a ring".to_owned(),
            name: "Ada".to_owned(),
            email: "ada@example.com".to_owned(),
            idempotency_key: key.to_owned(),
            body_hash: key.to_owned(),
            files: Vec::new(),
            outbox: vec![OutboxKind::JewelerEmail, OutboxKind::VisitorEmail],
            link_key: None,
        };
        let stored = consultations::insert(db, new, |r| r.to_owned()).await;
        let Ok(Stored::Created(reference, _)) = stored else {
            panic!("stored: {stored:?}");
        };
        consultations::id_by_reference(db, &reference)
            .await
            .expect("read")
            .expect("found")
    }

    async fn tried(db: &Database, outbox_id: i64, attempt: i64, outcome: Outcome) {
        let error = (outcome != Outcome::Sent).then(|| format!("refused {attempt}"));
        let at = 1_796_000_000 + attempt;
        outbox::record_attempt(
            db,
            Tried {
                outbox_id,
                attempt,
                attempted_at: at,
                outcome,
                next_attempt_at: at + 30,
                error,
            },
        )
        .await
        .expect("recorded");
    }

    #[tokio::test]
    async fn each_delivery_carries_its_own_attempts_and_no_other_briefs() {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = Database::open(&dir.path().join("atelier.db"))
            .await
            .expect("open");
        let mine = brief(&db, "mine").await;
        let other = brief(&db, "other").await;
        let ids = |d: &[Delivery]| d.iter().map(|d| d.id).collect::<Vec<_>>();
        let my_rows = ids(&deliveries(&db, mine).await.expect("read"));
        let other_rows = ids(&deliveries(&db, other).await.expect("read"));
        assert_eq!((my_rows.len(), other_rows.len()), (2, 2));
        // Interleaved across the two briefs' deliveries, as the worker makes them.
        tried(&db, my_rows[0], 1, Outcome::Retrying).await;
        tried(&db, other_rows[0], 1, Outcome::Sent).await;
        tried(&db, my_rows[1], 1, Outcome::Sent).await;
        tried(&db, my_rows[0], 2, Outcome::Sent).await;

        let mine = deliveries(&db, mine).await.expect("read");
        let log = |d: &Delivery| {
            d.log
                .iter()
                .map(|a| (a.outcome.clone(), a.error.clone()))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            log(&mine[0]),
            [
                ("failed".to_owned(), Some("refused 1".to_owned())),
                ("sent".to_owned(), None)
            ]
        );
        assert_eq!(log(&mine[1]), [("sent".to_owned(), None)]);
        let other = deliveries(&db, other).await.expect("read");
        assert_eq!(log(&other[0]), [("sent".to_owned(), None)]);
        assert!(other[1].log.is_empty());
    }
}
