//! When the shop takes consultations, `/studio/availability`: opening hours per weekday (more than
//! one range a day for a break), the shop's time zone, the length of a consultation and the free
//! time after it, the kinds offered, dates closed, how far ahead and how soon a visitor may book.
//! Visitors see free slots from it on their commission page.

use super::StudioLoadError;
use crate::i18n::{say, t, t_args};
use crate::studio::api::{self as api, StudioError};
use crate::studio::{alert, format, use_session};
use atelier_core::commission::{Availability, MeetingKind, WeeklyHours};
use leptos::prelude::*;

/// The weekdays, ISO numbered (1 = Monday), with their names' keys.
const WEEKDAYS: [(u8, &str); 7] = [
    (1, "studio-weekday-1"),
    (2, "studio-weekday-2"),
    (3, "studio-weekday-3"),
    (4, "studio-weekday-4"),
    (5, "studio-weekday-5"),
    (6, "studio-weekday-6"),
    (7, "studio-weekday-7"),
];

/// The availability page.
#[component]
pub fn StudioAvailability() -> impl IntoView {
    let loaded = LocalResource::new(api::availability);
    let body = move || {
        Suspend::new(async move {
            match loaded.await {
                Ok(saved) => {
                    let opened = saved.is_some();
                    editor(saved.unwrap_or_else(starting_point), opened).into_any()
                }
                Err(e) => view! {
                    <StudioLoadError what="studio-avail-not-loaded" error=e />
                }
                .into_any(),
            }
        })
    };
    view! {
        <nav class="studio-crumbs" aria-label=t("studio-mark")>
            <super::InboxLink>{t("studio-brief-back")}</super::InboxLink>
        </nav>
        <section class="studio-availability" aria-labelledby="availability-title">
            <h1 id="availability-title">{t("studio-avail-title")}</h1>
            <Transition fallback=|| view! { <p class="studio-loading" role="status">{t("studio-loading")}</p> }>
                {body}
            </Transition>
        </section>
    }
}

/// What the form starts from before anything was saved: weekdays 10:00–17:00 in the browser's
/// time zone, an hour each with a quarter of an hour after.
fn starting_point() -> Availability {
    Availability {
        time_zone: format::browser_time_zone().unwrap_or_else(|| "UTC".to_owned()),
        weekly: (1..=5)
            .map(|weekday| WeeklyHours {
                weekday,
                start: "10:00".to_owned(),
                end: "17:00".to_owned(),
            })
            .collect(),
        slot_minutes: 60,
        buffer_minutes: 15,
        kinds: vec![MeetingKind::InShop, MeetingKind::Video],
        closed_dates: Vec::new(),
        horizon_days: 60,
        min_notice_hours: 24,
    }
}

/// One range of opening hours as the form edits it.
#[derive(Clone)]
struct Range {
    /// Stable for the list's keys while ranges come and go.
    id: usize,
    weekday: u8,
    start: RwSignal<String>,
    end: RwSignal<String>,
}

