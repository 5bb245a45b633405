//! The last step: the brief to the jeweler. The design in words above the form, then who to contact,
//! budget, timeline, size, stones, surprise, notes and consent. Core validates the brief exactly as
//! the server will, and each problem appears beside its field; sending takes three pictures of the
//! ring and, with the inspiration photos, hands everything to the submission, which never loses it.

use crate::api::{ConsultationRequest, SendError};
use crate::brief::{
    browser_locale, default_origin, default_size_certainty, take_snapshots, today_utc, BriefFields,
    Submission, OCCASIONS,
};
use crate::components::{BriefConfirmation, InspirationImages};
use crate::viewer::Snapshots;
use atelier_core::brief::{Channel, FieldError, OriginPreference, SizeCertainty};
use atelier_core::catalog::Catalog;
use atelier_core::design::{Design, DesignReport};
use atelier_core::spec;
use leptos::prelude::*;
use std::sync::Arc;

/// The jeweler's privacy notice, served beside the app.
const PRIVACY_NOTICE: &str = "/privacy";

/// The brief form, or the confirmation once the jeweler's server has it.
#[component]
pub fn BriefForm(
    /// The ring being described.
    #[prop(into)]
    design: Signal<Design>,
    /// The catalog the brief is validated against (the one the server serves).
    catalog: Arc<Catalog>,
    /// The design in plain words, shown above the form.
    #[prop(into)]
    description: Signal<String>,
    /// The design's own check; its notes are repeated above the form.
    #[prop(into)]
    report: Signal<DesignReport>,
    /// What the visitor typed (kept by the page across steps).
    fields: BriefFields,
    /// Pictures of the ring for the jeweler.
    snapshots: Snapshots,
    /// Sends the brief and keeps it until the server confirms.
    submission: Submission,
    /// Begins a new design from the confirmation.
    #[prop(into)]
    on_start_new: Callback<()>,
) -> impl IntoView {
    let locale = browser_locale();
    let attempted = RwSignal::new(false);
    // Core's verdict on what the form holds right now, as the server would judge it today.
    let problems = Memo::new({
        let locale = locale.clone();
        move |_| {
            let (brief, mut errors) = design.with(|d| fields.brief_for(d, &locale));
            let checked = match today_utc() {
                Some(today) => brief.validate_on(&catalog, today),
                None => brief.validate_with(&catalog),
            };
            if let Err(core) = checked {
                errors.extend(core.errors);
            }
            errors
        }
    });
    let server_errors = RwSignal::new(Vec::<FieldError>::new());
    let shown = Memo::new(move |_| {
        let mut all = if attempted.get() {
            problems.get()
        } else {
            Vec::new()
        };
        all.extend(server_errors.get());
        all
    });
    Effect::new(move |_| {
        if let Some(Err(SendError::Invalid(list))) = submission.outcome() {
            server_errors.set(list);
            attempted.set(true);
        }
    });

    // A brief waiting from an earlier visit shows its photos again once they are back from storage.
    Effect::new(move |_| {
        if let Some(photos) = submission.waiting_photos() {
            if fields.images.with_untracked(Vec::is_empty) {
                fields.images.set(photos);
            }
        }
    });
    let preparing = RwSignal::new(0usize);
    let photo_error = Signal::derive(move || {
        shown.with(|all| {
            all.iter()
                .find(|e| e.field.starts_with("attachments"))
                .map(|e| e.message.clone())
        })
    });

    let sending = submission.sending();
    let on_submit = {
        let locale = locale.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            attempted.set(true);
            server_errors.set(Vec::new());
            if sending.get_untracked()
                || preparing.get_untracked() > 0
                || !problems.with_untracked(Vec::is_empty)
            {
                return;
            }
            let (brief, _) = design.with_untracked(|d| fields.brief_for(d, &locale));
            submission.send(ConsultationRequest {
                brief,
                snapshots: take_snapshots(snapshots),
                attachments: fields.attachment_payloads(),
                website: fields.website.get_untracked(),
            });
        }
    };

    let size_known = Signal::derive(move || design.with(|d| d.size.size().is_some()));
    let certainty = Signal::derive(move || {
        fields
            .size_certainty
            .get()
            .unwrap_or_else(|| design.with(default_size_certainty))
    });
    let origin = Signal::derive(move || {
        fields
            .origin
            .get()
            .unwrap_or_else(|| design.with(default_origin))
    });
    let design_notes = move || {
        report.with(|r| {
            r.errors
                .iter()
                .map(|e| format!("Please fix: {e}."))
                .chain(r.warnings.iter().map(|w| w.message.clone()))
                .collect::<Vec<_>>()
        })
    };
    let status = move || {
        match submission.outcome() {
        _ if sending.get() => Some((
            "status-sending",
            match fields.images.with(Vec::len) {
                0 => "Sending your brief and three pictures of the ring to the jeweler…".to_owned(),
                1 => "Sending your brief, three pictures of the ring and your photo to the jeweler…".to_owned(),
                n => format!("Sending your brief, three pictures of the ring and your {n} photos to the jeweler…"),
            },
        )),
        Some(Err(SendError::RateLimited(seconds))) => Some((
            "status-waiting",
            format!(
                "The jeweler's server is busy. Your brief is saved in this browser and will be sent again in {seconds} second{}.",
                if seconds == 1 { "" } else { "s" }
            ),
        )),
        Some(Err(e)) if e.is_retryable() => Some((
            "status-waiting",
            if submission.stored.get() {
                "We couldn't reach the jeweler's server, so your brief has not been sent yet. It is saved in this browser and we keep trying: it will be sent automatically as soon as the connection is back — even if you close this page and return later.".to_owned()
            } else {
                "We couldn't reach the jeweler's server, so your brief has not been sent yet. This browser would not save it, so please keep this page open: it will be sent automatically as soon as the connection is back.".to_owned()
            },
        )),
        Some(Err(SendError::Refused { message, .. })) => Some((
            "status-error",
            format!("The jeweler's server refused the brief: {message}. Please copy the share link and email it instead."),
        )),
        _ => None,
    }
    };

    let form = move || {
        let err = move |path: &'static str| error_signal(shown, path);
        view! {
            <section class="brief-design" aria-labelledby="brief-design-title">
                <h3 id="brief-design-title">"Your design"</h3>
                <p class="brief-design-text">{description}</p>
                <Show when=move || !design_notes().is_empty()>
                    <h4>"Worth talking about"</h4>
                    <ul class="brief-notes">
                        {move || {
                            design_notes().into_iter().map(|n| view! { <li>{n}</li> }).collect_view()
                        }}
                    </ul>
                </Show>
            </section>
            <form class="brief-form" novalidate on:submit=on_submit.clone()>
                <Show when=move || attempted.get() && !shown.with(Vec::is_empty)>
                    <div class="brief-summary-errors" role="alert">
                        <p>
                            {move || {
                                let n = shown.with(Vec::len);
                                if n == 1 {
                                    "One thing needs your attention before sending:".to_owned()
                                } else {
                                    format!("{n} things need your attention before sending:")
                                }
                            }}
                        </p>
                        <ul>
                            {move || {
                                shown
                                    .get()
                                    .into_iter()
                                    .map(|e| view! { <li>{format!("{}: {}", label_of(&e.field), e.message)}</li> })
                                    .collect_view()
                            }}
                        </ul>
                    </div>
                </Show>
                <fieldset>
                    <legend>"How to reach you"</legend>
                    {text_field("brief-name", "Your name", "text", "name", fields.name, err("contact.name"))}
                    {text_field("brief-email", "Email", "email", "email", fields.email, err("contact.email"))}
                    {text_field("brief-phone", "Phone (optional)", "tel", "tel", fields.phone, err("contact.phone"))}
                    <fieldset class="brief-choices">
                        <legend>"Preferred way to talk"</legend>
                        {radio("channel", "Email", Channel::Email, fields.channel)}
                        {radio("channel", "Phone call", Channel::Phone, fields.channel)}
                        {radio("channel", "Text or messaging", Channel::Message, fields.channel)}
                    </fieldset>
                </fieldset>
                <fieldset>
                    <legend>"Budget and timing"</legend>
                    <div class="brief-row">
                        {text_field("brief-budget-min", "Budget from (optional)", "text", "off", fields.budget_min, err("budget.min"))}
                        {text_field("brief-budget-max", "Budget up to", "text", "off", fields.budget_max, err("budget.max"))}
                        <div class="brief-field">
                            <label for="brief-currency">"Currency"</label>
                            <select
                                id="brief-currency"
                                on:change=move |ev| fields.currency.set(Some(event_target_value(&ev)))
                            >
                                {move || {
                                    let current = fields.currency_code();
                                    fields
                                        .currency_options()
                                        .into_iter()
                                        .map(|c| {
                                            let selected = c == current;
                                            view! { <option value=c.clone() selected=selected prop:selected=selected>{c.clone()}</option> }
                                        })
                                        .collect_view()
                                }}
                            </select>
                            {error_text("brief-currency", err("budget.currency"))}
                        </div>
                    </div>
                    <div class="brief-row">
                        <div class="brief-field">
                            <label for="brief-occasion">"Occasion"</label>
                            <select
                                id="brief-occasion"
                                on:change=move |ev| fields.occasion.set(event_target_value(&ev))
                                prop:value=move || fields.occasion.get()
                            >
                                <option value="">"Not saying"</option>
                                {OCCASIONS
                                    .iter()
                                    .map(|(slug, label)| view! { <option value=*slug>{*label}</option> })
                                    .collect_view()}
                            </select>
                        </div>
                        {text_field("brief-deadline", "Needed by (optional)", "date", "off", fields.deadline, err("deadline"))}
                    </div>
                    <Show when=move || fields.occasion.get() == "other">
                        {text_field("brief-occasion-other", "What is the occasion?", "text", "off", fields.occasion_other, err("occasion"))}
                    </Show>
                </fieldset>
                <fieldset class="brief-choices">
                    <legend>"Ring size"</legend>
                    <Show
                        when=move || size_known.get()
                        fallback=move || view! {
                            <p class="step-hint size-answer">{move || design.with(|d| spec::size_answer(d.size))}</p>
                        }
                    >
                        {radio_opt("size-certainty", "Measured by a jeweler", SizeCertainty::Measured, certainty, fields.size_certainty)}
                        {radio_opt("size-certainty", "Estimated at home", SizeCertainty::Estimated, certainty, fields.size_certainty)}
                        {radio_opt("size-certainty", "Not sure after all", SizeCertainty::Unknown, certainty, fields.size_certainty)}
                    </Show>
                    {error_text("size-certainty", err("size_certainty"))}
                </fieldset>
                <fieldset class="brief-choices">
                    <legend>"Natural or lab-grown stones"</legend>
                    {radio_opt("origin", "Natural only", OriginPreference::Natural, origin, fields.origin)}
                    {radio_opt("origin", "Lab-grown only", OriginPreference::LabGrown, origin, fields.origin)}
                    {radio_opt("origin", "Either is fine", OriginPreference::Either, origin, fields.origin)}
                    {radio_opt("origin", "Not decided — advise me", OriginPreference::Undecided, origin, fields.origin)}
                    {error_text("origin", err("origin_preference"))}
                </fieldset>
                <fieldset>
                    <legend>"Something of your own to reuse"</legend>
                    {checkbox("brief-own-stone", "I have a stone to reuse", fields.own_stone, None)}
                    {checkbox("brief-own-metal", "I have gold or other metal to rework", fields.own_metal, None)}
                    <Show when=move || fields.own_stone.get() || fields.own_metal.get()>
                        {text_area("brief-own-description", "What is it?", fields.own_description, err("own_materials.description"))}
                    </Show>
                </fieldset>
                <fieldset>
                    <legend>"A surprise?"</legend>
                    {checkbox("brief-surprise", "It's a surprise: the wearer must not be contacted", fields.surprise, None)}
                </fieldset>
                {text_area("brief-notes", "Inspiration and anything else (optional)", fields.notes, err("notes"))}
                <InspirationImages
                    images=fields.images
                    preparing=preparing
                    error=photo_error
                    lost=submission.photos_lost
                />
                <div class="brief-consent">
                    {checkbox(
                        "brief-consent",
                        "I agree that the jeweler may contact me about this request.",
                        fields.consent,
                        Some(err("consent_to_contact")),
                    )}
                    <p class="step-hint">
                        "How your details are used: "
                        <a href=PRIVACY_NOTICE target="_blank" rel="noopener">
                            "the jeweler's privacy notice"
                        </a>
                        "."
                    </p>
                </div>
                // A field people never see or reach; bots fill it and get a polite fake answer.
                <div class="brief-website" aria-hidden="true">
                    <label for="brief-website">"Website"</label>
                    <input
                        id="brief-website"
                        name="website"
                        type="text"
                        tabindex="-1"
                        autocomplete="off"
                        prop:value=move || fields.website.get()
                        on:input=move |ev| fields.website.set(event_target_value(&ev))
                    />
                </div>
                <p class="brief-status" role="status" data-state=move || status().map(|s| s.0)>
                    {move || status().map(|s| s.1)}
                </p>
                <div class="brief-actions">
                    <button
                        type="submit"
                        class="button primary brief-send"
                        disabled=move || { sending.get() || preparing.get() > 0 }
                    >
                        {move || {
                            if sending.get() {
                                "Sending…"
                            } else if preparing.get() > 0 {
                                "Preparing photos…"
                            } else if submission.is_waiting() {
                                "Try sending again now"
                            } else {
                                "Send to the jeweler"
                            }
                        }}
                    </button>
                </div>
            </form>
        }
    };

    view! {
        <div class="brief">
            {move || match submission.confirmation() {
                Some(confirmation) => {
                    view! {
                        <BriefConfirmation
                            confirmation=confirmation
                            focus=submission.take_announcement()
                            on_start_new=on_start_new
                        />
                    }
                        .into_any()
                }
                _ => form().into_any(),
            }}
        </div>
    }
}

