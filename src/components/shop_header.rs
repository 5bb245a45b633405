//! The top bar: the jeweler's shop name and logo from their configuration (`GET /api/shop`), and
//! their colours applied as the page's custom properties.

use super::LanguageSwitch;
use crate::api::{FetchError, Shop};
use crate::i18n::t;
use atelier_core::theme::{is_safe_value, THEME_KEYS};
use leptos::prelude::*;

/// The shop's name and logo above the configurator.
#[component]
pub fn ShopHeader(
    /// The shop as the server describes it. Until it arrives the name stays blank (no flash of
    /// another name); if it cannot be read, the product's own name stands in.
    shop: LocalResource<Result<Shop, FetchError>>,
) -> impl IntoView {
    // The jeweler's colours reach every rule through the custom properties on the root element.
    Effect::new(move |_| {
        if let Some(Ok(shop)) = shop.get() {
            apply_theme(&shop);
        }
    });
    view! {
        <header class="shop-bar">
            <Suspense fallback=|| view! { <span class="shop-name">"\u{a0}"</span> }>
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
    }
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
