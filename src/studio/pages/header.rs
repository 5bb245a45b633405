//! The studio's top bar: the jeweler's shop name and logo (from `GET /api/shop`, as the
//! configurator shows them) with "Studio" beside it as a link to the inbox, the link to the shop's
//! availability for consultations, the shop switcher (for a jeweler of several shops) and the
//! signed-in account with "Sign out".

use super::shop_switch::ShopSwitch;
use super::InboxLink;
use crate::api;
use crate::i18n::{t, t_args};
use crate::studio::api as studio_api;
use crate::studio::route::{is_plain_click, use_route, Route};
use crate::studio::StudioSession;
use leptos::prelude::*;

/// The bar above every studio page.
#[component]
pub fn StudioHeader(
    /// Who is signed in, if anyone; signing out goes through it.
    session: StudioSession,
) -> impl IntoView {
    let shop = LocalResource::new(api::fetch_shop);
    // The tab's name follows the studio's language (the app is drawn again on a switch).
    Effect::new(move || {
        if let Some(Ok(s)) = shop.get() {
            crate::i18n::set_title(&t_args("studio-page-title", &[("shop", s.name.into())]));
        }
    });
    let router = use_route();
    let sign_out = Action::new_local(move |(): &()| {
        let csrf = session.csrf();
        async move {
            // Signed out on this page either way: a failed request leaves at worst a session
            // cookie that expires by itself.
            let _ = studio_api::logout(&csrf).await;
            session.signed_out();
        }
    });

    let account = move || {
        session.current().flatten().map(|s| {
            view! {
                <ShopSwitch />
                <a
                    class="studio-bar-link"
                    href=Route::Availability.path()
                    aria-current=move || (router.get() == Route::Availability).then_some("page")
                    on:click=move |ev| {
                        if is_plain_click(&ev) {
                            ev.prevent_default();
                            router.go(Route::Availability);
                        }
                    }
                >
                    {t("studio-nav-availability")}
                </a>
                <span class="studio-account">{s.user.email}</span>
                <button
                    type="button"
                    class="button small"
                    on:click=move |_| {
                        sign_out.dispatch(());
                    }
                >
                    {t("studio-sign-out")}
                </button>
            }
        })
    };

    view! {
        <header class="shop-bar studio-bar">
            <InboxLink class="shop-name studio-home">
                // Blank until the shop arrives (no flash of another name); the product's own name
                // stands in only if it cannot be read.
                <Suspense fallback=|| "\u{a0}">
                    {move || Suspend::new(async move {
                        let shop = shop.await.ok();
                        let name = shop
                            .as_ref()
                            .map_or_else(|| "Atelier".to_owned(), |s| s.name.clone()); // i18n: not words (the product's name)
                        let logo = shop
                            .and_then(|s| s.logo)
                            .map(|src| view! { <img class="shop-logo" src=src alt="" /> });
                        view! { <span class="studio-shop">{logo}{name}</span> }
                    })}
                </Suspense>
                <span class="studio-mark">" " {t("studio-mark")}</span>
            </InboxLink>
            <div class="studio-bar-end">{account}</div>
        </header>
    }
}
