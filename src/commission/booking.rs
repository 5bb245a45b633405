//! Booking the consultation: the free slots of the next weeks grouped by day in the visitor's own
//! time zone (the shop's zone said too), the kind of meeting, and for a booked one its time in
//! both zones, with moving it to another slot or cancelling it.

use super::slot_confirm::SlotConfirm;
use super::{api, time, Page};
use crate::brief::around;
use crate::i18n::{say, t, t_args, Arg};
use atelier_core::commission::{Appointment, MeetingKind, NewBooking, Slots};
use leptos::prelude::*;

/// How many days of slots the page asks for, from the visitor's yesterday (three weeks on).
const DAYS_SHOWN: u32 = 22;
/// How many days with free times show at first, and how many more each "More days" adds.
const DAYS_AT_ONCE: usize = 3;

/// The appointment, and the slots to book or move it.
#[component]
pub fn Booking() -> impl IntoView {
    let page = expect_context::<Page>();
    let open = Memo::new(move |_| {
        page.data
            .with(|d| d.as_ref().is_some_and(|d| d.booking_open))
    });
    let appointment = Memo::new(move |_| {
        page.data
            .with(|d| d.as_ref().and_then(|d| d.appointment.clone()))
    });
    let reload = RwSignal::new(0u32);
    let slots = LocalResource::new(move || {
        reload.track();
        let token = page.token.get_value();
        let open = open.get();
        async move {
            if open {
                Some(api::slots(&token, &time::yesterday(), DAYS_SHOWN).await)
            } else {
                None
            }
        }
    });
    let kind = RwSignal::new(None::<MeetingKind>);
    // A tap on a time only chooses it; the confirmation row under it books.
    let chosen = RwSignal::new(None::<String>);
    let problem = RwSignal::new(None::<String>);
    // Cancelling asks first, inline: one tap must not drop a consultation.
    let asking = RwSignal::new(false);
    let book = Action::new_local(move |starts_at: &String| {
        let token = page.token.get_value();
        let booking = kind.get_untracked().map(|kind| NewBooking {
            starts_at: starts_at.clone(),
            kind,
            time_zone: Some(time::visitor_zone()),
        });
        async move {
            match booking {
                Some(b) => api::book(&token, &b).await.map(Some),
                None => Ok(None),
            }
        }
    });
    let cancel = Action::new_local(move |(): &()| {
        let token = page.token.get_value();
        async move { api::cancel(&token).await }
    });
    Effect::new(move |_| match book.value().get() {
        Some(Ok(_)) => {
            problem.set(None);
            chosen.set(None);
            reload.update(|n| *n += 1);
            page.refresh_then_focus(".appointment-summary".to_owned());
        }
        Some(Err(e)) => {
            if matches!(&e, api::CommissionError::Refused { code, .. } if code == "slot_taken") {
                problem.set(Some(t("com-booking-taken")));
                chosen.set(None);
                reload.update(|n| *n += 1);
            } else {
                problem.set(Some(e.message()));
            }
        }
        None => {}
    });
    Effect::new(move |_| match cancel.value().get() {
        Some(Ok(())) => {
            problem.set(None);
            asking.set(false);
            reload.update(|n| *n += 1);
            page.refresh_then_focus("#booking-title".to_owned());
        }
        Some(Err(e)) => problem.set(Some(e.message())),
        None => {}
    });
    let busy = move || book.pending().get() || cancel.pending().get();
    let booked = move || {
        appointment.get().map(|a| {
            let day = Arg::Text(time::day(&a.starts_at));
            let start = Arg::Text(time::clock(&a.starts_at));
            let question = t_args(
                "com-booking-cancel-question",
                &[("day", day.clone()), ("start", start.clone())],
            );
            let (before, after) = around(
                "com-booking-summary",
                "kind",
                &[
                    ("day", day),
                    ("start", start),
                    ("end", Arg::Text(time::clock(&a.ends_at))),
                ],
            );
            let zones = t_args(
                "com-booking-zones",
                &[
                    ("zone", Arg::Text(time::visitor_zone())),
                    ("shop", Arg::Text(time::in_zone(&a.starts_at, &a.shop_time_zone))),
                    ("shop_zone", Arg::Text(a.shop_time_zone.clone())),
                ],
            );
            view! {
                <div class="appointment">
                    <p class="appointment-summary" tabindex="-1">
                        {before}
                        <strong>{say(&a.kind.msg())}</strong>
                        {after}
                    </p>
                    <p class="step-hint">{zones}</p>
                    <Show
                        when=move || asking.get()
                        fallback=move || {
                            view! {
                                <button
                                    type="button"
                                    class="button booking-cancel"
                                    disabled=busy
                                    on:click=move |_| {
                                        asking.set(true);
                                        request_animation_frame(|| super::focus(".booking-keep"));
                                    }
                                >
                                    {t("com-booking-cancel")}
                                </button>
                            }
                        }
                    >
                        <div class="booking-confirm" role="group" aria-labelledby="booking-confirm-question">
                            <p id="booking-confirm-question">{question.clone()}</p>
                            <button
                                type="button"
                                class="button booking-cancel-yes"
                                disabled=busy
                                on:click=move |_| {
                                    cancel.dispatch(());
                                }
                            >
                                {t("com-booking-cancel-yes")}
                            </button>
                            <button
                                type="button"
                                class="button primary booking-keep"
                                disabled=busy
                                on:click=move |_| {
                                    asking.set(false);
                                    request_animation_frame(|| super::focus(".booking-cancel"));
                                }
                            >
                                {t("com-booking-keep")}
                            </button>
                        </div>
                    </Show>
                </div>
            }
        })
    };
    let picker = move || {
        slots.get().flatten().map(|answer| match answer {
            Err(e) => view! { <p class="form-error">{t_args("com-slots-failed", &[("reason", Arg::Text(e.message()))])}</p> }.into_any(),
            Ok(slots) => view! { <SlotPicker slots=slots kind=kind chosen=chosen book=book busy=Signal::derive(busy) moving=Signal::derive(move || appointment.with(Option::is_some)) booked=appointment.with_untracked(|a| a.as_ref().map(|a| a.kind)) /> }.into_any(),
        })
    };
    view! {
        <section class="commission-card commission-booking" aria-labelledby="booking-title">
            <h2 id="booking-title" tabindex="-1">{t("com-booking-title")}</h2>
            {booked}
            <Show
                when=move || open.get()
                fallback=move || {
                    view! {
                        <p class="step-hint">
                            {move || appointment.with(Option::is_none).then(|| t("com-booking-closed"))}
                        </p>
                    }
                }
            >
                {picker}
            </Show>
            <p class="form-error" role="alert">{move || problem.get()}</p>
        </section>
    }
}

