//! The share link, always current, with a "Copy link" button and a word on the autosaved draft.

use crate::i18n::t;
use leptos::prelude::*;

/// The design's link, ready to copy.
#[component]
pub fn ShareBar(
    /// The absolute link that reopens the design.
    #[prop(into)]
    link: Signal<String>,
) -> impl IntoView {
    // The link last copied and whether the browser allowed it; the message only speaks of the
    // link on screen, so it falls silent as soon as the design changes.
    let copied = RwSignal::new(None::<(String, bool)>);
    let input_ref = NodeRef::<leptos::html::Input>::new();
    let copy = move |_| {
        let text = link.get_untracked();
        let text_copied = text.clone();
        crate::url::copy_to_clipboard(&text, move |ok| {
            copied.set(Some((text_copied, ok)));
        });
        if let Some(input) = input_ref.get_untracked() {
            input.select();
        }
    };
    view! {
        <section class="share" aria-labelledby="share-title">
            <h2 id="share-title">{t("cfg-share-title")}</h2>
            <div class="share-row">
                <label class="visually-hidden" for="share-link">{t("cfg-share-link")}</label>
                <input id="share-link" node_ref=input_ref type="text" readonly prop:value=link />
                <button type="button" class="button" on:click=copy>{t("cfg-share-copy")}</button>
            </div>
            <p class="step-hint" role="status">
                {move || match copied.get() {
                    Some((text, true)) if link.with(|l| *l == text) => {
                        t("cfg-share-copied")
                    }
                    Some((text, false)) if link.with(|l| *l == text) => {
                        t("cfg-share-copy-failed")
                    }
                    _ => t("cfg-share-draft"),
                }}
            </p>
        </section>
    }
}
