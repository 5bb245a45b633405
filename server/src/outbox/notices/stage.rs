//! `stage_email`: a stage of the making to the visitor: the stage in words, the jeweler's note,
//! the photo attached, and the commission page's link where the whole timeline is. The payload
//! names the stage by id. In the visitor's language.

use super::proposal::link_lines;
use crate::outbox::mail::{
    escape_html, header_text, html_open, own_words_html, visitor_envelope, MailError,
};
use crate::store::stages::{self, StagePhoto};
use crate::store::{consultations::Consultation, outbox::OutboxKind};
use crate::AppState;
use atelier_core::brief::Brief;
use atelier_core::commission::StageEntry;
use atelier_core::i18n::Arg;
use lettre::message::header::ContentType;
use lettre::message::{Attachment, MultiPart};
use lettre::Message;
use serde::Deserialize;

/// The outbox row's payload.
#[derive(Debug, Deserialize)]
struct Payload {
    stage: i64,
}

/// Sends the stage's email to the visitor.
pub async fn deliver(
    state: &AppState,
    payload: Option<&str>,
    c: &Consultation,
    brief: &Brief,
) -> Result<(), String> {
    let payload: Payload = super::payload(OutboxKind::StageEmail, payload)?;
    let Some((entry, photo)) = stages::get(&state.db, c.id, payload.stage)
        .await
        .map_err(|e| e.to_string())?
    else {
        return Err(format!("stage {} is gone", payload.stage));
    };
    let link = super::visitor_link(state, c.id).await?;
    let message =
        message(state, c, brief, &entry, photo, link.as_deref()).map_err(|e| e.to_string())?;
    state
        .mailer
        .send(message, &format!("{}-stage-{}", c.reference, entry.id))
        .await
        .map_err(|e| e.to_string())
}

fn message(
    state: &AppState,
    c: &Consultation,
    brief: &Brief,
    entry: &StageEntry,
    photo: Option<StagePhoto>,
    link: Option<&str>,
) -> Result<Message, MailError> {
    let reader = state.words.reader(&brief.locale);
    let shop = header_text(&state.config.shop_name);
    let name = header_text(brief.contact.name.trim());
    let stage = reader.say(&entry.stage.msg());
    let note = entry.note.trim();
    let (link_text, link_html) = link_lines(&reader, link, "email-stage-follow");
    let dear = [("name", Arg::from(name.as_str()))];
    let args = [
        ("reference", Arg::from(c.reference.as_str())),
        ("stage", Arg::from(stage.as_str())),
    ];
    let mut text = format!(
        "{}\n\n{}\n\n",
        reader.t_args("email-dear", &dear),
        reader.t_args("email-stage-body", &args)
    );
    let mut html = format!(
        "{}<p>{}</p><p>{}</p>",
        html_open(&reader),
        reader.html("email-dear", &dear, &[]),
        reader.html("email-stage-body", &args, &["reference", "stage"])
    );
    if !note.is_empty() {
        text.push_str(&format!("{note}\n\n"));
        html.push_str(&own_words_html(note, None));
    }
    if photo.is_some() {
        let line = reader.t("email-stage-photo");
        text.push_str(&format!("{line}\n\n"));
        html.push_str(&format!("<p>{}</p>", escape_html(&line)));
    }
    text.push_str(&link_text);
    text.push_str(&format!("{shop}\n"));
    html.push_str(&link_html);
    html.push_str(&format!("<p>{}</p></body></html>", escape_html(&shop)));
    let body = MultiPart::alternative_plain_html(text, html);
    let body = match photo {
        Some(p) => {
            let kind = ContentType::parse(&p.mime_type)
                .map_err(|_| MailError::ContentType(p.mime_type.clone()))?;
            MultiPart::mixed()
                .multipart(body)
                .singlepart(Attachment::new(header_text(&p.label)).body(p.bytes, kind))
        }
        None => body,
    };
    let subject = reader.t_args(
        "email-stage-subject",
        &[
            ("stage", Arg::from(stage.as_str())),
            ("shop", Arg::from(shop.as_str())),
        ],
    );
    visitor_envelope(&state.config, brief, &subject, body)
}
