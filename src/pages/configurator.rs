//! The configurator: the live ring beside (desktop) or above (phone) a guided flow of choices, a
//! live summary with estimates, and a share link that always holds the design.

use crate::api;
use crate::brief::{BriefFields, Submission};
use crate::components::{
    DesignSummary, MetalPicker, RingViewer, SavedDesigns, ShareBar, ShopHeader, StepNav, StepNotes,
};
use crate::flow::Step;
use crate::i18n::{say, t, t_args, Arg};
use crate::later::Later;
use crate::viewer::Snapshots;
use crate::{storage, url};
use atelier_core::catalog::{Catalog, MetalId};
use atelier_core::design::{Choice, Design};
use atelier_core::estimate::{estimate, Estimate, PriceOutcome};
use atelier_core::summary;
use leptos::html;
use leptos::prelude::*;
use std::sync::Arc;
use std::time::Duration;

mod parts;

/// The configurator page.
#[component]
pub fn Configurator() -> impl IntoView {
    // The built-in catalog draws the first frame at once; the jeweler's (with their overrides and
    // prices) replaces it when it arrives. An equal catalog changes nothing downstream.
    let builtin = Arc::new(Catalog::builtin());
    let served = LocalResource::new(api::fetch_catalog);
    let catalog = Memo::new(move |_| {
        served
            .get()
            .and_then(Result::ok)
            .filter(|c| c.validate().is_ok())
            .map_or_else(|| Arc::clone(&builtin), Arc::new)
    });
    let Kept {
        design,
        step,
        fields: brief_fields,
    } = kept();
    let description =
        Memo::new(move |_| catalog.with(|c| design.with(|d| say(&summary::summary_msg(d, c)))));
    let report = Memo::new(move |_| catalog.with(|c| design.with(|d| d.check(c))));
    let estimated = Memo::new(move |_| catalog.with(|c| design.with(|d| estimate(d, c).ok())));
    let link = Memo::new(move |_| design.with(url::share_link));

    // The address and the draft follow the design (both live outside the reactive system). A slider
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
    // Back and forward walk the steps (and the designs they held).
    let _ = window_event_listener(leptos::ev::popstate, move |_| {
        if let Some(d) = url::design_from_location() {
            design.set(d);
        }
        step.set(url::step_from_location().unwrap_or(Step::Metal));
    });

    // One picture handle for the viewer and the brief; the form's state and the submission live
    // here so that walking back to change the ring loses nothing, and a waiting brief is retried
    // whichever step is on screen.
    let snapshots = Snapshots::default();
    let submission = Submission::new();
    parts::fetch_after_first_frame();

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
    // The budget starts on the shop's currency until the visitor picks one.
    let brief_fields = brief_fields.with_shop_currency(Signal::derive(move || {
        shop.get().and_then(Result::ok).and_then(|s| s.currency)
    }));

    let step_ref = NodeRef::<html::Section>::new();
    let go = Callback::new(move |to: Step| {
        if step.get_untracked() == to {
            return;
        }
        let from = step.get_untracked();
        step.set(to);
        design.with_untracked(|d| {
            // Settle the step being left first: a change made in the last `SAVE_EVERY` would
            // otherwise be missing when the visitor comes back to it.
            url::replace(d, from);
            url::push(d, to);
        });
        // Keyboard and screen-reader visitors land on the new step's heading, not on a vanished
        // button.
        if let Some(section) = step_ref.get_untracked() {
            let _ = section.focus();
            reveal_step(&section);
        }
    });

    // After a confirmation: a fresh ring and an empty form, from the first step.
    let start_new = Callback::new(move |()| {
        submission.start_new();
        brief_fields.clear();
        design.set(Design::default());
        go.run(Step::Metal);
    });

    // Inside a shop's page (public/embed.js), the host hears about the design and the brief.
    crate::embed::connect(crate::embed::Hooks {
        design,
        step,
        go,
        link,
        summary: description,
        submission,
    });

    let chosen_metal = Signal::derive(move || design.with(|d| d.metal.chosen().cloned()));
    let choose_metal =
        Callback::new(move |id: MetalId| design.update(|d| d.metal = Choice::Chosen(id)));
    let advise_metal = Callback::new(move |()| design.update(|d| d.metal = Choice::AdviseMe));

    let step_body = {
        move || {
            let catalog = catalog.get();
            let current = step.get();
            match current {
                Step::Metal => view! {
                    <MetalPicker
                        metals=catalog.metals.clone()
                        selected=chosen_metal
                        on_select=choose_metal
                        on_advise=advise_metal
                    />
                }
                .into_any(),
                Step::Stone
                | Step::Cut
                | Step::Setting
                | Step::Band
                | Step::Size
                | Step::Engraving => {
                    let picker = parts::PickerStep {
                        step: current,
                        design,
                        catalog,
                    };
                    view! { <Later load=move || parts::picker(picker.clone()) /> }.into_any()
                }
                Step::Brief => {
                    let step = parts::BriefStep {
                        design,
                        catalog,
                        description,
                        report,
                        fields: brief_fields,
                        snapshots,
                        submission,
                        on_start_new: start_new,
                    };
                    view! { <Later load=move || parts::brief_step(step.clone()) /> }.into_any()
                }
            }
        }
    };
    let notes = move || {
        let fields = step.get().fields();
        (!fields.is_empty()).then(|| view! { <StepNotes report=report fields=fields /> })
    };
    let facts =
        move || catalog.with(|c| estimated.with(|e| e.as_ref().map(|e| estimate_facts(e, c))));

    view! {
        <ShopHeader shop=shop />
        <main class="configurator">
            <section class="stage" aria-label=t("cfg-stage")>
                <RingViewer
                    design=design
                    catalog=catalog
                    description=description
                    autoplay=!prefers_reduced_motion()
                    snapshots=snapshots
                    inside=Signal::derive(move || step.get() == Step::Engraving)
                    shop_name=shop_name
                />
            </section>
            <div class="panel">
                <StepNav current=step on_go=go />
                <section
                    class="step"
                    node_ref=step_ref
                    tabindex="-1"
                    aria-labelledby="step-title"
                    data-step=move || step.get().slug()
                    on:focusin=reveal_focused
                >
                    <h2 id="step-title" class="step-title">
                        <span class="step-count">
                            {move || {
                                t_args(
                                    "cfg-step-count",
                                    &[
                                        ("n", Arg::int(step.get().index() as i64 + 1)),
                                        ("total", Arg::int(Step::ALL.len() as i64)),
                                    ],
                                )
                            }}
                        </span>
                        {move || step.get().title()}
                    </h2>
                    {step_body}
                    {notes}
                    <div class="step-actions">
                        {move || {
                            step.get()
                                .previous()
                                .map(|prev| {
                                    view! {
                                        <button type="button" class="button" on:click=move |_| go.run(prev)>
                                            {t("cfg-back")}
                                        </button>
                                    }
                                })
                        }}
                        {move || {
                            step.get()
                                .next()
                                .map(|next| {
                                    view! {
                                        <button
                                            type="button"
                                            class="button primary"
                                            on:click=move |_| go.run(next)
                                        >
                                            {t_args("cfg-next", &[("step", next.title().into())])}
                                        </button>
                                    }
                                })
                        }}
                    </div>
                </section>
                <DesignSummary text=description>
                    <ul class="summary-facts">{facts}</ul>
                </DesignSummary>
                <ShareBar link=link />
                <SavedDesigns design=design catalog=catalog snapshots=snapshots />
            </div>
        </main>
    }
}

