//! `POST /briefs/{reference}/revisions`, replaced by proposals: it answers 410 Gone and says so.
//! The email of a `revision_email` row queued before the change is still built and sent by
//! [`deliver`], so nothing a jeweler sent is lost; and [`base_url`] is where every link in an
//! email points. Everything from people is escaped in the HTML and kept out of headers but
//! through lettre's encoders.

use super::session::Jeweler;
use crate::error::ApiError;
use crate::outbox::mail::{
    escape_html, header_text, html_open, link_html, own_words_html, to_visitor, MailError,
};
use crate::store::consultations::Consultation;
use crate::AppState;
use atelier_core::brief::Brief;
use atelier_core::i18n::Arg;
use axum::extract::Path;
use axum::http::StatusCode;
use lettre::Message;
use serde::{Deserialize, Serialize};

/// Longest message to the visitor, in characters.
pub const MESSAGE_MAX_CHARS: usize = 4000;

/// The request body, also stored as the outbox row's payload.
#[derive(Debug, Deserialize, Serialize)]
pub struct Revision {
    /// Core's share-link code of the revised design.
    pub design_code: String,
    /// A note to the visitor (may be empty).
    #[serde(default)]
    pub message: String,
}

/// Where links in emails point: `public_url` (which holds a shop's path, by path), or the address
/// the server listens on, under the shop's path.
pub fn base_url(state: &AppState) -> String {
    let config = &state.config;
    config.public_url.as_deref().map_or_else(
        || format!("http://{}{}", config.bind, config.base_path),
        |u| u.trim_end_matches('/').to_owned(),
    )
}

/// The handler: 410 Gone. Revised designs are proposals now (`POST …/proposals`), which the
/// visitor sees beside the original on the commission page and can answer there.
pub async fn send(
    _jeweler: Jeweler,
    Path(reference): Path<String>,
) -> Result<StatusCode, ApiError> {
    tracing::info!(reference, "a revision was posted to the replaced endpoint");
    Err(ApiError::Gone(
        "revised designs are sent as proposals now: POST /api/studio/briefs/{reference}/proposals \
         with the design code, a message and an optional price range",
    ))
}

/// The email with the revised design for the visitor, in their language.
pub fn message(
    state: &AppState,
    c: &Consultation,
    brief: &Brief,
    revision: &Revision,
) -> Result<Message, MailError> {
    let config = &state.config;
    let reader = state.words.reader(&brief.locale);
    let shop = header_text(&config.shop_name);
    let name = header_text(brief.contact.name.trim());
    let link = format!("{}/?d={}", base_url(state), revision.design_code);
    let summary = atelier_core::share::decode(&revision.design_code)
        .map(|d| reader.say(&atelier_core::summary::summary_msg(&d, &state.catalog)))
        .unwrap_or_default();
    let note = revision.message.trim();
    let dear = [("name", Arg::from(name.as_str()))];
    let args = [
        ("shop", Arg::from(shop.as_str())),
        ("reference", Arg::from(c.reference.as_str())),
    ];
    let design = [("summary", Arg::Text(summary))];
    let mut text = format!(
        "{}\n\n{}\n\n",
        reader.t_args("email-dear", &dear),
        reader.t_args("email-revision-body", &args)
    );
    let mut html = format!(
        "{}<p>{}</p><p>{}</p>",
        html_open(&reader),
        reader.html("email-dear", &dear, &[]),
        reader.html("email-revision-body", &args, &["reference"])
    );
    if !note.is_empty() {
        text.push_str(&format!("{note}\n\n"));
        html.push_str(&own_words_html(note, None));
    }
    text.push_str(&format!(
        "{}\n{}\n{link}\n\n{}\n\n{shop}\n",
        reader.t_args("email-revision-design", &design),
        reader.t("email-revision-open"),
        reader.t("email-revision-reply")
    ));
    html.push_str(&format!(
        "<p>{}</p>{}<p>{}</p><p>{}</p></body></html>",
        reader.html("email-revision-design", &design, &[]),
        link_html(&link, &reader.t("email-revision-open-link")),
        escape_html(&reader.t("email-revision-reply")),
        escape_html(&shop)
    ));
    to_visitor(
        config,
        brief,
        &reader.t_args("email-revision-subject", &args),
        text,
        html,
    )
}

/// Delivers outbox row `outbox_id` (a `revision_email`): called by the outbox worker.
pub async fn deliver(
    state: &AppState,
    outbox_id: i64,
    c: &Consultation,
    brief: &Brief,
) -> Result<(), String> {
    let payload = crate::store::outbox::payload(&state.db, outbox_id)
        .await
        .map_err(|e| e.to_string())?;
    let revision: Revision = serde_json::from_str(payload.as_deref().unwrap_or(""))
        .map_err(|e| format!("revision payload unreadable: {e}"))?;
    let message = message(state, c, brief, &revision).map_err(|e| e.to_string())?;
    state
        .mailer
        .send(message, &format!("{}-revision-{outbox_id}", c.reference))
        .await
        .map_err(|e| e.to_string())
}
