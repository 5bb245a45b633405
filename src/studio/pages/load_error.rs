//! What a studio page shows when its data could not be loaded: the reason in words, and, when the
//! session has expired, a way back to the sign-in form.

use crate::i18n::{say, t, t_args};
use crate::studio::api::StudioError;
use crate::studio::use_session;
use leptos::prelude::*;

/// A page's load failure, as an alert.
#[component]
pub fn StudioLoadError(
    /// The message saying what failed, as the start of a sentence ("The inbox could not be
    /// loaded").
    what: &'static str,
    /// Why it failed.
    error: StudioError,
) -> impl IntoView {
    let session = use_session();
    let expired = error.is_unauthorized();
    view! {
        <div class="studio-error" role="alert">
            <p>{t_args("studio-failed", &[("what", t(what).into()), ("why", say(&error.msg()).into())])}</p>
            {expired
                .then(|| {
                    view! {
                        <button type="button" class="button" on:click=move |_| session.signed_out()>
                            {t("studio-sign-in-again")}
                        </button>
                    }
                })}
        </div>
    }
}
