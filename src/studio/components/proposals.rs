//! Revised designs proposed to the visitor, in order, with what changed and the visitor's answer;
//! "Propose a change" opens the current design in the revision mode, and the design brought back
//! from there ("Use this design") waits here, with a message and an optional price range, to be
//! sent.

use crate::i18n::{say, t, t_args};
use crate::studio::api::{self as api, StudioError};
use crate::studio::components::StudioLanguageTag;
use crate::studio::route::{use_route, Route};
use crate::studio::{alert, format, use_proposal_draft, use_session};
use atelier_core::catalog::Catalog;
use atelier_core::commission::{NewProposal, PriceRange, Proposal, ProposalAnswer};
use atelier_core::{share, spec, summary};
use leptos::prelude::*;

/// The proposals and the form for a new one.
#[component]
pub fn StudioProposals(
    /// The brief's reference.
    reference: String,
    /// The proposals so far, oldest first.
    proposals: Vec<Proposal>,
    /// The current design (the last accepted), which a new proposal revises.
    current_code: String,
    /// The brief's budget currency, the price range's default.
    currency: String,
    /// The brief's language, which the visitor's answers are written in.
    locale: String,
    /// Called after a proposal was sent, to reload the commission.
    on_changed: Callback<()>,
) -> impl IntoView {
    let router = use_route();
    let draft = use_proposal_draft();
    let empty = proposals.is_empty();
    let target = Route::Revise {
        reference: reference.clone(),
    };
    let revise = move |_| router.go(target.clone());
    let waiting = {
        let reference = reference.clone();
        move || draft.for_brief(&reference)
    };
    let form = move || {
        waiting().map(|code| {
            view! {
                <ProposalForm
                    reference=reference.clone()
                    design_code=code
                    current_code=current_code.clone()
                    currency=currency.clone()
                    on_changed=on_changed
                />
            }
        })
    };

    view! {
        <section class="studio-card studio-proposals" aria-labelledby="proposals-title">
            <h2 id="proposals-title">{t("studio-proposals-title")}</h2>
            {empty.then(|| view! { <p class="studio-muted">{t("studio-proposals-none")}</p> })}
            <ol class="studio-proposal-list">
                {proposals.into_iter().map(|p| proposal(p, &locale)).collect_view()}
            </ol>
            {form}
            <button type="button" class="button no-print" on:click=revise>
                {t("studio-proposals-propose")}
            </button>
        </section>
    }
}

/// One proposal: when, the message, what changed, the price and the answer (the visitor's
/// comment as written, in the brief's language).
fn proposal(p: Proposal, locale: &str) -> impl IntoView {
    let answer = match &p.answer {
        None => view! {
            <p class="studio-answer" data-answer="open">{t("studio-proposal-waiting")}</p>
        }
        .into_any(),
        Some(a) => {
            let words = match a.answer {
                ProposalAnswer::Accepted => t("studio-proposal-accepted"),
                ProposalAnswer::ChangesRequested => t("studio-proposal-changes-requested"),
            };
            let said = if a.comment.trim().is_empty() {
                view! { <strong>{words}</strong> }.into_any()
            } else {
                // One sentence in the shop's language around the visitor's words, which keep
                // their own language.
                let sentence = t_args(
                    "studio-proposal-answer-quoted",
                    &[("answer", words.into()), ("comment", format::MARK.into())],
                );
                let (before, after) = format::split_at_mark(&sentence);
                view! {
                    {before}
                    <span class="studio-answer-comment" lang=locale.to_owned()>{a.comment.clone()}</span>
                    {after}
                }
                .into_any()
            };
            let tag = (!a.comment.trim().is_empty())
                .then(|| view! { <StudioLanguageTag locale=locale.to_owned() /> });
            view! {
                <div class="studio-answer" data-answer=a.answer.name()>
                    <p>
                        {said}
                        " · "
                        <time datetime=a.at.clone()>{format::when(&a.at)}</time>
                    </p>
                    {tag}
                </div>
            }
            .into_any()
        }
    };
    // Said from the two designs, so in the shop's language; the stored English changes stand in
    // when a code cannot be read.
    let catalog = Catalog::builtin();
    let changes = match (share::decode(&p.base_code), share::decode(&p.design_code)) {
        (Ok(old), Ok(new)) => {
            spec::changes::in_words_msg(&spec::changes::changes_msg(&old, &new, &catalog))
                .map_or_else(|| t("studio-proposal-no-change"), |m| say(&m))
        }
        _ => spec::changes::stored_in_words_msg(&p.changes)
            .map_or_else(|| t("studio-proposal-no-change"), |m| say(&m)),
    };
    let price = p.price.as_ref().map(|r| {
        say(&spec::price_range_msg(
            r.low as f64,
            r.high as f64,
            &r.currency,
        ))
    });
    view! {
        <li class="studio-proposal" data-id=p.id>
            <p class="studio-muted">
                <time datetime=p.at.clone()>
                    {t_args("studio-proposal-proposed", &[("when", format::when(&p.at).into())])}
                </time>
            </p>
            <p class="studio-changes">{changes}</p>
            {(!p.message.is_empty()).then(|| view! { <p class="studio-note-text">{p.message.clone()}</p> })}
            {price.map(|p| view! { <p>{t_args("studio-proposal-price", &[("price", p.into())])}</p> })}
            {answer}
        </li>
    }
}

