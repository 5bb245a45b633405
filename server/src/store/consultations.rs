//! Consultations (briefs) in the database: stored with their pictures and outbox rows as one unit
//! of the writer's group commit, looked up by idempotency key, and read back for delivery and for
//! the commission page's header.
//!
//! The pictures' bytes are written as objects ([`super::files`]) before the group commit, so a
//! batch the writer runs again never writes them twice; rows name them. A brief that is not stored
//! after all (a replay, a conflict, a failed write) deletes its objects again.
//!
//! Every function reads and writes `db.shop()`'s briefs only. A reference is unique in the whole
//! deployment (a visitor can quote it anywhere), but looked up, like an id or an idempotency key,
//! among the shop's own briefs: another shop's brief is not found, as if it did not exist.

use super::files::{self, Content, StoredObject};
use super::outbox::OutboxKind;
use crate::store::engines::{commit, read, statements};
use crate::store::{Database, DbError, ShopId};

/// Letters and digits that cannot be confused when read aloud or retyped (no 0/O, 1/I/L, U).
const REFERENCE_ALPHABET: &[u8; 30] = b"23456789ABCDEFGHJKMNPQRSTVWXYZ";

/// A fresh `AT-XXXXX` reference (30⁵ ≈ 24 million; uniqueness is checked when storing).
pub fn new_reference() -> String {
    let mut out = String::from("AT-");
    let mut buf = [0u8; 16];
    while out.len() < 8 {
        if getrandom::getrandom(&mut buf).is_err() {
            // No OS randomness is exceedingly rare; fall back to the clock's nanoseconds, which
            // the uniqueness check makes safe if not unguessable.
            let nanos = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.subsec_nanos());
            buf = [(nanos % 240) as u8; 16];
            buf[0] = ((nanos >> 8) % 240) as u8;
        }
        for &b in &buf {
            // Rejection sampling keeps every letter equally likely.
            if b < 240 && out.len() < 8 {
                out.push(char::from(REFERENCE_ALPHABET[usize::from(b % 30)]));
            }
        }
    }
    out
}

/// Whether a string is shaped like a reference.
pub fn is_reference(text: &str) -> bool {
    text.len() == 8
        && text.starts_with("AT-")
        && text
            .bytes()
            .skip(3)
            .all(|b| REFERENCE_ALPHABET.contains(&b))
}

/// A picture stored with a consultation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredFile {
    /// `snapshot` or `attachment`.
    pub kind: FileKind,
    /// The view name of a snapshot, the file name of an attachment.
    pub label: String,
    /// MIME type.
    pub mime_type: String,
    /// The file.
    pub bytes: Vec<u8>,
}

/// Which list a file belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// A viewer snapshot of the design (PNG).
    Snapshot,
    /// An inspiration image or document from the visitor.
    Attachment,
}

impl FileKind {
    fn as_str(self) -> &'static str {
        match self {
            FileKind::Snapshot => "snapshot",
            FileKind::Attachment => "attachment",
        }
    }
}

/// A validated request, ready to be stored.
#[derive(Debug, Clone)]
pub struct NewConsultation {
    /// RFC 3339 submission time.
    pub created_at: String,
    /// Unix seconds, when the outbox may first deliver.
    pub now_unix: i64,
    /// The validated brief as JSON.
    pub brief_json: String,
    /// Core's summary of the design.
    pub summary: String,
    /// The visitor's name.
    pub name: String,
    /// The visitor's validated email address.
    pub email: String,
    /// The client's `Idempotency-Key`.
    pub idempotency_key: String,
    /// SHA-256 hex of the request body.
    pub body_hash: String,
    /// Snapshots then attachments.
    pub files: Vec<StoredFile>,
    /// The deliveries to queue.
    pub outbox: Vec<OutboxKind>,
    /// The key of the visitor's private link: with it, the brief's first link is issued in the
    /// same transaction as the brief.
    pub link_key: Option<crate::commission::link_key::LinkKey>,
}

/// The outcome of storing a request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stored {
    /// Stored now; the saved response body and the token of the first private link, if one was
    /// issued (the token is never saved in the response: a replay rebuilds the live one).
    Created(String, Option<String>),
    /// The same key and body were stored before; their saved response body.
    Replay(String),
    /// The key was stored before with a different body.
    Conflict,
    /// Another transaction is storing the same key right now, or no free reference was found:
    /// the client should retry in a moment.
    Race,
}

