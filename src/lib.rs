//! Atelier's browser app: a visitor designs the first idea of a ring in a live 3D preview, then sends
//! it to the jeweler as a consultation request.
//!
//! Leptos renders the page on the client; `viewer` draws the ring with three-d; every fact about the
//! ring comes from `atelier-core`.

pub mod api;
pub mod brief;
mod color;
pub mod components;
pub mod flow;
pub mod pages;
mod storage;
mod url;
pub mod viewer;

use leptos::prelude::*;

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    view! { <pages::Configurator /> }
}
