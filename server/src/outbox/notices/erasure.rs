//! `erasure_request_email`: the visitor asked, from the commission page, for everything to be
//! erased. The jeweler gets the request, the visitor's comment, what to do and the studio link.
//! The payload names the request by id.

use crate::outbox::mail::{escape_html, to_jeweler};
use crate::store::{erasure, Consultation, OutboxKind};
use crate::AppState;
use atelier_core::brief::Brief;
use serde::Deserialize;

/// The outbox row's payload.
#[derive(Debug, Deserialize)]
struct Payload {
    erasure_request: i64,
}

/// Sends the request to the jeweler.
pub async fn deliver(
    state: &AppState,
    payload: Option<&str>,
    c: &Consultation,
    brief: &Brief,
) -> Result<(), String> {
    let payload: Payload = super::payload(OutboxKind::ErasureRequestEmail, payload)?;
    let Some((requested_at, comment)) = erasure::get(&state.db, c.id, payload.erasure_request)
        .await
        .map_err(|e| e.to_string())?
    else {
        return Err(format!(
            "erasure request {} is gone",
            payload.erasure_request
        ));
    };
    let studio = super::studio_link(state, &c.reference);
    let comment = comment.trim();
    let todo =
        "What to do: open the brief in the studio, keep aside only what the law obliges you \
                to keep (an invoice, for example), then choose “Erase” on the brief. That removes \
                the brief, the conversation, the proposals, the appointments, the stages and every \
                photo. Then reply to this email to tell the visitor it is done; answer within a \
                month.";
    let mut text = format!(
        "The visitor of {} asked on {requested_at} for everything about their request to be erased.\n\n",
        c.reference
    );
    let mut html = format!(
        "<!DOCTYPE html><html><body style=\"font-family:sans-serif\">\
         <p>The visitor of <strong>{}</strong> asked on {} for everything about their request to \
         be erased.</p>",
        escape_html(&c.reference),
        escape_html(&requested_at)
    );
    if !comment.is_empty() {
        text.push_str(&format!("Their comment:\n{comment}\n\n"));
        html.push_str(&format!(
            "<p>Their comment:</p><p style=\"white-space:pre-wrap\">{}</p>",
            escape_html(comment)
        ));
    }
    text.push_str(&format!("{todo}\n\nThe brief in the studio:\n{studio}\n"));
    html.push_str(&format!(
        "<p>{}</p><p><a href=\"{}\">Open the brief in the studio</a></p></body></html>",
        escape_html(todo),
        escape_html(&studio)
    ));
    let message = to_jeweler(
        &state.config,
        brief,
        &format!("{}: the visitor asks for erasure", c.reference),
        text,
        html,
    )
    .map_err(|e| e.to_string())?;
    state
        .mailer
        .send(message, &format!("{}-erasure-request", c.reference))
        .await
        .map_err(|e| e.to_string())
}
