//! The commission's statements on PostgreSQL, against a throwaway cluster: every public function
//! of the store's `messages`, `proposals`, `booking` and `stages`, called on a PostgreSQL
//! [`Database`] as the server calls it, with what comes back checked. The rows each needs are set
//! up through the store's own functions (a brief through `consultations::insert`).
//!
//! Beside the plain calls, the races PostgreSQL settles differently from SQLite's one writer: one
//! message key posted at once, one proposal answered at once, one slot booked at once by several
//! briefs (a unique violation inside a serializable transaction, rolled back to a savepoint).

mod common;
use common::pg_support;
use pg_support::pool;

use atelier_core::commission::{
    Author, Availability, Change, MeetingKind, Picture, PriceRange, ProposalAnswer, Stage,
    WeeklyHours,
};
use atelier_server::clock::rfc3339;
use atelier_server::store::booking::{self, Booked, Booking};
use atelier_server::store::consultations::{self, FileKind, NewConsultation, Stored, StoredFile};
use atelier_server::store::messages::{self, NewMessage, Photo, Posted};
use atelier_server::store::proposals::{self, Answered, NewProposalRow};
use atelier_server::store::stages::{self, NewStageRow, StagePhoto};
use atelier_server::store::Database;
use pg_support::Cluster;
use serde_json::{json, Value};

/// A migrated database of its own on `cluster`, as one server process would open it, with its
/// files in `files`.
async fn open(cluster: &Cluster, name: &str, files: &tempfile::TempDir) -> Database {
    cluster.store(name, files.path()).await
}

/// Another process's handle on the same database and files.
async fn reopen(cluster: &Cluster, name: &str, files: &tempfile::TempDir) -> Database {
    cluster.store_again(name, files.path()).await
}

/// Stores a valid brief (two snapshots and an attachment) under `key` and returns its id.
async fn stored_brief(db: &Database, key: &str) -> i64 {
    let file = |kind, label: &str, mime: &str, seed| StoredFile {
        kind,
        label: label.to_owned(),
        mime_type: mime.to_owned(),
        bytes: common::png(seed),
    };
    let new = NewConsultation {
        created_at: "2026-12-07T12:00:00Z".to_owned(),
        now_unix: 1_000,
        brief_json: serde_json::to_string(&common::brief()).expect("brief JSON"),
        summary: "Yellow gold solitaire".to_owned(),
        name: "Ada".to_owned(),
        email: "ada@example.com".to_owned(),
        idempotency_key: key.to_owned(),
        body_hash: format!("hash of {key}"),
        files: vec![
            file(FileKind::Snapshot, "top", "image/png", 1),
            file(FileKind::Attachment, "ring.png", "image/png", 2),
            file(FileKind::Snapshot, "side", "image/png", 3),
        ],
        outbox: Vec::new(),
        link_key: None,
    };
    let stored = consultations::insert(db, new, |r: &str| format!("{{\"reference\":\"{r}\"}}"))
        .await
        .expect("brief stored");
    assert!(matches!(stored, Stored::Created(..)), "{stored:?}");
    consultations::id_by_idempotency_key(db, key)
        .await
        .expect("by key")
        .expect("the brief")
}

/// The payloads of the brief's outbox rows of `kind`, in order, as JSON.
async fn notices(db: &Database, id: i64, kind: &str) -> Vec<Value> {
    let payloads: Vec<Option<String>> = sqlx::query_scalar(
        "SELECT payload FROM outbox WHERE consultation_id = $1 AND kind = $2 ORDER BY id",
    )
    .bind(id)
    .bind(kind)
    .fetch_all(pool(db))
    .await
    .expect("outbox");
    payloads
        .into_iter()
        .map(|p| serde_json::from_str(&p.expect("a payload")).expect("JSON"))
        .collect()
}

fn file_url(id: i64) -> String {
    format!("f/{id}")
}

