//! Server configuration: `atelier.toml`, then `ATELIER_*` environment variables on top.
//!
//! A wrong setting stops the server at start with a message that names the key, rather than
//! surfacing later as a puzzling failure.

use serde::Deserialize;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

/// The settings the server runs with.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    /// Address to listen on (`bind`, `ATELIER_BIND`).
    pub bind: SocketAddr,
    /// Folder for the SQLite database and outgoing mail files (`data_dir`, `ATELIER_DATA_DIR`).
    pub data_dir: PathBuf,
    /// Where the rows are kept (`database_url`, `ATELIER_DATABASE_URL`): PostgreSQL
    /// (`postgres://user:password@host:port/database`) or a SQLite file (`sqlite://path`); without
    /// it, SQLite in `<data_dir>/atelier.db`. See [`Config::database_location`].
    pub database_url: Option<String>,
    /// Where the bytes of pictures and files are kept (`files_url`, `ATELIER_FILES_URL`): a folder
    /// (a path or `file:///path`) or an S3 bucket (`s3://bucket[/prefix][?endpoint=…&region=…]`);
    /// without it, `<data_dir>/files`. See [`Config::files_location`].
    pub files_url: Option<String>,
    /// Folder with the built web app (`static_dir`, `ATELIER_STATIC_DIR`).
    pub static_dir: PathBuf,
    /// The jeweler's shop name, shown to visitors (`shop_name`, `ATELIER_SHOP_NAME`).
    pub shop_name: String,
    /// The shop's logo, an SVG, PNG, JPEG or WebP file of at most 256 KiB, shown beside the name
    /// (`shop_logo`, `ATELIER_SHOP_LOGO`).
    pub shop_logo: Option<PathBuf>,
    /// The shop's privacy notice, a plain text or simple Markdown file of at most 256 KiB served
    /// at `/privacy`; without it the page is a notice built from this configuration
    /// (`privacy_notice`, `ATELIER_PRIVACY_NOTICE`).
    pub privacy_notice: Option<PathBuf>,
    /// The shop's colours, fonts and radius as `--atelier-<name>` custom-property values, e.g.
    /// `accent = "#0b6e4f"` (the `[theme]` table; `ATELIER_THEME_<NAME>`, e.g. `ATELIER_THEME_ACCENT`).
    pub theme: std::collections::BTreeMap<String, String>,
    /// Where new briefs are sent (`jeweler_email`, `ATELIER_JEWELER_EMAIL`).
    pub jeweler_email: String,
    /// The sender of every email (`mail_from`, `ATELIER_MAIL_FROM`).
    pub mail_from: String,
    /// SMTP server, e.g. `smtps://user:pass@mail.example.com` (`smtp_url`, `ATELIER_SMTP_URL`).
    /// Without it, emails are written as `.eml` files to `<data_dir>/outbox-mail/`.
    pub smtp_url: Option<String>,
    /// Where briefs are POSTed as signed JSON, with its secret (`webhook_url` + `webhook_secret`,
    /// `ATELIER_WEBHOOK_URL` + `ATELIER_WEBHOOK_SECRET`): both or neither.
    pub webhook: Option<Webhook>,
    /// Origins that may call the public API from an embedding page (`allowed_origins`,
    /// `ATELIER_ALLOWED_ORIGINS` comma-separated), e.g. `https://shop.example.com`.
    pub allowed_origins: Vec<String>,
    /// A catalog override file, JSON or TOML (`catalog`, `ATELIER_CATALOG`).
    pub catalog: Option<PathBuf>,
    /// The public address of this server, for links in emails (`public_url`, `ATELIER_PUBLIC_URL`).
    pub public_url: Option<String>,
    /// The shop's currency, an ISO 4217 code such as `GBP`, which the visitor's budget starts on
    /// when the catalog has no price list (`currency`, `ATELIER_CURRENCY`).
    pub currency: Option<String>,
    /// The shop's language, a BCP 47 tag of one of Atelier's languages such as `en`, `de-CH` or
    /// `fr`: the studio's, the jeweler's emails' and the pages' when a visitor asks for none of
    /// ours; its region sets how numbers and money read (`language`, `ATELIER_LANGUAGE`).
    pub language: String,
    /// Consultation requests each peer address may send per minute (`rate_limit_per_minute`,
    /// `ATELIER_RATE_LIMIT_PER_MINUTE`).
    pub rate_limit_per_minute: u32,
    /// Requests a peer may send at once before the per-minute rate applies (`rate_limit_burst`,
    /// `ATELIER_RATE_LIMIT_BURST`).
    pub rate_limit_burst: u32,
    /// Requests to a commission page's API (`/api/c/…`) each peer address may send per minute:
    /// plenty for a person reading and answering, too few to guess links
    /// (`commission_rate_limit_per_minute`, `ATELIER_COMMISSION_RATE_LIMIT_PER_MINUTE`).
    pub commission_rate_limit_per_minute: u32,
    /// Commission requests a peer may send at once (`commission_rate_limit_burst`,
    /// `ATELIER_COMMISSION_RATE_LIMIT_BURST`).
    pub commission_rate_limit_burst: u32,
    /// Confirmations mailed to one visitor address per 24 hours; further briefs from it still
    /// reach the jeweler, without a confirmation (`confirmations_per_recipient_per_day`,
    /// `ATELIER_CONFIRMATIONS_PER_RECIPIENT_PER_DAY`).
    pub confirmations_per_recipient_per_day: u32,
    /// Reverse proxies whose `X-Forwarded-For` names the client, as addresses or networks such as
    /// `10.0.0.0/8` (`trusted_proxies`, `ATELIER_TRUSTED_PROXIES` comma-separated). Every limit
    /// counts that client instead of the proxy; any other peer's header is ignored.
    pub trusted_proxies: Vec<crate::rate_limit::client::Network>,
    /// Largest consultation request body, in bytes (`max_body_bytes`, `ATELIER_MAX_BODY_BYTES`).
    pub max_body_bytes: usize,
    /// Longest one delivery attempt (an email or the webhook) may take before it counts as failed
    /// and is retried later, in seconds (`delivery_timeout_secs`, `ATELIER_DELIVERY_TIMEOUT_SECS`).
    pub delivery_timeout_secs: u64,
    /// Longest a studio session lasts, in hours (`studio_session_hours`,
    /// `ATELIER_STUDIO_SESSION_HOURS`).
    pub studio_session_hours: u32,
    /// A studio session unused this many minutes ends (`studio_session_idle_minutes`,
    /// `ATELIER_STUDIO_SESSION_IDLE_MINUTES`).
    pub studio_session_idle_minutes: u32,
    /// Briefs marked spam are erased this many days later; 0 keeps them (`retention_spam_days`,
    /// `ATELIER_RETENTION_SPAM_DAYS`).
    pub retention_spam_days: u32,
    /// Archived briefs are erased this many days after archiving; 0 keeps them
    /// (`retention_archived_days`, `ATELIER_RETENTION_ARCHIVED_DAYS`).
    pub retention_archived_days: u32,
    /// Briefs the shop takes in 24 hours; 0 sets no limit (`briefs_per_day`,
    /// `ATELIER_BRIEFS_PER_DAY`). A host's quota per shop: past it, a visitor's brief waits in
    /// their browser and is sent again later.
    pub briefs_per_day: u32,
    /// Megabytes of pictures and photos the shop may keep; 0 sets no limit (`storage_mb`,
    /// `ATELIER_STORAGE_MB`). Past it, new briefs and photos wait until files are erased.
    pub storage_mb: u32,
    /// Connection and request limits: `header_read_timeout_secs`, `request_timeout_secs`,
    /// `max_connections`, `max_connections_per_peer` (and `ATELIER_` + the key in capitals).
    pub limits: crate::http::limits::HttpLimits,
    /// How a request finds its shop (`shops`, `ATELIER_SHOPS`): `one`, the default, serves the
    /// one shop this file describes; `by_host` serves every shop of the deployment, each on the
    /// host names given to `atelier-server shop add|edit --host`; `by_path` serves every shop
    /// under `/s/<slug>/` on this server's one address.
    pub shops: ShopFinding,
    /// The path every address of this shop starts with: empty for a shop at the root, `/s/<slug>`
    /// for one found by path. The deployment sets it; no file or variable does.
    pub base_path: String,
}

