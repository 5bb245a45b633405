//! `link_email`: the jeweler issued a new private link; the visitor (the buyer, never a surprise's
//! wearer) gets it, the live one at the time of sending, in their language.

use super::{payload, visitor_link};
use crate::outbox::mail::{commission_link_lines, escape_html, header_text, html_open, to_visitor};
use crate::store::{consultations::Consultation, outbox::OutboxKind};
use crate::AppState;
use atelier_core::brief::Brief;
use atelier_core::i18n::Arg;

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
    let reader = state.words.reader(&brief.locale);
    let shop = header_text(&state.config.shop_name);
    let name = header_text(brief.contact.name.trim());
    let (link_text, link_html) = commission_link_lines(&reader, link.as_deref());
    let dear = [("name", Arg::from(name.as_str()))];
    let args = [
        ("shop", Arg::from(shop.as_str())),
        ("reference", Arg::from(c.reference.as_str())),
    ];
    let text = format!(
        "{}\n\n{}\n\n{link_text}{shop}\n",
        reader.t_args("email-dear", &dear),
        reader.t_args("email-link-body", &args)
    );
    let html = format!(
        "{}<p>{}</p><p>{}</p>{link_html}<p>{}</p></body></html>",
        html_open(&reader),
        reader.html("email-dear", &dear, &[]),
        reader.html("email-link-body", &args, &["reference"]),
        escape_html(&shop)
    );
    let email = to_visitor(
        &state.config,
        brief,
        &reader.t_args("email-link-subject", &args),
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
