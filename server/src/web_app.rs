//! Serves the built web app: its two entries, each with its own `index.html` for every page path
//! (so `/studio/briefs/AT-…` works on a fresh load), hashed assets cached for a year, the
//! message files revalidated and readable from any site, and the `.br`/`.gz` copies the build
//! writes sent as they are.
//!
//! `cargo xtask build` puts the visitor's configurator in the static folder and the jeweler's
//! studio (its own wasm, so visitors never download it) in [`STUDIO_DIR`] under it, built for the
//! URL path `/studio/`. So `/studio` and everything under it come from there, with the studio's
//! page as the fallback; every other path is the configurator's, as before. A missing file is a
//! 404, never a page (see [`static_guard::names_a_file`]).
//!
//! The visitor's commission page is a third entry in [`COMMISSION_DIR`], served under `/c/` the
//! same way, with `X-Robots-Tag: noindex` and `Referrer-Policy: no-referrer` on everything there:
//! its addresses hold private tokens. A build without it answers every `/c/…` with a 404.

use crate::http::page::{Entry, Logo, Page, Shop};
use crate::http::static_guard;
use crate::i18n::Words;
use crate::Config;
use axum::extract::{Request, State};
use axum::handler::{Handler, HandlerService, HandlerWithoutStateExt};
use axum::http::{header, HeaderName, HeaderValue, Method};
use axum::middleware::Next;
use axum::response::Response;
use axum::Router;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use tower_http::services::ServeDir;

/// The studio's folder inside the static folder, and the URL path it is served under.
pub const STUDIO_DIR: &str = "studio";
const STUDIO_PATH: &str = "/studio";
/// The commission page's folder inside the static folder, and the URL path it is served under.
pub const COMMISSION_DIR: &str = "c";
const COMMISSION_PATH: &str = "/c";

/// The pages the server needs to serve the whole app: the configurator's and the studio's.
pub fn pages(static_dir: &Path) -> [PathBuf; 2] {
    [
        static_dir.join("index.html"),
        static_dir.join(STUDIO_DIR).join("index.html"),
    ]
}

/// The router behind every non-API path; only pages on `allowed_origins` may frame it.
///
/// A static folder without the studio's page is served as one app, as before the studio had an
/// entry of its own: a build from then holds both sides in one wasm and routes `/studio` itself.
/// The server's start warns about such a folder.
pub fn router(config: &Config, words: &Words) -> Router {
    let static_dir = config.static_dir.as_path();
    let hashes = crate::http::csp::inline_script_hashes(static_dir);
    let page_policy = Arc::new(crate::embed::EmbedHeaders::new(
        &config.allowed_origins,
        &hashes,
    ));
    let [configurator_page, studio_page] = pages(static_dir);
    let commission_page = static_dir.join(COMMISSION_DIR).join("index.html");
    let rendered = Arc::new(Rendered {
        configurator: load(&configurator_page, config, Entry::Configurator, words),
        studio: studio_page
            .is_file()
            .then(|| load(&studio_page, config, Entry::Studio, words))
            .flatten(),
        commission: commission_page
            .is_file()
            .then(|| load(&commission_page, config, Entry::Commission, words))
            .flatten(),
    });
    let router = if rendered.studio.is_some() {
        Router::new().nest_service(
            STUDIO_PATH,
            files(&static_dir.join(STUDIO_DIR), rendered.studio.clone()),
        )
    } else {
        Router::new()
    };
    let commission = match &rendered.commission {
        Some(page) => Router::new().nest_service(
            COMMISSION_PATH,
            files(&static_dir.join(COMMISSION_DIR), Some(page.clone())),
        ),
        None => Router::new().nest_service(
            COMMISSION_PATH,
            axum::routing::any(|| async { static_guard::not_found() }),
        ),
    }
    .layer(axum::middleware::map_response(private_page));
    let root = Arc::new(static_guard::StaticRoot::new(static_dir));
    router
        .merge(commission)
        .fallback_service(files(static_dir, rendered.configurator.clone()))
        .layer(axum::middleware::from_fn_with_state(rendered, entry_pages))
        .layer(axum::middleware::from_fn_with_state(
            root,
            static_guard::guard,
        ))
        .layer(axum::middleware::from_fn(cache_policy))
        .layer(axum::middleware::from_fn_with_state(
            page_policy,
            crate::embed::headers,
        ))
}

/// Each entry's page, rendered for the shop at start.
#[derive(Debug)]
struct Rendered {
    configurator: Option<Page>,
    studio: Option<Page>,
    commission: Option<Page>,
}

fn load(path: &Path, config: &Config, entry: Entry, words: &Words) -> Option<Page> {
    match std::fs::read_to_string(path) {
        Ok(template) => {
            let logo_src = config.shop_path(crate::routes::shop::LOGO_PATH);
            let shop = Shop {
                name: &config.shop_name,
                logo: config.shop_logo.as_deref().map(|path| Logo {
                    src: &logo_src,
                    size: logo_size(path),
                }),
                theme: &config.theme,
                base: &config.base_path,
            };
            Some(Page::new(&template, shop, entry, words))
        }
        Err(e) => {
            tracing::warn!(page = %path.display(), error = %e, "cannot read a page of the web app");
            None
        }
    }
}

