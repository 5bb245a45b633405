//! The outbox: deliveries queued in the same transaction as the brief, sent by a background task.
//!
//! [`deliver_due`] sends every pending delivery whose time has come and records each attempt; a
//! failure is retried after 30 s × 2ⁿ (capped at six hours) and, after [`MAX_ATTEMPTS`], parked
//! as `dead` for a person to look at. Each attempt is cut off after `delivery_timeout_secs`.
//! [`run`] keeps attempts going in the background, woken early after each new submission. Tests
//! call [`deliver_due`] directly with the time they want.
//!
//! Deliveries wait in one [`Lane`] per destination (the mail server, the webhook's endpoint), and
//! each runs up to [`LANE_CONCURRENCY`] attempts at once: one room for every shop's emails (one
//! mail server) and one room per shop for its own CRM's webhook. A destination that stalls fills
//! its own room only: emails keep going while a CRM hangs, the webhook while SMTP does, and every
//! other shop's webhook while one shop's CRM hangs. [`run`] never waits for a whole pass either:
//! it starts an attempt as soon as its room has space, so a later brief's email does not queue
//! behind an earlier brief's stuck webhook. The shops take turns in every claim (each shop's oldest
//! due delivery before any shop's second), so a shop sending a flood of briefs does not hold back
//! another shop's one.
//!
//! The claim before each attempt and the record after it are writes like a brief's: on SQLite
//! they go through the writer's group commit ([`crate::store::sqlite::Sqlite::write`]), so under
//! load they share the submissions' fsyncs instead of taking turns with them; on either engine
//! each returns only once it is committed (a delivery is never sent before its claim is durable).
//! The claim leases the row until the attempt's timeout has passed, so an attempt in flight is
//! never started twice, and one cut short by a crash is due again once its lease has run out.
//!
//! One worker sends every shop's deliveries: claiming what is due looks across shops (the
//! deployment's work), but each claimed delivery is then handled entirely as its own shop's, with
//! that shop's state ([`ShopStates::state_of`](crate::deployment::ShopStates::state_of)): its configuration, words and catalog write the
//! emails, and its brief, its notice's records and its link are read, and its attempt recorded,
//! through that shop's database handle only.

pub mod mail;
pub mod notices;
pub mod webhook;

use crate::deployment::ShopStates;
use crate::store::outbox::{Attempt, Claim, Due, Outcome};
use crate::store::DbError;
use crate::store::ShopId;
use crate::store::{self, outbox::OutboxKind};
use crate::AppState;
use atelier_core::brief::Brief;
use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::{OwnedSemaphorePermit, Semaphore};
use tokio::task::JoinSet;

pub use crate::store::outbox::Lane;

/// Attempts before a delivery is parked as dead.
pub const MAX_ATTEMPTS: i64 = 10;
/// The first retry waits this long; each further one twice as long.
pub const BACKOFF_BASE_SECS: i64 = 30;
/// The longest wait between attempts.
pub const BACKOFF_CAP_SECS: i64 = 6 * 3600;
/// Attempts in flight at once per lane: enough that a few stalled requests leave room, few
/// enough not to flood one mail server or CRM.
pub const LANE_CONCURRENCY: usize = 4;
/// Deliveries handled per lane and call of [`deliver_due`].
const BATCH: i64 = 20;
/// How often the worker looks for due deliveries when nothing wakes it.
const POLL: Duration = Duration::from_secs(15);
/// How long past `delivery_timeout_secs` a claimed delivery stays leased: one interrupted by a
/// crash is due again once the lease has passed.
const LEASE_MARGIN_SECS: i64 = 5;

/// Why the outbox could not run (not why a delivery failed: that is recorded on the row).
#[derive(Debug, thiserror::Error)]
pub enum OutboxError {
    #[error(transparent)]
    Db(#[from] DbError),
}

/// What one call to [`deliver_due`] did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct DeliveryReport {
    /// Delivered now.
    pub sent: usize,
    /// Failed, to be retried.
    pub retrying: usize,
    /// Failed for the last time.
    pub dead: usize,
}

impl DeliveryReport {
    fn add(&mut self, outcome: Outcome) {
        match outcome {
            Outcome::Sent => self.sent += 1,
            Outcome::Retrying => self.retrying += 1,
            Outcome::Dead => self.dead += 1,
        }
    }
}

