//! The shop switcher in the studio's bar, for a jeweler who works for several shops of one host:
//! a list of their shops, this one chosen; choosing another opens that shop's studio (each shop
//! keeps its own sign-in). Nothing is drawn for a jeweler of one shop.

use crate::i18n::t;
use crate::studio::api::{self as studio_api, ShopLink};
use leptos::prelude::*;

/// The switcher, once the shops have been read; nothing for one shop or if they cannot be read.
#[component]
pub fn ShopSwitch() -> impl IntoView {
    let shops = LocalResource::new(studio_api::shops);
    move || {
        let shops: Vec<ShopLink> = shops.get()?.ok()?;
        (shops.len() > 1).then(|| {
            let options = shops
                .into_iter()
                .map(|shop| {
                    view! {
                        <option value=shop.studio selected=shop.current>
                            {shop.name}
                        </option>
                    }
                })
                .collect_view();
            view! {
                <label class="studio-shop-switch">
                    <span class="visually-hidden">{t("studio-shop-switch")}</span>
                    <select on:change=move |ev| open(&event_target_value(&ev))>{options}</select>
                </label>
            }
        })
    }
}

/// Opens the studio at `address`.
fn open(address: &str) {
    if let Some(window) = web_sys::window() {
        // A failed navigation leaves the jeweler where they are, the switcher still there.
        let _ = window.location().assign(address);
    }
}
