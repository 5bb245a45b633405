//! The two entries' `index.html` as served: the built page with the shop's name in its title and
//! on its loading poster, rendered once at start. The app's own words arrive with the wasm; until
//! then, and in the browser's tab, a visitor sees whose shop this is.

use crate::html::escape_html;
use axum::body::Bytes;
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};

/// The product's name as the built pages say it, which the shop's name replaces.
const PRODUCT: &str = "Atelier";

/// A rendered page, ready to send.
#[derive(Debug, Clone)]
pub struct Page {
    html: Bytes,
}

impl Page {
    /// Renders `template` (a built `index.html`) for `shop_name`.
    pub fn new(template: &str, shop_name: &str) -> Self {
        Self {
            html: Bytes::from(render(template, shop_name)),
        }
    }

    /// The page as an HTTP answer; the compression layer encodes it for clients that ask.
    pub fn response(&self) -> Response {
        (
            [(
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/html; charset=utf-8"),
            )],
            self.html.clone(),
        )
            .into_response()
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
}
