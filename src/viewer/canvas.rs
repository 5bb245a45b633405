//! Browser glue: turns a canvas element that Leptos owns into a three-d context.
//!
//! three-d never looks for a canvas itself; it only wraps the WebGL2 context we hand it.

use std::sync::Arc;
use wasm_bindgen::JsCast;
use web_sys::{HtmlCanvasElement, WebGl2RenderingContext, WebGlContextAttributes};

/// Why the 3D preview cannot run in this browser.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum CanvasError {
    #[error("this browser does not offer WebGL2")]
    NoWebGl2,
    #[error("the graphics context could not be set up: {0}")]
    Context(String),
}

impl CanvasError {
    /// Why the preview cannot run, in the reader's language, for the fallback's sentence.
    pub fn reason(&self) -> String {
        match self {
            Self::NoWebGl2 => crate::i18n::t("viewer-reason-no-webgl2"),
            Self::Context(detail) => crate::i18n::t_args(
                "viewer-reason-context",
                &[("detail", detail.clone().into())],
            ),
        }
    }
}

/// Creates a three-d context on the canvas's WebGL2 context, and hands back that WebGL2 context
/// too, for the viewer's own programs (see `lighting`).
///
/// The canvas itself only ever receives finished frames, copied from the scene's own multisampled
/// target (see `Scene::present`): it needs neither antialiasing nor a depth buffer of its own.
pub fn three_d_context(
    canvas: &HtmlCanvasElement,
) -> Result<(three_d::Context, WebGl2RenderingContext), CanvasError> {
    let attributes = WebGlContextAttributes::new();
    attributes.set_antialias(false);
    attributes.set_depth(false);
    attributes.set_power_preference(web_sys::WebGlPowerPreference::HighPerformance);
    let gl = canvas
        .get_context_with_context_options("webgl2", &attributes)
        .map_err(|_| CanvasError::NoWebGl2)?
        .ok_or(CanvasError::NoWebGl2)?
        .dyn_into::<WebGl2RenderingContext>()
        .map_err(|_| CanvasError::NoWebGl2)?;
    let glow = three_d::context::Context::from_webgl2_context(gl.clone());
    // three-d's API takes an Arc; WebGL is single-threaded, so it never crosses a thread.
    #[allow(clippy::arc_with_non_send_sync)]
    let glow = Arc::new(glow);
    let context =
        three_d::Context::from_gl_context(glow).map_err(|e| CanvasError::Context(e.to_string()))?;
    Ok((context, gl))
}

/// The drawing-buffer size, in pixels, for the canvas's displayed size at `ratio` drawing-buffer
/// pixels per CSS pixel (see `pace::Quality::pixel_ratio`): a still ring is sharp on phones, and
/// the picture follows layout changes.
pub fn display_size(canvas: &HtmlCanvasElement, ratio: f64) -> (u32, u32) {
    (
        super::pace::buffer_side(canvas.client_width(), ratio),
        super::pace::buffer_side(canvas.client_height(), ratio),
    )
}

/// Gives the canvas's drawing buffer this size. Resizing clears it, so it happens only right
/// before a finished frame is copied in.
pub fn resize(canvas: &HtmlCanvasElement, (width, height): (u32, u32)) {
    if canvas.width() != width || canvas.height() != height {
        canvas.set_width(width);
        canvas.set_height(height);
    }
}

/// Leaves a named mark on the page's performance timeline (for time-to-first-frame measurements).
pub fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}
