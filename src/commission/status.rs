//! Where the commission stands, as a line of steps in plain words: received → talking → design
//! proposed → quoted → being made → ready, the current one marked.

use super::Page;
use crate::i18n::{say, t};
use atelier_core::commission::CommissionStatus;
use leptos::prelude::*;

/// The status as a step line.
#[component]
pub fn StatusLine() -> impl IntoView {
    let page = expect_context::<Page>();
    let status = Memo::new(move |_| page.data.with(|d| d.as_ref().map(|d| d.status)));
    let steps = move || {
        let Some(current) = status.get() else {
            return Vec::new();
        };
        let at = CommissionStatus::ALL
            .iter()
            .position(|s| *s == current)
            .unwrap_or_default();
        CommissionStatus::ALL
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let class = if i < at {
                    "status-step done"
                } else if i == at {
                    "status-step current"
                } else {
                    "status-step"
                };
                view! {
                    <li class=class aria-current=(i == at).then_some("step")>
                        {say(&s.msg())}
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <section class="commission-card commission-status" aria-labelledby="status-title">
            <h2 id="status-title">
                {t("com-status-title")}
                " "
                <strong class="status-now">{move || status.get().map(|s| say(&s.msg()))}</strong>
            </h2>
            <ol class="status-steps">{steps}</ol>
        </section>
    }
}
