//! `proposal_email`: a revised design to the visitor (the jeweler's message, the design in words,
//! what changed, the price range and the commission page's link), or the visitor's answer to the
//! jeweler (with a link to the brief in the studio). The payload names the proposal by id.

use crate::outbox::mail::{escape_html, header_text, to_jeweler, to_visitor, MailError};
use crate::store::proposals::{self, Event};
use crate::store::{Consultation, OutboxKind};
use crate::AppState;
use atelier_core::brief::Brief;
use atelier_core::commission::{AnswerGiven, PriceRange, Proposal, ProposalAnswer};
use atelier_core::spec::changes::in_words;
use lettre::Message;
use serde::Deserialize;

/// The outbox row's payload.
#[derive(Debug, Deserialize)]
struct Payload {
    proposal: i64,
    event: Event,
}

/// Sends the notice the payload describes.
pub async fn deliver(
    state: &AppState,
    payload: Option<&str>,
    c: &Consultation,
    brief: &Brief,
) -> Result<(), String> {
    let payload: Payload = super::payload(OutboxKind::ProposalEmail, payload)?;
    let Some(p) = proposals::get(&state.db, c.id, payload.proposal)
        .await
        .map_err(|e| e.to_string())?
    else {
        return Err(format!("proposal {} is gone", payload.proposal));
    };
    let (message, stem) = match payload.event {
        Event::Proposed => {
            let link = super::visitor_link(state, c.id).await?;
            (
                proposed(state, c, brief, &p, link.as_deref()),
                format!("{}-proposal-{}", c.reference, p.id),
            )
        }
        Event::Answered => (
            answered(
                state,
                c,
                brief,
                p.answer
                    .as_ref()
                    .ok_or_else(|| format!("proposal {} has no answer", p.id))?,
            ),
            format!("{}-proposal-{}-answer", c.reference, p.id),
        ),
    };
    state
        .mailer
        .send(message.map_err(|e| e.to_string())?, &stem)
        .await
        .map_err(|e| e.to_string())
}

/// The sentence with the commission page's link, as text and HTML; without a live link, how to
/// get a new one.
pub(super) fn link_lines(link: Option<&str>, what: &str) -> (String, String) {
    match link {
        Some(link) => (
            format!("{what} on your commission page:\n{link}\n\n"),
            format!(
                "<p><a href=\"{}\">{} on your commission page</a></p>",
                escape_html(link),
                escape_html(what)
            ),
        ),
        None => {
            let text =
                "Your commission page's link is no longer active: ask the jeweler for a new link.";
            (format!("{text}\n\n"), format!("<p>{text}</p>"))
        }
    }
}

/// The range in words: "2400–2900 GBP", or one amount when both ends are equal.
fn price_words(price: &PriceRange) -> String {
    if price.low == price.high {
        format!("{} {}", price.low, price.currency)
    } else {
        format!("{}–{} {}", price.low, price.high, price.currency)
    }
}

fn proposed(
    state: &AppState,
    c: &Consultation,
    brief: &Brief,
    p: &Proposal,
    link: Option<&str>,
) -> Result<Message, MailError> {
    let shop = header_text(&state.config.shop_name);
    let name = header_text(brief.contact.name.trim());
    let summary = atelier_core::share::decode(&p.design_code)
        .map(|d| atelier_core::summary::summary(&d, &state.catalog))
        .unwrap_or_default();
    let changed = if p.changes.is_empty() {
        "nothing in the specification; see the jeweler's message".to_owned()
    } else {
        in_words(&p.changes)
    };
    let note = p.message.trim();
    let (link_text, link_html) = link_lines(link, "Compare it with your design and answer");
    let mut text = format!(
        "Dear {name},\n\n{shop} proposes a revised design for your request {}.\n\n",
        c.reference
    );
    let mut html = format!(
        "<!DOCTYPE html><html><body style=\"font-family:sans-serif\"><p>Dear {},</p>\
         <p>{} proposes a revised design for your request <strong>{}</strong>.</p>",
        escape_html(&name),
        escape_html(&shop),
        escape_html(&c.reference)
    );
    if !note.is_empty() {
        text.push_str(&format!("{note}\n\n"));
        html.push_str(&format!(
            "<p style=\"white-space:pre-wrap\">{}</p>",
            escape_html(note)
        ));
    }
    text.push_str(&format!(
        "The proposed design: {summary}\nWhat changed: {changed}\n"
    ));
    html.push_str(&format!(
        "<p>The proposed design: {}</p><p>What changed: {}</p>",
        escape_html(&summary),
        escape_html(&changed)
    ));
    if let Some(price) = &p.price {
        let words = price_words(price);
        text.push_str(&format!("Price: {words}\n"));
        html.push_str(&format!("<p>Price: {}</p>", escape_html(&words)));
    }
    text.push('\n');
    text.push_str(&link_text);
    text.push_str(&format!("{shop}\n"));
    html.push_str(&link_html);
    html.push_str(&format!("<p>{}</p></body></html>", escape_html(&shop)));
    to_visitor(
        &state.config,
        brief,
        &format!("A revised design for {} from {shop}", c.reference),
        text,
        html,
    )
}

fn answered(
    state: &AppState,
    c: &Consultation,
    brief: &Brief,
    answer: &AnswerGiven,
) -> Result<Message, MailError> {
    let verdict = match answer.answer {
        ProposalAnswer::Accepted => "accepted the proposed design",
        ProposalAnswer::ChangesRequested => "asked for changes to the proposed design",
    };
    let studio = super::studio_link(state, &c.reference);
    let comment = answer.comment.trim();
    let mut text = format!("The visitor of {} {verdict}.\n\n", c.reference);
    let mut html = format!(
        "<!DOCTYPE html><html><body style=\"font-family:sans-serif\">\
         <p>The visitor of <strong>{}</strong> {verdict}.</p>",
        escape_html(&c.reference)
    );
    if !comment.is_empty() {
        text.push_str(&format!("Their comment:\n{comment}\n\n"));
        html.push_str(&format!(
            "<p>Their comment:</p><p style=\"white-space:pre-wrap\">{}</p>",
            escape_html(comment)
        ));
    }
    text.push_str(&format!("Open the brief in the studio:\n{studio}\n"));
    html.push_str(&format!(
        "<p><a href=\"{}\">Open the brief in the studio</a></p></body></html>",
        escape_html(&studio)
    ));
    to_jeweler(
        &state.config,
        brief,
        &format!("{}: the visitor {verdict}", c.reference),
        text,
        html,
    )
}
