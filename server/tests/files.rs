//! Files out of the database (issue 19): every picture is an object named by its row (key,
//! SHA-256, size; `bytes` NULL), served byte for byte from the object, refused clearly when the
//! object is damaged or missing, and no object is left behind by a post that stored nothing new;
//! a database of today's migrations is upgraded; the hourly sweep removes only orphans.

mod common;
mod studio_common;

use atelier_core::commission::{Author, Stage};
use atelier_server::store::{self, Database};
use atelier_server::{clock, studio::retention};
use common::*;
use sha2::{Digest, Sha256};
use studio_common::{get_as, sign_in};

/// Every row of both file tables: (table, id, key, sha256, size, bytes still in the row).
async fn file_rows(
    db: &Database,
) -> Vec<(
    String,
    i64,
    Option<String>,
    Option<String>,
    Option<i64>,
    bool,
)> {
    common::sql(
        "SELECT 'consultation_files', id, object_key, sha256, size, bytes IS NOT NULL \
         FROM consultation_files \
         UNION ALL SELECT 'commission_files', id, object_key, sha256, size, bytes IS NOT NULL \
         FROM commission_files ORDER BY 1, 2",
    )
    .rows(db)
    .await
}

/// The keys of every object in the store.
async fn objects(db: &Database) -> Vec<String> {
    let mut keys: Vec<String> = db
        .files()
        .list()
        .await
        .expect("list")
        .into_iter()
        .map(|l| l.key)
        .collect();
    keys.sort();
    keys
}

