//! The metal choice: a radio group of swatches in each alloy's own colour.

use super::{AdviseCard, OptionCard};
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
    let options = metals
        .into_iter()
        .map(|metal| {
            let id = metal.id.clone();
            let checked = {
                let id = id.clone();
                Signal::derive(move || selected.with(|s| s.as_ref() == Some(&id)))
            };
            let swatch = format!("background: {}", swatch_css(metal.reflectance_linear));
            let pick = Callback::new(move |()| on_select.run(id.clone()));
            view! {
                <OptionCard
                    name="metal"
                    value=metal.id.as_str().to_owned()
                    label=say(&metal.name_msg())
                    detail=detail(metal.fineness)
                    checked=checked
                    on_pick=pick
                >
                    <span class="swatch" style=swatch></span>
                </OptionCard>
            }
        })
        .collect_view();
    let advise = on_advise.map(|on_pick| {
        let checked = Signal::derive(move || selected.with(Option::is_none));
        view! { <AdviseCard name="metal" checked=checked on_pick=on_pick /> }
    });
    view! {
        <fieldset class="metal-picker">
            <legend>{t("cfg-metal-legend")}</legend>
            <div class="options">{options} {advise}</div>
        </fieldset>
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
    let css = |scale: f32| {
        let [r, g, b] = reflectance.map(|c| srgb8(c * scale));
        format!("rgb({r} {g} {b})")
    };
    format!(
        "linear-gradient(135deg, {} 0%, {} 45%, {} 100%)",
        css(1.0),
        css(0.7),
        css(0.35)
    )
}
