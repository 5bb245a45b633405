//! The app's words in the reader's language.
//!
//! Each entry (configurator, commission page, studio) calls [`mount`] with its [`Area`]: the
//! language is chosen (see [`choose`]), that one language's first file is fetched
//! (`/locales/<lang>/<file>.ftl`, nothing else is compiled in), and the app mounts. An area whose
//! words come in more files (the configurator's panel says most of them) fetches the rest beside
//! the code that says them ([`beside_rest`]). Components then say [`t`]`("key")`, [`t_args`] or
//! [`say`] for what core names as a [`Msg`]. Choosing another language ([`switch`]) fetches the
//! files loaded so far in that language and draws the app again from its stored state (the design
//! lives in the address and the draft, so it survives).
//!
//! Numbers, money, plurals and lists go through the browser's `Intl` ([`Intl`]), which costs no
//! wasm.

pub mod choose;
mod intl;

use std::cell::RefCell;
use std::future::Future;
use std::rc::Rc;
use std::task::Poll;

pub use atelier_core::i18n::Bundle;
pub use atelier_core::i18n::{Area, Arg, Lang, Msg, Part};
pub use intl::{date, money, number, DateStyle, Intl};
use leptos::prelude::*;

thread_local! {
    static CURRENT: RefCell<Current> = RefCell::new(Current {
        bundle: Rc::new(Bundle::new(Lang::En)),
        tag: "en".to_owned(),
        area: Area::App,
        texts: Vec::new(),
        loaded: 0,
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
    /// The area's files the bundle was read from, as fetched.
    texts: Vec<Fetched>,
    /// How many of the area's files ([`Area::parts`]) the bundle holds, from the first.
    loaded: usize,
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

/// The address of one language's file.
pub fn file_url(lang: Lang, part: Part) -> String {
    format!("/locales/{}/{}.ftl", lang.code(), part.name)
}

/// One fetched file of words: its address and its text.
type Fetched = (String, String);

/// Fetches one language's `parts`.
async fn fetch_parts(lang: Lang, parts: &[Part]) -> Result<Vec<Fetched>, LoadError> {
    let mut texts = Vec::with_capacity(parts.len());
    for part in parts {
        let url = file_url(lang, *part);
        let text = async {
            let response = gloo_net::http::Request::get(&url).send().await.ok()?;
            if !response.ok() {
                return None;
            }
            response.text().await.ok()
        }
        .await
        .ok_or_else(|| LoadError::Fetch(url.clone()))?;
        texts.push((url, text));
    }
    Ok(texts)
}

/// Reads fetched files of `lang` into one bundle. Reading again the files already on screen is
/// cheaper than a bundle that can be copied and merged, in code a visitor downloads first.
fn read<'a>(lang: Lang, texts: impl IntoIterator<Item = &'a Fetched>) -> Result<Bundle, LoadError> {
    let mut bundle = Bundle::new(lang);
    for (url, text) in texts {
        bundle.add(text).map_err(|error| LoadError::Parse {
            file: url.clone(),
            error,
        })?;
    }
    Ok(bundle)
}

/// The language on screen, its area and how many of the area's files it holds.
fn holding() -> (Lang, Area, usize) {
    CURRENT.with(|c| {
        let c = c.borrow();
        (c.bundle.lang(), c.area, c.loaded)
    })
}

/// Fetches the area's files after the first, in the language on screen, unless they are here.
/// Nothing is drawn again: only code that waited for them says their words.
pub async fn load_rest() -> Result<(), LoadError> {
    loop {
        let (lang, area, loaded) = holding();
        let parts = area.parts();
        if loaded >= parts.len() {
            return Ok(());
        }
        let more = fetch_parts(lang, &parts[loaded..])
            .await
            .inspect_err(|error| leptos::logging::warn!("{error}"))?;
        // The language may have changed, or the files arrived another way, meanwhile: then look
        // again at what the screen holds now.
        let added = CURRENT.with(|c| {
            let mut current = c.borrow_mut();
            if current.bundle.lang() != lang || current.loaded != loaded {
                return Ok(false);
            }
            current.bundle = Rc::new(read(lang, current.texts.iter().chain(&more))?);
            current.texts.extend(more);
            current.loaded = parts.len();
            Ok(true)
        })?;
        if added {
            return Ok(());
        }
    }
}

/// Runs `code` (the fetch of the code that says the rest of the area's words) while the rest of
/// the words is fetched ([`load_rest`]), and answers once both are done: what `code` answered, and
/// whether the words arrived.
pub async fn beside_rest<T>(code: impl Future<Output = T>) -> (T, Result<(), LoadError>) {
    let mut code = std::pin::pin!(code);
    let mut words = std::pin::pin!(load_rest());
    let (mut answer, mut arrived) = (None, None);
    std::future::poll_fn(move |cx| {
        if answer.is_none() {
            if let Poll::Ready(value) = code.as_mut().poll(cx) {
                answer = Some(value);
            }
        }
        if arrived.is_none() {
            if let Poll::Ready(value) = words.as_mut().poll(cx) {
                arrived = Some(value);
            }
        }
        match (answer.take(), arrived.take()) {
            (Some(value), Some(result)) => Poll::Ready((value, result)),
            (value, result) => {
                answer = value;
                arrived = result;
                Poll::Pending
            }
        }
    })
    .await
}

/// Puts a language on screen, read from `texts`, the first `loaded` of its area's files: the
/// page's `lang` and `dir`, and the app drawn again.
fn show(bundle: Bundle, texts: Vec<Fetched>, loaded: usize) {
    let lang = bundle.lang();
    let tag = choose::intl_tag(lang);
    choose::mark_document(lang, &tag);
    let redraw = CURRENT.with(|c| {
        let mut current = c.borrow_mut();
        current.bundle = Rc::new(bundle);
        current.tag = tag;
        current.texts = texts;
        current.loaded = loaded;
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
    let area = CURRENT.with(|c| c.borrow().area);
    show(bundle, Vec::new(), area.parts().len());
}

/// Fetches `parts` of `lang` and reads them.
async fn load(lang: Lang, parts: &[Part]) -> Result<(Bundle, Vec<Fetched>), LoadError> {
    let texts = fetch_parts(lang, parts).await?;
    Ok((read(lang, &texts)?, texts))
}

/// Chooses the language, fetches its first file of words, then mounts `app` on the page's body.
/// When the chosen language's file cannot be fetched, English is tried before giving up.
pub fn mount<V: IntoView + 'static>(area: Area, app: fn() -> V) {
    CURRENT.with(|c| c.borrow_mut().area = area);
    let lang = choose::initial(area);
    let first = &area.parts()[..1];
    // Leptos's executor is set up by `mount_to_body` below; until then only wasm-bindgen's runs.
    wasm_bindgen_futures::spawn_local(async move {
        let (bundle, texts) = match load(lang, first).await {
            Ok(loaded) => loaded,
            Err(first_error) => match load(Lang::En, first).await {
                Ok(loaded) => loaded,
                Err(_) => {
                    leptos::logging::error!("no words to show: {first_error}");
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
        show(bundle, texts, first.len());
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

/// Shows the app in `lang` and remembers the choice on this device. The language's files are
/// those the page holds so far (the configurator's panel's too once it came). `done` hears whether
/// they arrived (offline, they did not, and the page stays as it was).
pub fn switch(lang: Lang, done: impl FnOnce(bool) + 'static) {
    leptos::task::spawn_local(async move {
        let mut texts = Vec::new();
        // The rest of the words in the old language may arrive meanwhile: fetch those too.
        loop {
            let (_, area, loaded) = holding();
            let wanted = loaded.max(1);
            if texts.len() >= wanted {
                break;
            }
            match fetch_parts(lang, &area.parts()[texts.len()..wanted]).await {
                Ok(more) => texts.extend(more),
                Err(error) => {
                    leptos::logging::warn!("{error}");
                    done(false);
                    return;
                }
            }
        }
        match read(lang, &texts) {
            Ok(bundle) => {
                choose::remember(lang);
                let loaded = texts.len();
                show(bundle, texts, loaded);
                done(true);
            }
            Err(error) => {
                leptos::logging::warn!("{error}");
                done(false);
            }
        }
    });
}
