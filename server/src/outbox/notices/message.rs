//! `message_email`: a message of the conversation, to the other side. The visitor's message
//! reaches the jeweler with the studio's link; the jeweler's reaches the visitor (the buyer, never
//! a surprise's wearer) with their commission page's link. Each carries that one message, never
//! the thread before it: the jeweler's email in the shop's language with the visitor's words as
//! written (and their language named), the visitor's in theirs.

use super::{payload, studio_link, visitor_link};
use crate::i18n::Reader;
use crate::outbox::mail::{
    commission_link_lines, escape_html, header_text, html_open, link_html, own_words_html,
    to_jeweler, to_visitor, written_in,
};
use crate::store::messages::{self, Notice};
use crate::store::{consultations::Consultation, outbox::OutboxKind};
use crate::AppState;
use atelier_core::brief::Brief;
use atelier_core::commission::{Author, Message};
use atelier_core::i18n::{Arg, Lang};

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

fn photos_line(reader: &Reader<'_>, message: &Message) -> Option<String> {
    (!message.photos.is_empty()).then(|| {
        reader.t_args(
            "email-message-photos",
            &[("count", Arg::int(message.photos.len() as i64))],
        )
    })
}

fn to_the_jeweler(
    state: &AppState,
    c: &Consultation,
    brief: &Brief,
    message: &Message,
) -> Result<lettre::Message, crate::outbox::mail::MailError> {
    let reader = state.words.shop();
    let name = header_text(brief.contact.name.trim());
    let link = studio_link(state, &c.reference);
    let photos = photos_line(&reader, message);
    let written_in = written_in(&reader, brief);
    let mut args = vec![
        ("name", Arg::from(name.as_str())),
        ("reference", Arg::from(c.reference.as_str())),
    ];
    let key = match &written_in {
        Some((_, language)) => {
            args.push(("language", Arg::Text(language.clone())));
            "email-message-jeweler-in"
        }
        None => "email-message-jeweler",
    };
    let mut text = format!("{}\n\n{}\n\n", reader.t_args(key, &args), message.text);
    let mut html = format!(
        "{}<p>{}</p>{}",
        html_open(&reader),
        reader.html(key, &args, &["reference"]),
        own_words_html(&message.text, Lang::from_tag(&brief.locale))
    );
    if let Some(line) = &photos {
        text.push_str(&format!("{line}\n\n"));
        html.push_str(&format!("<p>{}</p>", escape_html(line)));
    }
    text.push_str(&reader.t_args("email-studio-answer", &[("link", Arg::from(link.as_str()))]));
    text.push('\n');
    html.push_str(&link_html(&link, &reader.t("email-studio-answer-link")));
    html.push_str("</body></html>");
    let subject = reader.t_args("email-message-subject-jeweler", &args[..2]);
    to_jeweler(&state.config, brief, &subject, text, html)
}

fn to_the_visitor(
    state: &AppState,
    c: &Consultation,
    brief: &Brief,
    message: &Message,
    link: Option<&str>,
) -> Result<lettre::Message, crate::outbox::mail::MailError> {
    let reader = state.words.reader(&brief.locale);
    let shop = header_text(&state.config.shop_name);
    let name = header_text(brief.contact.name.trim());
    let (link_text, link_html) = commission_link_lines(&reader, link);
    let dear = [("name", Arg::from(name.as_str()))];
    let args = [
        ("shop", Arg::from(shop.as_str())),
        ("reference", Arg::from(c.reference.as_str())),
    ];
    let text = format!(
        "{}\n\n{}\n\n{}\n\n{link_text}{shop}\n",
        reader.t_args("email-dear", &dear),
        reader.t_args("email-message-visitor", &args),
        message.text
    );
    // The jeweler's words are as they wrote them; their language is not known.
    let html = format!(
        "{}<p>{}</p><p>{}</p>{}{link_html}<p>{}</p></body></html>",
        html_open(&reader),
        reader.html("email-dear", &dear, &[]),
        reader.html("email-message-visitor", &args, &["reference"]),
        own_words_html(&message.text, None),
        escape_html(&shop)
    );
    to_visitor(
        &state.config,
        brief,
        &reader.t_args("email-message-subject-visitor", &args),
        text,
        html,
    )
}
