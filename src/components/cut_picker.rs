//! The centre stone's cut and weight: each cut drawn from core's own girdle outline, and a carat
//! slider whose readout gives the millimetres a jeweler thinks in.

use super::{Answer, OptionList, Pick, Picture, RangeField};
use crate::i18n::{say, t, t_args, Arg};
use atelier_core::catalog::{Catalog, Cut, CutId};
use atelier_core::decimal::fixed;
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
    let answers: Vec<Answer> = catalog
        .cuts
        .iter()
        .map(|cut| {
            let (outline, table) = silhouette(cut);
            Answer {
                value: cut.id.as_str().to_owned(),
                label: say(&cut.name_msg()),
                detail: None,
                picture: Picture::Drawing {
                    class: "cut-svg",
                    view_box: "-26 -26 52 52",
                    paths: vec![(Some("cut-girdle"), outline), (Some("cut-table"), table)],
                },
            }
        })
        .collect();
    let ids: Vec<CutId> = catalog.cuts.iter().map(|c| c.id.clone()).collect();
    let chosen = {
        let ids = ids.clone();
        Memo::new(move |_| design.with(|d| Pick::of(&d.cut, &ids)))
    };
    let pick = Callback::new(move |pick: Pick| design.update(|d| d.cut = pick.choice(&ids)));

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
        Signal::derive(move || {
            design.with(|d| {
                let colour = d
                    .stone
                    .chosen()
                    .and_then(|id| catalog.stone(id))
                    .map_or([0.9, 0.9, 0.92], |s| s.body_colour_linear);
                let [r, g, b] = colour.map(crate::color::srgb8);
                format!("--gem-fill: rgb({r} {g} {b})")
            })
        })
    };

    view! {
        <Show when=move || !has_stone.get()>
            <p class="step-hint">{t("cfg-cut-no-stone")}</p>
        </Show>
        <OptionList
            class="cut-picker"
            legend=t("cfg-cut-legend")
            name="cut"
            answers=answers
            chosen=chosen
            on_pick=pick
            advise=true
            style=gem_fill
        />
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
pub(crate) fn silhouette(cut: &Cut) -> (String, String) {
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
            d.push(if i == 0 { 'M' } else { 'L' });
            d.push_str(&fixed(px, 2));
            d.push(' ');
            d.push_str(&fixed(py, 2));
            d.push(' ');
        }
        d.push('Z');
        d
    };
    (path(1.0), path(cut.table_pct / 100.0))
}