fn message(id: i64, author: Author, key: &str, text: &str, photos: Vec<Photo>) -> NewMessage {
    NewMessage {
        consultation_id: id,
        author,
        by_email: (author == Author::Jeweler).then(|| "jeweler@maison.example".to_owned()),
        now_unix: 2_000,
        text: text.to_owned(),
        idempotency_key: key.to_owned(),
        body_hash: format!("hash of {text}"),
        photos,
    }
}

fn photo(label: &str, seed: u8) -> Photo {
    Photo {
        label: label.to_owned(),
        mime_type: "image/png".to_owned(),
        bytes: common::png(seed),
    }
}

#[tokio::test]
async fn the_conversation_its_photos_and_the_briefs_snapshots() {
    let Some(cluster) = Cluster::for_first_pass() else {
        return;
    };
    let files = tempfile::tempdir().expect("files");
    let pg = open(&cluster, "messages", &files).await;
    let id = stored_brief(&pg, "brief-1").await;
    let other = stored_brief(&pg, "brief-2").await;

    assert!(!messages::jeweler_wrote(&pg, id).await.expect("wrote"));
    let first = message(
        id,
        Author::Visitor,
        "m-1",
        "Here is my grandmother's ring",
        vec![photo("a.png", 10), photo("b.png", 11)],
    );
    let Posted::Created(first_id) = messages::post(&pg, first.clone()).await.expect("post") else {
        panic!("a new message");
    };
    assert_eq!(
        messages::post(&pg, first.clone()).await.expect("again"),
        Posted::Replay(first_id)
    );
    let mut changed = first.clone();
    changed.body_hash = "another body".to_owned();
    assert_eq!(
        messages::post(&pg, changed).await.expect("conflict"),
        Posted::Conflict
    );
    assert!(!messages::jeweler_wrote(&pg, id).await.expect("wrote"));
    let reply = message(id, Author::Jeweler, "m-2", "Lovely, thank you", Vec::new());
    let Posted::Created(reply_id) = messages::post(&pg, reply).await.expect("reply") else {
        panic!("a new reply");
    };
    assert!(messages::jeweler_wrote(&pg, id).await.expect("wrote"));
    assert!(!messages::jeweler_wrote(&pg, other).await.expect("wrote"));

    let listed = messages::list(&pg, id, file_url).await.expect("list");
    assert_eq!(
        listed
            .iter()
            .map(|m| (m.id, m.author, m.text.as_str(), m.at.as_str()))
            .collect::<Vec<_>>(),
        [
            (
                first_id,
                Author::Visitor,
                "Here is my grandmother's ring",
                "1970-01-01T00:33:20Z"
            ),
            (
                reply_id,
                Author::Jeweler,
                "Lovely, thank you",
                "1970-01-01T00:33:20Z"
            ),
        ]
    );
    let labels: Vec<&str> = listed[0].photos.iter().map(|p| p.label.as_str()).collect();
    assert_eq!(labels, ["a.png", "b.png"]);
    assert!(listed[1].photos.is_empty());
    assert!(messages::list(&pg, other, file_url)
        .await
        .expect("list")
        .is_empty());

    let (brief, one) = messages::one(&pg, first_id, |f| format!("mail/{f}"))
        .await
        .expect("one")
        .expect("the message");
    assert_eq!(brief, id);
    assert_eq!(one.id, first_id);
    assert_eq!(one.text, "Here is my grandmother's ring");
    let photo_ids: Vec<i64> = one
        .photos
        .iter()
        .map(|p| {
            p.url
                .strip_prefix("mail/")
                .and_then(|f| f.parse().ok())
                .expect("a file id")
        })
        .collect();
    assert_eq!(photo_ids.len(), 2);
    assert_eq!(
        listed[0].photos[0],
        Picture {
            url: file_url(photo_ids[0]),
            label: "a.png".to_owned()
        }
    );
    assert!(messages::one(&pg, reply_id + 100, file_url)
        .await
        .expect("one")
        .is_none());

    // A photo of the brief, for the page of that brief and for the studio; never another's.
    let (mime, bytes) = messages::file(&pg, Some(id), photo_ids[1])
        .await
        .expect("file")
        .expect("the photo");
    assert_eq!((mime.as_str(), bytes), ("image/png", common::png(11)));
    let (_, bytes) = messages::file(&pg, None, photo_ids[0])
        .await
        .expect("file")
        .expect("the photo");
    assert_eq!(bytes, common::png(10));
    assert_eq!(
        messages::file(&pg, Some(other), photo_ids[0])
            .await
            .expect("file"),
        None
    );
    assert_eq!(messages::typed_bytes(&pg, None).await.expect("none"), None);

    // The snapshots, in order; an attachment or another brief's snapshot is not one.
    let snapshots = messages::snapshots(&pg, id).await.expect("snapshots");
    assert_eq!(
        snapshots
            .iter()
            .map(|(_, l)| l.as_str())
            .collect::<Vec<_>>(),
        ["top", "side"]
    );
    let (mime, bytes) = messages::snapshot(&pg, id, snapshots[1].0)
        .await
        .expect("snapshot")
        .expect("the side view");
    assert_eq!((mime.as_str(), bytes), ("image/png", common::png(3)));
    assert_eq!(
        messages::snapshot(&pg, other, snapshots[0].0)
            .await
            .expect("snapshot"),
        None
    );
    let attachment: i64 = sqlx::query_scalar(
        "SELECT id FROM consultation_files WHERE consultation_id = $1 AND kind = 'attachment'",
    )
    .bind(id)
    .fetch_one(pool(&pg))
    .await
    .expect("the attachment");
    assert_eq!(
        messages::snapshot(&pg, id, attachment)
            .await
            .expect("snapshot"),
        None
    );

    // Each new message queued one notice naming it alone; the last word is the jeweler's.
    assert_eq!(
        notices(&pg, id, "message_email").await,
        [
            json!({"message_id": first_id}),
            json!({"message_id": reply_id})
        ]
    );
    let turn: String = sqlx::query_scalar("SELECT turn FROM consultations WHERE id = $1")
        .bind(id)
        .fetch_one(pool(&pg))
        .await
        .expect("turn");
    assert_eq!(turn, "with_visitor");

    // One key posted at once from two processes' pools lands once; the rest replay it.
    let second = reopen(&cluster, "messages", &files).await;
    let mut posts = Vec::new();
    for i in 0..8 {
        let db = if i % 2 == 0 {
            pg.clone()
        } else {
            second.clone()
        };
        let new = message(
            id,
            Author::Visitor,
            "m-race",
            "Same again",
            vec![photo("c.png", 12)],
        );
        posts.push(tokio::spawn(async move { messages::post(&db, new).await }));
    }
    let mut outcomes = Vec::new();
    for post in posts {
        outcomes.push(post.await.expect("task").expect("posted"));
    }
    let created: Vec<i64> = outcomes
        .iter()
        .filter_map(|o| match o {
            Posted::Created(id) => Some(*id),
            _ => None,
        })
        .collect();
    assert_eq!(created.len(), 1, "{outcomes:?}");
    assert!(
        outcomes
            .iter()
            .all(|o| matches!(o, Posted::Created(m) | Posted::Replay(m) if *m == created[0])),
        "{outcomes:?}"
    );
    let race = messages::one(&pg, created[0], file_url)
        .await
        .expect("one")
        .expect("the message")
        .1;
    assert_eq!(race.photos.len(), 1);
    assert_eq!(notices(&pg, id, "message_email").await.len(), 3);
}