/// How a request finds its shop: see [`Config::shops`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum ShopFinding {
    /// Every request is for the one shop `atelier.toml` describes.
    #[default]
    One,
    /// The request's host name says which shop it is for.
    ByHost,
    /// The request's path, `/s/<slug>/…`, says which shop it is for.
    ByPath,
}

impl std::str::FromStr for ShopFinding {
    type Err = ConfigError;

    fn from_str(value: &str) -> Result<Self, ConfigError> {
        match value.trim() {
            "one" => Ok(Self::One),
            "by_host" => Ok(Self::ByHost),
            "by_path" => Ok(Self::ByPath),
            other => Err(invalid(
                "shops",
                other,
                "expected `one` (this file's shop), `by_host` (every shop, by host name) or \
                 `by_path` (every shop, under /s/<slug>/)",
            )),
        }
    }
}

/// A CRM endpoint that receives each brief as JSON signed with HMAC-SHA256.
#[derive(Debug, Clone, PartialEq)]
pub struct Webhook {
    /// `http` or `https` URL.
    pub url: String,
    /// Shared secret for the signature, at least 16 characters.
    pub secret: String,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            bind: SocketAddr::from(([127, 0, 0, 1], 8080)),
            data_dir: PathBuf::from("data"),
            database_url: None,
            files_url: None,
            static_dir: PathBuf::from("dist"),
            shop_name: "Atelier".to_owned(),
            shop_logo: None,
            privacy_notice: None,
            theme: std::collections::BTreeMap::new(),
            jeweler_email: "jeweler@example.com".to_owned(),
            mail_from: "atelier@example.com".to_owned(),
            smtp_url: None,
            webhook: None,
            allowed_origins: Vec::new(),
            catalog: None,
            public_url: None,
            currency: None,
            language: "en".to_owned(),
            rate_limit_per_minute: 10,
            rate_limit_burst: 5,
            // A page view fetches its data and every picture in it (nothing is cached: no-store),
            // so a person reloading a page with a dozen photos needs room; a guesser gains nothing
            // from it against 256-bit tokens.
            commission_rate_limit_per_minute: 120,
            commission_rate_limit_burst: 60,
            confirmations_per_recipient_per_day: 3,
            trusted_proxies: Vec::new(),
            // Exactly what a brief with every picture at core's limits needs.
            max_body_bytes: atelier_core::brief::limits::REQUEST_BYTES_MAX as usize,
            delivery_timeout_secs: 60,
            studio_session_hours: 168,
            studio_session_idle_minutes: 720,
            retention_spam_days: 30,
            retention_archived_days: 0,
            briefs_per_day: 0,
            storage_mb: 0,
            limits: crate::http::limits::HttpLimits::default(),
            shops: ShopFinding::One,
            base_path: String::new(),
        }
    }
}

