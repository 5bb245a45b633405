//! The configurator's panel: the steps and their pickers, Back and Next, the summary with its
//! estimates, the share link, saved designs and the brief. It is drawn from the page's state
//! ([`Page`]) and arrives in its own chunk once the ring is on screen ([`super::parts`]).

use super::{kept, parts};
use crate::api::{self, Shop};
use crate::brief::{BriefFields, Submission};
use crate::components::{DesignSummary, MetalPicker, SavedDesigns, ShareBar, StepNav, StepNotes};
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

/// What the panel shares with the ring: the page's state, made before the panel arrives.
#[derive(Clone)]
pub struct Page {
    pub design: RwSignal<Design>,
    pub step: RwSignal<Step>,
    /// The catalog on screen: the jeweler's once [`Page::served`] holds it, the built-in before.
    pub catalog: Memo<Arc<Catalog>>,
    /// The jeweler's catalog, once fetched and valid.
    pub served: RwSignal<Option<Arc<Catalog>>>,
    /// The design in words for the ring, kept up to date here (the summary's code is in this
    /// chunk).
    pub described: RwSignal<String>,
    pub snapshots: Snapshots,
    pub shop: LocalResource<Result<Shop, api::FetchError>>,
}

/// The panel beside (desktop) or below (phone) the ring.
#[component]
pub fn Panel(page: Page) -> impl IntoView {
    let Page {
        design,
        step,
        catalog,
        served,
        described,
        snapshots,
        shop,
    } = page;
    // The jeweler's catalog replaces the built-in one; its reader is part of this chunk.
    leptos::task::spawn_local_scoped(async move {
        if let Ok(c) = api::fetch_catalog().await {
            if c.validate().is_ok() {
                served.set(Some(Arc::new(c)));
            }
        }
    });
    // A half-written brief (or one waiting to be sent) outlives a change of language.
    let brief_fields = kept(|| {
        storage::load_pending()
            .map(|p| BriefFields::from_brief(&p.brief))
            .unwrap_or_default()
    });
    let description =
        Memo::new(move |_| catalog.with(|c| design.with(|d| say(&summary::summary_msg(d, c)))));
    Effect::new(move |_| described.set(description.get()));
    // In the studio's revision mode the design steps only: no brief, no Send (the studio's bar
    // takes the design back).
    let revising = crate::embed::is_revision();
    let steps = Step::offered(revising);
    // Back and forward walk the steps, as the page's own Back and Next do: the ring keeps every
    // choice made (an entry's older design would silently undo the last one), and the entry's
    // address takes the design on screen. Entries are the panel's (`go` pushes them).
    let walked = window_event_listener(leptos::ev::popstate, move |_| {
        let to = url::step_from_location()
            .filter(|s| steps.contains(s))
            .unwrap_or(Step::Metal);
        step.set(to);
        design.with_untracked(|d| url::replace(d, to));
    });
    on_cleanup(move || walked.remove());
    let report = Memo::new(move |_| catalog.with(|c| design.with(|d| d.check(c))));
    let estimated = Memo::new(move |_| catalog.with(|c| design.with(|d| estimate(d, c).ok())));
    let link = Memo::new(move |_| design.with(url::share_link));

    // The form's state and the submission live here so that walking back to change the ring loses
    // nothing, and a waiting brief is retried whichever step is on screen.
    let submission = Submission::new();
    // The budget starts on the shop's currency until the visitor picks one.
    let brief_fields = brief_fields.with_shop_currency(Signal::derive(move || {
        shop.get().and_then(Result::ok).and_then(|s| s.currency)
    }));
    let step_ref = NodeRef::<html::Section>::new();
    let go = Callback::new(move |to: Step| {
        if step.get_untracked() == to || !steps.contains(&to) {
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
    // The step is mounted first; the summary, the share link and saved designs in a task of their
    // own (the revision mode has neither a share link nor saved designs: the studio's bar takes
    // the design back). Made in one go, the whole panel is one task long enough to hold up a phone's taps
    // (over 200 ms on a slow phone). They come below the step, so nothing on screen moves.
    let rest_mounted = RwSignal::new(false);
    set_timeout(move || rest_mounted.set(true), std::time::Duration::ZERO);
    let rest = move || {
        rest_mounted.get().then(|| {
            view! {
                <DesignSummary text=description>
                    <ul class="summary-facts">{facts}</ul>
                </DesignSummary>
                {(!revising)
                    .then(|| {
                        view! {
                            <ShareBar link=link />
                            <SavedDesigns design=design catalog=catalog snapshots=snapshots />
                        }
                    })}
            }
        })
    };

    view! {
        <StepNav current=step on_go=go steps=steps />
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
                                ("total", Arg::int(steps.len() as i64)),
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
                        .filter(|next| steps.contains(next))
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
        {rest}
    }
}

/// The estimate as short lines under the summary: metal weight, stone size, and a price range only
/// when the jeweler configured prices.
fn estimate_facts(e: &Estimate, catalog: &Catalog) -> impl IntoView {
    let metal = catalog
        .metal(&MetalId::new(e.metal_id.clone()))
        .map_or_else(|| e.metal_id.clone(), |m| say(&m.name_msg()));
    let assumed = e.assumed.iter().any(|f| f == "metal");
    // The weight is for the size drawn; without the visitor's size, say so rather than imply one.
    let sized = !e.assumed.iter().any(|f| f == "size");
    // Said to the visitor; the jeweler revising the design knows what is assumed and why.
    let state = match (assumed, sized) {
        _ if crate::embed::is_revision() => "plain",
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
    // The step itself takes focus on arrival; it is revealed by its own scroll margin. Back and
    // Next are what is pinned: always in view, and scrolling the page under a finger pressing one
    // would move the press away from it, so the tap would never become a click.
    if ev
        .current_target()
        .is_some_and(|c| c == control.clone().into())
        || control.closest(".step-actions").ok().flatten().is_some()
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
