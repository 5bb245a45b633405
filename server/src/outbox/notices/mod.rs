//! The emails of a commission, one module per kind of notice: a message, a proposal or its
//! answer, an appointment (with its iCalendar invitation), a stage of the making, a new link, and
//! the visitor's erasure request. Each row's payload (JSON) says which record the email is about;
//! [`deliver`] loads it and sends. Notices carry the news and the link, never the whole thread,
//! and go to the person who sent the brief (never to a surprise's wearer) or to the jeweler.

pub mod appointment;
pub mod erasure;
pub mod link;
pub mod message;
pub mod proposal;
pub mod stage;

use crate::store::{consultations::Consultation, outbox::OutboxKind};
use crate::AppState;
use atelier_core::brief::Brief;

/// Sends the notice queued as `kind` with `payload` for the brief `c`.
pub async fn deliver(
    state: &AppState,
    kind: OutboxKind,
    payload: Option<&str>,
    c: &Consultation,
    brief: &Brief,
) -> Result<(), String> {
    match kind {
        OutboxKind::MessageEmail => message::deliver(state, payload, c, brief).await,
        OutboxKind::LinkEmail => link::deliver(state, payload, c, brief).await,
        OutboxKind::ProposalEmail => proposal::deliver(state, payload, c, brief).await,
        OutboxKind::StageEmail => stage::deliver(state, payload, c, brief).await,
        OutboxKind::ErasureRequestEmail => erasure::deliver(state, payload, c, brief).await,
        OutboxKind::AppointmentEmail => appointment::deliver(state, payload, c, brief).await,
        other => Err(format!("{} is not delivered yet", other.as_str())), // i18n: not words (a log line)
    }
}

/// The payload of a notice, as its kind's type.
pub fn payload<T: serde::de::DeserializeOwned>(
    kind: OutboxKind,
    payload: Option<&str>,
) -> Result<T, String> {
    serde_json::from_str(payload.unwrap_or_default())
        .map_err(|e| format!("{} payload unreadable: {e}", kind.as_str()))
}

/// The full URL of the brief's live commission page for an email to the visitor, or `None`
/// when every link is revoked or expired (the email then says to ask for a new one).
pub async fn visitor_link(
    state: &AppState,
    consultation_id: i64,
) -> Result<Option<String>, String> {
    let token = crate::store::links::live_token(
        &state.db,
        &state.link_key,
        consultation_id,
        crate::clock::now_unix(),
    )
    .await
    .map_err(|e| e.to_string())?;
    Ok(token.map(|t| format!("{}/c/{t}", crate::studio::revisions::base_url(state))))
}

/// The brief's page in the studio, for an email to the jeweler.
pub fn studio_link(state: &AppState, reference: &str) -> String {
    format!(
        "{}/studio/briefs/{reference}",
        crate::studio::revisions::base_url(state)
    )
}
