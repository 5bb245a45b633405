//! The studio's private notes on a brief: the visitor never sees them; they print with the brief.

use crate::i18n::t;
use crate::studio::api::{self as api, Note};
use crate::studio::{alert, format, use_session};
use leptos::prelude::*;

/// Notes and the form to add one.
#[component]
pub fn StudioNotes(
    /// The brief's reference.
    reference: String,
    /// The notes so far, oldest first.
    notes: Vec<Note>,
    /// Called after a note was saved, to reload the brief.
    on_changed: Callback<()>,
) -> impl IntoView {
    let session = use_session();
    let text = RwSignal::new(String::new());
    let add = Action::new_local(move |note: &String| {
        let (csrf, reference, note) = (session.csrf(), reference.clone(), note.clone());
        async move {
            let result = api::add_note(&csrf, &reference, &note).await;
            match &result {
                Ok(()) => {
                    text.set(String::new());
                    on_changed.run(());
                }
                Err(e) => session.notice(e),
            }
            result
        }
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let note = text.get_untracked();
        if !note.trim().is_empty() && !add.pending().get_untracked() {
            add.dispatch(note.trim().to_owned());
        }
    };
    let empty = notes.is_empty();

    view! {
        <section class="studio-card studio-notes" aria-labelledby="notes-title">
            <h2 id="notes-title">{t("studio-notes-title")}</h2>
            {empty.then(|| view! { <p class="studio-muted">{t("studio-notes-none")}</p> })}
            <ol class="studio-note-list">
                {notes
                    .into_iter()
                    .map(|n| {
                        view! {
                            <li>
                                <p class="studio-note-text">{n.text}</p>
                                <p class="studio-muted">
                                    {n.by} " · " <time datetime=n.at.clone()>{format::when(&n.at)}</time>
                                </p>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
            <form class="studio-form no-print" on:submit=on_submit>
                <label for="note-text">{t("studio-notes-label")}</label>
                <textarea
                    id="note-text"
                    rows="3"
                    prop:value=text
                    on:input=move |ev| text.set(event_target_value(&ev))
                ></textarea>
                {alert::failure(add, "studio-notes-failed")}
                <button type="submit" class="button" disabled=move || add.pending().get()>
                    {t("studio-notes-add")}
                </button>
            </form>
        </section>
    }
}
