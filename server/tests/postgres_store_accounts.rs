//! The studio's accounts, the retention purge, erasure requests and the visitor's export on
//! PostgreSQL, against a throwaway cluster: every public function of `store::accounts`,
//! `store::retention`, `store::erasure` and `store::export` called on a PostgreSQL [`Database`],
//! as the server calls them, and what it returns checked.
//!
//! Rows of modules not yet on both engines (messages, stages, appointments, notes, history, a
//! brief's status) are set up with plain SQL; everything else through the store's functions.

mod pg_support;

use atelier_core::workflow::Status;
use atelier_server::store::accounts::{self, LiveSession, SetupOutcome, StudioUser};
use atelier_server::store::consultations::{self, FileKind, NewConsultation, Stored, StoredFile};
use atelier_server::store::erasure::{self, Requested};
use atelier_server::store::export;
use atelier_server::store::files::Content;
use atelier_server::store::outbox::{self, OutboxKind};
use atelier_server::store::retention;
use atelier_server::store::{Database, ShopId};
use pg_support::{pool, Cluster};

const NOW: i64 = 1_795_000_000;

/// A migrated database of its own on `cluster`, as one server process would open it, with its
/// files in `files`.
async fn open(cluster: &Cluster, name: &str, files: &tempfile::TempDir) -> Database {
    cluster.store(name, files.path()).await
}

/// Another process's handle on the same database and files.
async fn reopen(cluster: &Cluster, name: &str, files: &tempfile::TempDir) -> Database {
    cluster.store_again(name, files.path()).await
}

fn brief(key: &str, files: Vec<StoredFile>) -> NewConsultation {
    NewConsultation {
        created_at: "2026-12-07T12:00:00Z".to_owned(),
        now_unix: NOW,
        brief_json: r#"{"notes":"a ring"}"#.to_owned(),
        summary: "Yellow gold solitaire".to_owned(),
        name: "Ada".to_owned(),
        email: "ada@example.com".to_owned(),
        idempotency_key: key.to_owned(),
        body_hash: format!("hash of {key}"),
        files,
        outbox: vec![OutboxKind::JewelerEmail],
        link_key: None,
    }
}

fn picture(kind: FileKind, label: &str, bytes: &[u8]) -> StoredFile {
    StoredFile {
        kind,
        label: label.to_owned(),
        mime_type: "image/png".to_owned(),
        bytes: bytes.to_vec(),
    }
}

/// Stores a brief as the server's submission does; its id.
async fn insert(db: &Database, new: NewConsultation) -> i64 {
    let key = new.idempotency_key.clone();
    let stored = consultations::insert(db, new, |r| format!("{{\"reference\":\"{r}\"}}"))
        .await
        .expect("stored");
    assert!(matches!(stored, Stored::Created(..)), "{stored:?}");
    consultations::id_by_idempotency_key(db, &key)
        .await
        .expect("by key")
        .expect("stored")
}

/// Whether the object `key` is still in the file store.
async fn object_exists(db: &Database, key: &str) -> bool {
    db.files()
        .list()
        .await
        .expect("list")
        .iter()
        .any(|o| o.key == key)
}

