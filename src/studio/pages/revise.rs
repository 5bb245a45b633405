//! The revision mode, `/studio/briefs/<ref>/revise`: the visitor's configurator, in the studio's
//! own wasm, opened on the brief's current design, under a bar that brings the adjusted design back
//! to the brief ("Use this design") for the proposal form.

use super::StudioLoadError;
use crate::pages::Configurator;
use crate::studio::api;
use crate::studio::components::StudioReviseBar;
use atelier_core::design::Design;
use atelier_core::share;
use leptos::prelude::*;

/// The configurator with the revision bar.
#[component]
pub fn StudioRevise(
    /// The brief's reference, from the address.
    reference: String,
) -> impl IntoView {
    let loaded = LocalResource::new({
        let reference = reference.clone();
        move || {
            let reference = reference.clone();
            async move { api::commission(&reference).await }
        }
    });
    let page = move || {
        let reference = reference.clone();
        Suspend::new(async move {
            match loaded.await {
                Ok(c) => {
                    let current = share::decode(&c.current_code).unwrap_or_default();
                    revise(reference, current).into_any()
                }
                Err(e) => view! {
                    <main class="studio" id="studio-main">
                        <StudioLoadError what="The design could not be opened" error=e />
                    </main>
                }
                .into_any(),
            }
        })
    };
    view! {
        <Suspense fallback=|| {
            view! {
                <main class="studio">
                    <p class="studio-loading" role="status">"Opening the design…"</p>
                </main>
            }
        }>{page}</Suspense>
    }
}

/// The configurator on `current`, edited in place, with the bar over it.
fn revise(reference: String, current: Design) -> impl IntoView {
    let design = RwSignal::new(current.clone());
    let bar = ViewFn::from(move || {
        view! { <StudioReviseBar reference=reference.clone() current=current.clone() design=design /> }
    });
    view! { <Configurator revising=design bar=bar /> }
}
