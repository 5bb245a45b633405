//! The app's words in the reader's language.
//!
//! Each entry (configurator, commission page, studio) calls [`mount`] with its [`Area`]: the
//! language is chosen (see [`choose`]), that one language's file is fetched
//! (`/locales/<lang>/<area>.ftl`, nothing else is compiled in), and the app mounts. Components then
//! say [`t`]`("key")`, [`t_args`] or [`say`] for what core names as a [`Msg`]. Choosing another
//! language ([`switch`]) fetches its file and draws the app again from its stored state (the
//! design lives in the address and the draft, so it survives).
//!
//! Numbers, money, plurals and lists go through the browser's `Intl` ([`Intl`]), which costs no
//! wasm.

pub mod choose;
mod intl;

use std::cell::RefCell;
use std::rc::Rc;

pub use atelier_core::i18n::Bundle;
pub use atelier_core::i18n::{Area, Arg, Lang, Msg};
pub use intl::{date, money, number, DateStyle, Intl};
use leptos::prelude::*;

thread_local! {
    static CURRENT: RefCell<Current> = RefCell::new(Current {
        bundle: Rc::new(Bundle::new(Lang::En)),
        tag: "en".to_owned(),
        area: Area::App,
        redraw: None,
    });
}

/// The language on screen.
struct Current {
    bundle: Rc<Bundle>,
    /// The BCP 47 tag `Intl` formats for: the language with the visitor's region when the browser
    /// gave one for it (`fr-CH`), else the language's own code.
    tag: String,
    area: Area,
    /// Bumped when the language changes, to draw the app again.
    redraw: Option<RwSignal<u32>>,
}

/// The message `key` in the current language.
pub fn t(key: &str) -> String {
    t_args(key, &[])
}

/// The message `key` with its arguments in the current language.
pub fn t_args(key: &str, args: &[(&str, Arg)]) -> String {
    let bundle = bundle();
    bundle.format(key, args, &Intl::new(&tag()))
}

/// What core said, in the current language.
pub fn say(msg: &Msg) -> String {
    bundle().say(msg, &Intl::new(&tag()))
}

/// The current language.
pub fn lang() -> Lang {
    CURRENT.with(|c| c.borrow().bundle.lang())
}

/// The BCP 47 tag numbers and dates are formatted for (`de-CH`, `ja`, …).
pub fn tag() -> String {
    CURRENT.with(|c| c.borrow().tag.clone())
}

fn bundle() -> Rc<Bundle> {
    CURRENT.with(|c| c.borrow().bundle.clone())
}

/// Why a language's words could not be fetched.
#[derive(Debug, Clone, thiserror::Error)]
pub enum LoadError {
    /// The request failed (offline, refused).
    #[error("cannot fetch {0}")]
    Fetch(String),
    /// The file is not valid Fluent (a build fault).
    #[error("{file}: {error}")]
    Parse {
        /// Which file.
        file: String,
        /// Where and why.
        error: atelier_core::i18n::ParseError,
    },
}

/// The address of one language's file for an area.
pub fn file_url(lang: Lang, area: Area) -> String {
    format!("/locales/{}/{}.ftl", lang.code(), area.name())
}

/// Fetches and reads one language's file.
pub async fn load(lang: Lang, area: Area) -> Result<Bundle, LoadError> {
    let url = file_url(lang, area);
    let text = async {
        let response = gloo_net::http::Request::get(&url).send().await.ok()?;
        if !response.ok() {
            return None;
        }
        response.text().await.ok()
    }
    .await
    .ok_or_else(|| LoadError::Fetch(url.clone()))?;
    Bundle::from_sources(lang, [text.as_str()])
        .map_err(|error| LoadError::Parse { file: url, error })
}

/// Puts a loaded language on screen: the page's `lang` and `dir`, and the app drawn again.
fn show(bundle: Bundle) {
    let lang = bundle.lang();
    let tag = choose::intl_tag(lang);
    choose::mark_document(lang, &tag);
    let redraw = CURRENT.with(|c| {
        let mut current = c.borrow_mut();
        current.bundle = Rc::new(bundle);
        current.tag = tag;
        current.redraw
    });
    if let Some(redraw) = redraw {
        redraw.update(|n| *n += 1);
    }
}

/// Sets the page's `<title>` (the tab's name and what a bookmark keeps), so it reads in the
/// language on screen rather than the one the server first wrote it in.
pub fn set_title(text: &str) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(text);
    }
}

/// Puts `bundle` on screen without fetching anything: for component tests, which mount parts of
/// the app directly (`Bundle::from_sources(Lang::En, [include_str!("../locales/en/…")])`).
pub fn install(bundle: Bundle) {
    show(bundle);
}

/// Chooses the language, fetches its words, then mounts `app` on the page's body. When the
/// chosen language's file cannot be fetched, English is tried before giving up.
pub fn mount<V: IntoView + 'static>(area: Area, app: fn() -> V) {
    CURRENT.with(|c| c.borrow_mut().area = area);
    let lang = choose::initial(area);
    // Leptos's executor is set up by `mount_to_body` below; until then only wasm-bindgen's runs.
    wasm_bindgen_futures::spawn_local(async move {
        let bundle = match load(lang, area).await {
            Ok(bundle) => bundle,
            Err(first) => match load(Lang::En, area).await {
                Ok(bundle) => bundle,
                Err(_) => {
                    leptos::logging::error!("no words to show: {first}");
                    // The page's start script hears this and shows the poster's "could not load"
                    // sentence with its "Try again", rather than "Loading" for ever.
                    if let Some(window) = web_sys::window() {
                        if let Ok(failed) = web_sys::Event::new("error") {
                            let _ = window.dispatch_event(&failed);
                        }
                    }
                    return;
                }
            },
        };
        show(bundle);
        let redraw = RwSignal::new(0_u32);
        CURRENT.with(|c| c.borrow_mut().redraw = Some(redraw));
        leptos::mount::mount_to_body(move || {
            move || {
                redraw.track();
                app()
            }
        });
    });
}

/// Shows the app in `lang` and remembers the choice on this device. `done` hears whether the
/// language's file arrived (offline, it did not, and the page stays as it was).
pub fn switch(lang: Lang, done: impl FnOnce(bool) + 'static) {
    let area = CURRENT.with(|c| c.borrow().area);
    leptos::task::spawn_local(async move {
        match load(lang, area).await {
            Ok(bundle) => {
                choose::remember(lang);
                show(bundle);
                done(true);
            }
            Err(error) => {
                leptos::logging::warn!("{error}");
                done(false);
            }
        }
    });
}
