//! The outbox: deliveries queued in the same transaction as the brief, sent by a background task.
//!
//! [`deliver_due`] sends every pending delivery whose time has come and records each attempt; a
//! failure is retried after 30 s × 2ⁿ (capped at six hours) and, after [`MAX_ATTEMPTS`], parked
//! as `dead` for a person to look at. Each attempt is cut off after `delivery_timeout_secs`.
//! [`run`] calls it in a loop, woken early after each new submission. Tests call [`deliver_due`]
//! directly with the time they want.
//!
//! The claim before each attempt and the record after it are writes like a brief's: they go
//! through the writer's group commit ([`crate::db::Database::write`]), so under load they share
//! the submissions' fsyncs instead of taking turns with them, and each still returns only once
//! it is committed (a delivery is never sent before its claim is durable).

pub mod mail;
pub mod webhook;

use crate::db::DbError;
use crate::store::{self, OutboxKind};
use crate::AppState;
use atelier_core::brief::Brief;
use sqlx::SqliteConnection;
use std::time::Duration;

/// Attempts before a delivery is parked as dead.
pub const MAX_ATTEMPTS: i64 = 10;
/// The first retry waits this long; each further one twice as long.
pub const BACKOFF_BASE_SECS: i64 = 30;
/// The longest wait between attempts.
pub const BACKOFF_CAP_SECS: i64 = 6 * 3600;
/// Deliveries handled per call.
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

