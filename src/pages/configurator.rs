//! The configurator: the live ring beside (desktop) or above (phone) the visitor's choices.

use crate::components::{DesignSummary, MetalPicker, RingViewer};
use atelier_core::catalog::{Catalog, MetalId};
use atelier_core::design::{Choice, Design};
use atelier_core::{share, summary};
use leptos::prelude::*;
use std::sync::Arc;

/// The configurator page.
#[component]
pub fn Configurator() -> impl IntoView {
    let catalog = Arc::new(Catalog::builtin());
    let design = RwSignal::new(design_from_link().unwrap_or_default());
    let description = Memo::new({
        let catalog = Arc::clone(&catalog);
        move |_| design.with(|d| summary::summary(d, &catalog))
    });
    let chosen_metal = Signal::derive(move || design.with(|d| d.metal.chosen().cloned()));
    let choose_metal =
        Callback::new(move |id: MetalId| design.update(|d| d.metal = Choice::Chosen(id)));

    view! {
        <header class="shop-bar">
            <span class="shop-name">"Atelier"</span>
            <span class="shop-tagline">
                "Design the first idea of your ring, then talk it through with your jeweler"
            </span>
        </header>
        <main class="configurator">
            <section class="stage" aria-label="Live preview">
                <RingViewer
                    design=design
                    catalog=Arc::clone(&catalog)
                    description=description
                    autoplay=!prefers_reduced_motion()
                />
            </section>
            <section class="panel" aria-label="Your choices">
                <MetalPicker metals=catalog.metals.clone() selected=chosen_metal on_select=choose_metal />
                <DesignSummary text=description />
            </section>
        </main>
    }
}

/// Whether the visitor asked their system for less motion: then the ring waits to be turned.
fn prefers_reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| {
            w.match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
        })
        .is_some_and(|query| query.matches())
}

/// The design in the page's `?d=` share link, if there is a valid one.
fn design_from_link() -> Option<Design> {
    let search = web_sys::window()?.location().search().ok()?;
    let link = search
        .trim_start_matches('?')
        .split('&')
        .find_map(|pair| pair.strip_prefix("d="))?;
    share::decode(link).ok()
}
