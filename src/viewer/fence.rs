//! Waiting for the GPU without blocking the page: a fence placed after the work queued so far,
//! asked on later animation frames whether the GPU got past it.
//!
//! WebGL answers a fence's status only between tasks and never waits for it, so a frame that polls
//! one costs the main thread nothing while the GPU (or, without one, the browser's software
//! renderer on its own threads) works.

use wasm_bindgen::JsCast;
use web_sys::{HtmlCanvasElement, WebGl2RenderingContext as Gl, WebGlSync};

/// A fence on the canvas's context; deleted when dropped.
pub struct Fence {
    /// None where no fence could be made (a lost context): it counts as passed.
    placed: Option<(Gl, WebGlSync)>,
}

impl Fence {
    /// A fence after everything queued on the canvas's context so far, sent on its way.
    pub fn after_queued(element: &HtmlCanvasElement) -> Self {
        let placed = element
            .get_context("webgl2")
            .ok()
            .flatten()
            .and_then(|context| context.dyn_into::<Gl>().ok())
            .and_then(|gl| {
                let sync = gl.fence_sync(Gl::SYNC_GPU_COMMANDS_COMPLETE, 0)?;
                gl.flush();
                Some((gl, sync))
            });
        Self { placed }
    }

    /// A fence that has already passed: for work that must show at once.
    pub fn passed_already() -> Self {
        Self { placed: None }
    }

    /// Whether the GPU got past the fence, asked without waiting. A context that answers nothing
    /// (lost) counts as past it, so the viewer never waits forever.
    pub fn passed(&self) -> bool {
        self.placed.as_ref().is_none_or(|(gl, sync)| {
            gl.get_sync_parameter(sync, Gl::SYNC_STATUS)
                .as_f64()
                .is_none_or(|status| status == f64::from(Gl::SIGNALED))
        })
    }
}

impl Drop for Fence {
    fn drop(&mut self) {
        if let Some((gl, sync)) = self.placed.take() {
            gl.delete_sync(Some(&sync));
        }
    }
}
