//! One deployment, many shops: which shop each request is for, and each shop's app.
//!
//! A deployment of one jeweler (`shops = "one"`, the default) answers every request as shop 1,
//! the shop `atelier.toml` describes: nothing to set up, exactly as before shops. A host
//! (`shops = "by_host"`) finds each request's shop by its host name, among the names given with
//! `atelier-server shop add|edit --host`; `shops = "by_path"` serves each shop under
//! `/s/<slug>/` on one address, taking the prefix off before the shop's app sees the request
//! (its pages tell the browser the prefix, [`Config::base_path`](crate::Config::base_path)). The
//! built assets are every shop's, so they are served once, at the root.
//!
//! Each shop's app is the very router one shop runs ([`crate::app`]), built from that shop's
//! configuration ([`Config::for_shop`](crate::Config::for_shop)) with a database handle scoped to it
//! ([`Database::for_shop`](crate::store::Database::for_shop)): whatever a handler asks the store,
//! it reads and writes its own shop's rows only, so the wall between shops is the store's, not
//! each handler's. Apps are built on a shop's first request and kept. The shops' rows are read
//! again every few seconds ([`Deployment::refresh`]), so a shop added, edited or disabled from the
//! command line reaches running servers without a restart.

mod files;

use crate::config::ShopFinding;
use crate::html::escape_html;
use crate::store::shops::{self, ShopRow};
use crate::store::{DbError, ShopId};
use crate::AppState;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{header, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Redirect, Response};
use axum::Router;
use std::collections::HashMap;
use std::sync::{Arc, RwLock};
use tower::ServiceExt;

/// How often a serving process reads the shops again.
pub const REFRESH_EVERY: std::time::Duration = std::time::Duration::from_secs(5);

/// Every shop of the deployment, and the apps of those that were asked for.
#[derive(Debug, Clone)]
pub struct Deployment {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    /// Shop 1's state, from `atelier.toml`: the deployment's shared parts come from it.
    first: AppState,
    first_router: Router,
    known: RwLock<Known>,
    apps: RwLock<HashMap<ShopId, Built>>,
    /// Each shop's settings whose files were last written out to this server ([`files`]).
    written: tokio::sync::Mutex<HashMap<ShopId, String>>,
}

/// The shops as last read from the database.
#[derive(Debug, Default)]
struct Known {
    shops: HashMap<ShopId, ShopRow>,
    hosts: HashMap<String, ShopId>,
    slugs: HashMap<String, ShopId>,
}

/// A shop's app, or why it could not be built, for the settings it was built from.
#[derive(Debug, Clone)]
struct Built {
    settings: String,
    app: Result<(AppState, Router), String>,
}

/// What a disabled shop's app is given to: not to requests, but to its deliveries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Disabled {
    Refuse,
    Serve,
}

/// Why a request has no shop to answer it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Closed {
    /// No shop answers on this host name.
    Unknown,
    /// The shop is disabled.
    Disabled,
    /// The shop's settings no longer make a working shop (logged with the reason).
    Broken,
}

impl Deployment {
    /// The deployment of `first`, shop 1 (whose configuration is `atelier.toml`), with every
    /// shop read from its database.
    pub async fn start(first: AppState) -> Result<Self, DbError> {
        let first_router = crate::app(first.clone());
        let deployment = Self {
            inner: Arc::new(Inner {
                first,
                first_router,
                known: RwLock::new(Known::default()),
                apps: RwLock::new(HashMap::new()),
                written: tokio::sync::Mutex::new(HashMap::new()),
            }),
        };
        deployment.refresh().await?;
        Ok(deployment)
    }

    /// Shop 1's state: the shop of `atelier.toml`, and the deployment's shared parts.
    pub fn first(&self) -> &AppState {
        &self.inner.first
    }

    /// Reads the shops and their host names again; an app whose shop was edited, disabled or
    /// erased since it was built is dropped, to be built anew on its next request.
    pub async fn refresh(&self) -> Result<(), DbError> {
        let db = &self.inner.first.db;
        let rows = shops::list(db).await?;
        let hosts = shops::hosts(db).await?;
        self.write_out_files(&rows).await;
        let known = Known {
            slugs: rows.iter().map(|row| (row.slug.clone(), row.id)).collect(),
            shops: rows.into_iter().map(|row| (row.id, row)).collect(),
            hosts: hosts.into_iter().collect(),
        };
        if let Ok(mut apps) = self.inner.apps.write() {
            apps.retain(|id, built| {
                known
                    .shops
                    .get(id)
                    .is_some_and(|row| row.disabled_at.is_none() && row.settings == built.settings)
            });
        }
        if let Ok(mut current) = self.inner.known.write() {
            *current = known;
        }
        Ok(())
    }

