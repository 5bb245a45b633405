//! The outbox's bookkeeping in the database, for the delivery worker (`crate::outbox`): which
//! deliveries are due and in which lane, the lease that claims them before an attempt, what a
//! notice is about (its payload), each attempt's record and the delivery's new state, when the
//! next one is due, and how many confirmations an address was sent (the per-recipient cap of new
//! briefs).
//!
//! The claim and the record are writes like a brief's and return only once committed: on SQLite
//! through the writer's group commit ([`Sqlite::write`]), on PostgreSQL the record in its own
//! transaction and the claim in one statement that skips the rows other workers hold (see
//! [`claim_due`]). The worker decides when to try and how long to wait; this module only reads and
//! writes the rows.
//!
//! **Shops.** Claiming due deliveries ([`claim_due`], [`next_due_at`]) is the deployment's work:
//! one worker sends every shop's deliveries, so those two look across shops. Each claimed
//! delivery says whose it is ([`Due::shop`]), and everything else here (the payload, the record of
//! an attempt, the confirmations counted, a notice queued) is one shop's: `db.shop()`'s rows only,
//! so the worker handles a delivery with that shop's handle (`db.for_shop(due.shop)`).

use crate::store::engines::{commit, read, statements};
use crate::store::postgres::Postgres;
use crate::store::sqlite::Sqlite;
use crate::store::{Database, DbError, Engine, ShopId};
use serde::{Deserialize, Serialize};
use sqlx::SqliteConnection;

pub use on_sqlite::queue_notice;

/// What the outbox delivers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OutboxKind {
    /// The brief to the jeweler.
    JewelerEmail,
    /// The confirmation to the visitor.
    VisitorEmail,
    /// The signed JSON POST to the jeweler's CRM.
    Webhook,
    /// A revised design sent back to the visitor from the studio (several per brief).
    RevisionEmail,
    /// A message of the conversation, to the other side.
    MessageEmail,
    /// A proposal to the visitor, or the visitor's answer to the jeweler.
    ProposalEmail,
    /// An appointment booked, moved or cancelled, with its iCalendar invitation, to either side.
    AppointmentEmail,
    /// A stage of the making, to the visitor.
    StageEmail,
    /// A new private link to the commission page, to the visitor.
    LinkEmail,
    /// The visitor's request for erasure, to the jeweler.
    ErasureRequestEmail,
}

impl OutboxKind {
    /// The name stored in `outbox.kind`.
    pub fn as_str(self) -> &'static str {
        match self {
            OutboxKind::JewelerEmail => "jeweler_email",
            OutboxKind::VisitorEmail => "visitor_email",
            OutboxKind::Webhook => "webhook",
            OutboxKind::RevisionEmail => "revision_email",
            OutboxKind::MessageEmail => "message_email",
            OutboxKind::ProposalEmail => "proposal_email",
            OutboxKind::AppointmentEmail => "appointment_email",
            OutboxKind::StageEmail => "stage_email",
            OutboxKind::LinkEmail => "link_email",
            OutboxKind::ErasureRequestEmail => "erasure_request_email",
        }
    }

    /// The kind stored under this name.
    pub fn parse(text: &str) -> Option<Self> {
        OutboxKind::ALL.into_iter().find(|k| k.as_str() == text)
    }

    /// Every kind.
    pub const ALL: [OutboxKind; 10] = [
        OutboxKind::JewelerEmail,
        OutboxKind::VisitorEmail,
        OutboxKind::Webhook,
        OutboxKind::RevisionEmail,
        OutboxKind::MessageEmail,
        OutboxKind::ProposalEmail,
        OutboxKind::AppointmentEmail,
        OutboxKind::StageEmail,
        OutboxKind::LinkEmail,
        OutboxKind::ErasureRequestEmail,
    ];
}

/// Where a delivery goes: attempts in different lanes never wait for each other.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lane {
    /// Every email (to the jeweler, the visitor, revisions): the SMTP server or the mail folder.
    Mail,
    /// The jeweler's CRM.
    Webhook,
}