/// Room for attempts in flight: one room for every shop's emails (they share the deployment's
/// mail server) and one room per shop for its webhook (each shop's own CRM), so a shop whose CRM
/// hangs fills its own room only.
#[derive(Debug, Clone)]
struct Lanes {
    mail: Arc<Semaphore>,
    webhooks: Arc<std::sync::Mutex<HashMap<ShopId, Arc<Semaphore>>>>,
}

impl Lanes {
    fn new() -> Self {
        Self {
            mail: Arc::new(Semaphore::new(LANE_CONCURRENCY)),
            webhooks: Arc::default(),
        }
    }

    /// The room a shop's attempt in `lane` takes.
    fn room(&self, lane: Lane, shop: ShopId) -> Arc<Semaphore> {
        match lane {
            Lane::Mail => self.mail.clone(),
            Lane::Webhook => match self.webhooks.lock() {
                Ok(mut rooms) => rooms
                    .entry(shop)
                    .or_insert_with(|| Arc::new(Semaphore::new(LANE_CONCURRENCY)))
                    .clone(),
                // A poisoned map (a panic while holding it) still gives each shop a room.
                Err(_) => Arc::new(Semaphore::new(LANE_CONCURRENCY)),
            },
        }
    }

    /// The shops whose own room in `lane` is full, which a claim passes by.
    fn full(&self, lane: Lane) -> Vec<ShopId> {
        match (lane, self.webhooks.lock()) {
            (Lane::Webhook, Ok(rooms)) => rooms
                .iter()
                .filter(|(_, room)| room.available_permits() == 0)
                .map(|(shop, _)| *shop)
                .collect(),
            _ => Vec::new(),
        }
    }

    /// How many deliveries of `lane` one claim may take: as many as the mail room has space
    /// for, or a batch of webhooks (each shop's own room then takes what it can; see
    /// [`dispatch`]).
    fn claimable(&self, lane: Lane) -> i64 {
        match lane {
            Lane::Mail => i64::try_from(self.mail.available_permits()).unwrap_or(0),
            Lane::Webhook => BATCH,
        }
    }
}

/// The wait after the `attempts`-th failed attempt (1-based).
pub fn backoff_secs(attempts: i64) -> i64 {
    let doublings = attempts.saturating_sub(1).clamp(0, 20) as u32;
    BACKOFF_BASE_SECS
        .saturating_mul(1i64 << doublings)
        .min(BACKOFF_CAP_SECS)
}

/// Sends every pending delivery due at `now` (Unix seconds), every shop's, and records each
/// outcome on its shop's rows; the lanes run side by side, each with up to [`LANE_CONCURRENCY`]
/// attempts at once.
pub async fn deliver_due(shops: &impl ShopStates, now: i64) -> Result<DeliveryReport, OutboxError> {
    let state = shops.deployment();
    let lanes = Lanes::new();
    let mut attempts = JoinSet::new();
    for lane in Lane::ALL {
        // Claim the rows before sending. If the database cannot take even this write (full,
        // read-only), nothing is sent, so an outage does not turn into the same email on every
        // pass; the caller reports the error and tries again later.
        for due in claim(state, lane, BATCH, Vec::new(), now).await? {
            let (shops, room) = (shops.clone(), lanes.room(lane, due.shop));
            attempts.spawn(async move {
                let permit = room.acquire_owned().await;
                let outcome = attempt(&shops, &due, now).await;
                drop(permit);
                outcome
            });
        }
    }
    let mut report = DeliveryReport::default();
    let mut first_error = None;
    while let Some(joined) = attempts.join_next().await {
        match joined {
            Ok(Ok(outcome)) => report.add(outcome),
            Ok(Err(e)) => {
                first_error.get_or_insert(e);
            }
            Err(e) => tracing::error!(error = %e, "a delivery attempt did not finish"),
        }
    }
    match first_error {
        Some(e) => Err(e),
        None => Ok(report),
    }
}

