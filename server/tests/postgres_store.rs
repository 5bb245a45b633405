//! The store's statements on PostgreSQL, against a throwaway cluster: a brief with its files,
//! deliveries and first private link is stored once however often or however concurrently it is
//! sent; deliveries are claimed by one worker each, whichever process it runs in; a lease that
//! lapses frees its delivery; and a delivery queued by one process wakes another's worker.
//!
//! These call the store's functions on a PostgreSQL [`Database`], as the server does.

mod pg_support;

use atelier_server::commission::link_key::LinkKey;
use atelier_server::store::consultations::{self, NewConsultation, Stored};
use atelier_server::store::outbox::{self, Attempt, Lane, OutboxKind, Outcome};
use atelier_server::store::Database;
use pg_support::{pool, Cluster};
use std::collections::BTreeSet;
use std::sync::Arc;
use std::time::Duration;

/// A migrated database of its own on `cluster`, as one server process would open it, with its
/// files in `files`.
async fn open(cluster: &Cluster, name: &str, files: &tempfile::TempDir) -> Database {
    cluster.store(name, files.path()).await
}

/// Another process's handle on the same database and files.
async fn reopen(cluster: &Cluster, name: &str, files: &tempfile::TempDir) -> Database {
    cluster.store_again(name, files.path()).await
}

fn brief(key: &str, body_hash: &str) -> NewConsultation {
    NewConsultation {
        created_at: "2026-12-07T12:00:00Z".to_owned(),
        now_unix: 1_000,
        brief_json: "{}".to_owned(),
        summary: "Yellow gold solitaire".to_owned(),
        name: "Ada".to_owned(),
        email: "ada@example.com".to_owned(),
        idempotency_key: key.to_owned(),
        body_hash: body_hash.to_owned(),
        files: Vec::new(),
        outbox: vec![OutboxKind::JewelerEmail, OutboxKind::VisitorEmail],
        link_key: LinkKey::random().ok(),
    }
}

fn respond(reference: &str) -> String {
    format!("{{\"reference\":\"{reference}\"}}")
}

/// Stores `new` as the server's submission does.
async fn insert(db: &Database, new: NewConsultation) -> Stored {
    consultations::insert(db, new, respond)
        .await
        .expect("stored")
}

#[tokio::test]
async fn a_brief_is_stored_once_with_its_deliveries_and_link_and_a_retry_replays() {
    let Some(cluster) = Cluster::for_first_pass() else {
        return;
    };
    let files = tempfile::tempdir().expect("files");
    let pg = open(&cluster, "briefs", &files).await;

    let Stored::Created(response, Some(token)) = insert(&pg, brief("key-1", "hash-1")).await else {
        panic!("a new brief with a link");
    };
    assert_eq!(token.len(), 43, "{token}");
    assert_eq!(
        insert(&pg, brief("key-1", "hash-1")).await,
        Stored::Replay(response.clone())
    );
    assert_eq!(insert(&pg, brief("key-1", "other")).await, Stored::Conflict);
    assert_eq!(consultations::count(&pg).await.expect("count"), 1);

    let id = consultations::id_by_idempotency_key(&pg, "key-1")
        .await
        .expect("by key")
        .expect("stored");
    let stored = consultations::load(&pg, id)
        .await
        .expect("load")
        .expect("found");
    assert!(response.contains(&stored.reference), "{response}");
    assert_eq!(
        (stored.created_at.as_str(), stored.summary.as_str()),
        ("2026-12-07T12:00:00Z", "Yellow gold solitaire")
    );
    assert_eq!(
        consultations::id_by_reference(&pg, &stored.reference)
            .await
            .expect("by reference"),
        Some(id)
    );
    let header = consultations::header(&pg, id)
        .await
        .expect("header")
        .expect("found");
    assert_eq!(header.status, "new");
    let pool = pool(&pg);
    let kinds: Vec<String> =
        sqlx::query_scalar("SELECT kind FROM outbox WHERE consultation_id = $1 ORDER BY kind")
            .bind(id)
            .fetch_all(pool)
            .await
            .expect("outbox");
    assert_eq!(kinds, ["jeweler_email", "visitor_email"]);
    let links: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM commission_links WHERE consultation_id = $1")
            .bind(id)
            .fetch_one(pool)
            .await
            .expect("links");
    assert_eq!(links, 1);
    assert_eq!(
        outbox::confirmations_since(&pg, "ADA@example.com", "2026-12-07T00:00:00Z")
            .await
            .expect("confirmations"),
        1
    );
}

