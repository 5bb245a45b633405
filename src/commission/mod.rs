//! The visitor's commission page, `/c/<token>` (`commission.html`, `src/bin/commission.rs`): the
//! shop, where the commission stands, the brief in words and the design in 3D, the conversation,
//! the proposals, the consultation, the making and the visitor's privacy. A link that no longer
//! opens anything gets a calm page that says so. Its own wasm, so the configurator never carries it.
//!
//! `api` holds the HTTP calls, `time` the dates in the visitor's and the shop's zones, and one
//! component per file for each part of the page.

pub mod api;
mod booking;
mod compare;
mod design;
mod link_error;
mod privacy;
mod proposals;
mod reply;
mod slot_confirm;
mod status;
mod thread;
pub mod time;
mod timeline;

use crate::api::{fetch_catalog, fetch_shop};
use crate::i18n::{t, t_args, Arg};
use crate::viewer::Snapshots;
use api::CommissionError;
use atelier_core::catalog::Catalog;
use atelier_core::commission::CommissionView;
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// What every part of the page shares: the link's token, the commission as last read, and the
/// catalog its designs refer to.
#[derive(Clone, Copy)]
pub struct Page {
    /// The token from the address (`/c/<token>`).
    pub token: StoredValue<String>,
    /// The commission as the server last described it.
    pub data: RwSignal<Option<CommissionView>>,
    /// The jeweler's catalog (the built-in one until it arrives).
    pub catalog: Signal<Arc<Catalog>>,
    /// The live viewer, which also draws the compared designs.
    pub snapshots: StoredValue<Snapshots>,
    /// The jeweler's language (the shop's), once the shop said it: their words are marked with
    /// it, so screen readers and fonts read them right.
    pub shop_lang: Signal<Option<String>>,
    /// Why the last reading failed, if it did.
    failure: RwSignal<Option<CommissionError>>,
}

impl Page {
    /// Reads the commission again (after the visitor changed something), keeping what the page
    /// shows until the answer arrives.
    pub fn refresh(self) {
        let token = self.token.get_value();
        leptos::task::spawn_local(async move {
            match api::view(&token).await {
                Ok(view) => {
                    self.failure.set(None);
                    self.data.set(Some(view));
                }
                Err(e) => self.failure.set(Some(e)),
            }
        });
    }

    /// Reads the commission again like [`Page::refresh`], then, once the page shows the answer,
    /// moves the keyboard focus to the first element matching `selector` (what the visitor's
    /// action changed), so focus never falls back to the page's body.
    pub fn refresh_then_focus(self, selector: String) {
        let token = self.token.get_value();
        leptos::task::spawn_local(async move {
            match api::view(&token).await {
                Ok(view) => {
                    self.failure.set(None);
                    self.data.set(Some(view));
                }
                Err(e) => self.failure.set(Some(e)),
            }
            // The new state is drawn by the time the next frame comes.
            request_animation_frame(move || focus(&selector));
        });
    }

    /// A picture's address under this commission, if the server's url is one.
    pub fn picture(self, url: &str) -> Option<String> {
        api::picture_url(&self.token.get_value(), url)
    }
}

/// Moves the keyboard focus to the first element matching `selector`, if there is one.
pub fn focus(selector: &str) {
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(selector).ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}

/// The token in the page's address, after the shop's prefix ([`crate::base::strip`]).
fn token_from_location() -> Option<String> {
    let path = web_sys::window()?.location().pathname().ok()?;
    token_in(crate::base::strip(&path))
}

/// The token in a path within the shop: the segment after `/c/`, URL-safe characters only.
fn token_in(path: &str) -> Option<String> {
    let token = path.strip_prefix("/c/")?.split('/').next()?;
    let plain = !token.is_empty()
        && token.len() <= 256
        && token
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    plain.then(|| token.to_owned())
}

