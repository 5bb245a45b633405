//! The bar over the configurator in the studio's revision mode: which brief is being revised, what
//! changed so far from its current design, "Use this design" (back to the brief with the design
//! waiting in the proposal form) and "Cancel".

use crate::studio::route::{use_route, Route};
use crate::studio::use_proposal_draft;
use atelier_core::catalog::Catalog;
use atelier_core::design::Design;
use atelier_core::{share, spec};
use leptos::prelude::*;

/// "Revising AT-…: what changed · Use this design · Cancel".
#[component]
pub fn StudioReviseBar(
    /// The brief's reference.
    reference: String,
    /// The design the proposal revises.
    current: Design,
    /// The design on screen.
    design: RwSignal<Design>,
) -> impl IntoView {
    let router = use_route();
    let draft = use_proposal_draft();
    let catalog = Catalog::builtin();
    let changes = Memo::new(move |_| {
        design.with(|d| {
            let changes = spec::changes::changes(&current, d, &catalog);
            if changes.is_empty() {
                "No change yet.".to_owned()
            } else {
                spec::changes::in_words(&changes)
            }
        })
    });
    let back = Route::Brief {
        reference: reference.clone(),
    };
    let use_it = {
        let (reference, back) = (reference.clone(), back.clone());
        move |_| {
            draft.keep(&reference, design.with_untracked(share::encode));
            router.go(back.clone());
        }
    };
    let cancel = move |_| router.go(back.clone());

    view! {
        <div class="shop-bar studio-revise-bar" role="region" aria-label="Revising the design">
            <div class="studio-revise-what">
                <p>
                    <strong>{format!("Revising {reference}")}</strong>
                </p>
                <p class="studio-changes" aria-live="polite">{changes}</p>
            </div>
            <div class="studio-actions">
                <button type="button" class="button primary" on:click=use_it>
                    "Use this design"
                </button>
                <button type="button" class="button" on:click=cancel>
                    "Cancel"
                </button>
            </div>
        </div>
    }
}