fn proposal(id: i64, key: &str, design: &str, price: Option<u64>) -> NewProposalRow {
    NewProposalRow {
        consultation_id: id,
        now_unix: 3_000,
        by_email: "jeweler@maison.example".to_owned(),
        design_code: design.to_owned(),
        base_code: "base".to_owned(),
        changes: vec![Change {
            label: "Metal".to_owned(),
            from: "Platinum".to_owned(),
            to: "18k yellow gold".to_owned(),
        }],
        message: format!("Proposal {key}"),
        price: price.map(|low| PriceRange {
            low,
            high: low + 500,
            currency: "EUR".to_owned(),
        }),
        idempotency_key: key.to_owned(),
        body_hash: format!("hash of {key}"),
    }
}

#[tokio::test]
async fn proposals_are_stored_once_answered_once_and_decide_the_current_design() {
    let Some(cluster) = Cluster::for_first_pass() else {
        return;
    };
    let files = tempfile::tempdir().expect("files");
    let pg = open(&cluster, "proposals", &files).await;
    let id = stored_brief(&pg, "brief-1").await;
    let other = stored_brief(&pg, "brief-2").await;

    let original = atelier_core::share::encode(&common::brief().design);
    assert_eq!(
        proposals::original_code(&pg, id).await.expect("original"),
        Some(original.clone())
    );
    assert_eq!(
        proposals::original_code(&pg, other + 100)
            .await
            .expect("none"),
        None
    );
    assert_eq!(
        proposals::current_code(&pg, id, &original)
            .await
            .expect("current"),
        original
    );
    assert!(proposals::list(&pg, id).await.expect("list").is_empty());

    let first = proposal(id, "p-1", "design-1", Some(2_000));
    let proposals::Stored::Created(p1) = proposals::insert(&pg, &first).await.expect("insert")
    else {
        panic!("a new proposal");
    };
    assert_eq!(p1.message, "Proposal p-1");
    assert_eq!(p1.design_code, "design-1");
    assert_eq!(p1.base_code, "base");
    assert_eq!(p1.at, rfc3339(3_000));
    assert_eq!(p1.changes, first.changes);
    assert_eq!(
        p1.price,
        Some(PriceRange {
            low: 2_000,
            high: 2_500,
            currency: "EUR".to_owned()
        })
    );
    assert_eq!(p1.answer, None);
    assert_eq!(
        proposals::insert(&pg, &first).await.expect("again"),
        proposals::Stored::Replay(p1.clone())
    );
    let mut changed = first.clone();
    changed.body_hash = "another body".to_owned();
    assert_eq!(
        proposals::insert(&pg, &changed).await.expect("conflict"),
        proposals::Stored::Conflict
    );
    assert_eq!(
        proposals::get(&pg, id, p1.id).await.expect("get"),
        Some(p1.clone())
    );
    assert_eq!(proposals::get(&pg, other, p1.id).await.expect("get"), None);

    let proposals::Stored::Created(p2) =
        proposals::insert(&pg, &proposal(id, "p-2", "design-2", None))
            .await
            .expect("insert")
    else {
        panic!("a second proposal");
    };
    assert_eq!(p2.price, None);
    let answer = |proposal_id, comment: &'static str| {
        let pg = pg.clone();
        async move {
            proposals::answer(
                &pg,
                id,
                proposal_id,
                ProposalAnswer::Accepted,
                comment,
                4_000,
            )
            .await
            .expect("answer")
        }
    };
    assert_eq!(answer(p1.id, "too late").await, Answered::NotLatest);
    assert_eq!(answer(p2.id + 100, "nothing").await, Answered::NotFound);
    let Answered::Done(answered) = answer(p2.id, "Perfect").await else {
        panic!("answered");
    };
    let given = answered.answer.clone().expect("the answer");
    assert_eq!(
        (given.answer, given.comment.as_str(), given.at.as_str()),
        (ProposalAnswer::Accepted, "Perfect", rfc3339(4_000).as_str())
    );
    assert_eq!(answer(p2.id, "again").await, Answered::AlreadyAnswered);
    assert_eq!(
        proposals::answer(
            &pg,
            other,
            p2.id,
            ProposalAnswer::ChangesRequested,
            "",
            4_000
        )
        .await
        .expect("answer"),
        Answered::NotFound
    );

    assert_eq!(
        proposals::current_code(&pg, id, &original)
            .await
            .expect("current"),
        "design-2"
    );
    assert_eq!(
        proposals::current_code(&pg, other, &original)
            .await
            .expect("current"),
        original
    );
    assert_eq!(
        proposals::list(&pg, id).await.expect("list"),
        [p1.clone(), *answered]
    );
    assert_eq!(
        notices(&pg, id, "proposal_email").await,
        [
            json!({"proposal": p1.id, "event": "proposed"}),
            json!({"proposal": p2.id, "event": "proposed"}),
            json!({"proposal": p2.id, "event": "answered"}),
        ]
    );

    // One proposal answered at once from several connections: one answer wins.
    let proposals::Stored::Created(p3) =
        proposals::insert(&pg, &proposal(id, "p-3", "design-3", None))
            .await
            .expect("insert")
    else {
        panic!("a third proposal");
    };
    let mut answers = Vec::new();
    for _ in 0..4 {
        answers.push(tokio::spawn(answer(p3.id, "at once")));
    }
    let mut done = 0;
    for answer in answers {
        match answer.await.expect("task") {
            Answered::Done(_) => done += 1,
            Answered::AlreadyAnswered => {}
            other => panic!("{other:?}"),
        }
    }
    assert_eq!(done, 1);
    assert_eq!(notices(&pg, id, "proposal_email").await.len(), 5);
}

