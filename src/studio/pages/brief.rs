//! One brief, laid out for a jeweler: the ring live in 3D (decoded from its share code), the
//! snapshots and inspiration, specification in millimetres and grams, budget against estimate,
//! deadline with the days left, contact preferences, the commission (the conversation with the
//! visitor, their private link, proposed designs, the consultation, the making) and the workflow
//! (status, notes, deliveries, erasure). It prints as a work order.

use super::{InboxLink, StudioLoadError};
use crate::components::RingViewer;
use crate::studio::api::{self as api, BriefDetail, FileRef, StudioError, StudioEstimate};
use crate::studio::components::{
    StudioAppointment, StudioConversation, StudioDelete, StudioDeliveries, StudioLink, StudioNotes,
    StudioProposals, StudioSpecs, StudioStages, StudioStatus,
};
use crate::studio::{format, use_session};
use atelier_core::brief::Budget;
use atelier_core::catalog::Catalog;
use atelier_core::commission::StudioCommission;
use atelier_core::estimate::PriceOutcome;
use atelier_core::share;
use atelier_core::spec;
use atelier_core::workflow;
use leptos::prelude::*;
use std::sync::Arc;

/// The brief page.
#[component]
pub fn StudioBrief(
    /// The brief's reference, from the address.
    reference: String,
) -> impl IntoView {
    let detail = LocalResource::new({
        let reference = reference.clone();
        move || {
            let reference = reference.clone();
            async move { api::brief(&reference).await }
        }
    });

    let body = move || {
        Suspend::new(async move {
            match detail.await {
                Ok(d) => brief_body(d).into_any(),
                Err(e) => {
                    view! { <StudioLoadError what="This brief could not be opened" error=e /> }
                        .into_any()
                }
            }
        })
    };

    view! {
        <nav class="studio-crumbs no-print" aria-label="Studio">
            <InboxLink>"← All briefs"</InboxLink>
        </nav>
        <Transition fallback=move || {
            view! { <p class="studio-loading" role="status">{format!("Opening {reference}…")}</p> }
        }>{body}</Transition>
    }
}

