//! `atelier-server`: the HTTP API, the built web app, durable storage on SQLite, and the outbox that
//! delivers each brief to the jeweler.
//!
//! [`app`] builds the whole router of one shop from an [`AppState`], so tests drive exactly what
//! production serves; [`deployment::Deployment`] serves every shop of a deployment, each with its
//! own app.

pub mod booking;
pub mod catalog_file;
pub mod clock;
pub mod commission;
pub mod config;
pub mod deployment;
pub mod embed;
pub mod error;
pub mod html;
pub mod http;
pub mod i18n;
pub mod image;
pub mod outbox;
pub mod private_files;
pub mod quota;
pub mod rate_limit;
mod routes;
pub mod shop_admin;
pub mod store;
pub mod studio;
pub mod web_app;

use atelier_core::catalog::Catalog;
use axum::Router;
use std::sync::Arc;
use tokio::sync::Notify;

pub use config::Config;
pub use outbox::mail::Mailer;
pub use rate_limit::RateLimiter;
pub use store::Database;

/// What every request handler and the outbox worker can reach.
#[derive(Debug, Clone)]
pub struct AppState {
    /// The configuration.
    pub config: Arc<Config>,
    /// The database.
    pub db: Database,
    /// The catalog briefs are validated against.
    pub catalog: Arc<Catalog>,
    /// The catalog as served by `GET /api/catalog`, serialised once.
    pub catalog_json: Arc<str>,
    /// Per-peer limits on consultation requests.
    pub limiter: RateLimiter,
    /// Per-peer limits on the commission pages' API.
    pub commission_limiter: RateLimiter,
    /// Where emails go.
    pub mailer: Mailer,
    /// The webhook client.
    pub http: reqwest::Client,
    /// Wakes the outbox worker after a new submission.
    pub outbox_wake: Arc<Notify>,
    /// Limits on failed studio sign-ins, per peer and per email.
    pub studio_limits: studio::throttle::LoginLimits,
    /// The key that makes commission links from their stored nonces.
    pub link_key: commission::link_key::LinkKey,
    /// Every language's messages and the shop's language, for emails and pages.
    pub words: Arc<i18n::Words>,
    /// The deployment's configuration (`atelier.toml`, shop 1's): what every shop's settings are
    /// read over, for the studio's shop switcher to name the person's other shops.
    pub deployment: Arc<Config>,
}

/// Why the server cannot start with this configuration.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error(transparent)]
    Catalog(#[from] catalog_file::CatalogFileError),
    #[error("setting `smtp_url`: {0}")]
    Smtp(outbox::mail::MailError),
    #[error("cannot build the webhook client: {0}")]
    Http(#[from] reqwest::Error),
    #[error("cannot serialise the catalog: {0}")]
    Json(#[from] serde_json::Error),
    #[error(transparent)]
    LinkKey(#[from] commission::link_key::LinkKeyError),
    #[error(transparent)]
    I18n(#[from] i18n::I18nError),
}

impl AppState {
    /// Loads the catalog and the link key, sets up mail and the webhook client: everything but the
    /// database.
    pub fn new(config: Config, db: Database) -> Result<Self, StartError> {
        let catalog = catalog_file::load(config.catalog.as_deref())?;
        let catalog_json: Arc<str> = serde_json::to_string(&catalog)?.into();
        let mailer = Mailer::from_config(&config).map_err(StartError::Smtp)?;
        let http = reqwest::Client::builder()
            .user_agent(concat!("atelier/", env!("CARGO_PKG_VERSION")))
            .redirect(reqwest::redirect::Policy::none())
            .build()?;
        let link_key = commission::link_key::LinkKey::load_or_create(&config.data_dir)?;
        let words = Arc::new(i18n::Words::load(&config.language)?);
        let config = Arc::new(config);
        Ok(Self {
            words,
            deployment: config.clone(),
            link_key,
            limiter: RateLimiter::from_config(&config),
            commission_limiter: RateLimiter::for_commissions(&config),
            config,
            db,
            catalog: Arc::new(catalog),
            catalog_json,
            mailer,
            http,
            outbox_wake: Arc::new(Notify::new()),
            studio_limits: studio::throttle::LoginLimits::default(),
        })
    }
}

impl AppState {
    /// Another shop of the same deployment, with its own configuration (see
    /// [`Config::for_shop`]): its catalog, words, rate limits and a database handle scoped to
    /// it; the mail server, the webhook client, the outbox's wake-up, the sign-in limits and the
    /// link key stay the deployment's.
    pub fn for_shop(&self, config: Config, shop: store::ShopId) -> Result<Self, StartError> {
        // Shops without their own catalog share the deployment's, read once.
        let (catalog, catalog_json) = match &config.catalog {
            None if self.config.catalog.is_none() => {
                (self.catalog.clone(), self.catalog_json.clone())
            }
            path => {
                let catalog = catalog_file::load(path.as_deref())?;
                let json: Arc<str> = serde_json::to_string(&catalog)?.into();
                (Arc::new(catalog), json)
            }
        };
        Ok(Self {
            words: Arc::new(self.words.for_language(&config.language)?),
            limiter: RateLimiter::from_config(&config),
            commission_limiter: RateLimiter::for_commissions(&config),
            config: Arc::new(config),
            db: self.db.for_shop(shop),
            catalog,
            catalog_json,
            ..self.clone()
        })
    }
}

/// The complete application: `/api` plus the web app for every other path.
///
/// Serve it with [`http::serve::serve`] (or anything that gives each request its
/// `ConnectInfo<SocketAddr>`) so the rate limit sees each peer's address.
pub fn app(state: AppState) -> Router {
    let routes = Router::new()
        .nest("/api/studio", studio::router())
        .nest("/api/c", commission::router(&state))
        .nest("/api", routes::api(&state))
        // The one `/api` path the nested router does not see; never the web app's page.
        .route(
            "/api/",
            axum::routing::any(|| async { error::ApiError::NotFound }),
        )
        .route("/privacy", axum::routing::get(http::privacy::page))
        .route(
            "/privacy.html",
            axum::routing::get(http::privacy::old_address),
        )
        .fallback_service(web_app::router(&state.config, &state.words));
    let request_timeout = state.config.limits.request_timeout;
    http::around(routes, request_timeout).with_state(state)
}
