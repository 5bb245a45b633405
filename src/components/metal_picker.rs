//! The metal choice: a radio group of swatches in each alloy's own colour.

use super::{Answer, OptionList, Pick, Picture};
use crate::color::srgb8;
use crate::i18n::{say, t, t_args, Arg};
use atelier_core::catalog::{Metal, MetalId};
use leptos::prelude::*;

/// Lets the visitor pick the metal; the ring changes colour as they choose.
#[component]
pub fn MetalPicker(
    /// The alloys on offer, in display order.
    metals: Vec<Metal>,
    /// The chosen alloy, if the visitor has chosen one.
    #[prop(into)]
    selected: Signal<Option<MetalId>>,
    /// Called with the alloy the visitor picks.
    on_select: Callback<MetalId>,
    /// Called when the visitor asks the jeweler to advise on the metal; without it the picker offers
    /// no "not sure" answer. While nothing is selected, that answer is the checked one.
    #[prop(optional)]
    on_advise: Option<Callback<()>>,
) -> impl IntoView {
    let ids: Vec<MetalId> = metals.iter().map(|m| m.id.clone()).collect();
    let answers: Vec<Answer> = metals
        .into_iter()
        .map(|metal| Answer {
            value: metal.id.as_str().to_owned(),
            label: say(&metal.name_msg()),
            detail: Some(detail(metal.fineness)),
            picture: Picture::swatch(
                "swatch",
                format!("background: {}", swatch_css(metal.reflectance_linear)),
            ),
        })
        .collect();
    let advise = on_advise.is_some();
    let chosen = {
        let ids = ids.clone();
        Memo::new(move |_| {
            selected.with(|s| match s {
                Some(id) => ids.iter().position(|i| i == id).map(Pick::Answer),
                None => advise.then_some(Pick::Advise),
            })
        })
    };
    let on_pick = Callback::new(move |pick| match pick {
        Pick::Answer(i) => {
            if let Some(id) = ids.get(i) {
                on_select.run(id.clone());
            }
        }
        Pick::Advise => {
            if let Some(on_advise) = on_advise {
                on_advise.run(());
            }
        }
    });
    view! {
        <OptionList
            class="metal-picker"
            legend=t("cfg-metal-legend")
            name="metal"
            answers=answers
            chosen=chosen
            on_pick=on_pick
            advise=advise
        />
    }
}

/// The hallmark fineness the way a jeweler says it: "750‰ pure".
fn detail(fineness: u16) -> String {
    t_args(
        "cfg-metal-fineness",
        &[("fineness", Arg::int(i64::from(fineness)))],
    )
}

/// A polished-metal swatch: a light-to-dark gradient in the alloy's reflectance colour.
pub(crate) fn swatch_css(reflectance: [f32; 3]) -> String {
    let css = |scale: f32| metal_rgb(reflectance, scale);
    format!(
        "linear-gradient(135deg, {} 0%, {} 45%, {} 100%)",
        css(1.0),
        css(0.7),
        css(0.35)
    )
}

/// The alloy's colour at `scale` of its reflectance, as CSS and SVG read it (`rgb(r g b)`): the
/// swatch's stops, and the commission page's sketch of a ring.
pub(crate) fn metal_rgb(reflectance: [f32; 3], scale: f32) -> String {
    let [r, g, b] = reflectance.map(|c| srgb8(c * scale));
    format!("rgb({r} {g} {b})")
}