impl Lane {
    /// Every lane.
    pub const ALL: [Lane; 2] = [Lane::Mail, Lane::Webhook];

    /// The lane of a stored `outbox.kind` (an unknown kind fails in the mail lane, as it always
    /// has, rather than waiting forever in none).
    pub fn of(kind: &str) -> Lane {
        match OutboxKind::parse(kind) {
            Some(OutboxKind::Webhook) => Lane::Webhook,
            _ => Lane::Mail,
        }
    }

    /// The condition on `outbox.kind` that selects this lane's rows.
    fn condition(self) -> &'static str {
        match self {
            Lane::Mail => "kind <> 'webhook'",
            Lane::Webhook => "kind = 'webhook'",
        }
    }
}

/// A pending delivery that is due, claimed for one attempt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Due {
    /// The outbox row.
    pub id: i64,
    /// The shop whose delivery it is: the attempt is made, and recorded, with its handle.
    pub shop: ShopId,
    /// The brief it belongs to.
    pub consultation_id: i64,
    /// The stored `outbox.kind`.
    pub kind: String,
    /// Attempts made so far.
    pub attempts: i64,
}

/// What became of one attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Delivered.
    Sent,
    /// Failed, to be retried.
    Retrying,
    /// Failed for the last time: parked for a person to look at.
    Dead,
}

impl Outcome {
    /// The name stored in `outbox_attempts.outcome`.
    fn name(self) -> &'static str {
        match self {
            Outcome::Sent => "sent",
            Outcome::Retrying => "failed",
            Outcome::Dead => "dead",
        }
    }

    /// The delivery's `outbox.state` after an attempt with this outcome.
    fn state(self) -> &'static str {
        match self {
            Outcome::Sent => "sent",
            Outcome::Retrying => "pending",
            Outcome::Dead => "dead",
        }
    }
}

/// One attempt's outcome, as recorded on the delivery and in its history (of the shop whose
/// handle records it: see [`record_attempt`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attempt {
    /// The outbox row.
    pub outbox_id: i64,
    /// This attempt's number, from 1.
    pub attempt: i64,
    /// When it was made, Unix seconds.
    pub attempted_at: i64,
    /// What became of it.
    pub outcome: Outcome,
    /// When the delivery is due again (its attempt time once it is sent or dead).
    pub next_attempt_at: i64,
    /// Why it failed.
    pub error: Option<String>,
}

/// Confirmations queued for a visitor address (compared without case) by the shop's briefs
/// received since `since` (RFC 3339): what the per-recipient cap counts. Another shop's briefs
/// from the same address do not count.
pub async fn confirmations_since(db: &Database, email: &str, since: &str) -> Result<i64, DbError> {
    Ok(read!(db, |on, pool| on::confirmations_since(
        pool,
        db.shop(),
        email,
        since
    )
    .await)?)
}

/// What a worker claims: up to `limit` of a lane's deliveries due at `now`, leased until
/// `lease_until`, taken from the shops in turn, none of the shops in `skip` (whose own room for
/// attempts is full).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Claim {
    pub lane: Lane,
    pub limit: i64,
    pub now: i64,
    pub lease_until: i64,
    pub skip: Vec<ShopId>,
}

/// Selects up to `limit` of a lane's deliveries due at `now` and leases them until `lease_until`;
/// returns those this call claimed, each with its shop. However many workers claim at once, in
/// however many processes, each delivery is claimed by one. The shops take turns: each shop's
/// oldest due delivery comes before any shop's second, so a shop with a thousand waiting does not
/// hold back another's one (see [`claim_due_for`]).
///
/// This is the deployment's work, not a shop's: it claims every shop's due deliveries, whichever
/// shop `db` is.
pub async fn claim_due(
    db: &Database,
    lane: Lane,
    limit: i64,
    now: i64,
    lease_until: i64,
) -> Result<Vec<Due>, DbError> {
    let claim = Claim {
        lane,
        limit,
        now,
        lease_until,
        skip: Vec::new(),
    };
    claim_due_for(db, &claim).await
}