/// Claims up to `limit` of a lane's due deliveries, the shops in turn and none of `skip`'s,
/// leased until the attempt's timeout (and a margin) has passed; returns those this call claimed.
async fn claim(
    state: &AppState,
    lane: Lane,
    limit: i64,
    skip: Vec<ShopId>,
    now: i64,
) -> Result<Vec<Due>, OutboxError> {
    let claim = Claim {
        lane,
        limit,
        now,
        lease_until: lease_until(state, now),
        skip,
    };
    Ok(store::outbox::claim_due_for(&state.db, &claim).await?)
}

/// Until when a delivery claimed at `now` is leased.
fn lease_until(state: &AppState, now: i64) -> i64 {
    let timeout = i64::try_from(timeout(state).as_secs()).unwrap_or(i64::MAX);
    now.saturating_add(timeout)
        .saturating_add(LEASE_MARGIN_SECS)
}

fn timeout(state: &AppState) -> Duration {
    Duration::from_secs(state.config.delivery_timeout_secs.max(1))
}

/// One attempt at a claimed delivery, cut off after the timeout, and its committed record, all
/// with the state of the delivery's shop.
async fn attempt(shops: &impl ShopStates, due: &Due, now: i64) -> Result<Outcome, OutboxError> {
    let limit = timeout(shops.deployment());
    let outcome = match shops.state_of(due.shop) {
        // A server that accepts and then stalls must not hold its lane forever: the attempt
        // fails and is retried with backoff like any other.
        Ok(state) => tokio::time::timeout(
            limit,
            deliver_one(&state, due.id, due.consultation_id, &due.kind),
        )
        .await
        .unwrap_or_else(|_| Err(format!("no answer within {} s", limit.as_secs()))),
        Err(reason) => Err(reason),
    };
    let attempt = due.attempts + 1;
    let (outcome, next, error) = match outcome {
        Ok(()) => (Outcome::Sent, now, None),
        Err(e) if attempt >= MAX_ATTEMPTS => (Outcome::Dead, now, Some(e)),
        Err(e) => (Outcome::Retrying, now + backoff_secs(attempt), Some(e)),
    };
    let (id, kind, shop) = (due.id, due.kind.as_str(), due.shop.get());
    match outcome {
        Outcome::Sent => {}
        Outcome::Dead => {
            tracing::error!(outbox = id, shop, kind, error = ?error, "delivery failed for good");
        }
        Outcome::Retrying => {
            tracing::warn!(
                outbox = id,
                shop,
                kind,
                error = ?error,
                retry_at = next,
                "delivery failed"
            );
        }
    }
    let record = Attempt {
        outbox_id: id,
        attempt,
        attempted_at: now,
        outcome,
        next_attempt_at: next,
        error,
    };
    // Recorded on the delivery's shop's rows, whatever became of its settings.
    let db = shops.deployment().db.for_shop(due.shop);
    store::outbox::record_attempt(&db, record).await?;
    Ok(outcome)
}

/// Sends one delivery; `state` is the delivery's shop's (see [`attempt`]), so a brief or record of
/// another shop is not found.
async fn deliver_one(
    state: &AppState,
    outbox_id: i64,
    consultation_id: i64,
    kind: &str,
) -> Result<(), String> {
    let c = store::consultations::load(&state.db, consultation_id)
        .await
        .map_err(|e| e.to_string())?
        .ok_or_else(|| format!("consultation {consultation_id} is gone"))?;
    let brief: Brief =
        serde_json::from_str(&c.brief_json).map_err(|e| format!("stored brief unreadable: {e}"))?;
    let config = &state.config;
    match OutboxKind::parse(kind) {
        Some(OutboxKind::JewelerEmail) => {
            let message = mail::jeweler_message(config, &state.words, &state.catalog, &c, &brief)
                .map_err(|e| e.to_string())?;
            state
                .mailer
                .send(message, &format!("{}-jeweler", c.reference))
                .await
                .map_err(|e| e.to_string())
        }
        Some(OutboxKind::VisitorEmail) => {
            let link = notices::visitor_link(state, c.id).await?;
            let message = mail::visitor_message(
                config,
                &state.words,
                &state.catalog,
                &c,
                &brief,
                link.as_deref(),
            )
            .map_err(|e| e.to_string())?;
            state
                .mailer
                .send(message, &format!("{}-visitor", c.reference))
                .await
                .map_err(|e| e.to_string())
        }
        Some(OutboxKind::Webhook) => {
            let Some(webhook) = &config.webhook else {
                return Err("no webhook is configured any more".to_owned());
            };
            let body = serde_json::json!({
                "event": "consultation.created",
                "reference": c.reference,
                "created_at": c.created_at,
                "summary": c.summary,
                "brief": brief,
            });
            let body = serde_json::to_vec(&body).map_err(|e| e.to_string())?;
            // The signature carries the real sending time: receivers reject stale timestamps.
            webhook::post(
                &state.http,
                webhook,
                body,
                crate::clock::now_unix(),
                outbox_id,
            )
            .await
        }
        Some(OutboxKind::RevisionEmail) => {
            crate::studio::revisions::deliver(state, outbox_id, &c, &brief).await
        }
        Some(notice) => {
            let payload = store::outbox::payload(&state.db, outbox_id)
                .await
                .map_err(|e| e.to_string())?;
            notices::deliver(state, notice, payload.as_deref(), &c, &brief).await
        }
        None => Err(format!("unknown outbox kind {kind:?}")),
    }
}

