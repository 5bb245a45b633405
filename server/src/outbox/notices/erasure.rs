//! `erasure_request_email`: the visitor asked, from the commission page, for everything to be
//! erased. The jeweler gets the request, the visitor's comment, what to do and the studio link.
//! The payload names the request by id. In the shop's language, the comment as written.

use crate::outbox::mail::{
    escape_html, header_text, html_open, link_html, own_words_html, to_jeweler,
};
use crate::store::{consultations::Consultation, erasure, outbox::OutboxKind};
use crate::AppState;
use atelier_core::brief::Brief;
use atelier_core::i18n::{Arg, Lang};
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
    let reader = state.words.shop();
    let studio = super::studio_link(state, &c.reference);
    let comment = comment.trim();
    let todo = reader.t("email-erasure-todo");
    let subject = [
        ("reference", Arg::from(c.reference.as_str())),
        ("name", Arg::Text(header_text(brief.contact.name.trim()))),
    ];
    let args = [
        subject.as_slice(),
        &[("date", Arg::Text(reader.day_of(&requested_at)))],
    ]
    .concat();
    let mut text = format!("{}\n\n", reader.t_args("email-erasure-body", &args));
    let mut html = format!(
        "{}<p>{}</p>",
        html_open(&reader),
        reader.html("email-erasure-body", &args, &["reference"])
    );
    if !comment.is_empty() {
        let label = super::proposal::comment_label(&reader, brief);
        text.push_str(&format!("{label}\n{comment}\n\n"));
        html.push_str(&format!(
            "<p>{}</p>{}",
            escape_html(&label),
            own_words_html(comment, Lang::from_tag(&brief.locale))
        ));
    }
    text.push_str(&format!(
        "{todo}\n\n{}\n{studio}\n",
        reader.t("email-erasure-studio")
    ));
    html.push_str(&format!("<p>{}</p>", escape_html(&todo)));
    html.push_str(&link_html(&studio, &reader.t("email-studio-open-link")));
    html.push_str("</body></html>");
    let message = to_jeweler(
        &state.config,
        brief,
        &reader.t_args("email-erasure-subject", &subject),
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
