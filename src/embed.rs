//! Embedded mode: the app's half of the postMessage protocol that `public/embed.js` speaks.
//!
//! The loader frames the app at `/?embed=1&parent=<shop origin>&…`. The app then asks its own
//! server whether that origin is on the jeweler's allowed list, and only then talks: every message
//! goes to that one origin (never `*`), and a message is obeyed only when it comes from that origin
//! *and* from the parent window. Messages are `{atelier: 1, type, …}`; see the README's
//! "Embedding" section for the table.
//!
//! Out: `ready`, `resize` (the document's height, so the host sizes the frame to its content),
//! `design-changed` (share code, link, summary), `brief-submitted` (the reference only: never a
//! name or an address), `error`. In: `set-design`, `open-step`, `theme` (`--atelier-*` custom
//! properties and a colour scheme).

pub mod message;

pub use message::{parse_command, Command, EmbedError, Event, Field, Out, PROTOCOL};

use crate::brief::Submission;
use crate::flow::Step;
use atelier_core::design::Design;
use atelier_core::share;
use js_sys::{Array, Object, Reflect};
use leptos::prelude::*;
use std::cell::Cell;
use std::collections::BTreeMap;
use std::time::Duration;
use wasm_bindgen::{JsCast, JsValue};

/// What the loader put in the frame's address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmbedParams {
    /// The host page's origin, where every message goes.
    pub parent: String,
    /// `light` or `dark`, when the shop fixed one.
    pub theme: Option<String>,
    /// The page's language (BCP 47), when the shop set one.
    pub locale: Option<String>,
    /// `mode=revise`: the studio's revision mode asks for the design steps only (no brief, no
    /// Send). Obeyed only when the parent is this app's own page ([`is_revision`]).
    pub revise: bool,
}

impl EmbedParams {
    /// Reads `embed=1`, `parent`, `theme` and `locale` from a query string (without `?`).
    pub fn from_query(query: &str) -> Option<Self> {
        let get = |name: &str| {
            query.split('&').find_map(|pair| {
                let (key, value) = pair.split_once('=')?;
                (key == name).then(|| percent_decode(value)).flatten()
            })
        };
        if get("embed").as_deref() != Some("1") {
            return None;
        }
        let parent = get("parent").filter(|p| is_origin(p))?;
        Some(Self {
            parent,
            theme: get("theme").filter(|t| t == "light" || t == "dark"),
            locale: get("locale").filter(|l| is_language_tag(l)),
            revise: get("mode").as_deref() == Some("revise"),
        })
    }
}

/// Whether `name` is one of the app's theming properties (the host may set nothing else).
pub fn is_theme_property(name: &str) -> bool {
    name.strip_prefix("--atelier-").is_some_and(|rest| {
        (1..=40).contains(&rest.len())
            && rest
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    })
}

/// `http(s)://host[:port]`, nothing more: what `location.origin` gives.
fn is_origin(text: &str) -> bool {
    text.strip_prefix("https://")
        .or_else(|| text.strip_prefix("http://"))
        .is_some_and(|host| {
            !host.is_empty()
                && host.len() <= 253
                && host
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b".-:[]".contains(&b))
        })
}

fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    tag.len() <= 35
        && parts.next().is_some_and(|l| {
            (2..=3).contains(&l.len()) && l.bytes().all(|b| b.is_ascii_alphabetic())
        })
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// Decodes `%XX` escapes and `+` (the loader writes its parameters with `URLSearchParams`).
fn percent_decode(value: &str) -> Option<String> {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'%' => {
                let hex = bytes.get(i + 1..i + 3)?;
                if !hex.iter().all(u8::is_ascii_hexdigit) {
                    return None;
                }
                out.push(u8::from_str_radix(std::str::from_utf8(hex).ok()?, 16).ok()?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            _ => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

/// The frame's own document height in CSS pixels, rounded up so nothing is cut off.
fn document_height() -> u32 {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .map_or(0, |root| {
            root.get_bounding_client_rect().height().ceil() as u32
        })
}

/// Asks this shop's server whether `origin` may embed it (`GET /api/embed/check` under the shop's
/// prefix, answering `{"allowed": true|false}`).
async fn check_origin(origin: &str) -> Result<(), EmbedError> {
    let encoded: String = js_sys::encode_uri_component(origin).into();
    let url = crate::base::at(&format!("/api/embed/check?origin={encoded}"));
    let text = gloo_net::http::Request::get(&url)
        .send()
        .await
        .map_err(|e| EmbedError::Check(e.to_string()))?
        .text()
        .await
        .map_err(|e| EmbedError::Check(e.to_string()))?;
    let answer = js_sys::JSON::parse(&text)
        .map_err(|_| EmbedError::Check("the answer is not JSON".to_owned()))?;
    match read_field(&answer, "allowed").as_bool() {
        Some(true) => Ok(()),
        Some(false) => Err(EmbedError::Refused(origin.to_owned())),
        None => Err(EmbedError::Check("the answer has no `allowed`".to_owned())),
    }
}

/// `value[name]`, or `undefined` when `value` is not an object.
fn read_field(value: &JsValue, name: &str) -> JsValue {
    if value.is_object() {
        Reflect::get(value, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
    } else {
        JsValue::UNDEFINED
    }
}

/// A field of an incoming message in the protocol's terms; objects are read `depth` levels deep.
fn to_field(value: &JsValue, depth: u8) -> Field {
    if value.is_undefined() {
        Field::Absent
    } else if value.is_null() {
        Field::Null
    } else if let Some(n) = value.as_f64() {
        Field::Number(n)
    } else if let Some(text) = value.as_string() {
        Field::Text(text)
    } else if depth > 0 && value.is_object() && !Array::is_array(value) {
        Field::Object(
            Object::entries(value.unchecked_ref())
                .iter()
                .map(|pair| {
                    let pair: Array = pair.unchecked_into();
                    let name = pair.get(0).as_string().unwrap_or_default();
                    (name, to_field(&pair.get(1), depth - 1))
                })
                .collect(),
        )
    } else {
        Field::Other
    }
}

/// An event as the JS object the host page receives.
fn to_js(event: &Event) -> Object {
    let object = Object::new();
    for (name, value) in event.fields() {
        let value = match value {
            Out::Number(n) => JsValue::from(n),
            Out::Text(text) => JsValue::from_str(text),
        };
        let _ = Reflect::set(&object, &JsValue::from_str(name), &value);
    }
    object
}

/// The parent window and its verified origin: the only place messages go.
#[derive(Clone)]
struct Channel {
    parent: web_sys::Window,
    origin: String,
}

impl Channel {
    fn post(&self, event: &Event) {
        let _ = self.parent.post_message(&to_js(event), &self.origin);
    }
}

/// What the configurator shares with the host page.
pub struct Hooks {
    /// The design on screen.
    pub design: RwSignal<Design>,
    /// The step on screen.
    pub step: RwSignal<Step>,
    /// Moves to a step the way the step list does.
    pub go: Callback<Step>,
    /// The share link of the design.
    pub link: Memo<String>,
    /// The design in words.
    pub summary: Memo<String>,
    /// The brief's submission, for its reference.
    pub submission: Submission,
}

/// The host page and the embed's parameters, when this page runs framed by another with the
/// embed's address (`embed=1&parent=…`).
fn framed(window: &web_sys::Window) -> Option<(web_sys::Window, EmbedParams)> {
    let parent = window.parent().ok().flatten()?;
    if JsValue::from(&parent) == JsValue::from(window) {
        return None;
    }
    let params = window
        .location()
        .search()
        .ok()
        .and_then(|s| EmbedParams::from_query(s.trim_start_matches('?')))?;
    Some((parent, params))
}

/// Whether this page runs in `embed.js`'s frame: its links to pages of their own (the commission
/// page) then open in a new tab, not in the frame, which the host sized to the configurator.
pub fn is_embedded() -> bool {
    web_sys::window().is_some_and(|window| framed(&window).is_some())
}

/// Whether the studio's revision mode frames this page (`mode=revise`): the configurator then
/// offers the design steps only, and the studio's bar is the way out. Only this app's own pages may
/// ask for it: the `parent` parameter must be this page's origin, and the parent window must
/// really be of that origin (a shop's page cannot read its frame's location, nor this one its), so
/// a shop's `embed.js` cannot hide the brief.
pub fn is_revision() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let Some((parent, params)) = framed(&window) else {
        return false;
    };
    let own = window.location().origin().ok();
    params.revise
        && own.as_deref() == Some(params.parent.as_str())
        && parent.location().origin().ok() == own
}

/// Connects the configurator to the host page when it runs inside `embed.js`'s frame; does
/// nothing on a page of its own.
pub fn connect(hooks: Hooks) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some((parent, params)) = framed(&window) else {
        return;
    };
    // The page's `lang` and `dir` are the language on screen (`crate::i18n`, which starts from the
    // embed's `locale`), not the attribute itself: the visitor may switch.
    if let Some(root) = window.document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("data-embedded", "");
        if let Some(theme) = &params.theme {
            apply_theme(&BTreeMap::new(), Some(theme));
        }
    }

    let revising = is_revision();
    let channel = RwSignal::new_local(None::<Channel>);
    {
        let origin = params.parent.clone();
        leptos::task::spawn_local(async move {
            match check_origin(&origin).await {
                Ok(()) => channel.set(Some(Channel { parent, origin })),
                Err(e) => leptos::logging::warn!("Atelier embed: {e}"),
            }
        });
    }
    let Hooks {
        design,
        step,
        go,
        link,
        summary,
        submission,
    } = hooks;

    // `ready` once the origin is verified; then every later design change, at most every
    // `NOTIFY_EVERY` so a slider drag does not flood the host page.
    let ready = StoredValue::new(ANNOUNCED.with(Cell::get));
    let notify_pending = StoredValue::new(false);
    Effect::new(move |_| {
        let code = design.with(share::encode);
        let Some(channel) = channel.get() else {
            return;
        };
        if !ready.get_value() {
            ready.set_value(true);
            ANNOUNCED.with(|a| a.set(true));
            channel.post(&Event::Ready {
                height: document_height(),
                design: code,
                link: link.get_untracked(),
                summary: summary.get_untracked(),
                step: step.get_untracked().slug(),
            });
            return;
        }
        if notify_pending.get_value() {
            return;
        }
        notify_pending.set_value(true);
        set_timeout(
            move || {
                notify_pending.set_value(false);
                channel.post(&Event::DesignChanged {
                    design: design.with_untracked(share::encode),
                    link: link.get_untracked(),
                    summary: summary.get_untracked(),
                });
            },
            NOTIFY_EVERY,
        );
    });

    // The reference of a stored brief, once per reference.
    let last_reference = StoredValue::new(None::<String>);
    Effect::new(move |_| {
        let Some(channel) = channel.get() else {
            return;
        };
        if let Some(Ok(receipt)) = submission.outcome() {
            if last_reference.with_value(|r| r.as_deref() != Some(&receipt.reference)) {
                last_reference.set_value(Some(receipt.reference.clone()));
                channel.post(&Event::BriefSubmitted {
                    reference: receipt.reference,
                });
            }
        }
    });

    // The document's height, whenever it changes.
    Effect::new(move |_| {
        if let Some(channel) = channel.get() {
            observe_height(channel);
        }
    });

    let _ = window_event_listener(leptos::ev::message, move |event| {
        let Some(channel) = channel.get_untracked() else {
            return;
        };
        let from_parent = event
            .source()
            .is_some_and(|source| JsValue::from(source) == JsValue::from(&channel.parent));
        if event.origin() != channel.origin || !from_parent {
            return;
        }
        let data = event.data();
        match parse_command(|name| to_field(&read_field(&data, name), 1)) {
            Ok(Command::SetDesign { design: code }) => match share::decode(&code) {
                Ok(d) => design.set(d),
                Err(e) => channel.post(&Event::Error {
                    message: format!("set-design: {e}"),
                }),
            },
            Ok(Command::OpenStep { step: slug }) => {
                match Step::from_slug(&slug).filter(|s| Step::offered(revising).contains(s)) {
                    Some(s) => go.run(s),
                    None => channel.post(&Event::Error {
                        message: format!("open-step: no step {slug:?}"), // i18n: not words (for the host page's developer)
                    }),
                }
            }
            Ok(Command::Theme { vars, scheme }) => apply_theme(&vars, scheme.as_deref()),
            Err(e) => channel.post(&Event::Error {
                message: e.to_string(),
            }),
        }
    });
}

thread_local! {
    /// Whether the host heard `ready`: once per page, though a language switch draws the app again.
    static ANNOUNCED: Cell<bool> = const { Cell::new(false) };
    /// Whether the page's height is watched already.
    static OBSERVING: Cell<bool> = const { Cell::new(false) };
}

/// How often, at most, `design-changed` is sent while the design changes.
const NOTIFY_EVERY: Duration = Duration::from_millis(150);

/// Sets the host's `--atelier-*` properties on the app's root, and the colour scheme.
fn apply_theme(vars: &BTreeMap<String, String>, scheme: Option<&str>) {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let style = root.style();
    for (name, value) in vars {
        if is_theme_property(name) && value.len() <= 500 {
            let _ = style.set_property(name, value);
        }
    }
    if let Some(scheme @ ("light" | "dark")) = scheme {
        let _ = root.set_attribute("data-theme", scheme);
        let _ = style.set_property("color-scheme", scheme);
    }
}

/// Posts `resize` whenever the document's height changes (content, fonts, the window's width);
/// one observer per page, however often the app is drawn again.
fn observe_height(channel: Channel) {
    use wasm_bindgen::closure::Closure;
    if OBSERVING.with(|o| o.replace(true)) {
        return;
    }
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    let last = std::cell::Cell::new(0u32);
    let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |_entries: js_sys::Array| {
        let height = document_height();
        if height != last.get() {
            last.set(height);
            channel.post(&Event::Resize { height });
        }
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        observer.observe(&root);
    }
    // The observer lives as long as the page.
    callback.forget();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_loaders_parameters() {
        let p = EmbedParams::from_query(
            "embed=1&parent=https%3A%2F%2Fshop.example%3A8443&theme=dark&locale=fr-CH&d=abc",
        )
        .expect("embedded");
        assert_eq!(p.parent, "https://shop.example:8443");
        assert_eq!(p.theme.as_deref(), Some("dark"));
        assert_eq!(p.locale.as_deref(), Some("fr-CH"));
        assert!(!p.revise);
        let p = EmbedParams::from_query("embed=1&parent=http%3A%2F%2F127.0.0.1%3A8080&mode=revise")
            .expect("embedded");
        assert!(p.revise);
        assert_eq!(EmbedParams::from_query("d=abc"), None);
        assert_eq!(
            EmbedParams::from_query("embed=1&parent=javascript%3Aalert(1)"),
            None
        );
        let p = EmbedParams::from_query(
            "embed=1&parent=http://127.0.0.2:4000&theme=neon&locale=%3Cb%3E",
        )
        .expect("embedded");
        assert_eq!((p.theme, p.locale), (None, None));
    }

    #[test]
    fn only_atelier_properties_may_be_themed() {
        assert!(is_theme_property("--atelier-accent"));
        assert!(is_theme_property("--atelier-font-display"));
        assert!(!is_theme_property("--atelier-"));
        assert!(!is_theme_property("color"));
        assert!(!is_theme_property("--other-accent"));
        assert!(!is_theme_property("--atelier-Accent"));
    }
}
