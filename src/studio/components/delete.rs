//! Erasing a brief (a visitor's erasure request): two steps, saying exactly what goes.

use crate::i18n::{say, t, t_args};
use crate::studio::api;
use crate::studio::route::{use_route, Route};
use crate::studio::use_session;
use leptos::prelude::*;

/// The delete button and its confirmation.
#[component]
pub fn StudioDelete(
    /// The brief's reference.
    reference: String,
) -> impl IntoView {
    let session = use_session();
    let router = use_route();
    let asking = RwSignal::new(false);
    let label = reference.clone();
    let pending = RwSignal::new(false);
    let problem = RwSignal::new(None::<String>);
    // Not an `Action`: success leaves the page, which disposes this component while the request's
    // task is still finishing; a plain task with `try_set` outlives it safely.
    let delete = Callback::new(move |()| {
        if pending.get_untracked() {
            return;
        }
        pending.set(true);
        let (csrf, reference) = (session.csrf(), reference.clone());
        leptos::task::spawn_local(async move {
            match api::delete_brief(&csrf, &reference).await {
                Ok(()) => router.replace(Route::Inbox),
                Err(e) => {
                    session.notice(&e);
                    problem.try_set(Some(t_args(
                        "studio-failed",
                        &[
                            ("what", t("studio-delete-failed").into()),
                            ("why", say(&e.msg()).into()),
                        ],
                    )));
                    pending.try_set(false);
                }
            }
        });
    });

    view! {
        <section class="studio-card studio-delete no-print" aria-labelledby="delete-title">
            <h2 id="delete-title">{t("studio-erase")}</h2>
            <Show
                when=move || asking.get()
                fallback=move || {
                    view! {
                        <button type="button" class="button danger" on:click=move |_| asking.set(true)>
                            {t("studio-delete")}
                        </button>
                    }
                }
            >
                <div role="alertdialog" aria-labelledby="delete-question" class="studio-confirm">
                    <p id="delete-question">
                        {t_args("studio-delete-question", &[("reference", label.clone().into())])}
                    </p>
                    <button
                        type="button"
                        class="button danger"
                        disabled=move || pending.get()
                        on:click=move |_| delete.run(())
                    >
                        {t("studio-delete-yes")}
                    </button>
                    <button type="button" class="button" on:click=move |_| asking.set(false)>
                        {t("studio-cancel")}
                    </button>
                </div>
            </Show>
            {move || problem.get().map(|text| view! { <p class="studio-error" role="alert">{text}</p> })}
        </section>
    }
}
