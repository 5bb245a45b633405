//! A shop's quotas on a shared deployment: briefs per day and bytes of files, each shop's own.
//! Past one, a brief is refused as the configurator retries (429 or 503, `Retry-After`), nothing
//! of it stored; the other shops go on.

use crate::common::{fixture_with, full_body, post_json};
use atelier_server::store::{self, shops};

#[tokio::test]
async fn past_its_briefs_per_day_a_shop_takes_no_brief_and_another_shop_still_does() {
    let f = fixture_with(|c| c.briefs_per_day = 2).await;
    for i in 0..2 {
        assert_eq!(
            post_json(&f.state, &format!("q-{i}"), &full_body())
                .await
                .status,
            201
        );
    }
    let refused = post_json(&f.state, "q-2", &full_body()).await;
    assert_eq!(refused.status, 429);
    assert_eq!(refused.json()["error"]["code"], "shop_quota");
    assert_eq!(
        refused
            .headers
            .get("retry-after")
            .and_then(|v| v.to_str().ok()),
        Some("3600")
    );
    // A retry of a brief already taken is still answered as taken.
    assert_eq!(post_json(&f.state, "q-1", &full_body()).await.status, 201);
    assert_eq!(
        crate::common::count(&f.state, "SELECT COUNT(*) FROM consultations").await,
        2
    );

    // Another shop of the deployment has its own count.
    let settings = f.dir.path().join("other.toml");
    std::fs::write(
        &settings,
        "shop_name = \"Other\"\njeweler_email = \"o@other.example\"\nbriefs_per_day = 5\n\
         rate_limit_per_minute = 1000\nrate_limit_burst = 1000\n",
    )
    .expect("settings");
    let other =
        atelier_server::shop_admin::add(&f.state.db, &f.state.config, "other", &settings, &[])
            .await
            .expect("other shop");
    let deployment = atelier_server::deployment::Deployment::start(f.state.clone())
        .await
        .expect("start");
    let other_state = deployment.delivering_for(other).expect("other's state");
    assert_eq!(
        post_json(&other_state, "o-0", &full_body()).await.status,
        201
    );
}

#[tokio::test]
async fn the_bytes_a_shop_keeps_are_counted_and_past_its_storage_a_brief_waits() {
    let f = fixture_with(|c| c.storage_mb = 1).await;
    assert_eq!(post_json(&f.state, "s-0", &full_body()).await.status, 201);
    let kept = |state: atelier_server::AppState| async move {
        let files: i64 =
            crate::common::sql("SELECT CAST(COALESCE(SUM(size), 0) AS BIGINT) FROM consultation_files WHERE shop_id = 1")
                .scalar(&state)
                .await;
        let usage = shops::usage(&state.db, "2000-01-01T00:00:00Z")
            .await
            .expect("usage");
        (files, usage.stored_bytes)
    };
    let (files, counted) = kept(f.state.clone()).await;
    assert!(files > 0);
    assert_eq!(counted, files, "the triggers count what the rows name");

    // Nearly full: the next brief's pictures do not fit.
    crate::common::sql("UPDATE shop_storage SET bytes = 1048576 - 10 WHERE shop_id = 1")
        .execute(&f.state)
        .await;
    let refused = post_json(&f.state, "s-1", &full_body()).await;
    assert_eq!(refused.status, 503);
    assert_eq!(refused.json()["error"]["code"], "storage_quota");
    assert!(refused.headers.get("retry-after").is_some());
    assert_eq!(
        crate::common::count(&f.state, "SELECT COUNT(*) FROM consultations").await,
        1
    );

    // Erasing a brief gives its bytes back.
    crate::common::sql(&format!(
        "UPDATE shop_storage SET bytes = {files} WHERE shop_id = 1"
    ))
    .execute(&f.state)
    .await;
    let id: i64 = crate::common::sql("SELECT id FROM consultations")
        .scalar(&f.state)
        .await;
    store::briefs::erase(&f.state.db, id).await.expect("erase");
    assert_eq!(kept(f.state.clone()).await, (0, 0));
    assert_eq!(post_json(&f.state, "s-2", &full_body()).await.status, 201);
}
