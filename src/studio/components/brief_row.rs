//! One brief in the studio's inbox: picture, who, what, status, whose turn it is in the
//! conversation, whether the visitor asked for erasure (and when), when it is needed and the
//! budget. A design changed by an accepted proposal is described and sketched as agreed, with a
//! mark.

use crate::components::DesignSketch;
use crate::i18n::{say, t, t_args};
use crate::studio::api::BriefRow;
use crate::studio::format;
use crate::studio::route::{is_plain_click, use_route, Route};
use atelier_core::catalog::Catalog;
use atelier_core::commission::Turn;
use atelier_core::share;
use atelier_core::spec;
use atelier_core::workflow;
use leptos::prelude::*;
use std::sync::Arc;

/// A line of the inbox that opens the brief.
#[component]
pub fn StudioBriefRow(
    /// The brief as the inbox lists it.
    row: BriefRow,
    /// The catalog its designs refer to.
    catalog: Signal<Arc<Catalog>>,
) -> impl IntoView {
    let router = use_route();
    let target = Route::Brief {
        reference: row.reference.clone(),
    };
    let href = target.path();
    let days = row.deadline.as_deref().and_then(format::days_left);
    let urgent = days.is_some_and(|d| d <= format::URGENT_DAYS);
    let deadline = row.deadline.clone().map(|date| {
        let stamp = date.clone();
        let shown = format::date_words(&date);
        let text = match days {
            Some(d) => t_args(
                if urgent {
                    "studio-row-needed-by-days"
                } else {
                    "studio-row-by-days"
                },
                &[
                    ("date", shown.into()),
                    ("days", format::days_words(d).into()),
                ],
            ),
            None => t_args(
                if urgent {
                    "studio-row-needed-by"
                } else {
                    "studio-row-by"
                },
                &[("date", shown.into())],
            ),
        };
        view! {
            <span class="studio-deadline" class:urgent=urgent>
                <time datetime=stamp>{text}</time>
            </span>
        }
    });
    let occasion = row
        .occasion
        .as_deref()
        .map(|o| say(&spec::occasion_slug_msg(o)));
    let budget = row
        .budget
        .as_ref()
        .map(|b| say(&spec::budget_msg(b.min, b.max, &b.currency)));
    // The snapshot of the design sent; for a design changed since, a sketch of the agreed one.
    let agreed = row
        .agreed_design
        .as_deref()
        .and_then(|code| share::decode(code).ok());
    let thumbnail = match (&row.thumbnail, agreed) {
        (_, Some(design)) => view! {
            <span class="studio-thumb sketch">
                <DesignSketch design=design catalog=catalog decorative=true />
            </span>
        }
        .into_any(),
        (Some(src), None) => view! {
            <img class="studio-thumb" src=src.clone() alt="" width="72" height="72" loading="lazy" />
        }
        .into_any(),
        (None, None) => {
            view! { <span class="studio-thumb empty" aria-hidden="true"></span> }.into_any()
        }
    };
    // A request with a legal deadline: said in words with a mark, not by colour alone.
    let erasure = row.erasure_requested_at.clone().map(|at| {
        let text = t_args(
            "studio-row-erasure-requested",
            &[("date", format::date_words(&format::day(&at)).into())],
        );
        view! {
            <span class="studio-erasure">
                <span class="studio-erasure-mark" aria-hidden="true">"!"</span>
                <time datetime=at>{text}</time>
            </span>
        }
    });
    let status = row.status.clone();
    let turn = row.turn.and_then(|turn| match turn {
        Turn::VisitorReplied => Some(("visitor_replied", t("studio-turn-visitor-replied"))),
        Turn::AwaitingReply => Some(("awaiting_reply", t("studio-turn-awaiting-reply"))),
        Turn::WithVisitor => None,
    });

    view! {
        <li class="studio-row" class:urgent=urgent data-reference=row.reference.clone()>
            {thumbnail}
            <div class="studio-row-main">
                <a
                    class="studio-row-link"
                    href=href
                    on:click=move |ev| {
                        if is_plain_click(&ev) {
                            ev.prevent_default();
                            router.go(target.clone());
                        }
                    }
                >
                    <span class="studio-row-name">{row.name.clone()}</span>
                    <span class="studio-ref">{row.reference.clone()}</span>
                </a>
                <span class="studio-row-summary">
                    {row
                        .changed_by_proposal
                        .then(|| {
                            view! {
                                <span class="studio-changed">{t("studio-row-changed-by-proposal")}</span>
                                " "
                            }
                        })}
                    {row.summary.clone()}
                </span>
                <span class="studio-row-facts">
                    {occasion.map(|o| view! { <span>{o}</span> })}
                    {deadline}
                    {budget.map(|b| view! { <span class="studio-budget">{b}</span> })}
                </span>
            </div>
            <div class="studio-row-side">
                {erasure}
                {turn
                    .map(|(name, label)| {
                        view! { <span class="studio-turn" data-turn=name>{label}</span> }
                    })}
                <span class="studio-status" data-status=status.clone()>
                    {say(&workflow::label_msg(&status))}
                </span>
                <time class="studio-received" datetime=row.created_at.clone()>
                    {format::date_words(&format::day(&row.created_at))}
                </time>
            </div>
        </li>
    }
}