    /// Writes out the files of every shop whose settings changed since they were last written
    /// (at start, every shop's), before any app is built from those settings. A shop whose files
    /// cannot be written is tried again at the next refresh; its app meanwhile reads the paths
    /// its settings give.
    async fn write_out_files(&self, rows: &[ShopRow]) {
        let first = &self.inner.first;
        let mut written = self.inner.written.lock().await;
        let changed: Vec<&ShopRow> = rows
            .iter()
            .filter(|row| row.id != ShopId::FIRST && written.get(&row.id) != Some(&row.settings))
            .collect();
        if changed.is_empty() {
            return;
        }
        // Asked once, so that shops without files cost no statement each.
        let holding = match crate::store::shop_files::shops_with_files(&first.db).await {
            Ok(holding) => holding,
            Err(e) => {
                tracing::warn!(error = %e, "cannot read which shops have files");
                return;
            }
        };
        for row in changed {
            if !holding.contains(&row.id) {
                written.insert(row.id, row.settings.clone());
                continue;
            }
            match files::write_out(&first.db, &first.config.data_dir, row.id).await {
                Ok(()) => {
                    written.insert(row.id, row.settings.clone());
                }
                Err(reason) => {
                    tracing::warn!(shop = %row.slug, %reason, "cannot write out the shop's files")
                }
            }
        }
    }

    /// The state of `shop`'s app (building it if no request has yet), for delivering its briefs:
    /// a disabled shop's deliveries still go, since its briefs were sent while it was open. Why
    /// not, when the shop is gone or its settings no longer make a working shop.
    pub fn delivering_for(&self, shop: ShopId) -> Result<AppState, String> {
        self.app_of(shop, Disabled::Serve)
            .map(|(state, _)| state)
            .map_err(|closed| match closed {
                Closed::Unknown => format!("shop {shop} is gone"),
                Closed::Disabled | Closed::Broken => {
                    format!("shop {shop}'s settings make no working shop")
                }
            })
    }

    /// How this deployment finds a request's shop.
    fn finding(&self) -> ShopFinding {
        self.inner.first.config.shops
    }

    /// The shop called `slug` (the `/s/<slug>/` of its addresses).
    pub fn shop_for_slug(&self, slug: &str) -> Result<ShopId, Closed> {
        let known = self.inner.known.read().map_err(|_| Closed::Broken)?;
        known.slugs.get(slug).copied().ok_or(Closed::Unknown)
    }

    /// The shop a request for `host` (as the `Host` header gives it) is for.
    pub fn shop_for_host(&self, host: &str) -> Result<ShopId, Closed> {
        if self.finding() == ShopFinding::One {
            return Ok(ShopId::FIRST);
        }
        let name = host_name(host);
        let known = self.inner.known.read().map_err(|_| Closed::Broken)?;
        known.hosts.get(&name).copied().ok_or(Closed::Unknown)
    }

    fn app_of(&self, shop: ShopId, disabled: Disabled) -> Result<(AppState, Router), Closed> {
        let row = {
            let known = self.inner.known.read().map_err(|_| Closed::Broken)?;
            known.shops.get(&shop).cloned()
        };
        // One shop alone is served as `atelier.toml` describes it; among many, shop 1 is built
        // like every other, with its own handle behind PostgreSQL's wall and under its path.
        let alone = self.finding() == ShopFinding::One;
        let Some(row) = row else {
            return if shop == ShopId::FIRST && alone {
                Ok((self.inner.first.clone(), self.inner.first_router.clone()))
            } else {
                Err(Closed::Unknown)
            };
        };
        if row.disabled_at.is_some() && disabled == Disabled::Refuse {
            return Err(Closed::Disabled);
        }
        if shop == ShopId::FIRST && alone {
            return Ok((self.inner.first.clone(), self.inner.first_router.clone()));
        }
        if let Some(built) = self.inner.apps.read().ok().and_then(|apps| {
            apps.get(&shop)
                .filter(|built| built.settings == row.settings)
                .cloned()
        }) {
            return built.app.map_err(|_| Closed::Broken);
        }
        let app = self.build(&row);
        if let Err(reason) = &app {
            tracing::error!(shop = %row.slug, %reason, "the shop's settings make no working shop");
        }
        if let Ok(mut apps) = self.inner.apps.write() {
            apps.insert(
                shop,
                Built {
                    settings: row.settings.clone(),
                    app: app.clone(),
                },
            );
        }
        app.map_err(|_| Closed::Broken)
    }

