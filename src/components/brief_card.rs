//! The last step: where the brief to the jeweler will be written. The form is the next piece of
//! work; until then this card says so plainly and offers the share link instead.

use atelier_core::design::DesignReport;
use leptos::prelude::*;

/// The hand-off to the jeweler, for now a placeholder with every open note of the design.
#[component]
pub fn BriefCard(
    /// The current check of the design; all its notes are repeated here before sending.
    #[prop(into)]
    report: Signal<DesignReport>,
) -> impl IntoView {
    let notes = move || {
        report.with(|r| {
            r.errors
                .iter()
                .map(|e| format!("Please fix: {e}."))
                .chain(r.warnings.iter().map(|w| w.message.clone()))
                .collect::<Vec<_>>()
        })
    };
    view! {
        <div class="brief-card">
            <h3>"Send to your jeweler — coming next"</h3>
            <p>
                "Soon you'll add your contact details, budget, timeline and notes here and send the whole brief to the jeweler in one go. That form isn't ready yet."
            </p>
            <p>
                "For now: copy the link below and email it to your jeweler. It opens exactly this ring, and your draft stays saved in this browser."
            </p>
            <Show when=move || !notes().is_empty()>
                <h4>"Worth talking about"</h4>
                <ul class="brief-notes">
                    {move || notes().into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}
                </ul>
            </Show>
        </div>
    }
}