#[tokio::test]
async fn a_setup_token_creates_one_account_once_and_sessions_live_idle_and_end() {
    let Some(cluster) = Cluster::for_first_pass() else {
        return;
    };
    let files = tempfile::tempdir().expect("files");
    let db = open(&cluster, "accounts", &files).await;

    assert!(!accounts::any_user(&db).await.expect("any"));
    accounts::replace_setup_token(&db, "first", NOW + 60)
        .await
        .expect("token");
    accounts::replace_setup_token(&db, "digest", NOW + 60)
        .await
        .expect("token");
    assert!(!accounts::setup_token_live(&db, "first", NOW)
        .await
        .expect("replaced"));
    assert!(accounts::setup_token_live(&db, "digest", NOW)
        .await
        .expect("live"));
    assert!(!accounts::setup_token_live(&db, "digest", NOW + 60)
        .await
        .expect("expired"));

    assert_eq!(
        accounts::complete_setup(&db, "other", "a@example.com", "hash", NOW)
            .await
            .expect("setup"),
        SetupOutcome::TokenRefused
    );
    assert_eq!(
        accounts::complete_setup(&db, "digest", "a@example.com", "hash", NOW + 60)
            .await
            .expect("setup"),
        SetupOutcome::TokenRefused,
        "expired"
    );
    let SetupOutcome::Created(id) =
        accounts::complete_setup(&db, "digest", "a@example.com", "hash", NOW)
            .await
            .expect("setup")
    else {
        panic!("the live token creates the account");
    };
    assert_eq!(
        accounts::find_user(&db, "a@example.com")
            .await
            .expect("find"),
        Some(StudioUser {
            id,
            password_hash: "hash".to_owned()
        })
    );
    assert_eq!(
        accounts::find_user(&db, "b@example.com")
            .await
            .expect("find"),
        None
    );
    assert!(accounts::any_user(&db).await.expect("any"));
    let used: Option<i64> =
        sqlx::query_scalar("SELECT used_at FROM studio_setup_tokens WHERE token_hash = 'digest'")
            .fetch_one(pool(&db))
            .await
            .expect("token row");
    assert_eq!(used, Some(NOW));
    assert!(!accounts::setup_token_live(&db, "digest", NOW)
        .await
        .expect("spent"));
    assert_eq!(
        accounts::complete_setup(&db, "digest", "a@example.com", "hash", NOW)
            .await
            .expect("setup"),
        SetupOutcome::TokenRefused,
        "spent"
    );

    // With an account, a live token is refused and stays unspent: nothing changed.
    accounts::replace_setup_token(&db, "again", NOW + 60)
        .await
        .expect("token");
    assert_eq!(
        accounts::complete_setup(&db, "again", "b@example.com", "hash", NOW)
            .await
            .expect("setup"),
        SetupOutcome::AccountExists
    );
    assert!(accounts::setup_token_live(&db, "again", NOW)
        .await
        .expect("unspent"));
    assert_eq!(
        accounts::find_user(&db, "b@example.com")
            .await
            .expect("find"),
        None
    );

    // `user add`: a second account removes the setup token; a taken email adds nothing.
    let second = accounts::add_user(&db, "b@example.com", "hash-b", NOW)
        .await
        .expect("add")
        .expect("new");
    assert_ne!(second, id);
    assert!(!accounts::setup_token_live(&db, "again", NOW)
        .await
        .expect("gone"));
    accounts::replace_setup_token(&db, "third", NOW + 60)
        .await
        .expect("token");
    assert_eq!(
        accounts::add_user(&db, "b@example.com", "other", NOW)
            .await
            .expect("add"),
        None
    );
    assert!(
        accounts::setup_token_live(&db, "third", NOW)
            .await
            .expect("kept"),
        "a refused add changes nothing"
    );
    assert_eq!(
        accounts::find_user(&db, "b@example.com")
            .await
            .expect("find")
            .map(|u| u.password_hash),
        Some("hash-b".to_owned())
    );

    // The statement inside a caller's transaction: a taken email is `None` and the transaction
    // carries on (a failed statement would abort it on PostgreSQL).
    let mut tx = pool(&db).begin().await.expect("begin");
    assert_eq!(
        accounts::on_postgres::insert_user(&mut tx, "a@example.com", "x", NOW)
            .await
            .expect("insert"),
        None
    );
    let third = accounts::on_postgres::insert_user(&mut tx, "c@example.com", "hash-c", NOW)
        .await
        .expect("insert")
        .expect("new");
    tx.commit().await.expect("commit");
    let created_at: String =
        sqlx::query_scalar("SELECT created_at FROM studio_users WHERE id = $1")
            .bind(third)
            .fetch_one(pool(&db))
            .await
            .expect("created_at");
    assert!(created_at.starts_with("2026-11-18T"), "{created_at}");

    // Sessions.
    accounts::insert_session(&db, "s", id, "csrf", NOW, NOW + 3600)
        .await
        .expect("session");
    assert_eq!(
        accounts::live_session(&db, "s", NOW + 10, NOW - 1)
            .await
            .expect("lookup"),
        Some(LiveSession {
            user_id: id,
            email: "a@example.com".to_owned(),
            csrf: "csrf".to_owned(),
            last_seen_at: NOW,
        })
    );
    assert_eq!(
        accounts::live_session(&db, "s", NOW + 10, NOW)
            .await
            .expect("idle"),
        None
    );
    assert_eq!(
        accounts::live_session(&db, "s", NOW + 3600, 0)
            .await
            .expect("expired"),
        None
    );
    accounts::touch_session(&db, "s", NOW + 10)
        .await
        .expect("touch");
    assert_eq!(
        accounts::live_session(&db, "s", NOW + 20, NOW)
            .await
            .expect("lookup")
            .map(|s| s.last_seen_at),
        Some(NOW + 10)
    );
    accounts::delete_session(&db, "s").await.expect("delete");
    assert_eq!(
        accounts::live_session(&db, "s", NOW + 20, 0)
            .await
            .expect("gone"),
        None
    );
}