    fn build(&self, row: &ShopRow) -> Result<(AppState, Router), String> {
        let first = &self.inner.first;
        let mut config = match row.id {
            ShopId::FIRST => crate::Config::clone(&first.config),
            _ => first
                .config
                .for_shop(&files::settings_here(
                    &row.settings,
                    &first.config.data_dir,
                    row.id,
                ))
                .map_err(|e| e.to_string())?,
        };
        if self.finding() == ShopFinding::ByPath {
            config = config.under_path(&row.slug, &first.config);
        }
        let state = first.for_shop(config, row.id).map_err(|e| e.to_string())?;
        let router = crate::app(state.clone());
        Ok((state, router))
    }

    /// The router that serves every shop: each request goes to its shop's app.
    pub fn router(self) -> Router {
        if self.finding() == ShopFinding::One {
            return self.inner.first_router.clone();
        }
        Router::new().fallback(dispatch).with_state(self)
    }

    /// How many shops' apps are built (for the benchmarks' memory per shop).
    pub fn apps_built(&self) -> usize {
        self.inner.apps.read().map(|apps| apps.len()).unwrap_or(0)
    }
}

/// Where work done for shops outside a request (delivering their briefs, retention) finds them:
/// a whole deployment, or one shop's state on its own.
pub trait ShopStates: Clone + Send + Sync + 'static {
    /// The deployment's state (shop 1's): its database claims what is due across shops, its
    /// settings are the deployment's, and its wake-up starts the outbox worker early.
    fn deployment(&self) -> &AppState;

    /// The state of `shop`, whose work is being done; why not, when its settings no longer make
    /// a working shop (a delivery then fails and is retried later; retention passes it by).
    fn state_of(&self, shop: ShopId) -> Result<AppState, String>;
}

/// One shop on its own (tests, and `shops = "one"`): every delivery is its own.
impl ShopStates for AppState {
    fn deployment(&self) -> &AppState {
        self
    }

    fn state_of(&self, shop: ShopId) -> Result<AppState, String> {
        Ok(AppState {
            db: self.db.for_shop(shop),
            ..self.clone()
        })
    }
}

impl ShopStates for Deployment {
    fn deployment(&self) -> &AppState {
        self.first()
    }

    fn state_of(&self, shop: ShopId) -> Result<AppState, String> {
        self.delivering_for(shop)
    }
}

/// The host name of a `Host` header: lowercase, without the port or a final dot.
fn host_name(host: &str) -> String {
    let name = match host.rsplit_once(':') {
        Some((name, port))
            if port.bytes().all(|b| b.is_ascii_digit())
                && (!name.contains(':') || name.ends_with(']')) =>
        {
            name
        }
        _ => host,
    };
    name.trim_end_matches('.').to_ascii_lowercase()
}

/// Where a request goes in the deployment.
enum Routed {
    /// To its shop (or no shop), as the shop's app takes it.
    Shop(Result<ShopId, Closed>, Request),
    /// To the built assets every shop shares, served once at the root.
    Assets(Request),
    /// Nowhere: this is the answer.
    Answer(Response),
}

/// Sends the request to its shop's app, or answers that there is none.
async fn dispatch(State(deployment): State<Deployment>, request: Request) -> Response {
    let (shop, request) = match deployment.route(request) {
        Routed::Shop(shop, request) => (shop, request),
        Routed::Assets(request) => {
            return serve(deployment.inner.first_router.clone(), request).await
        }
        Routed::Answer(response) => return response,
    };
    // A closed shop still gives its built files (so its embed says it is closed rather than
    // leaving a gap) and its privacy notice (the visitors who wrote to it may still read it).
    let disabled = match still_open_when_disabled(&request) {
        true => Disabled::Serve,
        false => Disabled::Refuse,
    };
    match shop
        .clone()
        .and_then(|shop| deployment.app_of(shop, disabled))
    {
        Ok((_, router)) => serve(router, request).await,
        Err(Closed::Disabled) => {
            let named = shop
                .ok()
                .and_then(|shop| deployment.name_and_language(shop));
            closed_page(
                &Closed::Disabled,
                request.uri().path(),
                named
                    .as_ref()
                    .map(|(name, tag)| deployment.closed_words(name, tag)),
            )
        }
        Err(closed) => closed_page(&closed, request.uri().path(), None),
    }
}

