//! The studio's router: which page the address shows, the configurator at `/` or the jeweler's
//! studio under `/studio`.
//!
//! The two sides are two entries of this crate, each its own wasm (`index.html` → `ConfiguratorApp`,
//! `studio.html` → `StudioApp`), and the server hands `/studio` and every path under it to the
//! studio's page. So only the studio follows the address ([`provide`] is called by `StudioApp`);
//! the configurator knows only that it is not the studio, and never links to a studio page, which
//! keeps those pages out of its wasm. A small path match and the History API instead of a router
//! crate: every kilobyte of wasm counts. All `pushState` for page changes and the `popstate`
//! listener live here.
//!
//! A shop served under a path prefix (`/s/<slug>`, [`crate::base`]) has its pages there: the
//! address is read after the prefix is taken off, and every path this router writes carries it.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

/// A page of the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// The visitor's configurator (every path outside `/studio`).
    Configurator,
    /// The studio's inbox (or its sign-in form), `/studio`.
    Inbox,
    /// Making the first account, `/studio/setup?token=…`.
    Setup {
        /// The one-time token from the server log.
        token: String,
    },
    /// One brief, `/studio/briefs/AT-XXXXX`.
    Brief {
        /// Its reference.
        reference: String,
    },
    /// The brief's current design in the configurator, to propose a change,
    /// `/studio/briefs/AT-XXXXX/revise`.
    Revise {
        /// The brief's reference.
        reference: String,
    },
    /// When the shop takes consultations, `/studio/availability`.
    Availability,
}

impl Route {
    /// The page for a path within the shop (the address's path after [`crate::base::strip`]) and
    /// a query string (with or without its leading `?`).
    pub fn parse(path: &str, query: &str) -> Route {
        let path = path.trim_end_matches('/');
        let Some(rest) = path.strip_prefix("/studio") else {
            return Route::Configurator;
        };
        match rest.trim_start_matches('/') {
            "setup" => Route::Setup {
                token: param(query, "token").unwrap_or_default(),
            },
            "availability" => Route::Availability,
            other => match other.strip_prefix("briefs/") {
                Some(reference) if !reference.is_empty() && !reference.contains('/') => {
                    Route::Brief {
                        reference: decode(reference),
                    }
                }
                Some(rest) => match rest.strip_suffix("/revise") {
                    Some(reference) if !reference.is_empty() && !reference.contains('/') => {
                        Route::Revise {
                            reference: decode(reference),
                        }
                    }
                    _ => Route::Inbox,
                },
                _ if rest.is_empty() || rest.starts_with('/') => Route::Inbox,
                // `/studiox` is not the studio.
                _ => Route::Configurator,
            },
        }
    }

    /// The address of a page, under the shop's prefix: what links and `pushState` use (the
    /// configurator keeps its own address).
    pub fn path(&self) -> String {
        crate::base::at(&self.path_in_shop())
    }

    /// The page's path within the shop, without its prefix: what [`Route::parse`] reads.
    fn path_in_shop(&self) -> String {
        match self {
            Route::Configurator => "/".to_owned(),
            Route::Inbox => "/studio".to_owned(),
            Route::Setup { .. } => "/studio/setup".to_owned(),
            Route::Brief { reference } => format!("/studio/briefs/{reference}"),
            Route::Revise { reference } => format!("/studio/briefs/{reference}/revise"),
            Route::Availability => "/studio/availability".to_owned(),
        }
    }

    /// Whether this is a studio page.
    pub fn is_studio(&self) -> bool {
        !matches!(self, Route::Configurator)
    }
}

/// One query parameter's value, percent-decoded.
fn param(query: &str, name: &str) -> Option<String> {
    query.trim_start_matches('?').split('&').find_map(|pair| {
        let (key, value) = pair.split_once('=')?;
        (key == name).then(|| decode(value))
    })
}

/// Percent-decoding of a path segment or query value; bad escapes are kept as typed.
fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match bytes[i] {
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push((h * 16 + l) as u8);
                    i += 3;
                    continue;
                }
                _ => out.push(b'%'),
            },
            b'+' => out.push(b' '),
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The page the browser's address shows now.
pub fn current() -> Route {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return Route::Configurator;
    };
    let path = location.pathname().unwrap_or_default();
    Route::parse(
        crate::base::strip(&path),
        &location.search().unwrap_or_default(),
    )
}

/// The app's current page as a signal that follows back and forward, provided as context by
/// [`provide`] and read with [`use_route`].
#[derive(Clone, Copy)]
pub struct Router(RwSignal<Route>);

/// Starts following the address; call once, at the top of the app.
pub fn provide() -> Router {
    let route = RwSignal::new(current());
    let _ = window_event_listener(leptos::ev::popstate, move |_| {
        let now = current();
        if route.get_untracked() != now {
            route.set(now);
        }
    });
    let router = Router(route);
    provide_context(router);
    router
}

impl Router {
    /// The page on screen.
    pub fn get(self) -> Route {
        self.0.get()
    }

