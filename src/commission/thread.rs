//! The conversation with the jeweler, oldest first, and the visitor's reply box under it.

use super::{reply::ReplyForm, time, Page};
use crate::i18n::{t, t_args, Arg};
use atelier_core::commission::Author;
use leptos::prelude::*;

/// The thread of messages.
#[component]
pub fn Thread() -> impl IntoView {
    let page = expect_context::<Page>();
    let shop = move || {
        page.data
            .with(|d| d.as_ref().map(|d| d.shop_name.clone()))
            .unwrap_or_default()
    };
    let messages = move || {
        page.data.with(|d| {
            let messages = d
                .as_ref()
                .map(|d| d.messages.as_slice())
                .unwrap_or_default();
            if messages.is_empty() {
                return view! {
                    <p class="step-hint">{t("com-thread-empty")}</p>
                }
                .into_any();
            }
            let items = messages
                .iter()
                .map(|m| {
                    // The jeweler's words are in the shop's language; the visitor's keep the
                    // page's (the page does not know which language they wrote in).
                    let (class, who, lang) = match m.author {
                        Author::Visitor => ("message mine", t("com-thread-you"), None),
                        Author::Jeweler => ("message theirs", shop(), page.shop_lang.get()),
                    };
                    let photos = m
                        .photos
                        .iter()
                        .filter_map(|p| {
                            let src = page.picture(&p.url)?;
                            let href = src.clone();
                            let name =
                                t_args("com-photo-link", &[("name", Arg::Text(p.label.clone()))]);
                            Some(view! {
                                <a href=href target="_blank" rel="noopener" aria-label=name>
                                    <img class="message-photo" src=src alt="" />
                                </a>
                            })
                        })
                        .collect_view();
                    view! {
                        <li class=class>
                            // The author and the time each in an isolate of its own: a Latin
                            // shop's name beside an Arabic date would otherwise run into it.
                            <p class="message-meta">
                                <bdi class="message-author">
                                    <strong>{who}</strong>
                                </bdi>
                                " · "
                                <bdi>
                                    <time datetime=m.at.clone()>{time::moment(&m.at)}</time>
                                </bdi>
                            </p>
                            <p class="message-text" lang=lang dir="auto">{m.text.clone()}</p>
                            <div class="message-photos">{photos}</div>
                        </li>
                    }
                })
                .collect_view();
            // The hint above stays outside the list: a list holds only its items.
            view! { <ol class="messages">{items}</ol> }.into_any()
        })
    };
    view! {
        <section class="commission-card commission-thread" aria-labelledby="thread-title">
            <h2 id="thread-title" tabindex="-1">{t("com-thread-title")}</h2>
            <div aria-live="polite">{messages}</div>
            <ReplyForm />
        </section>
    }
}