#[tokio::test]
async fn one_key_sent_at_once_from_many_connections_stores_one_brief() {
    let Some(cluster) = Cluster::for_first_pass() else {
        return;
    };
    let files = tempfile::tempdir().expect("files");
    let pg = open(&cluster, "races", &files).await;
    let mut sends = Vec::new();
    for _ in 0..12 {
        let pg = pg.clone();
        sends.push(tokio::spawn(async move {
            insert(&pg, brief("same-key", "same-hash")).await
        }));
    }
    let mut created = 0;
    for send in sends {
        match send.await.expect("task") {
            Stored::Created(..) => created += 1,
            Stored::Replay(_) | Stored::Race => {}
            Stored::Conflict => panic!("the same body is no conflict"),
        }
    }
    assert_eq!(created, 1);
    assert_eq!(consultations::count(&pg).await.expect("count"), 1);
}

#[tokio::test]
async fn two_processes_workers_never_claim_the_same_delivery_and_a_lapsed_lease_frees_it() {
    let Some(cluster) = Cluster::for_first_pass() else {
        return;
    };
    let files = tempfile::tempdir().expect("files");
    let first = open(&cluster, "claims", &files).await;
    let second = reopen(&cluster, "claims", &files).await;
    for i in 0..40 {
        insert(&first, brief(&format!("key-{i}"), "hash")).await;
    }
    let claim = |db: Database| async move {
        let mut mine = Vec::new();
        loop {
            let due = outbox::claim_due(&db, Lane::Mail, 3, 1_000, 1_060)
                .await
                .expect("claim");
            if due.is_empty() {
                return mine;
            }
            mine.extend(due.into_iter().map(|d| d.id));
        }
    };
    let (a, b) = tokio::join!(
        tokio::spawn(claim(first.clone())),
        tokio::spawn(claim(second.clone()))
    );
    let (a, b) = (a.expect("first"), b.expect("second"));
    let all: BTreeSet<i64> = a.iter().chain(&b).copied().collect();
    assert_eq!(all.len(), a.len() + b.len(), "a delivery was claimed twice");
    assert_eq!(all.len(), 80, "every delivery was claimed");
    assert!(!a.is_empty() && !b.is_empty(), "{} / {}", a.len(), b.len());

    // Leased until 1,060: nobody can claim them before, anybody after (the worker died).
    let before = outbox::claim_due(&second, Lane::Mail, 100, 1_059, 1_200)
        .await
        .expect("claim");
    assert!(before.is_empty());
    let after = outbox::claim_due(&second, Lane::Mail, 100, 1_060, 1_200)
        .await
        .expect("claim");
    assert_eq!(after.len(), 80);

    // One delivered: it is never due again; the next due is the lease's end.
    let sent = Attempt {
        outbox_id: after[0].id,
        attempt: 1,
        attempted_at: 1_061,
        outcome: Outcome::Sent,
        next_attempt_at: 1_061,
        error: None,
    };
    let sent_id = sent.outbox_id;
    outbox::record_attempt(&second, sent)
        .await
        .expect("recorded");
    assert_eq!(
        outbox::next_due_at(&second).await.expect("next"),
        Some(1_200)
    );
    let again = outbox::claim_due(&first, Lane::Mail, 100, 5_000, 6_000)
        .await
        .expect("claim");
    assert_eq!(again.len(), 79);
    assert!(again.iter().all(|d| d.id != sent_id));
}

#[tokio::test]
async fn a_delivery_queued_by_one_process_wakes_the_worker_of_another() {
    let Some(cluster) = Cluster::for_first_pass() else {
        return;
    };
    let files = tempfile::tempdir().expect("files");
    let storing = open(&cluster, "wake", &files).await;
    let delivering = reopen(&cluster, "wake", &files).await;
    let worker = Arc::new(tokio::sync::Notify::new());
    let listening = delivering
        .postgres()
        .expect("PostgreSQL")
        .listen_for_deliveries(worker.clone())
        .await
        .expect("listen");
    insert(&storing, brief("wake-key", "hash")).await;
    tokio::time::timeout(Duration::from_secs(5), worker.notified())
        .await
        .expect("the other process's worker was woken");
    listening.abort();
}
