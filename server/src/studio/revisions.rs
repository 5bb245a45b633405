//! `POST /briefs/{reference}/revisions`: the jeweler sends the visitor a revised design.
//!
//! The design code is checked with core (it must decode and pass the catalog's checks), then a
//! `revision_email` row is queued in the outbox with the code and message as its payload; the
//! outbox worker calls [`deliver`], which builds the email. Everything from people is escaped in
//! the HTML and kept out of headers but through lettre's encoders.

use super::json_body;
use super::lookup;
use super::session::Jeweler;
use crate::clock;
use crate::db::DbError;
use crate::error::ApiError;
use crate::outbox::mail::{escape_html, header_text, to_visitor, MailError};
use crate::store::{Consultation, OutboxKind};
use crate::AppState;
use atelier_core::brief::Brief;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use lettre::Message;
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

/// Longest message to the visitor, in characters.
pub const MESSAGE_MAX_CHARS: usize = 4000;

/// The request body, also stored as the outbox row's payload.
#[derive(Debug, Deserialize, Serialize)]
pub struct Revision {
    /// Core's share-link code of the revised design.
    pub design_code: String,
    /// A note to the visitor (may be empty).
    #[serde(default)]
    pub message: String,
}

/// Where links in emails point: `public_url`, or the address the server listens on.
pub fn base_url(state: &AppState) -> String {
    state.config.public_url.as_deref().map_or_else(
        || format!("http://{}", state.config.bind),
        |u| u.trim_end_matches('/').to_owned(),
    )
}

/// The handler: 202 with the queued delivery's id and the link that will be sent.
pub async fn send(
    State(state): State<AppState>,
    jeweler: Jeweler,
    Path(reference): Path<String>,
    body: Bytes,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let (id, _) = lookup::brief_id(&state, &reference).await?;
    let revision: Revision = json_body(&body)?;
    let code = revision.design_code.trim().to_owned();
    let design = atelier_core::share::decode(&code).map_err(|e| ApiError::Invalid {
        field: "design_code",
        message: e.to_string(),
    })?;
    if let Err(errors) = design.validate(&state.catalog) {
        return Err(ApiError::Invalid {
            field: "design_code",
            message: errors
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("; "),
        });
    }
    let message = revision.message.trim().to_owned();
    if message.chars().count() > MESSAGE_MAX_CHARS {
        return Err(ApiError::Invalid {
            field: "message",
            message: format!("write at most {MESSAGE_MAX_CHARS} characters"),
        });
    }
    let payload = serde_json::to_string(&Revision {
        design_code: code.clone(),
        message,
    })
    .map_err(|e| ApiError::Internal(e.to_string()))?;
    let delivery: i64 = sqlx::query_scalar(
        "INSERT INTO outbox (consultation_id, kind, state, attempts, next_attempt_at, payload) \
         VALUES (?, ?, 'pending', 0, ?, ?) RETURNING id",
    )
    .bind(id)
    .bind(OutboxKind::RevisionEmail.as_str())
    .bind(clock::now_unix())
    .bind(&payload)
    .fetch_one(state.db.writer())
    .await
    .map_err(DbError::from)?;
    state.outbox_wake.notify_one();
    tracing::info!(
        reference,
        by = jeweler.email,
        delivery,
        "revised design queued"
    );
    Ok((
        StatusCode::ACCEPTED,
        Json(json!({
            "delivery_id": delivery,
            "link": format!("{}/?d={code}", base_url(&state)),
        })),
    ))
}

/// The email with the revised design for the visitor.
pub fn message(
    state: &AppState,
    c: &Consultation,
    brief: &Brief,
    revision: &Revision,
) -> Result<Message, MailError> {
    let config = &state.config;
    let shop = header_text(&config.shop_name);
    let name = header_text(brief.contact.name.trim());
    let link = format!("{}/?d={}", base_url(state), revision.design_code);
    let summary = atelier_core::share::decode(&revision.design_code)
        .map(|d| atelier_core::summary::summary(&d, &state.catalog))
        .unwrap_or_default();
    let note = revision.message.trim();
    let mut text = format!(
        "Dear {name},\n\n{shop} has revised the design for your request {}.\n\n",
        c.reference
    );
    if !note.is_empty() {
        text.push_str(&format!("{note}\n\n"));
    }
    text.push_str(&format!(
        "The revised design: {summary}\nOpen it, turn it and adjust it here:\n{link}\n\n\
         Reply to this email with your thoughts.\n\n{shop}\n"
    ));
    let mut html = format!(
        "<!DOCTYPE html><html><body style=\"font-family:sans-serif\"><p>Dear {},</p>\
         <p>{} has revised the design for your request <strong>{}</strong>.</p>",
        escape_html(&name),
        escape_html(&shop),
        escape_html(&c.reference)
    );
    if !note.is_empty() {
        html.push_str(&format!(
            "<p style=\"white-space:pre-wrap\">{}</p>",
            escape_html(note)
        ));
    }
    html.push_str(&format!(
        "<p>The revised design: {}</p><p><a href=\"{}\">Open the revised design</a></p>\
         <p>Reply to this email with your thoughts.</p><p>{}</p></body></html>",
        escape_html(&summary),
        escape_html(&link),
        escape_html(&shop)
    ));
    to_visitor(
        config,
        brief,
        &format!("Your revised design for {} from {shop}", c.reference),
        text,
        html,
    )
}

/// Delivers outbox row `outbox_id` (a `revision_email`): called by the outbox worker.
pub async fn deliver(
    state: &AppState,
    outbox_id: i64,
    c: &Consultation,
    brief: &Brief,
) -> Result<(), String> {
    let payload: Option<String> = sqlx::query_scalar("SELECT payload FROM outbox WHERE id = ?")
        .bind(outbox_id)
        .fetch_one(state.db.reader())
        .await
        .map_err(|e| e.to_string())?;
    let revision: Revision = serde_json::from_str(payload.as_deref().unwrap_or(""))
        .map_err(|e| format!("revision payload unreadable: {e}"))?;
    let message = message(state, c, brief, &revision).map_err(|e| e.to_string())?;
    state
        .mailer
        .send(message, &format!("{}-revision-{outbox_id}", c.reference))
        .await
        .map_err(|e| e.to_string())
}
