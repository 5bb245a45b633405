//! The visitor's data: download all that the shop holds about the commission, ask for it to be
//! erased, and what happens then.

use super::{api, time, Page};
use crate::brief::around;
use crate::i18n::{t, t_args, Arg};
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
    // Asking for erasure asks first, inline, like cancelling a booking: one tap must not end the
    // commission.
    let asking = RwSignal::new(false);
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
        Some(Err(e)) => problem.set(Some(e.message())),
        None => {}
    });
    let busy = move || ask.pending().get();
    let (notice_before, notice_after) = around("com-privacy-notice", "link", &[]);
    let export = move || format!("{}export.json", api::api_root(&page.token.get_value()));
    view! {
        <section class="commission-card commission-privacy" aria-labelledby="privacy-title">
            <h2 id="privacy-title">{t("com-privacy-title")}</h2>
            <a class="button privacy-download" href=export download="my-commission.json">
                {t("com-privacy-download")}
            </a>
            <p>{t("com-privacy-download-text")}</p>
            <p>
                {notice_before}
                <a href=crate::base::at("/privacy")>{t("com-privacy-notice-link")}</a>
                {notice_after}
            </p>
            {move || match requested.get() {
                Some(at) => {
                    view! {
                        <p class="erasure-requested" role="status">
                            {t_args("com-erasure-requested", &[("when", Arg::Text(time::moment(&at)))])}
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
                                asking.set(true);
                                request_animation_frame(|| super::focus(".erasure-keep"));
                            }
                        >
                            <p>
                                {t("com-erasure-text")}
                            </p>
                            <label for="erasure-comment">{t("com-erasure-comment")}</label>
                            <textarea
                                id="erasure-comment"
                                rows="2"
                                prop:value=move || comment.get()
                                on:input=move |ev| comment.set(event_target_value(&ev))
                            ></textarea>
                            <Show
                                when=move || asking.get()
                                fallback=move || {
                                    view! {
                                        <button
                                            type="submit"
                                            class="button erasure-ask"
                                            disabled=move || {
                                                busy()
                                                    || comment.with(|c| c.chars().count() > COMMENT_MAX_CHARS)
                                            }
                                        >
                                            {t("com-erasure-ask")}
                                        </button>
                                    }
                                }
                            >
                                <div class="booking-confirm erasure-confirm" role="group" aria-labelledby="erasure-question">
                                    <p id="erasure-question">{t("com-erasure-question")}</p>
                                    <button
                                        type="button"
                                        class="button erasure-yes"
                                        disabled=busy
                                        on:click=move |_| {
                                            ask.dispatch(());
                                        }
                                    >
                                        {t("com-erasure-yes")}
                                    </button>
                                    <button
                                        type="button"
                                        class="button primary erasure-keep"
                                        disabled=busy
                                        on:click=move |_| {
                                            asking.set(false);
                                            request_animation_frame(|| super::focus(".erasure-ask"));
                                        }
                                    >
                                        {t("com-erasure-keep")}
                                    </button>
                                </div>
                            </Show>
                        </form>
                    }
                        .into_any()
                }
            }}
            <p class="form-error" role="alert">{move || problem.get()}</p>
        </section>
    }
}