fn availability(slot_minutes: u32) -> Availability {
    Availability {
        time_zone: "Europe/Paris".to_owned(),
        weekly: vec![WeeklyHours {
            weekday: 2,
            start: "10:00".to_owned(),
            end: "18:00".to_owned(),
        }],
        slot_minutes,
        buffer_minutes: 15,
        kinds: vec![MeetingKind::InShop, MeetingKind::Video],
        closed_dates: vec!["2026-12-25".to_owned()],
        horizon_days: 30,
        min_notice_hours: 24,
    }
}

fn booking(id: i64, starts_at: i64, uid: &str, zone: Option<&str>) -> Booking {
    Booking {
        consultation_id: id,
        starts_at,
        ends_at: starts_at + 3_600,
        kind: MeetingKind::Video,
        uid: uid.to_owned(),
        visitor_time_zone: zone.map(str::to_owned),
        now: 5_000,
    }
}

#[tokio::test]
async fn a_slot_is_booked_once_moved_and_cancelled_with_its_invitations() {
    let Some(cluster) = Cluster::for_first_pass() else {
        return;
    };
    let files = tempfile::tempdir().expect("files");
    let pg = open(&cluster, "booking", &files).await;
    let a = stored_brief(&pg, "brief-a").await;
    let b = stored_brief(&pg, "brief-b").await;

    assert_eq!(booking::availability(&pg).await.expect("unset"), None);
    assert!(!booking::is_open(&pg).await.expect("closed"));
    booking::save_availability(&pg, &availability(60), 5_000)
        .await
        .expect("saved");
    booking::save_availability(&pg, &availability(45), 5_001)
        .await
        .expect("replaced");
    assert_eq!(
        booking::availability(&pg).await.expect("set"),
        Some(availability(45))
    );
    assert!(booking::is_open(&pg).await.expect("open"));
    assert_eq!(booking::current(&pg, a).await.expect("none"), None);

    let Booked::Created { id: first } =
        booking::book(&pg, booking(a, 100_000, "uid-a", Some("Europe/London")))
            .await
            .expect("book")
    else {
        panic!("a new appointment");
    };
    let row = booking::row(&pg, first)
        .await
        .expect("row")
        .expect("the appointment");
    assert_eq!(
        (
            row.consultation_id,
            row.starts_at,
            row.ends_at,
            row.kind.as_str(),
            row.state.as_str(),
            row.uid.as_str(),
            row.sequence,
            row.visitor_time_zone.as_deref()
        ),
        (
            a,
            100_000,
            103_600,
            "video",
            "booked",
            "uid-a",
            0,
            Some("Europe/London")
        )
    );
    let current = booking::current(&pg, a)
        .await
        .expect("current")
        .expect("booked");
    assert_eq!(
        (
            current.id,
            current.starts_at.as_str(),
            current.ends_at.as_str(),
            current.kind,
            current.shop_time_zone.as_str(),
            current.visitor_time_zone.as_deref()
        ),
        (
            first,
            rfc3339(100_000).as_str(),
            rfc3339(103_600).as_str(),
            MeetingKind::Video,
            "Europe/Paris",
            Some("Europe/London")
        )
    );

    // The slot is taken: nothing is stored for b, and b's next write goes through.
    assert_eq!(
        booking::book(&pg, booking(b, 100_000, "uid-b", None))
            .await
            .expect("taken"),
        Booked::SlotTaken
    );
    assert!(notices(&pg, b, "appointment_email").await.is_empty());
    let Booked::Created { id: second } = booking::book(&pg, booking(b, 110_000, "uid-b", None))
        .await
        .expect("book")
    else {
        panic!("b's appointment");
    };
    let busy = |except| {
        let pg = pg.clone();
        async move {
            booking::busy(&pg, 90_000, 120_000, except)
                .await
                .expect("busy")
                .into_iter()
                .map(|s| (s.starts_at, s.ends_at))
                .collect::<Vec<_>>()
        }
    };
    assert_eq!(busy(None).await, [(100_000, 103_600), (110_000, 113_600)]);
    assert_eq!(busy(Some(a)).await, [(110_000, 113_600)]);
    assert_eq!(
        booking::busy(&pg, 103_600, 110_000, None)
            .await
            .expect("busy"),
        []
    );

    // Moving keeps the id and the visitor's zone, raises the SEQUENCE; onto b's slot it is refused.
    assert_eq!(
        booking::book(&pg, booking(a, 120_000, "uid-unused", None))
            .await
            .expect("move"),
        Booked::Moved { id: first }
    );
    assert_eq!(
        booking::book(&pg, booking(a, 110_000, "uid-unused", None))
            .await
            .expect("taken"),
        Booked::SlotTaken
    );
    let row = booking::row(&pg, first).await.expect("row").expect("moved");
    assert_eq!(
        (
            row.starts_at,
            row.sequence,
            row.uid.as_str(),
            row.visitor_time_zone.as_deref()
        ),
        (120_000, 1, "uid-a", Some("Europe/London"))
    );

    assert_eq!(
        booking::cancel(&pg, a, 6_000).await.expect("cancel"),
        Some(first)
    );
    assert_eq!(booking::cancel(&pg, a, 6_001).await.expect("again"), None);
    assert_eq!(booking::current(&pg, a).await.expect("none"), None);
    let row = booking::row(&pg, first)
        .await
        .expect("row")
        .expect("cancelled");
    assert_eq!((row.state.as_str(), row.sequence), ("cancelled", 2));
    assert_eq!(booking::row(&pg, second + 100).await.expect("row"), None);

    let invitations: Vec<(i64, String, String)> = notices(&pg, a, "appointment_email")
        .await
        .into_iter()
        .map(|n| {
            (
                n["sequence"].as_i64().expect("sequence"),
                n["method"].as_str().expect("method").to_owned(),
                n["to"].as_str().expect("to").to_owned(),
            )
        })
        .collect();
    let expected: Vec<(i64, String, String)> = [
        (0, "REQUEST", "visitor"),
        (0, "REQUEST", "jeweler"),
        (1, "REQUEST", "visitor"),
        (1, "REQUEST", "jeweler"),
        (2, "CANCEL", "visitor"),
        (2, "CANCEL", "jeweler"),
    ]
    .into_iter()
    .map(|(s, m, t)| (s, m.to_owned(), t.to_owned()))
    .collect();
    assert_eq!(invitations, expected);
    assert!(notices(&pg, a, "appointment_email")
        .await
        .iter()
        .all(|n| n["appointment_id"] == json!(first)));

    // One slot booked at once by several briefs, from two processes: one gets it.
    let second_process = reopen(&cluster, "booking", &files).await;
    let mut briefs = Vec::new();
    for i in 0..6 {
        briefs.push(stored_brief(&pg, &format!("racer-{i}")).await);
    }
    let mut books = Vec::new();
    for (i, brief) in briefs.iter().copied().enumerate() {
        let db = if i % 2 == 0 {
            pg.clone()
        } else {
            second_process.clone()
        };
        books.push(tokio::spawn(async move {
            booking::book(&db, booking(brief, 200_000, &format!("uid-race-{i}"), None)).await
        }));
    }
    let mut created = 0;
    for book in books {
        match book.await.expect("task").expect("booked or refused") {
            Booked::Created { .. } => created += 1,
            Booked::SlotTaken => {}
            other => panic!("{other:?}"),
        }
    }
    assert_eq!(created, 1);
    let mut invited = 0;
    for brief in briefs {
        invited += notices(&pg, brief, "appointment_email").await.len();
    }
    assert_eq!(invited, 2);
}

