//! The three entries' `index.html` as served: the built page with the shop's name in its title and
//! on its loading poster, and the poster's words (title, description, tagline, the picture's text,
//! the loading line, and the sentence and button shown if the app cannot load, with what "Try
//! again" says while offline) in the visitor's language, rendered once per language at start. The
//! app's own words arrive with the wasm; until then, and in the browser's tab, a visitor sees
//! whose shop this is, in their language.
//!
//! The configurator's poster is the app's top bar drawn before any script runs: the shop's logo
//! and name, the tagline, and the language switch's room (its label and every language's name,
//! hidden, so the bar is as tall and wide as the app's), in the shop's colours. Those are the
//! theme's custom properties on `<html>`'s `style` attribute (of the commission page too), where
//! the app puts them too; the
//! pages' Content-Security-Policy allows inline styles, and a value can hold no `;` or `<`
//! (`atelier_core::theme`), so each stays one declaration. Under the poster's loading line waits,
//! hidden, the sentence and "Try again" that the start script shows when the app cannot load or
//! start; the script holds no words, so its hash (the policy's) stays the built page's.
//!
//! The language is `?lang=`, then the browser's `Accept-Language`, then the shop's; the answer
//! varies by `Accept-Language` so caches keep one copy per language. `<html>` carries `lang`,
//! `dir` and `data-shop-lang` (which the app falls back on).

use crate::html::escape_html;
use crate::i18n::Words;
use atelier_core::i18n::{Arg, Lang};
use atelier_core::theme::{is_safe_value, THEME_KEYS};
use axum::body::Bytes;
use axum::http::{header, HeaderMap, HeaderValue};
use axum::response::{IntoResponse, Response};
use std::collections::BTreeMap;

/// The product's name as the built pages say it, which the shop's name replaces.
const PRODUCT: &str = "Atelier"; // i18n: not words (the name the build writes, replaced)

/// Which entry a page is: each says its own words on its poster.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entry {
    /// The configurator (`index.html`).
    Configurator,
    /// The jeweler's studio.
    Studio,
    /// The visitor's commission page.
    Commission,
}

/// What a poster shows of the shop, from its configuration.
#[derive(Debug, Clone, Copy)]
pub struct Shop<'a> {
    /// The shop's name (`shop_name`).
    pub name: &'a str,
    /// The shop's logo, when it has one.
    pub logo: Option<Logo<'a>>,
    /// Theme values by custom-property name without `--atelier-` (the `[theme]` table).
    pub theme: &'a BTreeMap<String, String>,
    /// The path the shop's addresses start with ([`Config::base_path`](crate::Config::base_path)):
    /// the page tells the app in `<meta name="atelier-base">`, and the app puts it before every
    /// address of the shop's own.
    pub base: &'a str,
}

/// The shop's logo as the poster shows it.
#[derive(Debug, Clone, Copy)]
pub struct Logo<'a> {
    /// Where the page loads it from.
    pub src: &'a str,
    /// Its own width and height, when they can be read: the bar keeps its room before it loads.
    pub size: Option<(u32, u32)>,
}

/// A page rendered in every language, ready to send.
#[derive(Debug, Clone)]
pub struct Page {
    /// One rendering per language, in [`Lang::ALL`]'s order.
    html: Vec<(Lang, Bytes)>,
    shop: Lang,
    entry: Entry,
}

impl Page {
    /// Renders `template` (a built `index.html` of `entry`) for `shop` in every language.
    pub fn new(template: &str, shop: Shop<'_>, entry: Entry, words: &Words) -> Self {
        let named = with_base(&render(template, shop.name), shop.base);
        let html = Lang::ALL
            .into_iter()
            .map(|lang| {
                let local = localize(&named, shop, entry, words, lang);
                // After the words: the logo's empty `alt` must not be taken for the picture's.
                let page = match entry {
                    Entry::Configurator => brand(&local, shop),
                    Entry::Studio | Entry::Commission => local,
                };
                (lang, Bytes::from(page))
            })
            .collect();
        Self {
            html,
            shop: words.shop_lang(),
            entry,
        }
    }

