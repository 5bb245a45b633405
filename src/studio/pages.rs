//! The jeweler's studio pages at `/studio`, their parts in `src/studio/pages/`: the sign-in (or
//! first-account) form until there is a session, then the inbox and the briefs, under one bar with
//! the shop's name, the signed-in account and "sign out".

mod auth_form;
mod brief;
mod header;
mod inbox;
mod inbox_link;
mod load_error;
mod login;
mod setup;

pub use brief::StudioBrief;
use header::StudioHeader;
pub use inbox::StudioInbox;
use inbox_link::InboxLink;
use load_error::StudioLoadError;
pub use login::StudioLogin;
pub use setup::StudioSetup;

use crate::studio::route::{use_route, Route};
use crate::studio::{InboxState, StudioSession};
use leptos::prelude::*;

/// The studio: every `/studio` page.
#[component]
pub fn Studio() -> impl IntoView {
    let router = use_route();
    let session = StudioSession::provide();
    InboxState::provide();

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
        <StudioHeader session=session />
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
