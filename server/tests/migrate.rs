//! Moving house (`atelier-server migrate`): a SQLite deployment with briefs, pictures, deliveries
//! and their attempts, private links, notes and a studio account is copied into PostgreSQL and its
//! files into another folder; the copy is proven row for row and object for object, reads back
//! through the store as it was, and a second run (after the jeweler changed a status) brings it up
//! to date without doubling anything. A brief erased from SQLite after a run is reported, not
//! hidden.

mod pg_support;

use atelier_server::commission::link_key::LinkKey;
use atelier_server::store::consultations::{self, FileKind, NewConsultation, Stored, StoredFile};
use atelier_server::store::files::FileStore;
use atelier_server::store::migrate;
use atelier_server::store::outbox::{self, Attempt, Lane, OutboxKind, Outcome};
use atelier_server::store::postgres::Postgres;
use atelier_server::store::{briefs, Database, Engine};
use pg_support::Cluster;

async fn brief(db: &Database, n: u8) -> i64 {
    let new = NewConsultation {
        created_at: format!("2026-12-07T10:0{n}:00Z"),
        now_unix: 1_000 + i64::from(n),
        brief_json: format!("{{\"n\":{n}}}"),
        summary: format!("Ring {n}"),
        name: format!("Visitor {n}"),
        email: format!("v{n}@example.com"),
        idempotency_key: format!("key-{n}"),
        body_hash: format!("hash-{n}"),
        files: vec![
            StoredFile {
                kind: FileKind::Snapshot,
                label: "front".to_owned(),
                mime_type: "image/png".to_owned(),
                bytes: vec![n; 64],
            },
            StoredFile {
                kind: FileKind::Attachment,
                label: "inspiration.jpg".to_owned(),
                mime_type: "image/jpeg".to_owned(),
                bytes: vec![n.wrapping_add(100); 300],
            },
        ],
        outbox: vec![OutboxKind::JewelerEmail, OutboxKind::VisitorEmail],
        link_key: LinkKey::random().ok(),
    };
    let Stored::Created(..) = consultations::insert(db, new, |r| r.to_owned())
        .await
        .expect("stored")
    else {
        panic!("a new brief");
    };
    consultations::id_by_idempotency_key(db, &format!("key-{n}"))
        .await
        .expect("read")
        .expect("found")
}

