//! `atelier-server`: the HTTP API, the built web app, and durable storage on SQLite.
//!
//! [`app`] builds the whole router from an [`AppState`], so tests drive exactly what production serves.

pub mod config;
pub mod db;
pub mod error;
mod routes;
mod web_app;

use axum::Router;
use std::sync::Arc;
use tower_http::compression::CompressionLayer;
use tower_http::trace::TraceLayer;

pub use config::Config;
pub use db::Database;

/// What every request handler can reach.
#[derive(Debug, Clone)]
pub struct AppState {
    pub config: Arc<Config>,
    pub db: Database,
}

/// The complete application: `/api` plus the web app for every other path.
pub fn app(state: AppState) -> Router {
    let static_dir = state.config.static_dir.clone();
    Router::new()
        .nest("/api", routes::api())
        .fallback_service(web_app::router(&static_dir))
        .layer(CompressionLayer::new())
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}
