//! `POST /briefs/{reference}/revisions`, replaced by proposals: it answers 410 Gone and says so.
//! The email of a `revision_email` row queued before the change is still built and sent by
//! [`deliver`], so nothing a jeweler sent is lost; and [`base_url`] is where every link in an
//! email points. Everything from people is escaped in the HTML and kept out of headers but
//! through lettre's encoders.

use super::session::Jeweler;
use crate::error::ApiError;
use crate::outbox::mail::{escape_html, header_text, to_visitor, MailError};
use crate::store::Consultation;
use crate::AppState;
use atelier_core::brief::Brief;
use axum::extract::Path;
use axum::http::StatusCode;
use lettre::Message;
use serde::{Deserialize, Serialize};

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

/// The handler: 410 Gone. Revised designs are proposals now (`POST …/proposals`), which the
/// visitor sees beside the original on the commission page and can answer there.
pub async fn send(
    _jeweler: Jeweler,
    Path(reference): Path<String>,
) -> Result<StatusCode, ApiError> {
    tracing::info!(reference, "a revision was posted to the replaced endpoint");
    Err(ApiError::Gone(
        "revised designs are sent as proposals now: POST /api/studio/briefs/{reference}/proposals \
         with the design code, a message and an optional price range",
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
