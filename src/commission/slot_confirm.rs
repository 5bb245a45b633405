//! The one row that books a chosen free time: a tap on a time only chooses it, and this row says
//! in words what will be booked (the kind, the day, the time in the visitor's zone) with the one
//! button that books or moves the appointment, and another to choose again.

use super::{api, time};
use crate::i18n::{say, t, t_args, Arg};
use atelier_core::commission::{Appointment, MeetingKind};
use leptos::prelude::*;

/// What will be booked, with "Book this time" (or "Move to this time") and "Choose another".
#[component]
pub fn SlotConfirm(
    /// The chosen slot's start (RFC 3339).
    starts_at: String,
    /// The chosen time; "Choose another" clears it.
    chosen: RwSignal<Option<String>>,
    /// The kind of meeting picked.
    kind: RwSignal<Option<MeetingKind>>,
    /// Books the slot starting at the given instant.
    book: Action<String, Result<Option<Appointment>, api::CommissionError>>,
    /// Whether a booking or cancelling is on its way.
    busy: Signal<bool>,
    /// Whether an appointment is booked (the button then moves it).
    moving: Signal<bool>,
) -> impl IntoView {
    let day = time::day(&starts_at);
    let start = time::clock(&starts_at);
    let what = move || {
        t_args(
            "com-slot-chosen",
            &[
                (
                    "kind",
                    Arg::Text(kind.get().map(|k| say(&k.msg())).unwrap_or_default()),
                ),
                ("day", Arg::Text(day.clone())),
                ("start", Arg::Text(start.clone())),
                ("zone", Arg::Text(time::visitor_zone())),
            ],
        )
    };
    let again = format!(".booking-slot[data-starts-at=\"{starts_at}\"]");
    view! {
        <div class="booking-confirm slot-confirm" role="group" aria-labelledby="slot-confirm-what">
            <p id="slot-confirm-what">{what}</p>
            <button
                type="button"
                class="button primary slot-confirm-book"
                disabled=move || busy.get() || kind.with(Option::is_none)
                on:click=move |_| {
                    book.dispatch(starts_at.clone());
                }
            >
                {move || t(if moving.get() { "com-slot-move" } else { "com-slot-book" })}
            </button>
            <button
                type="button"
                class="button slot-confirm-other"
                disabled=busy
                on:click=move |_| {
                    chosen.set(None);
                    let again = again.clone();
                    request_animation_frame(move || super::focus(&again));
                }
            >
                {t("com-slot-other")}
            </button>
        </div>
    }
}
