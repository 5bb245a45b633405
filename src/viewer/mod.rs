//! The 3D viewer: draws a ring with three-d on a WebGL2 canvas that Leptos owns.
//!
//! All WebGL and three-d code lives here. The viewer draws what it is given and decides nothing
//! about the ring itself: dimensions come from `atelier-core`.

#[cfg(target_arch = "wasm32")]
pub mod canvas;
#[cfg(target_arch = "wasm32")]
mod fence;
mod gem;
mod lens;
mod light_tent;
// Made step by step by the live viewer, which exists only in the browser; natively it is compiled
// for the scene's types and its own tests.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
mod lighting;
#[cfg(target_arch = "wasm32")]
pub mod live;
mod mesh;
mod orbit;
// The frame pacing is used by the live viewer, which exists only in the browser; natively it is
// compiled for the scene's quality and its own tests.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
mod pace;
#[cfg(target_arch = "wasm32")]
pub mod postcard;
pub mod probe;
mod scene;
mod shadow;
#[cfg(target_arch = "wasm32")]
mod sight;
mod snapshot;
mod wake;
#[cfg(any(target_arch = "wasm32", test))]
mod wrap;

pub use orbit::{Orbit, View, KEY_STEP};
pub use scene::Scene;
pub use snapshot::{Snapshot, Snapshots};
pub use wake::Wake;

/// What one step of work made piece by piece (the light, the scene) left: more to do, or the
/// thing made.
pub enum Progress<Working, Done> {
    Working(Working),
    Done(Done),
}

/// The mark the live viewer leaves on the page's performance timeline when it first draws the
/// ring: the configurator fetches its later parts after it, and tests and benchmarks time it.
pub const FIRST_FRAME_MARK: &str = "atelier:first-frame";

/// The mark the viewer leaves instead when it cannot draw at all (no WebGL2): nothing need wait
/// for a first frame then.
pub const NO_FRAME_MARK: &str = "atelier:no-frame";
