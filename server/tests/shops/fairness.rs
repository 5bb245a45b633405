//! One shop's trouble is its own: a shop that floods the deployment with briefs while its CRM's
//! webhook hangs does not hold back another shop's emails or webhook, delivered by the same
//! worker.

use crate::common::{fixture_with, full_body, post_json};
use crate::fakes::{WebhookReceiver, STALL, UP};
use atelier_server::config::ShopFinding;
use atelier_server::deployment::Deployment;
use atelier_server::{outbox, shop_admin, AppState};
use std::time::{Duration, Instant};

const SECRET: &str = "a webhook secret of some length";

/// Deliveries of `kind` (or every email, for `None`) sent for the shop of `state`.
async fn sent(state: &AppState, webhook: bool) -> i64 {
    let shop = state.db.shop().get();
    let kind = if webhook {
        "kind = 'webhook'"
    } else {
        "kind <> 'webhook'"
    };
    crate::common::sql(&format!(
        "SELECT COUNT(*) FROM outbox WHERE shop_id = {shop} AND state = 'sent' AND {kind}"
    ))
    .scalar(state)
    .await
}

#[tokio::test]
async fn a_shop_flooding_with_briefs_and_a_hanging_crm_delays_no_other_shop() {
    let hanging = WebhookReceiver::start(SECRET, STALL).await;
    let answering = WebhookReceiver::start(SECRET, UP).await;
    let f = fixture_with(|c| {
        c.shops = ShopFinding::ByHost;
        c.webhook = Some(atelier_server::config::Webhook {
            url: hanging.url.clone(),
            secret: SECRET.to_owned(),
        });
        c.delivery_timeout_secs = 120;
    })
    .await;
    let settings = f.dir.path().join("calm.toml");
    std::fs::write(
        &settings,
        format!(
            "shop_name = \"Calm Shop\"\njeweler_email = \"calm@calm.example\"\n\
             webhook_url = \"{}\"\nwebhook_secret = \"{SECRET}\"\n",
            answering.url
        ),
    )
    .expect("settings");
    let calm = shop_admin::add(&f.state.db, &f.state.config, "calm", &settings, &[])
        .await
        .expect("calm shop");
    let deployment = Deployment::start(f.state.clone()).await.expect("start");
    let calm_state = deployment.delivering_for(calm).expect("calm's state");

    // The busy shop sends 30 briefs (90 deliveries), then the calm shop one.
    for i in 0..30 {
        let reply = post_json(&f.state, &format!("flood-{i}"), &full_body()).await;
        assert_eq!(reply.status, 201);
    }
    let reply = post_json(&calm_state, "calm-1", &full_body()).await;
    assert_eq!(reply.status, 201);
    let started = Instant::now();
    let worker = tokio::spawn(outbox::run(deployment.clone()));

    // The calm shop's two emails and its webhook arrive while the busy shop's webhooks hang (each
    // would take the 120 s timeout) and its 60 emails are still going out.
    let deadline = started + Duration::from_secs(30);
    loop {
        let emails = sent(&calm_state, false).await;
        let hooks = answering.hooks().len();
        if emails == 2 && hooks == 1 {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the calm shop waited: {emails} of 2 emails, {hooks} of 1 webhook after {:?}",
            started.elapsed()
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let waited = started.elapsed();
    let busy_hooks = hanging.hooks().len();
    assert_eq!(
        sent(&f.state, true).await,
        0,
        "no webhook of the busy shop has finished"
    );
    assert!(
        (1..=outbox::LANE_CONCURRENCY).contains(&busy_hooks),
        "the busy shop's hanging CRM holds its own room only: {busy_hooks} attempts"
    );
    assert!(answering.hooks().iter().all(|h| h.verified));
    eprintln!(
        "fairness: the calm shop's brief was delivered {waited:?} after the worker started, \
         behind 30 of the busy shop's briefs and {busy_hooks} hanging webhooks"
    );
    worker.abort();
    let _ = worker.await;
}

#[tokio::test]
async fn every_claim_takes_the_shops_in_turn() {
    let f = fixture_with(|c| c.shops = ShopFinding::ByHost).await;
    let settings = f.dir.path().join("b.toml");
    std::fs::write(
        &settings,
        "shop_name = \"B\"\njeweler_email = \"b@b.example\"\n",
    )
    .expect("settings");
    let b = shop_admin::add(&f.state.db, &f.state.config, "b-shop", &settings, &[])
        .await
        .expect("shop B");
    let deployment = Deployment::start(f.state.clone()).await.expect("start");
    let b_state = deployment.delivering_for(b).expect("B's state");
    // Shop 1 first sends three briefs (six emails), then B one (two).
    for i in 0..3 {
        assert_eq!(
            post_json(&f.state, &format!("a-{i}"), &full_body())
                .await
                .status,
            201
        );
    }
    assert_eq!(post_json(&b_state, "b-0", &full_body()).await.status, 201);
    let now = atelier_server::clock::now_unix() + 1;
    let shops_of = |due: Vec<atelier_server::store::outbox::Due>| {
        due.into_iter().map(|d| d.shop.get()).collect::<Vec<_>>()
    };
    let mut claim = atelier_server::store::outbox::Claim {
        lane: atelier_server::store::outbox::Lane::Mail,
        limit: 2,
        now,
        lease_until: now + 60,
        skip: Vec::new(),
    };
    let first = atelier_server::store::outbox::claim_due_for(&f.state.db, &claim)
        .await
        .expect("claim");
    assert_eq!(shops_of(first), [1, b.get()], "each shop's oldest first");
    // Passing a shop by leaves its deliveries for a later claim.
    claim.limit = 10;
    claim.skip = vec![b];
    let second = atelier_server::store::outbox::claim_due_for(&f.state.db, &claim)
        .await
        .expect("claim");
    assert_eq!(shops_of(second), [1, 1, 1, 1, 1], "the rest of shop 1's");
    claim.skip.clear();
    let third = atelier_server::store::outbox::claim_due_for(&f.state.db, &claim)
        .await
        .expect("claim");
    assert_eq!(
        shops_of(third),
        [b.get()],
        "and B's second, passed by before"
    );
}
