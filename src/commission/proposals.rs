//! The jeweler's revised designs, newest first: each one beside the design it revises (the newest
//! in two live viewers, `compare`), what changed in words, the price range, and for the open one
//! the visitor's answer: accept, or ask for changes with a comment.

use super::compare::ProposalCompare;
use super::{api, time, Page};
use atelier_core::commission::{NewAnswer, Proposal, ProposalAnswer, COMMENT_MAX_CHARS};
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
                <h2 id="proposals-title">"Proposed designs"</h2>
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
    let changes = proposal
        .changes
        .iter()
        .map(|c| {
            view! {
                <li>
                    <strong>{c.label.clone()}</strong>
                    ": " {c.from.clone()} " → " {c.to.clone()}
                </li>
            }
        })
        .collect_view();
    let price = proposal.price.as_ref().map(|p| {
        view! {
            <p class="proposal-price">
                "Price range: " {format!("{}–{} {}", grouped(p.low), grouped(p.high), p.currency)}
            </p>
        }
    });
    let answered = proposal.answer.as_ref().map(|a| {
        let words = match a.answer {
            ProposalAnswer::Accepted => "You accepted this design",
            ProposalAnswer::ChangesRequested => "You asked for changes",
        };
        let comment = (!a.comment.is_empty()).then(|| format!(": “{}”", a.comment));
        view! {
            <p class="proposal-answer" tabindex="-1">
                <strong>{words}</strong>
                {comment}
                " (" {time::moment(&a.at)} ")"
            </p>
        }
    });
    let open = proposal.answer.is_none();
    let id = proposal.id;
    view! {
        <li class="proposal" id=format!("proposal-{id}")>
            <p class="message-meta">"Proposed " {time::moment(&proposal.at)}</p>
            <p class="message-text">{proposal.message.clone()}</p>
            <h3>"What changes"</h3>
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

/// A whole amount with thousands separated by commas (2,800).
fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
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
        Some(Err(e)) => problem.set(Some(e.to_string())),
        None => {}
    });
    let busy = move || answer.pending().get();
    let too_long = move || comment.with(|c| c.chars().count() > COMMENT_MAX_CHARS);
    let field = format!("proposal-comment-{id}");
    view! {
        <div class="proposal-form">
            <label for=field.clone()>"Your comment (what to change, or a word for the jeweler)"</label>
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
                    "Accept this design"
                </button>
                <button
                    type="button"
                    class="button proposal-changes-button"
                    disabled=move || busy() || too_long() || comment.with(|c| c.trim().is_empty())
                    on:click=move |_| {
                        answer.dispatch(ProposalAnswer::ChangesRequested);
                    }
                >
                    "Ask for changes"
                </button>
            </div>
        </div>
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn amounts_are_grouped_by_thousands() {
        assert_eq!(super::grouped(0), "0");
        assert_eq!(super::grouped(950), "950");
        assert_eq!(super::grouped(2800), "2,800");
        assert_eq!(super::grouped(1_234_567), "1,234,567");
    }
}