    /// The page in the language the request asks for (`?lang=`, then `Accept-Language`), else in
    /// the shop's; the studio speaks the shop's language whatever the browser's, as the studio app
    /// does. The compression layer encodes it for clients that ask.
    pub fn response(&self, query: Option<&str>, headers: &HeaderMap) -> Response {
        let browser = match self.entry {
            Entry::Studio => &HeaderMap::new(),
            Entry::Configurator | Entry::Commission => headers,
        };
        let lang = choose(query, browser).unwrap_or(self.shop);
        let html = self
            .html
            .iter()
            .find(|(l, _)| *l == lang)
            .or_else(|| self.html.first())
            .map(|(_, html)| html.clone())
            .unwrap_or_default();
        (
            [
                (
                    header::CONTENT_TYPE,
                    HeaderValue::from_static("text/html; charset=utf-8"),
                ),
                (header::VARY, HeaderValue::from_static("Accept-Language")),
            ],
            html,
        )
            .into_response()
    }
}

/// `html` with `<meta name="atelier-base" content="{base}">` first in its `<head>` (or before its
/// `<title>`, for a page that leaves `<head>` out), for a shop under a path; as it is for one at
/// the root.
fn with_base(html: &str, base: &str) -> String {
    if base.is_empty() {
        return html.to_owned();
    }
    let at = match html.find("<head>") {
        Some(head) => Some(head + "<head>".len()),
        None => html.find("<title>"),
    };
    match at {
        Some(at) => format!(
            "{}<meta name=\"atelier-base\" content=\"{}\">{}",
            &html[..at],
            escape_html(base),
            &html[at..]
        ),
        None => html.to_owned(),
    }
}

/// The visitor's language: `?lang=` when it names one of ours, then the first of the browser's
/// languages (by their `q` weights) that is.
pub fn choose(query: Option<&str>, headers: &HeaderMap) -> Option<Lang> {
    let asked = query
        .into_iter()
        .flat_map(|q| q.split('&'))
        .find_map(|pair| {
            let (name, value) = pair.split_once('=')?;
            (name == "lang").then(|| Lang::from_tag(value)).flatten()
        });
    let ours = |lang: &Lang| Lang::ALL.contains(lang);
    asked.filter(ours).or_else(|| {
        let header = headers.get(header::ACCEPT_LANGUAGE)?.to_str().ok()?;
        let mut tags: Vec<(f32, usize, &str)> = header
            .split(',')
            .enumerate()
            .filter_map(|(i, item)| {
                let mut parts = item.split(';');
                let tag = parts.next()?.trim();
                let q = parts
                    .find_map(|p| p.trim().strip_prefix("q="))
                    .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())?;
                (q > 0.0).then_some((q, i, tag))
            })
            .collect();
        tags.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        Lang::negotiate(tags.iter().map(|t| t.2)).filter(ours)
    })
}