/// Why the configuration could not be loaded. Every variant names the file or key at fault.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read the configuration file {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("the configuration file {path} is not valid: {message}")]
    Parse { path: PathBuf, message: String },
    #[error("setting `{0}` is how the whole deployment runs, set in atelier.toml: remove it from the shop's settings")]
    NotForShop(&'static str),
    #[error("setting `{0}` is missing: every shop needs its own")]
    Missing(&'static str),
    #[error("setting `{key}` has an invalid value {value:?}: {reason}")]
    Invalid {
        key: String,
        value: String,
        reason: String,
    },
}

/// The file's shape: every key optional, unknown keys refused so typos are caught.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileConfig {
    bind: Option<String>,
    data_dir: Option<PathBuf>,
    database_url: Option<String>,
    files_url: Option<String>,
    static_dir: Option<PathBuf>,
    shop_name: Option<String>,
    shop_logo: Option<PathBuf>,
    privacy_notice: Option<PathBuf>,
    theme: Option<std::collections::BTreeMap<String, String>>,
    jeweler_email: Option<String>,
    mail_from: Option<String>,
    smtp_url: Option<String>,
    webhook_url: Option<String>,
    webhook_secret: Option<String>,
    allowed_origins: Option<Vec<String>>,
    catalog: Option<PathBuf>,
    public_url: Option<String>,
    currency: Option<String>,
    language: Option<String>,
    rate_limit_per_minute: Option<u32>,
    rate_limit_burst: Option<u32>,
    commission_rate_limit_per_minute: Option<u32>,
    commission_rate_limit_burst: Option<u32>,
    confirmations_per_recipient_per_day: Option<u32>,
    trusted_proxies: Option<Vec<String>>,
    max_body_bytes: Option<usize>,
    delivery_timeout_secs: Option<u64>,
    studio_session_hours: Option<u32>,
    studio_session_idle_minutes: Option<u32>,
    retention_spam_days: Option<u32>,
    retention_archived_days: Option<u32>,
    briefs_per_day: Option<u32>,
    storage_mb: Option<u32>,
    header_read_timeout_secs: Option<u64>,
    request_timeout_secs: Option<u64>,
    max_connections: Option<usize>,
    max_connections_per_peer: Option<usize>,
    shops: Option<String>,
}

impl FileConfig {
    /// The first key set here that is the deployment's, not a shop's (see
    /// [`Config::keep_deployment_of`]).
    fn deployment_key(&self) -> Option<&'static str> {
        [
            ("bind", self.bind.is_some()),
            ("data_dir", self.data_dir.is_some()),
            ("database_url", self.database_url.is_some()),
            ("files_url", self.files_url.is_some()),
            ("static_dir", self.static_dir.is_some()),
            ("mail_from", self.mail_from.is_some()),
            ("smtp_url", self.smtp_url.is_some()),
            ("trusted_proxies", self.trusted_proxies.is_some()),
            ("max_body_bytes", self.max_body_bytes.is_some()),
            (
                "delivery_timeout_secs",
                self.delivery_timeout_secs.is_some(),
            ),
            ("studio_session_hours", self.studio_session_hours.is_some()),
            (
                "studio_session_idle_minutes",
                self.studio_session_idle_minutes.is_some(),
            ),
            (
                "header_read_timeout_secs",
                self.header_read_timeout_secs.is_some(),
            ),
            ("request_timeout_secs", self.request_timeout_secs.is_some()),
            ("max_connections", self.max_connections.is_some()),
            (
                "max_connections_per_peer",
                self.max_connections_per_peer.is_some(),
            ),
            ("shops", self.shops.is_some()),
        ]
        .into_iter()
        .find_map(|(key, set)| set.then_some(key))
    }
}

impl Config {
    /// Loads the configuration. A missing file is fine when it was not asked for explicitly
    /// (`explicit == false`): the defaults and environment then apply.
    pub fn load(
        path: &Path,
        explicit: bool,
        env: impl IntoIterator<Item = (String, String)>,
    ) -> Result<Self, ConfigError> {
        let file = match std::fs::read_to_string(path) {
            Ok(text) => toml::from_str::<FileConfig>(&text).map_err(|e| ConfigError::Parse {
                path: path.to_owned(),
                message: e.to_string(),
            })?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && !explicit => {
                FileConfig::default()
            }
            Err(source) => {
                return Err(ConfigError::Read {
                    path: path.to_owned(),
                    source,
                })
            }
        };
        let mut config = Config::default();
        let (mut webhook_url, mut webhook_secret) = config.apply(file)?;
        for (key, value) in env {
            match key.as_str() {
                "ATELIER_BIND" => config.bind = parse_bind(&key, &value)?,
                "ATELIER_DATA_DIR" => config.data_dir = PathBuf::from(value),
                "ATELIER_DATABASE_URL" => {
                    config.database_url = Some(value).filter(|v| !v.is_empty())
                }
                "ATELIER_FILES_URL" => config.files_url = Some(value).filter(|v| !v.is_empty()),
                "ATELIER_STATIC_DIR" => config.static_dir = PathBuf::from(value),
                "ATELIER_SHOP_NAME" => config.shop_name = value,
                "ATELIER_SHOP_LOGO" => {
                    config.shop_logo =
                        Some(PathBuf::from(value)).filter(|p| !p.as_os_str().is_empty());
                }
                _ if key.starts_with("ATELIER_THEME_") => {
                    let name = key["ATELIER_THEME_".len()..]
                        .to_ascii_lowercase()
                        .replace('_', "-");
                    config.theme.insert(name, value);
                }
                "ATELIER_JEWELER_EMAIL" => config.jeweler_email = value,
                "ATELIER_MAIL_FROM" => config.mail_from = value,
                "ATELIER_SMTP_URL" => config.smtp_url = Some(value).filter(|v| !v.is_empty()),
                "ATELIER_WEBHOOK_URL" => webhook_url = Some(value).filter(|v| !v.is_empty()),
                "ATELIER_WEBHOOK_SECRET" => webhook_secret = Some(value).filter(|v| !v.is_empty()),
                "ATELIER_ALLOWED_ORIGINS" => {
                    config.allowed_origins = value
                        .split(',')
                        .map(str::trim)
                        .filter(|o| !o.is_empty())
                        .map(str::to_owned)
                        .collect();
                }
                "ATELIER_CATALOG" => config.catalog = Some(PathBuf::from(value)),
                "ATELIER_PRIVACY_NOTICE" => config.privacy_notice = Some(PathBuf::from(value)),
                "ATELIER_PUBLIC_URL" => config.public_url = Some(value).filter(|v| !v.is_empty()),
                "ATELIER_CURRENCY" => config.currency = Some(value).filter(|v| !v.is_empty()),
                "ATELIER_LANGUAGE" => config.language = value,
                "ATELIER_RATE_LIMIT_PER_MINUTE" => {
                    config.rate_limit_per_minute = parse_number(&key, &value)?;
                }
                "ATELIER_RATE_LIMIT_BURST" => config.rate_limit_burst = parse_number(&key, &value)?,
                "ATELIER_COMMISSION_RATE_LIMIT_PER_MINUTE" => {
                    config.commission_rate_limit_per_minute = parse_number(&key, &value)?;
                }
                "ATELIER_COMMISSION_RATE_LIMIT_BURST" => {
                    config.commission_rate_limit_burst = parse_number(&key, &value)?;
                }
                "ATELIER_CONFIRMATIONS_PER_RECIPIENT_PER_DAY" => {
                    config.confirmations_per_recipient_per_day = parse_number(&key, &value)?;
                }
                "ATELIER_TRUSTED_PROXIES" => {
                    let list = value.split(',').map(str::trim).filter(|n| !n.is_empty());
                    config.trusted_proxies = parse_networks(&key, list.map(str::to_owned))?;
                }
                "ATELIER_MAX_BODY_BYTES" => config.max_body_bytes = parse_number(&key, &value)?,
                "ATELIER_DELIVERY_TIMEOUT_SECS" => {
                    config.delivery_timeout_secs = parse_number(&key, &value)?;
                }
                "ATELIER_STUDIO_SESSION_HOURS" => {
                    config.studio_session_hours = parse_number(&key, &value)?;
                }
                "ATELIER_STUDIO_SESSION_IDLE_MINUTES" => {
                    config.studio_session_idle_minutes = parse_number(&key, &value)?;
                }
                "ATELIER_RETENTION_SPAM_DAYS" => {
                    config.retention_spam_days = parse_number(&key, &value)?;
                }
                "ATELIER_RETENTION_ARCHIVED_DAYS" => {
                    config.retention_archived_days = parse_number(&key, &value)?;
                }
                "ATELIER_BRIEFS_PER_DAY" => config.briefs_per_day = parse_number(&key, &value)?,
                "ATELIER_STORAGE_MB" => config.storage_mb = parse_number(&key, &value)?,
                "ATELIER_HEADER_READ_TIMEOUT_SECS" => {
                    let secs = parse_number(&key, &value)?;
                    config.limits.header_read_timeout = std::time::Duration::from_secs(secs);
                }
                "ATELIER_REQUEST_TIMEOUT_SECS" => {
                    let secs = parse_number(&key, &value)?;
                    config.limits.request_timeout = std::time::Duration::from_secs(secs);
                }
                "ATELIER_MAX_CONNECTIONS" => {
                    config.limits.max_connections = parse_number(&key, &value)?;
                }
                "ATELIER_SHOPS" => config.shops = value.parse()?,
                "ATELIER_MAX_CONNECTIONS_PER_PEER" => {
                    config.limits.max_connections_per_peer = parse_number(&key, &value)?;
                }
                _ => {}
            }
        }
        config.webhook = webhook(webhook_url, webhook_secret)?;
        config.check()?;
        Ok(config)
    }

