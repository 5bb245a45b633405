//! One brief, laid out for a jeweler: the ring live in 3D (decoded from its share code), the
//! snapshots and inspiration, specification in millimetres and grams, budget against estimate,
//! deadline with the days left, contact preferences, the commission (the conversation with the
//! visitor, their private link, proposed designs, the consultation, the making) and the workflow
//! (status, notes, deliveries, erasure). It prints as a work order. When a proposal the visitor
//! accepted changed the design, the agreed design leads (headline, live ring, design link), marked,
//! with the original's words and link under it.

use super::{InboxLink, StudioLoadError};
use crate::components::RingViewer;
use crate::i18n::{say, t, t_args, Arg, Msg};
use crate::studio::api::{self as api, BriefDetail, FileRef, StudioError, StudioEstimate};
use crate::studio::components::{
    StudioAppointment, StudioConversation, StudioDelete, StudioDeliveries, StudioLanguageTag,
    StudioLink, StudioNotes, StudioProposals, StudioSpecs, StudioStages, StudioStatus,
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
                    view! { <StudioLoadError what="studio-brief-not-opened" error=e /> }.into_any()
                }
            }
        })
    };

    view! {
        <nav class="studio-crumbs no-print" aria-label=t("studio-mark")>
            <InboxLink>{t("studio-brief-back")}</InboxLink>
        </nav>
        <Transition fallback=move || {
            view! { <p class="studio-loading" role="status">{t_args("studio-brief-opening", &[("reference", reference.clone().into())])}</p> }
        }>{body}</Transition>
    }
}

