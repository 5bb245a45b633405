//! One answer to one question of the guided flow: a radio input dressed as a card, with a swatch or
//! drawing, a name and an optional quieter detail line. Every picker's cards are this one view,
//! described by data (`Answer`), so the flow's questions share its compiled code.

use super::option_picture::Picture;
use atelier_core::design::Choice;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, KeyboardEvent};

/// One answer to a question, as its card shows it.
#[derive(Clone)]
pub struct Answer {
    /// The value the radio carries (a catalog id, or `advise` for "not sure").
    pub value: String,
    /// What the visitor reads; also the radio's accessible name.
    pub label: String,
    /// A second, quieter line (hardness, prong count, …).
    pub detail: Option<String>,
    /// The swatch or drawing shown beside the name.
    pub picture: Picture,
}

/// Which card of a question: one of its answers, by position, or "not sure".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pick {
    /// The answer at this position in the question's list.
    Answer(usize),
    /// "Not sure — ask my jeweler".
    Advise,
}

impl Pick {
    /// The card a design's choice shows as chosen: the position of the chosen option among
    /// `options`, or the "not sure" card; `None` when the option is not among them.
    pub fn of<T: PartialEq>(choice: &Choice<T>, options: &[T]) -> Option<Pick> {
        match choice {
            Choice::AdviseMe => Some(Pick::Advise),
            Choice::Chosen(chosen) => options.iter().position(|o| o == chosen).map(Pick::Answer),
        }
    }

    /// The choice this card stands for among `options`.
    pub fn choice<T: Clone>(self, options: &[T]) -> Choice<T> {
        match self {
            Pick::Answer(i) => options
                .get(i)
                .cloned()
                .map_or(Choice::AdviseMe, Choice::Chosen),
            Pick::Advise => Choice::AdviseMe,
        }
    }
}

/// A radio option shown as a card. Cards sharing a `name` form one keyboard radio group, as the
/// ARIA radio-group pattern has it: Tab enters the group at the chosen answer, the arrow keys (and
/// Home, End) move to another answer and choose it, wrapping at the ends, and Space (or Enter)
/// chooses the answer in focus.
#[component]
pub fn OptionCard(
    /// The radio group's name; every card of one question shares it.
    name: &'static str,
    /// What the card says and shows.
    answer: Answer,
    /// Which card of the question this is.
    pick: Pick,
    /// The question's current answer; this card is checked while it is `pick`.
    chosen: Signal<Option<Pick>>,
    /// Called with `pick` when the visitor picks this answer.
    on_pick: Callback<Pick>,
) -> impl IntoView {
    // The browser's own arrow keys know no Home and End, so the card moves the focus itself; the
    // answer it lands on is chosen through its own `change`, as a tap would.
    let on_keydown = move |ev: KeyboardEvent| {
        if ev.alt_key() || ev.ctrl_key() || ev.meta_key() {
            return;
        }
        let Some(input) = ev
            .current_target()
            .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
        else {
            return;
        };
        let key = ev.key();
        if key == "Enter" {
            ev.prevent_default();
            if !input.checked() {
                on_pick.run(pick);
            }
            return;
        }
        let Some(step) = Move::from_key(&key, is_right_to_left(&input)) else {
            return;
        };
        ev.prevent_default();
        if let Some(target) = neighbour(&input, name, step) {
            let _ = target.focus();
            // A click checks the radio and fires its `change` (nothing if it was checked already).
            target.click();
        }
    };
    let Answer {
        value,
        label,
        detail,
        picture,
    } = answer;
    view! {
        <label class="option-card">
            <input
                type="radio"
                name=name
                value=value
                prop:checked=move || chosen.get() == Some(pick)
                on:change=move |_| on_pick.run(pick)
                on:keydown=on_keydown
            />
            <span class="option-swatch" aria-hidden="true">{picture.view()}</span>
            <span class="option-text">
                <span class="option-name">{label}</span>
                {detail.map(|d| view! { <span class="option-detail">{d}</span> })}
            </span>
        </label>
    }
}

