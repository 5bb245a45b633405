//! The page's address as the design's share link: `?d=` holds the design (core's share codec) and
//! `step=` the step the visitor is on, so a copied link reopens the same ring and back/forward walk
//! through the steps. Also the clipboard, the other half of "copy link".
//!
//! All `History`, `Location` and `Clipboard` calls live here.

use crate::flow::Step;
use atelier_core::design::Design;
use atelier_core::share;
use wasm_bindgen::JsValue;

/// The query parameters of the current address, without the leading `?`.
fn query() -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    Some(search.trim_start_matches('?').to_owned())
}

/// The value of one query parameter.
pub(crate) fn param(query: &str, name: &str) -> Option<String> {
    query.split('&').find_map(|pair| {
        let (key, value) = pair.split_once('=')?;
        (key == name).then(|| value.to_owned())
    })
}

/// The design in the page's `?d=` share link, if there is a valid one.
pub fn design_from_location() -> Option<Design> {
    let link = param(&query()?, "d")?;
    share::decode(&link).ok()
}

/// The step named in the address, if any.
pub fn step_from_location() -> Option<Step> {
    Step::from_slug(&param(&query()?, "step")?)
}

/// The relative address for a design at a step. The address's other parameters stay (the embed's
/// `embed`, `parent`, `theme` and `locale`, read again after the page's first rewrite; a kiosk's
/// turntable budget), but `lang`: a language chosen on the page since is remembered, and a reload
/// must not undo it.
fn relative(design: &Design, step: Step) -> String {
    let path = web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_else(|| "/".to_owned());
    let others = other_params(&query().unwrap_or_default());
    format!(
        "{path}?d={}&step={}{others}",
        share::encode(design),
        step.slug()
    )
}

/// Every parameter of `query` but `d`, `step` and `lang`, each as `&name=value`, in their order.
fn other_params(query: &str) -> String {
    query
        .split('&')
        .filter(|pair| {
            let name = pair.split_once('=').map_or(*pair, |(name, _)| name);
            !pair.is_empty() && !matches!(name, "d" | "step" | "lang")
        })
        .map(|pair| format!("&{pair}"))
        .collect()
}

/// The absolute link that reopens this design (at the first step, as a newcomer would start).
pub fn share_link(design: &Design) -> String {
    let origin = web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default();
    let path = web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_else(|| "/".to_owned());
    format!("{origin}{path}?d={}", share::encode(design))
}

/// Rewrites the current history entry to hold the design (no new entry: every slider move would
/// otherwise flood the back button).
pub fn replace(design: &Design, step: Step) {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&relative(design, step)));
    }
}

/// Adds a history entry for a step, so the back button returns to the previous step.
pub fn push(design: &Design, step: Step) {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.push_state_with_url(&JsValue::NULL, "", Some(&relative(design, step)));
    }
}

/// Puts text on the clipboard, then tells `done` whether the browser agreed (it refuses without
/// permission or on an insecure page; the link is then shown for copying by hand).
pub fn copy_to_clipboard(text: &str, done: impl FnOnce(bool) + 'static) {
    use std::cell::Cell;
    use std::rc::Rc;
    use wasm_bindgen::closure::Closure;
    let Some(window) = web_sys::window() else {
        return done(false);
    };
    let promise: JsValue = window.navigator().clipboard().write_text(text).into();
    let done = Rc::new(Cell::new(Some(done)));
    let settle = |ok: bool| {
        let done = Rc::clone(&done);
        Closure::once_into_js(move |_: JsValue| {
            if let Some(done) = done.take() {
                done(ok);
            }
        })
    };
    let (on_ok, on_err) = (settle(true), settle(false));
    let then = js_sys::Reflect::get(&promise, &JsValue::from_str("then"))
        .ok()
        .and_then(|f| wasm_bindgen::JsCast::dyn_into::<js_sys::Function>(f).ok());
    match then {
        Some(then) => {
            let _ = then.call2(&promise, &on_ok, &on_err);
        }
        None => {
            if let Some(done) = done.take() {
                done(false);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{other_params, param};

    #[test]
    fn a_rewrite_keeps_the_addresss_other_parameters() {
        assert_eq!(
            other_params("embed=1&parent=https%3A%2F%2Fshop.example&d=abc&step=cut&lang=de"),
            "&embed=1&parent=https%3A%2F%2Fshop.example"
        );
        assert_eq!(other_params("d=abc&step=cut"), "");
        assert_eq!(other_params(""), "");
        assert_eq!(other_params("dd=1&steps=2"), "&dd=1&steps=2");
    }

    #[test]
    fn reads_query_parameters() {
        assert_eq!(param("d=abc&step=cut", "d").as_deref(), Some("abc"));
        assert_eq!(param("d=abc&step=cut", "step").as_deref(), Some("cut"));
        assert_eq!(param("dd=1", "d"), None);
        assert_eq!(param("", "d"), None);
    }
}
