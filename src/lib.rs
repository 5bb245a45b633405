//! Atelier's browser app: a visitor designs the first idea of a ring in a live 3D preview, then sends
//! it to the jeweler as a consultation request.
//!
//! Leptos renders the page on the client; `viewer` draws the ring with three-d; every fact about the
//! ring comes from `atelier-core`.
//!
//! One library, two entries: [`ConfiguratorApp`] for visitors (binary `atelier`) and
//! [`StudioApp`] for the jeweler (binary `atelier-studio`), each built by Trunk into its own wasm so
//! that a visitor never downloads the studio.

pub mod api;
pub mod brief;
mod color;
pub mod components;
pub mod embed;
pub mod flow;
pub mod pages;
pub mod route;
mod storage;
pub mod studio;
mod url;
pub mod viewer;

use leptos::prelude::*;

/// The visitor's app, everywhere outside `/studio` (`index.html`, `src/main.rs`). It names no
/// studio page, so the release build's link-time optimisation leaves the studio out of its wasm.
#[component]
pub fn ConfiguratorApp() -> impl IntoView {
    view! { <pages::Configurator /> }
}

/// The jeweler's studio, every page under `/studio` (`studio.html`, `src/bin/studio.rs`): the same
/// components, viewer and core as the configurator, in a wasm of its own.
#[component]
pub fn StudioApp() -> impl IntoView {
    route::provide();
    view! { <pages::Studio /> }
}