/// [`claim_due`] with shops to pass by.
pub async fn claim_due_for(db: &Database, claim: &Claim) -> Result<Vec<Due>, DbError> {
    match db.engine() {
        Engine::Sqlite(sqlite) => claim_due_on_sqlite(sqlite, claim).await,
        Engine::Postgres(pg) => claim_due_on_postgres(pg, claim).await,
    }
}

/// The due rows of a claim, each shop's ranked by age (`turn` 1 is its oldest), which both
/// engines' claims choose from in the order of turn, then age: `$1` is now, `$2` the shops to
/// skip, as JSON on SQLite and an array on PostgreSQL (the condition is the engine's, `skip`).
fn ranked_due(lane: Lane, skip: &str) -> String {
    format!(
        "SELECT id, next_attempt_at, \
         row_number() OVER (PARTITION BY shop_id ORDER BY next_attempt_at, id) AS turn \
         FROM outbox WHERE state = 'pending' AND next_attempt_at <= $1 AND {} AND {skip}",
        lane.condition()
    )
}

/// Unclaims a delivery this worker claimed but will not attempt now (its shop's room filled
/// meanwhile): due again at once, unless its lease changed hands.
pub async fn release(db: &Database, id: i64, lease_until: i64, now: i64) -> Result<(), DbError> {
    commit!(db, (id, lease_until, now), |on, conn, row| on::release(
        conn, row
    ))
}

/// [`claim_due`] on SQLite, whose one writer makes the claim: the due rows are read, then leased
/// in one committed write; a row claimed meanwhile elsewhere is left alone.
async fn claim_due_on_sqlite(db: &Sqlite, claim: &Claim) -> Result<Vec<Due>, DbError> {
    let Claim {
        lane,
        limit,
        now,
        lease_until,
        ref skip,
    } = *claim;
    let ranked = ranked_due(lane, "shop_id NOT IN (SELECT value FROM json_each($2))");
    let due: Vec<Claimed> = sqlx::query_as(&format!(
        "SELECT o.id, o.shop_id, o.consultation_id, o.kind, o.attempts \
         FROM ({ranked}) AS r JOIN outbox o ON o.id = r.id \
         ORDER BY r.turn, r.next_attempt_at, r.id LIMIT $3"
    ))
    .bind(now)
    .bind(skip_json(skip))
    .bind(limit)
    .fetch_all(db.writer())
    .await?;
    if due.is_empty() {
        return Ok(Vec::new());
    }
    let ids: Vec<i64> = due.iter().map(|d| d.0).collect();
    let claimed = db
        .write((lease_until, now, ids), |conn, (lease, now, ids)| {
            Box::pin(lease_rows(conn, *lease, *now, ids))
        })
        .await?;
    Ok(due
        .into_iter()
        .filter(|d| claimed.contains(&d.0))
        .map(Due::from)
        .collect())
}

/// The shops to skip as SQLite's `json_each` reads them: `[3,7]`.
fn skip_json(skip: &[ShopId]) -> String {
    let ids: Vec<String> = skip.iter().map(|s| s.get().to_string()).collect();
    format!("[{}]", ids.join(","))
}

/// A claimed row as read: id, shop, brief, kind and attempts so far.
type Claimed = (i64, i64, i64, String, i64);

impl From<Claimed> for Due {
    fn from((id, shop, consultation_id, kind, attempts): Claimed) -> Self {
        Due {
            id,
            shop: ShopId::new(shop),
            consultation_id,
            kind,
            attempts,
        }
    }
}

/// The claim's statements, inside the writer's batch: the ids whose row was still due (by id,
/// whichever shop's: the claim is the deployment's).
async fn lease_rows(
    conn: &mut SqliteConnection,
    lease: i64,
    now: i64,
    ids: &[i64],
) -> Result<Vec<i64>, sqlx::Error> {
    let mut claimed = Vec::with_capacity(ids.len());
    for &id in ids {
        let done = sqlx::query(
            "UPDATE outbox SET next_attempt_at = $1 \
             WHERE id = $2 AND state = 'pending' AND next_attempt_at <= $3",
        )
        .bind(lease)
        .bind(id)
        .bind(now)
        .execute(&mut *conn)
        .await?;
        if done.rows_affected() == 1 {
            claimed.push(id);
        }
    }
    Ok(claimed)
}