/// The bytes of object `key` as they lie on disk.
fn on_disk(db: &Database, key: &str) -> Vec<u8> {
    let path = db.files().local_path(key).expect("a local store");
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn message(id: i64, key: &str, photos: Vec<Vec<u8>>) -> store::messages::NewMessage {
    store::messages::NewMessage {
        consultation_id: id,
        author: Author::Visitor,
        by_email: None,
        now_unix: 1_795_000_000,
        text: "my hand".to_owned(),
        idempotency_key: key.to_owned(),
        body_hash: format!("hash of {key}"),
        photos: photos
            .into_iter()
            .enumerate()
            .map(|(i, bytes)| store::messages::Photo {
                label: format!("hand-{i}.png"),
                mime_type: "image/png".to_owned(),
                bytes,
            })
            .collect(),
    }
}

#[tokio::test]
async fn new_files_are_objects_their_rows_name_and_are_served_byte_for_byte() {
    let f = fixture().await;
    let db = &f.state.db;
    let reference = submit(&f.state, "objects-1", &full_body()).await;
    let id = store::consultations::id_by_reference(db, &reference)
        .await
        .expect("lookup")
        .expect("stored");

    // The brief's snapshots and photo: rows with a key, a SHA-256 and a size, and no bytes.
    let brief_files = store::briefs::files(db, id).await.expect("files");
    let expected = [png(1), png(2), jpeg()];
    assert_eq!(brief_files.len(), 3);
    let rows = file_rows(db).await;
    assert_eq!(rows.len(), 3);
    for (row, want) in rows.iter().zip(&expected) {
        let (_, _, key, sha256, size, has_bytes) = row;
        let key = key.as_deref().expect("an object key");
        assert!(
            key.starts_with("shops/1/files/") && key.len() == "shops/1/files/".len() + 32,
            "{key}"
        );
        assert!(!has_bytes, "no BLOB in a new row");
        assert_eq!(*size, Some(want.len() as i64));
        assert_eq!(
            sha256.as_deref(),
            Some(hex::encode(Sha256::digest(want)).as_str())
        );
        assert_eq!(&on_disk(db, key), want);
    }

    // Served from the objects: the studio's files, the delivery's load and the export.
    let s = sign_in(&f.state).await;
    for (file, want) in brief_files.iter().zip(&expected) {
        let reply = get_as(&f.state, &s, &format!("/api/studio/files/{}", file.id)).await;
        assert_eq!(reply.status, 200);
        assert_eq!(&reply.body, want);
    }
    let loaded = store::consultations::load(db, id)
        .await
        .expect("load")
        .expect("found");
    let bytes: Vec<&[u8]> = loaded.files.iter().map(|f| f.bytes.as_slice()).collect();
    assert_eq!(bytes, [&png(1)[..], &png(2)[..], &jpeg()[..]]);

    // A message with two photos and a stage with one: objects too, read back through the store.
    let (one, two, three) = (png_sized(3, 500), png_sized(4, 700), png_sized(5, 900));
    let posted = store::messages::post(db, message(id, "m-1", vec![one.clone(), two.clone()]))
        .await
        .expect("post");
    let store::messages::Posted::Created(message_id) = posted else {
        panic!("{posted:?}");
    };
    let stage = store::stages::insert(
        db,
        store::stages::NewStageRow {
            consultation_id: id,
            now_unix: 1_795_000_100,
            by_email: "jeweler@maison.example".to_owned(),
            stage: Stage::Wax,
            note: "the wax".to_owned(),
            photo: Some(store::stages::StagePhoto {
                label: "wax.png".to_owned(),
                mime_type: "image/png".to_owned(),
                bytes: three.clone(),
            }),
            notify: false,
        },
    )
    .await
    .expect("stage");
    let rows = file_rows(db).await;
    assert_eq!(rows.len(), 6);
    assert!(rows.iter().all(|r| r.2.is_some() && !r.5), "{rows:?}");
    assert_eq!(objects(db).await.len(), 6);
    let photos: Vec<i64> =
        common::sql("SELECT id FROM commission_files WHERE message_id = $1 ORDER BY position")
            .bind(message_id)
            .scalars(db)
            .await;
    for (photo, want) in photos.iter().zip([&one, &two]) {
        let (mime, bytes) = store::messages::file(db, Some(id), *photo)
            .await
            .expect("read")
            .expect("found");
        assert_eq!((mime.as_str(), &bytes), ("image/png", want));
    }
    let (_, stage_photo) = store::stages::get(db, id, stage.id)
        .await
        .expect("read")
        .expect("found");
    assert_eq!(stage_photo.expect("photo").bytes, three);
    let export = store::export::export(db, id)
        .await
        .expect("export")
        .expect("found");
    let exported: Vec<String> = export.files.iter().map(|f| f.data_base64.clone()).collect();
    assert_eq!(
        exported,
        [
            png(1),
            png(2),
            jpeg(),
            one.clone(),
            two.clone(),
            three.clone()
        ]
        .iter()
        .map(|b| b64(b))
        .collect::<Vec<_>>()
    );

    // A retried post stores nothing new and leaves no object behind; nor does a conflict.
    let again = store::messages::post(db, message(id, "m-1", vec![one.clone(), two.clone()]))
        .await
        .expect("retry");
    assert_eq!(again, store::messages::Posted::Replay(message_id));
    let mut other = message(id, "m-1", vec![three.clone()]);
    other.body_hash = "another body".to_owned();
    assert_eq!(
        store::messages::post(db, other).await.expect("conflict"),
        store::messages::Posted::Conflict
    );
    assert_eq!(objects(db).await.len(), 6);
    let named: Vec<String> = file_rows(db)
        .await
        .into_iter()
        .filter_map(|r| r.2)
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    assert_eq!(objects(db).await, named);
}

#[tokio::test]
async fn a_damaged_or_missing_object_is_a_clear_error_never_other_bytes() {
    let f = fixture().await;
    let db = &f.state.db;
    let reference = submit(&f.state, "damaged-1", &full_body()).await;
    let id = store::consultations::id_by_reference(db, &reference)
        .await
        .expect("lookup")
        .expect("stored");
    let files = store::briefs::files(db, id).await.expect("files");
    let rows = file_rows(db).await;
    let s = sign_in(&f.state).await;

    // Same size, other bytes: the SHA-256 tells.
    let key = rows[0].2.clone().expect("key");
    let path = db.files().local_path(&key).expect("local");
    let mut damaged = std::fs::read(&path).expect("read");
    damaged[20] ^= 0xff;
    std::fs::write(&path, &damaged).expect("damage");
    let reply = get_as(&f.state, &s, &format!("/api/studio/files/{}", files[0].id)).await;
    assert_eq!(
        reply.status,
        503,
        "{}",
        String::from_utf8_lossy(&reply.body)
    );
    assert_eq!(reply.json()["error"]["code"], "file_unreadable");
    assert!(reply.json()["error"]["message"].is_string());
    assert!(reply.headers.get("retry-after").is_none());
    assert!(!reply.body.windows(damaged.len()).any(|w| w == damaged));

    // Gone: the same clear answer; the other files are still served.
    std::fs::remove_file(&path).expect("remove");
    let reply = get_as(&f.state, &s, &format!("/api/studio/files/{}", files[0].id)).await;
    assert_eq!(reply.status, 503);
    assert_eq!(reply.json()["error"]["code"], "file_unreadable");
    let reply = get_as(&f.state, &s, &format!("/api/studio/files/{}", files[1].id)).await;
    assert_eq!((reply.status.as_u16(), reply.body), (200, png(2)));
    assert!(store::export::export(db, id).await.is_err());
}

/// A database as today's migrations (0001 to 0008) leave it, holding two briefs with snapshots and
/// an inspiration photo, a message with two photos and a stage with one, every picture a BLOB.
/// Returns the pictures by table and row id.
async fn database_of_0008(path: &std::path::Path) -> Vec<(&'static str, i64, Vec<u8>)> {
    use sqlx::sqlite::{SqliteConnectOptions, SqlitePoolOptions};
    let options = SqliteConnectOptions::new()
        .filename(path)
        .create_if_missing(true)
        .foreign_keys(true);
    let pool = SqlitePoolOptions::new()
        .max_connections(1)
        .connect_with(options)
        .await
        .expect("pool");
    let mut old = sqlx::migrate!("./migrations/sqlite");
    old.migrations = std::borrow::Cow::Owned(
        old.migrations
            .iter()
            .filter(|m| m.version <= 8)
            .cloned()
            .collect(),
    );
    assert_eq!(old.migrations.len(), 8, "today's migrations");
    old.run(&pool).await.expect("old schema");
    let mut pictures = Vec::new();
    for (brief, reference) in [(1i64, "AT-22222"), (2, "AT-33333")] {
        sqlx::query(
            "INSERT INTO consultations (id, reference, created_at, brief, summary, name, email, \
             status, status_changed_at, idempotency_key, body_hash, response) \
             VALUES (?, ?, '2026-03-01T10:00:00Z', '{}', 'a ring', 'Ada Lovelace', \
             'ada@example.com', 'new', 0, ?, 'h', '{}')",
        )
        .bind(brief)
        .bind(reference)
        .bind(format!("key-{brief}"))
        .execute(&pool)
        .await
        .expect("brief");
        let seed = brief as u8 * 10;
        for (kind, position, label, mime, bytes) in [
            ("snapshot", 0, "three-quarter", "image/png", png(seed)),
            (
                "snapshot",
                1,
                "top",
                "image/png",
                png_sized(seed + 1, 40_000),
            ),
            ("attachment", 0, "ring.jpg", "image/jpeg", jpeg()),
        ] {
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO consultation_files (consultation_id, kind, position, label, \
                 mime_type, bytes) VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
            )
            .bind(brief)
            .bind(kind)
            .bind(position)
            .bind(label)
            .bind(mime)
            .bind(&bytes)
            .fetch_one(&pool)
            .await
            .expect("file");
            pictures.push(("consultation_files", id, bytes));
        }
    }
    sqlx::query(
        "INSERT INTO commission_messages (id, consultation_id, author, at, text, \
         idempotency_key, body_hash) VALUES (1, 1, 'visitor', '2026-03-02T10:00:00Z', 'my hand', \
         'm-1', 'h')",
    )
    .execute(&pool)
    .await
    .expect("message");
    sqlx::query(
        "INSERT INTO commission_stages (id, consultation_id, stage, at, by_email, note) \
         VALUES (1, 1, 'wax', '2026-03-03T10:00:00Z', 'jeweler@maison.example', 'the wax')",
    )
    .execute(&pool)
    .await
    .expect("stage");
    for (message, stage, position, bytes) in [
        (Some(1i64), None, 0i64, png_sized(31, 3_000)),
        (Some(1), None, 1, png_sized(32, 9_000)),
        (None, Some(1i64), 0, png_sized(33, 20_000)),
    ] {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO commission_files (consultation_id, message_id, stage_id, position, \
             label, mime_type, bytes) VALUES (1, ?, ?, ?, 'photo.png', 'image/png', ?) RETURNING id",
        )
        .bind(message)
        .bind(stage)
        .bind(position)
        .bind(&bytes)
        .fetch_one(&pool)
        .await
        .expect("photo");
        pictures.push(("commission_files", id, bytes));
    }
    pool.close().await;
    pictures
}

