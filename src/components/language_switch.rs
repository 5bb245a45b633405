//! The language switch in the shop's bar: every language Atelier speaks, each in its own name.
//! Choosing one fetches its words and draws the page again; offline, the page stays as it was and
//! says why.

use crate::i18n::{self, t, Lang};
use leptos::prelude::*;

/// A labelled `<select>` of the languages, the one on screen selected.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let current = i18n::lang();
    // Set when the chosen language's words could not be fetched.
    let failed = RwSignal::new(false);
    let on_change = move |ev: leptos::ev::Event| {
        let Some(lang) = Lang::from_tag(&event_target_value(&ev)) else {
            return;
        };
        if lang == i18n::lang() {
            return;
        }
        failed.set(false);
        // The select already shows the new name; put the one on screen back if the switch fails.
        let select = event_target::<web_sys::HtmlSelectElement>(&ev);
        i18n::switch(lang, move |ok| {
            if !ok {
                select.set_value(i18n::lang().code());
                failed.set(true);
            }
        });
    };
    let options = Lang::ALL
        .into_iter()
        .map(|lang| {
            view! {
                <option value=lang.code() lang=lang.code() selected=lang == current>
                    {lang.autonym()}
                </option>
            }
        })
        .collect_view();
    view! {
        <div class="language-switch">
            <label for="language">{t("common-language")}</label>
            <select id="language" on:change=on_change>
                {options}
            </select>
            <p class="language-offline" role="status">
                {move || failed.get().then(|| t("common-offline"))}
            </p>
        </div>
    }
}