/// The brief once loaded. A change reloads only the workflow (status, notes, deliveries), so the
/// live ring and the pictures stay as they are.
fn brief_body(detail: BriefDetail) -> impl IntoView {
    let session = use_session();
    let live = RwSignal::new(detail.clone());
    let reload = Callback::new({
        let reference = detail.reference.clone();
        move |()| {
            let reference = reference.clone();
            leptos::task::spawn_local(async move {
                match api::brief(&reference).await {
                    Ok(d) => live.set(d),
                    Err(e) => session.notice(&e),
                }
            });
        }
    });
    // The commission loads beside the brief, and reloads alone after a message, a proposal, …
    let commission = LocalResource::new({
        let reference = detail.reference.clone();
        move || {
            let reference = reference.clone();
            async move { api::commission(&reference).await }
        }
    });
    let commission_changed = Callback::new(move |()| {
        commission.refetch();
        reload.run(());
    });
    let catalog = Arc::new(Catalog::builtin());
    let brief = detail.brief.clone();
    let design_code = detail.design_code.clone();
    // The share code is what the visitor's link held; the stored design is the fallback.
    let design = design_code
        .as_deref()
        .and_then(|c| share::decode(c).ok())
        .unwrap_or_else(|| brief.design.clone());
    let design = Signal::stored(design);
    let summary = if detail.summary.is_empty() {
        atelier_core::summary::summary(&brief.design, &catalog)
    } else {
        detail.summary.clone()
    };
    let description = Signal::stored(summary.clone());
    let reference = detail.reference.clone();
    let contact = brief.contact.clone();

    let (snapshots, inspiration): (Vec<FileRef>, Vec<FileRef>) = detail
        .files
        .iter()
        .cloned()
        .partition(|f| f.kind == "snapshot");
    let mailto = format!(
        "mailto:{}?subject={}",
        contact.email,
        String::from(js_sys::encode_uri_component(&format!(
            "Your ring design ({reference})"
        )))
    );
    let days = brief.deadline.as_deref().and_then(format::days_left);
    let deadline = brief.deadline.clone().map(|date| {
        let stamp = date.clone();
        let urgent = days.is_some_and(|d| d <= format::URGENT_DAYS);
        let rush = days.is_some_and(|d| d < format::RUSH_DAYS);
        let words = days.map(format::days_words).unwrap_or_default();
        view! {
            <span class="studio-deadline" class:urgent=urgent>
                <time datetime=stamp>{date}</time>
                {(!words.is_empty()).then(|| format!(" — {words}"))}
            </span>
            {rush
                .then(|| {
                    view! {
                        <span class="studio-muted">
                            " (rush: jewelers usually ask for three to four months)"
                        </span>
                    }
                })}
        }
    });
    let occasion = brief.occasion.as_ref().map(spec::occasion);
    let budget_line = budget_against_estimate(brief.budget.as_ref(), detail.estimate.as_ref());
    let warnings = detail.warnings.clone().unwrap_or_else(|| {
        brief
            .design
            .check(&catalog)
            .warnings
            .into_iter()
            .map(|w| w.message)
            .collect()
    });
    let phone = contact.phone.clone().filter(|p| !p.trim().is_empty());
    let currency = brief
        .budget
        .as_ref()
        .map(|b| b.currency.clone())
        .unwrap_or_default();

    view! {
        <article class="studio-brief" data-reference=reference.clone()>
            <header class="studio-brief-head">
                <div>
                    <p class="studio-ref">{reference.clone()}</p>
                    <h1>{contact.name.clone()}</h1>
                    <p class="studio-muted">
                        "Received " <time datetime=detail.created_at.clone()>{format::when(&detail.created_at)}</time>
                        " · "
                        <span class="studio-status" data-status=move || live.with(|d| d.status.clone())>
                            {move || live.with(|d| workflow::label(&d.status).to_owned())}
                        </span>
                    </p>
                </div>
                <div class="studio-actions no-print" role="group" aria-label="Brief actions">
                    <a class="button primary" href=mailto>
                        "Reply by email"
                    </a>
                    {design_code
                        .clone()
                        .map(|code| {
                            view! {
                                <a class="button" href=format!("/?d={code}") target="_blank" rel="noopener">
                                    "Open design"
                                </a>
                            }
                        })}
                    <button type="button" class="button" on:click=move |_| print()>
                        "Print"
                    </button>
                    <a class="button" href=api::brief_url(&reference) download=format!("{reference}.json")>
                        "JSON"
                    </a>
                </div>
            </header>
            {brief
                .surprise
                .then(|| {
                    view! {
                        <p class="studio-surprise">
                            <strong>"Surprise: never contact the wearer. Talk only to "
                                {contact.name.clone()} "."</strong>
                        </p>
                    }
                })}
            <p class="studio-summary">{summary}</p>
            <div class="studio-brief-grid">
                <div class="studio-brief-visuals">
                    <div class="studio-viewer no-print">
                        <RingViewer design=design catalog=Arc::clone(&catalog) description=description />
                    </div>
                    {(!snapshots.is_empty())
                        .then(|| {
                            view! {
                                <section aria-labelledby="snapshots-title">
                                    <h2 id="snapshots-title">"Snapshots"</h2>
                                    <div class="studio-pictures">
                                        {snapshots.into_iter().map(picture).collect_view()}
                                    </div>
                                </section>
                            }
                        })}
                    {(!inspiration.is_empty())
                        .then(|| {
                            view! {
                                <section aria-labelledby="inspiration-title">
                                    <h2 id="inspiration-title">"Inspiration from the visitor"</h2>
                                    <div class="studio-pictures">
                                        {inspiration.into_iter().map(picture).collect_view()}
                                    </div>
                                </section>
                            }
                        })}
                </div>
                <div class="studio-brief-facts">
                    <section class="studio-card" aria-labelledby="contact-title">
                        <h2 id="contact-title">"Contact"</h2>
                        <dl class="studio-facts">
                            <dt>"Name"</dt>
                            <dd>{contact.name.clone()}</dd>
                            <dt>"Email"</dt>
                            <dd>
                                <a href=format!("mailto:{}", contact.email)>{contact.email.clone()}</a>
                            </dd>
                            {phone
                                .map(|p| {
                                    view! {
                                        <dt>"Phone"</dt>
                                        <dd>
                                            <a href=format!("tel:{}", p.replace(' ', ""))>{p.clone()}</a>
                                        </dd>
                                    }
                                })}
                            <dt>"Prefers"</dt>
                            <dd>
                                <strong>{spec::channel(contact.preferred_channel)}</strong>
                            </dd>
                            <dt>"Surprise"</dt>
                            <dd>
                                {if brief.surprise {
                                    view! { <strong>"Yes: do not contact the wearer"</strong> }.into_any()
                                } else {
                                    view! { <span>"No"</span> }.into_any()
                                }}
                            </dd>
                            <dt>"Language"</dt>
                            <dd>{brief.locale.clone()}</dd>
                        </dl>
                    </section>
                    <section class="studio-card" aria-labelledby="timeline-title">
                        <h2 id="timeline-title">"Occasion, timeline and budget"</h2>
                        <dl class="studio-facts">
                            <dt>"Occasion"</dt>
                            <dd>{occasion.unwrap_or_else(|| "Not given".to_owned())}</dd>
                            <dt>"Needed by"</dt>
                            <dd>
                                {match deadline {
                                    Some(view) => view.into_any(),
                                    None => view! { <span>"No date given"</span> }.into_any(),
                                }}
                            </dd>
                            <dt>"Budget"</dt>
                            <dd>
                                {brief
                                    .budget
                                    .as_ref()
                                    .map_or_else(
                                        || "Not given".to_owned(),
                                        |b| spec::budget(b.min, b.max, &b.currency),
                                    )}
                            </dd>
                            <dt>"Against the estimate"</dt>
                            <dd class="studio-budget-check">{budget_line}</dd>
                        </dl>
                    </section>
                    <StudioSpecs brief=brief.clone() catalog=Arc::clone(&catalog) estimate=detail.estimate.clone() />
                    {(!warnings.is_empty())
                        .then(|| {
                            view! {
                                <section class="studio-card studio-warnings" aria-labelledby="warnings-title">
                                    <h2 id="warnings-title">"Warnings"</h2>
                                    <ul>
                                        {warnings.into_iter().map(|w| view! { <li>{w}</li> }).collect_view()}
                                    </ul>
                                </section>
                            }
                        })}
                    <section class="studio-card" aria-labelledby="visitor-notes-title">
                        <h2 id="visitor-notes-title">"In the visitor's words"</h2>
                        <p class="studio-note-text">
                            {if brief.notes.trim().is_empty() {
                                "No notes.".to_owned()
                            } else {
                                brief.notes.clone()
                            }}
                        </p>
                    </section>
                </div>
            </div>
            {commission_section(commission, detail.reference.clone(), currency, commission_changed)}
            <div class="studio-workflow-grid">
                {move || {
                    let d = live.get();
                    view! {
                        <StudioStatus
                            reference=d.reference.clone()
                            status=d.status
                            history=d.history
                            received=d.created_at
                            on_changed=reload
                        />
                        <StudioNotes reference=d.reference.clone() notes=d.notes on_changed=reload />
                        <StudioDeliveries deliveries=d.deliveries on_changed=reload />
                    }
                }}
                <StudioDelete reference=reference.clone() />
            </div>
        </article>
    }
}

