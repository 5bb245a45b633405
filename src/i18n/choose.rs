//! Which language a visitor sees, in the order the embed, the address, the visitor and the shop
//! have a say: the embed's `locale`, `?lang=`, the choice remembered on this device, the browser's
//! languages, then the shop's language (which the server writes into the page as
//! `<html data-shop-lang>`), then English. The studio speaks the shop's language instead: `?lang=`,
//! then the shop's, then the browser's, then English.

use atelier_core::i18n::{Area, Lang};

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

/// The language to start in, for the app of `area`.
pub fn initial(area: Area) -> Lang {
    let embed = query_param("embed")
        .filter(|v| v == "1")
        .and_then(|_| query_param("locale"));
    let stored = storage().and_then(|s| s.get_item(STORAGE_KEY).ok().flatten());
    let candidates = order(
        area,
        Said {
            embed,
            address: query_param("lang"),
            stored,
            browser: browser_tags(),
            shop: shop_tag(),
        },
    );
    Lang::negotiate(candidates.iter().map(String::as_str)).unwrap_or(Lang::En)
}

/// Every place that may name a language.
#[derive(Debug, Default)]
pub struct Said {
    /// The embed's `locale`.
    pub embed: Option<String>,
    /// The address's `?lang=`.
    pub address: Option<String>,
    /// The choice remembered on this device.
    pub stored: Option<String>,
    /// The browser's languages, most wanted first.
    pub browser: Vec<String>,
    /// The shop's language.
    pub shop: Option<String>,
}

/// The tags to try, first wanted first. The studio is the jeweler's: the shop's language comes
/// before the browser's, and a visitor's choice remembered on the same device does not count.
pub fn order(area: Area, said: Said) -> Vec<String> {
    let Said {
        embed,
        address,
        stored,
        browser,
        shop,
    } = said;
    let mut tags: Vec<String> = Vec::new();
    if area == Area::Studio {
        tags.extend(address);
        tags.extend(shop);
        tags.extend(browser);
    } else {
        tags.extend([embed, address, stored].into_iter().flatten());
        tags.extend(browser);
        tags.extend(shop);
    }
    tags
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
    tags.extend(shop_tag());
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

#[cfg(test)]
mod tests {
    use super::*;

    fn first(area: Area, said: Said) -> Option<Lang> {
        let tags = order(area, said);
        Lang::negotiate(tags.iter().map(String::as_str))
    }

    fn german_shop_french_browser() -> Said {
        Said {
            embed: None,
            address: None,
            stored: Some("es".to_owned()),
            browser: vec!["fr-FR".to_owned(), "en".to_owned()],
            shop: Some("de-CH".to_owned()),
        }
    }

    #[test]
    fn the_studio_speaks_the_shops_language_over_the_browsers() {
        assert_eq!(
            first(Area::Studio, german_shop_french_browser()),
            Some(Lang::De)
        );
        assert_eq!(
            first(Area::App, german_shop_french_browser()),
            Some(Lang::Es)
        );
    }

    #[test]
    fn the_address_still_wins_in_the_studio() {
        let said = Said {
            address: Some("ja".to_owned()),
            ..german_shop_french_browser()
        };
        assert_eq!(first(Area::Studio, said), Some(Lang::Ja));
    }

    #[test]
    fn without_a_shop_language_the_studio_follows_the_browser() {
        let said = Said {
            shop: None,
            ..german_shop_french_browser()
        };
        assert_eq!(first(Area::Studio, said), Some(Lang::Fr));
    }
}
