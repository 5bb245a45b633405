//! Two saved designs side by side: each ring drawn from the jeweler's three-quarter view, then the
//! words and numbers the jeweler will see.

use crate::storage::SavedDesign;
use crate::viewer::{Snapshots, View};
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
    #[prop(into)]
    catalog: Signal<Arc<Catalog>>,
    /// The live viewer, which draws each compared ring (no second WebGL context).
    #[prop(optional)]
    snapshots: Option<Snapshots>,
) -> impl IntoView {
    let snapshots = snapshots.unwrap_or_default();
    // One picture per compared design, drawn when the pair changes (pushed out to the viewer and
    // back; the live ring returns on the next frame).
    let pictures = RwSignal::new(Vec::<Option<String>>::new());
    Effect::new(move |_| {
        let shots = designs.with(|list| {
            list.iter()
                .take(2)
                .map(|s| {
                    snapshots
                        .take_of(&s.design, &[View::ThreeQuarter], PICTURE_PX)
                        .pop()
                        .map(|shot| shot.png_data_url)
                })
                .collect::<Vec<_>>()
        });
        pictures.set(shots);
    });
    let columns = Memo::new(move |_| {
        let catalog = catalog.get();
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
                    <tr class="compare-pictures">
                        <th scope="row">"Preview"</th>
                        {move || {
                            columns
                                .with(|cs| {
                                    cs.iter()
                                        .enumerate()
                                        .map(|(i, c)| {
                                            let src = pictures.with(|p| p.get(i).cloned().flatten());
                                            let alt = format!("{}: {}", c.0, c.1);
                                            view! {
                                                <td>
                                                    {src
                                                        .map(|src| {
                                                            view! {
                                                                <img class="compare-ring" src=src alt=alt width=PICTURE_PX height=PICTURE_PX />
                                                            }
                                                        })}
                                                </td>
                                            }
                                        })
                                        .collect_view()
                                })
                        }}
                    </tr>
                    {row("Ring", |c| c.1.clone())}
                    {row("Metal", |c| c.2.clone())}
                    {row("Centre stone", |c| c.3.clone())}
                    {row("Jeweler's notes", |c| c.4.clone())}
                </tbody>
            </table>
        </div>
    }
}

/// The compared pictures' size in pixels: sharp at the column's width on a retina screen.
const PICTURE_PX: u32 = 480;
