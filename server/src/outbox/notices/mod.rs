//! The emails of a commission, one module per kind of notice: a message, a proposal or its
//! answer, an appointment (with its iCalendar invitation), a stage of the making, a new link, and
//! the visitor's erasure request. Each row's payload (JSON) says which record the email is about;
//! [`deliver`] loads it and sends. Notices carry the news and the link, never the whole thread,
//! and go to the person who sent the brief (never to a surprise's wearer) or to the jeweler.

use crate::store::{Consultation, OutboxKind};
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
    let _ = (state, payload, c, brief);
    Err(format!("{} is not delivered yet", kind.as_str()))
}