/// What the visitor made and typed, kept above the page's own tree: choosing another language
/// draws the page again, and the ring, the step and the half-written brief stay as they were.
#[derive(Clone, Copy)]
struct Kept {
    design: RwSignal<Design>,
    step: RwSignal<Step>,
    fields: BriefFields,
}

/// The kept state, made once per page at the root of the reactive tree (which outlives every
/// redraw) from the address, the draft and a brief waiting to be sent.
fn kept() -> Kept {
    if let Some(kept) = use_context::<Kept>() {
        return kept;
    }
    let mut root = Owner::current();
    while let Some(parent) = root.as_ref().and_then(Owner::parent) {
        root = Some(parent);
    }
    let make = || {
        let kept = Kept {
            // A share link wins over the draft: the visitor opened it to see that ring.
            design: RwSignal::new(
                url::design_from_location()
                    .or_else(storage::load_draft)
                    .unwrap_or_default(),
            ),
            step: RwSignal::new(url::step_from_location().unwrap_or(Step::Metal)),
            fields: storage::load_pending()
                .map(|p| BriefFields::from_brief(&p.brief))
                .unwrap_or_default(),
        };
        provide_context(kept);
        kept
    };
    match root {
        Some(root) => root.with(make),
        None => make(),
    }
}

/// How often, at most, the address and the draft are rewritten while the design changes.
const SAVE_EVERY: Duration = Duration::from_millis(150);

