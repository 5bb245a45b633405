//! Pictures in an S3 bucket, against a real S3-compatible server (moto, on loopback):
//!
//! * the store itself: a put is listed under the bucket's prefix, read back checked against its
//!   SHA-256 and size, refused when the bucket's copy was changed behind its back, and deleted;
//! * the real binary with `files_url = "s3://…"`: a brief's snapshots land in the bucket, the rows
//!   name them, and the jeweler's email carries them, read back from the bucket;
//! * a bucket that refuses writes (it does not exist) and a store that is down: the brief is
//!   refused at once with 503 `files_unavailable` and `Retry-After`, nothing of it is stored, and
//!   the same request (the visitor's browser sends it again) is stored once the store is back.

mod common;
mod robust_support;
mod s3_support;

use atelier_server::store::files::{FileError, FileStore, Location};
use object_store::aws::AmazonS3Builder;
use object_store::path::Path as ObjectPath;
use object_store::ObjectStoreExt;
use robust_support::{body, client, open_db, poll, submit, table_counts, ServerProcess};
use s3_support::{Moto, ACCESS_KEY, SECRET_KEY};
use std::path::Path;
use std::time::Duration;

/// The variables a deployment sets for a bucket at `files_url`.
fn s3_env(files_url: String) -> Vec<(&'static str, String)> {
    vec![
        ("ATELIER_FILES_URL", files_url),
        ("AWS_ACCESS_KEY_ID", ACCESS_KEY.to_owned()),
        ("AWS_SECRET_ACCESS_KEY", SECRET_KEY.to_owned()),
        ("AWS_REGION", "us-east-1".to_owned()),
    ]
}

/// The rows in the tables a brief writes (its files, itself, its deliveries): what must stay
/// empty when it is refused.
async fn stored_rows(data: &Path) -> [i64; 3] {
    let pool = open_db(&data.join("atelier.db")).await;
    let counts = table_counts(&pool).await;
    pool.close().await;
    ["consultation_files", "consultations", "outbox"].map(|table| {
        counts
            .iter()
            .find(|(name, _)| name == table)
            .map_or(-1, |(_, rows)| *rows)
    })
}

#[tokio::test]
async fn objects_go_to_the_bucket_under_its_prefix_and_come_back_checked() {
    let moto = Moto::start();
    moto.create_bucket("atelier-objects").await;
    // The process's own credentials, as a deployment's environment gives them.
    std::env::set_var("AWS_ACCESS_KEY_ID", ACCESS_KEY);
    std::env::set_var("AWS_SECRET_ACCESS_KEY", SECRET_KEY);
    let location = Location::parse(&moto.files_url("atelier-objects", "maison-or")).expect("url");
    let store = FileStore::open(&location).expect("open");

    let object = store
        .put(b"a ring in platinum".to_vec())
        .await
        .expect("put");
    assert!(object.key.starts_with("shops/1/files/"), "{}", object.key);
    assert_eq!(
        moto.keys("atelier-objects").await,
        [format!("maison-or/{}", object.key)],
        "the key sits under the prefix"
    );
    let listed: Vec<String> = store
        .list()
        .await
        .expect("list")
        .into_iter()
        .map(|l| l.key)
        .collect();
    assert_eq!(listed, std::slice::from_ref(&object.key));
    let bytes = store
        .get_checked(&object.key, &object.sha256, object.size)
        .await
        .expect("read back");
    assert_eq!(bytes, b"a ring in platinum");

    // Changed in the bucket behind the server's back (by another S3 client): an error, never
    // other bytes.
    let other_client = AmazonS3Builder::new()
        .with_bucket_name("atelier-objects")
        .with_endpoint(moto.endpoint())
        .with_allow_http(true)
        .with_region("us-east-1")
        .with_access_key_id(ACCESS_KEY)
        .with_secret_access_key(SECRET_KEY)
        .build()
        .expect("client");
    other_client
        .put(
            &ObjectPath::from(format!("maison-or/{}", object.key)),
            b"a ring in pewter!!".to_vec().into(),
        )
        .await
        .expect("overwrite");
    assert!(matches!(
        store
            .get_checked(&object.key, &object.sha256, object.size)
            .await,
        Err(FileError::Mismatch { .. })
    ));

    store.delete(&object.key).await.expect("delete");
    assert!(moto.keys("atelier-objects").await.is_empty());
    assert!(matches!(
        store.get(&object.key).await,
        Err(FileError::Missing { .. })
    ));
}

