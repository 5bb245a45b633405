//! `message_email`: a message of the conversation, to the other side. The visitor's message
//! reaches the jeweler with the studio's link; the jeweler's reaches the visitor (the buyer, never
//! a surprise's wearer) with their commission page's link. Each carries that one message, never
//! the thread before it.

use super::{payload, studio_link, visitor_link};
use crate::outbox::mail::{
    commission_link_lines, escape_html, header_text, to_jeweler, to_visitor,
};
use crate::store::messages::{self, Notice};
use crate::store::{Consultation, OutboxKind};
use crate::AppState;
use atelier_core::brief::Brief;
use atelier_core::commission::{Author, Message};

/// Sends the email about the message in `payload`.
pub async fn deliver(
    state: &AppState,
    payload_json: Option<&str>,
    c: &Consultation,
    brief: &Brief,
) -> Result<(), String> {
    let notice: Notice = payload(OutboxKind::MessageEmail, payload_json)?;
    let Some((consultation_id, message)) =
        messages::one(&state.db, notice.message_id, |id| id.to_string())
            .await
            .map_err(|e| e.to_string())?
    else {
        return Err(format!("message {} is gone", notice.message_id));
    };
    if consultation_id != c.id {
        return Err(format!(
            "message {} is not of {}",
            notice.message_id, c.reference
        ));
    }
    let email = match message.author {
        Author::Visitor => to_the_jeweler(state, c, brief, &message),
        Author::Jeweler => {
            let link = visitor_link(state, c.id).await?;
            to_the_visitor(state, c, brief, &message, link.as_deref())
        }
    }
    .map_err(|e| e.to_string())?;
    state
        .mailer
        .send(email, &format!("{}-message-{}", c.reference, message.id))
        .await
        .map_err(|e| e.to_string())
}

fn photos_line(message: &Message) -> Option<String> {
    match message.photos.len() {
        0 => None,
        1 => Some("1 photo came with it.".to_owned()),
        n => Some(format!("{n} photos came with it.")),
    }
}

fn to_the_jeweler(
    state: &AppState,
    c: &Consultation,
    brief: &Brief,
    message: &Message,
) -> Result<lettre::Message, crate::outbox::mail::MailError> {
    let name = header_text(brief.contact.name.trim());
    let link = studio_link(state, &c.reference);
    let photos = photos_line(message);
    let mut text = format!(
        "{name} wrote about {}:\n\n{}\n\n",
        c.reference, message.text
    );
    let mut html = format!(
        "<!DOCTYPE html><html><body style=\"font-family:sans-serif\"><p>{} wrote about \
         <strong>{}</strong>:</p><p style=\"white-space:pre-wrap\">{}</p>",
        escape_html(&name),
        escape_html(&c.reference),
        escape_html(&message.text)
    );
    if let Some(line) = &photos {
        text.push_str(&format!("{line}\n\n"));
        html.push_str(&format!("<p>{}</p>", escape_html(line)));
    }
    text.push_str(&format!("Answer in the studio: {link}\n"));
    html.push_str(&format!(
        "<p><a href=\"{}\">Answer in the studio</a></p></body></html>",
        escape_html(&link)
    ));
    to_jeweler(
        &state.config,
        brief,
        &format!("{} wrote about {}", name, c.reference),
        text,
        html,
    )
}

fn to_the_visitor(
    state: &AppState,
    c: &Consultation,
    brief: &Brief,
    message: &Message,
    link: Option<&str>,
) -> Result<lettre::Message, crate::outbox::mail::MailError> {
    let shop = header_text(&state.config.shop_name);
    let name = header_text(brief.contact.name.trim());
    let (link_text, link_html) = commission_link_lines(link);
    let text = format!(
        "Dear {name},\n\n{shop} wrote about your request {}:\n\n{}\n\n{link_text}{shop}\n",
        c.reference, message.text
    );
    let html = format!(
        "<!DOCTYPE html><html><body style=\"font-family:sans-serif\"><p>Dear {},</p>\
         <p>{} wrote about your request <strong>{}</strong>:</p>\
         <p style=\"white-space:pre-wrap\">{}</p>{link_html}<p>{}</p></body></html>",
        escape_html(&name),
        escape_html(&shop),
        escape_html(&c.reference),
        escape_html(&message.text),
        escape_html(&shop)
    );
    to_visitor(
        &state.config,
        brief,
        &format!("{shop} wrote about your request {}", c.reference),
        text,
        html,
    )
}