/// Looks up a key among the shop's briefs without writing: the saved response if the body
/// matches.
pub async fn lookup(db: &Database, key: &str, body_hash: &str) -> Result<Option<Stored>, DbError> {
    Ok(read!(db, |on, pool| on::saved(
        pool,
        db.shop(),
        key,
        body_hash
    )
    .await)?)
}

/// Stores the consultation, its files and its outbox rows, as the shop's, as one unit of the
/// writer's next group commit, and saves the response that `respond(reference)` builds, so a retry gets exactly the
/// same answer. The files' objects are written first; returns once the commit that names them is
/// durable.
pub async fn insert(
    db: &Database,
    mut new: NewConsultation,
    respond: impl Fn(&str) -> String + Send + Sync + 'static,
) -> Result<Stored, DbError> {
    let contents = new
        .files
        .iter_mut()
        .map(|file| std::mem::take(&mut file.bytes))
        .collect();
    let objects = db.files().for_shop(db.shop()).put_all(contents).await?;
    let keys = files::keys(&objects);
    let stored = commit!(db, (db.shop(), new, objects, respond), |on,
                                                                  conn,
                                                                  (
        shop,
        new,
        objects,
        respond,
    )| {
        on::insert_rows(conn, *shop, new, objects, respond, new_reference)
    });
    let stored = match stored {
        Err(DbError::Sqlx(e))
            if e.as_database_error()
                .is_some_and(|d| d.is_unique_violation()) =>
        {
            Ok(Stored::Race)
        }
        other => other,
    };
    // Objects no row names are deleted now when it is certain no row will (the writer gone leaves
    // that unknown: the sweep decides then).
    if !matches!(
        stored,
        Ok(Stored::Created(..)) | Err(DbError::WriterStopped)
    ) {
        db.files().delete_logged(&keys).await;
    }
    stored
}

/// References drawn before giving up (a collision needs millions of stored briefs to be likely).
const REFERENCE_TRIES: usize = 20;

/// `head` followed by `rows` copies of `row`, comma-separated: a multi-row `INSERT`. Each `?` of
/// the copies becomes the next numbered parameter (`$1`, `$2`…), as both engines bind them.
fn rows_sql(head: &str, row: &str, rows: usize) -> String {
    let mut sql = String::with_capacity(head.len() + rows * (row.len() * 2 + 2));
    sql.push_str(head);
    let mut parameter = 0;
    for i in 0..rows {
        if i > 0 {
            sql.push_str(", ");
        }
        for piece in row.split_inclusive('?') {
            match piece.strip_suffix('?') {
                Some(text) => {
                    parameter += 1;
                    sql.push_str(text);
                    sql.push('$');
                    sql.push_str(&parameter.to_string());
                }
                None => sql.push_str(piece),
            }
        }
    }
    sql
}

/// A stored consultation, as delivery needs it.
#[derive(Debug, Clone)]
pub struct Consultation {
    /// Row id.
    pub id: i64,
    /// `AT-XXXXX`.
    pub reference: String,
    /// RFC 3339 submission time.
    pub created_at: String,
    /// The brief JSON as stored.
    pub brief_json: String,
    /// The design summary.
    pub summary: String,
    /// Snapshots and attachments, each list in its original order.
    pub files: Vec<StoredFile>,
}

/// A brief file as `SELECT kind, label, mime_type, {CONTENT}` reads it.
#[derive(sqlx::FromRow)]
pub struct FileRow {
    /// `snapshot` or `attachment`.
    pub kind: String,
    /// The file's label.
    pub label: String,
    /// Its stored type.
    pub mime_type: String,
    /// Where its bytes are.
    #[sqlx(flatten)]
    pub content: Content,
}

/// The shop's consultation with this row id, with its files.
pub async fn load(db: &Database, id: i64) -> Result<Option<Consultation>, DbError> {
    let Some((id, reference, created_at, brief_json, summary)) =
        read!(db, |on, pool| on::row(pool, db.shop(), id).await)?
    else {
        return Ok(None);
    };
    let rows = read!(db, |on, pool| on::file_rows(pool, db.shop(), id).await)?;
    let mut files = Vec::with_capacity(rows.len());
    for FileRow {
        kind,
        label,
        mime_type,
        content,
    } in rows
    {
        files.push(StoredFile {
            kind: if kind == "snapshot" {
                FileKind::Snapshot
            } else {
                FileKind::Attachment
            },
            label,
            mime_type,
            bytes: db.files().read(content).await?,
        });
    }
    Ok(Some(Consultation {
        id,
        reference,
        created_at,
        brief_json,
        summary,
        files,
    }))
}

