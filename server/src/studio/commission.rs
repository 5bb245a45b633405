//! The commission as the studio works it: `GET /briefs/{reference}/commission` (the conversation,
//! proposals, appointment, stages and the link's state beside the brief), `POST
//! /briefs/{reference}/messages` (the jeweler writes; the visitor is emailed), and `POST` /
//! `DELETE /briefs/{reference}/link` (a new private link, emailed to the visitor, or none).

use super::lookup;
use super::session::Jeweler;
use crate::clock;
use crate::commission::messages::{self, Poster};
use crate::commission::view::{self, Loaded};
use crate::error::ApiError;
use crate::store;
use crate::{AppState, Config};
use atelier_core::commission::{Author, StudioCommission};
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use axum::Json;
use serde::Deserialize;
use serde_json::{json, Value};

/// The longest expiry the studio may set on a link, in days (ten years).
pub const LINK_EXPIRY_DAYS_MAX: u32 = 3650;

/// A commission file's URL in the studio of the shop `config` describes.
pub fn file_url(config: &Config, id: i64) -> String {
    config.shop_path(&format!("/api/studio/commission-files/{id}"))
}

/// The studio's address for a picture the commission page reaches by a relative `files/{id}`.
fn studio_url(config: &Config, url: String) -> String {
    match url
        .strip_prefix("files/")
        .and_then(|id| id.parse::<i64>().ok())
    {
        Some(id) => file_url(config, id),
        None => url,
    }
}

/// `GET /briefs/{reference}/commission`.
pub async fn show(
    State(state): State<AppState>,
    _jeweler: Jeweler,
    Path(reference): Path<String>,
) -> Result<Json<StudioCommission>, ApiError> {
    let (id, _) = lookup::brief_id(&state, &reference).await?;
    let Loaded { header, brief } = view::load(&state, id).await?;
    let db = &state.db;
    let original_code = atelier_core::share::encode(&brief.design);
    let config = &state.config;
    let messages = store::messages::list(db, id, |file| file_url(config, file)).await?;
    let mut proposals = store::proposals::list(db, id).await?;
    state
        .words
        .shop()
        .say_changes(&mut proposals, &state.catalog);
    let mut stages = store::stages::list(db, id).await?;
    for stage in &mut stages {
        if let Some(photo) = stage.photo.as_mut() {
            photo.url = studio_url(config, std::mem::take(&mut photo.url));
        }
    }
    let jeweler_wrote = messages.iter().any(|m| m.author == Author::Jeweler);
    let erasure = store::erasure::request_of(db, id).await?;
    Ok(Json(StudioCommission {
        link: store::links::state(db, id).await?,
        status: view::status(&header.status, jeweler_wrote, &proposals, &stages),
        current_code: store::proposals::current_code(db, id, &original_code).await?,
        original_code,
        messages,
        proposals,
        appointment: store::booking::current(db, id).await?,
        stages,
        erasure_comment: erasure
            .as_ref()
            .map(|(_, comment)| comment.trim().to_owned())
            .filter(|comment| !comment.is_empty()),
        erasure_requested_at: erasure.map(|(at, _)| at),
    }))
}

/// `POST /briefs/{reference}/messages` → 201 `Message` (text only).
pub async fn post_message(
    State(state): State<AppState>,
    jeweler: Jeweler,
    Path(reference): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    let (id, _) = lookup::brief_id(&state, &reference).await?;
    messages::post(
        &state,
        id,
        Poster::Jeweler(jeweler.email),
        &headers,
        &body,
        |file| file_url(&state.config, file),
    )
    .await
}

/// `POST …/link`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewLink {
    /// Days until the link stops working; `null` or absent: it does not expire.
    #[serde(default)]
    pub expires_in_days: Option<u32>,
}

/// `POST /briefs/{reference}/link` → 201 `{"url", "expires_at"}`: every earlier link stops
/// working, and the visitor is emailed the new one. The studio sees the URL this once.
pub async fn new_link(
    State(state): State<AppState>,
    jeweler: Jeweler,
    Path(reference): Path<String>,
    body: Bytes,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let (id, _) = lookup::brief_id(&state, &reference).await?;
    let request: NewLink = if body.iter().all(u8::is_ascii_whitespace) {
        NewLink {
            expires_in_days: None,
        }
    } else {
        crate::http::json::fields(&body)?
    };
    if request
        .expires_in_days
        .is_some_and(|d| !(1..=LINK_EXPIRY_DAYS_MAX).contains(&d))
    {
        return Err(ApiError::Invalid {
            field: "expires_in_days",
            message: format!("expected 1 to {LINK_EXPIRY_DAYS_MAX} days, or null for no expiry"),
        });
    }
    let now = clock::now_unix();
    let expires_at = request
        .expires_in_days
        .map(|d| now.saturating_add(i64::from(d) * 86_400));
    let token = store::links::replace(&state.db, &state.link_key, id, now, expires_at).await?;
    state.outbox_wake.notify_one();
    tracing::info!(reference, by = jeweler.email, "new commission link issued");
    Ok((
        StatusCode::CREATED,
        Json(json!({
            "url": format!("{}/c/{token}", crate::studio::revisions::base_url(&state)),
            "expires_at": expires_at.map(clock::rfc3339),
        })),
    ))
}

/// `DELETE /briefs/{reference}/link` → `{"revoked": n}`: no link opens the page any more.
pub async fn revoke_link(
    State(state): State<AppState>,
    jeweler: Jeweler,
    Path(reference): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let (id, _) = lookup::brief_id(&state, &reference).await?;
    let revoked = store::links::revoke(&state.db, id, clock::now_unix()).await?;
    tracing::info!(
        reference,
        by = jeweler.email,
        revoked,
        "commission links revoked"
    );
    Ok(Json(json!({ "revoked": revoked })))
}
