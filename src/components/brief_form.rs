//! The last step: the brief to the jeweler. The design in words above the form, then who to contact,
//! budget, timeline, size, stones, surprise, notes and consent. Core validates the brief exactly as
//! the server will, and each problem appears beside its field; sending takes three pictures of the
//! ring and, with the inspiration photos, hands everything to the submission, which never loses it.

use crate::api::{ConsultationRequest, SendError};
use crate::brief::{
    around, busy_wait, currency_name, default_origin, default_size_certainty, parse_amount,
    take_snapshots, today_utc, BriefFields, Submission, OCCASIONS,
};
use crate::components::{BriefConfirmation, InspirationImages};
use crate::i18n::{self, say, t, t_args, Arg, Lang};
use crate::viewer::Snapshots;
use atelier_core::brief::{Channel, FieldError, OriginPreference, SizeCertainty};
use atelier_core::catalog::Catalog;
use atelier_core::design::{Design, DesignReport};
use atelier_core::spec;
use leptos::prelude::*;
use std::sync::Arc;

/// The jeweler's privacy notice, served beside the app (under the shop's prefix).
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
    // The language on screen, so the server writes the visitor's emails in it.
    let locale = i18n::tag();
    let attempted = fields.attempted;
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
                errors.extend(
                    core.field_msgs()
                        .into_iter()
                        .map(|(field, msg)| FieldError {
                            field: field.to_owned(),
                            message: say(&msg),
                        }),
                );
            }
            errors
        }
    });
    let server_errors = fields.refused;
    let shown = Memo::new(move |_| {
        let mut all = if attempted.get() {
            problems.get()
        } else {
            Vec::new()
        };
        // The server writes English: an English reader gets its exact sentence, any other reader
        // a sentence of their own language about that field.
        let english = i18n::lang() == Lang::En;
        all.extend(server_errors.get().into_iter().map(|e| FieldError {
            message: if english {
                e.message
            } else {
                t("brief-error-server")
            },
            field: e.field,
        }));
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
            if !problems.with_untracked(Vec::is_empty) {
                // Once the errors are drawn, the visitor is taken to the first field to fix.
                request_animation_frame(focus_first_error);
                return;
            }
            if sending.get_untracked() || preparing.get_untracked() > 0 {
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
                .map(|e| {
                    t_args(
                        "brief-design-fix",
                        &[("problem", Arg::Msg(Box::new(e.msg())))],
                    )
                })
                .chain(r.warnings.iter().map(|w| say(&w.msg())))
                .collect::<Vec<_>>()
        })
    };
    let status = move || match submission.outcome() {
        _ if sending.get() => Some((
            "status-sending",
            t_args(
                "brief-status-sending",
                &[("photos", Arg::int(fields.images.with(Vec::len) as i64))],
            ),
        )),
        Some(Err(SendError::RateLimited(seconds))) => Some(("status-waiting", busy_words(seconds))),
        Some(Err(e)) if e.is_retryable() => Some((
            "status-waiting",
            if submission.stored.get() {
                t("brief-status-unreachable-kept")
            } else {
                t("brief-status-unreachable-unkept")
            },
        )),
        Some(Err(SendError::Refused { code, .. })) => Some(("status-error", t(refusal_key(&code)))),
        _ => None,
    };

    // The budget as the jeweler will read it: the amounts as given, in the currency given.
    // An amount it cannot read is named, never left out: a budget shown without its lower end
    // would not be the one the visitor typed.
    let budget_in_words = move || {
        let tag = i18n::tag();
        let min_text = fields.budget_min.get();
        let max_text = fields.budget_max.get();
        let min = parse_amount(&min_text, &tag);
        let max = parse_amount(&max_text, &tag);
        if let Some(text) = [(&min, &min_text), (&max, &max_text)]
            .into_iter()
            .find_map(|(parsed, text)| parsed.is_err().then(|| text.trim().to_owned()))
        {
            return Some(t_args("brief-budget-unreadable", &[("text", text.into())]));
        }
        let currency = fields.currency_code();
        let money = |n: u64| Arg::Text(i18n::money(n as f64, &currency));
        match (min.ok().flatten(), max.ok().flatten()) {
            (Some(min), Some(max)) if min > 0 => Some(t_args(
                "brief-budget-range",
                &[("min", money(min)), ("max", money(max))],
            )),
            (_, Some(max)) => Some(t_args("brief-budget-up-to", &[("max", money(max))])),
            (Some(min), None) => Some(t_args("brief-budget-from", &[("min", money(min))])),
            _ => None,
        }
    };

    let form = move || {
        let (privacy_before, privacy_after) = around("brief-privacy", "link", &[]);
        let err = move |path: &'static str| error_signal(shown, path);
        view! {
            <section class="brief-design" aria-labelledby="brief-design-title">
                <h3 id="brief-design-title">{t("brief-design-title")}</h3>
                <p class="brief-design-text">{description}</p>
                <Show when=move || !design_notes().is_empty()>
                    <h4>{t("brief-design-notes-title")}</h4>
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
                                t_args("brief-errors-title", &[("n", Arg::int(n as i64))])
                            }}
                        </p>
                        <ul>
                            {move || {
                                shown
                                    .get()
                                    .into_iter()
                                    .map(|e| {
                                        let line = t_args(
                                            "brief-errors-line",
                                            &[
                                                ("field", Arg::Text(label_of(&e.field))),
                                                ("problem", Arg::Text(e.message)),
                                            ],
                                        );
                                        view! { <li>{line}</li> }
                                    })
                                    .collect_view()
                            }}
                        </ul>
                    </div>
                </Show>
                <fieldset>
                    <legend>{t("brief-contact-title")}</legend>
                    {text_field("brief-name", t("brief-label-name"), "text", "name", fields.name, err("contact.name"))}
                    {text_field("brief-email", t("brief-label-email"), "email", "email", fields.email, err("contact.email"))}
                    {text_field("brief-phone", t("brief-label-phone"), "tel", "tel", fields.phone, err("contact.phone"))}
                    <fieldset class="brief-choices">
                        <legend>{t("brief-channel-title")}</legend>
                        {radio("channel", t("brief-channel-email"), Channel::Email, fields.channel)}
                        {radio("channel", t("brief-channel-phone"), Channel::Phone, fields.channel)}
                        {radio("channel", t("brief-channel-message"), Channel::Message, fields.channel)}
                    </fieldset>
                </fieldset>
                <fieldset>
                    <legend>{t("brief-budget-title")}</legend>
                    <div class="brief-row">
                        {text_field("brief-budget-min", t("brief-label-budget-min"), "text", "off", fields.budget_min, err("budget.min"))}
                        {text_field("brief-budget-max", t("brief-label-budget-max"), "text", "off", fields.budget_max, err("budget.max"))}
                        <div class="brief-field">
                            <label for="brief-currency">{t("brief-label-currency")}</label>
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
                                            // The code is the option's text (what the select reads back); people see
                                            // the currency named in their language.
                                            let label = t_args(
                                                "brief-currency-option",
                                                &[
                                                    ("code", Arg::Text(c.clone())),
                                                    ("name", Arg::Text(currency_name(&c))),
                                                ],
                                            );
                                            view! { <option value=c.clone() label=label selected=selected prop:selected=selected>{c.clone()}</option> }
                                        })
                                        .collect_view()
                                }}
                            </select>
                            {error_text("brief-currency", err("budget.currency"))}
                        </div>
                    </div>
                    <p class="step-hint brief-budget-shown" aria-live="polite">{budget_in_words}</p>
                    <div class="brief-row">
                        <div class="brief-field">
                            <label for="brief-occasion">{t("brief-label-occasion")}</label>
                            <select
                                id="brief-occasion"
                                on:change=move |ev| fields.occasion.set(event_target_value(&ev))
                                prop:value=move || fields.occasion.get()
                            >
                                <option value="">{t("brief-occasion-none")}</option>
                                {OCCASIONS
                                    .iter()
                                    .map(|(slug, key)| view! { <option value=*slug>{t(key)}</option> })
                                    .collect_view()}
                            </select>
                        </div>
                        {text_field("brief-deadline", t("brief-label-deadline"), "date", "off", fields.deadline, err("deadline"))}
                    </div>
                    <Show when=move || fields.occasion.get() == "other">
                        {text_field("brief-occasion-other", t("brief-label-occasion-other"), "text", "off", fields.occasion_other, err("occasion"))}
                    </Show>
                </fieldset>
                <fieldset class="brief-choices">
                    <legend>{t("brief-size-title")}</legend>
                    <Show
                        when=move || size_known.get()
                        fallback=move || view! {
                            <p class="step-hint size-answer">
                                {move || design.with(|d| spec::size_answer_msg(d.size)).map(|m| say(&m))}
                            </p>
                        }
                    >
                        {radio_opt("size-certainty", t("brief-size-measured"), SizeCertainty::Measured, certainty, fields.size_certainty)}
                        {radio_opt("size-certainty", t("brief-size-estimated"), SizeCertainty::Estimated, certainty, fields.size_certainty)}
                        {radio_opt("size-certainty", t("brief-size-unknown"), SizeCertainty::Unknown, certainty, fields.size_certainty)}
                    </Show>
                    {error_text("size-certainty", err("size_certainty"))}
                </fieldset>
                <fieldset class="brief-choices">
                    <legend>{t("brief-origin-title")}</legend>
                    {radio_opt("origin", t("brief-origin-natural"), OriginPreference::Natural, origin, fields.origin)}
                    {radio_opt("origin", t("brief-origin-lab"), OriginPreference::LabGrown, origin, fields.origin)}
                    {radio_opt("origin", t("brief-origin-either"), OriginPreference::Either, origin, fields.origin)}
                    {radio_opt("origin", t("brief-origin-undecided"), OriginPreference::Undecided, origin, fields.origin)}
                    {error_text("origin", err("origin_preference"))}
                </fieldset>
                <fieldset>
                    <legend>{t("brief-own-title")}</legend>
                    {checkbox("brief-own-stone", t("brief-own-stone"), fields.own_stone, None)}
                    {checkbox("brief-own-metal", t("brief-own-metal"), fields.own_metal, None)}
                    <Show when=move || fields.own_stone.get() || fields.own_metal.get()>
                        {text_area("brief-own-description", t("brief-label-own-description"), fields.own_description, err("own_materials.description"))}
                    </Show>
                </fieldset>
                <fieldset>
                    <legend>{t("brief-surprise-title")}</legend>
                    {checkbox("brief-surprise", t("brief-surprise"), fields.surprise, None)}
                </fieldset>
                {text_area("brief-notes", t("brief-label-notes"), fields.notes, err("notes"))}
                <InspirationImages
                    images=fields.images
                    preparing=preparing
                    error=photo_error
                    lost=submission.photos_lost
                />
                <div class="brief-consent">
                    {checkbox(
                        "brief-consent",
                        t("brief-consent"),
                        fields.consent,
                        Some(err("consent_to_contact")),
                    )}
                    <p class="step-hint">
                        {privacy_before}
                        <a href=crate::base::at(PRIVACY_NOTICE) target="_blank" rel="noopener">
                            {t("brief-privacy-link")}
                        </a>
                        {privacy_after}
                    </p>
                </div>
                // A field people never see or reach; bots fill it and get a polite fake answer.
                <div class="brief-website" aria-hidden="true">
                    <label for="brief-website">{t("brief-label-website")}</label>
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
                            t(if sending.get() {
                                "brief-button-sending"
                            } else if preparing.get() > 0 {
                                "brief-button-preparing"
                            } else if submission.is_waiting() {
                                "brief-button-retry"
                            } else {
                                "brief-button-send"
                            })
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
    let key = match path {
        "contact.name" => "brief-field-name",
        "contact.email" => "brief-field-email",
        "contact.phone" => "brief-field-phone",
        "budget.min" => "brief-field-budget-min",
        "budget.max" => "brief-field-budget-max",
        "budget.currency" => "brief-field-currency",
        "occasion" => "brief-field-occasion",
        "deadline" => "brief-field-deadline",
        "size_certainty" => "brief-field-size",
        "origin_preference" => "brief-field-origin",
        "own_materials.description" => "brief-field-own",
        "notes" => "brief-field-notes",
        "consent_to_contact" => "brief-field-consent",
        other if other.starts_with("attachments") => "brief-field-photos",
        other if other.starts_with("design.") => "brief-field-ring",
        other => return other.to_owned(),
    };
    t(key)
}

