//! Signing in to the studio: email and password, errors in words, and an honest wait after too
//! many attempts.

use super::auth_form::{capitalise, submit_button, AuthField};
use crate::i18n::{say, t, t_args};
use crate::studio::api::{self as api, wait_msg, StudioError};
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
                StudioError::Unauthorized { .. } => t("studio-login-no-match"),
                StudioError::RateLimited(seconds) => t_args(
                    "studio-login-limited",
                    &[("wait", wait_msg(*seconds).into())],
                ),
                other => capitalise(&say(&other.msg())),
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
            <h1 id="login-title">{t("studio-login-title")}</h1>
            <p class="studio-muted">{t("studio-login-lead")}</p>
            {move || {
                session
                    .setup_required()
                    .then(|| {
                        view! {
                            <p class="studio-note">
                                {t("studio-login-no-account")}
                                " "
                                <code>"atelier-server user add you@example.com"</code> // i18n: not words (a command)
                            </p>
                        }
                    })
            }}
            <form class="studio-form" on:submit=on_submit novalidate>
                <AuthField
                    id="login-email"
                    label=t("studio-field-email")
                    kind="email"
                    autocomplete="username"
                    required=true
                    value=email
                />
                <AuthField
                    id="login-password"
                    label=t("studio-field-password")
                    kind="password"
                    autocomplete="current-password"
                    required=true
                    value=password
                />
                {problem}
                {submit_button(move || login.pending().get(), "studio-sign-in", "studio-signing-in")}
            </form>
        </section>
    }
}