/// Whether a disabled shop still answers `request`: a read of a built file or of its privacy
/// notice.
fn still_open_when_disabled(request: &Request) -> bool {
    reads(request, |path| path == "/privacy" || is_built_file(path))
}

/// Whether `request` is a GET or HEAD of a path `wanted` accepts.
fn reads(request: &Request, wanted: impl Fn(&str) -> bool) -> bool {
    matches!(*request.method(), Method::GET | Method::HEAD) && wanted(request.uri().path())
}

/// Whether `path` names one of the web app's built files (never a page or an API route).
fn is_built_file(path: &str) -> bool {
    !path.starts_with("/api/")
        && !path.ends_with(".html")
        && crate::http::static_guard::names_a_file(path)
}

async fn serve(router: Router, request: Request) -> Response {
    match router.oneshot(request).await {
        Ok(response) => response,
        Err(never) => match never {},
    }
}

impl Deployment {
    /// Where `request` goes: by its host name, or by its `/s/<slug>/` prefix.
    fn route(&self, request: Request) -> Routed {
        match self.finding() {
            ShopFinding::ByPath => self.route_by_path(request),
            ShopFinding::One | ShopFinding::ByHost => {
                let host = request
                    .headers()
                    .get(header::HOST)
                    .and_then(|h| h.to_str().ok())
                    .or_else(|| request.uri().host())
                    .unwrap_or("");
                Routed::Shop(self.shop_for_host(host), request)
            }
        }
    }

    /// A request under `/s/<slug>/` goes to that shop without the prefix; `/s/<slug>` alone (or
    /// with its slash doubled) is sent on to `/s/<slug>/`. At the root, a built asset is served
    /// (the same for every shop); anything else is no shop's.
    fn route_by_path(&self, mut request: Request) -> Routed {
        let path = request.uri().path();
        let Some((slug, rest)) = split_shop_path(path) else {
            return match reads(&request, is_built_file) {
                true => Routed::Assets(request),
                false => Routed::Answer(closed_page(&Closed::Unknown, path, None)),
            };
        };
        let query = request
            .uri()
            .query()
            .map(|q| format!("?{q}"))
            .unwrap_or_default();
        // `/s/verel` and `/s/verel//studio/` go on to the one address of the same page.
        let inner = rest.trim_start_matches('/');
        if rest.len() != inner.len() + 1 {
            let to = format!("/s/{slug}/{inner}{query}");
            return Routed::Answer(Redirect::permanent(&to).into_response());
        }
        let shop = self.shop_for_slug(slug);
        match format!("{rest}{query}").parse::<Uri>() {
            Ok(uri) => {
                *request.uri_mut() = uri;
                Routed::Shop(shop, request)
            }
            Err(_) => Routed::Answer(closed_page(&Closed::Unknown, path, None)),
        }
    }
}

/// `/s/<slug>/rest` as the slug and `/rest` (empty for `/s/<slug>` alone); `None` for a path
/// outside `/s/`.
fn split_shop_path(path: &str) -> Option<(&str, &str)> {
    let after = path.strip_prefix("/s/")?;
    let (slug, rest) = match after.find('/') {
        Some(at) => after.split_at(at),
        None => (after, ""),
    };
    (!slug.is_empty()).then_some((slug, rest))
}

/// What a closed shop's page says, in the shop's language: its title and text, and the page's
/// language tag and direction.
struct ClosedWords {
    title: String,
    text: String,
    lang: String,
    rtl: bool,
}

impl Deployment {
    /// A shop's name and language as its settings give them (`atelier.toml`'s for shop 1).
    fn name_and_language(&self, shop: ShopId) -> Option<(String, String)> {
        let first = &self.inner.first.config;
        if shop == ShopId::FIRST {
            return Some((first.shop_name.clone(), first.language.clone()));
        }
        let settings = {
            let known = self.inner.known.read().ok()?;
            known.shops.get(&shop)?.settings.clone()
        };
        let here = files::settings_here(&settings, &first.data_dir, shop);
        let config = first.for_shop(&here).ok()?;
        Some((config.shop_name, config.language))
    }

