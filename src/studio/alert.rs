//! The alert a studio form shows under itself when its last request failed: "The note was not
//! saved: <why>.", gone again once a request succeeds.

use crate::i18n::{say, t, t_args};
use crate::studio::api::StudioError;
use leptos::prelude::*;

/// The failure of `action`'s last run as an alert, the message `what` saying what did not happen.
pub fn failure<I, O>(action: Action<I, Result<O, StudioError>>, what: &'static str) -> impl IntoView
where
    I: 'static,
    O: Clone + Send + Sync + 'static,
{
    move || {
        action.value().get().and_then(Result::err).map(|e| {
            view! {
                <p class="studio-error" role="alert">
                    {t_args("studio-failed", &[("what", t(what).into()), ("why", say(&e.msg()).into())])}
                </p>
            }
        })
    }
}
