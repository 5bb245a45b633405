//! The configurator: the live ring beside (desktop) or above (phone) a guided flow of choices, a
//! live summary with estimates, and a share link that always holds the design.
//!
//! The page comes in two parts, so that a phone draws the ring from the smallest download. This
//! module is the first: the design and the step (kept in the address and the draft), the shop's
//! name and colours, and the ring. The panel beside it (the steps, the summary, the share link,
//! saved designs and the brief: [`panel`]) is its own chunk of the wasm, fetched once the ring's
//! first frame is on screen ([`crate::later`]).

use crate::api;
use crate::components::{RingViewer, ShopHeader};
use crate::flow::Step;
use crate::i18n::{t, t_args};
use crate::later::Later;
use crate::viewer::Snapshots;
use crate::{storage, url};
use atelier_core::catalog::Catalog;
use atelier_core::design::Design;
use leptos::prelude::*;
use std::sync::Arc;
use std::time::Duration;

mod panel;
mod parts;

/// The configurator page.
#[component]
pub fn Configurator() -> impl IntoView {
    // The built-in catalog draws the first frame at once; the jeweler's (with their overrides and
    // prices), fetched by the panel, replaces it when it arrives. An equal catalog changes nothing
    // downstream.
    let builtin = Arc::new(Catalog::builtin());
    let served = RwSignal::new(None::<Arc<Catalog>>);
    let catalog = Memo::new(move |_| served.get().unwrap_or_else(|| Arc::clone(&builtin)));
    let Kept { design, step } = kept(|| Kept {
        // A share link wins over the draft: the visitor opened it to see that ring.
        design: RwSignal::new(
            url::design_from_location()
                .or_else(storage::load_draft)
                .unwrap_or_default(),
        ),
        // The studio's revision mode offers no brief step, whatever the address says.
        step: RwSignal::new(
            url::step_from_location()
                .filter(|s| Step::offered(crate::embed::is_revision()).contains(s))
                .unwrap_or(Step::Metal),
        ),
    });
    // The design in words for the ring (its accessible name, its postcard, the sentence shown
    // without WebGL2), written by the panel, whose chunk holds the summary's code.
    let described = RwSignal::new(String::new());

    // The address and the draft follow the design (both live outside the reactive system), from
    // the start: the address holds the design on screen before the panel arrives. A slider
    // drag changes the design on every input event; writing at most every `SAVE_EVERY` keeps
    // Chromium from throttling (and silently dropping) a flood of `replaceState` calls, and the
    // trailing write always holds the latest design.
    let save_pending = StoredValue::new(false);
    Effect::new(move |_| {
        design.track();
        if save_pending.get_value() {
            return;
        }
        save_pending.set_value(true);
        set_timeout(
            move || {
                save_pending.set_value(false);
                design.with_untracked(|d| {
                    url::replace(d, step.get_untracked());
                    storage::save_draft(d);
                });
            },
            SAVE_EVERY,
        );
    });
    // One picture handle for the viewer and the brief.
    let snapshots = Snapshots::default();

    // The shop's name, logo and colours, from the jeweler's configuration.
    let shop = LocalResource::new(api::fetch_shop);
    let shop_name = Signal::derive(move || {
        shop.get()
            .and_then(Result::ok)
            .map(|s| s.name)
            .unwrap_or_default()
    });
    // The tab's name follows the language on screen (the app is drawn again on a switch); until
    // the shop's name arrives the server's title stands.
    Effect::new(move || {
        let name = shop_name.get();
        if !name.is_empty() {
            crate::i18n::set_title(&t_args("cfg-page-title", &[("shop", name.into())]));
        }
    });

    let page = panel::Page {
        design,
        step,
        catalog,
        served,
        described,
        snapshots,
        shop,
    };
    view! {
        <ShopHeader shop=shop />
        <main class="configurator">
            <section class="stage" aria-label=t("cfg-stage")>
                <RingViewer
                    design=design
                    catalog=catalog
                    description=described
                    autoplay=!prefers_reduced_motion()
                    snapshots=snapshots
                    inside=Signal::derive(move || step.get() == Step::Engraving)
                    shop_name=shop_name
                />
            </section>
            <div class="panel">
                <Later load=move || parts::panel_after_first_frame(page.clone()) />
            </div>
        </main>
    }
}

/// The design and the step, kept above the page's own tree: choosing another language draws the
/// page again, and the ring and the step stay as they were.
#[derive(Clone, Copy)]
struct Kept {
    design: RwSignal<Design>,
    step: RwSignal<Step>,
}

/// How often, at most, the address and the draft are rewritten while the design changes.
const SAVE_EVERY: Duration = Duration::from_millis(150);

/// A value made once per page at the root of the reactive tree (which outlives every redraw) and
/// found there by every later draw: what the visitor made and typed survives a change of language.
fn kept<T: Clone + Send + Sync + 'static>(make: impl FnOnce() -> T) -> T {
    if let Some(kept) = use_context::<T>() {
        return kept;
    }
    let mut root = Owner::current();
    while let Some(parent) = root.as_ref().and_then(Owner::parent) {
        root = Some(parent);
    }
    let make = || {
        let kept = make();
        provide_context(kept.clone());
        kept
    };
    match root {
        Some(root) => root.with(make),
        None => make(),
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
