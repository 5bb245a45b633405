//! The visitor's private link to the commission page: when it was issued, whether it expires or
//! was revoked, and the two things the jeweler can do with it: issue a new one (the old ones stop
//! working and the new one is emailed to the visitor) or revoke it, each once the jeweler has
//! answered "are you sure?". The address is shown once, when issued; the server keeps only its
//! digest.

use crate::i18n::{t, t_args};
use crate::studio::api::{self as api, IssuedLink};
use crate::studio::components::StudioConfirm;
use crate::studio::{alert, format, use_session};
use atelier_core::commission::LinkState;
use leptos::prelude::*;

/// How long a new link may last, as the form offers it: days, or never expiring (and the words'
/// key).
const EXPIRIES: [(&str, &str); 4] = [
    ("", "studio-link-never"),
    ("30", "studio-link-30-days"),
    ("90", "studio-link-90-days"),
    ("365", "studio-link-year"),
];

/// The link's state, "Issue a new link" and "Revoke".
#[component]
pub fn StudioLink(
    /// The brief's reference.
    reference: String,
    /// The current link's state, if one was ever issued.
    link: Option<LinkState>,
    /// The address issued on this page, kept by the page across the reload that follows.
    issued: RwSignal<Option<String>>,
    /// Called after a change, to reload the commission.
    on_changed: Callback<()>,
) -> impl IntoView {
    let session = use_session();
    let expiry = RwSignal::new(String::new());
    let issue = Action::new_local({
        let reference = reference.clone();
        move |days: &Option<u32>| {
            let (csrf, reference, days) = (session.csrf(), reference.clone(), *days);
            async move {
                let result: Result<IssuedLink, _> = api::issue_link(&csrf, &reference, days).await;
                match &result {
                    Ok(link) => {
                        issued.set(Some(absolute(&link.url)));
                        on_changed.run(());
                    }
                    Err(e) => session.notice(e),
                }
                result
            }
        }
    });
    let revoke = Action::new_local(move |(): &()| {
        let (csrf, reference) = (session.csrf(), reference.clone());
        async move {
            let result = api::revoke_link(&csrf, &reference).await;
            match &result {
                Ok(()) => {
                    issued.set(None);
                    on_changed.run(());
                }
                Err(e) => session.notice(e),
            }
            result
        }
    });
    // A new link replaces the visitor's current one, so it is issued only once the jeweler has
    // answered the question (as "Revoke" asks); the form itself sends nothing.
    let on_issue = Callback::new(move |()| {
        if !issue.pending().get_untracked() {
            issue.dispatch(expiry.get_untracked().parse().ok());
        }
    });
    let live = link.as_ref().is_some_and(|l| l.revoked_at.is_none());
    let state = link.map_or_else(|| t("studio-link-none"), |l| state_words(&l));

    view! {
        <section class="studio-card studio-link no-print" aria-labelledby="link-title">
            <h2 id="link-title">{t("studio-link-title")}</h2>
            <p class="studio-link-state">{state}</p>
            {move || {
                issued
                    .get()
                    .map(|url| {
                        view! {
                            <p class="studio-issued" role="status">
                                {t("studio-link-issued")}
                                " "
                                <a href=url.clone() target="_blank" rel="noopener noreferrer">{url.clone()}</a>
                            </p>
                        }
                    })
            }}
            <form class="studio-form" on:submit=|ev| ev.prevent_default()>
                <label for="link-expiry">{t("studio-link-new")}</label>
                <select
                    id="link-expiry"
                    prop:value=expiry
                    on:change=move |ev| expiry.set(event_target_value(&ev))
                >
                    {EXPIRIES
                        .iter()
                        .map(|(value, label)| view! { <option value=*value>{t(label)}</option> })
                        .collect_view()}
                </select>
                {alert::failure(issue, "studio-link-issue-failed")}
                <div class="studio-actions">
                    <StudioConfirm
                        label="studio-link-issue"
                        question="studio-link-issue-question"
                        yes="studio-link-issue-yes"
                        id="issue-question"
                        pending=issue.pending().into()
                        on_yes=on_issue
                        danger=false
                    />
                    {live
                        .then(|| {
                            view! {
                                <StudioConfirm
                                    label="studio-link-revoke"
                                    question="studio-link-revoke-question"
                                    yes="studio-link-revoke-yes"
                                    id="revoke-question"
                                    pending=revoke.pending().into()
                                    on_yes=Callback::new(move |()| {
                                        revoke.dispatch(());
                                    })
                                />
                            }
                        })}
                </div>
                {alert::failure(revoke, "studio-link-revoke-failed")}
            </form>
        </section>
    }
}

/// "Issued 1 Dec 2026, 10:00; never expires." and the like.
fn state_words(link: &LinkState) -> String {
    let issued = format::when(&link.issued_at);
    match (&link.revoked_at, &link.expires_at) {
        (Some(at), _) => t_args(
            "studio-link-revoked",
            &[
                ("issued", issued.into()),
                ("revoked", format::when(at).into()),
            ],
        ),
        (None, Some(at)) => t_args(
            "studio-link-until",
            &[
                ("issued", issued.into()),
                ("until", format::when(at).into()),
            ],
        ),
        (None, None) => t_args("studio-link-forever", &[("issued", issued.into())]),
    }
}

/// A server path (`/c/…`) as the full address the visitor opens. The server writes the shop's
/// prefix into it; a path without one gets it, so the link never opens another shop's page.
fn absolute(url: &str) -> String {
    if url.starts_with('/') {
        let origin = web_sys::window()
            .and_then(|w| w.location().origin().ok())
            .unwrap_or_default();
        format!("{origin}{}", crate::base::at(crate::base::strip(url)))
    } else {
        url.to_owned()
    }
}