    /// This deployment's configuration for one of its shops: the shop's `settings` (TOML with the
    /// keys of `atelier.toml` that describe a shop: name, logo, theme, emails, webhook, origins,
    /// catalog, languages, currency, limits and retention) over the defaults, and everything about
    /// how the deployment runs (address, storage, mail server, proxies, sessions) from `self`.
    ///
    /// Checked as `atelier.toml` is, with the same errors naming the key; a key that is the
    /// deployment's is refused, and so are the placeholders a shop must replace (its name and the
    /// jeweler's email) and files named by a relative path (the server may run elsewhere).
    pub fn for_shop(&self, settings: &str) -> Result<Self, ConfigError> {
        let file = toml::from_str::<FileConfig>(settings).map_err(|e| ConfigError::Parse {
            path: PathBuf::from("the shop's settings"),
            message: e.to_string(),
        })?;
        if let Some(key) = file.deployment_key() {
            return Err(ConfigError::NotForShop(key));
        }
        for (key, missing) in [
            ("shop_name", file.shop_name.is_none()),
            ("jeweler_email", file.jeweler_email.is_none()),
        ] {
            if missing {
                return Err(ConfigError::Missing(key));
            }
        }
        for (key, path) in [
            ("shop_logo", &file.shop_logo),
            ("privacy_notice", &file.privacy_notice),
            ("catalog", &file.catalog),
        ] {
            if let Some(path) = path.as_ref().filter(|p| p.is_relative()) {
                return Err(invalid(
                    key,
                    &path.display().to_string(),
                    "give the file's full path, from /",
                ));
            }
        }
        let mut shop = Config::default();
        let (webhook_url, webhook_secret) = shop.apply(file)?;
        shop.webhook = webhook(webhook_url, webhook_secret)?;
        shop.keep_deployment_of(self);
        shop.check()?;
        Ok(shop)
    }

    /// This shop's configuration when its deployment finds shops by path: every address of it
    /// under `/s/<slug>`, and the links in its emails on the deployment's `public_url` under the
    /// same path (unless the shop's settings give an address of their own). Shop 1's settings are
    /// the deployment's own, so its `public_url` is the deployment's root and gets the path too.
    pub fn under_path(mut self, slug: &str, deployment: &Config) -> Self {
        self.base_path = format!("/s/{slug}");
        if self.public_url.is_none() || self.public_url == deployment.public_url {
            self.public_url = deployment
                .public_url
                .as_deref()
                .map(|url| format!("{}{}", url.trim_end_matches('/'), self.base_path));
        }
        self
    }

    /// The address of `path` (from the shop's root, starting with `/`) as a browser reaches it:
    /// under [`base_path`](Self::base_path).
    pub fn shop_path(&self, path: &str) -> String {
        format!("{}{path}", self.base_path)
    }

    /// Takes every setting that is the deployment's, not a shop's, from `deployment` (the keys
    /// [`FileConfig::deployment_key`] refuses in a shop's settings).
    fn keep_deployment_of(&mut self, deployment: &Config) {
        self.bind = deployment.bind;
        self.data_dir = deployment.data_dir.clone();
        self.database_url = deployment.database_url.clone();
        self.files_url = deployment.files_url.clone();
        self.static_dir = deployment.static_dir.clone();
        self.mail_from = deployment.mail_from.clone();
        self.smtp_url = deployment.smtp_url.clone();
        self.trusted_proxies = deployment.trusted_proxies.clone();
        self.max_body_bytes = deployment.max_body_bytes;
        self.delivery_timeout_secs = deployment.delivery_timeout_secs;
        self.studio_session_hours = deployment.studio_session_hours;
        self.studio_session_idle_minutes = deployment.studio_session_idle_minutes;
        self.limits = deployment.limits;
        self.shops = deployment.shops;
    }