    /// Goes to a page, with a history entry so the back button returns.
    pub fn go(self, to: Route) {
        if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
            let _ = history.push_state_with_url(&JsValue::NULL, "", Some(&to.path()));
        }
        self.0.set(to);
        if let Some(window) = web_sys::window() {
            window.scroll_to_with_x_and_y(0.0, 0.0);
        }
        focus_heading_when_drawn(HEADING_FRAMES);
    }

    /// Shows a page in place of the current one, without a history entry (after a sign-in, or
    /// once a setup link has been used, so back does not return to it).
    pub fn replace(self, to: Route) {
        if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
            let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&to.path()));
        }
        self.0.set(to);
    }
}

/// How many frames a page's heading is waited for (a brief arrives from the server first): about
/// five seconds.
const HEADING_FRAMES: u32 = 300;

/// Moves the keyboard focus to the new page's heading once it is drawn, so a keyboard or a screen
/// reader starts at the top of the page just opened rather than on the link that opened it (gone
/// with the old page, which would leave focus on the document's body).
fn focus_heading_when_drawn(frames_left: u32) {
    request_animation_frame(move || {
        let heading = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector("main h1").ok().flatten())
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        match heading {
            Some(heading) => {
                let _ = heading.set_attribute("tabindex", "-1");
                let _ = heading.focus();
            }
            None if frames_left > 0 => focus_heading_when_drawn(frames_left - 1),
            None => {}
        }
    });
}

/// The router provided by the app.
pub fn use_route() -> Router {
    expect_context::<Router>()
}

/// Whether a click on a link should be left to the browser (a new tab, a download, …) rather
/// than handled as a page change.
pub fn is_plain_click(ev: &leptos::ev::MouseEvent) -> bool {
    ev.button() == 0 && !(ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_page() {
        assert_eq!(Route::parse("/", ""), Route::Configurator);
        assert_eq!(Route::parse("/", "?d=abc"), Route::Configurator);
        assert_eq!(Route::parse("/studio", ""), Route::Inbox);
        assert_eq!(Route::parse("/studio/", ""), Route::Inbox);
        assert_eq!(Route::parse("/studiox", ""), Route::Configurator);
        assert_eq!(
            Route::parse("/studio/setup", "?token=ab%2Bc&x=1"),
            Route::Setup {
                token: "ab+c".to_owned()
            }
        );
        assert_eq!(
            Route::parse("/studio/setup", ""),
            Route::Setup {
                token: String::new()
            }
        );
        assert_eq!(
            Route::parse("/studio/briefs/AT-7KQ2M", ""),
            Route::Brief {
                reference: "AT-7KQ2M".to_owned()
            }
        );
        assert_eq!(
            Route::parse("/studio/briefs/AT-7KQ2M/revise", "?d=AQ&step=metal"),
            Route::Revise {
                reference: "AT-7KQ2M".to_owned()
            }
        );
        assert_eq!(Route::parse("/studio/briefs//revise", ""), Route::Inbox);
        assert_eq!(Route::parse("/studio/briefs/a/b/revise", ""), Route::Inbox);
        assert_eq!(
            Route::parse("/studio/availability", ""),
            Route::Availability
        );
        assert_eq!(Route::parse("/studio/briefs/", ""), Route::Inbox);
        assert_eq!(Route::parse("/studio/nothing", ""), Route::Inbox);
    }

    /// Every studio page with an address of its own.
    fn studio_pages() -> [Route; 4] {
        [
            Route::Inbox,
            Route::Brief {
                reference: "AT-7KQ2M".to_owned(),
            },
            Route::Revise {
                reference: "AT-7KQ2M".to_owned(),
            },
            Route::Availability,
        ]
    }

    #[test]
    fn paths_round_trip() {
        for route in studio_pages() {
            assert_eq!(Route::parse(&route.path_in_shop(), ""), route);
            // Natively the shop is at the root.
            assert_eq!(route.path(), route.path_in_shop());
        }
    }

    #[test]
    fn a_prefixed_address_is_read_after_its_prefix() {
        use crate::base::{join, strip_from};
        let base = "/s/maison-verel";
        for route in std::iter::once(Route::Configurator).chain(studio_pages()) {
            let address = join(base, &route.path_in_shop());
            assert!(address.starts_with("/s/maison-verel/"), "{address}");
            assert_eq!(Route::parse(strip_from(base, &address), ""), route);
        }
        assert_eq!(
            Route::parse(strip_from(base, "/s/maison-verel/studio/setup"), "?token=t"),
            Route::Setup {
                token: "t".to_owned()
            }
        );
        assert_eq!(
            Route::parse(strip_from(base, "/s/maison-verel"), ""),
            Route::Configurator
        );
    }

    #[test]
    fn decodes_percent_escapes_and_keeps_bad_ones() {
        assert_eq!(decode("a%20b"), "a b");
        assert_eq!(decode("100%"), "100%");
        assert_eq!(decode("%zz"), "%zz");
        assert_eq!(decode("%4"), "%4");
    }
}
