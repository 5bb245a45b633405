//! The jeweler's studio, all of it under `src/studio/`: [`StudioApp`], its router (`route`), its
//! HTTP calls (`api`), its `pages` and `components`, and here who is signed in (shared as context)
//! and the inbox's filter (kept while the jeweler opens briefs and comes back); `format` has the
//! words and numbers the studio shows (statuses, dates, days left, budgets). Every word is a key
//! of `locales/<lang>/studio.ftl` (or core's), in the shop's language.

pub mod alert;
pub mod api;
pub mod components;
pub mod format;
pub mod pages;
pub mod route;
pub mod warnings;
#[cfg(test)]
mod words;

use api::{BriefRow, Session, StudioError};
use leptos::prelude::*;

/// The jeweler's studio, every page under `/studio` (`studio.html`, `src/bin/studio.rs`): the same
/// components, viewer and core as the configurator, in a wasm of its own.
#[component]
pub fn StudioApp() -> impl IntoView {
    route::provide();
    view! { <pages::Studio /> }
}

/// The signed-in jeweler, as every studio page sees it.
#[derive(Clone, Copy)]
pub struct StudioSession {
    /// What the server said when the studio opened.
    checked: LocalResource<Result<Session, StudioError>>,
    /// A sign-in, sign-out or expiry since then (it wins over `checked`).
    changed: RwSignal<Option<Option<Session>>>,
}

impl StudioSession {
    /// Asks the server for the session and shares the answer with every studio page.
    pub fn provide() -> StudioSession {
        let session = StudioSession {
            checked: LocalResource::new(api::session),
            changed: RwSignal::new(None),
        };
        provide_context(session);
        session
    }

    /// `None` while the server is asked; then the session, if any.
    pub fn current(self) -> Option<Option<Session>> {
        if let Some(changed) = self.changed.get() {
            return Some(changed);
        }
        self.checked.get().map(Result::ok)
    }

    /// Whether the server said no account exists yet (the setup link is in its log).
    pub fn setup_required(self) -> bool {
        self.changed.with(Option::is_none)
            && self.checked.with(|r| {
                matches!(
                    r,
                    Some(Err(StudioError::Unauthorized {
                        setup_required: true,
                        ..
                    }))
                )
            })
    }

    /// Whether asking for the session failed for another reason than "not signed in".
    pub fn unreachable(self) -> Option<StudioError> {
        if self.changed.with(Option::is_some) {
            return None;
        }
        self.checked.with(|r| match r {
            Some(Err(e)) if !e.is_unauthorized() => Some(e.clone()),
            _ => None,
        })
    }

    /// The CSRF token of the session, for a state change.
    pub fn csrf(self) -> String {
        self.current().flatten().map(|s| s.csrf).unwrap_or_default()
    }

    /// After a sign-in or setup.
    pub fn signed_in(self, session: Session) {
        self.changed.set(Some(Some(session)));
    }

    /// After a sign-out, or when the server says the session ended.
    pub fn signed_out(self) {
        self.changed.set(Some(None));
    }

    /// Lets the sign-in form take over when an error says the session has ended.
    pub fn notice(self, error: &StudioError) {
        if error.is_unauthorized() {
            self.signed_out();
        }
    }
}

/// The session shared by the studio.
pub fn use_session() -> StudioSession {
    expect_context::<StudioSession>()
}

/// The inbox's filter and the pages loaded beyond the first, kept while a brief is open.
#[derive(Clone, Copy)]
pub struct InboxState {
    /// A status, or empty for every brief.
    pub status: RwSignal<String>,
    /// The search that was run.
    pub q: RwSignal<String>,
    /// Whose turn it is (`visitor_replied`, `awaiting_reply`), or empty for any.
    pub turn: RwSignal<String>,
    /// Only briefs whose visitor asked for erasure.
    pub erasure: RwSignal<bool>,
    /// Briefs of the pages after the first.
    pub more: RwSignal<Vec<BriefRow>>,
    /// The cursor after the last loaded page, once "more" was used (`Some(None)`: no more).
    pub next: RwSignal<Option<Option<String>>>,
}

impl InboxState {
    /// An inbox showing every brief, shared with the studio's pages.
    pub fn provide() -> InboxState {
        let state = InboxState {
            status: RwSignal::new(String::new()),
            q: RwSignal::new(String::new()),
            turn: RwSignal::new(String::new()),
            erasure: RwSignal::new(false),
            more: RwSignal::new(Vec::new()),
            next: RwSignal::new(None),
        };
        provide_context(state);
        state
    }

    /// Starts again from the first page (after a new filter, or on coming back to the inbox).
    pub fn reset_pages(self) {
        self.more.set(Vec::new());
        self.next.set(None);
    }
}

/// The inbox state shared by the studio.
pub fn use_inbox() -> InboxState {
    expect_context::<InboxState>()
}

/// A design brought back from the revision mode ("Use this design"), waiting on its brief's page
/// to be sent as a proposal: the page reads it instead of a code copied between tabs.
#[derive(Clone, Copy)]
pub struct ProposalDraft(RwSignal<Option<(String, String)>>);

impl ProposalDraft {
    /// An empty draft, shared with the studio's pages.
    pub fn provide() -> ProposalDraft {
        let draft = ProposalDraft(RwSignal::new(None));
        provide_context(draft);
        draft
    }

    /// Keeps `design_code` for the brief `reference`.
    pub fn keep(self, reference: &str, design_code: String) {
        self.0.set(Some((reference.to_owned(), design_code)));
    }

    /// The design waiting for `reference`, if any.
    pub fn for_brief(self, reference: &str) -> Option<String> {
        self.0.with(|d| {
            d.as_ref()
                .filter(|(r, _)| r == reference)
                .map(|(_, code)| code.clone())
        })
    }

    /// Forgets the waiting design (sent or discarded).
    pub fn clear(self) {
        self.0.set(None);
    }
}

/// The proposal draft shared by the studio.
pub fn use_proposal_draft() -> ProposalDraft {
    expect_context::<ProposalDraft>()
}
