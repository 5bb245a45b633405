//! Sending the visitor a revised design: the jeweler adjusts the ring in the configurator, pastes
//! its link (or code) here with a message, and the server emails it.

use crate::studio::api;
use crate::studio::use_session;
use atelier_core::share;
use leptos::prelude::*;

/// The revised-design form.
#[component]
pub fn StudioRevision(
    /// The brief's reference.
    reference: String,
    /// The design's current share code, to open and adjust.
    design_code: Option<String>,
    /// Called after the revision was queued, to reload the brief (its deliveries).
    on_changed: Callback<()>,
) -> impl IntoView {
    let session = use_session();
    let link = RwSignal::new(String::new());
    let message = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let send = Action::new_local(move |(code, text): &(String, String)| {
        let (csrf, reference, code, text) = (
            session.csrf(),
            reference.clone(),
            code.clone(),
            text.clone(),
        );
        async move {
            let result = api::send_revision(&csrf, &reference, &code, &text).await;
            match &result {
                // The reloaded brief lists the new delivery: that is the confirmation.
                Ok(()) => on_changed.run(()),
                Err(e) => {
                    session.notice(e);
                    problem.set(Some(format!("The revised design was not sent: {e}.")));
                }
            }
        }
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let code = code_of(&link.get_untracked());
        let checked = match share::decode(&code) {
            Err(e) => Err(format!("That link does not hold a design: {e}.")),
            Ok(_) if message.with_untracked(|m| m.trim().is_empty()) => {
                Err("Write a few words to the visitor about what changed.".to_owned())
            }
            Ok(_) => Ok(code),
        };
        match checked {
            Err(text) => problem.set(Some(text)),
            Ok(code) => {
                problem.set(None);
                if !send.pending().get_untracked() {
                    send.dispatch((code, message.get_untracked().trim().to_owned()));
                }
            }
        }
    };

    view! {
        <section class="studio-card studio-revision no-print" aria-labelledby="revision-title">
            <h2 id="revision-title">"Send a revised design"</h2>
            <p class="studio-muted">
                {design_code
                    .map(|code| {
                        view! {
                            <a href=format!("/?d={code}") target="_blank" rel="noopener">
                                "Open the design in the configurator"
                            </a>
                            ", adjust it, copy its link and paste it here."
                        }
                    })}
            </p>
            <form class="studio-form" on:submit=on_submit novalidate>
                <label for="revision-link">"Revised design link or code"</label>
                <input
                    id="revision-link"
                    type="text"
                    autocomplete="off"
                    prop:value=link
                    on:input=move |ev| link.set(event_target_value(&ev))
                />
                <label for="revision-message">"Message to the visitor"</label>
                <textarea
                    id="revision-message"
                    rows="3"
                    prop:value=message
                    on:input=move |ev| message.set(event_target_value(&ev))
                ></textarea>
                {move || problem.get().map(|text| view! { <p class="studio-error" role="alert">{text}</p> })}
                <button type="submit" class="button" disabled=move || send.pending().get()>
                    "Send to the visitor"
                </button>
            </form>
        </section>
    }
}

/// The share code in a pasted link (`…?d=CODE&step=…`), or the text itself when it is a code.
fn code_of(text: &str) -> String {
    let text = text.trim();
    let query = text.split_once('?').map_or(text, |(_, q)| q);
    query
        .split(['&', '#'])
        .find_map(|pair| pair.strip_prefix("d="))
        .unwrap_or(text)
        .to_owned()
}

#[cfg(test)]
mod tests {
    use super::code_of;

    #[test]
    fn finds_the_code_in_a_link() {
        assert_eq!(code_of("https://shop.example/?d=AQIDBA&step=cut"), "AQIDBA");
        assert_eq!(code_of("/?step=metal&d=AQIDBA"), "AQIDBA");
        assert_eq!(code_of("  AQIDBA "), "AQIDBA");
    }
}
