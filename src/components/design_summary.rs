//! The design in plain words, as the jeweler will read it. In the studio's revision mode the
//! jeweler is the reader: it is "the design", not the visitor's ring.

use crate::i18n::t;
use leptos::prelude::*;

/// A live, plain-language summary of the design.
#[component]
pub fn DesignSummary(
    /// The summary text; announced politely to screen readers when it changes.
    #[prop(into)]
    text: Signal<String>,
    /// Facts under the sentence (estimated weight, stone size); optional.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    view! {
        <section class="summary" aria-labelledby="summary-title">
            <h2 id="summary-title">
                {t(
                    if crate::embed::is_revision() {
                        "cfg-summary-title-revise"
                    } else {
                        "cfg-summary-title"
                    },
                )}
            </h2>
            <p class="summary-text" aria-live="polite">{text}</p>
            {children.map(|c| c())}
        </section>
    }
}