/// The background worker: starts every due delivery its lane has room for, each in its own
/// task, then sleeps until woken by a new submission, until an attempt finishes (its lane has
/// room again), until the next delivery is due, or for the poll interval, whichever comes first.
/// Dropping it (aborting its task) cancels the attempts in flight; their leases bring them back.
pub async fn run(shops: impl ShopStates) {
    let lanes = Lanes::new();
    let mut in_flight: JoinSet<()> = JoinSet::new();
    let state = shops.deployment().clone();
    loop {
        let wait = match dispatch(&shops, &lanes, &mut in_flight).await {
            Ok(()) => until_next_due(&state).await,
            Err(e) => {
                tracing::error!(error = %e, "outbox worker could not run");
                POLL
            }
        };
        tokio::select! {
            () = state.outbox_wake.notified() => {}
            Some(_) = in_flight.join_next(), if !in_flight.is_empty() => {}
            () = tokio::time::sleep(wait) => {}
        }
    }
}

/// Claims as many due deliveries as each lane has room for and starts their attempts.
async fn dispatch(
    shops: &impl ShopStates,
    lanes: &Lanes,
    in_flight: &mut JoinSet<()>,
) -> Result<(), OutboxError> {
    let state = shops.deployment();
    let now = crate::clock::now_unix();
    for lane in Lane::ALL {
        let limit = lanes.claimable(lane);
        if limit == 0 {
            continue;
        }
        for due in claim(state, lane, limit, lanes.full(lane), now).await? {
            let Ok(permit) = lanes.room(lane, due.shop).try_acquire_owned() else {
                // Only this loop takes permits; a shop whose own room had less space than this
                // claim took of its deliveries: those are due again at once.
                store::outbox::release(&state.db, due.id, lease_until(state, now), now).await?;
                continue;
            };
            let shops = shops.clone();
            in_flight.spawn(async move { attempt_in_background(&shops, &due, now, permit).await });
        }
    }
    Ok(())
}

async fn attempt_in_background(
    shops: &impl ShopStates,
    due: &Due,
    now: i64,
    permit: OwnedSemaphorePermit,
) {
    if let Err(e) = attempt(shops, due, now).await {
        // The lease runs out and the delivery is tried again: nothing is lost.
        tracing::error!(
            outbox = due.id,
            shop = due.shop.get(),
            error = %e,
            "could not record a delivery attempt"
        );
    }
    drop(permit);
}

/// Time until the earliest pending delivery of any shop is due: at least a second, at most
/// [`POLL`].
async fn until_next_due(state: &AppState) -> Duration {
    let next = store::outbox::next_due_at(&state.db).await.ok().flatten();
    next.map_or(POLL, |at| {
        let secs = u64::try_from(at.saturating_sub(crate::clock::now_unix())).unwrap_or(0);
        Duration::from_secs(secs).clamp(Duration::from_secs(1), POLL)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_and_caps() {
        assert_eq!(backoff_secs(1), 30);
        assert_eq!(backoff_secs(2), 60);
        assert_eq!(backoff_secs(5), 480);
        assert_eq!(backoff_secs(12), BACKOFF_CAP_SECS);
        assert_eq!(backoff_secs(1000), BACKOFF_CAP_SECS);
    }
}