/// The poster's words of `entry` in `lang`, and `<html lang dir data-shop-lang>` (with the shop's
/// colours in `style` on the configurator's). Each text is replaced only where the page says the
/// English message word for word, so a page and the message files that disagree keep the page's
/// own words rather than losing any.
fn localize(template: &str, shop: Shop<'_>, entry: Entry, words: &Words, lang: Lang) -> String {
    let reader = words.reader(lang.code());
    let english = words.reader(Lang::En.code());
    let shop_attr = escape_html(words.shop_tag());
    // The visitor's pages wear the shop's colours; the studio is the jeweler's own tool.
    let style = match entry {
        Entry::Configurator | Entry::Commission => theme_style(shop.theme),
        Entry::Studio => String::new(),
    };
    let mut html = replace_open_tag(
        template,
        "<html",
        &format!(
            "<html lang=\"{}\" dir=\"{}\" data-shop-lang=\"{shop_attr}\"{style}>",
            lang.code(),
            reader.dir()
        ),
    );
    let shop = [("shop", Arg::from(shop.name))];
    let pieces: &[(&str, char, &str)] = match entry {
        Entry::Configurator => &[
            ("<title>", '<', "email-page-title"),
            (
                "<meta name=\"description\" content=\"",
                '"',
                "email-page-description",
            ),
            ("class=\"shop-tagline\">", '<', "email-page-tagline"),
            ("class=\"poster-language\">", '<', "common-language"),
            ("alt=\"", '"', "email-page-poster-alt"),
            ("role=\"status\">", '<', "email-page-loading"),
            (
                "class=\"poster-failed-note\">",
                '<',
                "common-designer-failed",
            ),
            ("poster-retry\">", '<', "common-retry"),
            ("data-again=\"", '"', "common-still-offline"),
        ],
        Entry::Studio => &[("role=\"status\">", '<', "email-page-studio-loading")],
        Entry::Commission => &[
            ("<title>", '<', "email-page-commission-title"),
            ("role=\"status\">", '<', "email-page-commission-loading"),
        ],
    };
    for (marker, until, key) in pieces {
        let was = escape_html(&english.t_args(key, &shop));
        let now = escape_html(&reader.t_args(key, &shop));
        html = replace_inner(&html, marker, *until, &was, &now);
    }
    if entry == Entry::Configurator {
        html = fill_languages(&html, lang);
    }
    html
}

/// The theme's values as ` style="--atelier-accent: #0b6e4f; …"` (empty without any): known
/// names and safe values only, as the app applies them.
fn theme_style(theme: &BTreeMap<String, String>) -> String {
    let declarations: Vec<String> = theme
        .iter()
        .filter(|(name, value)| THEME_KEYS.contains(&name.as_str()) && is_safe_value(value))
        .map(|(name, value)| format!("--atelier-{name}: {}", value.trim()))
        .collect();
    if declarations.is_empty() {
        String::new()
    } else {
        format!(" style=\"{}\"", escape_html(&declarations.join("; ")))
    }
}

/// The shop's logo before its name in the configurator's poster bar, as the app's bar shows it,
/// with its own size so the name does not move when it arrives.
fn brand(html: &str, shop: Shop<'_>) -> String {
    let marker = "class=\"shop-name\">";
    match (shop.logo, html.find(marker)) {
        (Some(logo), Some(at)) => {
            let end = at + marker.len();
            let size = logo
                .size
                .map(|(w, h)| format!(" width=\"{w}\" height=\"{h}\""))
                .unwrap_or_default();
            format!(
                "{}<img class=\"shop-logo\" src=\"{}\"{size} alt=\"\" />{}",
                &html[..end],
                escape_html(logo.src),
                &html[end..]
            )
        }
        _ => html.to_owned(),
    }
}

/// The poster's language list: every language in its own name, `lang` chosen, as the app's
/// switch lists them, so the hidden list takes the room the app's will.
fn fill_languages(html: &str, lang: Lang) -> String {
    let marker = "class=\"poster-languages\"";
    let Some(at) = html.find(marker) else {
        return html.to_owned();
    };
    let Some(open_end) = html[at..].find('>').map(|i| at + i + 1) else {
        return html.to_owned();
    };
    let Some(close) = html[open_end..].find("</select>").map(|i| open_end + i) else {
        return html.to_owned();
    };
    let options: String = Lang::ALL
        .into_iter()
        .map(|l| {
            let selected = if l == lang { " selected" } else { "" };
            format!(
                "<option lang=\"{code}\" value=\"{code}\"{selected}>{name}</option>",
                code = l.code(),
                name = escape_html(l.autonym())
            )
        })
        .collect();
    format!("{}{options}{}", &html[..open_end], &html[close..])
}

/// The first tag that starts with `open` (`<html …>`) replaced whole by `tag`.
fn replace_open_tag(html: &str, open: &str, tag: &str) -> String {
    let Some(start) = html.find(open) else {
        return html.to_owned();
    };
    match html[start..].find('>') {
        Some(end) => format!("{}{tag}{}", &html[..start], &html[start + end + 1..]),
        None => html.to_owned(),
    }
}