    /// Sets what `file` gives on top of `self`, but the webhook, which needs the environment's say
    /// as well: its URL and secret are returned as the file had them.
    fn apply(&mut self, file: FileConfig) -> Result<(Option<String>, Option<String>), ConfigError> {
        if let Some(bind) = file.bind {
            self.bind = parse_bind("bind", &bind)?;
        }
        if let Some(value) = file.data_dir {
            self.data_dir = value;
        }
        self.database_url = file.database_url;
        self.files_url = file.files_url;
        if let Some(value) = file.static_dir {
            self.static_dir = value;
        }
        if let Some(value) = file.shop_name {
            self.shop_name = value;
        }
        self.shop_logo = file.shop_logo;
        self.privacy_notice = file.privacy_notice;
        self.theme = file.theme.unwrap_or_default();
        if let Some(value) = file.jeweler_email {
            self.jeweler_email = value;
        }
        if let Some(value) = file.mail_from {
            self.mail_from = value;
        }
        if let Some(value) = file.smtp_url {
            self.smtp_url = Some(value);
        }
        self.allowed_origins = file.allowed_origins.unwrap_or_default();
        self.catalog = file.catalog;
        self.public_url = file.public_url;
        self.currency = file.currency;
        if let Some(value) = file.language {
            self.language = value;
        }
        if let Some(value) = file.rate_limit_per_minute {
            self.rate_limit_per_minute = value;
        }
        if let Some(value) = file.rate_limit_burst {
            self.rate_limit_burst = value;
        }
        if let Some(value) = file.commission_rate_limit_per_minute {
            self.commission_rate_limit_per_minute = value;
        }
        if let Some(value) = file.commission_rate_limit_burst {
            self.commission_rate_limit_burst = value;
        }
        if let Some(value) = file.confirmations_per_recipient_per_day {
            self.confirmations_per_recipient_per_day = value;
        }
        self.trusted_proxies =
            parse_networks("trusted_proxies", file.trusted_proxies.unwrap_or_default())?;
        if let Some(value) = file.max_body_bytes {
            self.max_body_bytes = value;
        }
        if let Some(value) = file.delivery_timeout_secs {
            self.delivery_timeout_secs = value;
        }
        if let Some(value) = file.studio_session_hours {
            self.studio_session_hours = value;
        }
        if let Some(value) = file.studio_session_idle_minutes {
            self.studio_session_idle_minutes = value;
        }
        if let Some(value) = file.retention_spam_days {
            self.retention_spam_days = value;
        }
        if let Some(value) = file.retention_archived_days {
            self.retention_archived_days = value;
        }
        if let Some(value) = file.briefs_per_day {
            self.briefs_per_day = value;
        }
        if let Some(value) = file.storage_mb {
            self.storage_mb = value;
        }
        let limits = &mut self.limits;
        if let Some(secs) = file.header_read_timeout_secs {
            limits.header_read_timeout = std::time::Duration::from_secs(secs);
        }
        if let Some(secs) = file.request_timeout_secs {
            limits.request_timeout = std::time::Duration::from_secs(secs);
        }
        if let Some(value) = file.max_connections {
            limits.max_connections = value;
        }
        if let Some(value) = file.max_connections_per_peer {
            limits.max_connections_per_peer = value;
        }
        if let Some(value) = file.shops {
            self.shops = value.parse()?;
        }
        Ok((file.webhook_url, file.webhook_secret))
    }

    /// Where the files' objects are kept: `files_url`, or the folder `files` in `data_dir`.
    pub fn files_location(&self) -> Result<crate::store::files::Location, ConfigError> {
        match &self.files_url {
            None => Ok(crate::store::files::Location::Folder(
                self.data_dir.join("files"),
            )),
            Some(url) => crate::store::files::Location::parse(url)
                .map_err(|reason| invalid("files_url", url, &reason)),
        }
    }

    /// Where the rows are kept: `database_url`, or SQLite in `data_dir`.
    pub fn database_location(&self) -> Result<crate::store::Location, ConfigError> {
        match &self.database_url {
            None => Ok(crate::store::Location::Sqlite(
                self.data_dir.join("atelier.db"),
            )),
            Some(url) => crate::store::Location::parse(url)
                .map_err(|reason| invalid("database_url", &redacted(url), &reason)),
        }
    }

