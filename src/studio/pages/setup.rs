//! The studio's first account, made with the one-time link the server prints in its log.

use super::auth_form::{capitalise, submit_button, AuthField};
use crate::i18n::{say, t, t_args, Arg};
use crate::studio::api::{self as api, StudioError};
use crate::studio::route::{use_route, Route};
use crate::studio::use_session;
use leptos::prelude::*;

/// Shortest password the form asks for (the server has the final word).
const MIN_PASSWORD: usize = 12;

/// The shortest password, as a message argument.
fn min_password() -> Arg {
    Arg::int(MIN_PASSWORD as i64)
}

/// The first-account form.
#[component]
pub fn StudioSetup(
    /// The one-time token from the setup link (empty: the jeweler types it).
    token: String,
) -> impl IntoView {
    let session = use_session();
    let router = use_route();
    let has_token = !token.is_empty();
    let token = RwSignal::new(token);
    let email = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let again = RwSignal::new(String::new());
    let local_problem = RwSignal::new(None::<String>);

    let setup = Action::new_local(move |(token, email, password): &(String, String, String)| {
        let (token, email, password) = (token.clone(), email.clone(), password.clone());
        async move {
            let result = api::setup(token.trim(), email.trim(), &password).await;
            if let Ok(s) = &result {
                // After the action has settled, as the sign-in form does.
                let s = s.clone();
                set_timeout(
                    move || {
                        session.signed_in(s);
                        router.replace(Route::Inbox);
                    },
                    std::time::Duration::ZERO,
                );
            }
            result.map(|_| ())
        }
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let pw = password.get_untracked();
        let problem = if token.with_untracked(|t| t.trim().is_empty()) {
            Some(t("studio-setup-need-token"))
        } else if !email.with_untracked(|e| e.contains('@')) {
            Some(t("studio-setup-need-email"))
        } else if pw.chars().count() < MIN_PASSWORD {
            Some(t_args(
                "studio-setup-short-password",
                &[("n", min_password())],
            ))
        } else if pw != again.get_untracked() {
            Some(t("studio-setup-passwords-differ"))
        } else {
            None
        };
        local_problem.set(problem.clone());
        if problem.is_none() && !setup.pending().get_untracked() {
            setup.dispatch((token.get_untracked(), email.get_untracked(), pw));
        }
    };
    let problem = move || {
        local_problem
            .get()
            .or_else(|| {
                setup.value().get().and_then(Result::err).map(|e| match e {
                    StudioError::Unauthorized { .. } | StudioError::Forbidden(_) => {
                        t("studio-setup-link-used")
                    }
                    other => capitalise(&say(&other.msg())),
                })
            })
            .map(|text| view! { <p class="studio-error" role="alert">{text}</p> })
    };

    view! {
        <section class="studio-card studio-auth" aria-labelledby="setup-title">
            <h1 id="setup-title">{t("studio-setup-title")}</h1>
            <p class="studio-muted">{t("studio-setup-lead")}</p>
            <form class="studio-form" on:submit=on_submit novalidate>
                {(!has_token)
                    .then(|| {
                        view! {
                            <AuthField
                                id="setup-token"
                                label=t("studio-field-setup-token")
                                kind="text"
                                autocomplete="off"
                                value=token
                            />
                        }
                    })}
                <AuthField
                    id="setup-email"
                    label=t("studio-field-your-email")
                    kind="email"
                    autocomplete="username"
                    value=email
                />
                <AuthField
                    id="setup-password"
                    label=t_args("studio-field-new-password", &[("n", min_password())])
                    kind="password"
                    autocomplete="new-password"
                    value=password
                />
                <AuthField
                    id="setup-again"
                    label=t("studio-field-password-again")
                    kind="password"
                    autocomplete="new-password"
                    value=again
                />
                {problem}
                {submit_button(move || setup.pending().get(), "studio-create-account", "studio-creating")}
            </form>
        </section>
    }
}
