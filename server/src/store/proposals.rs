//! SQL for the commission's proposals: revised designs from the studio, kept in order, each with
//! the visitor's answer once given. The brief's current design is the last accepted proposal's.
//!
//! A proposal and the email announcing it are committed together, and so are an answer and the
//! email telling the jeweler; the outbox rows name the proposal by id only.
//!
//! Every statement is the handle's shop's: another shop's proposal or brief reads as one that
//! does not exist.

use crate::store::engines::{commit, read, statements};
use crate::store::outbox::OutboxKind;
use crate::store::{Database, DbError, ShopId};
use atelier_core::commission::{AnswerGiven, Change, PriceRange, Proposal, ProposalAnswer};
use serde_json::json;

/// A proposal checked by the studio's handler, ready to be stored.
#[derive(Debug, Clone)]
pub struct NewProposalRow {
    /// The brief.
    pub consultation_id: i64,
    /// When (Unix seconds).
    pub now_unix: i64,
    /// The studio account proposing it.
    pub by_email: String,
    /// The proposed design's share code.
    pub design_code: String,
    /// The current design when it was proposed.
    pub base_code: String,
    /// What changed from `base_code`, in words.
    pub changes: Vec<Change>,
    /// The message with it.
    pub message: String,
    /// The price range, if any.
    pub price: Option<PriceRange>,
    /// The studio's `Idempotency-Key`.
    pub idempotency_key: String,
    /// SHA-256 hex of the request body.
    pub body_hash: String,
}

/// What storing a proposal did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stored {
    /// Stored now, and its email queued.
    Created(Proposal),
    /// The same key and body were stored before: that proposal.
    Replay(Proposal),
    /// The key was used before with another body.
    Conflict,
}

/// What answering a proposal did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answered {
    /// The answer is recorded and the jeweler's email queued.
    Done(Box<Proposal>),
    /// This brief has no such proposal.
    NotFound,
    /// The proposal was answered before.
    AlreadyAnswered,
    /// A newer proposal replaced this one.
    NotLatest,
}

/// What an outbox row of kind `proposal_email` is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Event {
    /// A new proposal, to the visitor.
    Proposed,
    /// The visitor's answer, to the jeweler.
    Answered,
}

type Row = (
    i64,
    String,
    String,
    String,
    String,
    String,
    Option<i64>,
    Option<i64>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
);

const COLUMNS: &str = "id, at, message, design_code, base_code, changes, price_low, price_high, \
                       currency, answer, answer_comment, answered_at";

fn proposal(row: Row) -> Proposal {
    let (
        id,
        at,
        message,
        design_code,
        base_code,
        changes,
        low,
        high,
        currency,
        answer,
        comment,
        answered_at,
    ) = row;
    let price = match (low, high, currency) {
        (Some(low), Some(high), Some(currency)) => Some(PriceRange {
            low: u64::try_from(low).unwrap_or(0),
            high: u64::try_from(high).unwrap_or(0),
            currency,
        }),
        _ => None,
    };
    let answer = match (
        answer.as_deref().and_then(ProposalAnswer::parse),
        answered_at,
    ) {
        (Some(answer), Some(at)) => Some(AnswerGiven {
            answer,
            comment: comment.unwrap_or_default(),
            at,
        }),
        _ => None,
    };
    Proposal {
        id,
        at,
        message,
        design_code,
        base_code,
        // Written by this module from core's type; an unreadable list says nothing rather than fail the page.
        changes: serde_json::from_str(&changes).unwrap_or_default(),
        price,
        answer,
    }
}

/// Stores a proposal and queues its email to the visitor, or finds the one stored under the same
/// key before.
pub async fn insert(db: &Database, new: &NewProposalRow) -> Result<Stored, DbError> {
    // A list of plain strings always serialises.
    let changes = serde_json::to_string(&new.changes).unwrap_or_else(|_| "[]".to_owned());
    let proposal = (db.shop(), new.clone(), changes);
    commit!(db, proposal, |on, conn, (shop, new, changes)| {
        on::insert(conn, *shop, new, changes)
    })
}

/// Records the visitor's answer to proposal `proposal_id` of brief `consultation_id` and queues the
/// jeweler's email. Only the latest proposal may be answered, and only once.
pub async fn answer(
    db: &Database,
    consultation_id: i64,
    proposal_id: i64,
    answer: ProposalAnswer,
    comment: &str,
    now_unix: i64,
) -> Result<Answered, DbError> {
    let given = NewAnswer {
        consultation_id,
        proposal_id,
        answer,
        comment: comment.to_owned(),
        now_unix,
    };
    commit!(
        db,
        (db.shop(), given),
        |on, conn, (shop, given)| on::answer(conn, *shop, given)
    )
}

