//! The visitor's reply: text and up to three photos, shrunk in the browser like the brief's
//! (`brief::photos`). A message gets its idempotency key when it is first sent and keeps it for
//! every retry, so a double click or a retry after a dropped answer never posts twice; the Send
//! button is disabled while a message is on its way.

use super::{api, Page};
use crate::brief::new_idempotency_key;
use crate::brief::photos::{self, InspirationImage};
use crate::i18n::{t, t_args, Arg};
use atelier_core::commission::{NewMessage, PhotoUpload, MESSAGE_MAX_CHARS, MESSAGE_PHOTOS_MAX};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The reply box under the thread.
#[component]
pub fn ReplyForm() -> impl IntoView {
    let page = expect_context::<Page>();
    let text = RwSignal::new(String::new());
    let pictures = RwSignal::new(Vec::<InspirationImage>::new());
    let problem = RwSignal::new(None::<String>);
    let shrinking = RwSignal::new(0usize);
    // The key of the message being sent; it goes only when the server took it or refused it for
    // good, so a retry of the same words and photos carries the same key.
    let key = StoredValue::new(None::<String>);
    let send = Action::new_local(move |message: &NewMessage| {
        let message = message.clone();
        let key = key.get_value().unwrap_or_else(new_idempotency_key);
        let token = page.token.get_value();
        async move { (key.clone(), api::post_message(&token, &key, &message).await) }
    });
    Effect::new(move |_| {
        let Some((used, result)) = send.value().get() else {
            return;
        };
        match result {
            Ok(_) => {
                key.set_value(None);
                text.set(String::new());
                pictures.set(Vec::new());
                problem.set(None);
                page.refresh_then_focus("#reply-text".to_owned());
            }
            Err(e) => {
                let retry = matches!(
                    e,
                    api::CommissionError::Network | api::CommissionError::Unavailable(_)
                );
                key.set_value(retry.then_some(used));
                let reason = [("reason", Arg::Text(e.message()))];
                problem.set(Some(if retry {
                    t_args("com-reply-not-sent-yet", &reason)
                } else {
                    t_args("com-reply-not-sent", &reason)
                }));
            }
        }
    });
    // Changing the words or photos makes another message, with a key of its own.
    let edited = move || key.set_value(None);
    let on_files = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let files = input.files();
        let count = files.as_ref().map_or(0, web_sys::FileList::length);
        for i in 0..count {
            let Some(file) = files.as_ref().and_then(|f| f.get(i)) else {
                continue;
            };
            if pictures.with_untracked(Vec::len) + shrinking.get_untracked() >= MESSAGE_PHOTOS_MAX {
                problem.set(Some(t_args(
                    "com-reply-photos-max",
                    &[("max", Arg::int(MESSAGE_PHOTOS_MAX as i64))],
                )));
                break;
            }
            shrinking.update(|n| *n += 1);
            leptos::task::spawn_local(async move {
                match photos::shrink(file).await {
                    Ok(picture) => {
                        edited();
                        pictures.update(|p| p.push(picture));
                    }
                    Err(e) => problem.set(Some(e.message())),
                }
                shrinking.update(|n| *n = n.saturating_sub(1));
            });
        }
        input.set_value("");
    };
    let too_long = move || text.with(|t| t.chars().count() > MESSAGE_MAX_CHARS);
    let empty = move || text.with(|t| t.trim().is_empty()) && pictures.with(Vec::is_empty);
    let disabled = move || send.pending().get() || shrinking.get() > 0 || too_long() || empty();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if disabled() {
            return;
        }
        let message = NewMessage {
            text: text.get_untracked().trim().to_owned(),
            photos: pictures.with_untracked(|p| {
                p.iter()
                    .map(|p| PhotoUpload {
                        name: p.file_name.clone(),
                        data_base64: p.data_base64.to_string(),
                    })
                    .collect()
            }),
        };
        if key.get_value().is_none() {
            key.set_value(Some(new_idempotency_key()));
        }
        send.dispatch(message);
    };
    let previews = move || {
        pictures
            .get()
            .into_iter()
            .enumerate()
            .map(|(i, p)| {
                let label = t_args(
                    "com-reply-remove",
                    &[("name", Arg::Text(p.file_name.clone()))],
                );
                view! {
                    <li>
                        <img src=p.data_url() alt=p.file_name.clone() width="72" height="72" />
                        <button
                            type="button"
                            class="button reply-remove"
                            aria-label=label
                            on:click=move |_| {
                                edited();
                                pictures.update(|list| {
                                    if i < list.len() {
                                        list.remove(i);
                                    }
                                });
                            }
                        >
                            "×"
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <form class="reply-form" on:submit=on_submit>
            <label for="reply-text">{t("com-reply-label")}</label>
            <textarea
                id="reply-text"
                rows="4"
                prop:value=move || text.get()
                on:input=move |ev| {
                    edited();
                    text.set(event_target_value(&ev));
                }
                aria-invalid=move || too_long().to_string()
            ></textarea>
            <p class="step-hint" aria-live="polite">
                {move || {
                    t_args(
                        "com-reply-count",
                        &[
                            ("n", Arg::int(text.with(|t| t.chars().count()) as i64)),
                            ("max", Arg::int(MESSAGE_MAX_CHARS as i64)),
                        ],
                    )
                }}
            </p>
            <ul class="reply-photos">{previews}</ul>
            <label class="button reply-add-photo">
                {t_args("com-reply-add-photos", &[("max", Arg::int(MESSAGE_PHOTOS_MAX as i64))])}
                <input
                    type="file"
                    class="visually-hidden"
                    accept="image/jpeg,image/png,image/webp"
                    multiple
                    on:change=on_files
                />
            </label>
            <p class="form-error" role="alert">{move || problem.get()}</p>
            <button type="submit" class="button primary reply-send" disabled=disabled>
                {move || t(if send.pending().get() { "com-reply-sending" } else { "com-reply-send" })}
            </button>
        </form>
    }
}