    /// Checks every value that parsing alone cannot.
    fn check(&self) -> Result<(), ConfigError> {
        self.database_location()?;
        self.files_location()?;
        let limits = &self.limits;
        for (key, zero) in [
            (
                "header_read_timeout_secs",
                limits.header_read_timeout.is_zero(),
            ),
            ("request_timeout_secs", limits.request_timeout.is_zero()),
            ("max_connections", limits.max_connections == 0),
            (
                "max_connections_per_peer",
                limits.max_connections_per_peer == 0,
            ),
        ] {
            if zero {
                return Err(invalid(key, "0", "must be at least 1"));
            }
        }
        if self.shop_name.trim().is_empty() || self.shop_name.chars().any(char::is_control) {
            return Err(invalid(
                "shop_name",
                &self.shop_name,
                "the shop needs a one-line name visitors can recognise",
            ));
        }
        if let Some(notice) = &self.privacy_notice {
            crate::http::privacy::check_notice(notice).map_err(|reason| {
                invalid("privacy_notice", &notice.display().to_string(), &reason)
            })?;
        }
        if let Some(logo) = &self.shop_logo {
            crate::routes::shop::check_logo(logo)
                .map_err(|reason| invalid("shop_logo", &logo.display().to_string(), &reason))?;
        }
        for (name, value) in &self.theme {
            crate::routes::shop::check_theme_entry(name, value)
                .map_err(|reason| invalid(&format!("theme.{name}"), value, &reason))?;
        }
        for (key, value) in [
            ("jeweler_email", &self.jeweler_email),
            ("mail_from", &self.mail_from),
        ] {
            if !atelier_core::brief::is_reasonable_email(value) {
                return Err(invalid(
                    key,
                    value,
                    "expected an address like name@example.com",
                ));
            }
        }
        if let Some(url) = &self.smtp_url {
            if !(url.starts_with("smtp://") || url.starts_with("smtps://")) {
                // The URL may hold a password, so it is not repeated in the message.
                return Err(invalid(
                    "smtp_url",
                    "(hidden)",
                    "expected smtp://host:port or smtps://user:password@host",
                ));
            }
        }
        if let Some(webhook) = &self.webhook {
            if !is_http_url(&webhook.url) {
                return Err(invalid(
                    "webhook_url",
                    &webhook.url,
                    "expected an http:// or https:// URL",
                ));
            }
            if webhook.secret.chars().count() < 16 {
                return Err(invalid(
                    "webhook_secret",
                    "(hidden)",
                    "use at least 16 random characters",
                ));
            }
        }
        for origin in &self.allowed_origins {
            let rest = origin
                .strip_prefix("https://")
                .or_else(|| origin.strip_prefix("http://"));
            let ok = rest.is_some_and(|host| {
                !host.is_empty()
                    && !host.contains('/')
                    && host
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b".-:[]".contains(&b))
            });
            if !ok {
                return Err(invalid(
                    "allowed_origins",
                    origin,
                    "expected an origin such as https://shop.example.com (scheme, host, optional port, no path)",
                ));
            }
        }
        if let Some(url) = &self.public_url {
            if !is_http_url(url) {
                return Err(invalid(
                    "public_url",
                    url,
                    "expected an http:// or https:// URL",
                ));
            }
        }
        if let Some(code) = &self.currency {
            if code.len() != 3 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
                return Err(invalid(
                    "currency",
                    code,
                    "expected a three-letter ISO 4217 code such as EUR, GBP or USD",
                ));
            }
        }
        if self.shop_lang().is_none() {
            return Err(invalid(
                "language",
                &self.language,
                "expected one of Atelier's languages: en, de, fr, it, es, ja or ar, \
                 optionally with a region such as en-GB or de-CH",
            ));
        }
        if self.rate_limit_per_minute == 0 || self.rate_limit_burst == 0 {
            return Err(invalid(
                "rate_limit_per_minute",
                &format!("{}/{}", self.rate_limit_per_minute, self.rate_limit_burst),
                "rate_limit_per_minute and rate_limit_burst must be at least 1",
            ));
        }
        if self.commission_rate_limit_per_minute == 0 || self.commission_rate_limit_burst == 0 {
            return Err(invalid(
                "commission_rate_limit_per_minute",
                &format!(
                    "{}/{}",
                    self.commission_rate_limit_per_minute, self.commission_rate_limit_burst
                ),
                "commission_rate_limit_per_minute and commission_rate_limit_burst must be at least 1",
            ));
        }
        if self.max_body_bytes < 64 * 1024 {
            return Err(invalid(
                "max_body_bytes",
                &self.max_body_bytes.to_string(),
                "at least 65536, or no brief fits",
            ));
        }
        if self.studio_session_hours == 0 || self.studio_session_idle_minutes == 0 {
            return Err(invalid(
                "studio_session_hours",
                &format!(
                    "{}/{}",
                    self.studio_session_hours, self.studio_session_idle_minutes
                ),
                "studio_session_hours and studio_session_idle_minutes must be at least 1",
            ));
        }
        if !(1..=3600).contains(&self.delivery_timeout_secs) {
            return Err(invalid(
                "delivery_timeout_secs",
                &self.delivery_timeout_secs.to_string(),
                "between 1 and 3600 seconds",
            ));
        }
        Ok(())
    }
}

impl Config {
    /// The shop's language, when `language` names one of Atelier's own (the pseudo-language is
    /// for tests of the app, never a shop's).
    pub fn shop_lang(&self) -> Option<atelier_core::i18n::Lang> {
        atelier_core::i18n::Lang::from_tag(self.language.trim())
            .filter(|l| *l != atelier_core::i18n::Lang::Pseudo)
            .filter(|_| is_language_tag(self.language.trim()))
    }
}

/// A plain language tag: letters and digits in parts of at most eight, joined by `-`.
fn is_language_tag(tag: &str) -> bool {
    !tag.is_empty()
        && tag
            .split('-')
            .all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

fn is_http_url(url: &str) -> bool {
    url.strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .is_some_and(|rest| !rest.is_empty() && !rest.chars().any(|c| c.is_whitespace()))
}

/// A database URL without its password, for an error message or a log.
pub fn redacted(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            let credentials = &url[scheme + 3..at];
            match credentials.split_once(':') {
                Some((user, _)) => format!("{}{user}:***{}", &url[..scheme + 3], &url[at..]),
                None => url.to_owned(),
            }
        }
        _ => url.to_owned(),
    }
}

/// The webhook from its URL and secret: both or neither.
fn webhook(url: Option<String>, secret: Option<String>) -> Result<Option<Webhook>, ConfigError> {
    match (url, secret) {
        (None, None) => Ok(None),
        (Some(url), Some(secret)) => Ok(Some(Webhook { url, secret })),
        (Some(url), None) => Err(invalid(
            "webhook_secret",
            "",
            &format!("webhook_url {url} is set, so a secret to sign with is needed too"),
        )),
        (None, Some(_)) => Err(invalid(
            "webhook_url",
            "",
            "webhook_secret is set but there is no URL to send to",
        )),
    }
}

fn invalid(key: &str, value: &str, reason: &str) -> ConfigError {
    ConfigError::Invalid {
        key: key.to_owned(),
        value: value.to_owned(),
        reason: reason.to_owned(),
    }
}

fn parse_number<T: std::str::FromStr>(key: &str, value: &str) -> Result<T, ConfigError> {
    value
        .trim()
        .parse()
        .map_err(|_| invalid(key, value, "expected a whole number"))
}

