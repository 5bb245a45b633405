//! A brief's place in the workflow: the status, a control to move it on, and who changed what
//! when.

use crate::i18n::{say, t, t_args};
use crate::studio::api::{self as api, StatusChange};
use crate::studio::{alert, format, use_session};
use atelier_core::workflow;
use leptos::prelude::*;

/// Status control and history.
#[component]
pub fn StudioStatus(
    /// The brief's reference.
    reference: String,
    /// Its current status.
    status: String,
    /// Every change so far, oldest first.
    history: Vec<StatusChange>,
    /// When the brief arrived (RFC 3339): the history's first line.
    received: String,
    /// Called after a change was saved, to reload the brief.
    on_changed: Callback<()>,
) -> impl IntoView {
    let session = use_session();
    let choice = RwSignal::new(
        workflow::NAMES
            .iter()
            .position(|s| *s == status)
            .and_then(|i| workflow::NAMES.get(i + 1))
            .filter(|_| status != "spam")
            .map_or_else(|| status.clone(), |s| (*s).to_owned()),
    );
    let change = Action::new_local(move |to: &String| {
        let (csrf, reference, to) = (session.csrf(), reference.clone(), to.clone());
        async move {
            let result = api::set_status(&csrf, &reference, &to).await;
            match &result {
                Ok(()) => on_changed.run(()),
                Err(e) => session.notice(e),
            }
            result
        }
    });
    let current = status.clone();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let to = choice.get_untracked();
        if to != current && !change.pending().get_untracked() {
            change.dispatch(to);
        }
    };

    view! {
        <section class="studio-card studio-workflow" aria-labelledby="status-title">
            <h2 id="status-title">{t("studio-status-title")}</h2>
            <p class="studio-status-now">
                <span class="studio-status" data-status=status.clone()>
                    {say(&workflow::label_msg(&status))}
                </span>
            </p>
            <form class="studio-inline-form no-print" on:submit=on_submit>
                <label for="status-choice">{t("studio-status-move-to")}</label>
                <select
                    id="status-choice"
                    prop:value=choice
                    on:change=move |ev| choice.set(event_target_value(&ev))
                >
                    {workflow::NAMES
                        .map(|s| {
                            view! {
                                <option value=s selected=s == choice.get_untracked()>
                                    {say(&workflow::label_msg(s))}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
                <button type="submit" class="button primary" disabled=move || change.pending().get()>
                    {t("studio-status-change")}
                </button>
            </form>
            {alert::failure(change, "studio-status-failed")}
            <h3>{t("studio-status-history")}</h3>
            <ol class="studio-history">
                {history
                    .into_iter()
                    .rev()
                    .map(|h| {
                        let what = match &h.from {
                            Some(from) if !from.is_empty() => {
                                t_args(
                                    "studio-status-from-to",
                                    &[
                                        ("from", workflow::label_msg(from).into()),
                                        ("to", workflow::label_msg(&h.to).into()),
                                    ],
                                )
                            }
                            _ => say(&workflow::label_msg(&h.to)),
                        };
                        view! {
                            <li>
                                <span class="studio-history-what">{what}</span>
                                " · "
                                <span>{h.by}</span>
                                " · "
                                <time datetime=h.at.clone()>{format::when(&h.at)}</time>
                            </li>
                        }
                    })
                    .collect_view()}
                <li>
                    <span class="studio-history-what">{t("studio-status-arrived")}</span>
                    " · "
                    <time datetime=received.clone()>{format::when(&received)}</time>
                </li>
            </ol>
        </section>
    }
}