/// Where a key sends the focus within one group of cards.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Move {
    Previous,
    Next,
    First,
    Last,
}

impl Move {
    /// The move a key asks for; left and right swap in right-to-left text, as they do for native
    /// radios.
    fn from_key(key: &str, right_to_left: bool) -> Option<Move> {
        let (left, right) = if right_to_left {
            (Move::Next, Move::Previous)
        } else {
            (Move::Previous, Move::Next)
        };
        match key {
            "ArrowUp" => Some(Move::Previous),
            "ArrowDown" => Some(Move::Next),
            "ArrowLeft" => Some(left),
            "ArrowRight" => Some(right),
            "Home" => Some(Move::First),
            "End" => Some(Move::Last),
            _ => None,
        }
    }

    /// The index to focus among `len` answers from `from`; the ends wrap around like a native
    /// radio group.
    fn target(self, from: usize, len: usize) -> Option<usize> {
        if len == 0 {
            return None;
        }
        Some(match self {
            Move::Previous => (from + len - 1) % len,
            Move::Next => (from + 1) % len,
            Move::First => 0,
            Move::Last => len - 1,
        })
    }
}

/// Whether the card's text runs right to left.
fn is_right_to_left(input: &HtmlInputElement) -> bool {
    web_sys::window()
        .and_then(|w| w.get_computed_style(input).ok().flatten())
        .and_then(|style| style.get_property_value("direction").ok())
        .is_some_and(|direction| direction == "rtl")
}

/// The enabled answer of the same question that `step` leads to from `input`.
fn neighbour(input: &HtmlInputElement, name: &str, step: Move) -> Option<HtmlInputElement> {
    let group = input.closest("fieldset").ok().flatten()?;
    let list = group
        .query_selector_all(&format!("input[type=radio][name=\"{name}\"]"))
        .ok()?;
    let answers: Vec<HtmlInputElement> = (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|node| node.dyn_into::<HtmlInputElement>().ok())
        .filter(|answer| !answer.disabled())
        .collect();
    let from = answers.iter().position(|answer| answer == input)?;
    step.target(from, answers.len())
        .and_then(|i| answers.get(i).cloned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arrows_follow_the_text_direction() {
        assert_eq!(Move::from_key("ArrowRight", false), Some(Move::Next));
        assert_eq!(Move::from_key("ArrowLeft", false), Some(Move::Previous));
        assert_eq!(Move::from_key("ArrowRight", true), Some(Move::Previous));
        assert_eq!(Move::from_key("ArrowLeft", true), Some(Move::Next));
        assert_eq!(Move::from_key("ArrowDown", true), Some(Move::Next));
        assert_eq!(Move::from_key("Home", false), Some(Move::First));
        assert_eq!(Move::from_key(" ", false), None);
        assert_eq!(Move::from_key("Enter", false), None);
    }

    #[test]
    fn a_pick_stands_for_its_choice() {
        let options = ["a", "b", "c"];
        assert_eq!(
            Pick::of(&Choice::Chosen("c"), &options),
            Some(Pick::Answer(2))
        );
        assert_eq!(Pick::of(&Choice::AdviseMe, &options), Some(Pick::Advise));
        assert_eq!(Pick::of(&Choice::Chosen("z"), &options), None);
        assert_eq!(Pick::Answer(1).choice(&options), Choice::Chosen("b"));
        assert_eq!(Pick::Advise.choice(&options), Choice::AdviseMe);
    }

    #[test]
    fn moves_wrap_at_the_ends() {
        assert_eq!(Move::Next.target(4, 5), Some(0));
        assert_eq!(Move::Previous.target(0, 5), Some(4));
        assert_eq!(Move::Next.target(1, 5), Some(2));
        assert_eq!(Move::Last.target(1, 5), Some(4));
        assert_eq!(Move::First.target(3, 5), Some(0));
        assert_eq!(Move::Next.target(0, 0), None);
    }
}