/// The brief's proposals, oldest first.
pub async fn list(db: &Database, id: i64) -> Result<Vec<Proposal>, DbError> {
    let rows = read!(db, |on, pool| on::rows(pool, db.shop(), id).await)?;
    Ok(rows.into_iter().map(proposal).collect())
}

/// Proposal `proposal_id` of brief `id`, if it is one of this brief's.
pub async fn get(db: &Database, id: i64, proposal_id: i64) -> Result<Option<Proposal>, DbError> {
    Ok(read!(db, |on, pool| on::one(
        pool,
        db.shop(),
        id,
        proposal_id
    )
    .await)?)
}

/// The brief's current design: the last accepted proposal's, else `original`.
pub async fn current_code(db: &Database, id: i64, original: &str) -> Result<String, DbError> {
    let accepted = read!(db, |on, pool| on::last_accepted(pool, db.shop(), id).await)?;
    Ok(accepted.unwrap_or_else(|| original.to_owned()))
}

/// The brief's original design as a share code (from its stored brief), if the brief exists
/// and is the shop's.
pub async fn original_code(db: &Database, id: i64) -> Result<Option<String>, DbError> {
    let brief = read!(db, |on, pool| on::brief(pool, db.shop(), id).await)?;
    Ok(brief
        .and_then(|json| serde_json::from_str::<atelier_core::brief::Brief>(&json).ok())
        .map(|b| atelier_core::share::encode(&b.design)))
}

/// The visitor's answer to one proposal, as [`answer`] stores it.
#[derive(Debug, Clone)]
pub struct NewAnswer {
    /// The brief.
    pub consultation_id: i64,
    /// The proposal answered.
    pub proposal_id: i64,
    /// The answer.
    pub answer: ProposalAnswer,
    /// The visitor's comment.
    pub comment: String,
    /// When (Unix seconds).
    pub now_unix: i64,
}

