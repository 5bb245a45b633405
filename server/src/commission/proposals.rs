//! `POST /api/c/{token}/proposals/{id}/answer`: the visitor accepts a proposal or asks for changes
//! with a comment. Only the latest proposal can be answered, once; the jeweler is told by email.

use super::access::Commission;
use crate::clock;
use crate::error::ApiError;
use crate::store::proposals::{self, Answered};
use crate::AppState;
use atelier_core::commission::{NewAnswer, Proposal, COMMENT_MAX_CHARS};
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::Json;
use std::collections::HashMap;

/// The handler: 200 with the answered proposal.
pub async fn answer(
    State(state): State<AppState>,
    commission: Commission,
    Path(params): Path<HashMap<String, String>>,
    body: Bytes,
) -> Result<Json<Proposal>, ApiError> {
    let proposal_id: i64 = params
        .get("id")
        .and_then(|id| id.parse().ok())
        .ok_or(ApiError::NotFound)?;
    let new: NewAnswer = crate::http::json::fields(&body)?;
    let comment = new.comment.trim();
    if comment.chars().count() > COMMENT_MAX_CHARS {
        return Err(ApiError::Invalid {
            field: "comment",
            message: format!("write at most {COMMENT_MAX_CHARS} characters"),
        });
    }
    let outcome = proposals::answer(
        &state.db,
        commission.id,
        proposal_id,
        new.answer,
        comment,
        clock::now_unix(),
    )
    .await?;
    match outcome {
        Answered::Done(p) => {
            state.outbox_wake.notify_one();
            Ok(Json(*p))
        }
        Answered::NotFound => Err(ApiError::NotFound),
        Answered::AlreadyAnswered => Err(ApiError::Conflict(
            "this proposal was already answered; write to the jeweler if you changed your mind",
        )),
        Answered::NotLatest => Err(ApiError::Conflict(
            "the jeweler has sent a newer proposal since this one; answer the latest proposal",
        )),
    }
}