/// The commission page, mounted by `src/bin/commission.rs`.
#[component]
pub fn CommissionApp() -> impl IntoView {
    let token = token_from_location();
    let builtin = Arc::new(Catalog::builtin());
    let served = LocalResource::new(fetch_catalog);
    let catalog = Signal::derive(move || {
        served
            .get()
            .and_then(Result::ok)
            .map_or_else(|| Arc::clone(&builtin), Arc::new)
    });
    let shop = LocalResource::new(fetch_shop);
    let page = Page {
        token: StoredValue::new(token.clone().unwrap_or_default()),
        data: RwSignal::new(None),
        catalog,
        snapshots: StoredValue::new(Snapshots::default()),
        shop_lang: Signal::derive(move || shop.get().and_then(Result::ok).and_then(|s| s.language)),
        failure: RwSignal::new(token.is_none().then_some(CommissionError::Unknown)),
    };
    provide_context(page);
    if token.is_some() {
        page.refresh();
    }
    let logo = move || {
        shop.get()
            .and_then(Result::ok)
            .and_then(|s| s.logo)
            .map(|src| view! { <img class="shop-logo" src=src alt="" /> })
    };
    let shop_name = move || {
        page.data
            .with(|d| d.as_ref().map(|d| d.shop_name.clone()))
            .or_else(|| shop.get().and_then(Result::ok).map(|s| s.name))
            .unwrap_or_default()
    };
    // The tab's name follows the language on screen (the app is drawn again on a switch).
    Effect::new(move || crate::i18n::set_title(&t("com-page-title")));
    // Which of the page's states shows; the parts inside a loaded page read `data` themselves,
    // so a refresh never rebuilds a form the visitor is typing in.
    let state = Memo::new(move |_| {
        let loaded = page.data.with(Option::is_some);
        match page.failure.get() {
            Some(e) if e.is_link() => Err(Some(e)),
            Some(e) if !loaded => Err(Some(e)),
            _ if loaded => Ok(()),
            _ => Err(None),
        }
    });
    view! {
        <header class="shop-bar commission-bar">
            // The page's first Tab stop once the commission is read: past the viewers' tools,
            // straight to the conversation.
            {move || {
                state
                    .get()
                    .is_ok()
                    .then(|| {
                        view! {
                            <a
                                class="skip-link"
                                href="#thread-title"
                                on:click=move |ev: leptos::ev::MouseEvent| {
                                    ev.prevent_default();
                                    focus("#thread-title");
                                }
                            >
                                {t("com-skip-conversation")}
                            </a>
                        }
                    })
            }}
            <span class="shop-name">{logo}{shop_name}</span>
        </header>
        <main class="commission" id="main">
            {move || match state.get() {
                Ok(()) => view! { <Loaded /> }.into_any(),
                Err(Some(e)) if e.is_link() => view! { <link_error::LinkError error=e /> }.into_any(),
                Err(Some(e)) => {
                    view! {
                        <section class="commission-card" role="alert">
                            <h1>{t("com-open-failed-title")}</h1>
                            <p>{e.message()}</p>
                            <button type="button" class="button primary" on:click=move |_| page.refresh()>
                                {t("common-retry")}
                            </button>
                        </section>
                    }
                        .into_any()
                }
                Err(None) => {
                    view! { <p class="commission-loading" role="status">{t("com-opening")}</p> }
                        .into_any()
                }
            }}
        </main>
    }
}

/// The page once the commission is read.
#[component]
fn Loaded() -> impl IntoView {
    let page = expect_context::<Page>();
    let failure = move || {
        page.failure.get().map(|e| {
            view! { <p class="commission-notice" role="alert">{t_args("com-refresh-failed", &[("reason", Arg::Text(e.message()))])}</p> }
        })
    };
    let reference = move || page.data.with(|d| d.as_ref().map(|d| d.reference.clone()));
    let (title_before, title_after) = crate::brief::around("com-title", "reference", &[]);
    view! {
        <h1 class="commission-title">
            {title_before}<span class="brief-reference">{reference}</span>{title_after}
        </h1>
        {failure}
        <status::StatusLine />
        <design::DesignCard />
        <proposals::Proposals />
        <thread::Thread />
        <booking::Booking />
        <timeline::Timeline />
        <privacy::Privacy />
    }
}

#[cfg(test)]
mod tests {
    use super::token_in;
    use crate::base::strip_from;

    #[test]
    fn reads_the_token_after_the_shops_prefix() {
        assert_eq!(token_in("/c/Zm9v-b_r").as_deref(), Some("Zm9v-b_r"));
        assert_eq!(token_in("/c/Zm9v/").as_deref(), Some("Zm9v"));
        let base = "/s/maison-verel";
        assert_eq!(
            token_in(strip_from(base, "/s/maison-verel/c/Zm9v")).as_deref(),
            Some("Zm9v")
        );
        assert_eq!(token_in("/s/maison-verel/c/Zm9v"), None);
        assert_eq!(token_in("/c/"), None);
        assert_eq!(token_in("/c/a%20b"), None);
        assert_eq!(token_in("/studio"), None);
    }
}