#[tokio::test]
async fn a_database_of_todays_migrations_is_upgraded_and_every_file_served_from_its_object() {
    if common::pg_support::skip_on_postgres(
        "it upgrades an old SQLite file, which the fixture opens only on SQLite",
    ) {
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let pictures = database_of_0008(&dir.path().join("atelier.db")).await;
    assert_eq!(pictures.len(), 9);

    // The new code starts on it: migration 0009, then the bytes move out.
    let f = fixture_in(dir, |_| {}).await;
    let db = &f.state.db;
    let rows = file_rows(db).await;
    assert_eq!(rows.len(), 9);
    assert!(
        rows.iter().all(|r| r.2.is_some() && !r.5),
        "every row names an object, no BLOB is left: {rows:?}"
    );
    let blobs: i64 = common::sql(
        "SELECT (SELECT COUNT(*) FROM consultation_files WHERE bytes IS NOT NULL) \
         + (SELECT COUNT(*) FROM commission_files WHERE bytes IS NOT NULL)",
    )
    .scalar(db)
    .await;
    assert_eq!(blobs, 0);
    assert_eq!(objects(db).await.len(), 9);

    // Byte for byte: the object on disk, and the studio's answers, which read the object.
    let s = sign_in(&f.state).await;
    for (table, id, bytes) in &pictures {
        let (key, sha256, size): (String, String, i64) = common::sql(&format!(
            "SELECT object_key, sha256, size FROM {table} WHERE id = $1"
        ))
        .bind(*id)
        .row(db)
        .await;
        assert_eq!(&on_disk(db, &key), bytes, "{table} {id}");
        assert_eq!(size, bytes.len() as i64);
        assert_eq!(sha256, hex::encode(Sha256::digest(bytes)));
        let uri = match *table {
            "consultation_files" => format!("/api/studio/files/{id}"),
            _ => format!("/api/studio/commission-files/{id}"),
        };
        let reply = get_as(&f.state, &s, &uri).await;
        assert_eq!(reply.status, 200, "{uri}");
        assert_eq!(&reply.body, bytes, "{uri}");
        // Served from the object: a damaged object would be refused, not the old bytes.
        let path = db.files().local_path(&key).expect("local");
        std::fs::write(&path, b"damaged").expect("damage");
        assert_eq!(get_as(&f.state, &s, &uri).await.status, 503, "{uri}");
        std::fs::write(&path, bytes).expect("repair");
    }
    let export = store::export::export(db, 1)
        .await
        .expect("export")
        .expect("found");
    assert_eq!(export.files.len(), 6);
    let loaded = store::consultations::load(db, 2)
        .await
        .expect("load")
        .expect("found");
    let want: Vec<&[u8]> = pictures[3..6].iter().map(|p| p.2.as_slice()).collect();
    let got: Vec<&[u8]> = loaded.files.iter().map(|f| f.bytes.as_slice()).collect();
    assert_eq!(got, want);

    // Starting again moves nothing and changes nothing.
    let before = file_rows(db).await;
    assert_eq!(store::objects::move_out(db).await.expect("again"), 0);
    assert_eq!(file_rows(db).await, before);
    assert_eq!(objects(db).await.len(), 9);
}

#[tokio::test]
async fn an_upgrade_cut_short_resumes_where_it_stopped() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("atelier.db");
    let pictures = database_of_0008(&path).await;
    // As if the server had died after writing the first rows' objects but before their batch
    // committed: migration 0009 is applied, an orphan object lies in the folder, and one row was
    // moved by an earlier batch.
    let files = store::files::FileStore::local(&dir.path().join("files")).expect("files");
    let orphan = files.put(pictures[0].2.clone()).await.expect("orphan");
    let moved = files.put(pictures[1].2.clone()).await.expect("moved");
    {
        use sqlx::sqlite::{SqliteConnectOptions, SqlitePoolOptions};
        let pool = SqlitePoolOptions::new()
            .max_connections(1)
            .connect_with(SqliteConnectOptions::new().filename(&path))
            .await
            .expect("pool");
        let mut to_0009 = sqlx::migrate!("./migrations/sqlite");
        to_0009.migrations = std::borrow::Cow::Owned(
            to_0009
                .migrations
                .iter()
                .filter(|m| m.version <= 9)
                .cloned()
                .collect(),
        );
        to_0009.run(&pool).await.expect("0009");
        sqlx::query(
            "UPDATE consultation_files SET object_key = ?, sha256 = ?, size = ?, bytes = NULL \
             WHERE id = ?",
        )
        .bind(&moved.key)
        .bind(&moved.sha256)
        .bind(moved.size)
        .bind(pictures[1].1)
        .execute(&pool)
        .await
        .expect("an earlier batch");
        pool.close().await;
    }

    let db = Database::open(&path).await.expect("open");
    let rows = file_rows(&db).await;
    assert!(rows.iter().all(|r| r.2.is_some() && !r.5), "{rows:?}");
    // The moved row keeps its object; every row's bytes are whole.
    let row = rows
        .iter()
        .find(|r| r.0 == "consultation_files" && r.1 == pictures[1].1)
        .expect("the moved row");
    assert_eq!(row.2.as_deref(), Some(moved.key.as_str()));
    for (table, id, bytes) in &pictures {
        let read = match *table {
            "consultation_files" => store::briefs::file_bytes(&db, *id).await,
            _ => store::messages::file(&db, None, *id).await,
        };
        assert_eq!(&read.expect("read").expect("found").1, bytes);
    }
    // The orphan is still there (the sweep's business), beside one object per row.
    let keys = objects(&db).await;
    assert_eq!(keys.len(), 10);
    assert!(keys.contains(&orphan.key));
}