    /// The closed page's words for the shop called `name`, in the language `tag`.
    fn closed_words(&self, name: &str, tag: &str) -> ClosedWords {
        use atelier_core::i18n::Arg;
        let reader = self.inner.first.words.reader(tag);
        let args = [("shop", Arg::from(name))];
        let lang = atelier_core::i18n::Lang::from_tag(tag).unwrap_or(atelier_core::i18n::Lang::En);
        ClosedWords {
            title: reader.t_args("email-shop-closed-title", &args),
            text: reader.t_args("email-shop-closed-text", &args),
            lang: tag.to_owned(),
            rtl: lang.is_rtl(),
        }
    }
}

/// What a visitor, a jeweler or a page's script sees when there is no shop to answer: JSON under
/// `/api`, a short page anywhere else, in the shop's own name and language when it is one of
/// ours that is closed.
fn closed_page(closed: &Closed, path: &str, words: Option<ClosedWords>) -> Response {
    let (status, code, words_en) = match closed {
        Closed::Unknown => (
            StatusCode::NOT_FOUND,
            "no_shop",
            "No shop answers at this address.",
        ),
        Closed::Disabled => (
            StatusCode::GONE,
            "shop_closed",
            "This shop's ring designer and studio are closed. Please contact the jeweler directly.",
        ),
        Closed::Broken => (
            StatusCode::SERVICE_UNAVAILABLE,
            "shop_unavailable",
            "This shop's ring designer is unavailable just now. Please try again later.",
        ),
    };
    let (title, text, lang, dir) = match &words {
        Some(w) => (
            w.title.as_str(),
            w.text.as_str(),
            w.lang.as_str(),
            if w.rtl { "rtl" } else { "ltr" },
        ),
        None => ("Atelier", words_en, "en", "ltr"),
    };
    // What every answer of a shop's app carries, though no app answers here.
    let common = [
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::REFERRER_POLICY, "no-referrer"),
        (header::CACHE_CONTROL, "no-store"),
    ];
    if path == "/api" || path.starts_with("/api/") {
        let body = serde_json::json!({ "error": { "code": code, "message": text } });
        // Readable from any origin, as the embed's check is: a jeweler's page then says the shop
        // is closed rather than unreachable. The answer names nothing but the shop.
        return (
            status,
            common,
            [(header::ACCESS_CONTROL_ALLOW_ORIGIN, "*")],
            axum::Json(body),
        )
            .into_response();
    }
    let (title, text, lang) = (escape_html(title), escape_html(text), escape_html(lang));
    let page = format!(
        "<!doctype html><html lang=\"{lang}\" dir=\"{dir}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title}</title><style>body{{font:1.1rem/1.5 system-ui,sans-serif;\
         max-width:32rem;margin:4rem auto;padding:0 1.25rem;color:#2b2620;background:#faf7f2}}\
         h1{{font-size:1.5rem;line-height:1.25}}</style></head>\
         <body><main><h1>{title}</h1><p>{text}</p></main></body></html>"
    );
    (
        status,
        common,
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (
                header::CONTENT_SECURITY_POLICY,
                "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; \
                 form-action 'none'; frame-ancestors 'none'",
            ),
        ],
        Body::from(page),
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::{host_name, split_shop_path};

    #[test]
    fn a_shop_path_is_split_into_its_slug_and_the_rest() {
        assert_eq!(
            split_shop_path("/s/maison-verel/api/shop"),
            Some(("maison-verel", "/api/shop"))
        );
        assert_eq!(
            split_shop_path("/s/maison-verel/"),
            Some(("maison-verel", "/"))
        );
        assert_eq!(
            split_shop_path("/s/maison-verel"),
            Some(("maison-verel", ""))
        );
        assert_eq!(split_shop_path("/s/"), None);
        assert_eq!(split_shop_path("/s//api"), None);
        assert_eq!(split_shop_path("/studio"), None);
        assert_eq!(split_shop_path("/shop/x"), None);
    }

    #[test]
    fn a_host_name_is_read_without_its_port_case_or_final_dot() {
        assert_eq!(
            host_name("Maison-Verel.example.com:8443"),
            "maison-verel.example.com"
        );
        assert_eq!(host_name("shop.example."), "shop.example");
        assert_eq!(host_name("[::1]"), "[::1]");
        assert_eq!(host_name("[::1]:8080"), "[::1]");
    }
}
