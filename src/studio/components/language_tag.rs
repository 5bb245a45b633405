//! The small tag under a visitor's own words (their notes, messages, erasure comment) that says in
//! which language they wrote: the words stay as written, and the jeweler knows what they read.

use crate::i18n::t_args;
use crate::studio::format;
use leptos::prelude::*;

/// "Written in French" for a brief whose `locale` is `fr`.
#[component]
pub fn StudioLanguageTag(
    /// The brief's language tag, as the visitor's browser gave it (`fr`, `de-CH`).
    #[prop(into)]
    locale: String,
) -> impl IntoView {
    // The language alone ("French"): the region is on the brief's facts.
    let primary = locale.split(['-', '_']).next().unwrap_or_default();
    let language = format::language_name(primary);
    view! {
        <p class="studio-lang-tag" data-lang=locale>
            {t_args("studio-written-in", &[("language", language.into())])}
        </p>
    }
}