#[tokio::test]
async fn stages_are_stored_with_their_photo_and_email() {
    let Some(cluster) = Cluster::for_first_pass() else {
        return;
    };
    let files = tempfile::tempdir().expect("files");
    let pg = open(&cluster, "stages", &files).await;
    let id = stored_brief(&pg, "brief-1").await;
    let other = stored_brief(&pg, "brief-2").await;

    assert!(stages::list(&pg, id).await.expect("list").is_empty());
    let cast = stages::insert(
        &pg,
        NewStageRow {
            consultation_id: id,
            now_unix: 7_000,
            by_email: "jeweler@maison.example".to_owned(),
            stage: Stage::Casting,
            note: "Cast in 18k gold".to_owned(),
            photo: Some(StagePhoto {
                label: "cast.png".to_owned(),
                mime_type: "image/png".to_owned(),
                bytes: common::png(20),
            }),
            notify: true,
        },
    )
    .await
    .expect("stage");
    assert_eq!(
        (cast.stage, cast.at.as_str(), cast.note.as_str()),
        (Stage::Casting, rfc3339(7_000).as_str(), "Cast in 18k gold")
    );
    let picture = cast.photo.clone().expect("its photo");
    assert_eq!(picture.label, "cast.png");
    let file_id: i64 = picture
        .url
        .strip_prefix("files/")
        .and_then(|f| f.parse().ok())
        .expect("a file id");
    let set = stages::insert(
        &pg,
        NewStageRow {
            consultation_id: id,
            now_unix: 8_000,
            by_email: "jeweler@maison.example".to_owned(),
            stage: Stage::Setting,
            note: "Stone set".to_owned(),
            photo: None,
            notify: false,
        },
    )
    .await
    .expect("stage");
    assert_eq!(set.photo, None);

    assert_eq!(
        stages::list(&pg, id).await.expect("list"),
        [cast.clone(), set.clone()]
    );
    assert!(stages::list(&pg, other).await.expect("list").is_empty());

    let (entry, photo) = stages::get(&pg, id, cast.id)
        .await
        .expect("get")
        .expect("the stage");
    assert_eq!(entry, cast);
    let photo = photo.expect("its photo");
    assert_eq!(
        (photo.label.as_str(), photo.mime_type.as_str(), photo.bytes),
        ("cast.png", "image/png", common::png(20))
    );
    let (entry, photo) = stages::get(&pg, id, set.id)
        .await
        .expect("get")
        .expect("the stage");
    assert_eq!((entry, photo.is_none()), (set.clone(), true));
    assert!(stages::get(&pg, other, cast.id)
        .await
        .expect("get")
        .is_none());

    // The photo is a commission file of the brief; only the stage that asked queued an email.
    let (_, bytes) = messages::file(&pg, Some(id), file_id)
        .await
        .expect("file")
        .expect("the stage's photo");
    assert_eq!(bytes, common::png(20));
    assert_eq!(
        notices(&pg, id, "stage_email").await,
        [json!({"stage": cast.id})]
    );
}
