//! The list of steps: where the visitor is, and a way to jump to any step.

use crate::flow::Step;
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
) -> impl IntoView {
    let items = Step::ALL
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
                        <span class="step-number" aria-hidden="true">{i + 1}</span>
                        {step.title()}
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="step-nav" aria-label="Steps">
            <ol>{items}</ol>
        </nav>
    }
}
