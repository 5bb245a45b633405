//! The configurator's poster as a browser gets it over real HTTP from the production accept loop:
//! the repository's own `index.html` rendered with the shop's name (escaped), logo (with its own
//! size, so the bar keeps its room until it loads) and colours, and the words of the app's top bar
//! (and of the sentence shown if the app cannot load) in the visitor's language, before any script
//! runs.

mod common;

use atelier_core::i18n::Lang;
use atelier_server::http::limits::HttpLimits;
use common::{fixture_with, Fixture};
use std::net::SocketAddr;
use std::path::Path;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// A name a jeweler could type that would run script if any page took it as HTML.
const HOSTILE_NAME: &str = "<script>alert(1)</script> & \"Ringe\"";

/// The repository's folder (the server crate's parent).
fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap_or(Path::new("."))
}

/// A shop with the hostile name, a logo and a theme, serving the repository's `index.html` (whose
/// `<body>`, the poster, is what the build keeps as it is).
async fn shop() -> Fixture {
    let f = fixture_with(move |c| {
        c.shop_name = HOSTILE_NAME.to_owned();
        c.shop_logo = Some(c.static_dir.with_file_name("logo.svg"));
        c.theme = [
            ("accent", "#0b6e4f"),
            ("surface", "#cfe3d8"),
            ("font-display", "\"Cormorant Garamond\", serif"),
            // Neither can reach the configuration (it is checked at start); the page leaves
            // them out all the same.
            ("bg", "red; color: blue"),
            ("unknown", "#000"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect();
    })
    .await;
    let logo = f.state.config.shop_logo.clone().expect("a logo");
    std::fs::write(
        logo,
        "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 120.4 40\"/>",
    )
    .expect("logo");
    let template = std::fs::read_to_string(repo().join("index.html")).expect("index.html");
    std::fs::write(f.state.config.static_dir.join("index.html"), template).expect("page");
    f
}

/// The whole app on a real listener through the production accept loop.
async fn serve(f: &Fixture) -> SocketAddr {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("listen");
    let address = listener.local_addr().expect("address");
    tokio::spawn(atelier_server::http::serve::serve(
        listener,
        atelier_server::app(f.state.clone()),
        HttpLimits::default(),
        vec![],
        std::future::pending(),
    ));
    address
}

/// A response as it came off the wire: its head (lower-cased header names) and its body.
struct Answer {
    head: String,
    body: String,
}

impl Answer {
    fn header(&self, name: &str) -> Option<&str> {
        self.head.lines().find_map(|line| {
            let (n, v) = line.split_once(':')?;
            n.eq_ignore_ascii_case(name).then(|| v.trim())
        })
    }
}

/// `GET path` with these extra header lines, as a browser sends it, read until the server closes.
async fn get(address: SocketAddr, path: &str, extra: &str) -> Answer {
    let mut stream = TcpStream::connect(address).await.expect("connect");
    let request = format!(
        "GET {path} HTTP/1.1\r\nHost: {address}\r\nAccept: text/html\r\n{extra}Connection: close\r\n\r\n"
    );
    stream.write_all(request.as_bytes()).await.expect("send");
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).await.expect("read");
    let text = String::from_utf8(raw).expect("utf-8 answer");
    let (head, body) = text.split_once("\r\n\r\n").expect("a head and a body");
    assert!(head.starts_with("HTTP/1.1 200"), "{head}");
    Answer {
        head: head.to_owned(),
        body: body.to_owned(),
    }
}

/// The text between the first `open` and the next `<` (element content, still escaped).
fn content_after<'a>(html: &'a str, open: &str) -> &'a str {
    let start = html
        .find(open)
        .unwrap_or_else(|| panic!("{open} in the page"))
        + open.len();
    let len = html[start..].find('<').expect("the element's end");
    html[start..start + len].trim()
}

#[tokio::test]
async fn the_poster_carries_the_shops_name_escaped_its_logo_and_its_colours() {
    let f = shop().await;
    let address = serve(&f).await;
    let page = get(address, "/", "").await;
    assert_eq!(
        page.header("content-type"),
        Some("text/html; charset=utf-8")
    );
    // The colours sit on <html style>: the policy must allow inline styles, or they vanish.
    let csp = page.header("content-security-policy").expect("a policy");
    assert!(csp.contains("style-src 'self' 'unsafe-inline'"), "{csp}");
    assert!(
        page.body.contains(
            "<html lang=\"en\" dir=\"ltr\" data-shop-lang=\"en\" style=\"--atelier-accent: \
             #0b6e4f; --atelier-font-display: &quot;Cormorant Garamond&quot;, serif; \
             --atelier-surface: #cfe3d8\">"
        ),
        "{}",
        &page.body[..page.body.find("<body>").unwrap_or(page.body.len())]
    );
    let escaped = "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Ringe&quot;";
    assert!(
        page.body.contains(&format!(
            "<span class=\"shop-name\"><img class=\"shop-logo\" src=\"/api/shop/logo\" \
             width=\"120\" height=\"40\" alt=\"\" />{escaped}</span>"
        )),
        "{}",
        page.body
    );
    assert!(page
        .body
        .contains(&format!("<title>{escaped} · design your ring</title>")));
    assert!(!page.body.contains("<script>alert"), "{}", page.body);
    assert!(!page.body.contains("color: blue") && !page.body.contains("--atelier-unknown"));
    // The picture keeps its words and its size, with the logo's empty alt beside it.
    assert!(page.body.contains(
        "<img src=\"poster.svg\" width=\"640\" height=\"480\" fetchpriority=\"high\" \
         alt=\"A yellow-gold solitaire ring; the 3D preview is loading\" />"
    ));
}

