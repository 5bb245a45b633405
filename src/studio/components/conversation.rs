//! The conversation with the visitor on the brief page: every message, oldest first, with the
//! visitor's photos, and the box to write back. The visitor reads it on the commission page and
//! gets an email with the news.

use crate::i18n::{t, t_args, Arg};
use crate::studio::api::{self as api, StudioError};
use crate::studio::components::StudioLanguageTag;
use crate::studio::{alert, format, use_session};
use atelier_core::commission::{Author, Message, MESSAGE_MAX_CHARS};
use leptos::prelude::*;

/// The thread and the reply box.
#[component]
pub fn StudioConversation(
    /// The brief's reference.
    reference: String,
    /// The messages so far, oldest first.
    messages: Vec<Message>,
    /// The brief's language, which the visitor writes in.
    locale: String,
    /// Called after a message was sent, to reload the commission.
    on_changed: Callback<()>,
) -> impl IntoView {
    let session = use_session();
    let text = RwSignal::new(String::new());
    // One key per message being written: a double click or a retry after a lost answer posts once.
    let key = StoredValue::new(crate::brief::new_idempotency_key());
    let send = Action::new_local(move |body: &String| {
        let (csrf, reference, body) = (session.csrf(), reference.clone(), body.clone());
        let idempotency = key.get_value();
        async move {
            let result: Result<Message, StudioError> =
                api::send_message(&csrf, &reference, &idempotency, &body).await;
            match &result {
                Ok(_) => {
                    text.set(String::new());
                    key.set_value(crate::brief::new_idempotency_key());
                    on_changed.run(());
                }
                Err(e) => session.notice(e),
            }
            result
        }
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let body = text.get_untracked();
        if !body.trim().is_empty() && !send.pending().get_untracked() {
            send.dispatch(body.trim().to_owned());
        }
    };
    let left = move || MESSAGE_MAX_CHARS.saturating_sub(text.with(|t| t.chars().count()));
    let empty = messages.is_empty();

    view! {
        <section class="studio-card studio-conversation" aria-labelledby="conversation-title">
            <h2 id="conversation-title">{t("studio-conversation-title")}</h2>
            {empty
                .then(|| {
                    view! {
                        <p class="studio-muted">{t("studio-conversation-none")}</p>
                    }
                })}
            <ol class="studio-thread">
                {messages.into_iter().map(|m| message(m, &locale)).collect_view()}
            </ol>
            <form class="studio-form no-print" on:submit=on_submit>
                <label for="message-text">{t("studio-conversation-write")}</label>
                <textarea
                    id="message-text"
                    rows="4"
                    maxlength=MESSAGE_MAX_CHARS
                    aria-describedby="message-left"
                    prop:value=text
                    on:input=move |ev| text.set(event_target_value(&ev))
                ></textarea>
                <p id="message-left" class="studio-muted">
                    {move || {
                        t_args("studio-conversation-left", &[("n", Arg::int(left() as i64))])
                    }}
                </p>
                {alert::failure(send, "studio-conversation-failed")}
                <button type="submit" class="button primary" disabled=move || send.pending().get()>
                    {move || t(if send.pending().get() { "studio-sending" } else { "studio-conversation-send" })}
                </button>
            </form>
        </section>
    }
}

/// One message: who, when, the text and its photos; the visitor's words as written, marked with
/// their language.
fn message(m: Message, locale: &str) -> impl IntoView {
    let from_visitor = m.author == Author::Visitor;
    let who = t(if from_visitor {
        "studio-conversation-visitor"
    } else {
        "studio-conversation-you"
    });
    let lang = from_visitor.then(|| locale.to_owned());
    let tag = lang
        .clone()
        .map(|locale| view! { <StudioLanguageTag locale=locale /> });
    view! {
        <li class="studio-message" class:from-visitor=from_visitor data-author=m.author.name()>
            <p class="studio-muted">
                <strong>{who}</strong>
                " · "
                <time datetime=m.at.clone()>{format::when(&m.at)}</time>
            </p>
            <p class="studio-note-text" lang=lang>{m.text}</p>
            {tag}
            {(!m.photos.is_empty())
                .then(|| {
                    view! {
                        <div class="studio-pictures">
                            {m
                                .photos
                                .into_iter()
                                .map(|p| {
                                    let href = p.url.clone();
                                    view! {
                                        <a href=href target="_blank" rel="noopener">
                                            <img src=p.url alt=p.label loading="lazy" />
                                        </a>
                                    }
                                })
                                .collect_view()}
                        </div>
                    }
                })}
        </li>
    }
}
