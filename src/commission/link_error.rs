//! The page for a link that opens nothing: unknown, revoked or expired, in calm words with what
//! to do next; for a link the jeweler closed or one that ran out, how to reach the shop.

use super::api::{self, CommissionError};
use super::Page;
use crate::brief::around;
use crate::i18n::{t, Arg};
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
    let page = expect_context::<Page>();
    let theirs = matches!(error, CommissionError::Revoked | CommissionError::Expired);
    let contact = LocalResource::new(move || {
        let token = page.token.get_value();
        async move {
            if theirs && !token.is_empty() {
                api::contact(&token).await
            } else {
                None
            }
        }
    });
    let reach = move || {
        contact.get().flatten().map(|c| {
            let (before, after) = around(
                "com-link-contact",
                "email",
                &[("shop", Arg::Text(c.name.clone()))],
            );
            view! {
                <p class="link-contact">
                    {before}
                    <a href=format!("mailto:{}", c.email) dir="ltr">{c.email.clone()}</a>
                    {after}
                </p>
            }
        })
    };
    view! {
        <section class="commission-card link-error" aria-labelledby="link-error-title">
            <h1 id="link-error-title">{t(title)}</h1>
            <p>{t(why)}</p>
            {reach}
            // Said only where there was a real link: a mistyped one erased nothing either, but
            // promising safekeeping to whoever typed it is odd.
            {theirs.then(|| view! { <p class="step-hint">{t("com-link-safe")}</p> })}
        </section>
    }
}
