//! The parts the sign-in and first-account forms share: a labelled input bound to a signal, the
//! submit button that says it is busy, and errors turned into sentences.

use crate::i18n::t;
use leptos::prelude::*;

/// A label and its input, the input's value kept in `value` as the jeweler types.
#[component]
pub fn AuthField(
    /// The input's id, which the label points at.
    id: &'static str,
    /// The label's text.
    #[prop(into)]
    label: String,
    /// The input's `type` ("email", "password", "text").
    kind: &'static str,
    /// The browser's autofill hint ("username", "current-password", "off"…).
    autocomplete: &'static str,
    /// Whether the input is marked required.
    #[prop(optional)]
    required: bool,
    /// The value.
    value: RwSignal<String>,
) -> impl IntoView {
    view! {
        <label for=id>{label}</label>
        <input
            id=id
            type=kind
            autocomplete=autocomplete
            required=required
            prop:value=value
            on:input=move |ev| value.set(event_target_value(&ev))
        />
    }
}

/// The form's primary button, disabled and saying the message `busy` while `pending` (`idle`
/// otherwise).
pub fn submit_button(
    pending: impl Fn() -> bool + Copy + Send + Sync + 'static,
    idle: &'static str,
    busy: &'static str,
) -> impl IntoView {
    view! {
        <button type="submit" class="button primary" disabled=pending>
            {move || t(if pending() { busy } else { idle })}
        </button>
    }
}

/// The first letter in upper case, for an error shown as a sentence.
pub fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::capitalise;

    #[test]
    fn errors_read_as_sentences() {
        assert_eq!(capitalise("too many attempts"), "Too many attempts");
        assert_eq!(capitalise("élan"), "Élan");
        assert_eq!(capitalise(""), "");
    }
}