#[tokio::test]
async fn a_sqlite_deployment_moves_to_postgresql_proven_and_a_second_run_catches_up() {
    let dir = tempfile::tempdir().expect("temp dir");
    let source = Database::open(&dir.path().join("atelier.db"))
        .await
        .expect("SQLite");
    let mut ids = Vec::new();
    for n in 1..=3 {
        ids.push(brief(&source, n).await);
    }
    let due = outbox::claim_due(&source, Lane::Mail, 10, 2_000, 2_060)
        .await
        .expect("claim");
    outbox::record_attempt(
        &source,
        Attempt {
            outbox_id: due[0].id,
            attempt: 1,
            attempted_at: 2_001,
            outcome: Outcome::Sent,
            next_attempt_at: 2_001,
            error: None,
        },
    )
    .await
    .expect("attempt");
    briefs::add_note(
        &source,
        ids[0],
        &briefs::Note {
            at: "2026-12-07T11:00:00Z".to_owned(),
            by_email: "jeweler@maison.example".to_owned(),
            text: "Call her on Monday".to_owned(),
        },
    )
    .await
    .expect("note");
    atelier_server::studio::accounts::add_user(
        &source,
        "ada@maison.example",
        "correct horse battery",
    )
    .await
    .expect("account");

    let Some(cluster) = Cluster::for_first_pass() else {
        return;
    };
    drop(cluster.database("moved").await);
    let target = Postgres::connect_with(cluster.options("moved"), 4)
        .await
        .expect("PostgreSQL");
    let moved_files = tempfile::tempdir().expect("files");
    let target_files = FileStore::local(moved_files.path()).expect("target files");
    let sqlite = source.sqlite().expect("SQLite");

    let first = migrate::run(sqlite, source.files(), &target, Some(&target_files))
        .await
        .expect("migrated");
    assert!(first.verified(), "{first:#?}");
    assert_eq!(first.objects, (6, 6));
    assert_eq!(first.objects_copied, 6);
    let rows = |report: &migrate::Report, table: &str| {
        report
            .tables
            .iter()
            .find(|t| t.table == table)
            .map(|t| t.rows)
            .expect("table reported")
    };
    assert_eq!(rows(&first, "consultations"), (3, 3));
    assert_eq!(rows(&first, "consultation_files"), (6, 6));
    assert_eq!(rows(&first, "outbox"), (6, 6));
    assert_eq!(rows(&first, "outbox_attempts"), (1, 1));
    assert_eq!(rows(&first, "commission_links"), (3, 3));
    assert_eq!(rows(&first, "studio_users"), (1, 1));
    // One row per shop and status that has briefs (all three are new), kept by each engine's
    // triggers, compared not copied.
    assert_eq!(rows(&first, "consultation_counts"), (1, 1));

    // The jeweler carries on meanwhile; a second run brings the copy up to date.
    briefs::set_status(&source, ids[1], "quoted", "ada@maison.example", 3_000)
        .await
        .expect("status");
    let second = migrate::run(sqlite, source.files(), &target, Some(&target_files))
        .await
        .expect("migrated again");
    assert!(second.verified(), "{second:#?}");
    assert_eq!(second.objects_copied, 0, "every object was there already");
    assert_eq!(rows(&second, "consultations"), (3, 3), "nothing doubled");
    assert_eq!(rows(&second, "consultation_history"), (1, 1));

    // What the store reads from the copy is what it read from SQLite, pictures included.
    let copy = Database::on(Engine::Postgres(target.clone()), target_files.clone())
        .await
        .expect("open the copy");
    for &id in &ids {
        let before = consultations::load(&source, id)
            .await
            .expect("read")
            .expect("there");
        let after = consultations::load(&copy, id)
            .await
            .expect("read")
            .expect("there");
        assert_eq!(
            (after.reference, after.summary, after.files),
            (before.reference, before.summary, before.files)
        );
    }
    let status = briefs::status_by_reference(
        &copy,
        &consultations::header(&source, ids[1])
            .await
            .expect("header")
            .expect("there")
            .reference,
    )
    .await
    .expect("read")
    .expect("there");
    assert_eq!(status.status, "quoted");
    // New rows continue after the copied ids.
    let fourth = brief(&copy, 4).await;
    assert_eq!(fourth, ids[2] + 1);

    // A brief erased from SQLite after a run: the proof says so instead of passing.
    briefs::erase(&source, ids[0]).await.expect("erased");
    let third = migrate::run(sqlite, source.files(), &target, Some(&target_files))
        .await
        .expect("ran");
    assert!(!third.verified());
    let differs: Vec<&str> = third
        .tables
        .iter()
        .filter(|t| !t.same)
        .map(|t| t.table)
        .collect();
    assert!(differs.contains(&"consultations"), "{differs:?}");

    // The processes start on the copy, and the jeweler moves a brief on there. Copying SQLite
    // over it again would set that back: migrate refuses and changes nothing.
    target.mark_serving().await.expect("a server starts on it");
    let reference = consultations::header(&copy, ids[2])
        .await
        .expect("header")
        .expect("there")
        .reference;
    briefs::set_status(&copy, ids[2], "won", "ada@maison.example", 4_000)
        .await
        .expect("won on PostgreSQL");
    let refused = migrate::run(sqlite, source.files(), &target, Some(&target_files)).await;
    assert!(
        matches!(refused, Err(migrate::MigrateError::AlreadyServing { .. })),
        "{refused:?}"
    );
    let kept = briefs::status_by_reference(&copy, &reference)
        .await
        .expect("read")
        .expect("there");
    assert_eq!(kept.status, "won");
}
