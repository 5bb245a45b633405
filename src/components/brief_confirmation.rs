//! What the visitor sees once the jeweler's server has the brief: the reference to quote, an
//! honest account of what happens next, and the way to a new design. It stays (also after a
//! reload) until the visitor starts that new design.

use crate::brief::around;
use crate::i18n::t;
use crate::storage::Confirmation;
use leptos::html;
use leptos::prelude::*;

/// The confirmation after a brief was stored.
#[component]
pub fn BriefConfirmation(
    /// The stored brief's reference and surprise flag.
    confirmation: Confirmation,
    /// Whether the brief was taken just now: the heading then takes the focus, so keyboard and
    /// screen-reader visitors land on the news instead of on a vanished Send button.
    focus: bool,
    /// Forgets this confirmation and begins a new design.
    #[prop(into)]
    on_start_new: Callback<()>,
) -> impl IntoView {
    let heading = NodeRef::<html::H3>::new();
    if focus {
        Effect::new(move |_| {
            if let Some(heading) = heading.get() {
                let _ = heading.focus();
            }
        });
    }
    let no_link = confirmation.commission_url.is_none();
    // Inside a shop's frame the commission page opens in a tab of its own: the frame is the
    // configurator's height, and the page is the visitor's to keep.
    let new_tab = crate::embed::is_embedded();
    let (reference_before, reference_after) = around("brief-done-reference", "reference", &[]);
    view! {
        <section class="brief-confirmation" aria-labelledby="brief-confirmation-title">
            <h3 id="brief-confirmation-title" tabindex="-1" node_ref=heading>
                {t("brief-done-title")}
            </h3>
            <p>
                {reference_before}
                <strong class="brief-reference">{confirmation.reference}</strong>
                {reference_after}
            </p>
            <p class="brief-commission-link" hidden=no_link>
                <a
                    class="button primary"
                    href=confirmation.commission_url.unwrap_or_default()
                    target=new_tab.then_some("_blank")
                    rel=new_tab.then_some("noopener")
                >
                    {t("brief-done-commission-link")}
                    {new_tab
                        .then(|| {
                            view! {
                                <span class="visually-hidden">
                                    " " {t("brief-done-commission-new-tab")}
                                </span>
                            }
                        })}
                </a>
                " "
                {t("brief-done-commission-text")}
            </p>
            <h4>{t("brief-done-next-title")}</h4>
            <ul>
                <li>{t("brief-done-next-reply")}</li>
                <li>{t("brief-done-next-first-idea")}</li>
                <li>{t("brief-done-next-size")}</li>
                <li hidden=!confirmation.surprise>{t("brief-done-next-surprise")}</li>
            </ul>
            <p class="step-hint">
                {t("brief-done-kept")}
            </p>
            <div class="brief-confirmation-actions">
                <button
                    type="button"
                    class="button primary brief-start-new"
                    on:click=move |_| on_start_new.run(())
                >
                    {t("brief-done-start-new")}
                </button>
            </div>
        </section>
    }
}
