//! `proposal_email`: a revised design to the visitor (the jeweler's message, the design in words,
//! what changed, the price range and the commission page's link), or the visitor's answer to the
//! jeweler (with a link to the brief in the studio). The payload names the proposal by id. The
//! visitor reads theirs in their language, the jeweler in the shop's.

use crate::i18n::Reader;
use crate::outbox::mail::{
    escape_html, header_text, html_open, link_html, own_words_html, to_jeweler, to_visitor,
    written_in, MailError,
};
use crate::store::proposals::{self, Event};
use crate::store::{consultations::Consultation, outbox::OutboxKind};
use crate::AppState;
use atelier_core::brief::Brief;
use atelier_core::commission::{AnswerGiven, PriceRange, Proposal, ProposalAnswer};
use atelier_core::i18n::{Arg, Lang};
use atelier_core::spec::changes::{changes_msg, in_words_msg};
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

/// The sentence with the commission page's link (`key` for the text, which ends in a colon, and
/// `key-link` for the link's words), as text and HTML; without a live link, how to get a new one.
pub(super) fn link_lines(reader: &Reader<'_>, link: Option<&str>, key: &str) -> (String, String) {
    match link {
        Some(link) => (
            format!("{}\n{link}\n\n", reader.t(key)),
            link_html(link, &reader.t(&format!("{key}-link"))),
        ),
        None => {
            let text = reader.t("email-link-inactive");
            (
                format!("{text}\n\n"),
                format!("<p>{}</p>", escape_html(&text)),
            )
        }
    }
}

/// The range in the reader's words: "£2,400–£2,900", or one amount when both ends are
/// equal.
fn price_words(reader: &Reader<'_>, price: &PriceRange) -> String {
    let money = |amount: u64| Arg::Money {
        amount: amount as f64,
        currency: price.currency.clone(),
    };
    if price.low == price.high {
        reader.t_args("core-as-written", &[("text", money(price.low))])
    } else {
        reader.t_args(
            "email-proposal-price-range",
            &[("low", money(price.low)), ("high", money(price.high))],
        )
    }
}

fn proposed(
    state: &AppState,
    c: &Consultation,
    brief: &Brief,
    p: &Proposal,
    link: Option<&str>,
) -> Result<Message, MailError> {
    let reader = state.words.reader(&brief.locale);
    let shop = header_text(&state.config.shop_name);
    let name = header_text(brief.contact.name.trim());
    let design = atelier_core::share::decode(&p.design_code);
    let summary = design
        .as_ref()
        .map(|d| reader.say(&atelier_core::summary::summary_msg(d, &state.catalog)))
        .unwrap_or_default();
    let changes = match (atelier_core::share::decode(&p.base_code), &design) {
        (Ok(base), Ok(new)) => changes_msg(&base, new, &state.catalog),
        _ => Vec::new(),
    };
    let changed = in_words_msg(&changes).map_or_else(
        || reader.t("email-proposal-unchanged"),
        |msg| reader.say(&msg),
    );
    let note = p.message.trim();
    let (link_text, link_html) = link_lines(&reader, link, "email-proposal-compare");
    let dear = [("name", Arg::from(name.as_str()))];
    let args = [
        ("shop", Arg::from(shop.as_str())),
        ("reference", Arg::from(c.reference.as_str())),
    ];
    let mut text = format!(
        "{}\n\n{}\n\n",
        reader.t_args("email-dear", &dear),
        reader.t_args("email-proposal-body", &args)
    );
    let mut html = format!(
        "{}<p>{}</p><p>{}</p>",
        html_open(&reader),
        reader.html("email-dear", &dear, &[]),
        reader.html("email-proposal-body", &args, &["reference"])
    );
    if !note.is_empty() {
        text.push_str(&format!("{note}\n\n"));
        html.push_str(&own_words_html(note, None));
    }
    let mut lines = vec![
        reader.t_args("email-proposal-design", &[("summary", Arg::Text(summary))]),
        reader.t_args("email-proposal-changed", &[("changes", Arg::Text(changed))]),
    ];
    if let Some(price) = &p.price {
        let words = price_words(&reader, price);
        lines.push(reader.t_args("email-proposal-price", &[("price", Arg::Text(words))]));
    }
    for line in &lines {
        text.push_str(line);
        text.push('\n');
        html.push_str(&format!("<p>{}</p>", escape_html(line)));
    }
    text.push('\n');
    text.push_str(&link_text);
    text.push_str(&format!("{shop}\n"));
    html.push_str(&link_html);
    html.push_str(&format!("<p>{}</p></body></html>", escape_html(&shop)));
    to_visitor(
        &state.config,
        brief,
        &reader.t_args("email-proposal-subject", &args),
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
    let reader = state.words.shop();
    let (key, subject_key) = match answer.answer {
        ProposalAnswer::Accepted => ("email-answer-accepted", "email-answer-accepted-subject"),
        ProposalAnswer::ChangesRequested => {
            ("email-answer-changes", "email-answer-changes-subject")
        }
    };
    let args = [
        ("reference", Arg::from(c.reference.as_str())),
        ("name", Arg::Text(header_text(brief.contact.name.trim()))),
    ];
    let studio = super::studio_link(state, &c.reference);
    let comment = answer.comment.trim();
    let mut text = format!("{}\n\n", reader.t_args(key, &args));
    let mut html = format!(
        "{}<p>{}</p>",
        html_open(&reader),
        reader.html(key, &args, &["reference"])
    );
    if !comment.is_empty() {
        let label = comment_label(&reader, brief);
        text.push_str(&format!("{label}\n{comment}\n\n"));
        html.push_str(&format!(
            "<p>{}</p>{}",
            escape_html(&label),
            own_words_html(comment, Lang::from_tag(&brief.locale))
        ));
    }
    text.push_str(&format!("{}\n{studio}\n", reader.t("email-studio-open")));
    html.push_str(&link_html(&studio, &reader.t("email-studio-open-link")));
    html.push_str("</body></html>");
    to_jeweler(
        &state.config,
        brief,
        &reader.t_args(subject_key, &args),
        text,
        html,
    )
}

/// "Their comment:", with the language the visitor wrote in when it is not the reader's.
pub(super) fn comment_label(reader: &Reader<'_>, brief: &Brief) -> String {
    match written_in(reader, brief) {
        Some((_, language)) => reader.t_args(
            "email-their-comment-in",
            &[("language", Arg::Text(language))],
        ),
        None => reader.t("email-their-comment"),
    }
}
