//! The page for a link that opens nothing: unknown, revoked or expired, in calm words with what
//! to do next.

use super::api::CommissionError;
use crate::i18n::t;
use leptos::prelude::*;

/// Says why the link does not open the commission.
#[component]
pub fn LinkError(
    /// Why (one of the link errors).
    error: CommissionError,
) -> impl IntoView {
    let (title, why) = match error {
        CommissionError::Revoked => ("com-link-revoked-title", "com-link-revoked-text"),
        CommissionError::Expired => ("com-link-expired-title", "com-link-expired-text"),
        _ => ("com-link-unknown-title", "com-link-unknown-text"),
    };
    view! {
        <section class="commission-card link-error" aria-labelledby="link-error-title">
            <h1 id="link-error-title">{t(title)}</h1>
            <p>{t(why)}</p>
            <p class="step-hint">{t("com-link-safe")}</p>
        </section>
    }
}
