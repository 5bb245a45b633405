//! A proposal beside the design it revises: each in its own live 3D viewer (the original and the
//! proposal turn independently), with its words under it: the ring, the metal's weight, the centre
//! stone and what is still to settle. Without WebGL each viewer gives its ring in words, and the
//! words under it stay, with a drawn sketch of each design. Side by side on a wide screen, one above the other on a phone.

use super::Page;
use crate::components::{DesignSketch, RingViewer};
use crate::i18n::say;
use crate::i18n::{t, t_args, Arg};
use crate::viewer::probe::webgl2_missing;
use atelier_core::design::Design;
use atelier_core::{estimate, share, summary};
use leptos::prelude::*;

/// The original and the proposed design, each live.
#[component]
pub fn ProposalCompare(
    /// The design the proposal revises, as a share code.
    base_code: String,
    /// The proposed design, as a share code.
    design_code: String,
    /// Whether to draw the rings live; older proposals give their words only, so the page does
    /// not hold a WebGL context for every proposal ever made.
    live: bool,
) -> impl IntoView {
    let sides = [
        ("com-compare-before", base_code),
        ("com-compare-proposal", design_code),
    ]
    .into_iter()
    .filter_map(|(key, code)| Some((t(key), share::decode(&code).ok()?)))
    .map(|(name, design)| view! { <Side name=name design=design live=live /> })
    .collect_view();
    view! { <div class="proposal-compare">{sides}</div> }
}

/// One design of the pair: its name, its live ring, its words.
#[component]
fn Side(
    /// What this design is ("The proposal").
    name: String,
    /// The design.
    design: Design,
    /// Whether to draw it live.
    live: bool,
) -> impl IntoView {
    let page = expect_context::<Page>();
    let words = Memo::new({
        let design = design.clone();
        move |_| Words::of(&design, &page.catalog.get())
    });
    let description = Signal::derive(move || words.with(|w| w.ring.clone()));
    // Without WebGL2 the design is drawn as a sketch (the server keeps no pictures of it).
    let sketch = webgl2_missing().then(|| {
        view! { <DesignSketch design=design.clone() catalog=page.catalog /> }
    });
    let viewer = live.then(|| {
        view! {
            <div class="ring-wait" data-drawing=t("com-drawing-ring")>
                <RingViewer
                    design=Signal::stored(design)
                    catalog=page.catalog
                    description=description
                    words_beside=true
                />
            </div>
        }
    });
    let label = name.clone();
    // A group, not a region: every proposal has a "design before" and a "proposal", and landmarks
    // must have names of their own; the proposal's own heading says which one this is.
    view! {
        <div class="proposal-side" role="group" aria-label=label>
            <h4>{name}</h4>
            {viewer}
            {sketch}
            <dl class="spec-lines">
                <div class="spec-line"><dt>{t("com-compare-ring")}</dt><dd>{move || words.with(|w| w.ring.clone())}</dd></div>
                <div class="spec-line"><dt>{t("com-compare-metal")}</dt><dd>{move || words.with(|w| w.metal.clone())}</dd></div>
                <div class="spec-line"><dt>{t("com-compare-stone")}</dt><dd>{move || words.with(|w| w.stone.clone())}</dd></div>
                <div class="spec-line"><dt>{t("com-compare-to-settle")}</dt><dd>{move || words.with(|w| w.to_settle.clone())}</dd></div>
            </dl>
        </div>
    }
}

/// A design in the words the visitor compares.
#[derive(Clone, PartialEq)]
struct Words {
    /// The ring in one sentence.
    ring: String,
    /// The metal's weight.
    metal: String,
    /// The centre stone's size.
    stone: String,
    /// What the design leaves open (no ring size yet, …), or "Nothing".
    to_settle: String,
}

impl Words {
    fn of(design: &Design, catalog: &atelier_core::catalog::Catalog) -> Self {
        let e = estimate::estimate(design, catalog).ok();
        let open = design.check(catalog).warnings;
        Self {
            ring: say(&summary::summary_msg(design, catalog)),
            metal: e.as_ref().map_or_else(String::new, |e| {
                t_args("com-compare-grams", &[("g", Arg::fixed(e.metal_grams, 1))])
            }),
            stone: e.as_ref().and_then(|e| e.stone).map_or_else(
                || t("com-compare-no-stone"),
                |st| {
                    t_args(
                        "com-compare-stone-mm",
                        &[
                            ("length", Arg::fixed(st.length_mm, 1)),
                            ("width", Arg::fixed(st.width_mm, 1)),
                        ],
                    )
                },
            ),
            to_settle: if open.is_empty() {
                t("com-compare-nothing")
            } else {
                open.into_iter()
                    .map(|w| say(&w.msg()))
                    .collect::<Vec<_>>()
                    .join(" ")
            },
        }
    }
}