/// The estimate as short lines under the summary: metal weight, stone size, and a price range only
/// when the jeweler configured prices.
fn estimate_facts(e: &Estimate, catalog: &Catalog) -> impl IntoView {
    let metal = catalog
        .metal(&MetalId::new(e.metal_id.clone()))
        .map_or_else(|| e.metal_id.clone(), |m| say(&m.name_msg()));
    let assumed = e.assumed.iter().any(|f| f == "metal");
    // The weight is for the size drawn; without the visitor's size, say so rather than imply one.
    let sized = !e.assumed.iter().any(|f| f == "size");
    let state = match (assumed, sized) {
        (true, true) => "assumed",
        (false, false) => "unsized",
        (true, false) => "both",
        (false, true) => "plain",
    };
    let mut lines = vec![t_args(
        "cfg-fact-metal",
        &[
            ("state", state.into()),
            ("grams", Arg::fixed(e.metal_grams, 1)),
            ("metal", metal.into()),
        ],
    )];
    if let Some(s) = &e.stone {
        lines.push(t_args(
            "cfg-fact-stone",
            &[
                ("length", Arg::fixed(s.length_mm, 1)),
                ("width", Arg::fixed(s.width_mm, 1)),
                ("depth", Arg::fixed(s.depth_mm, 1)),
            ],
        ));
    }
    match &e.price {
        PriceOutcome::Range(p) => {
            // Whole amounts with the currency's code: the jeweler's quote is what counts.
            let mut args = vec![
                ("low", Arg::int(p.low.round().max(0.0) as i64)),
                ("high", Arg::int(p.high.round().max(0.0) as i64)),
                ("currency", Arg::Text(p.currency.clone())),
                ("date", Arg::Text(p.prices_date.clone())),
            ];
            let key = if p.excludes.is_empty() {
                "cfg-fact-price"
            } else {
                args.push(("excluded", Arg::List(p.excludes_msg())));
                "cfg-fact-price-excluding"
            };
            lines.push(t_args(key, &args));
        }
        PriceOutcome::Missing { what, origin } => lines.push(t_args(
            "cfg-fact-price-missing",
            &[(
                "what",
                atelier_core::estimate::missing_msg(what, *origin, catalog).into(),
            )],
        )),
        // Without a price list the jeweler chose not to show prices: say nothing about them.
        PriceOutcome::NotConfigured => {}
    }
    lines
        .into_iter()
        .map(|l| view! { <li>{l}</li> })
        .collect_view()
}

/// Brings a control that receives focus wholly into view, clear of what is pinned over the page
/// (the root's `scroll-padding`: Back and Next, a phone's ring). Browsers reveal only a text field's
/// caret line, which can leave the rest of a text area, or the field's bottom, under the bar.
fn reveal_focused(ev: leptos::ev::FocusEvent) {
    use wasm_bindgen::JsCast;
    let Some(control) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return;
    };
    // The step itself takes focus on arrival; it is revealed by its own scroll margin.
    if ev
        .current_target()
        .is_some_and(|c| c == control.clone().into())
    {
        return;
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    let padding = |side: &str| {
        window
            .document()
            .and_then(|d| d.document_element())
            .and_then(|root| window.get_computed_style(&root).ok().flatten())
            .and_then(|style| style.get_property_value(side).ok())
            .map(|value| css_pixels(&value))
            .unwrap_or(0.0)
    };
    let Some(height) = window.inner_height().ok().and_then(|h| h.as_f64()) else {
        return;
    };
    let rect = control.get_bounding_client_rect();
    if rect.top() < padding("scroll-padding-top") {
        control.scroll_into_view_with_bool(true);
    } else if rect.bottom() > height - padding("scroll-padding-bottom") {
        control.scroll_into_view_with_bool(false);
    }
}

/// Brings a step that took focus up to its scroll margin when focusing left its top under what is
/// pinned above it (a phone's ring and the step list): the browser's own scroll on focus ignores
/// the margin for a step taller than the screen.
fn reveal_step(section: &web_sys::HtmlElement) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let margin = window
        .get_computed_style(section)
        .ok()
        .flatten()
        .and_then(|style| style.get_property_value("scroll-margin-top").ok())
        .map(|value| css_pixels(&value))
        .unwrap_or(0.0);
    if section.get_bounding_client_rect().top() < margin - 1.0 {
        section.scroll_into_view_with_bool(true);
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

/// A computed CSS length in pixels (`"12px"`), read by the browser's own number parser so the
/// wasm carries no float parser; 0 for anything else.
fn css_pixels(value: &str) -> f64 {
    let pixels = js_sys::parse_float(value.trim_end_matches("px"));
    if pixels.is_finite() {
        pixels
    } else {
        0.0
    }
}
