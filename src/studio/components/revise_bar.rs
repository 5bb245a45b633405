//! The bar over the framed configurator in the studio's revision mode: which brief is being
//! revised, what changed so far from its current design, "Use this design" (back to the brief with
//! the design waiting in the proposal form) and "Cancel".

use crate::i18n::{say, t, t_args};
use crate::studio::route::{use_route, Route};
use crate::studio::use_proposal_draft;
use atelier_core::catalog::Catalog;
use atelier_core::{share, spec};
use leptos::prelude::*;

/// "Revising AT-…: what changed · Use this design · Cancel".
#[component]
pub fn StudioReviseBar(
    /// The brief's reference.
    reference: String,
    /// The design the proposal revises, as a share code.
    current: String,
    /// The design on screen in the configurator, as a share code.
    design: RwSignal<String>,
    /// Whether the configurator has said which design it shows.
    ready: RwSignal<bool>,
) -> impl IntoView {
    let router = use_route();
    let draft = use_proposal_draft();
    let catalog = Catalog::builtin();
    let before = share::decode(&current).ok();
    let changes = Memo::new(move |_| {
        let now = design.with(|code| share::decode(code).ok());
        match (&before, now) {
            (Some(old), Some(new)) => {
                let changes = spec::changes::changes_msg(old, &new, &catalog);
                spec::changes::in_words_msg(&changes)
                    .map_or_else(|| t("studio-revise-no-change"), |m| say(&m))
            }
            _ => t("studio-revise-unreadable"),
        }
    });
    let back = Route::Brief {
        reference: reference.clone(),
    };
    let use_it = {
        let (reference, back) = (reference.clone(), back.clone());
        move |_| {
            draft.keep(&reference, design.get_untracked());
            router.go(back.clone());
        }
    };
    let cancel = move |_| router.go(back.clone());

    view! {
        <div class="studio-revise-bar" role="region" aria-label=t("studio-revise-region")>
            <div class="studio-revise-what">
                <h1 class="studio-revise-title">{t_args("studio-revise-title", &[("reference", reference.clone().into())])}</h1>
                <p class="studio-changes" aria-live="polite">
                    {move || if ready.get() { changes.get() } else { t("studio-revise-opening") }}
                </p>
            </div>
            <div class="studio-actions">
                <button
                    type="button"
                    class="button primary"
                    disabled=move || !ready.get()
                    on:click=use_it
                >
                    {t("studio-revise-use")}
                </button>
                <button type="button" class="button" on:click=cancel>
                    {t("studio-cancel")}
                </button>
            </div>
        </div>
    }
}