/// The design brought back from the revision mode, to send with a message and a price range.
#[component]
fn ProposalForm(
    /// The brief's reference.
    reference: String,
    /// The design to propose.
    design_code: String,
    /// The design it revises.
    current_code: String,
    /// The price range's default currency.
    currency: String,
    /// Called after it was sent.
    on_changed: Callback<()>,
) -> impl IntoView {
    let session = use_session();
    let draft = use_proposal_draft();
    let catalog = Catalog::builtin();
    let described = share::decode(&design_code).ok().map(|new| {
        let changes = share::decode(&current_code)
            .ok()
            .map(|old| spec::changes::changes_msg(&old, &new, &catalog))
            .unwrap_or_default();
        (say(&summary::summary_msg(&new, &catalog)), changes)
    });
    let (words, changes) = described.unwrap_or_else(|| (String::new(), Vec::new()));
    let changes = spec::changes::in_words_msg(&changes)
        .map_or_else(|| t("studio-proposal-same"), |m| say(&m));
    let message = RwSignal::new(String::new());
    let low = RwSignal::new(String::new());
    let high = RwSignal::new(String::new());
    let currency = RwSignal::new(currency);
    let problem = RwSignal::new(None::<String>);
    let key = StoredValue::new(crate::brief::new_idempotency_key());
    let send = Action::new_local(move |body: &NewProposal| {
        let (csrf, reference, body) = (session.csrf(), reference.clone(), body.clone());
        let idempotency = key.get_value();
        async move {
            let result: Result<Proposal, StudioError> =
                api::propose(&csrf, &reference, &idempotency, &body).await;
            match &result {
                Ok(_) => {
                    draft.clear();
                    on_changed.run(());
                }
                Err(e) => session.notice(e),
            }
            result
        }
    });
    let on_submit = {
        let design_code = design_code.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let price = price_range(
                &low.get_untracked(),
                &high.get_untracked(),
                &currency.get_untracked(),
            );
            match price {
                Err(key) => problem.set(Some(t(key))),
                Ok(price) => {
                    problem.set(None);
                    if !send.pending().get_untracked() {
                        send.dispatch(NewProposal {
                            design_code: design_code.clone(),
                            message: message.get_untracked().trim().to_owned(),
                            price,
                        });
                    }
                }
            }
        }
    };

    view! {
        <form class="studio-form studio-proposal-form no-print" on:submit=on_submit>
            <h3>{t("studio-proposal-new")}</h3>
            <p class="studio-summary">{words}</p>
            <p class="studio-changes">
                <strong>{t("studio-proposal-what-changes")}</strong>
                " "
                {changes}
            </p>
            <label for="proposal-message">{t("studio-proposal-message")}</label>
            <textarea
                id="proposal-message"
                rows="3"
                prop:value=message
                on:input=move |ev| message.set(event_target_value(&ev))
            ></textarea>
            <fieldset class="studio-price">
                <legend>{t("studio-proposal-price-range")}</legend>
                <label for="proposal-low">{t("studio-proposal-from")}</label>
                <input
                    id="proposal-low"
                    type="number"
                    inputmode="numeric"
                    min="0"
                    prop:value=low
                    on:input=move |ev| low.set(event_target_value(&ev))
                />
                <label for="proposal-high">{t("studio-proposal-to")}</label>
                <input
                    id="proposal-high"
                    type="number"
                    inputmode="numeric"
                    min="0"
                    prop:value=high
                    on:input=move |ev| high.set(event_target_value(&ev))
                />
                <label for="proposal-currency">{t("studio-proposal-currency")}</label>
                <input
                    id="proposal-currency"
                    type="text"
                    maxlength="3"
                    size="4"
                    autocomplete="off"
                    prop:value=currency
                    on:input=move |ev| currency.set(event_target_value(&ev))
                />
            </fieldset>
            {move || problem.get().map(|text| view! { <p class="studio-error" role="alert">{text}</p> })}
            {alert::failure(send, "studio-proposal-failed")}
            <div class="studio-actions">
                <button type="submit" class="button primary" disabled=move || send.pending().get()>
                    {t("studio-proposal-send")}
                </button>
                <button type="button" class="button" on:click=move |_| draft.clear()>
                    {t("studio-proposal-discard")}
                </button>
            </div>
        </form>
    }
}

/// The price range typed in the form: none when both ends are empty; the message key of what is
/// wrong with it otherwise.
fn price_range(low: &str, high: &str, currency: &str) -> Result<Option<PriceRange>, &'static str> {
    let (low, high) = (low.trim(), high.trim());
    if low.is_empty() && high.is_empty() {
        return Ok(None);
    }
    let number = |text: &str| text.parse::<u64>().ok();
    let (Some(low), Some(high)) = (number(low), number(high)) else {
        return Err("studio-price-both-ends");
    };
    if low > high {
        return Err("studio-price-order");
    }
    let currency = currency.trim().to_ascii_uppercase();
    if currency.len() != 3 || !currency.bytes().all(|b| b.is_ascii_alphabetic()) {
        return Err("studio-price-currency");
    }
    Ok(Some(PriceRange {
        low,
        high,
        currency,
    }))
}

#[cfg(test)]
mod tests {
    use super::price_range;
    use atelier_core::commission::PriceRange;

    #[test]
    fn a_price_range_has_both_ends_in_order_and_a_currency() {
        assert_eq!(price_range(" ", "", "EUR"), Ok(None));
        assert_eq!(
            price_range("2400", "2800", "gbp"),
            Ok(Some(PriceRange {
                low: 2400,
                high: 2800,
                currency: "GBP".to_owned()
            }))
        );
        assert_eq!(
            price_range("2400", "", "EUR"),
            Err("studio-price-both-ends")
        );
        assert_eq!(
            price_range("2800", "2400", "EUR"),
            Err("studio-price-order")
        );
        assert_eq!(price_range("1", "2", "euro"), Err("studio-price-currency"));
        assert_eq!(
            price_range("1.5", "2", "EUR"),
            Err("studio-price-both-ends")
        );
    }
}
