//! The free times the jeweler can book or move a consultation to, grouped by the shop's days,
//! each in the shop's clock and the jeweler's own: picked, never typed.

use crate::i18n::{say, t, t_args, Arg};
use crate::studio::api;
use crate::studio::format;
use atelier_core::commission::Slot;
use leptos::prelude::*;

/// Days of free times asked for at first and added by "Later days".
const DAYS_STEP: u32 = 7;

/// The slots as radio buttons; the picked one's start (RFC 3339, UTC) goes into `chosen`.
#[component]
pub fn StudioSlotPicker(
    /// The brief's reference.
    reference: String,
    /// The start of the picked slot, empty until one is picked.
    chosen: RwSignal<String>,
) -> impl IntoView {
    let days = RwSignal::new(DAYS_STEP);
    let from = format::today();
    let slots = LocalResource::new(move || {
        let (reference, from, days) = (reference.clone(), from.clone(), days.get());
        async move {
            // Before the shop's hours are saved there are no slots to ask for.
            match api::availability().await? {
                Some(_) => api::slots(&reference, &from, days).await.map(Some),
                None => Ok(None),
            }
        }
    });
    let list = move || {
        Suspend::new(async move {
            match slots.await {
                Err(e) => view! {
                    <p class="studio-error" role="alert">
                        {t_args(
                            "studio-failed",
                            &[("what", t("studio-slots-not-loaded").into()), ("why", say(&e.msg()).into())],
                        )}
                    </p>
                }
                .into_any(),
                Ok(None) => view! {
                    <p class="studio-muted">{t("studio-slots-not-open")}</p>
                }
                .into_any(),
                Ok(Some(s)) if s.slots.is_empty() => view! {
                    <p class="studio-muted">
                        {t_args(
                            "studio-slots-none",
                            &[("n", Arg::int(i64::from(days.get_untracked())))],
                        )}
                    </p>
                }
                .into_any(),
                Ok(Some(s)) => {
                    let zone = s.time_zone.clone();
                    let groups = by_day(&s.slots, &zone);
                    view! {
                        <p class="studio-muted">
                            {t_args("studio-slots-lead", &[("zone", zone.clone().into())])}
                        </p>
                        {groups
                            .into_iter()
                            .enumerate()
                            .map(|(g, (day, slots))| {
                                let heading = format!("slot-day-{g}");
                                let labelled = heading.clone();
                                view! {
                                    <div class="studio-slot-day" role="group" aria-labelledby=labelled>
                                        <h3 id=heading>{day}</h3>
                                        <ul class="studio-slots">
                                            {slots
                                                .into_iter()
                                                .map(|(i, slot)| option(i, slot, &zone, chosen))
                                                .collect_view()}
                                        </ul>
                                    </div>
                                }
                            })
                            .collect_view()}
                    }
                    .into_any()
                }
            }
        })
    };

    view! {
        <fieldset class="studio-slot-picker">
            <legend>{t("studio-slots-title")}</legend>
            <Transition fallback=|| view! { <p class="studio-loading" role="status">{t("studio-slots-loading")}</p> }>
                {list}
            </Transition>
            <button type="button" class="button" on:click=move |_| days.update(|d| *d += DAYS_STEP)>
                {t("studio-slots-later")}
            </button>
        </fieldset>
    }
}

/// The slots under their day in the shop's calendar, keeping each one's index in the list.
fn by_day(slots: &[Slot], zone: &str) -> Vec<(String, Vec<(usize, Slot)>)> {
    let mut groups: Vec<(String, Vec<(usize, Slot)>)> = Vec::new();
    for (i, slot) in slots.iter().enumerate() {
        let day = format::day_in(&slot.starts_at, zone);
        match groups.last_mut() {
            Some((last, list)) if *last == day => list.push((i, slot.clone())),
            _ => groups.push((day, vec![(i, slot.clone())])),
        }
    }
    groups
}

/// One free time: the shop's clock, and the jeweler's when it reads otherwise.
fn option(index: usize, slot: Slot, zone: &str, chosen: RwSignal<String>) -> impl IntoView {
    let id = format!("appointment-slot-{index}");
    let shop = format::time_in(&slot.starts_at, Some(zone));
    let yours = format::time_in(&slot.starts_at, None);
    let own = (yours != shop).then(|| t_args("studio-slot-your-time", &[("time", yours.into())]));
    let value = slot.starts_at.clone();
    let picked = slot.starts_at.clone();
    let stamp = slot.starts_at.clone();
    view! {
        <li>
            <input
                type="radio"
                id=id.clone()
                name="appointment-slot"
                value=value
                prop:checked=move || chosen.with(|c| *c == picked)
                on:change=move |_| chosen.set(slot.starts_at.clone())
            />
            <label for=id>
                <time datetime=stamp>{shop}</time>
                {own.map(|text| view! { " " <span class="studio-muted">{text}</span> })}
            </label>
        </li>
    }
}