/// The free slots, grouped by day in the visitor's zone.
#[component]
fn SlotPicker(
    /// The free slots and the kinds the shop offers.
    slots: Slots,
    /// The kind of meeting picked.
    kind: RwSignal<Option<MeetingKind>>,
    /// The time chosen and not yet booked.
    chosen: RwSignal<Option<String>>,
    /// Books the slot starting at the given instant.
    book: Action<String, Result<Option<Appointment>, api::CommissionError>>,
    /// Whether a booking or cancelling is on its way.
    busy: Signal<bool>,
    /// Whether an appointment is booked (a pick then moves it).
    moving: Signal<bool>,
    /// The kind of the booked appointment, which a move keeps unless the visitor picks another.
    booked: Option<MeetingKind>,
) -> impl IntoView {
    if kind.get_untracked().is_none() {
        kind.set(booked.or_else(|| slots.kinds.first().copied()));
    }
    let kinds = slots
        .kinds
        .iter()
        .map(|k| {
            let k = *k;
            view! {
                <label class="booking-kind">
                    <input
                        type="radio"
                        name="booking-kind"
                        prop:checked=move || kind.get() == Some(k)
                        on:change=move |_| kind.set(Some(k))
                    />
                    {say(&k.msg())}
                </label>
            }
        })
        .collect_view();
    let mut days: Vec<(String, Vec<(String, String)>)> = Vec::new();
    for slot in &slots.slots {
        let day = time::day(&slot.starts_at);
        let entry = (slot.starts_at.clone(), time::clock(&slot.starts_at));
        match days.last_mut() {
            Some((d, list)) if *d == day => list.push(entry),
            _ => days.push((day, vec![entry])),
        }
    }
    // The free times are one Tab stop: the chosen time's, else the first's; the arrow keys move
    // between them (the WAI-ARIA roving tabindex), and Enter or Space chooses one.
    let first = slots.slots.first().map(|s| s.starts_at.clone());
    let stop = RwSignal::new(None::<String>);
    let zone = slots.time_zone.clone();
    let zone_name = slots.time_zone.clone();
    let empty = days.is_empty();
    let total = days.len();
    let shown = RwSignal::new(DAYS_AT_ONCE);
    let days =
        days.into_iter()
            .enumerate()
            .map(|(i, (day, list))| {
                let starts: Vec<String> = list.iter().map(|(s, _)| s.clone()).collect();
                let buttons = list
                .into_iter()
                .map(|(starts_at, clock)| {
                    let shop = time::in_zone(&starts_at, &zone);
                    let title = t_args("com-slot-shop-time", &[("shop", Arg::Text(shop.clone()))]);
                    let name = t_args(
                        "com-slot-name",
                        &[
                            ("time", Arg::Text(clock.clone())),
                            ("shop", Arg::Text(shop)),
                        ],
                    );
                    let this = starts_at.clone();
                    let here = starts_at.clone();
                    let mine = starts_at.clone();
                    let first = first.clone();
                    let tabindex = move || {
                        let at = chosen.get().or_else(|| stop.get()).or_else(|| first.clone());
                        if at.as_deref() == Some(here.as_str()) { "0" } else { "-1" }
                    };
                    view! {
                        <li>
                            <button
                                type="button"
                                class="button booking-slot"
                                title=title.clone()
                                aria-label=name
                                aria-pressed=move || {
                                    chosen.with(|c| c.as_deref() == Some(this.as_str())).to_string()
                                }
                                data-starts-at=starts_at.clone()
                                tabindex=tabindex
                                disabled=busy
                                on:focus=move |_| stop.set(Some(mine.clone()))
                                on:keydown=move_between_slots
                                on:click=move |_| {
                                    chosen.set(Some(starts_at.clone()));
                                    request_animation_frame(|| super::focus(".slot-confirm-book"));
                                }
                            >
                                {clock.clone()}
                            </button>
                        </li>
                    }
                })
                .collect_view();
                view! {
                    <div class="booking-day" hidden=move || { i >= shown.get() }>
                        <h3>{day}</h3>
                        <ul class="booking-slots">{buttons}</ul>
                        {move || {
                            chosen
                                .get()
                                .filter(|c| starts.contains(c))
                                .map(|starts_at| {
                                    view! { <SlotConfirm starts_at chosen kind book busy moving /> }
                                })
                        }}
                    </div>
                }
            })
            .collect_view();
    view! {
        <div class="booking-picker">
            <p>
                {move || {
                    let args = [
                        ("zone", Arg::Text(time::visitor_zone())),
                        ("shop_zone", Arg::Text(zone_name.clone())),
                    ];
                    t_args(if moving.get() { "com-slots-move" } else { "com-slots-pick" }, &args)
                }}
            </p>
            <fieldset class="booking-kinds">
                <legend>{t("com-kind-title")}</legend>
                {kinds}
            </fieldset>
            {empty.then(|| view! { <p class="step-hint">{t("com-slots-none")}</p> })}
            {days}
            <button
                type="button"
                class="button booking-more"
                hidden=move || { shown.get() >= total }
                on:click=move |_| shown.update(|n| *n += DAYS_AT_ONCE)
            >
                {t("com-slots-more")}
            </button>
        </div>
    }
}