fn parse_networks(
    key: &str,
    list: impl IntoIterator<Item = String>,
) -> Result<Vec<crate::rate_limit::client::Network>, ConfigError> {
    list.into_iter()
        .map(|entry| {
            entry.parse().map_err(|_| {
                invalid(
                    key,
                    &entry,
                    "expected a proxy's IP address or network, such as 127.0.0.1 or 10.0.0.0/8",
                )
            })
        })
        .collect()
}

fn parse_bind(key: &str, value: &str) -> Result<SocketAddr, ConfigError> {
    value.parse().map_err(|_| ConfigError::Invalid {
        key: key.to_owned(),
        value: value.to_owned(),
        reason: "expected an address and port such as 127.0.0.1:8080".to_owned(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(text: &str) -> tempfile::NamedTempFile {
        let file = tempfile::NamedTempFile::new().expect("temp file");
        std::fs::write(file.path(), text).expect("write config");
        file
    }

    #[test]
    fn defaults_apply_without_a_file() {
        let config =
            Config::load(Path::new("/nonexistent/atelier.toml"), false, []).expect("defaults");
        assert_eq!(config, Config::default());
    }

    #[test]
    fn an_explicit_missing_file_is_an_error() {
        let error = Config::load(Path::new("/nonexistent/atelier.toml"), true, []).unwrap_err();
        assert!(error.to_string().contains("/nonexistent/atelier.toml"));
    }

    #[test]
    fn under_a_path_every_shop_is_addressed_under_its_own_prefix_shop_one_too() {
        let file = write("public_url = \"https://host.example\"\nshops = \"by_path\"\n");
        let deployment = Config::load(file.path(), true, []).expect("valid");
        let main = deployment.clone().under_path("main", &deployment);
        assert_eq!(main.base_path, "/s/main");
        assert_eq!(
            main.public_url.as_deref(),
            Some("https://host.example/s/main")
        );
        let verel = deployment
            .for_shop("shop_name = \"Verel\"\njeweler_email = \"a@verel.example\"\n")
            .expect("valid")
            .under_path("verel", &deployment);
        assert_eq!(
            verel.public_url.as_deref(),
            Some("https://host.example/s/verel")
        );
        let own = deployment
            .for_shop("shop_name = \"Verel\"\njeweler_email = \"a@verel.example\"\npublic_url = \"https://verel.example\"\n")
            .expect("valid")
            .under_path("verel", &deployment);
        assert_eq!(own.public_url.as_deref(), Some("https://verel.example"));
    }

    #[test]
    fn environment_overrides_the_file() {
        let file = write("bind = \"127.0.0.1:9000\"\nshop_name = \"Maison Or\"\n");
        let env = [("ATELIER_BIND".to_owned(), "127.0.0.1:9100".to_owned())];
        let config = Config::load(file.path(), true, env).expect("valid");
        assert_eq!(config.bind.port(), 9100);
        assert_eq!(config.shop_name, "Maison Or");
    }

    #[test]
    fn the_rows_go_to_sqlite_in_the_data_folder_unless_database_url_names_postgresql() {
        use crate::store::Location;
        let env = [("ATELIER_DATA_DIR".to_owned(), "/srv/atelier".to_owned())];
        let config = Config::load(Path::new("missing.toml"), false, env).expect("valid");
        assert_eq!(
            config.database_location().expect("location"),
            Location::Sqlite(PathBuf::from("/srv/atelier/atelier.db"))
        );
        let url = "postgres://atelier:s3cret@db.internal:5432/atelier";
        let file = write(&format!("database_url = \"{url}\"\n"));
        let config = Config::load(file.path(), true, []).expect("valid");
        assert_eq!(
            config.database_location().expect("location"),
            Location::Postgres(url.to_owned())
        );
        let env = [(
            "ATELIER_DATABASE_URL".to_owned(),
            "sqlite:///var/lib/atelier/briefs.db".to_owned(),
        )];
        let config = Config::load(file.path(), true, env).expect("valid");
        assert_eq!(
            config.database_location().expect("location"),
            Location::Sqlite(PathBuf::from("/var/lib/atelier/briefs.db"))
        );
        // A typo is refused at start, naming the key, without echoing the password.
        let env = [(
            "ATELIER_DATABASE_URL".to_owned(),
            "postgress://atelier:s3cret@db/atelier".to_owned(),
        )];
        let error = Config::load(file.path(), true, env)
            .unwrap_err()
            .to_string();
        assert!(error.contains("`database_url`"), "{error}");
        assert!(error.contains("postgres://user:password@host"), "{error}");
        assert!(!error.contains("s3cret"), "{error}");
        assert_eq!(
            redacted("postgres://atelier:s3cret@db:5432/x"),
            "postgres://atelier:***@db:5432/x"
        );
    }

    #[test]
    fn files_go_to_a_folder_in_the_data_folder_unless_files_url_names_one() {
        use crate::store::files::Location;
        let env = [("ATELIER_DATA_DIR".to_owned(), "/srv/atelier".to_owned())];
        let config = Config::load(Path::new("missing.toml"), false, env).expect("valid");
        assert_eq!(
            config.files_location().expect("location"),
            Location::Folder(PathBuf::from("/srv/atelier/files"))
        );
        let file = write("files_url = \"file:///mnt/photos\"\n");
        let config = Config::load(file.path(), true, []).expect("valid");
        assert_eq!(
            config.files_location().expect("location"),
            Location::Folder(PathBuf::from("/mnt/photos"))
        );
        let env = [(
            "ATELIER_FILES_URL".to_owned(),
            "/var/atelier-files".to_owned(),
        )];
        let config = Config::load(file.path(), true, env).expect("valid");
        assert_eq!(config.files_url.as_deref(), Some("/var/atelier-files"));
        let env = [("ATELIER_FILES_URL".to_owned(), "s3://Bucket".to_owned())];
        let error = Config::load(file.path(), true, env)
            .unwrap_err()
            .to_string();
        assert!(
            error.contains("`files_url`") && error.contains("not a bucket name"),
            "{error}"
        );
    }

    #[test]
    fn the_shop_language_is_one_of_ours() {
        assert_eq!(
            Config::default().shop_lang(),
            Some(atelier_core::i18n::Lang::En)
        );
        let file = write("language = \"de-CH\"\n");
        let config = Config::load(file.path(), true, []).expect("valid");
        assert_eq!(config.language, "de-CH");
        assert_eq!(config.shop_lang(), Some(atelier_core::i18n::Lang::De));
        let env = [("ATELIER_LANGUAGE".to_owned(), "ar".to_owned())];
        let config = Config::load(file.path(), true, env).expect("valid");
        assert_eq!(config.shop_lang(), Some(atelier_core::i18n::Lang::Ar));
        for bad in ["pt-BR", "en-XA", "", "fr CH", "de-<b>"] {
            let env = [("ATELIER_LANGUAGE".to_owned(), bad.to_owned())];
            let error = Config::load(Path::new("missing.toml"), false, env).unwrap_err();
            let text = error.to_string();
            assert!(
                text.contains("`language`") && text.contains("en, de, fr, it, es, ja or ar"),
                "{bad:?}: {text}"
            );
        }
    }

    #[test]
    fn errors_name_the_key() {
        let env = [("ATELIER_BIND".to_owned(), "localhost".to_owned())];
        let error = Config::load(Path::new("missing.toml"), false, env).unwrap_err();
        assert!(error.to_string().contains("ATELIER_BIND"), "{error}");

        let file = write("shop_nmae = \"typo\"\n");
        let error = Config::load(file.path(), true, []).unwrap_err();
        assert!(error.to_string().contains("shop_nmae"), "{error}");
    }

    #[test]
    fn the_committed_sample_loads() {
        let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("../atelier.sample.toml");
        let config = Config::load(&sample, true, []).expect("sample is valid");
        assert_eq!(config.rate_limit_per_minute, 10);
        assert!(config.smtp_url.is_none() && config.webhook.is_none());
    }

    #[test]
    fn the_commission_pages_limit_comes_from_the_file_or_the_environment() {
        let file =
            write("commission_rate_limit_per_minute = 30\ncommission_rate_limit_burst = 9\n");
        let config = Config::load(file.path(), true, []).expect("valid");
        assert_eq!(
            (
                config.commission_rate_limit_per_minute,
                config.commission_rate_limit_burst
            ),
            (30, 9)
        );
        let env = [(
            "ATELIER_COMMISSION_RATE_LIMIT_BURST".to_owned(),
            "12".to_owned(),
        )];
        let config = Config::load(file.path(), true, env).expect("valid");
        assert_eq!(config.commission_rate_limit_burst, 12);
        let file = write("commission_rate_limit_per_minute = 0\n");
        let error = Config::load(file.path(), true, []).unwrap_err();
        assert!(
            error
                .to_string()
                .contains("commission_rate_limit_per_minute"),
            "{error}"
        );
        let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("../atelier.sample.toml");
        let sample = Config::load(&sample, true, []).expect("sample is valid");
        assert_eq!(
            (
                sample.commission_rate_limit_per_minute,
                sample.commission_rate_limit_burst
            ),
            (
                Config::default().commission_rate_limit_per_minute,
                Config::default().commission_rate_limit_burst
            )
        );
    }

    #[test]
    fn webhook_needs_url_and_secret_together() {
        let file = write("webhook_url = \"https://crm.example.com/hook\"\n");
        let error = Config::load(file.path(), true, []).unwrap_err();
        assert!(error.to_string().contains("webhook_secret"), "{error}");
        let env = [(
            "ATELIER_WEBHOOK_SECRET".to_owned(),
            "0123456789abcdef0123".to_owned(),
        )];
        let config = Config::load(file.path(), true, env).expect("both given");
        assert_eq!(
            config.webhook.map(|w| w.url).as_deref(),
            Some("https://crm.example.com/hook")
        );
    }

    #[test]
    fn origins_emails_and_limits_are_checked() {
        let file = write("allowed_origins = [\"https://shop.example.com/path\"]\n");
        let error = Config::load(file.path(), true, []).unwrap_err();
        assert!(error.to_string().contains("allowed_origins"), "{error}");
        let env = [("ATELIER_JEWELER_EMAIL".to_owned(), "nobody".to_owned())];
        let error = Config::load(Path::new("missing.toml"), false, env).unwrap_err();
        assert!(error.to_string().contains("jeweler_email"), "{error}");
        let env = [(
            "ATELIER_RATE_LIMIT_PER_MINUTE".to_owned(),
            "many".to_owned(),
        )];
        let error = Config::load(Path::new("missing.toml"), false, env).unwrap_err();
        assert!(
            error.to_string().contains("ATELIER_RATE_LIMIT_PER_MINUTE"),
            "{error}"
        );
        let env = [(
            "ATELIER_ALLOWED_ORIGINS".to_owned(),
            "https://a.example.com, http://localhost:3000".to_owned(),
        )];
        let config = Config::load(Path::new("missing.toml"), false, env).expect("origins");
        assert_eq!(config.allowed_origins.len(), 2);
    }

    #[test]
    fn trusted_proxies_are_networks() {
        let file = write("trusted_proxies = [\"127.0.0.1\", \"10.0.0.0/8\"]\n");
        let config = Config::load(file.path(), true, []).expect("valid");
        let listed: Vec<String> = config
            .trusted_proxies
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(listed, ["127.0.0.1/32", "10.0.0.0/8"]);
        let env = [(
            "ATELIER_TRUSTED_PROXIES".to_owned(),
            "::1, 192.168.0.0/16".to_owned(),
        )];
        let config = Config::load(file.path(), true, env).expect("valid");
        assert_eq!(config.trusted_proxies.len(), 2, "the environment wins");
        let file = write("trusted_proxies = [\"proxy.local\"]\n");
        let error = Config::load(file.path(), true, []).unwrap_err();
        assert!(error.to_string().contains("trusted_proxies"), "{error}");
        assert!(error.to_string().contains("proxy.local"), "{error}");
        let env = [(
            "ATELIER_TRUSTED_PROXIES".to_owned(),
            "10.0.0.0/40".to_owned(),
        )];
        let error = Config::load(Path::new("missing.toml"), false, env).unwrap_err();
        assert!(
            error.to_string().contains("ATELIER_TRUSTED_PROXIES"),
            "{error}"
        );
    }
}
