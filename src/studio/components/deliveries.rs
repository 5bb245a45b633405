//! The outbox of a brief: each email and webhook, its attempts and errors, the next try, and a
//! retry button once a delivery has given up (a dead letter).

use crate::i18n::{say, t, t_args, Arg};
use crate::studio::api::{self as api, Delivery};
use crate::studio::{alert, format, use_session};
use leptos::prelude::*;

/// The deliveries of a brief.
#[component]
pub fn StudioDeliveries(
    /// Every delivery of the brief.
    deliveries: Vec<Delivery>,
    /// Called after a retry was queued, to reload the brief.
    on_changed: Callback<()>,
) -> impl IntoView {
    let session = use_session();
    let retry = Action::new_local(move |id: &String| {
        let (csrf, id) = (session.csrf(), id.clone());
        async move {
            let result = api::retry_delivery(&csrf, &id).await;
            match &result {
                Ok(()) => on_changed.run(()),
                Err(e) => session.notice(e),
            }
            result
        }
    });
    let empty = deliveries.is_empty();

    view! {
        <section class="studio-card studio-deliveries" aria-labelledby="deliveries-title">
            <h2 id="deliveries-title">{t("studio-deliveries-title")}</h2>
            {empty.then(|| view! { <p class="studio-muted">{t("studio-deliveries-none")}</p> })}
            <ul class="studio-delivery-list">
                {deliveries
                    .into_iter()
                    .map(|d| {
                        let id = d.id.clone();
                        let dead = d.state == "dead";
                        let state = match d.state.as_str() {
                            "sent" => t("studio-delivery-sent"),
                            "pending" => t("studio-delivery-waiting"),
                            "dead" => t("studio-delivery-dead"),
                            other => other.to_owned(),
                        };
                        let attempts = t_args(
                            "studio-delivery-attempts",
                            &[("n", Arg::int(i64::from(d.attempts)))],
                        );
                        view! {
                            <li class="studio-delivery" data-state=d.state.clone()>
                                <p>
                                    <strong>{say(&format::delivery_kind(&d.kind))}</strong>
                                    " · "
                                    <span class="studio-delivery-state">{state}</span>
                                    " · "
                                    {attempts}
                                    {d.next_attempt_at
                                        .as_ref()
                                        .map(|at| {
                                            format!(
                                                " · {}",
                                                t_args("studio-delivery-next", &[("when", format::when(at).into())]),
                                            )
                                        })}
                                </p>
                                {d.last_error
                                    .clone()
                                    .map(|e| view! { <p class="studio-delivery-error">{e}</p> })}
                                {(!d.log.is_empty())
                                    .then(|| {
                                        view! {
                                            <details class="no-print">
                                                <summary>{t("studio-delivery-every-attempt")}</summary>
                                                <ol>
                                                    {d.log
                                                        .iter()
                                                        .map(|a| {
                                                            view! {
                                                                <li>
                                                                    {format::when(&a.at)} " · " {a.outcome.clone()}
                                                                    {a.error.clone().map(|e| format!(" · {e}"))}
                                                                </li>
                                                            }
                                                        })
                                                        .collect_view()}
                                                </ol>
                                            </details>
                                        }
                                    })}
                                {dead
                                    .then(|| {
                                        view! {
                                            <button
                                                type="button"
                                                class="button small no-print"
                                                disabled=move || retry.pending().get()
                                                on:click=move |_| {
                                                    retry.dispatch(id.clone());
                                                }
                                            >
                                                {t("studio-delivery-retry")}
                                            </button>
                                        }
                                    })}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            {alert::failure(retry, "studio-delivery-retry-failed")}
        </section>
    }
}
