//! The making, step by step: the stages reached so far as a timeline (what the visitor sees on
//! the commission page), and the form to move the piece to a stage with a note, a photo (shrunk
//! in the browser like the visitor's photos) and whether to email the visitor.

use crate::brief::photos;
use crate::i18n::{say, t};
use crate::studio::api::{self as api, StudioError};
use crate::studio::{alert, format, use_session};
use atelier_core::commission::{NewStage, PhotoUpload, Stage, StageEntry};
use leptos::html;
use leptos::prelude::*;

/// The timeline and "Move to a stage".
#[component]
pub fn StudioStages(
    /// The brief's reference.
    reference: String,
    /// The stages so far, oldest first.
    stages: Vec<StageEntry>,
    /// Called after a stage was recorded, to reload the commission.
    on_changed: Callback<()>,
) -> impl IntoView {
    let session = use_session();
    // The next stage after the last one reached is the likely choice.
    let next = stages
        .last()
        .and_then(|s| Stage::ALL.into_iter().find(|n| *n > s.stage))
        .unwrap_or(Stage::Sketch);
    let stage = RwSignal::new(next.name().to_owned());
    let note = RwSignal::new(String::new());
    let notify = RwSignal::new(true);
    let input = NodeRef::<html::Input>::new();
    let save = Action::new_local(move |(): &()| {
        let (csrf, reference) = (session.csrf(), reference.clone());
        let chosen = Stage::parse(&stage.get_untracked()).unwrap_or(Stage::Sketch);
        let file = input
            .get_untracked()
            .and_then(|i| i.files())
            .and_then(|list| list.get(0));
        let (text, notify) = (
            note.get_untracked().trim().to_owned(),
            notify.get_untracked(),
        );
        async move {
            let photo = match file {
                None => None,
                Some(file) => match photos::shrink(file).await {
                    Ok(image) => Some(PhotoUpload {
                        name: image.file_name,
                        data_base64: image.data_base64.to_string(),
                    }),
                    Err(e) => return Err(StudioError::Rejected(e.to_string())),
                },
            };
            let body = NewStage {
                stage: chosen,
                note: text,
                photo,
                notify,
            };
            let result: Result<StageEntry, StudioError> =
                api::add_stage(&csrf, &reference, &body).await;
            match &result {
                Ok(_) => {
                    note.set(String::new());
                    if let Some(i) = input.get_untracked() {
                        i.set_value("");
                    }
                    on_changed.run(());
                }
                Err(e) => session.notice(e),
            }
            result
        }
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if !save.pending().get_untracked() {
            save.dispatch(());
        }
    };
    let empty = stages.is_empty();

    view! {
        <section class="studio-card studio-stages" aria-labelledby="stages-title">
            <h2 id="stages-title">{t("studio-stages-title")}</h2>
            {empty.then(|| view! { <p class="studio-muted">{t("studio-stages-none")}</p> })}
            <ol class="studio-timeline">{stages.into_iter().map(entry).collect_view()}</ol>
            <form class="studio-form no-print" on:submit=on_submit>
                <label for="stage-name">{t("studio-stages-move-to")}</label>
                <select
                    id="stage-name"
                    prop:value=stage
                    on:change=move |ev| stage.set(event_target_value(&ev))
                >
                    {Stage::ALL
                        .into_iter()
                        .map(|s| {
                            view! {
                                <option value=s.name() selected=s == next>
                                    {say(&s.msg())}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
                <label for="stage-note">{t("studio-stages-note")}</label>
                <textarea
                    id="stage-note"
                    rows="2"
                    prop:value=note
                    on:input=move |ev| note.set(event_target_value(&ev))
                ></textarea>
                <label for="stage-photo">{t("studio-stages-photo")}</label>
                <input id="stage-photo" type="file" accept="image/jpeg,image/png,image/webp" node_ref=input />
                <label class="studio-check">
                    <input
                        id="stage-notify"
                        type="checkbox"
                        prop:checked=notify
                        on:change=move |ev| notify.set(event_target_checked(&ev))
                    />
                    {t("studio-stages-notify")}
                </label>
                {alert::failure(save, "studio-stages-failed")}
                <button type="submit" class="button" disabled=move || save.pending().get()>
                    {move || t(if save.pending().get() { "studio-saving" } else { "studio-stages-save" })}
                </button>
            </form>
        </section>
    }
}

/// One stage of the timeline.
fn entry(s: StageEntry) -> impl IntoView {
    view! {
        <li class="studio-stage" data-stage=s.stage.name()>
            <p>
                <strong>{say(&s.stage.msg())}</strong>
                " · "
                <time datetime=s.at.clone()>{format::when(&s.at)}</time>
            </p>
            {(!s.note.is_empty()).then(|| view! { <p class="studio-note-text">{s.note.clone()}</p> })}
            {s
                .photo
                .map(|p| {
                    let href = p.url.clone();
                    view! {
                        <a href=href target="_blank" rel="noopener">
                            <img class="studio-stage-photo" src=p.url alt=p.label loading="lazy" />
                        </a>
                    }
                })}
        </li>
    }
}