statements! {
    uses outbox;

    /// The statements of [`super::insert`], inside the write's transaction: the proposal and its
    /// email, or the proposal stored before under its key (a replay or a conflict), all `shop`'s.
    /// `changes` is `new.changes` as JSON.
    pub async fn insert(
        conn: &mut Conn,
        shop: ShopId,
        new: &NewProposalRow,
        changes: &str,
    ) -> Result<Stored, sqlx::Error> {
        let price = new.price.as_ref();
        let id: Option<i64> = sqlx::query_scalar(
            "INSERT INTO commission_proposals (consultation_id, at, by_email, design_code, \
             base_code, message, price_low, price_high, currency, idempotency_key, body_hash, \
             changes, shop_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) \
             ON CONFLICT (consultation_id, idempotency_key) DO NOTHING RETURNING id",
        )
        .bind(new.consultation_id)
        .bind(crate::clock::rfc3339(new.now_unix))
        .bind(&new.by_email)
        .bind(&new.design_code)
        .bind(&new.base_code)
        .bind(&new.message)
        .bind(price.map(|p| i64::try_from(p.low).unwrap_or(i64::MAX)))
        .bind(price.map(|p| i64::try_from(p.high).unwrap_or(i64::MAX)))
        .bind(price.map(|p| p.currency.clone()))
        .bind(&new.idempotency_key)
        .bind(&new.body_hash)
        .bind(changes)
        .bind(shop.get())
        .fetch_optional(&mut *conn)
        .await?;
        Ok(match id {
            Some(id) => {
                let payload = json!({"proposal": id, "event": Event::Proposed});
                outbox::queue_notice(
                    conn,
                    shop,
                    new.consultation_id,
                    OutboxKind::ProposalEmail,
                    &payload,
                    new.now_unix,
                )
                .await?;
                Stored::Created(
                    one(&mut *conn, shop, new.consultation_id, id)
                        .await?
                        .ok_or(sqlx::Error::RowNotFound)?,
                )
            }
            None => {
                let (id, hash): (i64, String) = sqlx::query_as(
                    "SELECT id, body_hash FROM commission_proposals \
                     WHERE shop_id = $1 AND consultation_id = $2 AND idempotency_key = $3",
                )
                .bind(shop.get())
                .bind(new.consultation_id)
                .bind(&new.idempotency_key)
                .fetch_one(&mut *conn)
                .await?;
                if hash == new.body_hash {
                    Stored::Replay(
                        one(&mut *conn, shop, new.consultation_id, id)
                            .await?
                            .ok_or(sqlx::Error::RowNotFound)?,
                    )
                } else {
                    Stored::Conflict
                }
            }
        })
    }

    /// The statements of [`super::answer`], inside the write's transaction: the proposal must be
    /// the brief's latest and unanswered, and `shop`'s; then the answer and the jeweler's email.
    pub async fn answer(
        conn: &mut Conn,
        shop: ShopId,
        given: &NewAnswer,
    ) -> Result<Answered, sqlx::Error> {
        let row: Option<(Option<String>,)> = sqlx::query_as(
            "SELECT answer FROM commission_proposals \
             WHERE shop_id = $1 AND consultation_id = $2 AND id = $3",
        )
        .bind(shop.get())
        .bind(given.consultation_id)
        .bind(given.proposal_id)
        .fetch_optional(&mut *conn)
        .await?;
        match row {
            None => return Ok(Answered::NotFound),
            Some((Some(_),)) => return Ok(Answered::AlreadyAnswered),
            Some((None,)) => {}
        }
        let latest: Option<i64> = sqlx::query_scalar(
            "SELECT MAX(id) FROM commission_proposals WHERE shop_id = $1 AND consultation_id = $2",
        )
        .bind(shop.get())
        .bind(given.consultation_id)
        .fetch_one(&mut *conn)
        .await?;
        if latest != Some(given.proposal_id) {
            return Ok(Answered::NotLatest);
        }
        let done = sqlx::query(
            "UPDATE commission_proposals SET answer = $1, answer_comment = $2, answered_at = $3 \
             WHERE id = $4 AND shop_id = $5 AND answer IS NULL",
        )
        .bind(given.answer.name())
        .bind(&given.comment)
        .bind(crate::clock::rfc3339(given.now_unix))
        .bind(given.proposal_id)
        .bind(shop.get())
        .execute(&mut *conn)
        .await?;
        if done.rows_affected() == 0 {
            return Ok(Answered::AlreadyAnswered);
        }
        let payload = json!({"proposal": given.proposal_id, "event": Event::Answered});
        outbox::queue_notice(
            conn,
            shop,
            given.consultation_id,
            OutboxKind::ProposalEmail,
            &payload,
            given.now_unix,
        )
        .await?;
        let answered = one(&mut *conn, shop, given.consultation_id, given.proposal_id)
            .await?
            .ok_or(sqlx::Error::RowNotFound)?;
        Ok(Answered::Done(Box::new(answered)))
    }

    /// Proposal `id` of `shop`'s brief `consultation_id`: on a pool for [`super::get`], or inside
    /// a write.
    pub async fn one<'c>(
        conn: impl sqlx::Executor<'c, Database = Engine>,
        shop: ShopId,
        consultation_id: i64,
        id: i64,
    ) -> Result<Option<Proposal>, sqlx::Error> {
        let row: Option<Row> = sqlx::query_as(&format!(
            "SELECT {COLUMNS} FROM commission_proposals \
             WHERE shop_id = $1 AND consultation_id = $2 AND id = $3"
        ))
        .bind(shop.get())
        .bind(consultation_id)
        .bind(id)
        .fetch_optional(conn)
        .await?;
        Ok(row.map(proposal))
    }

    /// The brief's proposals for [`super::list`], oldest first.
    pub async fn rows(pool: &Pool, shop: ShopId, id: i64) -> Result<Vec<Row>, sqlx::Error> {
        sqlx::query_as(&format!(
            "SELECT {COLUMNS} FROM commission_proposals \
             WHERE shop_id = $1 AND consultation_id = $2 ORDER BY id"
        ))
        .bind(shop.get())
        .bind(id)
        .fetch_all(pool)
        .await
    }

    /// The design of the brief's last accepted proposal, for [`super::current_code`].
    pub async fn last_accepted(
        pool: &Pool,
        shop: ShopId,
        id: i64,
    ) -> Result<Option<String>, sqlx::Error> {
        sqlx::query_scalar(
            "SELECT design_code FROM commission_proposals \
             WHERE shop_id = $1 AND consultation_id = $2 AND answer = 'accepted' \
             ORDER BY id DESC LIMIT 1",
        )
        .bind(shop.get())
        .bind(id)
        .fetch_optional(pool)
        .await
    }

    /// The brief's stored JSON, for [`super::original_code`].
    pub async fn brief(pool: &Pool, shop: ShopId, id: i64) -> Result<Option<String>, sqlx::Error> {
        sqlx::query_scalar("SELECT brief FROM consultations WHERE id = $1 AND shop_id = $2")
            .bind(id)
            .bind(shop.get())
            .fetch_optional(pool)
            .await
    }
}
