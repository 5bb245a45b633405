//! `link_email`: the jeweler issued a new private link; the visitor (the buyer, never a surprise's
//! wearer) gets it, the live one at the time of sending.

use super::{payload, visitor_link};
use crate::outbox::mail::{commission_link_lines, escape_html, header_text, to_visitor};
use crate::store::{Consultation, OutboxKind};
use crate::AppState;
use atelier_core::brief::Brief;

/// The outbox payload of a `link_email`: when the link was issued (it names the email's file).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Notice {
    /// Unix seconds.
    pub issued_at: i64,
}

/// Sends the visitor their new link.
pub async fn deliver(
    state: &AppState,
    payload_json: Option<&str>,
    c: &Consultation,
    brief: &Brief,
) -> Result<(), String> {
    let notice: Notice = payload(OutboxKind::LinkEmail, payload_json)?;
    let link = visitor_link(state, c.id).await?;
    let shop = header_text(&state.config.shop_name);
    let name = header_text(brief.contact.name.trim());
    let (link_text, link_html) = commission_link_lines(link.as_deref());
    let text = format!(
        "Dear {name},\n\n{shop} has given you a new link to the page of your request {}. \
         Earlier links no longer open it.\n\n{link_text}{shop}\n",
        c.reference
    );
    let html = format!(
        "<!DOCTYPE html><html><body style=\"font-family:sans-serif\"><p>Dear {},</p>\
         <p>{} has given you a new link to the page of your request <strong>{}</strong>. \
         Earlier links no longer open it.</p>{link_html}<p>{}</p></body></html>",
        escape_html(&name),
        escape_html(&shop),
        escape_html(&c.reference),
        escape_html(&shop)
    );
    let email = to_visitor(
        &state.config,
        brief,
        &format!("A new link to your request {} at {shop}", c.reference),
        text,
        html,
    )
    .map_err(|e| e.to_string())?;
    state
        .mailer
        .send(email, &format!("{}-link-{}", c.reference, notice.issued_at))
        .await
        .map_err(|e| e.to_string())
}
