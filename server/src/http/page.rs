//! The three entries' `index.html` as served: the built page with the shop's name in its title and
//! on its loading poster, and the poster's words (title, description, tagline, the picture's text,
//! the loading line) in the visitor's language, rendered once per language at start. The app's own
//! words arrive with the wasm; until then, and in the browser's tab, a visitor sees whose shop
//! this is, in their language.
//!
//! The language is `?lang=`, then the browser's `Accept-Language`, then the shop's; the answer
//! varies by `Accept-Language` so caches keep one copy per language. `<html>` carries `lang`,
//! `dir` and `data-shop-lang` (which the app falls back on).

use crate::html::escape_html;
use crate::i18n::Words;
use atelier_core::i18n::{Arg, Lang};
use axum::body::Bytes;
use axum::http::{header, HeaderMap, HeaderValue};
use axum::response::{IntoResponse, Response};

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

/// A page rendered in every language, ready to send.
#[derive(Debug, Clone)]
pub struct Page {
    /// One rendering per language, in [`Lang::ALL`]'s order.
    html: Vec<(Lang, Bytes)>,
    shop: Lang,
    entry: Entry,
}

impl Page {
    /// Renders `template` (a built `index.html` of `entry`) for `shop_name` in every language.
    pub fn new(template: &str, shop_name: &str, entry: Entry, words: &Words) -> Self {
        let html = Lang::ALL
            .into_iter()
            .map(|lang| {
                let named = render(template, shop_name);
                (
                    lang,
                    Bytes::from(localize(&named, shop_name, entry, words, lang)),
                )
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

/// The poster's words of `entry` in `lang`, and `<html lang dir data-shop-lang>`. Each text is
/// replaced only where the page says the English message word for word, so a page and the
/// message files that disagree keep the page's own words rather than losing any.
fn localize(template: &str, shop_name: &str, entry: Entry, words: &Words, lang: Lang) -> String {
    let reader = words.reader(lang.code());
    let english = words.reader(Lang::En.code());
    let shop_attr = escape_html(words.shop_tag());
    let mut html = replace_open_tag(
        template,
        "<html",
        &format!(
            "<html lang=\"{}\" dir=\"{}\" data-shop-lang=\"{shop_attr}\">",
            lang.code(),
            reader.dir()
        ),
    );
    let shop = [("shop", Arg::from(shop_name))];
    let pieces: &[(&str, char, &str)] = match entry {
        Entry::Configurator => &[
            ("<title>", '<', "email-page-title"),
            (
                "<meta name=\"description\" content=\"",
                '"',
                "email-page-description",
            ),
            ("class=\"shop-tagline\">", '<', "email-page-tagline"),
            ("alt=\"", '"', "email-page-poster-alt"),
            ("role=\"status\">", '<', "email-page-loading"),
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
    html
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
