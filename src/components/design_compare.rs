//! Two saved designs side by side: each ring drawn from the jeweler's three-quarter view, then the
//! words and numbers the jeweler will see.

use crate::i18n::{say, t, t_args, Arg};
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
                    let weight = e.as_ref().map_or_else(String::new, |e| {
                        t_args(
                            "cfg-compare-weight",
                            &[("grams", Arg::fixed(e.metal_grams, 1))],
                        )
                    });
                    let stone = e.as_ref().and_then(|e| e.stone).map_or_else(
                        || t("cfg-compare-no-stone"),
                        |st| {
                            t_args(
                                "cfg-compare-stone-size",
                                &[
                                    ("length", Arg::fixed(st.length_mm, 1)),
                                    ("width", Arg::fixed(st.width_mm, 1)),
                                ],
                            )
                        },
                    );
                    let notes = s.design.check(&catalog).warnings;
                    let notes = if notes.is_empty() {
                        t("cfg-compare-no-notes")
                    } else {
                        notes
                            .into_iter()
                            .map(|w| say(&w.msg()))
                            .collect::<Vec<_>>()
                            .join(" ")
                    };
                    (
                        s.name.clone(),
                        say(&summary::summary_msg(&s.design, &catalog)),
                        weight,
                        stone,
                        notes,
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    let row = move |title: String,
                    pick: fn(&(String, String, String, String, String)) -> String| {
        view! {
            <tr>
                <th scope="row">{title}</th>
                {move || columns.with(|cs| cs.iter().map(|c| view! { <td>{pick(c)}</td> }).collect_view())}
            </tr>
        }
    };
    view! {
        <div class="compare" role="region" aria-label=t("cfg-compare-label") tabindex="0">
            <table>
                <caption class="visually-hidden">{t("cfg-compare-caption")}</caption>
                <thead>
                    <tr>
                        <td></td>
                        {move || columns.with(|cs| cs.iter().map(|c| view! { <th scope="col">{c.0.clone()}</th> }).collect_view())}
                    </tr>
                </thead>
                <tbody>
                    <tr class="compare-pictures">
                        <th scope="row">{t("cfg-compare-preview")}</th>
                        {move || {
                            columns
                                .with(|cs| {
                                    cs.iter()
                                        .enumerate()
                                        .map(|(i, c)| {
                                            let src = pictures.with(|p| p.get(i).cloned().flatten());
                                            let alt = t_args(
                                                "cfg-compare-picture",
                                                &[("name", c.0.clone().into()), ("summary", c.1.clone().into())],
                                            );
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
                    {row(t("cfg-compare-ring"), |c| c.1.clone())}
                    {row(t("cfg-compare-metal"), |c| c.2.clone())}
                    {row(t("cfg-compare-stone"), |c| c.3.clone())}
                    {row(t("cfg-compare-notes"), |c| c.4.clone())}
                </tbody>
            </table>
        </div>
    }
}

/// The compared pictures' size in pixels: sharp at the column's width on a retina screen.
const PICTURE_PX: u32 = 480;
