//! "Not sure — ask my jeweler": the answer every question of the flow offers, because a custom ring
//! starts with a conversation, not with a visitor guessing.

use super::OptionCard;
use leptos::prelude::*;

/// The words on every "advise me" card; tests and the visitor look for the same phrase.
pub const ADVISE_LABEL: &str = "Not sure — ask my jeweler";

/// The "not sure" card of a radio group.
#[component]
pub fn AdviseCard(
    /// The radio group's name, shared with the question's other cards.
    name: &'static str,
    /// Whether the visitor currently asks for advice on this question.
    #[prop(into)]
    checked: Signal<bool>,
    /// Called when the visitor asks for advice.
    on_pick: Callback<()>,
) -> impl IntoView {
    view! {
        <OptionCard
            name=name
            value="advise"
            label=ADVISE_LABEL
            detail="Decide together"
            checked=checked
            on_pick=on_pick
        >
            <span class="advise-mark">"?"</span>
        </OptionCard>
    }
}