#[tokio::test]
async fn one_setup_token_spent_at_once_by_two_processes_creates_one_account() {
    let Some(cluster) = Cluster::for_first_pass() else {
        return;
    };
    let files = tempfile::tempdir().expect("files");
    let first = open(&cluster, "setup_race", &files).await;
    let second = reopen(&cluster, "setup_race", &files).await;
    accounts::replace_setup_token(&first, "digest", NOW + 60)
        .await
        .expect("token");
    let mut tries = Vec::new();
    for i in 0..8 {
        let db = if i % 2 == 0 {
            first.clone()
        } else {
            second.clone()
        };
        tries.push(tokio::spawn(async move {
            accounts::complete_setup(&db, "digest", &format!("{i}@example.com"), "hash", NOW)
                .await
                .expect("setup")
        }));
    }
    let mut created = 0;
    for outcome in tries {
        match outcome.await.expect("task") {
            SetupOutcome::Created(_) => created += 1,
            SetupOutcome::TokenRefused => {}
            other => panic!("{other:?}"),
        }
    }
    assert_eq!(created, 1);
    let users: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM studio_users")
        .fetch_one(pool(&first))
        .await
        .expect("count");
    assert_eq!(users, 1);
}

#[tokio::test]
async fn retention_erases_marked_briefs_with_their_objects_and_purges_sessions_and_tokens() {
    let Some(cluster) = Cluster::for_first_pass() else {
        return;
    };
    let files = tempfile::tempdir().expect("files");
    let db = open(&cluster, "retention", &files).await;

    let spam = insert(
        &db,
        brief(
            "spam",
            vec![picture(FileKind::Snapshot, "top", b"spam snapshot")],
        ),
    )
    .await;
    let recent = insert(&db, brief("recent", Vec::new())).await;
    let kept = insert(
        &db,
        brief(
            "kept",
            vec![picture(FileKind::Attachment, "a.png", b"kept")],
        ),
    )
    .await;
    // The studio marks briefs (store::briefs, not yet on PostgreSQL): by hand here.
    for (id, status, at) in [
        (spam, "spam", NOW - 100),
        (recent, "spam", NOW + 100),
        (kept, "archived", NOW - 100),
    ] {
        sqlx::query("UPDATE consultations SET status = $1, status_changed_at = $2 WHERE id = $3")
            .bind(status)
            .bind(at)
            .bind(id)
            .execute(pool(&db))
            .await
            .expect("mark");
    }
    // A photo in a message of the spam brief (store::messages, not yet on PostgreSQL).
    let photo = db
        .files()
        .put(b"spam photo".to_vec())
        .await
        .expect("object");
    let message: i64 = sqlx::query_scalar(
        "INSERT INTO commission_messages \
         (consultation_id, author, at, text, idempotency_key, body_hash, shop_id) \
         VALUES ($1, 'visitor', '2026-12-07T12:00:00Z', 'hello', 'm', 'h', 1) RETURNING id",
    )
    .bind(spam)
    .fetch_one(pool(&db))
    .await
    .expect("message");
    sqlx::query(
        "INSERT INTO commission_files \
         (consultation_id, message_id, position, label, mime_type, object_key, sha256, size, \
         shop_id) VALUES ($1, $2, 0, 'p.png', 'image/png', $3, $4, $5, 1)",
    )
    .bind(spam)
    .bind(message)
    .bind(&photo.key)
    .bind(&photo.sha256)
    .bind(photo.size)
    .execute(pool(&db))
    .await
    .expect("photo");
    let keys_of = |id: i64| {
        let pool = pool(&db).clone();
        async move {
            let keys: Vec<String> = sqlx::query_scalar(
                "SELECT object_key FROM consultation_files WHERE consultation_id = $1",
            )
            .bind(id)
            .fetch_all(&pool)
            .await
            .expect("keys");
            keys
        }
    };
    let spam_keys = keys_of(spam).await;
    let kept_keys = keys_of(kept).await;
    assert_eq!((spam_keys.len(), kept_keys.len()), (1, 1));
    assert!(object_exists(&db, &spam_keys[0]).await);
    assert!(object_exists(&db, &photo.key).await);

    let spam_reference = consultations::header(&db, spam)
        .await
        .expect("header")
        .expect("found")
        .reference;
    assert_eq!(
        retention::erase_briefs_marked(&db, Status::Spam, NOW)
            .await
            .expect("erase"),
        [spam_reference]
    );
    assert_eq!(
        retention::erase_briefs_marked(&db, Status::Spam, NOW)
            .await
            .expect("erase again"),
        Vec::<String>::new()
    );
    assert!(consultations::header(&db, spam)
        .await
        .expect("header")
        .is_none());
    assert!(consultations::header(&db, recent)
        .await
        .expect("header")
        .is_some());
    assert!(consultations::header(&db, kept)
        .await
        .expect("header")
        .is_some());
    assert!(
        !object_exists(&db, &spam_keys[0]).await,
        "brief file's object"
    );
    assert!(
        !object_exists(&db, &photo.key).await,
        "message photo's object"
    );
    assert!(object_exists(&db, &kept_keys[0]).await);
    let left: i64 = sqlx::query_scalar(
        "SELECT (SELECT COUNT(*) FROM commission_files) + (SELECT COUNT(*) FROM outbox \
         WHERE consultation_id = $1)",
    )
    .bind(spam)
    .fetch_one(pool(&db))
    .await
    .expect("cascade");
    assert_eq!(left, 0, "the DELETE cascades");
    let spam_count: i64 = sqlx::query_scalar(
        "SELECT CAST(SUM(n) AS BIGINT) FROM consultation_counts WHERE status = 'spam'",
    )
    .fetch_one(pool(&db))
    .await
    .expect("count");
    assert_eq!(spam_count, 1, "the recent spam brief is left");

    // Sessions: expired by now or idle since; tokens expired by then.
    let user = accounts::add_user(&db, "a@example.com", "hash", NOW)
        .await
        .expect("add")
        .expect("new");
    for (hash, seen, expires) in [
        ("expired", NOW, NOW - 1),
        ("idle", NOW - 100, NOW + 3600),
        ("live", NOW, NOW + 3600),
    ] {
        accounts::insert_session(&db, hash, user, "csrf", seen, expires)
            .await
            .expect("session");
    }
    assert_eq!(
        retention::purge_sessions(&db, NOW, NOW - 50)
            .await
            .expect("purge"),
        2
    );
    assert!(accounts::live_session(&db, "live", NOW, 0)
        .await
        .expect("lookup")
        .is_some());
    assert_eq!(
        retention::purge_sessions(&db, NOW, NOW - 50)
            .await
            .expect("purge"),
        0
    );
    accounts::replace_setup_token(&db, "digest", NOW)
        .await
        .expect("token");
    assert_eq!(
        retention::purge_setup_tokens(&db, NOW - 1)
            .await
            .expect("purge"),
        0
    );
    assert_eq!(
        retention::purge_setup_tokens(&db, NOW)
            .await
            .expect("purge"),
        1
    );
}

