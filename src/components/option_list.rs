//! One question of the guided flow as a group of option cards: its fieldset and legend, a card per
//! answer, and the "not sure" card where the question offers it. Every picker's questions are this
//! one view with their own answers.

use super::advise_card::advise_answer;
use super::option_card::{Answer, OptionCard, Pick};
use leptos::prelude::*;

/// A question's answers as a radio group of cards.
#[component]
pub fn OptionList(
    /// The fieldset's class, e.g. `metal-picker`.
    class: &'static str,
    /// The question, in the visitor's language.
    #[prop(into)]
    legend: String,
    /// The radio group's name, e.g. `metal`.
    name: &'static str,
    /// The answers, in display order (they may change, e.g. the origins a stone comes in).
    #[prop(into)]
    answers: Signal<Vec<Answer>>,
    /// The card shown as chosen; `None` while no card is.
    #[prop(into)]
    chosen: Signal<Option<Pick>>,
    /// Called with the card the visitor picks.
    on_pick: Callback<Pick>,
    /// Whether the question ends with a "not sure — ask my jeweler" card.
    #[prop(optional)]
    advise: bool,
    /// The fieldset's inline style, for custom properties its pictures read.
    #[prop(optional, into)]
    style: Option<Signal<String>>,
    /// Whether the question is unavailable for now (its cards then cannot be picked).
    #[prop(optional, into)]
    disabled: Option<Signal<bool>>,
    /// What follows the cards inside the fieldset, e.g. a note on the answer.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let card = move |pick: Pick, answer: Answer| {
        view! { <OptionCard name=name answer=answer pick=pick chosen=chosen on_pick=on_pick /> }
    };
    let cards = move || {
        answers
            .get()
            .into_iter()
            .enumerate()
            .map(|(i, answer)| card(Pick::Answer(i), answer))
            .collect_view()
    };
    view! {
        <fieldset class=class style=style disabled=disabled>
            <legend>{legend}</legend>
            <div class="options">
                {cards}
                {advise.then(|| card(Pick::Advise, advise_answer()))}
            </div>
            {children.map(|c| c())}
        </fieldset>
    }
}
