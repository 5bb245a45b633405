//! The centre stone's cut and weight: each cut drawn from core's own girdle outline, and a carat
//! slider whose readout gives the millimetres a jeweler thinks in.

use super::{AdviseCard, OptionCard, RangeField};
use crate::i18n::{say, t, t_args, Arg};
use atelier_core::catalog::{Catalog, Cut};
use atelier_core::design::{Carat, Choice, Design};
use atelier_core::geometry::stone;
use leptos::prelude::*;
use std::sync::Arc;

/// Lets the visitor pick the cut and the carat weight of the centre stone.
#[component]
pub fn CutPicker(
    /// The design being configured; cut and carat write into it.
    design: RwSignal<Design>,
    /// The catalog of cuts and the carat range.
    catalog: Arc<Catalog>,
) -> impl IntoView {
    let has_stone = {
        let catalog = Arc::clone(&catalog);
        Memo::new(move |_| design.with(|d| d.has_centre_stone(&catalog)))
    };
    let cards = catalog
        .cuts
        .iter()
        .map(|cut| {
            let id = cut.id.clone();
            let checked = {
                let id = id.clone();
                Signal::derive(move || design.with(|d| d.cut.chosen() == Some(&id)))
            };
            let pick =
                Callback::new(move |()| design.update(|d| d.cut = Choice::Chosen(id.clone())));
            let (outline, table) = silhouette(cut);
            view! {
                <OptionCard
                    name="cut"
                    value=cut.id.as_str().to_owned()
                    label=say(&cut.name_msg())
                    checked=checked
                    on_pick=pick
                >
                    <svg class="cut-svg" viewBox="-26 -26 52 52">
                        <path class="cut-girdle" d=outline />
                        <path class="cut-table" d=table />
                    </svg>
                </OptionCard>
            }
        })
        .collect_view();
    let advise_cut = Callback::new(move |()| design.update(|d| d.cut = Choice::AdviseMe));

    let carat = Signal::derive(move || design.with(|d| d.carat.chosen().map(|c| c.carats())));
    let set_carat = Callback::new(move |value: Option<f64>| {
        design.update(|d| {
            d.carat = match value.and_then(Carat::from_carats) {
                Some(c) => Choice::Chosen(c),
                None => Choice::AdviseMe,
            }
        })
    });
    let readout = {
        let catalog = Arc::clone(&catalog);
        Signal::derive(move || {
            design.with(|d| match (d.carat.chosen(), d.stone_size(&catalog)) {
                (None, _) => t("cfg-carat-suggest"),
                (Some(c), None) => t_args("cfg-carat", &[("carat", Arg::fixed(c.carats(), 2))]),
                (Some(c), Some(size)) if (size.length_mm - size.width_mm).abs() < 0.05 => t_args(
                    "cfg-carat-round",
                    &[
                        ("carat", Arg::fixed(c.carats(), 2)),
                        ("mm", Arg::fixed(size.width_mm, 1)),
                    ],
                ),
                (Some(c), Some(size)) => t_args(
                    "cfg-carat-long",
                    &[
                        ("carat", Arg::fixed(c.carats(), 2)),
                        ("length", Arg::fixed(size.length_mm, 1)),
                        ("width", Arg::fixed(size.width_mm, 1)),
                    ],
                ),
            })
        })
    };
    let gem_fill = {
        let catalog = Arc::clone(&catalog);
        move || {
            design.with(|d| {
                let colour = d
                    .stone
                    .chosen()
                    .and_then(|id| catalog.stone(id))
                    .map_or([0.9, 0.9, 0.92], |s| s.body_colour_linear);
                let [r, g, b] = colour.map(crate::color::srgb8);
                format!("--gem-fill: rgb({r} {g} {b})")
            })
        }
    };

    view! {
        <Show when=move || !has_stone.get()>
            <p class="step-hint">{t("cfg-cut-no-stone")}</p>
        </Show>
        <fieldset class="cut-picker" style=gem_fill>
            <legend>{t("cfg-cut-legend")}</legend>
            <div class="options">
                {cards}
                <AdviseCard
                    name="cut"
                    checked=Signal::derive(move || design.with(|d| d.cut.is_advise_me()))
                    on_pick=advise_cut
                />
            </div>
        </fieldset>
        <fieldset class="carat-picker">
            <legend>{t("cfg-carat-legend")}</legend>
            <RangeField
                id="carat"
                label=t("cfg-carat-label")
                range=catalog.carat
                value=carat
                on_change=set_carat
                readout=readout
            />
        </fieldset>
    }
}

/// SVG path data for a cut seen from above: its girdle (from core's stone geometry at 1 ct) and its
/// table, scaled so the longer side spans the drawing.
fn silhouette(cut: &Cut) -> (String, String) {
    let size = cut.size_for_carats(1.0, 3.52);
    let outline = stone(cut, &size).girdle_outline(72);
    let extent = outline
        .iter()
        .map(|[x, z]| x.abs().max(z.abs()))
        .fold(0.0_f64, f64::max);
    if extent <= 0.0 {
        return (String::new(), String::new());
    }
    let path = |scale: f64| {
        let mut d = String::new();
        for (i, [x, z]) in outline.iter().enumerate() {
            let (px, py) = (x / extent * 22.0 * scale, z / extent * 22.0 * scale);
            d.push_str(&format!(
                "{}{px:.2} {py:.2} ",
                if i == 0 { 'M' } else { 'L' }
            ));
        }
        d.push('Z');
        d
    };
    (path(1.0), path(cut.table_pct / 100.0))
}
