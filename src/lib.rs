//! Atelier's browser app: a visitor designs the first idea of a ring in a live 3D preview, then sends
//! it to the jeweler as a consultation request.
//!
//! Leptos renders the page on the client; `viewer` draws the ring with three-d; every fact about the
//! ring comes from `atelier-core`.

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

/// The whole app: the jeweler's studio under `/studio`, the configurator everywhere else.
#[component]
pub fn App() -> impl IntoView {
    let router = route::provide();
    let studio = Memo::new(move |_| router.get().is_studio());
    move || {
        if studio.get() {
            view! { <pages::Studio /> }.into_any()
        } else {
            view! { <pages::Configurator /> }.into_any()
        }
    }
}
