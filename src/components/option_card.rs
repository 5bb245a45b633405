//! One answer to one question of the guided flow: a radio input dressed as a card, with a swatch or
//! drawing, a name and an optional quieter detail line.

use leptos::prelude::*;

/// A radio option shown as a card. Cards sharing a `name` form one keyboard radio group: Tab enters
/// the group, the arrow keys move between answers.
#[component]
pub fn OptionCard(
    /// The radio group's name; every card of one question shares it.
    name: &'static str,
    /// The value the radio carries (a catalog id, or `advise` for "not sure").
    #[prop(into)]
    value: String,
    /// What the visitor reads; also the radio's accessible name.
    #[prop(into)]
    label: String,
    /// A second, quieter line (hardness, prong count, …).
    #[prop(optional, into)]
    detail: Option<String>,
    /// Whether this answer is the current one.
    #[prop(into)]
    checked: Signal<bool>,
    /// Called when the visitor picks this answer.
    on_pick: Callback<()>,
    /// The swatch or drawing shown beside the name (decorative: hidden from screen readers).
    children: Children,
) -> impl IntoView {
    view! {
        <label class="option-card">
            <input
                type="radio"
                name=name
                value=value
                prop:checked=checked
                on:change=move |_| on_pick.run(())
            />
            <span class="option-swatch" aria-hidden="true">{children()}</span>
            <span class="option-text">
                <span class="option-name">{label}</span>
                {detail.map(|d| view! { <span class="option-detail">{d}</span> })}
            </span>
        </label>
    }
}
