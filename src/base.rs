//! The shop's path prefix: where this shop's own server lives on its host.
//!
//! One host may serve many jewelers' shops, each under a prefix such as `/s/maison-verel`; the
//! server strips it and hands the request to the shop's app, so its routes stay `/api/…`,
//! `/studio/…`, `/c/<token>`. Every page it renders says the prefix in its `<head>`,
//! `<meta name="atelier-base" content="/s/maison-verel">`, absent or empty for a shop at the root.
//!
//! [`at`] puts the prefix before a path of the shop's server (an API call, a page, a link) and
//! [`strip`] takes it off the page's own path before the app reads its route. Hashed assets and
//! the message files (`/locales/…`) are served at the root for every shop and never go through
//! here. The string logic ([`valid`], [`join`], [`strip_from`]) is pure; only [`current`] reads
//! the page, once.

use std::sync::OnceLock;

/// The meta tag the server writes into every page it renders.
#[cfg(target_arch = "wasm32")]
const META_SELECTOR: &str = "meta[name=atelier-base]";

/// The shop's prefix on this page (`/s/maison-verel`), or `""` for a shop at the root. Read from
/// the page once; a malformed value counts as none.
pub fn current() -> &'static str {
    static BASE: OnceLock<String> = OnceLock::new();
    BASE.get_or_init(|| valid(&meta_content()).to_owned())
}

/// A path of the shop's server (starting with `/`) as the page must ask for it: with the shop's
/// prefix in front, e.g. `/api/shop` → `/s/maison-verel/api/shop`.
pub fn at(path: &str) -> String {
    join(current(), path)
}

/// The page's path without the shop's prefix, e.g. `/s/maison-verel/c/abc` → `/c/abc`, to read
/// the route from. A path outside the prefix comes back as it is.
pub fn strip(path: &str) -> &str {
    strip_from(current(), path)
}

/// `content` if it is a usable prefix, else `""`: empty, or `/` and more, not ending with `/`,
/// without `?`, `#`, `//`, `\`, whitespace, control characters or quotes. Anything else would
/// make [`at`]'s addresses point elsewhere (`//host` and `/\host` are other origins to a browser).
pub fn valid(content: &str) -> &str {
    let forbidden = |c: char| {
        c.is_whitespace() || c.is_control() || matches!(c, '?' | '#' | '\\' | '"' | '\'' | '`')
    };
    let usable = content.is_empty()
        || (content.starts_with('/')
            && !content.ends_with('/')
            && !content.contains("//")
            && !content.contains(forbidden));
    if usable {
        content
    } else {
        ""
    }
}

/// `path` under `base`: `join("/s/x", "/api")` is `/s/x/api`; a path without its leading `/`
/// gets one.
pub fn join(base: &str, path: &str) -> String {
    if path.starts_with('/') {
        format!("{base}{path}")
    } else {
        format!("{base}/{path}")
    }
}

/// `path` without `base` in front, on a segment boundary: `/s/x/studio` → `/studio`, `/s/x` →
/// `/`; `/s/xy` and paths outside `base` come back unchanged.
pub fn strip_from<'a>(base: &str, path: &'a str) -> &'a str {
    if base.is_empty() {
        return path;
    }
    match path.strip_prefix(base) {
        Some("") => "/",
        Some(rest) if rest.starts_with('/') => rest,
        _ => path,
    }
}

/// The meta tag's `content`, `""` when the page has none.
#[cfg(target_arch = "wasm32")]
fn meta_content() -> String {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(META_SELECTOR).ok().flatten())
        .and_then(|meta| meta.get_attribute("content"))
        .unwrap_or_default()
}

/// Natively (unit tests) there is no page: the shop is at the root.
#[cfg(not(target_arch = "wasm32"))]
fn meta_content() -> String {
    String::new()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_well_formed_prefix_is_kept() {
        assert_eq!(valid(""), "");
        assert_eq!(valid("/s/maison-verel"), "/s/maison-verel");
        assert_eq!(valid("/shop"), "/shop");
        assert_eq!(valid("/s/caf%C3%A9"), "/s/caf%C3%A9");
    }

    #[test]
    fn a_malformed_prefix_counts_as_none() {
        for bad in [
            "/",
            "s/maison-verel",
            "/s/maison-verel/",
            "/s/x?y=1",
            "/s/x#top",
            "//evil.example",
            "/s//x",
            "/\\evil.example",
            "/s/x y",
            "/s/x\t",
            " /s/x",
            "/s/x\n",
            "/s/\"x",
            "/s/'x",
            "/s/`x",
            "/s/x\u{0}",
            "https://evil.example/s/x",
        ] {
            assert_eq!(valid(bad), "", "{bad:?}");
        }
    }

    #[test]
    fn joins_a_path_under_the_prefix() {
        assert_eq!(join("", "/api/shop"), "/api/shop");
        assert_eq!(join("", "/"), "/");
        assert_eq!(join("/s/x", "/api/shop"), "/s/x/api/shop");
        assert_eq!(join("/s/x", "/"), "/s/x/");
        assert_eq!(join("/s/x", "/?d=AQ&step=metal"), "/s/x/?d=AQ&step=metal");
        assert_eq!(join("/s/x", "api/shop"), "/s/x/api/shop");
    }

    #[test]
    fn strips_the_prefix_on_a_segment_boundary_only() {
        assert_eq!(strip_from("", "/studio"), "/studio");
        assert_eq!(
            strip_from("/s/x", "/s/x/studio/briefs/AT-1"),
            "/studio/briefs/AT-1"
        );
        assert_eq!(strip_from("/s/x", "/s/x/"), "/");
        assert_eq!(strip_from("/s/x", "/s/x"), "/");
        assert_eq!(strip_from("/s/x", "/s/xy/studio"), "/s/xy/studio");
        assert_eq!(strip_from("/s/x", "/c/abc"), "/c/abc");
        assert_eq!(strip_from("/s/x", "/s/other/c/abc"), "/s/other/c/abc");
    }

    #[test]
    fn join_and_strip_undo_each_other() {
        for base in ["", "/s/maison-verel"] {
            for path in ["/", "/studio", "/c/abc", "/api/studio/briefs/AT-1"] {
                assert_eq!(strip_from(base, &join(base, path)), path);
            }
        }
    }

    #[test]
    fn natively_the_shop_is_at_the_root() {
        assert_eq!(current(), "");
        assert_eq!(at("/api/catalog"), "/api/catalog");
        assert_eq!(strip("/studio"), "/studio");
    }
}
