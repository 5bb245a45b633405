//! The language switch in the shop's bar: every language Atelier speaks, each in its own name.
//! Choosing one fetches its words and draws the page again; offline, the page stays as it was,
//! says why, and switches by itself once the browser is back online.

use crate::i18n::{self, t, Lang};
use leptos::prelude::*;

/// A labelled `<select>` of the languages, the one on screen selected.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let current = i18n::lang();
    // The language chosen whose words could not be fetched (offline), until they are.
    let wanted = RwSignal::new(None::<Lang>);
    let select_ref = NodeRef::<leptos::html::Select>::new();
    let switch = move |lang: Lang| {
        wanted.set(None);
        i18n::switch(lang, move |ok| {
            // The select names the language on screen: the new one, or (offline) the one still
            // there, although the visitor picked another (the browser keeps a picked option, and
            // a switch made by itself once back online was left showing the old one).
            if let Some(select) = select_ref.try_get_untracked().flatten() {
                select.set_value(i18n::lang().code());
            }
            if !ok {
                wanted.try_set(Some(lang));
            }
        });
    };
    let on_change = move |ev: leptos::ev::Event| {
        if let Some(lang) = Lang::from_tag(&event_target_value(&ev)) {
            if lang != i18n::lang() {
                switch(lang);
            }
        }
    };
    let back_online = window_event_listener(leptos::ev::online, move |_| {
        if let Some(lang) = wanted.get_untracked() {
            switch(lang);
        }
    });
    on_cleanup(move || back_online.remove());
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
            <select id="language" node_ref=select_ref on:change=on_change>
                {options}
            </select>
            <p class="language-offline" role="status">
                {move || wanted.get().map(|_| t("common-offline"))}
            </p>
        </div>
    }
}