/// How many due deliveries a PostgreSQL claim ranks for each it may take.
const CANDIDATES_PER_CLAIMED: i64 = 8;

/// [`claim_due`] on PostgreSQL, where every server process's worker claims at once: one
/// statement leases up to `limit` due rows that no other transaction holds (`FOR UPDATE SKIP
/// LOCKED`), so two workers never claim the same delivery and neither waits for the other. A
/// worker that dies holding a lease leaves the row due again once `lease_until` has passed. Like
/// [`claim_due`], it claims every shop's deliveries.
///
/// The turns are ranked first and the rows locked after (PostgreSQL locks no rows under a window
/// function): [`CANDIDATES_PER_CLAIMED`] times as many candidates as wanted are ranked, so that
/// while other workers hold the first ones, this one still claims the next; a row another worker
/// leased in between is passed by, its condition read again once locked.
pub async fn claim_due_on_postgres(pg: &Postgres, claim: &Claim) -> Result<Vec<Due>, DbError> {
    let ranked = ranked_due(claim.lane, "shop_id <> ALL($2)");
    let mut due: Vec<Claimed> = sqlx::query_as(&format!(
        "UPDATE outbox SET next_attempt_at = $4 WHERE id IN \
         (SELECT o.id FROM outbox o JOIN \
            (SELECT id, turn, next_attempt_at FROM ({ranked}) AS r \
             ORDER BY r.turn, r.next_attempt_at, r.id LIMIT $5) AS c ON c.id = o.id \
          WHERE o.state = 'pending' AND o.next_attempt_at <= $1 \
          ORDER BY c.turn, c.next_attempt_at, c.id LIMIT $3 FOR UPDATE OF o SKIP LOCKED) \
         RETURNING id, shop_id, consultation_id, kind, attempts"
    ))
    .bind(claim.now)
    .bind(claim.skip.iter().map(|s| s.get()).collect::<Vec<i64>>())
    .bind(claim.limit)
    .bind(claim.lease_until)
    .bind(claim.limit.saturating_mul(CANDIDATES_PER_CLAIMED))
    .fetch_all(pg.pool())
    .await?;
    due.sort_unstable();
    Ok(due.into_iter().map(Due::from).collect())
}

/// The JSON payload of the shop's outbox row (what a notice is about), if it has one. A row that
/// is not there, or is another shop's, is the same error (no row).
pub async fn payload(db: &Database, outbox_id: i64) -> Result<Option<String>, DbError> {
    Ok(read!(db, |on, pool| on::payload(
        pool,
        db.shop(),
        outbox_id
    )
    .await)?)
}

/// Stores the attempt's row and the delivery's new state in the writer's next group commit. Only
/// the shop's delivery is touched: an attempt on another shop's row records nothing.
pub async fn record_attempt(db: &Database, attempt: Attempt) -> Result<(), DbError> {
    commit!(db, (db.shop(), attempt), |on, conn, (shop, attempt)| {
        on::save_attempt(conn, *shop, attempt)
    })
}

/// When the earliest pending delivery is due (Unix seconds), if any is pending: of every shop
/// (the worker's wait is the deployment's, like [`claim_due`]).
pub async fn next_due_at(db: &Database) -> Result<Option<i64>, DbError> {
    Ok(read!(db, |on, pool| on::next_due_at(pool).await)?)
}

