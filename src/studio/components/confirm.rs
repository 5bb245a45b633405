//! An inline "are you sure?" for a studio action that cannot be taken back by the visitor: the
//! question in words, the action's own "Yes, …" and "Keep it", in place of the button that asked.

use crate::i18n::t;
use leptos::html::Button;
use leptos::prelude::*;

/// The button that asks, or the question with its two answers while `asking` is set.
#[component]
pub fn StudioConfirm(
    /// The message of the button's words before asking, e.g. "Revoke the link".
    label: &'static str,
    /// The message of the question, e.g. "The visitor will no longer be able to open their page.
    /// Revoke?".
    question: &'static str,
    /// The message of the button that goes ahead, e.g. "Yes, revoke".
    yes: &'static str,
    /// The id of the question's paragraph, unique on the page.
    id: &'static str,
    /// Whether the action is running (both buttons wait meanwhile).
    pending: Signal<bool>,
    /// Runs the action once the jeweler says yes.
    on_yes: Callback<()>,
    /// Whether the button that asks looks like a danger (the default), or like an ordinary action
    /// whose consequence the question spells out ("Issue a new link").
    #[prop(default = true)]
    danger: bool,
) -> impl IntoView {
    let asking = RwSignal::new(false);
    let keep = NodeRef::<Button>::new();
    // The question replaces the button that had the focus, so the focus moves to the safe answer.
    Effect::new(move |_| {
        if let Some(button) = keep.get() {
            let _ = button.focus();
        }
    });
    view! {
        <Show
            when=move || asking.get()
            fallback=move || {
                view! {
                    <button
                        type="button"
                        class=if danger { "button danger" } else { "button" }
                        disabled=move || pending.get()
                        on:click=move |_| asking.set(true)
                    >
                        {t(label)}
                    </button>
                }
            }
        >
            <div role="alertdialog" aria-labelledby=id class="studio-confirm">
                <p id=id>{t(question)}</p>
                <button
                    type="button"
                    class="button danger"
                    disabled=move || pending.get()
                    on:click=move |_| {
                        asking.set(false);
                        on_yes.run(());
                    }
                >
                    {t(yes)}
                </button>
                <button type="button" class="button" node_ref=keep on:click=move |_| asking.set(false)>
                    {t("studio-keep-it")}
                </button>
            </div>
        </Show>
    }
}