#[tokio::test]
async fn an_erasure_request_is_recorded_once_with_the_jewelers_email() {
    let Some(cluster) = Cluster::for_first_pass() else {
        return;
    };
    let files = tempfile::tempdir().expect("files");
    let db = open(&cluster, "erasure", &files).await;
    let id = insert(&db, brief("erase-me", Vec::new())).await;
    let other = insert(&db, brief("keep-me", Vec::new())).await;

    assert_eq!(erasure::requested_at(&db, id).await.expect("none"), None);
    assert_eq!(erasure::request_of(&db, id).await.expect("none"), None);
    let first = erasure::request(&db, id, "please", NOW)
        .await
        .expect("request");
    assert_eq!(
        first,
        Requested {
            requested_at: "2026-11-18T11:06:40Z".to_owned(),
            new: true
        }
    );
    // Asked again later: nothing changes, the first time is the answer.
    assert_eq!(
        erasure::request(&db, id, "again", NOW + 60)
            .await
            .expect("again"),
        Requested {
            requested_at: first.requested_at.clone(),
            new: false
        }
    );
    assert_eq!(
        erasure::requested_at(&db, id).await.expect("asked"),
        Some(first.requested_at.clone())
    );
    assert_eq!(
        erasure::request_of(&db, id).await.expect("asked"),
        Some((first.requested_at.clone(), "please".to_owned()))
    );
    assert_eq!(erasure::requested_at(&db, other).await.expect("not"), None);

    // One email to the jeweler, naming the request by id.
    let notices: Vec<i64> = sqlx::query_scalar(
        "SELECT id FROM outbox WHERE consultation_id = $1 AND kind = 'erasure_request_email'",
    )
    .bind(id)
    .fetch_all(pool(&db))
    .await
    .expect("outbox");
    assert_eq!(notices.len(), 1);
    let payload = outbox::payload(&db, notices[0])
        .await
        .expect("payload")
        .expect("some");
    let payload: serde_json::Value = serde_json::from_str(&payload).expect("json");
    let request_id = payload["erasure_request"].as_i64().expect("request id");
    assert_eq!(
        erasure::get(&db, id, request_id).await.expect("get"),
        Some((first.requested_at.clone(), "please".to_owned()))
    );
    assert_eq!(
        erasure::get(&db, other, request_id)
            .await
            .expect("another brief's"),
        None
    );

    // Asked at once from two processes: one request, one email.
    let second = reopen(&cluster, "erasure", &files).await;
    let (a, b) = tokio::join!(
        erasure::request(&db, other, "a", NOW),
        erasure::request(&second, other, "b", NOW)
    );
    let (a, b) = (a.expect("a"), b.expect("b"));
    assert_eq!(u8::from(a.new) + u8::from(b.new), 1, "{a:?} {b:?}");
    let emails: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM outbox WHERE consultation_id = $1 AND kind = 'erasure_request_email'",
    )
    .bind(other)
    .fetch_one(pool(&db))
    .await
    .expect("outbox");
    assert_eq!(emails, 1);
}

