//! The visitor's data: download all that the shop holds about the commission, ask for it to be
//! erased, and what happens then.

use super::{api, time, Page};
use atelier_core::commission::COMMENT_MAX_CHARS;
use leptos::prelude::*;

/// Download and erasure.
#[component]
pub fn Privacy() -> impl IntoView {
    let page = expect_context::<Page>();
    let requested = Memo::new(move |_| {
        page.data
            .with(|d| d.as_ref().and_then(|d| d.erasure_requested_at.clone()))
    });
    let comment = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let ask = Action::new_local(move |(): &()| {
        let token = page.token.get_value();
        let comment = comment.get_untracked().trim().to_owned();
        async move { api::ask_erasure(&token, &comment).await }
    });
    Effect::new(move |_| match ask.value().get() {
        Some(Ok(_)) => {
            problem.set(None);
            page.refresh();
        }
        Some(Err(e)) => problem.set(Some(e.to_string())),
        None => {}
    });
    let export = move || format!("{}export.json", api::base(&page.token.get_value()));
    view! {
        <section class="commission-card commission-privacy" aria-labelledby="privacy-title">
            <h2 id="privacy-title">"Your data"</h2>
            <p>
                <a class="button privacy-download" href=export download="my-commission.json">
                    "Download my data (JSON)"
                </a>
                " Everything the shop holds about this commission: the brief, the messages, the proposals, the appointment and the making."
            </p>
            <p>
                "How the shop keeps it: " <a href="/privacy">"the privacy notice"</a> "."
            </p>
            {move || match requested.get() {
                Some(at) => {
                    view! {
                        <p class="erasure-requested" role="status">
                            "You asked for erasure on " {time::moment(&at)}
                            ". The jeweler has been told; they erase the brief, the conversation, the proposals, the appointment and the photos, and confirm by email. Anything the law makes them keep (an invoice, for example) is kept only as long as required."
                        </p>
                    }
                        .into_any()
                }
                None => {
                    view! {
                        <form
                            class="erasure-form"
                            on:submit=move |ev| {
                                ev.prevent_default();
                                ask.dispatch(());
                            }
                        >
                            <p>
                                "You can ask the jeweler to erase this commission: the brief, the conversation, the proposals, the appointment and every photo. This page then stops working."
                            </p>
                            <label for="erasure-comment">"Anything the jeweler should know (optional)"</label>
                            <textarea
                                id="erasure-comment"
                                rows="2"
                                prop:value=move || comment.get()
                                on:input=move |ev| comment.set(event_target_value(&ev))
                            ></textarea>
                            <button
                                type="submit"
                                class="button erasure-ask"
                                disabled=move || {
                                    ask.pending().get()
                                        || comment.with(|c| c.chars().count() > COMMENT_MAX_CHARS)
                                }
                            >
                                "Ask for erasure"
                            </button>
                        </form>
                    }
                        .into_any()
                }
            }}
            <p class="form-error" role="alert">{move || problem.get()}</p>
        </section>
    }
}