/// The form, filled with `initial`; `opened` says whether bookings are open already.
fn editor(initial: Availability, opened: bool) -> impl IntoView {
    let session = use_session();
    let next_id = StoredValue::new(initial.weekly.len());
    let ranges = RwSignal::new(
        initial
            .weekly
            .iter()
            .enumerate()
            .map(|(id, h)| Range {
                id,
                weekday: h.weekday,
                start: RwSignal::new(h.start.clone()),
                end: RwSignal::new(h.end.clone()),
            })
            .collect::<Vec<_>>(),
    );
    let zone = RwSignal::new(initial.time_zone.clone());
    let slot = RwSignal::new(initial.slot_minutes.to_string());
    let buffer = RwSignal::new(initial.buffer_minutes.to_string());
    let horizon = RwSignal::new(initial.horizon_days.to_string());
    let notice = RwSignal::new(initial.min_notice_hours.to_string());
    let kinds = RwSignal::new(initial.kinds.clone());
    let closed = RwSignal::new(initial.closed_dates.clone());
    let new_closed = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let saved = RwSignal::new(false);
    // Saving hours opens bookings, so the sentence follows the saved state, not the loaded one.
    let opened = RwSignal::new(opened);

    let mut zones = format::time_zones();
    if !zones.contains(&initial.time_zone) {
        zones.insert(0, initial.time_zone.clone());
    }

    let save = Action::new_local(move |a: &Availability| {
        let (csrf, a) = (session.csrf(), a.clone());
        async move {
            let result: Result<(), StudioError> = api::save_availability(&csrf, &a).await;
            match &result {
                Ok(()) => {
                    saved.set(true);
                    opened.set(true);
                }
                Err(e) => session.notice(e),
            }
            result
        }
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        saved.set(false);
        let number = |s: RwSignal<String>, problem: &str| {
            s.get_untracked()
                .trim()
                .parse::<u32>()
                .map_err(|_| t(problem))
        };
        let read = || -> Result<Availability, String> {
            let weekly = ranges.with_untracked(|rs| {
                let mut weekly: Vec<WeeklyHours> = rs
                    .iter()
                    .map(|r| WeeklyHours {
                        weekday: r.weekday,
                        start: r.start.get_untracked(),
                        end: r.end.get_untracked(),
                    })
                    .collect();
                weekly.sort_by(|a, b| (a.weekday, &a.start).cmp(&(b.weekday, &b.start)));
                weekly
            });
            if let Some(bad) = weekly
                .iter()
                .find(|h| h.start.len() != 5 || h.end <= h.start)
            {
                let day = t(WEEKDAYS[usize::from(bad.weekday.clamp(1, 7) - 1)].1);
                return Err(t_args("studio-avail-hours-order", &[("day", day.into())]));
            }
            let kinds = kinds.get_untracked();
            if kinds.is_empty() {
                return Err(t("studio-avail-no-kind"));
            }
            Ok(Availability {
                time_zone: zone.get_untracked(),
                weekly,
                slot_minutes: number(slot, "studio-avail-slot-whole")?,
                buffer_minutes: number(buffer, "studio-avail-buffer-whole")?,
                kinds,
                closed_dates: closed.get_untracked(),
                horizon_days: number(horizon, "studio-avail-horizon-whole")?,
                min_notice_hours: number(notice, "studio-avail-notice-whole")?,
            })
        };
        match read() {
            Err(text) => problem.set(Some(text)),
            Ok(a) => {
                problem.set(None);
                if !save.pending().get_untracked() {
                    save.dispatch(a);
                }
            }
        }
    };
    let add_range = move |weekday: u8| {
        let id = next_id.get_value();
        next_id.set_value(id + 1);
        ranges.update(|rs| {
            rs.push(Range {
                id,
                weekday,
                start: RwSignal::new("10:00".to_owned()),
                end: RwSignal::new("17:00".to_owned()),
            })
        });
    };
    let add_closed = move |_| {
        let date = new_closed.get_untracked();
        if date.len() == 10 && !closed.with_untracked(|c| c.contains(&date)) {
            closed.update(|c| {
                c.push(date);
                c.sort();
            });
            new_closed.set(String::new());
        }
    };

    let days = WEEKDAYS
        .into_iter()
        .map(|(weekday, name)| {
            let name = t(name);
            let remove_label = t_args("studio-avail-remove-hours", &[("day", name.clone().into())]);
            let day_ranges = move || {
                ranges.with(|rs| {
                    rs.iter()
                        .filter(|r| r.weekday == weekday)
                        .cloned()
                        .collect::<Vec<_>>()
                })
            };
            let closed_all_day = move || ranges.with(|rs| !rs.iter().any(|r| r.weekday == weekday));
            view! {
                <li class="studio-day" data-weekday=weekday>
                    <h2 id=format!("day-{weekday}")>{name.clone()}</h2>
                    {move || closed_all_day().then(|| view! { <p class="studio-muted">{t("studio-avail-closed")}</p> })}
                    <ul class="studio-ranges">
                        <For each=day_ranges key=|r| r.id let:r>
                            <li class="studio-range">
                                <label>
                                    {t("studio-avail-from")}
                                    " "
                                    <input
                                        type="time"
                                        prop:value=r.start
                                        on:change=move |ev| r.start.set(event_target_value(&ev))
                                    />
                                </label>
                                <label>
                                    " "
                                    {t("studio-avail-to")}
                                    " "
                                    <input
                                        type="time"
                                        prop:value=r.end
                                        on:change=move |ev| r.end.set(event_target_value(&ev))
                                    />
                                </label>
                                <button
                                    type="button"
                                    class="button small"
                                    aria-label=remove_label.clone()
                                    on:click=move |_| ranges.update(|rs| rs.retain(|x| x.id != r.id))
                                >
                                    {t("studio-avail-remove")}
                                </button>
                            </li>
                        </For>
                    </ul>
                    <button
                        type="button"
                        class="button small"
                        aria-label=t_args("studio-avail-add-hours-on", &[("day", name.clone().into())])
                        on:click=move |_| add_range(weekday)
                    >
                        {t("studio-avail-add-hours")}
                    </button>
                </li>
            }
        })
        .collect_view();

    view! {
        <p class="studio-muted studio-booking-state">
            {move || t(if opened.get() { "studio-avail-open" } else { "studio-avail-not-open" })}
        </p>
        <form class="studio-form studio-availability-form" on:submit=on_submit novalidate>
            <label for="availability-zone">{t("studio-avail-zone")}</label>
            <select
                id="availability-zone"
                prop:value=zone
                on:change=move |ev| zone.set(event_target_value(&ev))
            >
                {zones
                    .into_iter()
                    .map(|z| {
                        let selected = z == initial.time_zone;
                        view! { <option value=z.clone() selected=selected>{z.clone()}</option> }
                    })
                    .collect_view()}
            </select>
            <fieldset>
                <legend>{t("studio-avail-hours")}</legend>
                <ol class="studio-week">{days}</ol>
            </fieldset>
            <div class="studio-numbers">
                <label>
                    {t("studio-avail-slot")}
                    <input
                        id="availability-slot"
                        type="number"
                        min="5"
                        step="5"
                        prop:value=slot
                        on:input=move |ev| slot.set(event_target_value(&ev))
                    />
                </label>
                <label>
                    {t("studio-avail-buffer")}
                    <input
                        id="availability-buffer"
                        type="number"
                        min="0"
                        step="5"
                        prop:value=buffer
                        on:input=move |ev| buffer.set(event_target_value(&ev))
                    />
                </label>
                <label>
                    {t("studio-avail-horizon")}
                    <input
                        id="availability-horizon"
                        type="number"
                        min="1"
                        prop:value=horizon
                        on:input=move |ev| horizon.set(event_target_value(&ev))
                    />
                </label>
                <label>
                    {t("studio-avail-notice")}
                    <input
                        id="availability-notice"
                        type="number"
                        min="0"
                        prop:value=notice
                        on:input=move |ev| notice.set(event_target_value(&ev))
                    />
                </label>
            </div>
            <fieldset>
                <legend>{t("studio-avail-kinds")}</legend>
                {MeetingKind::ALL
                    .into_iter()
                    .map(|k| {
                        view! {
                            <label class="studio-check">
                                <input
                                    type="checkbox"
                                    value=k.name()
                                    prop:checked=move || kinds.with(|ks| ks.contains(&k))
                                    on:change=move |ev| {
                                        let on = event_target_checked(&ev);
                                        kinds
                                            .update(|ks| {
                                                ks.retain(|x| *x != k);
                                                if on {
                                                    ks.push(k);
                                                }
                                            });
                                    }
                                />
                                {say(&k.msg())}
                            </label>
                        }
                    })
                    .collect_view()}
            </fieldset>
            <fieldset>
                <legend>{t("studio-avail-dates-closed")}</legend>
                {move || closed.with(Vec::is_empty).then(|| view! { <p class="studio-muted">{t("studio-avail-none")}</p> })}
                <ul class="studio-closed">
                    <For each=move || closed.get() key=|d| d.clone() let:date>
                        <li>
                            <time datetime=date.clone()>{format::date_words(&date)}</time>
                            " "
                            <button
                                type="button"
                                class="button small"
                                aria-label=t_args("studio-avail-remove-date", &[("date", format::date_words(&date).into())])
                                on:click={
                                    let date = date.clone();
                                    move |_| closed.update(|c| c.retain(|x| *x != date))
                                }
                            >
                                {t("studio-avail-remove")}
                            </button>
                        </li>
                    </For>
                </ul>
                <label for="availability-closed">{t("studio-avail-add-date-label")}</label>
                <div class="studio-search-row">
                    <input
                        id="availability-closed"
                        type="date"
                        prop:value=new_closed
                        on:input=move |ev| new_closed.set(event_target_value(&ev))
                    />
                    <button type="button" class="button" on:click=add_closed>
                        {t("studio-avail-add-date")}
                    </button>
                </div>
            </fieldset>
            {move || problem.get().map(|text| view! { <p class="studio-error" role="alert">{text}</p> })}
            {alert::failure(save, "studio-avail-failed")}
            {move || saved.get().then(|| view! { <p class="studio-saved" role="status">{t("studio-avail-saved")}</p> })}
            <button type="submit" class="button primary" disabled=move || save.pending().get()>
                {t("studio-avail-save")}
            </button>
        </form>
    }
}
