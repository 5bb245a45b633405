//! The jeweler's studio API under `/api/studio`: sign-in, the inbox, one brief, its workflow,
//! revised designs, export, erasure, deliveries — and the retention purge behind them.
//!
//! Every route but `/session`, `/setup` and `/login` takes a [`session::Jeweler`], which answers
//! 401 without a live session and 403 on a state change without the session's `X-CSRF-Token`
//! (`/session` answers `{"signed_in": false}` instead, as the probe it is). Every answer
//! carries `Cache-Control: no-store`: briefs hold personal data and must not linger in caches.
//! The pages themselves (`/studio…`) are the web app's `index.html`, served by the fallback.

pub mod accounts;
pub mod appointments;
pub mod auth;
pub mod availability;
pub mod brief;
pub mod commission;
pub mod deliveries;
pub mod device;
pub mod erase;
pub mod export;
pub mod files;
pub mod inbox;
pub mod lookup;
pub mod password;
pub mod proposals;
pub mod retention;
pub mod revisions;
pub mod session;
pub mod stages;
pub mod switcher;
pub mod throttle;
pub mod token;
pub mod workflow;

use crate::error::ApiError;
use crate::AppState;
use axum::extract::DefaultBodyLimit;
use axum::http::{header, HeaderValue};
use axum::routing::{get, post};
use axum::Router;
use tower_http::set_header::SetResponseHeaderLayer;

/// A studio request's JSON body, or a 400 that says what is wrong with it.
fn json_body<T: serde::de::DeserializeOwned>(body: &[u8]) -> Result<T, ApiError> {
    serde_json::from_slice(body).map_err(|e| ApiError::MalformedJson(e.to_string()))
}

/// Largest studio request body but for the routes that take photos: notes and messages are a
/// few KB.
pub const BODY_LIMIT: usize = 64 * 1024;

/// The studio's routes, to be nested at `/api/studio`.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/session", get(auth::current))
        .route("/shops", get(switcher::list))
        .route("/setup", post(auth::setup))
        .route("/login", post(auth::login))
        .route("/logout", post(auth::logout))
        .route("/briefs", get(inbox::list))
        .route(
            "/briefs/{reference}",
            get(brief::show).delete(erase::delete),
        )
        .route("/briefs/{reference}/status", post(workflow::change_status))
        .route("/briefs/{reference}/notes", post(workflow::add_note))
        .route("/briefs/{reference}/revisions", post(revisions::send))
        .route("/briefs/{reference}/proposals", post(proposals::propose))
        .route("/briefs/{reference}/slots", get(appointments::slots))
        .route(
            "/briefs/{reference}/appointment",
            post(appointments::book).delete(appointments::cancel),
        )
        .route(
            "/availability",
            get(availability::show).put(availability::save),
        )
        .route("/briefs/{reference}/commission", get(commission::show))
        .route(
            "/briefs/{reference}/messages",
            post(commission::post_message),
        )
        .route(
            "/briefs/{reference}/link",
            post(commission::new_link).delete(commission::revoke_link),
        )
        .route(
            "/commission-files/{id}",
            get(crate::commission::files::studio_file),
        )
        .route("/files/{id}", get(files::file))
        .route("/deliveries/{id}/retry", post(deliveries::retry))
        .route("/export.json", get(export::json_export))
        .route("/export.csv", get(export::csv_export))
        .fallback(|| async { ApiError::NotFound })
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .layer(axum::middleware::from_fn_with_state(
            BODY_LIMIT,
            crate::http::limits::refuse_oversized,
        ))
        .merge(photo_routes())
        .layer(SetResponseHeaderLayer::overriding(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-store"),
        ))
}

/// The routes whose bodies carry a photo, each with its own larger limit: the 64 KB of the
/// other routes must not refuse them first.
fn photo_routes() -> Router<AppState> {
    Router::new()
        .route("/briefs/{reference}/stages", post(stages::add))
        .layer(DefaultBodyLimit::max(stages::BODY_LIMIT))
        .layer(axum::middleware::from_fn_with_state(
            stages::BODY_LIMIT,
            crate::http::limits::refuse_oversized,
        ))
}

/// Background work and start-up chores: warms the dummy password hash, prints the setup link
/// while no account exists, and starts the retention purge. `base` is where the studio is reached.
pub async fn start(
    shops: &impl crate::deployment::ShopStates,
    base: &str,
) -> tokio::task::JoinHandle<()> {
    password::warm_up().await;
    if let Err(e) = accounts::announce_setup(&shops.deployment().db, base).await {
        tracing::error!(error = %e, "could not issue a studio setup link");
    }
    tokio::spawn(retention::run(shops.clone()))
}
