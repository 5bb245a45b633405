//! The list of steps: where the visitor is, and a way to jump to any step.

use crate::flow::Step;
use crate::i18n::{self, t};
use leptos::prelude::*;

/// The guided flow's steps as a numbered list of buttons; the current one is marked for screen
/// readers with `aria-current="step"`.
#[component]
pub fn StepNav(
    /// The step on screen.
    #[prop(into)]
    current: Signal<Step>,
    /// Called with the step the visitor jumps to.
    on_go: Callback<Step>,
    /// The steps on offer ([`Step::offered`]).
    steps: &'static [Step],
) -> impl IntoView {
    let items = steps
        .iter()
        .enumerate()
        .map(|(i, &step)| {
            let is_current = move || current.get() == step;
            view! {
                <li>
                    <button
                        type="button"
                        class="step-link"
                        aria-current=move || is_current().then_some("step")
                        on:click=move |_| on_go.run(step)
                    >
                        <span class="step-number" aria-hidden="true">{i18n::number(i as f64 + 1.0, 0, 0)}</span>
                        {step.title()}
                    </button>
                </li>
            }
        })
        .collect_view();
    // On a phone the list scrolls sideways: keep the current step in sight (a DOM scroll, outside
    // the reactive system).
    let list = NodeRef::<leptos::html::Ol>::new();
    let scrolled = std::cell::Cell::new(false);
    Effect::new(move |_| {
        let index = current.get().index();
        let Some(list) = list.get() else {
            return;
        };
        // Until the visitor first leaves the first step, the list stays at its start, where that
        // step is: measuring it would only force a layout of the freshly mounted panel inside the
        // task that mounts it.
        if index == 0 && !scrolled.get() {
            return;
        }
        scrolled.set(true);
        if let Some(item) = list.children().item(index as u32) {
            // The distance on screen between the item's centre and the list's: a physical delta
            // that scrolls the right way in both directions (scrollLeft runs 0…−max right to left).
            let (item, shown) = (
                item.get_bounding_client_rect(),
                list.get_bounding_client_rect(),
            );
            let off = (item.left() + item.width() / 2.0) - (shown.left() + shown.width() / 2.0);
            list.set_scroll_left(list.scroll_left() + off.round() as i32);
        }
    });
    view! {
        <nav class="step-nav" aria-label=t("cfg-steps")>
            <ol node_ref=list>{items}</ol>
        </nav>
    }
}