statements! {
    /// See [`super::release`].
    pub async fn release(
        conn: &mut Conn,
        &(id, lease_until, now): &(i64, i64, i64),
    ) -> Result<(), sqlx::Error> {
        sqlx::query(
            "UPDATE outbox SET next_attempt_at = $1 \
             WHERE id = $2 AND state = 'pending' AND next_attempt_at = $3",
        )
        .bind(now)
        .bind(id)
        .bind(lease_until)
        .execute(conn)
        .await?;
        Ok(())
    }

    /// Queues a notice of `kind` for the shop's brief `id`, due now, inside the caller's
    /// transaction (which has found the brief the shop's). `payload` names the records the email is
    /// about by id only, so erasing them leaves nothing behind here.
    pub async fn queue_notice(
        conn: &mut Conn,
        shop: ShopId,
        id: i64,
        kind: OutboxKind,
        payload: &serde_json::Value,
        now_unix: i64,
    ) -> Result<i64, sqlx::Error> {
        sqlx::query_scalar(
            "INSERT INTO outbox \
             (shop_id, consultation_id, kind, state, attempts, next_attempt_at, payload) \
             VALUES ($1, $2, $3, 'pending', 0, $4, $5) RETURNING id",
        )
        .bind(shop.get())
        .bind(id)
        .bind(kind.as_str())
        .bind(now_unix)
        .bind(payload.to_string())
        .fetch_one(conn)
        .await
    }

    /// See [`super::confirmations_since`].
    pub async fn confirmations_since(
        pool: &Pool,
        shop: ShopId,
        email: &str,
        since: &str,
    ) -> Result<i64, sqlx::Error> {
        // `consultations_by_email (shop_id, lower(email), created_at)` finds the shop's briefs.
        sqlx::query_scalar(
            "SELECT COUNT(*) FROM consultations c JOIN outbox o ON o.consultation_id = c.id \
             WHERE c.shop_id = $1 AND lower(c.email) = lower($3) AND c.created_at >= $2 \
             AND o.shop_id = $1 AND o.kind = 'visitor_email'",
        )
        .bind(shop.get())
        .bind(since)
        .bind(email)
        .fetch_one(pool)
        .await
    }

    /// See [`super::payload`].
    pub async fn payload(
        pool: &Pool,
        shop: ShopId,
        outbox_id: i64,
    ) -> Result<Option<String>, sqlx::Error> {
        sqlx::query_scalar("SELECT payload FROM outbox WHERE shop_id = $1 AND id = $2")
            .bind(shop.get())
            .bind(outbox_id)
            .fetch_one(pool)
            .await
    }

    /// The attempt's row and the delivery's new state, inside the caller's transaction; the
    /// attempt's row takes the delivery's shop, and nothing is written for another shop's row.
    pub async fn save_attempt(
        conn: &mut Conn,
        shop: ShopId,
        attempt: &Attempt,
    ) -> Result<(), sqlx::Error> {
        sqlx::query(
            "INSERT INTO outbox_attempts (shop_id, outbox_id, attempt, attempted_at, outcome, error) \
             SELECT shop_id, id, $3, $4, $5, $6 FROM outbox WHERE shop_id = $1 AND id = $2",
        )
        .bind(shop.get())
        .bind(attempt.outbox_id)
        .bind(attempt.attempt)
        .bind(attempt.attempted_at)
        .bind(attempt.outcome.name())
        .bind(&attempt.error)
        .execute(&mut *conn)
        .await?;
        sqlx::query(
            "UPDATE outbox SET state = $1, attempts = $2, next_attempt_at = $3, last_error = $4 \
                 WHERE shop_id = $5 AND id = $6",
        )
        .bind(attempt.outcome.state())
        .bind(attempt.attempt)
        .bind(attempt.next_attempt_at)
        .bind(&attempt.error)
        .bind(shop.get())
        .bind(attempt.outbox_id)
        .execute(&mut *conn)
        .await?;
        Ok(())
    }

    /// See [`super::next_due_at`]: every shop's.
    pub async fn next_due_at(pool: &Pool) -> Result<Option<i64>, sqlx::Error> {
        sqlx::query_scalar("SELECT MIN(next_attempt_at) FROM outbox WHERE state = 'pending'")
            .fetch_one(pool)
            .await
    }
}
