//! The page for a link that opens nothing: unknown, revoked or expired, in calm words with what
//! to do next.

use super::api::CommissionError;
use leptos::prelude::*;

/// Says why the link does not open the commission.
#[component]
pub fn LinkError(
    /// Why (one of the link errors).
    error: CommissionError,
) -> impl IntoView {
    let (title, why) = match error {
        CommissionError::Revoked => (
            "This link is closed",
            "The jeweler closed this link. Ask them for a new one.",
        ),
        CommissionError::Expired => (
            "This link has expired",
            "Links to a commission page can be set to last a while only. Write to the jeweler and ask for a new link.",
        ),
        _ => (
            "This link does not open a commission",
            "Check that the whole link was copied from the email. If it still does not work, write to the jeweler and ask for a new link.",
        ),
    };
    view! {
        <section class="commission-card link-error" aria-labelledby="link-error-title">
            <h1 id="link-error-title">{title}</h1>
            <p>{why}</p>
            <p class="step-hint">"Your brief and everything said about it are safe with the jeweler."</p>
        </section>
    }
}