#[tokio::test]
async fn a_brief_s_snapshots_are_stored_in_the_bucket_and_mailed_from_it() {
    let moto = Moto::start();
    moto.create_bucket("atelier-briefs").await;
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("data");
    let server = ServerProcess::start(&data, &s3_env(moto.files_url("atelier-briefs", "shop")));

    let sent = serde_json::to_vec(&body("s3", 3, 4_000)).expect("body");
    let answer = submit(&client(), &server.url, "s3-brief-1", &sent)
        .await
        .expect("submit");
    assert_eq!(answer.status, 201, "{}", answer.json);
    let reference = answer.json["reference"]
        .as_str()
        .expect("reference")
        .to_owned();

    let keys = moto.keys("atelier-briefs").await;
    assert_eq!(keys.len(), 3, "{keys:?}");
    assert!(
        keys.iter().all(|k| k.starts_with("shop/shops/1/files/")),
        "{keys:?}"
    );
    let pool = open_db(&data.join("atelier.db")).await;
    let mut named: Vec<String> = sqlx::query_scalar(
        "SELECT 'shop/' || object_key FROM consultation_files WHERE bytes IS NULL",
    )
    .fetch_all(&pool)
    .await
    .expect("rows");
    named.sort();
    assert_eq!(
        named, keys,
        "each row names its object, and no bytes stay in the database"
    );
    pool.close().await;

    // The jeweler's email is built from the bucket's copies: three PNG parts.
    let mail = data
        .join("outbox-mail")
        .join(format!("{reference}-jeweler.eml"));
    let eml = poll(Duration::from_secs(30), "the jeweler's email", || {
        let mail = mail.clone();
        async move { std::fs::read_to_string(mail).ok() }
    })
    .await;
    assert_eq!(
        eml.matches("Content-Type: image/png").count(),
        3,
        "{}",
        &eml[..eml.len().min(2000)]
    );
}

/// Sends `body` with `key` and checks it is refused as the store's fault, at once, with nothing of
/// it stored.
async fn assert_refused(server: &ServerProcess, data: &Path, key: &str, body: &[u8]) {
    let answer = submit(&client(), &server.url, key, body)
        .await
        .expect("submit");
    assert_eq!(answer.status, 503, "{}", answer.json);
    assert_eq!(
        answer.json["error"]["code"], "files_unavailable",
        "{}",
        answer.json
    );
    assert!(
        answer.elapsed < Duration::from_secs(15),
        "{:?}",
        answer.elapsed
    );
    assert_eq!(
        stored_rows(data).await,
        [0, 0, 0],
        "nothing of the brief is stored"
    );
}

#[tokio::test]
async fn a_bucket_that_refuses_writes_refuses_the_brief_and_stores_nothing() {
    let moto = Moto::start();
    // No bucket is made: every put is refused (NoSuchBucket).
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("data");
    let server = ServerProcess::start(&data, &s3_env(moto.files_url("atelier-missing", "shop")));

    let sent = serde_json::to_vec(&body("refused", 2, 2_000)).expect("body");
    assert_refused(&server, &data, "s3-refused-1", &sent).await;
}

#[tokio::test]
async fn a_store_that_is_down_refuses_the_brief_and_takes_the_same_request_once_it_is_back() {
    let moto = Moto::start();
    let port = moto.port();
    moto.create_bucket("atelier-briefs").await;
    let files_url = moto.files_url("atelier-briefs", "shop");
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("data");
    let server = ServerProcess::start(&data, &s3_env(files_url));
    let sent = serde_json::to_vec(&body("down", 3, 2_000)).expect("body");

    moto.stop();
    assert_refused(&server, &data, "s3-down-1", &sent).await;

    // Back (an empty store, as after a restart of moto): the browser's retry is stored once.
    let moto = Moto::start_on(port);
    moto.create_bucket("atelier-briefs").await;
    let answer = submit(&client(), &server.url, "s3-down-1", &sent)
        .await
        .expect("submit");
    assert_eq!(answer.status, 201, "{}", answer.json);
    let again = submit(&client(), &server.url, "s3-down-1", &sent)
        .await
        .expect("submit");
    assert_eq!(
        (again.status, again.replayed),
        (201, true),
        "{}",
        again.json
    );
    assert_eq!(moto.keys("atelier-briefs").await.len(), 3);
    assert_eq!(
        stored_rows(&data).await,
        [3, 1, 2],
        "the brief, its 3 files, its 2 emails"
    );
}