/// The visitor's configurator on a design (its share code), under the shop's prefix.
fn design_link(code: &str) -> String {
    crate::base::at(&format!("/?d={code}"))
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
    // The design agreed by an accepted proposal leads; the one sent stays reachable below it.
    let agreed = detail
        .current_code
        .as_deref()
        .and_then(|c| share::decode(c).ok().map(|d| (c.to_owned(), d)));
    let original_code = detail.design_code.clone();
    let design_code = agreed
        .as_ref()
        .map(|(code, _)| code.clone())
        .or_else(|| original_code.clone());
    // The share code is what the visitor's link held; the stored design is the fallback.
    let design = match &agreed {
        Some((_, d)) => d.clone(),
        None => original_code
            .as_deref()
            .and_then(|c| share::decode(c).ok())
            .unwrap_or_else(|| brief.design.clone()),
    };
    // Said here rather than taken from the server, so it reads in the shop's language.
    let summary = say(&atelier_core::summary::summary_msg(&design, &catalog));
    let original = agreed.is_some().then(|| {
        let words = say(&atelier_core::summary::summary_msg(&brief.design, &catalog));
        let open = original_code.clone().map(|code| {
            view! {
                " "
                <a href=design_link(&code) target="_blank" rel="noopener">
                    {t("studio-brief-open-original")}
                </a>
            }
        });
        view! {
            <p class="studio-original studio-muted">
                {t_args("studio-brief-original-design", &[("summary", words.into())])}
                {open}
            </p>
        }
    });
    let changed = agreed.is_some();
    // The specification is of the design to be made: the agreed one, with the brief's own words.
    let specified = atelier_core::brief::Brief {
        design: design.clone(),
        ..brief.clone()
    };
    let design = Signal::stored(design);
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
        String::from(js_sys::encode_uri_component(&t_args(
            "studio-brief-mail-subject",
            &[("reference", reference.clone().into())]
        )))
    );
    let days = brief.deadline.as_deref().and_then(format::days_left);
    let deadline = brief.deadline.clone().map(|date| {
        let stamp = date.clone();
        let urgent = days.is_some_and(|d| d <= format::URGENT_DAYS);
        let rush = days.is_some_and(|d| d < format::RUSH_DAYS);
        let shown = format::date_words(&date);
        let text = match days {
            Some(d) => t_args(
                "studio-brief-deadline-days",
                &[
                    ("date", shown.into()),
                    ("days", format::days_words(d).into()),
                ],
            ),
            None => shown,
        };
        view! {
            <span class="studio-deadline" class:urgent=urgent>
                <time datetime=stamp>{text}</time>
            </span>
            {rush
                .then(|| {
                    view! {
                        " "
                        <span class="studio-muted">{t("studio-brief-rush")}</span>
                    }
                })}
        }
    });
    let occasion = brief.occasion.as_ref().map(|o| say(&spec::occasion_msg(o)));
    let budget_line = say(&budget_against_estimate(
        brief.budget.as_ref(),
        detail.estimate.as_ref(),
        &catalog,
    ));
    // Core's own check, so the warnings read in the shop's language (the server's are English),
    // worded for the jeweler.
    let warnings: Vec<String> = specified
        .design
        .check(&catalog)
        .warnings
        .iter()
        .map(|w| say(&crate::studio::warnings::for_jeweler(w)))
        .collect();
    let phone = contact.phone.clone().filter(|p| !p.trim().is_empty());
    // A proposal's price is in the visitor's budget currency, else in the shop's price list's.
    let currency = brief
        .budget
        .as_ref()
        .map(|b| b.currency.clone())
        .or_else(|| match detail.estimate.as_ref().map(|e| &e.core.price) {
            Some(PriceOutcome::Range(range)) => Some(range.currency.clone()),
            _ => None,
        })
        .unwrap_or_default();

    view! {
        <article class="studio-brief" data-reference=reference.clone()>
            <header class="studio-brief-head">
                <div>
                    <p class="studio-ref">{reference.clone()}</p>
                    <h1>{contact.name.clone()}</h1>
                    <p class="studio-muted">
                        <time datetime=detail.created_at.clone()>
                            {t_args("studio-brief-received", &[("when", format::when(&detail.created_at).into())])}
                        </time>
                        " · "
                        <span class="studio-status" data-status=move || live.with(|d| d.status.clone())>
                            {move || live.with(|d| say(&workflow::label_msg(&d.status)))}
                        </span>
                    </p>
                </div>
                <div class="studio-actions no-print" role="group" aria-label=t("studio-brief-actions")>
                    <a class="button primary" href=mailto>
                        {t("studio-brief-reply")}
                    </a>
                    {design_code
                        .clone()
                        .map(|code| {
                            view! {
                                <a class="button" href=design_link(&code) target="_blank" rel="noopener">
                                    {t("studio-brief-open-design")}
                                </a>
                            }
                        })}
                    <button type="button" class="button" on:click=move |_| print()>
                        {t("studio-brief-print")}
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
                            <strong>
                                {t_args("studio-brief-surprise-banner", &[("name", contact.name.clone().into())])}
                            </strong>
                        </p>
                    }
                })}
            <p class="studio-summary">
                {changed
                    .then(|| {
                        view! {
                            <span class="studio-changed">{t("studio-row-changed-by-proposal")}</span>
                            " "
                        }
                    })}
                {summary}
            </p>
            {original}
            <div class="studio-brief-grid">
                <div class="studio-brief-visuals">
                    <div class="studio-viewer no-print">
                        <RingViewer design=design catalog=Arc::clone(&catalog) description=description />
                    </div>
                    {(!snapshots.is_empty())
                        .then(|| {
                            view! {
                                <section aria-labelledby="snapshots-title">
                                    <h2 id="snapshots-title">
                                        {t(
                                            if changed {
                                                "studio-brief-snapshots-original"
                                            } else {
                                                "studio-brief-snapshots"
                                            },
                                        )}
                                    </h2>
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
                                    <h2 id="inspiration-title">{t("studio-brief-inspiration")}</h2>
                                    <div class="studio-pictures">
                                        {inspiration.into_iter().map(picture).collect_view()}
                                    </div>
                                </section>
                            }
                        })}
                </div>
                <div class="studio-brief-facts">
                    <section class="studio-card" aria-labelledby="contact-title">
                        <h2 id="contact-title">{t("studio-brief-contact")}</h2>
                        <dl class="studio-facts">
                            <dt>{t("studio-brief-name")}</dt>
                            <dd>{contact.name.clone()}</dd>
                            <dt>{t("studio-field-email")}</dt>
                            <dd>
                                <a href=format!("mailto:{}", contact.email)>{contact.email.clone()}</a>
                            </dd>
                            {phone
                                .map(|p| {
                                    view! {
                                        <dt>{t("studio-brief-phone")}</dt>
                                        <dd>
                                            <a href=format!("tel:{}", p.replace(' ', ""))>{p.clone()}</a>
                                        </dd>
                                    }
                                })}
                            <dt>{t("studio-brief-prefers")}</dt>
                            <dd>
                                <strong>{say(&spec::channel_msg(contact.preferred_channel))}</strong>
                            </dd>
                            <dt>{t("studio-brief-surprise")}</dt>
                            <dd>
                                {if brief.surprise {
                                    view! { <strong>{t("studio-brief-surprise-yes")}</strong> }.into_any()
                                } else {
                                    view! { <span>{t("studio-brief-surprise-no")}</span> }.into_any()
                                }}
                            </dd>
                            <dt>{t("studio-brief-language")}</dt>
                            <dd>{format::language_name(&brief.locale)}</dd>
                        </dl>
                    </section>
                    <section class="studio-card" aria-labelledby="timeline-title">
                        <h2 id="timeline-title">{t("studio-brief-timeline")}</h2>
                        <dl class="studio-facts">
                            <dt>{t("studio-brief-occasion")}</dt>
                            <dd>{occasion.unwrap_or_else(|| t("studio-brief-not-given"))}</dd>
                            <dt>{t("studio-brief-needed-by")}</dt>
                            <dd>
                                {match deadline {
                                    Some(view) => view.into_any(),
                                    None => view! { <span>{t("studio-brief-no-date")}</span> }.into_any(),
                                }}
                            </dd>
                            <dt>{t("studio-brief-budget")}</dt>
                            <dd>
                                {brief
                                    .budget
                                    .as_ref()
                                    .map_or_else(
                                        || t("studio-brief-not-given"),
                                        |b| say(&spec::budget_msg(b.min, b.max, &b.currency)),
                                    )}
                            </dd>
                            <dt>{t("studio-brief-against-estimate")}</dt>
                            <dd class="studio-budget-check">{budget_line}</dd>
                        </dl>
                    </section>
                    <StudioSpecs brief=specified.clone() catalog=Arc::clone(&catalog) estimate=detail.estimate.clone() />
                    {(!warnings.is_empty())
                        .then(|| {
                            view! {
                                <section class="studio-card studio-warnings" aria-labelledby="warnings-title">
                                    <h2 id="warnings-title">{t("studio-brief-warnings")}</h2>
                                    <ul>
                                        {warnings.into_iter().map(|w| view! { <li>{w}</li> }).collect_view()}
                                    </ul>
                                </section>
                            }
                        })}
                    <section class="studio-card" aria-labelledby="visitor-notes-title">
                        <h2 id="visitor-notes-title">{t("studio-brief-visitor-words")}</h2>
                        {if brief.notes.trim().is_empty() {
                            view! { <p class="studio-note-text">{t("studio-brief-no-notes")}</p> }.into_any()
                        } else {
                            view! {
                                <p class="studio-note-text" lang=brief.locale.clone()>{brief.notes.clone()}</p>
                                <StudioLanguageTag locale=brief.locale.clone() />
                            }
                            .into_any()
                        }}
                    </section>
                </div>
            </div>
            {commission_section(
                commission,
                detail.reference.clone(),
                currency,
                brief.locale.clone(),
                commission_changed,
            )}
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
    locale: String,
    on_changed: Callback<()>,
) -> impl IntoView {
    // A newly issued link is shown once: it must outlive the reload its issue causes.
    let issued = RwSignal::new(None::<String>);
    let body = move || {
        let (reference, currency, locale) = (reference.clone(), currency.clone(), locale.clone());
        Suspend::new(async move {
            match commission.await {
                Err(e) => view! {
                    <StudioLoadError what="studio-commission-not-loaded" error=e />
                }
                .into_any(),
                Ok(c) => view! {
                    <p class="studio-commission-status">
                        {t_args("studio-commission-page-says", &[("status", c.status.msg().into())])}
                    </p>
                    {c
                        .erasure_requested_at
                        .clone()
                        .map(|at| erasure_request(&at, c.erasure_comment.clone(), &locale))}
                    <div class="studio-commission-grid">
                        <StudioConversation
                            reference=reference.clone()
                            messages=c.messages
                            locale=locale.clone()
                            on_changed=on_changed
                        />
                        <div class="studio-commission-side">
                            <StudioProposals
                                reference=reference.clone()
                                proposals=c.proposals
                                current_code=c.current_code
                                currency=currency
                                locale=locale.clone()
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
        <section class="studio-commission" aria-label=t("studio-commission")>
            <Transition fallback=|| {
                view! { <p class="studio-loading" role="status">{t("studio-commission-loading")}</p> }
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
    if kind != "snapshot" {
        return label.to_owned();
    }
    match label {
        "three-quarter" => t("studio-view-three-quarter"),
        "top" => t("studio-view-top"),
        "side" => t("studio-view-side"),
        "" => t("studio-view-snapshot"),
        other => t_args("studio-view-other", &[("view", other.into())]),
    }
}

/// The visitor's budget next to the estimated price, in one sentence.
fn budget_against_estimate(
    budget: Option<&Budget>,
    estimate: Option<&StudioEstimate>,
    catalog: &Catalog,
) -> Msg {
    let price = estimate.map(|e| &e.core.price);
    let money = |amount: f64, currency: &str| Arg::Money {
        amount: amount.round(),
        currency: currency.to_owned(),
    };
    match (budget, price) {
        (_, None) | (_, Some(PriceOutcome::NotConfigured)) => Msg::new("studio-estimate-no-prices"),
        (_, Some(PriceOutcome::Missing { what, origin })) => Msg::new("studio-estimate-missing")
            .arg(
                "what",
                atelier_core::estimate::missing_msg(what, *origin, catalog),
            ),
        (None, Some(PriceOutcome::Range(p))) => Msg::new("studio-estimate-no-budget")
            .arg("low", money(p.low, &p.currency))
            .arg("high", money(p.high, &p.currency)),
        (Some(b), Some(PriceOutcome::Range(p))) => {
            let key = if b.currency != p.currency {
                "studio-estimate-other-currency"
            } else if p.high <= b.max as f64 {
                "studio-estimate-within"
            } else if p.low > b.max as f64 {
                "studio-estimate-above"
            } else {
                "studio-estimate-upper-above"
            };
            Msg::new(key)
                .arg("low", money(p.low, &p.currency))
                .arg("high", money(p.high, &p.currency))
                .arg("prices", p.prices_date.as_str())
                .arg("budget_currency", b.currency.as_str())
                .arg("over", money(p.low - b.max as f64, &p.currency))
        }
    }
}

/// Opens the browser's print dialog (the print stylesheet makes the page a work order).
fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// The visitor's request for erasure: when, their words quoted (in their language), and what the
/// jeweler owes them.
fn erasure_request(at: &str, comment: Option<String>, locale: &str) -> impl IntoView {
    let locale = locale.to_owned();
    view! {
        <div class="studio-erasure-notice" role="note" aria-labelledby="erasure-title">
            <p id="erasure-title">
                <strong>
                    <time datetime=at.to_owned()>
                        {t_args("studio-erasure-asked", &[("when", format::when(at).into())])}
                    </time>
                </strong>
            </p>
            {comment
                .filter(|text| !text.trim().is_empty())
                .map(|text| {
                    view! {
                        <blockquote class="studio-erasure-comment" lang=locale.clone()>{text}</blockquote>
                        <StudioLanguageTag locale=locale />
                    }
                })}
            <p>{t("studio-erasure-what-to-do")}</p>
        </div>
    }
}
