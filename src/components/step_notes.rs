//! Core's warnings and errors for one step, shown where the visitor can act on them.

use crate::i18n::{say, t_args};
use atelier_core::design::DesignReport;
use leptos::prelude::*;

/// The jeweler's notes (warnings) and the things to fix (errors) about some design fields.
#[component]
pub fn StepNotes(
    /// The current check of the design (`Design::check`).
    #[prop(into)]
    report: Signal<DesignReport>,
    /// The design fields whose notes belong here.
    fields: &'static [&'static str],
) -> impl IntoView {
    let notes = move || {
        report.with(|r| {
            let errors = r
                .errors
                .iter()
                .filter(|e| fields.contains(&e.field()))
                .map(|e| {
                    (
                        "note note-error",
                        t_args("cfg-note-fix", &[("problem", e.msg().into())]),
                    )
                });
            let warnings = r
                .warnings
                .iter()
                .filter(|w| fields.contains(&w.field.as_str()))
                .map(|w| ("note note-warning", say(&w.msg())));
            errors.chain(warnings).collect::<Vec<_>>()
        })
    };
    view! {
        <div class="step-notes" role="status" aria-live="polite">
            <Show when=move || !notes().is_empty()>
                <ul>
                    {move || {
                        notes()
                            .into_iter()
                            .map(|(class, text)| view! { <li class=class>{text}</li> })
                            .collect_view()
                    }}
                </ul>
            </Show>
        </div>
    }
}
