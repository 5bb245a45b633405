//! The top bar: a link past it to the steps for keyboard visitors, the jeweler's shop name and logo
//! from their configuration (`GET /api/shop`), and their colours applied as the page's custom
//! properties.

use super::LanguageSwitch;
use crate::api::{FetchError, Shop};
use crate::i18n::t;
use atelier_core::theme::{is_safe_value, THEME_KEYS};
use leptos::prelude::*;

/// The shop's name and logo above the configurator; nothing in the studio's revision mode.
#[component]
pub fn ShopHeader(
    /// The shop as the server describes it. Until it arrives the bar shows the name and logo the
    /// server wrote into the page's poster (else a blank name, never another shop's); if it cannot
    /// be read, the product's own name stands in.
    shop: LocalResource<Result<Shop, FetchError>>,
) -> impl IntoView {
    // The poster's bar had this size a frame ago: keeping its name and logo keeps the bar's height,
    // so nothing below it moves while `/api/shop` is on its way.
    let poster = poster_shop();
    // The jeweler's colours reach every rule through the custom properties on the root element.
    Effect::new(move |_| {
        if let Some(Ok(shop)) = shop.get() {
            apply_theme(&shop);
        }
    });
    // The studio's revision mode frames the configurator under its own bar (the way out): the
    // visitor's bar, tagline and language switch would only repeat the shop and mislead the
    // jeweler. The shop's colours still apply.
    if crate::embed::is_revision() {
        return None;
    }
    Some(view! {
        <header class="shop-bar">
            <a class="skip-link" href="#step-title" on:click=skip_to_steps>
                {t("common-skip-to-steps")}
            </a>
            <Suspense fallback=move || {
                let (name, logo) = poster.clone().unwrap_or_else(|| ("\u{a0}".to_owned(), None));
                let logo = logo.map(|src| view! { <img class="shop-logo" src=src alt="" /> });
                view! { <span class="shop-name">{logo}{name}</span> }
            }>
                {move || Suspend::new(async move {
                    let shop = shop.await.ok();
                    let name = shop
                        .as_ref()
                        .map_or_else(|| t("cfg-brand"), |s| s.name.clone());
                    let logo = shop.and_then(|s| s.logo).map(|src| {
                        view! { <img class="shop-logo" src=src alt="" /> }
                    });
                    view! { <span class="shop-name">{logo}{name}</span> }
                })}
            </Suspense>
            <h1 class="shop-tagline">{t("cfg-tagline")}</h1>
            <LanguageSwitch />
        </header>
    })
}

/// Takes a keyboard visitor past the bar and the ring to the step on screen, as a step change does:
/// the step itself takes the focus, so the next Tab reaches its chosen answer. Before the panel
/// has arrived, the link's own target stands.
fn skip_to_steps(ev: leptos::ev::MouseEvent) {
    use wasm_bindgen::JsCast;
    let step = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("main .step[tabindex]").ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(step) = step {
        ev.prevent_default();
        let _ = step.focus();
        // Clear of what is pinned above it (the step's own scroll margin): the browser's scroll
        // on focus ignores the margin for a step taller than the screen.
        step.scroll_into_view_with_bool(true);
    }
}

/// The shop's name and logo address as the server wrote them into the loading poster
/// (`index.html`'s `.poster .shop-name`), if the page has one with a name.
fn poster_shop() -> Option<(String, Option<String>)> {
    let bar = web_sys::window()?
        .document()?
        .query_selector(".poster .shop-name")
        .ok()??;
    let name = bar.text_content()?.trim().to_owned();
    let logo = bar
        .query_selector("img.shop-logo")
        .ok()
        .flatten()
        .and_then(|img| img.get_attribute("src"));
    (!name.is_empty()).then_some((name, logo))
}

/// Sets the shop's theme values on the root element. The server checked them already; names
/// outside the documented set and values that could escape a declaration are skipped again here.
/// A value already on the root came from the page embedding the configurator, and that page's
/// choice wins.
fn apply_theme(shop: &Shop) {
    use wasm_bindgen::JsCast;
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let style = root.style();
    for (key, value) in &shop.theme {
        let name = format!("--atelier-{key}");
        let taken = style
            .get_property_value(&name)
            .is_ok_and(|v| !v.trim().is_empty());
        if THEME_KEYS.contains(&key.as_str()) && is_safe_value(value) && !taken {
            let _ = style.set_property(&name, value);
        }
    }
}