/// The first problem with one field, live.
fn error_signal(shown: Memo<Vec<FieldError>>, path: &'static str) -> Signal<Option<String>> {
    Signal::derive(move || {
        shown.with(|all| {
            all.iter()
                .find(|e| e.field == path)
                .map(|e| e.message.clone())
        })
    })
}

/// A field's name in the error summary.
fn label_of(path: &str) -> String {
    match path {
        "contact.name" => "Your name".to_owned(),
        "contact.email" => "Email".to_owned(),
        "contact.phone" => "Phone".to_owned(),
        "budget.min" => "Budget from".to_owned(),
        "budget.max" => "Budget up to".to_owned(),
        "budget.currency" => "Currency".to_owned(),
        "occasion" => "Occasion".to_owned(),
        "deadline" => "Needed by".to_owned(),
        "size_certainty" => "Ring size".to_owned(),
        "origin_preference" => "Natural or lab-grown".to_owned(),
        "own_materials.description" => "Something of your own".to_owned(),
        "notes" => "Notes".to_owned(),
        "consent_to_contact" => "Consent".to_owned(),
        other if other.starts_with("attachments") => "Photos".to_owned(),
        other if other.starts_with("design.") => "The ring".to_owned(),
        other => other.to_owned(),
    }
}

/// The error line under a field; present only while there is a problem.
fn error_text(id: &'static str, error: Signal<Option<String>>) -> impl IntoView {
    move || {
        error.get().map(|message| {
            view! {
                <p id=format!("{id}-error") class="field-error">
                    {message}
                </p>
            }
        })
    }
}