/// Sets the last-modified time of object `key` to `age` ago.
fn age(db: &Database, key: &str, age: std::time::Duration) {
    let path = db.files().local_path(key).expect("local");
    let file = std::fs::File::options()
        .write(true)
        .open(&path)
        .expect("open");
    file.set_modified(std::time::SystemTime::now() - age)
        .expect("set mtime");
}

#[tokio::test]
async fn the_hourly_sweep_deletes_only_objects_no_row_names_that_are_over_an_hour_old() {
    let f = fixture().await;
    let db = &f.state.db;
    submit(&f.state, "sweep-1", &full_body()).await;
    let named: Vec<String> = file_rows(db)
        .await
        .into_iter()
        .filter_map(|r| r.2)
        .collect();
    assert_eq!(named.len(), 3);
    let hours = |n: u64| std::time::Duration::from_secs(n * 3600);
    // Named objects, however old, stay.
    for key in &named {
        age(db, key, hours(48));
    }
    // An orphan of two hours ago (a crash between object and row), and one just written (its row
    // is about to commit).
    let old = db.files().put(png(7)).await.expect("old orphan");
    age(db, &old.key, hours(2));
    let fresh = db.files().put(png(8)).await.expect("fresh orphan");
    let path = |key: &str| db.files().local_path(key).expect("local");
    // The temporary file of a write a crash cut short two hours ago (listings skip it), and one
    // being written now.
    let cut_short = format!("{}#123", old.key);
    std::fs::write(path(&cut_short), png(9)).expect("a cut-short write");
    age(db, &cut_short, hours(2));
    let writing = format!("{}#456", fresh.key);
    std::fs::write(path(&writing), png(9)).expect("a write under way");

    let purged = retention::purge(&f.state, clock::now_unix())
        .await
        .expect("purge");
    assert_eq!(purged.orphans, 2);
    assert!(!path(&cut_short).exists(), "the cut-short write is swept");
    assert!(path(&writing).is_file(), "the write under way is not");
    std::fs::remove_file(path(&writing)).expect("the write ends");
    assert!(!path(&old.key).exists(), "the old orphan is swept");
    assert!(path(&fresh.key).is_file(), "the fresh orphan is not");
    for key in &named {
        assert!(path(key).is_file(), "{key} is named by a row");
    }

    // An hour and more later the fresh orphan goes too; the named ones still stay, and the
    // brief's files are served as before.
    let purged = retention::purge(&f.state, clock::now_unix() + 3601)
        .await
        .expect("purge");
    assert_eq!(purged.orphans, 1);
    assert!(!path(&fresh.key).exists());
    let mut left = objects(db).await;
    left.sort();
    let mut want = named.clone();
    want.sort();
    assert_eq!(left, want);
    for key in &named {
        assert!(path(key).is_file());
    }
}