/// A brief with a row in every table the export reads (proposals apart), files and photos among
/// them; its id.
async fn commission(db: &Database) -> i64 {
    let id = insert(
        db,
        brief(
            "export",
            vec![
                picture(FileKind::Attachment, "a.png", b"attachment"),
                picture(FileKind::Snapshot, "top", b"snapshot"),
            ],
        ),
    )
    .await;
    erasure::request(db, id, "erase it all", NOW)
        .await
        .expect("request");
    // The commission's own rows (store::messages, stages, booking, briefs: not yet on
    // PostgreSQL), by hand.
    let pool = pool(db);
    let message: i64 = sqlx::query_scalar(
        "INSERT INTO commission_messages \
         (consultation_id, author, at, text, idempotency_key, body_hash, shop_id) \
         VALUES ($1, 'visitor', '2026-12-07T12:01:00Z', 'Hello', 'm1', 'h', 1) RETURNING id",
    )
    .bind(id)
    .fetch_one(pool)
    .await
    .expect("message");
    let stage: i64 = sqlx::query_scalar(
        "INSERT INTO commission_stages (consultation_id, stage, at, by_email, note, shop_id) \
         VALUES ($1, 'wax', '2026-12-07T12:02:00Z', 'j@example.com', 'In wax', 1) RETURNING id",
    )
    .bind(id)
    .fetch_one(pool)
    .await
    .expect("stage");
    for (message, stage, label, bytes) in [
        (Some(message), None, "m.png", &b"message photo"[..]),
        (None, Some(stage), "s.png", &b"stage photo"[..]),
    ] {
        let object = db.files().put(bytes.to_vec()).await.expect("object");
        sqlx::query(
            "INSERT INTO commission_files (consultation_id, message_id, stage_id, position, \
             label, mime_type, object_key, sha256, size, shop_id) \
             VALUES ($1, $2, $3, 0, $4, 'image/png', $5, $6, $7, 1)",
        )
        .bind(id)
        .bind(message)
        .bind(stage)
        .bind(label)
        .bind(&object.key)
        .bind(&object.sha256)
        .bind(object.size)
        .execute(pool)
        .await
        .expect("photo");
    }
    sqlx::query(
        "INSERT INTO appointments (consultation_id, starts_at, ends_at, kind, uid, created_at, \
         changed_at, shop_id) VALUES ($1, 1796000000, 1796001800, 'video', 'uid-1', \
         '2026-12-07T12:03:00Z', '2026-12-07T12:03:00Z', 1)",
    )
    .bind(id)
    .execute(pool)
    .await
    .expect("appointment");
    sqlx::query(
        "INSERT INTO consultation_notes (consultation_id, at, by_email, text, shop_id) \
         VALUES ($1, '2026-12-07T12:04:00Z', 'j@example.com', 'Call back', 1)",
    )
    .bind(id)
    .execute(pool)
    .await
    .expect("note");
    sqlx::query(
        "INSERT INTO consultation_history \
         (consultation_id, at, by_email, from_status, to_status, shop_id) \
         VALUES ($1, '2026-12-07T12:05:00Z', 'j@example.com', 'new', 'quoted', 1)",
    )
    .bind(id)
    .execute(pool)
    .await
    .expect("history");
    id
}