/// The commission beside the brief: the conversation, the link, proposals, the consultation and
/// the making, once loaded.
fn commission_section(
    commission: LocalResource<Result<StudioCommission, StudioError>>,
    reference: String,
    currency: String,
    on_changed: Callback<()>,
) -> impl IntoView {
    // A newly issued link is shown once: it must outlive the reload its issue causes.
    let issued = RwSignal::new(None::<String>);
    let body = move || {
        let (reference, currency) = (reference.clone(), currency.clone());
        Suspend::new(async move {
            match commission.await {
                Err(e) => view! {
                    <StudioLoadError what="The conversation and proposals could not be loaded" error=e />
                }
                .into_any(),
                Ok(c) => view! {
                    <p class="studio-commission-status">
                        "The visitor's page says: "
                        <strong>{c.status.label()}</strong>
                    </p>
                    {c
                        .erasure_requested_at
                        .clone()
                        .map(|at| erasure_request(&at, c.erasure_comment.clone()))}
                    <div class="studio-commission-grid">
                        <StudioConversation
                            reference=reference.clone()
                            messages=c.messages
                            on_changed=on_changed
                        />
                        <div class="studio-commission-side">
                            <StudioProposals
                                reference=reference.clone()
                                proposals=c.proposals
                                current_code=c.current_code
                                currency=currency
                                on_changed=on_changed
                            />
                            <StudioAppointment
                                reference=reference.clone()
                                appointment=c.appointment
                                on_changed=on_changed
                            />
                            <StudioStages reference=reference.clone() stages=c.stages on_changed=on_changed />
                            <StudioLink
                                reference=reference
                                link=c.link
                                issued=issued
                                on_changed=on_changed
                            />
                        </div>
                    </div>
                }
                .into_any(),
            }
        })
    };
    view! {
        <section class="studio-commission" aria-label="Commission">
            <Transition fallback=|| {
                view! { <p class="studio-loading" role="status">"Loading the conversation…"</p> }
            }>{body}</Transition>
        </section>
    }
}

