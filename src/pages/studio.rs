//! The jeweler's studio at `/studio`: the sign-in (or first-account) form until there is a session,
//! then the inbox and the briefs, under one bar with the signed-in account and "sign out".

mod auth_form;
mod brief;
mod inbox;
mod inbox_link;
mod load_error;
mod login;
mod setup;

pub use brief::StudioBrief;
pub use inbox::StudioInbox;
use inbox_link::InboxLink;
use load_error::StudioLoadError;
pub use login::StudioLogin;
pub use setup::StudioSetup;

use crate::api::studio as api;
use crate::route::{use_route, Route};
use crate::studio::{InboxState, StudioSession};
use leptos::prelude::*;

/// The studio: every `/studio` page.
#[component]
pub fn Studio() -> impl IntoView {
    let router = use_route();
    let session = StudioSession::provide();
    InboxState::provide();

    let sign_out = Action::new_local(move |(): &()| {
        let csrf = session.csrf();
        async move {
            // Signed out on this page either way: a failed request leaves at worst a session
            // cookie that expires by itself.
            let _ = api::logout(&csrf).await;
            session.signed_out();
        }
    });

    let account = move || {
        session.current().flatten().map(|s| {
            view! {
                <span class="studio-account">{s.user.email}</span>
                <button
                    type="button"
                    class="button small"
                    on:click=move |_| {
                        sign_out.dispatch(());
                    }
                >
                    "Sign out"
                </button>
            }
        })
    };

    let page = move || match session.current() {
        None => {
            view! { <p class="studio-loading" role="status">"Opening the studio…"</p> }.into_any()
        }
        Some(None) => match router.get() {
            Route::Setup { token } => view! { <StudioSetup token=token /> }.into_any(),
            _ => view! { <StudioLogin /> }.into_any(),
        },
        Some(Some(_)) => match router.get() {
            Route::Brief { reference } => view! { <StudioBrief reference=reference /> }.into_any(),
            _ => view! { <StudioInbox /> }.into_any(),
        },
    };

    view! {
        <header class="shop-bar studio-bar">
            <InboxLink class="shop-name studio-home">
                "Atelier"
                <span class="studio-mark">" Studio"</span>
            </InboxLink>
            <div class="studio-bar-end">{account}</div>
        </header>
        <main class="studio" id="studio-main">
            {move || {
                session
                    .unreachable()
                    .map(|e| {
                        view! {
                            <p class="studio-error" role="alert">
                                "The studio could not check your session: "
                                {e.to_string()}
                            </p>
                        }
                    })
            }}
            {page}
        </main>
    }
}
