//! Signing in to the studio: email and password, errors in words, and an honest wait after too
//! many attempts.

use super::auth_form::{capitalise, submit_button, AuthField};
use crate::studio::api::{self as api, StudioError};
use crate::studio::use_session;
use leptos::prelude::*;

/// The sign-in form.
#[component]
pub fn StudioLogin() -> impl IntoView {
    let session = use_session();
    let email = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let login = Action::new_local(move |(email, password): &(String, String)| {
        let (email, password) = (email.clone(), password.clone());
        async move {
            let result = api::login(email.trim(), &password).await;
            if let Ok(s) = &result {
                // After the action has settled (its effects ran): signing in replaces this form,
                // and its effects must not be left to read a disposed action.
                let s = s.clone();
                set_timeout(move || session.signed_in(s), std::time::Duration::ZERO);
            }
            result.map(|_| ())
        }
    });
    let problem = move || {
        login.value().get().and_then(Result::err).map(|e| {
            let text = match &e {
                StudioError::Unauthorized { .. } => {
                    "That email and password do not match an account. Check both and try again."
                        .to_owned()
                }
                StudioError::RateLimited(_) => format!(
                    "{}. Sign-ins are limited to keep passwords safe from guessing.",
                    capitalise(&e.to_string())
                ),
                other => capitalise(&other.to_string()),
            };
            view! {
                <p class="studio-error" role="alert" id="login-error">
                    {text}
                </p>
            }
        })
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if login.pending().get_untracked() {
            return;
        }
        login.dispatch((email.get_untracked(), password.get_untracked()));
    };

    view! {
        <section class="studio-card studio-auth" aria-labelledby="login-title">
            <h1 id="login-title">"Sign in to your studio"</h1>
            <p class="studio-muted">"The briefs your visitors sent are waiting here."</p>
            {move || {
                session
                    .setup_required()
                    .then(|| {
                        view! {
                            <p class="studio-note">
                                "No account exists yet. Open the one-time setup link that the server printed in its log when it started, or add an account on the server with "
                                <code>"atelier-server user add you@example.com"</code> "."
                            </p>
                        }
                    })
            }}
            <form class="studio-form" on:submit=on_submit novalidate>
                <AuthField
                    id="login-email"
                    label="Email"
                    kind="email"
                    autocomplete="username"
                    required=true
                    value=email
                />
                <AuthField
                    id="login-password"
                    label="Password"
                    kind="password"
                    autocomplete="current-password"
                    required=true
                    value=password
                />
                {problem}
                {submit_button(move || login.pending().get(), "Sign in", "Signing in…")}
            </form>
        </section>
    }
}
