//! The studio's inbox: briefs newest first, filtered by status (with counts) and by whose turn it is
//! in the conversation, searched by name, email or reference, one page at a time with the server's
//! cursor.

use super::StudioLoadError;
use crate::studio::api::{self as api, Counts, InboxQuery};
use crate::studio::components::StudioBriefRow;
use crate::studio::{alert, use_inbox, use_session};
use atelier_core::workflow;
use leptos::prelude::*;

/// The conversation filters: the server's `turn` and its words (pressed again, a filter is off).
const TURNS: [(&str, &str); 2] = [
    ("visitor_replied", "Visitor replied"),
    ("awaiting_reply", "Awaiting your reply"),
];

/// The inbox page.
#[component]
pub fn StudioInbox() -> impl IntoView {
    let session = use_session();
    let inbox = use_inbox();
    // Coming back from a brief shows the first page again, fresh (its status may have changed).
    inbox.reset_pages();
    let draft = RwSignal::new(inbox.q.get_untracked());

    let query = move || InboxQuery {
        status: inbox.status.get(),
        q: inbox.q.get(),
        turn: inbox.turn.get(),
    };
    let first = LocalResource::new(move || {
        let query = query();
        async move { api::briefs(&query, None).await }
    });
    let counts = move || {
        first
            .get()
            .and_then(Result::ok)
            .map(|p| p.counts)
            .unwrap_or_default()
    };
    let next = move || {
        inbox
            .next
            .get()
            .unwrap_or_else(|| first.get().and_then(Result::ok).and_then(|p| p.next))
    };
    let more = Action::new_local(move |cursor: &String| {
        let cursor = cursor.clone();
        let query = query();
        async move {
            let page = api::briefs(&query, Some(&cursor)).await;
            match page {
                Ok(page) => {
                    inbox.more.update(|rows| rows.extend(page.items));
                    inbox.next.set(Some(page.next));
                    Ok(())
                }
                Err(e) => {
                    session.notice(&e);
                    Err(e)
                }
            }
        }
    });

    let choose = move |status: &'static str| {
        inbox.reset_pages();
        inbox.status.set(status.to_owned());
    };
    let choose_turn = move |turn: &'static str| {
        inbox.reset_pages();
        let again = inbox.turn.get_untracked() == turn;
        inbox.turn.set(if again {
            String::new()
        } else {
            turn.to_owned()
        });
    };
    let turns = move || {
        TURNS
            .into_iter()
            .map(|(turn, label)| {
                view! {
                    <li>
                        <button
                            type="button"
                            class="studio-filter"
                            data-turn=turn
                            aria-pressed=move || (inbox.turn.get() == turn).to_string()
                            on:click=move |_| choose_turn(turn)
                        >
                            {label}
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    let on_search = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        inbox.reset_pages();
        inbox.q.set(draft.get_untracked().trim().to_owned());
    };

    let filters = move || {
        let counts: Counts = counts();
        std::iter::once("")
            .chain(workflow::NAMES)
            .map(|status| {
                let label = if status.is_empty() {
                    "All"
                } else {
                    workflow::label(status)
                };
                view! {
                    <li>
                        <button
                            type="button"
                            class="studio-filter"
                            data-status=status
                            aria-pressed=move || (inbox.status.get() == status).to_string()
                            on:click=move |_| choose(status)
                        >
                            {label.to_owned()}
                            <span class="studio-count">{counts.of(status)}</span>
                        </button>
                    </li>
                }
            })
            .collect_view()
    };

    let list = move || {
        Suspend::new(async move {
            match first.await {
                Err(e) => {
                    view! { <StudioLoadError what="The inbox could not be loaded" error=e /> }
                        .into_any()
                }
                Ok(page) if page.items.is_empty() => {
                    let searched = inbox.q.get_untracked();
                    let text = if !searched.is_empty() {
                        format!("No brief matches “{searched}”.")
                    } else if let Some(words) = turn_empty(&inbox.turn.get_untracked()) {
                        words.to_owned()
                    } else if !inbox.status.get_untracked().is_empty() {
                        "No brief has this status.".to_owned()
                    } else {
                        "No briefs yet. When a visitor sends a design, it appears here.".to_owned()
                    };
                    view! { <p class="studio-empty">{text}</p> }.into_any()
                }
                Ok(page) => view! {
                    <ol class="studio-list" aria-label="Briefs, newest first">
                        {page
                            .items
                            .into_iter()
                            .map(|row| view! { <StudioBriefRow row=row /> })
                            .collect_view()}
                        {move || {
                            inbox
                                .more
                                .get()
                                .into_iter()
                                .map(|row| view! { <StudioBriefRow row=row /> })
                                .collect_view()
                        }}
                    </ol>
                }
                .into_any(),
            }
        })
    };

    view! {
        <section class="studio-inbox" aria-labelledby="inbox-title">
            <div class="studio-heading">
                <h1 id="inbox-title">"Briefs"</h1>
                <p class="studio-exports">
                    "Export "
                    <a href=move || api::export_url("json", &inbox.status.get()) download>
                        "JSON"
                    </a>
                    " · "
                    <a href=move || api::export_url("csv", &inbox.status.get()) download>
                        "CSV"
                    </a>
                </p>
            </div>
            <form class="studio-search" role="search" on:submit=on_search>
                <label for="studio-q">"Search by name, email or reference"</label>
                <div class="studio-search-row">
                    <input
                        id="studio-q"
                        type="search"
                        autocomplete="off"
                        prop:value=draft
                        on:input=move |ev| draft.set(event_target_value(&ev))
                    />
                    <button type="submit" class="button">
                        "Search"
                    </button>
                </div>
            </form>
            <nav aria-label="Filter by status">
                <ul class="studio-filters">{filters}</ul>
            </nav>
            <nav aria-label="Filter by conversation">
                <ul class="studio-filters studio-turns">{turns}</ul>
            </nav>
            <Transition fallback=|| view! { <p class="studio-loading" role="status">"Loading briefs…"</p> }>
                {list}
            </Transition>
            {move || {
                next()
                    .map(|cursor| {
                        view! {
                            <button
                                type="button"
                                class="button studio-more"
                                disabled=move || more.pending().get()
                                on:click=move |_| {
                                    more.dispatch(cursor.clone());
                                }
                            >
                                {move || if more.pending().get() { "Loading…" } else { "More briefs" }}
                            </button>
                        }
                    })
            }}
            {alert::failure(more, "More briefs could not be loaded")}
        </section>
    }
}

/// What an empty inbox under a conversation filter says, or `None` without one.
fn turn_empty(turn: &str) -> Option<&'static str> {
    match turn {
        "" => None,
        "visitor_replied" => Some("No visitor has written since your last word."),
        _ => Some("Nothing awaits your reply: in every conversation, the last word is yours."),
    }
}
