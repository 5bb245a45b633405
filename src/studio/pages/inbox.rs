//! The studio's inbox: briefs newest first, filtered by status (with counts) and by whose turn it is
//! in the conversation and by whether the visitor asked for erasure, searched by name, email or reference, one page at a time with the server's
//! cursor.

use super::StudioLoadError;
use crate::i18n::{say, t, t_args};
use crate::studio::api::{self as api, Counts, InboxQuery};
use crate::studio::components::StudioBriefRow;
use crate::studio::{alert, use_inbox, use_session};
use atelier_core::catalog::Catalog;
use atelier_core::workflow;
use leptos::prelude::*;
use std::sync::Arc;

/// The conversation filters: the server's `turn` and its words' key (pressed again, a filter is
/// off).
const TURNS: [(&str, &str); 2] = [
    ("visitor_replied", "studio-turn-visitor-replied"),
    ("awaiting_reply", "studio-turn-awaiting-reply"),
];

/// The inbox page.
#[component]
pub fn StudioInbox() -> impl IntoView {
    let session = use_session();
    let inbox = use_inbox();
    // Coming back from a brief shows the first page again, fresh (its status may have changed).
    inbox.reset_pages();
    let draft = RwSignal::new(inbox.q.get_untracked());
    // What a changed design's sketch reads its metals, stones and cuts from.
    let catalog = Signal::stored(Arc::new(Catalog::builtin()));

    let query = move || InboxQuery {
        status: inbox.status.get(),
        q: inbox.q.get(),
        turn: inbox.turn.get(),
        erasure: inbox.erasure.get(),
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
                            {t(label)}
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    let toggle_erasure = move |_| {
        inbox.reset_pages();
        inbox.erasure.update(|on| *on = !*on);
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
                    t("studio-filter-all")
                } else {
                    say(&workflow::label_msg(status))
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
                            {label}
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
                    view! { <StudioLoadError what="studio-inbox-not-loaded" error=e /> }.into_any()
                }
                Ok(page) if page.items.is_empty() => {
                    let searched = inbox.q.get_untracked();
                    let text = if !searched.is_empty() {
                        t_args("studio-inbox-no-match", &[("q", searched.into())])
                    } else if inbox.erasure.get_untracked() {
                        t("studio-inbox-no-erasure")
                    } else if let Some(key) = turn_empty(&inbox.turn.get_untracked()) {
                        t(key)
                    } else if !inbox.status.get_untracked().is_empty() {
                        t("studio-inbox-none-in-status")
                    } else {
                        t("studio-inbox-empty")
                    };
                    view! { <p class="studio-empty">{text}</p> }.into_any()
                }
                Ok(page) => view! {
                    <ol class="studio-list" aria-label=t("studio-inbox-list")>
                        {page
                            .items
                            .into_iter()
                            .map(|row| view! { <StudioBriefRow row=row catalog=catalog /> })
                            .collect_view()}
                        {move || {
                            inbox
                                .more
                                .get()
                                .into_iter()
                                .map(|row| view! { <StudioBriefRow row=row catalog=catalog /> })
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
                <h1 id="inbox-title">{t("studio-inbox-title")}</h1>
                <p class="studio-exports">
                    {t("studio-export")}
                    " "
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
                <label for="studio-q">{t("studio-search-label")}</label>
                <div class="studio-search-row">
                    <input
                        id="studio-q"
                        type="search"
                        autocomplete="off"
                        prop:value=draft
                        on:input=move |ev| draft.set(event_target_value(&ev))
                    />
                    <button type="submit" class="button">
                        {t("studio-search")}
                    </button>
                </div>
            </form>
            <nav aria-label=t("studio-filter-status")>
                <ul class="studio-filters">{filters}</ul>
            </nav>
            <nav aria-label=t("studio-filter-turn")>
                <ul class="studio-filters studio-turns">
                    {turns}
                    <li>
                        <button
                            type="button"
                            class="studio-filter studio-filter-erasure"
                            data-filter="erasure"
                            aria-pressed=move || inbox.erasure.get().to_string()
                            on:click=toggle_erasure
                        >
                            {t("studio-filter-erasure")}
                        </button>
                    </li>
                </ul>
            </nav>
            <Transition fallback=|| view! { <p class="studio-loading" role="status">{t("studio-inbox-loading")}</p> }>
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
                                {move || t(if more.pending().get() { "studio-loading" } else { "studio-inbox-more" })}
                            </button>
                        }
                    })
            }}
            {alert::failure(more, "studio-inbox-more-failed")}
        </section>
    }
}

/// The message an empty inbox under a conversation filter shows, or `None` without one.
fn turn_empty(turn: &str) -> Option<&'static str> {
    match turn {
        "" => None,
        "visitor_replied" => Some("studio-inbox-no-visitor-replied"),
        _ => Some("studio-inbox-nothing-awaits"),
    }
}