/// What follows the first `marker` up to `until`, when it reads `was` (spaces around it aside),
/// replaced by `with` (both already escaped).
fn replace_inner(html: &str, marker: &str, until: char, was: &str, with: &str) -> String {
    let Some(at) = html.find(marker) else {
        return html.to_owned();
    };
    let start = at + marker.len();
    match html[start..].find(until) {
        Some(len) if html[start..start + len].trim() == was => {
            let inner = &html[start..start + len];
            let lead = &inner[..inner.len() - inner.trim_start().len()];
            let trail = &inner[inner.trim_end().len()..];
            format!(
                "{}{lead}{with}{trail}{}",
                &html[..start],
                &html[start + len..]
            )
        }
        _ => html.to_owned(),
    }
}

/// The product's name replaced by the shop's in the `<title>` and in every element of class
/// `shop-name` (the poster's bar), and nowhere else: scripts, comments and file names stay.
pub fn render(template: &str, shop_name: &str) -> String {
    let name = escape_html(shop_name);
    let replaced = replace_after(template, "<title>", &name);
    let mut out = String::with_capacity(replaced.len());
    let mut rest = replaced.as_str();
    let marker = "class=\"shop-name\">";
    while let Some(i) = rest.find(marker) {
        let end = i + marker.len();
        out.push_str(&rest[..end]);
        rest = &rest[end..];
        if let Some(tail) = rest.strip_prefix(PRODUCT) {
            out.push_str(&name);
            rest = tail;
        }
    }
    out.push_str(rest);
    out
}

/// `PRODUCT` replaced by `name` where it follows the first `open` tag directly.
fn replace_after(html: &str, open: &str, name: &str) -> String {
    match html.find(open) {
        Some(i) if html[i + open.len()..].starts_with(PRODUCT) => {
            let at = i + open.len();
            format!("{}{name}{}", &html[..at], &html[at + PRODUCT.len()..])
        }
        _ => html.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shop_name_goes_into_the_title_and_the_poster_escaped() {
        let page = "<title>Atelier · design your ring</title><script>init('Atelier')</script>\
                    <span class=\"shop-name\">Atelier</span><p>Atelier</p>";
        assert_eq!(
            render(page, "Maison <Vérel> & \"Fils\""),
            "<title>Maison &lt;Vérel&gt; &amp; &quot;Fils&quot; · design your ring</title>\
             <script>init('Atelier')</script>\
             <span class=\"shop-name\">Maison &lt;Vérel&gt; &amp; &quot;Fils&quot;</span><p>Atelier</p>"
        );
        let studio = "<title>Atelier Studio</title><span class=\"shop-name\">Atelier<span \
                      class=\"studio-mark\"> Studio</span></span>";
        assert_eq!(
            render(studio, "O'Neil"),
            "<title>O&#39;Neil Studio</title><span class=\"shop-name\">O&#39;Neil<span \
             class=\"studio-mark\"> Studio</span></span>"
        );
    }

    fn headers(accept: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::ACCEPT_LANGUAGE,
            HeaderValue::from_str(accept).expect("header"),
        );
        headers
    }

    #[test]
    fn the_language_is_the_query_then_the_browsers_by_weight() {
        let none = HeaderMap::new();
        assert_eq!(choose(Some("lang=de"), &none), Some(Lang::De));
        assert_eq!(choose(Some("d=abc&lang=ar-EG"), &none), Some(Lang::Ar));
        assert_eq!(choose(Some("lang=pt"), &headers("ja")), Some(Lang::Ja));
        assert_eq!(choose(Some("lang=en-XA"), &none), None);
        assert_eq!(
            choose(None, &headers("pt-BR, fr;q=0.4, it;q=0.8")),
            Some(Lang::It)
        );
        assert_eq!(choose(None, &headers("de;q=0, es")), Some(Lang::Es));
        assert_eq!(choose(None, &headers("pt-BR")), None);
        assert_eq!(choose(None, &none), None);
    }
}
