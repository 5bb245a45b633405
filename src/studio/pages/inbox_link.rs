//! A link to the inbox that the studio follows itself (no page load) on a plain click, and leaves
//! to the browser on a middle, Ctrl or Cmd click (a new tab).

use crate::studio::route::{is_plain_click, use_route, Route};
use leptos::prelude::*;

/// `<a href="/studio">` (under the shop's prefix) that opens the inbox in place.
#[component]
pub fn InboxLink(
    /// The link's classes, if any.
    #[prop(optional)]
    class: Option<&'static str>,
    /// What the link shows.
    children: Children,
) -> impl IntoView {
    let router = use_route();
    view! {
        <a
            class=class
            href=Route::Inbox.path()
            on:click=move |ev| {
                if is_plain_click(&ev) {
                    ev.prevent_default();
                    router.go(Route::Inbox);
                }
            }
        >
            {children()}
        </a>
    }
}