/// A labelled one-line input with its error.
fn text_field(
    id: &'static str,
    label: &'static str,
    kind: &'static str,
    autocomplete: &'static str,
    value: RwSignal<String>,
    error: Signal<Option<String>>,
) -> impl IntoView {
    view! {
        <div class="brief-field">
            <label for=id>{label}</label>
            <input
                id=id
                type=kind
                autocomplete=autocomplete
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
                aria-invalid=move || error.with(Option::is_some).then_some("true")
                aria-describedby=move || error.with(Option::is_some).then(|| format!("{id}-error"))
            />
            {error_text(id, error)}
        </div>
    }
}

/// A labelled text area with its error.
fn text_area(
    id: &'static str,
    label: &'static str,
    value: RwSignal<String>,
    error: Signal<Option<String>>,
) -> impl IntoView {
    view! {
        <div class="brief-field">
            <label for=id>{label}</label>
            <textarea
                id=id
                rows="4"
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
                aria-invalid=move || error.with(Option::is_some).then_some("true")
                aria-describedby=move || error.with(Option::is_some).then(|| format!("{id}-error"))
            ></textarea>
            {error_text(id, error)}
        </div>
    }
}

/// A checkbox with its label and, if given, its error.
fn checkbox(
    id: &'static str,
    label: &'static str,
    value: RwSignal<bool>,
    error: Option<Signal<Option<String>>>,
) -> impl IntoView {
    let error = error.unwrap_or_else(|| Signal::derive(|| None));
    view! {
        <div class="brief-check">
            <input
                id=id
                type="checkbox"
                prop:checked=move || value.get()
                on:change=move |ev| value.set(event_target_checked(&ev))
                aria-invalid=move || error.with(Option::is_some).then_some("true")
                aria-describedby=move || error.with(Option::is_some).then(|| format!("{id}-error"))
            />
            <label for=id>{label}</label>
            {error_text(id, error)}
        </div>
    }
}

/// One radio of a group whose value is always set.
fn radio<T: Copy + PartialEq + Send + Sync + 'static>(
    name: &'static str,
    label: &'static str,
    value: T,
    selected: RwSignal<T>,
) -> impl IntoView {
    view! {
        <label class="brief-radio">
            <input
                type="radio"
                name=name
                prop:checked=move || selected.get() == value
                on:change=move |_| selected.set(value)
            />
            {label}
        </label>
    }
}

/// One radio of a group that follows a default until the visitor picks.
fn radio_opt<T: Copy + PartialEq + Send + Sync + 'static>(
    name: &'static str,
    label: &'static str,
    value: T,
    current: Signal<T>,
    chosen: RwSignal<Option<T>>,
) -> impl IntoView {
    view! {
        <label class="brief-radio">
            <input
                type="radio"
                name=name
                prop:checked=move || current.get() == value
                on:change=move |_| chosen.set(Some(value))
            />
            {label}
        </label>
    }
}