/// The logo file's own width and height: a PNG's, JPEG's or WebP's pixels, or an SVG's `width`
/// and `height` (plain numbers or pixels), else its `viewBox`'s.
fn logo_size(path: &Path) -> Option<(u32, u32)> {
    let bytes = std::fs::read(path).ok()?;
    if let Ok((_, size)) = crate::image::inspect(&bytes) {
        return Some((size.width, size.height));
    }
    let text = std::str::from_utf8(&bytes).ok()?;
    let start = text.find("<svg")?;
    let tag = &text[start..start + text[start..].find('>')?];
    let attribute = |name: &str| {
        let at = tag.find(&format!(" {name}="))? + name.len() + 2;
        let quote = tag[at..].chars().next()?;
        let value = &tag[at + 1..];
        Some(&value[..value.find(quote)?])
    };
    let fits = |n: f64| (n.is_finite() && (1.0..=100_000.0).contains(&n)).then_some(n);
    let number = |v: &str| fits(v.trim().trim_end_matches("px").parse().ok()?);
    let (width, height) = match (
        attribute("width").and_then(number),
        attribute("height").and_then(number),
    ) {
        (Some(w), Some(h)) => (w, h),
        _ => {
            let parts: Vec<f64> = attribute("viewBox")?
                .split(|c: char| c.is_whitespace() || c == ',')
                .filter(|p| !p.is_empty())
                .map(|p| p.parse().ok())
                .collect::<Option<_>>()?;
            match parts[..] {
                [_, _, w, h] => (fits(w)?, fits(h)?),
                _ => return None,
            }
        }
    };
    // Whole pixels: only the ratio matters, with the bar's CSS setting the height.
    Some((width.round() as u32, height.round() as u32))
}

/// The entries' own addresses get the rendered page, never the built file as it is on disk
/// (which the file server would send for a folder or for `index.html` itself).
async fn entry_pages(
    State(rendered): State<Arc<Rendered>>,
    request: Request,
    next: Next,
) -> Response {
    let page = match request.uri().path() {
        "/" | "/index.html" => rendered.configurator.as_ref(),
        "/studio" | "/studio/" | "/studio/index.html" => rendered.studio.as_ref(),
        "/c" | "/c/" | "/c/index.html" => rendered.commission.as_ref(),
        _ => None,
    };
    match page {
        Some(page) if request.method() == Method::GET || request.method() == Method::HEAD => {
            page.response(request.uri().query(), request.headers())
        }
        _ => next.run(request).await,
    }
}

/// One entry's files, and its rendered page for any path that is not a file. A client that
/// accepts brotli or gzip gets the `.br` or `.gz` copy of a file when there is one (with
/// `Content-Encoding`, so the compression layer leaves it alone); one that accepts neither gets
/// the file itself. The page is encoded on the fly by the compression layer.
fn files(dir: &Path, page: Option<Page>) -> ServeDir<HandlerService<PageHandler, (), ()>> {
    let fallback = PageHandler(page);
    ServeDir::new(dir)
        .precompressed_br()
        .precompressed_gzip()
        .fallback(fallback.into_service())
}

/// Answers a path that is no file with an entry's page, or 404 when the build has none. A path
/// that names a file (`/.well-known/security.txt`, `/favicon.ico`) and got here is missing, so it
/// is a 404 too.
#[derive(Debug, Clone)]
struct PageHandler(Option<Page>);

impl Handler<(), ()> for PageHandler {
    type Future = std::future::Ready<Response>;

    fn call(self, request: Request, _state: ()) -> Self::Future {
        std::future::ready(match &self.0 {
            Some(page) if !static_guard::names_a_file(request.uri().path()) => {
                page.response(request.uri().query(), request.headers())
            }
            _ => static_guard::not_found(),
        })
    }
}

/// Everything under `/c/` stays out of search engines, and its address (a private token) out of
/// the `Referer` of anything the page loads or links to.
async fn private_page(mut response: Response) -> Response {
    let headers = response.headers_mut();
    headers.insert(
        HeaderName::from_static("x-robots-tag"),
        HeaderValue::from_static("noindex, nofollow"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    response
}

/// The folder of the message files the app fetches (`/locales/<lang>/<area>.ftl`).
const LOCALES_PATH: &str = "/locales/";

/// Trunk puts a content hash in every asset name, so assets never change and may be cached for
/// good; HTML must be revalidated so a new release is picked up at once, and a refusal (a 404)
/// must not be cached for good either. The message files under [`LOCALES_PATH`] keep their
/// names across releases, so they are revalidated too; they are public words that the embed
/// loader fetches from the shop's own site, so any origin may read them.
///
/// Every file may exist in several encodings, so caches must key it by `Accept-Encoding`. The
/// compression layer says so only when it compresses, not for a copy sent from disk.
async fn cache_policy(request: Request, next: Next) -> Response {
    let words = request.uri().path().starts_with(LOCALES_PATH);
    let mut response = next.run(request).await;
    let headers = response.headers();
    let is_html = headers
        .get(header::CONTENT_TYPE)
        .is_some_and(|t| t.as_bytes().starts_with(b"text/html"));
    let varies = headers.get_all(header::VARY).iter().any(|v| {
        v.to_str().is_ok_and(|v| {
            v.split(',')
                .any(|name| name.trim().eq_ignore_ascii_case("accept-encoding"))
        })
    });
    let success = response.status().is_success();
    let policy = if is_html || words || !success {
        "no-cache"
    } else {
        "public, max-age=31536000, immutable"
    };
    let headers = response.headers_mut();
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(policy));
    if words && success {
        headers.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/plain; charset=utf-8"),
        );
        headers.insert(
            header::ACCESS_CONTROL_ALLOW_ORIGIN,
            HeaderValue::from_static("*"),
        );
    }
    if !varies {
        headers.append(header::VARY, HeaderValue::from_static("accept-encoding"));
    }
    response
}
