//! Which language a visitor sees, in the order the embed, the address, the visitor and the shop
//! have a say: the embed's `locale`, `?lang=`, the choice remembered on this device, the browser's
//! languages, then the shop's language (which the server writes into the page as
//! `<html data-shop-lang>`), then English.

use atelier_core::i18n::Lang;

/// Where the visitor's own choice is kept.
const STORAGE_KEY: &str = "atelier.lang";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The browser's languages, most wanted first.
pub fn browser_tags() -> Vec<String> {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return Vec::new();
    };
    let tags: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    if tags.is_empty() {
        navigator.language().into_iter().collect()
    } else {
        tags
    }
}

fn query_param(name: &str) -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    crate::url::param(search.trim_start_matches('?'), name)
}

/// The shop's language, as the server wrote it into the page.
pub fn shop_tag() -> Option<String> {
    web_sys::window()?
        .document()?
        .document_element()?
        .get_attribute("data-shop-lang")
}

/// The language to start in.
pub fn initial() -> Lang {
    let embed = query_param("embed")
        .filter(|v| v == "1")
        .and_then(|_| query_param("locale"));
    let stored = storage().and_then(|s| s.get_item(STORAGE_KEY).ok().flatten());
    let mut candidates: Vec<String> = [embed, query_param("lang"), stored]
        .into_iter()
        .flatten()
        .collect();
    candidates.extend(browser_tags());
    candidates.extend(shop_tag());
    Lang::negotiate(candidates.iter().map(String::as_str)).unwrap_or(Lang::En)
}

/// Remembers the visitor's choice on this device.
pub fn remember(lang: Lang) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(STORAGE_KEY, lang.code());
    }
}

/// The tag `Intl` formats for: the first of the embed's, the address's or the browser's tags in
/// this language (keeping its region: `de-CH` groups thousands with ’), else the language's code.
pub fn intl_tag(lang: Lang) -> String {
    if lang == Lang::Pseudo {
        return "en".to_owned();
    }
    let mut tags: Vec<String> = [query_param("locale"), query_param("lang")]
        .into_iter()
        .flatten()
        .collect();
    tags.extend(browser_tags());
    tags.into_iter()
        .find(|t| Lang::from_tag(t) == Some(lang) && t.len() <= 35)
        .unwrap_or_else(|| lang.code().to_owned())
}

/// Sets `<html lang dir>` for the language on screen.
pub fn mark_document(lang: Lang, tag: &str) {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    let lang_attr = if lang == Lang::Pseudo { "en-XA" } else { tag };
    let _ = root.set_attribute("lang", lang_attr);
    let _ = root.set_attribute("dir", if lang.is_rtl() { "rtl" } else { "ltr" });
}