/// The message for a refusal the server gave with `code`: the visitor reads it in their own
/// language instead of the server's English.
pub fn refusal_key(code: &str) -> &'static str {
    match code {
        "payload_too_large" => "brief-refused-too-large",
        "unsupported_media_type" | "malformed_json" | "unreadable_body" | "unserialisable" => {
            "brief-refused-unreadable"
        }
        "idempotency_key_reused" | "idempotency_key_required" => "brief-refused-key",
        "forbidden" => "brief-refused-forbidden",
        _ => "brief-refused-other",
    }
}

/// The error line under a field; present only while there is a problem. It stands alone, so it
/// reads as a sentence; the same problem in the summary follows the field's name in lower case.
fn error_text(id: &'static str, error: Signal<Option<String>>) -> impl IntoView {
    move || {
        error.get().map(|message| {
            view! {
                <p id=format!("{id}-error") class="field-error">
                    {sentence(&message)}
                </p>
            }
        })
    }
}

/// `text` with its first letter capitalised (scripts without case stay as they are).
fn sentence(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// Puts the focus on the form's first field in error, where the browser would take a visitor
/// after a refused native form.
fn focus_first_error() {
    use wasm_bindgen::JsCast;
    let field = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| {
            d.query_selector("form.brief-form [aria-invalid=\"true\"]")
                .ok()
                .flatten()
        })
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(field) = field {
        let _ = field.focus();
    }
}

/// A labelled one-line input with its error.
fn text_field(
    id: &'static str,
    label: String,
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
    label: String,
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
    label: String,
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
    label: String,
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
    label: String,
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

/// When a busy server's brief goes again, in the visitor's words: in seconds up to a minute and a
/// half, else in whole minutes (never "3,600 seconds").
fn busy_words(retry_after: u32) -> String {
    let seconds = busy_wait(retry_after);
    if seconds < 90 {
        t_args(
            "brief-status-busy",
            &[("seconds", Arg::int(i64::from(seconds)))],
        )
    } else {
        let minutes = i64::from(seconds.div_ceil(60));
        t_args(
            "brief-status-busy-minutes",
            &[("minutes", Arg::int(minutes))],
        )
    }
}

#[cfg(test)]
mod tests {
    use super::sentence;

    #[test]
    fn a_field_error_reads_as_a_sentence() {
        assert_eq!(
            sentence("we can only answer if you agree"),
            "We can only answer if you agree"
        );
        assert_eq!(sentence("être contacté"), "Être contacté");
        assert_eq!(sentence("Wir können nur"), "Wir können nur");
        assert_eq!(sentence("このご依頼"), "このご依頼");
        assert_eq!(sentence(""), "");
    }
}
