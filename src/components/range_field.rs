//! A number the visitor sets with a slider inside the catalog's range, with a live readout and a
//! "not sure" switch that hands the number to the jeweler.

use super::advise_card::advise_label;
use crate::i18n;
use atelier_core::catalog::NumberRange;
use leptos::prelude::*;

/// A labelled range input with its readout and an "ask my jeweler" checkbox.
#[component]
pub fn RangeField(
    /// The input's element id (unique on the page).
    id: &'static str,
    /// What the number is, e.g. "Band width", in the visitor's language.
    #[prop(into)]
    label: String,
    /// The catalog's limits and step.
    range: NumberRange,
    /// The current value; `None` while the visitor asks for advice.
    #[prop(into)]
    value: Signal<Option<f64>>,
    /// Called with a new value, or `None` when the visitor asks for advice.
    on_change: Callback<Option<f64>>,
    /// The value in words, e.g. "2.0 mm" or "1.00 ct · 6.4 mm across".
    #[prop(into)]
    readout: Signal<String>,
) -> impl IntoView {
    let advise_id = format!("{id}-advise");
    let advise_for = advise_id.clone();
    let advised = Signal::derive(move || value.with(Option::is_none));
    view! {
        <div class="range-field">
            <div class="range-head">
                <label for=id>{label}</label>
                <output for=id>{readout}</output>
            </div>
            <input
                type="range"
                id=id
                min=range.min
                max=range.max
                step=range.step
                prop:value=move || value.get().unwrap_or(range.default)
                disabled=advised
                on:input=move |ev| {
                    // A slider's value is a plain decimal; core's reader keeps the float parser out
                    // of the wasm.
                    if let Some(v) = atelier_core::decimal::parse(&event_target_value(&ev)) {
                        if v.is_finite() {
                            on_change.run(Some(range.clamp(v)));
                        }
                    }
                }
            />
            <div class="range-ends" aria-hidden="true">
                <span>{i18n::number(range.min, 0, 2)}</span>
                <span>{i18n::number(range.max, 0, 2)}</span>
            </div>
            <label class="advise-toggle" for=advise_for>
                <input
                    type="checkbox"
                    id=advise_id
                    prop:checked=advised
                    on:change=move |ev| {
                        on_change.run((!event_target_checked(&ev)).then_some(range.default))
                    }
                />
                {advise_label()}
            </label>
        </div>
    }
}
