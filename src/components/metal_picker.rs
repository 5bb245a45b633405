//! The metal choice: a radio group of swatches in each alloy's own colour.

use crate::color::srgb8;
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
) -> impl IntoView {
    let options = metals
        .into_iter()
        .map(|metal| {
            let id = metal.id.clone();
            let checked = {
                let id = id.clone();
                move || selected.with(|s| s.as_ref() == Some(&id))
            };
            let swatch = format!("background: {}", swatch_css(metal.reflectance_linear));
            view! {
                <label class="metal-option">
                    <input
                        type="radio"
                        name="metal"
                        value=id.as_str().to_owned()
                        prop:checked=checked
                        on:change=move |_| on_select.run(id.clone())
                    />
                    <span class="swatch" style=swatch aria-hidden="true"></span>
                    <span class="metal-name">{metal.name}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="metal-picker">
            <legend>"Metal"</legend>
            <div class="metal-options">{options}</div>
        </fieldset>
    }
}

/// A polished-metal swatch: a light-to-dark gradient in the alloy's reflectance colour.
fn swatch_css(reflectance: [f32; 3]) -> String {
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
