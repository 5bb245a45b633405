//! `POST /briefs/{reference}/proposals`: the jeweler proposes a revised design to the visitor.
//!
//! The design code is decoded and checked with core like a brief's design; it revises the brief's
//! current design (the last accepted proposal's, or the original), and what changed is put into
//! words with core's specification. The optional price range must be low ≤ high; its currency
//! defaults to the shop's. Sent with an `Idempotency-Key`: a retry gets the same proposal, and
//! the visitor gets one email.

use super::lookup;
use super::session::Jeweler;
use crate::clock;
use crate::error::ApiError;
use crate::store::proposals::{self, NewProposalRow, Stored};
use crate::AppState;
use atelier_core::commission::{NewProposal, PriceRange, Proposal, MESSAGE_MAX_CHARS};
use atelier_core::design::Design;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::Json;
use sha2::{Digest, Sha256};

/// The handler: 201 with the proposal (the same one again on a retry with the same key and body).
pub async fn propose(
    State(state): State<AppState>,
    jeweler: Jeweler,
    Path(reference): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<(StatusCode, Json<Proposal>), ApiError> {
    let key = crate::routes::consultations::idempotency_key(&headers)?;
    let (id, _) = lookup::brief_id(&state, &reference).await?;
    let new: NewProposal = crate::http::json::fields(&body)?;
    let code = new.design_code.trim().to_owned();
    let design = checked_design(&state, &code)?;
    let message = new.message.trim().to_owned();
    if message.chars().count() > MESSAGE_MAX_CHARS {
        return Err(ApiError::Invalid {
            field: "message",
            message: format!("write at most {MESSAGE_MAX_CHARS} characters"),
        });
    }
    let price = new.price.map(|p| price_range(&state, p)).transpose()?;
    let original = proposals::original_code(&state.db, id)
        .await?
        .ok_or(ApiError::NotFound)?;
    let base_code = proposals::current_code(&state.db, id, &original).await?;
    let base = atelier_core::share::decode(&base_code).unwrap_or_default();
    let row = NewProposalRow {
        consultation_id: id,
        now_unix: clock::now_unix(),
        by_email: jeweler.email.clone(),
        // Stored in the shop's words for the studio; each page says them again in its reader's.
        changes: state.words.shop().changes(&base, &design, &state.catalog),
        design_code: code,
        base_code,
        message,
        price,
        idempotency_key: key,
        body_hash: hex::encode(Sha256::digest(&body)),
    };
    let now = row.now_unix;
    let stored = proposals::insert(&state.db, &row).await?;
    // Also on a replay: a retry after the status change failed still moves the brief.
    if !matches!(stored, Stored::Conflict) {
        crate::commission::messages::first_word(&state, id, &jeweler.email, now).await?;
    }
    match stored {
        Stored::Created(p) => {
            state.outbox_wake.notify_one();
            tracing::info!(
                reference,
                by = jeweler.email,
                proposal = p.id,
                "design proposed"
            );
            Ok((StatusCode::CREATED, Json(p)))
        }
        Stored::Replay(p) => Ok((StatusCode::CREATED, Json(p))),
        Stored::Conflict => Err(ApiError::IdempotencyConflict),
    }
}

/// The design a share code holds, if it decodes and passes the catalog's checks.
fn checked_design(state: &AppState, code: &str) -> Result<Design, ApiError> {
    let api = state.words.api();
    let design = atelier_core::share::decode(code).map_err(|e| ApiError::Invalid {
        field: "design_code",
        message: api.say(&e.msg()),
    })?;
    design
        .validate(&state.catalog)
        .map_err(|errors| ApiError::Invalid {
            field: "design_code",
            message: errors
                .iter()
                .map(|e| api.say(&e.msg()))
                .collect::<Vec<_>>()
                .join("; "),
        })?;
    Ok(design)
}

/// The price range with low ≤ high and a currency: the one given, else the shop's.
fn price_range(state: &AppState, price: PriceRange) -> Result<PriceRange, ApiError> {
    if price.low > price.high {
        return Err(ApiError::Invalid {
            field: "price",
            message: "the lowest price must not be above the highest".to_owned(),
        });
    }
    let given = price.currency.trim().to_ascii_uppercase();
    let currency = if given.is_empty() {
        state
            .catalog
            .prices
            .as_ref()
            .map(|p| p.currency.clone())
            .or_else(|| state.config.currency.clone())
            .ok_or_else(|| ApiError::Invalid {
                field: "price.currency",
                message: "the shop has no currency set; give one, like GBP".to_owned(),
            })?
    } else {
        given
    };
    if currency.len() != 3 || !currency.bytes().all(|b| b.is_ascii_uppercase()) {
        return Err(ApiError::Invalid {
            field: "price.currency",
            message: "expected a three-letter currency code, like GBP".to_owned(),
        });
    }
    Ok(PriceRange {
        low: price.low,
        high: price.high,
        currency,
    })
}