impl From<sqlx::Error> for OutboxError {
    fn from(e: sqlx::Error) -> Self {
        OutboxError::Db(DbError::Sqlx(e))
    }
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

/// The wait after the `attempts`-th failed attempt (1-based).
pub fn backoff_secs(attempts: i64) -> i64 {
    let doublings = attempts.saturating_sub(1).clamp(0, 20) as u32;
    BACKOFF_BASE_SECS
        .saturating_mul(1i64 << doublings)
        .min(BACKOFF_CAP_SECS)
}

/// Sends every pending delivery due at `now` (Unix seconds) and records the outcome.
pub async fn deliver_due(state: &AppState, now: i64) -> Result<DeliveryReport, OutboxError> {
    let due: Vec<(i64, i64, String, i64)> = sqlx::query_as(
        "SELECT id, consultation_id, kind, attempts FROM outbox \
         WHERE state = 'pending' AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?",
    )
    .bind(now)
    .bind(BATCH)
    .fetch_all(state.db.writer())
    .await?;
    let mut report = DeliveryReport::default();
    let limit = Duration::from_secs(state.config.delivery_timeout_secs.max(1));
    let lease = now
        .saturating_add(i64::try_from(limit.as_secs()).unwrap_or(i64::MAX))
        .saturating_add(LEASE_MARGIN_SECS);
    for (id, consultation_id, kind, attempts) in due {
        // Claim the row before sending. If the database cannot take even this write (full,
        // read-only), nothing is sent, so an outage does not turn into the same email on every
        // pass; the worker reports the error and tries again later.
        state
            .db
            .write((lease, id), |conn, &(lease, id)| {
                Box::pin(async move {
                    sqlx::query(
                        "UPDATE outbox SET next_attempt_at = ? WHERE id = ? AND state = 'pending'",
                    )
                    .bind(lease)
                    .bind(id)
                    .execute(conn)
                    .await?;
                    Ok(())
                })
            })
            .await?;
        // A server that accepts and then stalls must not hold the worker (and every other
        // delivery) forever: the attempt fails and is retried with backoff like any other.
        let outcome = tokio::time::timeout(limit, deliver_one(state, id, consultation_id, &kind))
            .await
            .unwrap_or_else(|_| Err(format!("no answer within {} s", limit.as_secs())));
        let attempt = attempts + 1;
        let (row_state, outcome_name, next, error) = match &outcome {
            Ok(()) => ("sent", "sent", now, None),
            Err(e) if attempt >= MAX_ATTEMPTS => ("dead", "dead", now, Some(e.clone())),
            Err(e) => (
                "pending",
                "failed",
                now + backoff_secs(attempt),
                Some(e.clone()),
            ),
        };
        match row_state {
            "sent" => report.sent += 1,
            "dead" => {
                report.dead += 1;
                tracing::error!(outbox = id, kind, error = ?error, "delivery failed for good");
            }
            _ => {
                report.retrying += 1;
                tracing::warn!(outbox = id, kind, error = ?error, retry_at = next, "delivery failed");
            }
        }
        let record = Attempt {
            id,
            attempt,
            now,
            outcome: outcome_name,
            state: row_state,
            next,
            error,
        };
        state
            .db
            .write(record, |conn, record| Box::pin(record.save(conn)))
            .await?;
    }
    Ok(report)
}

/// One attempt's outcome, as recorded on the delivery and in its history.
struct Attempt {
    id: i64,
    attempt: i64,
    now: i64,
    outcome: &'static str,
    state: &'static str,
    next: i64,
    error: Option<String>,
}

impl Attempt {
    /// The attempt's row and the delivery's new state, in the writer's next group commit.
    async fn save(&self, conn: &mut SqliteConnection) -> Result<(), sqlx::Error> {
        sqlx::query(
            "INSERT INTO outbox_attempts (outbox_id, attempt, attempted_at, outcome, error) \
             VALUES (?, ?, ?, ?, ?)",
        )
        .bind(self.id)
        .bind(self.attempt)
        .bind(self.now)
        .bind(self.outcome)
        .bind(&self.error)
        .execute(&mut *conn)
        .await?;
        sqlx::query(
            "UPDATE outbox SET state = ?, attempts = ?, next_attempt_at = ?, last_error = ? WHERE id = ?",
        )
        .bind(self.state)
        .bind(self.attempt)
        .bind(self.next)
        .bind(&self.error)
        .bind(self.id)
        .execute(&mut *conn)
        .await?;
        Ok(())
    }
}

async fn deliver_one(
    state: &AppState,
    outbox_id: i64,
    consultation_id: i64,
    kind: &str,
) -> Result<(), String> {
    let c = store::load(&state.db, consultation_id)
        .await
        .map_err(|e| e.to_string())?
        .ok_or_else(|| format!("consultation {consultation_id} is gone"))?;
    let brief: Brief =
        serde_json::from_str(&c.brief_json).map_err(|e| format!("stored brief unreadable: {e}"))?;
    let config = &state.config;
    match OutboxKind::parse(kind) {
        Some(OutboxKind::JewelerEmail) => {
            let message = mail::jeweler_message(config, &state.catalog, &c, &brief)
                .map_err(|e| e.to_string())?;
            state
                .mailer
                .send(message, &format!("{}-jeweler", c.reference))
                .await
                .map_err(|e| e.to_string())
        }
        Some(OutboxKind::VisitorEmail) => {
            let message = mail::visitor_message(config, &c, &brief).map_err(|e| e.to_string())?;
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
        None => Err(format!("unknown outbox kind {kind:?}")),
    }
}

/// The background worker: delivers due items, then sleeps until woken, until the next delivery
/// is due, or for the poll interval, whichever comes first.
pub async fn run(state: AppState) {
    loop {
        let wait = match deliver_due(&state, crate::clock::now_unix()).await {
            // A full batch may mean more are waiting: go again at once.
            Ok(report) if report.sent + report.retrying + report.dead >= BATCH as usize => continue,
            Ok(_) => until_next_due(&state).await,
            Err(e) => {
                tracing::error!(error = %e, "outbox worker could not run");
                POLL
            }
        };
        tokio::select! {
            () = state.outbox_wake.notified() => {}
            () = tokio::time::sleep(wait) => {}
        }
    }
}

/// Time until the earliest pending delivery is due: at least a second, at most [`POLL`].
async fn until_next_due(state: &AppState) -> Duration {
    let next: Option<i64> =
        sqlx::query_scalar("SELECT MIN(next_attempt_at) FROM outbox WHERE state = 'pending'")
            .fetch_one(state.db.reader())
            .await
            .ok()
            .flatten();
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
