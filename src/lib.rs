//! Atelier's browser app: a visitor designs the first idea of a ring in a live 3D preview, then sends
//! it to the jeweler as a consultation request.
//!
//! Leptos renders the page on the client; `viewer` draws the ring with three-d; every fact about the
//! ring comes from `atelier-core`.
//!
//! One library, three entries: [`ConfiguratorApp`] for visitors (binary `atelier`), the
//! visitor's commission page [`CommissionApp`] (binary `atelier-commission`, `src/commission/`)
//! and [`StudioApp`] for the jeweler (binary `atelier-studio`), each built by Trunk into its own
//! wasm so that a visitor never downloads the studio and the configurator never carries the
//! commission page. Everything only the studio uses lives in [`studio`]
//! (`src/studio/`); the other modules are the configurator's or shared.

pub mod api;
pub mod base;
pub mod brief;
mod color;
pub mod commission;
pub mod components;
pub mod embed;
pub mod flow;
pub mod i18n;
pub mod later;
pub mod pages;
mod storage;
pub mod studio;
mod url;
pub mod viewer;

pub use commission::CommissionApp;
use leptos::prelude::*;
pub use studio::StudioApp;

/// The visitor's app, everywhere outside `/studio` (`index.html`, `src/main.rs`). It names no
/// studio page, so the release build's link-time optimisation leaves the studio out of its wasm.
#[component]
pub fn ConfiguratorApp() -> impl IntoView {
    view! { <pages::Configurator /> }
}