fn b64(bytes: &[u8]) -> String {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

/// The export's statements on PostgreSQL, in the snapshot `export::export` reads them in:
/// every table's rows, with the files' places (read from the object store after).
#[tokio::test]
async fn the_export_reads_every_row_of_the_brief_in_one_snapshot() {
    let Some(cluster) = Cluster::for_first_pass() else {
        return;
    };
    let files = tempfile::tempdir().expect("files");
    let db = open(&cluster, "export_rows", &files).await;
    let id = commission(&db).await;

    let mut tx = pool(&db).begin().await.expect("begin");
    sqlx::query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        .execute(&mut *tx)
        .await
        .expect("snapshot");
    let snapshot = export::on_postgres::snapshot(&mut tx, ShopId::FIRST, id)
        .await
        .expect("rows")
        .expect("found");
    assert!(
        export::on_postgres::snapshot(&mut tx, ShopId::FIRST, id + 1000)
            .await
            .expect("rows")
            .is_none()
    );
    tx.commit().await.expect("commit");

    let e = &snapshot.export;
    assert!(e.reference.starts_with("AT-"), "{}", e.reference);
    assert_eq!(e.created_at, "2026-12-07T12:00:00Z");
    assert_eq!(e.brief["notes"], "a ring");
    assert_eq!(
        (e.summary.as_str(), e.status.as_str()),
        ("Yellow gold solitaire", "new")
    );
    let messages: Vec<_> = e
        .messages
        .iter()
        .map(|m| (m.author.as_str(), m.at.as_str(), m.text.as_str()))
        .collect();
    assert_eq!(messages, [("visitor", "2026-12-07T12:01:00Z", "Hello")]);
    let appointments: Vec<_> = e
        .appointments
        .iter()
        .map(|a| {
            (
                a.starts_at.as_str(),
                a.ends_at.as_str(),
                a.kind.as_str(),
                a.state.as_str(),
            )
        })
        .collect();
    assert_eq!(
        appointments,
        [(
            "2026-11-30T00:53:20Z",
            "2026-11-30T01:23:20Z",
            "video",
            "booked"
        )]
    );
    let stages: Vec<_> = e
        .stages
        .iter()
        .map(|s| (s.stage.as_str(), s.note.as_str()))
        .collect();
    assert_eq!(stages, [("wax", "In wax")]);
    assert_eq!(e.jeweler_notes.len(), 1);
    assert_eq!(e.jeweler_notes[0].text, "Call back");
    assert_eq!(e.status_history.len(), 1);
    assert_eq!(e.status_history[0].text, "new → quoted");
    let erasure = e.erasure_request.as_ref().expect("asked");
    assert_eq!(erasure.comment, "erase it all");

    let brief_files: Vec<_> = snapshot
        .brief_files
        .iter()
        .map(|f| (f.kind.as_str(), f.label.as_str()))
        .collect();
    assert_eq!(
        brief_files,
        [("snapshot", "top"), ("attachment", "a.png")],
        "snapshots first"
    );
    let commission_files: Vec<_> = snapshot
        .commission_files
        .iter()
        .map(|f| {
            (
                f.message_id == Some(e.messages[0].id),
                f.stage_id == Some(e.stages[0].id),
                f.label.as_str(),
            )
        })
        .collect();
    assert_eq!(
        commission_files,
        [(true, false, "m.png"), (false, true, "s.png")]
    );
    let mut bytes = Vec::new();
    for content in snapshot
        .brief_files
        .into_iter()
        .map(|f| f.content)
        .chain(snapshot.commission_files.into_iter().map(|f| f.content))
    {
        assert!(matches!(
            content,
            Content {
                bytes: None,
                object_key: Some(_),
                ..
            }
        ));
        bytes.push(db.files().read(content).await.expect("object"));
    }
    assert_eq!(
        bytes,
        [
            &b"snapshot"[..],
            b"attachment",
            b"message photo",
            b"stage photo"
        ]
    );
}

/// `export::export` whole on PostgreSQL, the proposals (read through `store::proposals::list`)
/// included.
#[tokio::test]
async fn the_export_is_everything_held_about_the_brief() {
    let Some(cluster) = Cluster::for_first_pass() else {
        return;
    };
    let files = tempfile::tempdir().expect("files");
    let db = open(&cluster, "export", &files).await;
    let id = commission(&db).await;

    assert!(export::export(&db, id + 1000)
        .await
        .expect("export")
        .is_none());
    let e = export::export(&db, id)
        .await
        .expect("export")
        .expect("found");
    assert_eq!(e.summary, "Yellow gold solitaire");
    assert!(e.proposals.is_empty());
    assert_eq!(e.messages.len(), 1);
    assert_eq!(e.appointments.len(), 1);
    assert_eq!(e.stages.len(), 1);
    assert_eq!(
        e.erasure_request.as_ref().map(|r| r.comment.as_str()),
        Some("erase it all")
    );
    let files: Vec<_> = e
        .files
        .iter()
        .map(|f| {
            (
                f.belongs_to.as_str(),
                f.owner_id.is_some(),
                f.label.as_str(),
                f.data_base64.clone(),
            )
        })
        .collect();
    assert_eq!(
        files,
        [
            ("snapshot", false, "top", b64(b"snapshot")),
            ("attachment", false, "a.png", b64(b"attachment")),
            ("message", true, "m.png", b64(b"message photo")),
            ("stage", true, "s.png", b64(b"stage photo")),
        ]
    );
}