/// A stored picture with its caption; a file that is not an image is a link.
fn picture(file: FileRef) -> impl IntoView {
    let caption = caption(&file.kind, &file.label);
    if file.mime_type.starts_with("image/") {
        let href = file.url.clone();
        view! {
            <figure class="studio-picture">
                <a href=href target="_blank" rel="noopener">
                    <img src=file.url alt=caption.clone() loading="lazy" />
                </a>
                <figcaption>{caption}</figcaption>
            </figure>
        }
        .into_any()
    } else {
        view! {
            <p>
                <a href=file.url target="_blank" rel="noopener">
                    {caption}
                </a>
            </p>
        }
        .into_any()
    }
}

/// A picture's caption: a snapshot by its view ("Three-quarter view"), a visitor's file by its
/// name exactly as stored (Leptos escapes it as text).
fn caption(kind: &str, label: &str) -> String {
    if kind == "snapshot" {
        let mut chars = label.chars();
        match chars.next() {
            Some(first) => format!("{}{} view", first.to_uppercase(), chars.as_str()),
            None => "Snapshot".to_owned(),
        }
    } else {
        label.to_owned()
    }
}

/// The visitor's budget next to the estimated price, in one sentence.
fn budget_against_estimate(budget: Option<&Budget>, estimate: Option<&StudioEstimate>) -> String {
    let price = estimate.map(|e| &e.core.price);
    match (budget, price) {
        (_, None) | (_, Some(PriceOutcome::NotConfigured)) => {
            "No price list is configured: quote from the specification.".to_owned()
        }
        (_, Some(PriceOutcome::Missing { what })) => {
            format!("No price for {what} in the price list: quote it personally.")
        }
        (None, Some(PriceOutcome::Range(p))) => format!(
            "Estimate {}–{} {}; the visitor gave no budget.",
            spec::amount(p.low as u64),
            spec::amount(p.high as u64),
            p.currency
        ),
        (Some(b), Some(PriceOutcome::Range(p))) => {
            let range = format!(
                "Estimate {}–{} {} (prices of {})",
                spec::amount(p.low as u64),
                spec::amount(p.high as u64),
                p.currency,
                p.prices_date
            );
            if b.currency != p.currency {
                format!("{range}; the budget is in {}.", b.currency)
            } else if p.high <= b.max as f64 {
                format!("{range}: within the budget.")
            } else if p.low > b.max as f64 {
                format!(
                    "{range}: above the budget by at least {} {}.",
                    spec::amount((p.low - b.max as f64) as u64),
                    p.currency
                )
            } else {
                format!("{range}: the upper end is above the budget.")
            }
        }
    }
}

/// Opens the browser's print dialog (the print stylesheet makes the page a work order).
fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// The visitor's request for erasure: when, their words quoted, and what the jeweler owes them.
fn erasure_request(at: &str, comment: Option<String>) -> impl IntoView {
    view! {
        <div class="studio-erasure" role="note" aria-labelledby="erasure-title">
            <p id="erasure-title">
                <strong>"The visitor asked for erasure"</strong>
                " on "
                <time datetime=at.to_owned()>{format::when(at)}</time>
                "."
            </p>
            {comment
                .filter(|text| !text.trim().is_empty())
                .map(|text| view! { <blockquote class="studio-erasure-comment">{text}</blockquote> })}
            <p>
                "Erase this brief with “Delete this brief…” under “Erase” further down, within the time your privacy notice promises (the default notice says a month)."
            </p>
        </div>
    }
}