/// The shop's consultation with this reference: its id, for tests and the studio (none when the
/// reference is another shop's).
pub async fn id_by_reference(db: &Database, reference: &str) -> Result<Option<i64>, DbError> {
    Ok(read!(db, |on, pool| on::id_by_reference(
        pool,
        db.shop(),
        reference
    )
    .await)?)
}

/// The id of the shop's consultation stored under this `Idempotency-Key`.
pub async fn id_by_idempotency_key(db: &Database, key: &str) -> Result<Option<i64>, DbError> {
    Ok(read!(db, |on, pool| on::id_by_idempotency_key(
        pool,
        db.shop(),
        key
    )
    .await)?)
}

/// What a commission page says about its brief beside the conversation.
#[derive(Debug, Clone)]
pub struct BriefHeader {
    /// `AT-XXXXX`.
    pub reference: String,
    /// RFC 3339 submission time.
    pub created_at: String,
    /// The brief JSON as stored.
    pub brief_json: String,
    /// The design summary.
    pub summary: String,
    /// The studio's workflow status.
    pub status: String,
}

/// The shop's brief's own row without its files.
pub async fn header(db: &Database, id: i64) -> Result<Option<BriefHeader>, DbError> {
    let row = read!(db, |on, pool| on::header(pool, db.shop(), id).await)?;
    Ok(row.map(
        |(reference, created_at, brief_json, summary, status)| BriefHeader {
            reference,
            created_at,
            brief_json,
            summary,
            status,
        },
    ))
}

/// How many consultations the shop has stored.
pub async fn count(db: &Database) -> Result<i64, DbError> {
    Ok(read!(db, |on, pool| on::count(pool, db.shop()).await)?)
}

/// The columns of a brief's own row that [`load`] reads.
type Row = (i64, String, String, String, String);
/// The columns of [`header`].
type HeaderRow = (String, String, String, String, String);

