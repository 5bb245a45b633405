//! Two saved designs side by side, in the words and numbers the jeweler will see.

use crate::storage::SavedDesign;
use atelier_core::catalog::Catalog;
use atelier_core::{estimate, summary};
use leptos::prelude::*;
use std::sync::Arc;

/// A two-column comparison of saved designs.
#[component]
pub fn DesignCompare(
    /// The designs to compare (the first two are shown).
    #[prop(into)]
    designs: Signal<Vec<SavedDesign>>,
    /// The catalog for summaries and estimates.
    catalog: Arc<Catalog>,
) -> impl IntoView {
    let columns = Memo::new(move |_| {
        designs.with(|list| {
            list.iter()
                .take(2)
                .map(|s| {
                    let e = estimate::estimate(&s.design, &catalog).ok();
                    let weight = e
                        .as_ref()
                        .map_or_else(String::new, |e| format!("about {:.1} g", e.metal_grams));
                    let stone = e.as_ref().and_then(|e| e.stone).map_or_else(
                        || "—".to_owned(),
                        |st| format!("{:.1} × {:.1} mm", st.length_mm, st.width_mm),
                    );
                    let notes = s.design.check(&catalog).warnings;
                    let notes = if notes.is_empty() {
                        "None".to_owned()
                    } else {
                        notes
                            .into_iter()
                            .map(|w| w.message)
                            .collect::<Vec<_>>()
                            .join(" ")
                    };
                    (
                        s.name.clone(),
                        summary::summary(&s.design, &catalog),
                        weight,
                        stone,
                        notes,
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    let row = move |title: &'static str,
                    pick: fn(&(String, String, String, String, String)) -> String| {
        view! {
            <tr>
                <th scope="row">{title}</th>
                {move || columns.with(|cs| cs.iter().map(|c| view! { <td>{pick(c)}</td> }).collect_view())}
            </tr>
        }
    };
    view! {
        <div class="compare" role="region" aria-label="Comparison" tabindex="0">
            <table>
                <caption class="visually-hidden">"Two saved designs side by side"</caption>
                <thead>
                    <tr>
                        <td></td>
                        {move || columns.with(|cs| cs.iter().map(|c| view! { <th scope="col">{c.0.clone()}</th> }).collect_view())}
                    </tr>
                </thead>
                <tbody>
                    {row("Ring", |c| c.1.clone())}
                    {row("Metal", |c| c.2.clone())}
                    {row("Centre stone", |c| c.3.clone())}
                    {row("Jeweler's notes", |c| c.4.clone())}
                </tbody>
            </table>
        </div>
    }
}
