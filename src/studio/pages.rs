//! The jeweler's studio pages at `/studio`, their parts in `src/studio/pages/`: the sign-in (or
//! first-account) form until there is a session, then the inbox, the briefs (and a brief's design in
//! the configurator, to propose a change) and the shop's availability, under one bar with the
//! shop's name, the signed-in account and "sign out".

mod auth_form;
mod availability;
mod brief;
mod header;
mod inbox;
mod inbox_link;
mod load_error;
mod login;
mod revise;
mod setup;
mod shop_switch;

pub use availability::StudioAvailability;
pub use brief::StudioBrief;
use header::StudioHeader;
pub use inbox::StudioInbox;
use inbox_link::InboxLink;
use load_error::StudioLoadError;
pub use login::StudioLogin;
pub use revise::StudioRevise;
pub use setup::StudioSetup;

use crate::i18n::{say, t, t_args};
use crate::studio::route::{use_route, Route};
use crate::studio::{InboxState, ProposalDraft, StudioSession};
use leptos::prelude::*;

/// The studio: every `/studio` page.
#[component]
pub fn Studio() -> impl IntoView {
    let router = use_route();
    let session = StudioSession::provide();
    InboxState::provide();
    ProposalDraft::provide();

    let page = move || match session.current() {
        None => {
            view! { <p class="studio-loading" role="status">{t("studio-opening")}</p> }.into_any()
        }
        Some(None) => match router.get() {
            Route::Setup { token } => view! { <StudioSetup token=token /> }.into_any(),
            _ => view! { <StudioLogin /> }.into_any(),
        },
        Some(Some(_)) => match router.get() {
            Route::Brief { reference } => view! { <StudioBrief reference=reference /> }.into_any(),
            Route::Availability => view! { <StudioAvailability /> }.into_any(),
            _ => view! { <StudioInbox /> }.into_any(),
        },
    };

    // The revision mode is a page of its own width: the configurator framed under its bar.
    let revising = Memo::new(move |_| match (session.current(), router.get()) {
        (Some(Some(_)), Route::Revise { reference }) => Some(reference),
        _ => None,
    });
    let studio = move || {
        view! {
            <main class="studio" id="studio-main">
            {move || {
                session
                    .unreachable()
                    .map(|e| {
                        view! {
                            <p class="studio-error" role="alert">
                                {t_args("studio-session-unchecked", &[("why", say(&e.msg()).into())])}
                            </p>
                        }
                    })
            }}
            {page}
            </main>
        }
    };

    view! {
        <StudioHeader session=session />
        {move || match revising.get() {
            Some(reference) => view! { <StudioRevise reference=reference /> }.into_any(),
            None => studio().into_any(),
        }}
    }
}