#[tokio::test]
async fn the_posters_bar_says_what_the_apps_bar_will_in_each_language() {
    let f = shop().await;
    let address = serve(&f).await;
    for lang in Lang::ALL {
        let code = lang.code();
        let page = get(address, "/", &format!("Accept-Language: {code}\r\n")).await;
        assert_eq!(page.header("vary"), Some("Accept-Language"), "{code}");
        let html = &page.body;
        assert!(
            html.contains(&format!("<html lang=\"{code}\"")),
            "{code}: {html}"
        );
        // The same words as the app's bar, so the tagline wraps where the app's will.
        let app = std::fs::read_to_string(repo().join(format!("locales/{code}/start.ftl")))
            .expect("start.ftl");
        let common = std::fs::read_to_string(repo().join(format!("locales/{code}/common.ftl")))
            .expect("common.ftl");
        assert_eq!(
            unescape(content_after(html, "<h1 class=\"shop-tagline\">")),
            message(&app, "cfg-tagline"),
            "{code}"
        );
        assert_eq!(
            unescape(content_after(html, "<label class=\"poster-language\">")),
            message(&common, "common-language"),
            "{code}"
        );
        // Every language in its own name, as the app's switch lists them, this one chosen.
        let options: Vec<String> = Lang::ALL
            .into_iter()
            .map(|l| {
                let chosen = if l == lang { " selected" } else { "" };
                format!(
                    "<option lang=\"{0}\" value=\"{0}\"{chosen}>{1}</option>",
                    l.code(),
                    l.autonym()
                )
            })
            .collect();
        assert!(
            html.contains(&format!(
                "<select class=\"poster-languages\" disabled tabindex=\"-1\">{}</select>",
                options.concat()
            )),
            "{code}: {html}"
        );
    }
}

#[tokio::test]
async fn the_posters_failure_sentence_and_button_wait_hidden_in_each_language() {
    let f = shop().await;
    let address = serve(&f).await;
    for lang in Lang::ALL {
        let code = lang.code();
        let page = get(address, "/", &format!("Accept-Language: {code}\r\n")).await;
        let html = &page.body;
        let common = std::fs::read_to_string(repo().join(format!("locales/{code}/common.ftl")))
            .expect("common.ftl");
        let email = std::fs::read_to_string(repo().join(format!("locales/{code}/email.ftl")))
            .expect("email.ftl");
        // The loading line stays what it was; the alert beside it waits hidden until the start
        // script shows it.
        assert_eq!(
            unescape(content_after(
                html,
                "<p class=\"poster-note\" role=\"status\">"
            )),
            message(&email, "email-page-loading"),
            "{code}"
        );
        assert!(
            html.contains("<div class=\"poster-failed\" role=\"alert\" hidden>"),
            "{code}: {html}"
        );
        assert_eq!(
            unescape(content_after(html, "<p class=\"poster-failed-note\">")),
            message(&common, "common-designer-failed"),
            "{code}"
        );
        assert_eq!(
            unescape(content_after(
                html,
                "<button type=\"button\" class=\"button primary poster-retry\">"
            )),
            message(&common, "common-retry"),
            "{code}"
        );
        // What "Try again" says offline waits in an attribute of the (empty) status line under it.
        let again = content_after(
            html,
            "<p class=\"poster-again\" role=\"status\" data-again=\"",
        );
        assert_eq!(
            unescape(again.split('"').next().unwrap_or_default()),
            message(&common, "common-still-offline"),
            "{code}"
        );
        if lang != Lang::En {
            assert!(!html.contains("could not be loaded"), "{code}: {html}");
        }
    }
}

/// A one-line message's text in a Fluent file.
fn message(ftl: &str, key: &str) -> String {
    ftl.lines()
        .find_map(|line| line.strip_prefix(key)?.trim_start().strip_prefix('='))
        .unwrap_or_else(|| panic!("{key}"))
        .trim()
        .to_owned()
}

/// Element content with the references the server writes turned back into characters.
fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}
