//! What a studio page shows when its data could not be loaded: the reason in words, and, when the
//! session has expired, a way back to the sign-in form.

use crate::studio::api::StudioError;
use crate::studio::use_session;
use leptos::prelude::*;

/// A page's load failure, as an alert.
#[component]
pub fn StudioLoadError(
    /// What failed, as the start of a sentence ("The inbox could not be loaded").
    what: &'static str,
    /// Why it failed.
    error: StudioError,
) -> impl IntoView {
    let session = use_session();
    let expired = error.is_unauthorized();
    view! {
        <div class="studio-error" role="alert">
            <p>{format!("{what}: {error}.")}</p>
            {expired
                .then(|| {
                    view! {
                        <button type="button" class="button" on:click=move |_| session.signed_out()>
                            "Sign in again"
                        </button>
                    }
                })}
        </div>
    }
}
