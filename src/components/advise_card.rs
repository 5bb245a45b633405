//! "Not sure — ask my jeweler": the answer every question of the flow offers, because a custom ring
//! starts with a conversation, not with a visitor guessing.

use super::OptionCard;
use crate::i18n::t;
use leptos::prelude::*;

/// The words on every "advise me" card and switch, in the visitor's language.
pub fn advise_label() -> String {
    t("cfg-advise")
}

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
            label=advise_label()
            detail=t("cfg-advise-detail")
            checked=checked
            on_pick=on_pick
        >
            <span class="advise-mark">"?"</span>
        </OptionCard>
    }
}