statements! {
    uses links;

    /// The response the shop saved under `key`: a replay if it was stored for the same body, a
    /// conflict if for another. One statement for both [`super::lookup`] (on a reader) and
    /// [`insert_rows`] (inside the writer's transaction, where a submission earlier in the same
    /// batch is visible). Keys are the shop's: another shop's brief under the same key is not seen.
    pub async fn saved<'c>(
        conn: impl sqlx::Executor<'c, Database = Engine>,
        shop: ShopId,
        key: &str,
        body_hash: &str,
    ) -> Result<Option<Stored>, sqlx::Error> {
        let row: Option<(String, String)> = sqlx::query_as(
            "SELECT body_hash, response FROM consultations \
             WHERE shop_id = $1 AND idempotency_key = $2",
        )
        .bind(shop.get())
        .bind(key)
        .fetch_optional(conn)
        .await?;
        Ok(row.map(|(hash, response)| {
            if hash == body_hash {
                Stored::Replay(response)
            } else {
                Stored::Conflict
            }
        }))
    }

    /// The statements of [`insert`], on the writer's connection inside the batch's transaction: a
    /// submission earlier in the same batch is visible here, so a repeated key replays or conflicts.
    ///
    /// A new brief costs three statements (the brief, its files, its deliveries), each a round trip
    /// to SQLite's thread: the insert itself finds out whether the key or the reference is taken
    /// (`ON CONFLICT DO NOTHING` inserts no row then; PostgreSQL reads it too), and only then is the
    /// key looked up. The reference drawn must be free in the whole deployment; the key only among
    /// the shop's briefs.
    pub async fn insert_rows(
        conn: &mut Conn,
        shop: ShopId,
        new: &NewConsultation,
        objects: &[StoredObject],
        respond: &impl Fn(&str) -> String,
        mut draw: impl FnMut() -> String,
    ) -> Result<Stored, sqlx::Error> {
        for _ in 0..REFERENCE_TRIES {
            let reference = draw();
            let response = respond(&reference);
            let id: Option<i64> = sqlx::query_scalar(
                "INSERT INTO consultations \
                 (shop_id, reference, created_at, brief, summary, name, email, status, \
                  idempotency_key, body_hash, response) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, 'new', $8, $9, $10) \
                 ON CONFLICT DO NOTHING RETURNING id",
            )
            .bind(shop.get())
            .bind(&reference)
            .bind(&new.created_at)
            .bind(&new.brief_json)
            .bind(&new.summary)
            .bind(&new.name)
            .bind(&new.email)
            .bind(&new.idempotency_key)
            .bind(&new.body_hash)
            .bind(&response)
            .fetch_optional(&mut *conn)
            .await?;
            if let Some(id) = id {
                insert_files(conn, shop, id, &new.files, objects).await?;
                insert_outbox(conn, shop, id, &new.outbox, new.now_unix).await?;
                let link = match &new.link_key {
                    Some(key) => Some(
                        links::issue(conn, shop, key, id, new.now_unix, None)
                            .await
                            .map_err(|e| match e {
                                DbError::Sqlx(e) => e,
                                other => sqlx::Error::Protocol(other.to_string()),
                            })?,
                    ),
                    None => None,
                };
                return Ok(Stored::Created(response, link));
            }
            if let Some(stored) =
                saved(&mut *conn, shop, &new.idempotency_key, &new.body_hash).await?
            {
                return Ok(stored);
            }
            // The key is free in the shop, so the reference was taken (in any shop): draw another.
        }
        Ok(Stored::Race)
    }

    /// The brief's files in one statement, each list numbered from 0 in its original order; each row
    /// names the object written for it (`objects[i]` holds `files[i]`'s bytes).
    pub async fn insert_files(
        conn: &mut Conn,
        shop: ShopId,
        id: i64,
        files: &[StoredFile],
        objects: &[StoredObject],
    ) -> Result<(), sqlx::Error> {
        if files.is_empty() {
            return Ok(());
        }
        if objects.len() != files.len() {
            return Err(sqlx::Error::Protocol(format!(
                "{} files but {} objects",
                files.len(),
                objects.len()
            )));
        }
        let sql = rows_sql(
            "INSERT INTO consultation_files \
             (shop_id, consultation_id, kind, position, label, mime_type, object_key, sha256, size) \
             VALUES ",
            "(?, ?, ?, ?, ?, ?, ?, ?, ?)",
            files.len(),
        );
        let mut query = sqlx::query(&sql);
        let mut positions = [0i64; 2];
        for (file, object) in files.iter().zip(objects) {
            let slot = &mut positions[usize::from(file.kind == FileKind::Attachment)];
            query = query
                .bind(shop.get())
                .bind(id)
                .bind(file.kind.as_str())
                .bind(*slot)
                .bind(&file.label)
                .bind(&file.mime_type)
                .bind(&object.key)
                .bind(&object.sha256)
                .bind(object.size);
            *slot += 1;
        }
        query.execute(conn).await?;
        Ok(())
    }

    /// The brief's deliveries in one statement, due from `now_unix`.
    pub async fn insert_outbox(
        conn: &mut Conn,
        shop: ShopId,
        id: i64,
        kinds: &[OutboxKind],
        now_unix: i64,
    ) -> Result<(), sqlx::Error> {
        if kinds.is_empty() {
            return Ok(());
        }
        let sql = rows_sql(
            "INSERT INTO outbox (shop_id, consultation_id, kind, state, attempts, next_attempt_at) \
             VALUES ",
            "(?, ?, ?, 'pending', 0, ?)",
            kinds.len(),
        );
        let mut query = sqlx::query(&sql);
        for kind in kinds {
            query = query
                .bind(shop.get())
                .bind(id)
                .bind(kind.as_str())
                .bind(now_unix);
        }
        query.execute(conn).await?;
        Ok(())
    }

    /// The brief's own columns for [`super::load`].
    pub async fn row(pool: &Pool, shop: ShopId, id: i64) -> Result<Option<Row>, sqlx::Error> {
        sqlx::query_as(
            "SELECT id, reference, created_at, brief, summary FROM consultations \
             WHERE shop_id = $1 AND id = $2",
        )
        .bind(shop.get())
        .bind(id)
        .fetch_optional(pool)
        .await
    }

    /// The brief's files for [`super::load`], snapshots first, each list in its order.
    pub async fn file_rows(pool: &Pool, shop: ShopId, id: i64) -> Result<Vec<FileRow>, sqlx::Error> {
        sqlx::query_as(&format!(
            "SELECT kind, label, mime_type, {} FROM consultation_files \
             WHERE shop_id = $1 AND consultation_id = $2 ORDER BY kind DESC, position",
            files::CONTENT
        ))
        .bind(shop.get())
        .bind(id)
        .fetch_all(pool)
        .await
    }

    /// See [`super::id_by_reference`].
    pub async fn id_by_reference(
        pool: &Pool,
        shop: ShopId,
        reference: &str,
    ) -> Result<Option<i64>, sqlx::Error> {
        sqlx::query_scalar("SELECT id FROM consultations WHERE shop_id = $1 AND reference = $2")
            .bind(shop.get())
            .bind(reference)
            .fetch_optional(pool)
            .await
    }

    /// See [`super::id_by_idempotency_key`].
    pub async fn id_by_idempotency_key(
        pool: &Pool,
        shop: ShopId,
        key: &str,
    ) -> Result<Option<i64>, sqlx::Error> {
        sqlx::query_scalar(
            "SELECT id FROM consultations WHERE shop_id = $1 AND idempotency_key = $2",
        )
        .bind(shop.get())
        .bind(key)
            .fetch_optional(pool)
            .await
    }

    /// See [`super::header`].
    pub async fn header(
        pool: &Pool,
        shop: ShopId,
        id: i64,
    ) -> Result<Option<HeaderRow>, sqlx::Error> {
        sqlx::query_as(
            "SELECT reference, created_at, brief, summary, status FROM consultations \
             WHERE shop_id = $1 AND id = $2",
        )
        .bind(shop.get())
        .bind(id)
        .fetch_optional(pool)
        .await
    }

    /// See [`super::count`].
    pub async fn count(pool: &Pool, shop: ShopId) -> Result<i64, sqlx::Error> {
        sqlx::query_scalar("SELECT COUNT(*) FROM consultations WHERE shop_id = $1")
            .bind(shop.get())
            .fetch_one(pool)
            .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn consultation(key: &str) -> NewConsultation {
        NewConsultation {
            created_at: "2026-11-24T12:00:00Z".to_owned(),
            now_unix: 1_795_000_000,
            brief_json: "{}".to_owned(),
            summary: "a ring".to_owned(),
            name: "Ada".to_owned(),
            email: "ada@example.com".to_owned(),
            idempotency_key: key.to_owned(),
            body_hash: format!("hash of {key}"),
            files: vec![
                StoredFile {
                    kind: FileKind::Attachment,
                    label: "a.jpg".to_owned(),
                    mime_type: "image/jpeg".to_owned(),
                    bytes: vec![1],
                },
                StoredFile {
                    kind: FileKind::Snapshot,
                    label: "top".to_owned(),
                    mime_type: "image/png".to_owned(),
                    bytes: vec![2],
                },
                StoredFile {
                    kind: FileKind::Attachment,
                    label: "b.jpg".to_owned(),
                    mime_type: "image/jpeg".to_owned(),
                    bytes: vec![3],
                },
            ],
            outbox: vec![OutboxKind::JewelerEmail, OutboxKind::VisitorEmail],
            link_key: None,
        }
    }

    #[tokio::test]
    async fn a_taken_reference_is_drawn_again_and_a_taken_key_is_looked_up() {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = Database::open(&dir.path().join("atelier.db"))
            .await
            .expect("open");
        let mut conn = db
            .sqlite()
            .expect("SQLite")
            .writer()
            .acquire()
            .await
            .expect("connection");
        let respond = |reference: &str| format!("saved as {reference}");
        let mut draws = ["AT-22222", "AT-22222", "AT-33333"].into_iter();
        let mut draw = move || draws.next().unwrap_or("AT-44444").to_owned();

        let files = db.files().clone();
        let objects = |key: &str| {
            let contents = consultation(key)
                .files
                .into_iter()
                .map(|f| f.bytes)
                .collect();
            let files = files.clone();
            async move { files.put_all(contents).await.expect("objects") }
        };
        let first = on_sqlite::insert_rows(
            &mut conn,
            ShopId::FIRST,
            &consultation("k1"),
            &objects("k1").await,
            &respond,
            &mut draw,
        )
        .await;
        assert_eq!(
            first.ok(),
            Some(Stored::Created("saved as AT-22222".into(), None))
        );
        // The second brief draws the taken AT-22222 first, then AT-33333.
        let second = on_sqlite::insert_rows(
            &mut conn,
            ShopId::FIRST,
            &consultation("k2"),
            &objects("k2").await,
            &respond,
            &mut draw,
        )
        .await;
        assert_eq!(
            second.ok(),
            Some(Stored::Created("saved as AT-33333".into(), None))
        );
        let again = on_sqlite::insert_rows(
            &mut conn,
            ShopId::FIRST,
            &consultation("k1"),
            &objects("k1").await,
            &respond,
            &mut draw,
        )
        .await;
        assert_eq!(again.ok(), Some(Stored::Replay("saved as AT-22222".into())));
        let mut other = consultation("k1");
        other.body_hash = "another body".to_owned();
        let conflict = on_sqlite::insert_rows(
            &mut conn,
            ShopId::FIRST,
            &other,
            &objects("k1").await,
            &respond,
            &mut draw,
        )
        .await;
        assert_eq!(conflict.ok(), Some(Stored::Conflict));
        // Another shop's key is its own: the same key there is a new brief, under a reference
        // still unique in the whole deployment.
        sqlx::query("INSERT INTO shops (id, slug) VALUES (2, 'second')")
            .execute(&mut *conn)
            .await
            .expect("second shop");
        let second = ShopId::new(2);
        let theirs = on_sqlite::insert_rows(
            &mut conn,
            second,
            &consultation("k1"),
            &objects("k1").await,
            &respond,
            &mut draw,
        )
        .await;
        assert_eq!(
            theirs.ok(),
            Some(Stored::Created("saved as AT-44444".into(), None))
        );
        drop(conn);

        let refs: Vec<String> =
            sqlx::query_scalar("SELECT reference FROM consultations ORDER BY id")
                .fetch_all(db.sqlite().expect("SQLite").reader())
                .await
                .expect("references");
        assert_eq!(refs, ["AT-22222", "AT-33333", "AT-44444"]);
        let id = id_by_reference(&db, "AT-33333")
            .await
            .expect("lookup")
            .expect("stored");
        // Each shop finds only its own briefs, by reference, key or id.
        let theirs = db.for_shop(second);
        assert_eq!(
            id_by_reference(&db, "AT-44444").await.expect("lookup"),
            None
        );
        assert_eq!(
            id_by_reference(&theirs, "AT-33333").await.expect("lookup"),
            None
        );
        let their_id = id_by_idempotency_key(&theirs, "k1")
            .await
            .expect("lookup")
            .expect("theirs");
        assert_ne!(
            Some(their_id),
            id_by_idempotency_key(&db, "k1").await.expect("lookup")
        );
        assert!(load(&theirs, id).await.expect("load").is_none());
        assert!(header(&db, their_id).await.expect("header").is_none());
        assert_eq!(count(&theirs).await.expect("count"), 1);
        let stored = load(&db, id).await.expect("load").expect("found");
        let files: Vec<(FileKind, &str, &[u8])> = stored
            .files
            .iter()
            .map(|f| (f.kind, f.label.as_str(), f.bytes.as_slice()))
            .collect();
        assert_eq!(
            files,
            [
                (FileKind::Snapshot, "top", &[2u8][..]),
                (FileKind::Attachment, "a.jpg", &[1u8][..]),
                (FileKind::Attachment, "b.jpg", &[3u8][..])
            ]
        );
        let outbox: Vec<String> =
            sqlx::query_scalar("SELECT kind FROM outbox WHERE consultation_id = ? ORDER BY kind")
                .bind(id)
                .fetch_all(db.sqlite().expect("SQLite").reader())
                .await
                .expect("outbox");
        assert_eq!(outbox, ["jeweler_email", "visitor_email"]);
    }

    #[test]
    fn multi_row_inserts_list_one_group_per_row_with_numbered_parameters() {
        assert_eq!(
            rows_sql("INSERT INTO t VALUES ", "(?, ?)", 1),
            "INSERT INTO t VALUES ($1, $2)"
        );
        assert_eq!(
            rows_sql("INSERT INTO t VALUES ", "(?, 'pending', ?)", 3),
            "INSERT INTO t VALUES ($1, 'pending', $2), ($3, 'pending', $4), ($5, 'pending', $6)"
        );
    }

    #[test]
    fn references_are_short_and_unambiguous() {
        for _ in 0..200 {
            let r = new_reference();
            assert!(is_reference(&r), "{r}");
            assert!(!r[3..].contains(['0', 'O', '1', 'I', 'L', 'U']), "{r}");
        }
        assert!(!is_reference("AT-0OIL1"));
    }
}
