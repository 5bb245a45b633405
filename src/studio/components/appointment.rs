//! The consultation on the brief page: when (in the jeweler's time and the shop's), how, and the
//! jeweler's side of moving or cancelling it. Both sides get an updated invitation by email.

use crate::i18n::{say, t, t_args};
use crate::studio::api::{self as api, StudioError};
use crate::studio::components::{StudioConfirm, StudioSlotPicker};
use crate::studio::{alert, format, use_session};
use atelier_core::commission::{Appointment, MeetingKind, NewBooking};
use leptos::prelude::*;

/// The appointment, with "Move" and "Cancel".
#[component]
pub fn StudioAppointment(
    /// The brief's reference.
    reference: String,
    /// The booked consultation, if any.
    appointment: Option<Appointment>,
    /// Called after a change, to reload the commission.
    on_changed: Callback<()>,
) -> impl IntoView {
    let session = use_session();
    let when = RwSignal::new(String::new());
    let kind = RwSignal::new(
        appointment
            .as_ref()
            .map_or(MeetingKind::InShop, |a| a.kind)
            .name()
            .to_owned(),
    );
    let problem = RwSignal::new(None::<String>);
    let picker_reference = reference.clone();
    let book = Action::new_local({
        let reference = reference.clone();
        move |booking: &NewBooking| {
            let (csrf, reference, booking) = (session.csrf(), reference.clone(), booking.clone());
            async move {
                let result: Result<Appointment, StudioError> =
                    api::book(&csrf, &reference, &booking).await;
                match &result {
                    Ok(_) => on_changed.run(()),
                    Err(e) => session.notice(e),
                }
                result
            }
        }
    });
    let cancel = Action::new_local(move |(): &()| {
        let (csrf, reference) = (session.csrf(), reference.clone());
        async move {
            let result = api::cancel_appointment(&csrf, &reference).await;
            match &result {
                Ok(()) => on_changed.run(()),
                Err(e) => session.notice(e),
            }
            result
        }
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let starts_at = when.get_untracked();
        if starts_at.is_empty() {
            problem.set(Some(t("studio-appointment-pick")));
            return;
        }
        problem.set(None);
        let kind = MeetingKind::parse(&kind.get_untracked()).unwrap_or(MeetingKind::InShop);
        if !book.pending().get_untracked() {
            book.dispatch(NewBooking {
                starts_at,
                kind,
                time_zone: None,
            });
        }
    };
    let booked = appointment.is_some();
    let shown = appointment.map(|a| {
        // The jeweler's own clock first, the end as a time only; then the shop's clock and the
        // visitor's, each only where it is another zone than the jeweler's browser (and the
        // visitor's only where it is not the shop's).
        let here = format::browser_time_zone();
        let elsewhere = |zone: &Option<String>| zone.clone().filter(|z| Some(z) != here.as_ref());
        // A zone this browser cannot read is left out rather than said with the wrong clock.
        let zoned = |key: &'static str, zone: String| {
            let time = format::when_in(&a.starts_at, &zone)?;
            Some(view! { <p>{t_args(key, &[("zone", zone.into()), ("time", time.into())])}</p> })
        };
        let shop = elsewhere(&Some(a.shop_time_zone.clone()))
            .and_then(|zone| zoned("studio-appointment-at-shop", zone));
        // A visitor in the shop's zone reads the shop's clock, said already.
        let visitor = elsewhere(&a.visitor_time_zone)
            .filter(|zone| *zone != a.shop_time_zone)
            .and_then(|zone| zoned("studio-appointment-visitor-time", zone));
        view! {
            <div class="studio-appointment" data-starts-at=a.starts_at.clone()>
                <p>
                    {t_args(
                        "studio-appointment-when",
                        &[
                            ("kind", a.kind.msg().into()),
                            ("start", format::when(&a.starts_at).into()),
                            ("end", format::time_in(&a.ends_at, None).into()),
                        ],
                    )}
                </p>
                {shop}
                {visitor}
            </div>
        }
    });

    view! {
        <section class="studio-card studio-consultation no-print" aria-labelledby="appointment-title">
            <h2 id="appointment-title">{t("studio-appointment-title")}</h2>
            {match shown {
                Some(view) => view.into_any(),
                None => {
                    view! { <p class="studio-muted">{t("studio-appointment-none")}</p> }
                        .into_any()
                }
            }}
            <form class="studio-form" on:submit=on_submit>
                <p class="studio-form-lead">
                    {t(if booked { "studio-appointment-move-lead" } else { "studio-appointment-book-lead" })}
                </p>
                <StudioSlotPicker reference=picker_reference chosen=when />
                <label for="appointment-kind">{t("studio-appointment-how")}</label>
                <select
                    id="appointment-kind"
                    prop:value=kind
                    on:change=move |ev| kind.set(event_target_value(&ev))
                >
                    {MeetingKind::ALL
                        .into_iter()
                        .map(|k| view! { <option value=k.name()>{say(&k.msg())}</option> })
                        .collect_view()}
                </select>
                {move || problem.get().map(|text| view! { <p class="studio-error" role="alert">{text}</p> })}
                {alert::failure(book, "studio-appointment-book-failed")}
                <div class="studio-actions">
                    <button type="submit" class="button" disabled=move || book.pending().get()>
                        {t(if booked { "studio-appointment-move" } else { "studio-appointment-book" })}
                    </button>
                    {booked
                        .then(|| {
                            view! {
                                <StudioConfirm
                                    label="studio-appointment-cancel"
                                    question="studio-appointment-cancel-question"
                                    yes="studio-appointment-cancel-yes"
                                    id="cancel-question"
                                    pending=cancel.pending().into()
                                    on_yes=Callback::new(move |()| {
                                        cancel.dispatch(());
                                    })
                                />
                            }
                        })}
                </div>
                {alert::failure(cancel, "studio-appointment-cancel-failed")}
            </form>
        </section>
    }
}
