//! The jeweler's revised designs, newest first: each one beside the design it revises (the newest
//! in two live viewers, `compare`), what changed in words, the price range, and for the open one
//! the visitor's answer: accept, or ask for changes with a comment.

use super::compare::ProposalCompare;
use super::{api, time, Page};
use crate::brief::around;
use crate::i18n::{self, say, t, t_args, Arg};
use atelier_core::commission::{NewAnswer, Proposal, ProposalAnswer, COMMENT_MAX_CHARS};
use atelier_core::share;
use atelier_core::spec::changes::changes_msg;
use leptos::prelude::*;

/// Every proposal, the open one with its answer form.
#[component]
pub fn Proposals() -> impl IntoView {
    let page = expect_context::<Page>();
    let list = Memo::new(move |_| {
        page.data
            .with(|d| d.as_ref().map(|d| d.proposals.clone()))
            .unwrap_or_default()
    });
    let items = move || {
        list.get()
            .into_iter()
            .rev()
            .enumerate()
            .map(|(i, p)| view! { <ProposalItem proposal=p live=i == 0 /> })
            .collect_view()
    };
    view! {
        <Show when=move || list.with(|l| !l.is_empty())>
            <section class="commission-card commission-proposals" aria-labelledby="proposals-title">
                <h2 id="proposals-title">{t("com-proposals-title")}</h2>
                <ol class="proposals">{items}</ol>
            </section>
        </Show>
    }
}

/// One proposal.
#[component]
fn ProposalItem(
    /// The proposal as the server sent it.
    proposal: Proposal,
    /// Whether its designs are drawn live (the newest proposal's).
    live: bool,
) -> impl IntoView {
    let page = expect_context::<Page>();
    // What changed, said in the reader's language from the two designs themselves; the server's
    // list (in the shop's language) is shown only when a code cannot be read.
    let words = match (
        share::decode(&proposal.base_code),
        share::decode(&proposal.design_code),
    ) {
        (Ok(old), Ok(new)) => changes_msg(&old, &new, &page.catalog.get_untracked())
            .into_iter()
            .map(|c| (say(&c.label), say(&c.from), say(&c.to)))
            .collect(),
        _ => proposal
            .changes
            .iter()
            .map(|c| (c.label.clone(), c.from.clone(), c.to.clone()))
            .collect::<Vec<_>>(),
    };
    let changes = words
        .into_iter()
        .map(|(label, from, to)| {
            let (before, after) = around(
                "com-change-line",
                "what",
                &[("from", Arg::Text(from)), ("to", Arg::Text(to))],
            );
            view! {
                <li>
                    {before}
                    <strong>{label}</strong>
                    {after}
                </li>
            }
        })
        .collect_view();
    let price = proposal.price.as_ref().map(|p| {
        view! {
            <p class="proposal-price">
                {t_args(
                    "com-price-range",
                    &[
                        ("low", Arg::Text(i18n::money(p.low as f64, &p.currency))),
                        ("high", Arg::Text(i18n::money(p.high as f64, &p.currency))),
                    ],
                )}
            </p>
        }
    });
    let answered = proposal.answer.as_ref().map(|a| {
        let words = t(match a.answer {
            ProposalAnswer::Accepted => "com-answer-accepted",
            ProposalAnswer::ChangesRequested => "com-answer-changes",
        });
        let (before, after) = around(
            "com-answer-line",
            "answer",
            &[("when", Arg::Text(time::moment(&a.at)))],
        );
        // The visitor's own words as their own block in their own direction, not quoted inside
        // the sentence: a Latin comment inside Arabic (or Arabic inside English) that wraps would
        // otherwise show the sentence's quote marks beside the wrong ends of its lines.
        let comment = (!a.comment.is_empty()).then(|| {
            view! {
                <blockquote class="answer-comment" dir="auto">
                    {a.comment.clone()}
                </blockquote>
            }
        });
        view! {
            <div class="proposal-answer" tabindex="-1">
                <p class="answer-line">
                    {before}
                    <strong>{words}</strong>
                    {after}
                </p>
                {comment}
            </div>
        }
    });
    let open = proposal.answer.is_none();
    let id = proposal.id;
    view! {
        <li class="proposal" id=format!("proposal-{id}")>
            <p class="message-meta">
                {t_args("com-proposed-at", &[("when", Arg::Text(time::moment(&proposal.at)))])}
            </p>
            <p class="message-text" lang=page.shop_lang.get() dir="auto">{proposal.message.clone()}</p>
            <h3>{t("com-changes-title")}</h3>
            <ul class="proposal-changes">{changes}</ul>
            {price}
            <ProposalCompare
                base_code=proposal.base_code.clone()
                design_code=proposal.design_code.clone()
                live=live
            />
            {answered}
            {open.then(|| view! { <AnswerForm id=id /> })}
        </li>
    }
}

/// Accept the proposal, or ask for changes with a comment.
#[component]
fn AnswerForm(
    /// The proposal's id.
    id: i64,
) -> impl IntoView {
    let page = expect_context::<Page>();
    let comment = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let answer = Action::new_local(move |given: &ProposalAnswer| {
        let body = NewAnswer {
            answer: *given,
            comment: comment.get_untracked().trim().to_owned(),
        };
        let token = page.token.get_value();
        async move { api::answer(&token, id, &body).await }
    });
    Effect::new(move |_| match answer.value().get() {
        Some(Ok(_)) => page.refresh_then_focus(format!("#proposal-{id} .proposal-answer")),
        Some(Err(e)) => problem.set(Some(e.message())),
        None => {}
    });
    let busy = move || answer.pending().get();
    let too_long = move || comment.with(|c| c.chars().count() > COMMENT_MAX_CHARS);
    let field = format!("proposal-comment-{id}");
    view! {
        <div class="proposal-form">
            <label for=field.clone()>{t("com-answer-comment-label")}</label>
            <textarea
                id=field
                rows="3"
                prop:value=move || comment.get()
                on:input=move |ev| comment.set(event_target_value(&ev))
            ></textarea>
            <p class="form-error" role="alert">{move || problem.get()}</p>
            <div class="proposal-actions">
                <button
                    type="button"
                    class="button primary proposal-accept"
                    disabled=move || busy() || too_long()
                    on:click=move |_| {
                        answer.dispatch(ProposalAnswer::Accepted);
                    }
                >
                    {t("com-answer-accept")}
                </button>
                <button
                    type="button"
                    class="button proposal-changes-button"
                    disabled=move || busy() || too_long() || comment.with(|c| c.trim().is_empty())
                    on:click=move |_| {
                        answer.dispatch(ProposalAnswer::ChangesRequested);
                    }
                >
                    {t("com-answer-ask-changes")}
                </button>
            </div>
        </div>
    }
}
