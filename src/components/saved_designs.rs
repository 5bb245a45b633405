//! The visitor's named designs, kept in this browser: save the current ring under a name, open one
//! again, delete it, or tick two to compare side by side.

use super::DesignCompare;
use crate::i18n::{t, t_args, Arg};
use crate::later::Later;
use crate::storage::{self, SavedDesign, MAX_NAME_CHARS};
use crate::viewer::Snapshots;
use atelier_core::catalog::Catalog;
use atelier_core::design::Design;
use leptos::prelude::*;
use std::sync::Arc;

/// The "My designs" panel.
#[component]
pub fn SavedDesigns(
    /// The design being configured: saved from, and replaced when the visitor opens a saved one.
    design: RwSignal<Design>,
    /// The catalog the comparison reads names and estimates from.
    #[prop(into)]
    catalog: Signal<Arc<Catalog>>,
    /// The live viewer, which also draws the compared designs' pictures.
    #[prop(optional)]
    snapshots: Option<Snapshots>,
) -> impl IntoView {
    let snapshots = snapshots.unwrap_or_default();
    let saved = RwSignal::new(storage::load_saved());
    let name = RwSignal::new(String::new());
    let status = RwSignal::new(String::new());
    // Names of the (at most two) designs ticked for comparison.
    let compare = RwSignal::new(Vec::<String>::new());

    let store = move |list: Vec<SavedDesign>| {
        let ok = storage::store_saved(&list);
        saved.set(list);
        ok
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let cleaned = storage::clean_name(&name.get_untracked());
        let label = if cleaned.is_empty() {
            t_args(
                "cfg-saved-default-name",
                &[("n", Arg::int(saved.with_untracked(Vec::len) as i64 + 1))],
            )
        } else {
            cleaned
        };
        let mut list = saved.get_untracked();
        list.retain(|s| s.name != label);
        list.push(SavedDesign {
            name: label.clone(),
            design: design.get_untracked(),
        });
        status.set(if store(list) {
            t_args("cfg-saved-saved", &[("name", label.into())])
        } else {
            t("cfg-saved-refused")
        });
        name.set(String::new());
    };

    let rows = move || {
        saved
            .get()
            .into_iter()
            .map(|entry| {
                let SavedDesign {
                    name: label,
                    design: kept,
                } = entry;
                let (open_label, delete_label, tick) =
                    (label.clone(), label.clone(), label.clone());
                let ticked = {
                    let tick = tick.clone();
                    move || compare.with(|c| c.contains(&tick))
                };
                let toggle = move |ev| {
                    let on = event_target_checked(&ev);
                    compare.update(|c| {
                        c.retain(|n| n != &tick);
                        if on {
                            c.push(tick.clone());
                            // Two at a time: the oldest tick makes way.
                            while c.len() > 2 {
                                c.remove(0);
                            }
                        }
                    });
                };
                let open = move |_| {
                    design.set(kept.clone());
                    status.set(t_args("cfg-saved-opened", &[("name", open_label.clone().into())]));
                };
                let delete = move |_| {
                    let mut list = saved.get_untracked();
                    list.retain(|s| s.name != delete_label);
                    compare.update(|c| c.retain(|n| n != &delete_label));
                    store(list);
                    status.set(t_args(
                        "cfg-saved-deleted",
                        &[("name", delete_label.clone().into())],
                    ));
                };
                view! {
                    <li class="saved-item">
                        <label class="saved-compare">
                            <input
                                type="checkbox"
                                aria-label=t_args("cfg-saved-compare", &[("name", label.clone().into())])
                                prop:checked=ticked
                                on:change=toggle
                            />
                            <span class="saved-name">{label.clone()}</span>
                        </label>
                        <button
                            type="button"
                            class="button small"
                            aria-label=t_args("cfg-saved-open-named", &[("name", label.clone().into())])
                            on:click=open
                        >
                            {t("cfg-saved-open")}
                        </button>
                        <button
                            type="button"
                            class="button small"
                            aria-label=t_args("cfg-saved-delete-named", &[("name", label.clone().into())])
                            on:click=delete
                        >
                            {t("cfg-saved-delete")}
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    let pair = Signal::derive(move || {
        compare.with(|names| {
            saved.with(|list| {
                names
                    .iter()
                    .filter_map(|n| list.iter().find(|s| &s.name == n).cloned())
                    .collect::<Vec<_>>()
            })
        })
    });

    view! {
        <section class="saved" aria-labelledby="saved-title">
            <h2 id="saved-title">{t("cfg-saved-title")}</h2>
            <form class="share-row" on:submit=save>
                <label class="visually-hidden" for="save-name">
                    {t("cfg-saved-name-label")}
                </label>
                <input
                    id="save-name"
                    type="text"
                    placeholder=t("cfg-saved-name-placeholder")
                    maxlength=MAX_NAME_CHARS
                    autocomplete="off"
                    prop:value=move || name.get()
                    on:input=move |ev| name.set(event_target_value(&ev))
                />
                <button type="submit" class="button">
                    {t("cfg-saved-save")}
                </button>
            </form>
            <p class="step-hint" role="status">
                {move || status.get()}
            </p>
            <Show when=move || !saved.with(Vec::is_empty)>
                <p class="step-hint">{t("cfg-saved-tick-two")}</p>
                <ul class="saved-list">{rows}</ul>
            </Show>
            <Show when=move || pair.with(|p| p.len() == 2)>
                <Later load=move || comparison(pair, catalog, snapshots) />
            </Show>
        </section>
    }
}

crate::later! {
    /// The comparison, fetched the first time two designs are ticked.
    compare, fn comparison(
        designs: Signal<Vec<SavedDesign>>,
        catalog: Signal<Arc<Catalog>>,
        snapshots: Snapshots,
    ) -> AnyView {
        view! { <DesignCompare designs=designs catalog=catalog snapshots=snapshots /> }.into_any()
    }
}