/// The arrow keys, Home and End on a free time: the focus moves to the time before or after it
/// among the days shown (left and right follow the reading direction).
fn move_between_slots(ev: leptos::ev::KeyboardEvent) {
    use wasm_bindgen::JsCast;
    let rtl = crate::i18n::lang().is_rtl();
    let step: i64 = match ev.key().as_str() {
        "ArrowDown" => 1,
        "ArrowUp" => -1,
        "ArrowRight" => {
            if rtl {
                -1
            } else {
                1
            }
        }
        "ArrowLeft" => {
            if rtl {
                1
            } else {
                -1
            }
        }
        "Home" => i64::MIN,
        "End" => i64::MAX,
        _ => return,
    };
    let Some(list) = web_sys::window().and_then(|w| w.document()).and_then(|d| {
        d.query_selector_all(".booking-day:not([hidden]) .booking-slot")
            .ok()
    }) else {
        return;
    };
    let buttons: Vec<web_sys::HtmlElement> = (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        .collect();
    let current = ev
        .current_target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok());
    let Some(at) = current.and_then(|c| buttons.iter().position(|b| *b == c)) else {
        return;
    };
    let last = buttons.len().saturating_sub(1);
    let next = match step {
        i64::MIN => 0,
        i64::MAX => last,
        1 => (at + 1).min(last),
        _ => at.saturating_sub(1),
    };
    ev.prevent_default();
    if let Some(button) = buttons.get(next) {
        let _ = button.focus();
    }
}
