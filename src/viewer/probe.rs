//! Whether this browser can draw the live ring at all, for a page that draws something else
//! instead (a sketch) where it cannot, before it builds a viewer.

use std::cell::Cell;
use wasm_bindgen::JsCast;

thread_local! {
    /// Whether this browser lacks WebGL2, once asked.
    static NO_WEBGL2: Cell<Option<bool>> = const { Cell::new(None) };
}

/// Whether this browser cannot draw the live ring (no WebGL2), asked once per page on a canvas
/// that is released again at once.
pub fn webgl2_missing() -> bool {
    NO_WEBGL2.with(|cell| {
        if let Some(known) = cell.get() {
            return known;
        }
        let missing = !probe();
        cell.set(Some(missing));
        missing
    })
}

/// Whether a canvas gives a WebGL2 context; the context is lost straight away so it holds nothing.
fn probe() -> bool {
    let canvas = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("canvas").ok())
        .and_then(|e| e.dyn_into::<web_sys::HtmlCanvasElement>().ok());
    let Some(context) = canvas.and_then(|c| c.get_context("webgl2").ok().flatten()) else {
        return false;
    };
    let lose = js_sys::Reflect::get(&context, &"getExtension".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|f| f.call1(&context, &"WEBGL_lose_context".into()).ok())
        .filter(|ext| ext.is_object())
        .and_then(|ext| {
            let method = js_sys::Reflect::get(&ext, &"loseContext".into()).ok()?;
            Some((ext, method.dyn_into::<js_sys::Function>().ok()?))
        });
    if let Some((ext, method)) = lose {
        let _ = method.call0(&ext);
    }
    true
}
