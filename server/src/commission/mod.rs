//! The visitor's side of a commission under `/api/c/{token}`: the page's data, the conversation,
//! answers to proposals, booking, the making's timeline, and the visitor's privacy rights.
//!
//! The token is the only key: [`access::Commission`] turns it into the brief or a refusal. Every
//! answer carries `Cache-Control: no-store` and `Referrer-Policy: no-referrer`, and every request
//! passes the per-peer rate limit.

pub mod access;
pub mod files;
pub mod link_key;
pub mod messages;
pub mod privacy;
pub mod proposals;
pub mod view;

use crate::error::ApiError;
use crate::AppState;
use axum::extract::DefaultBodyLimit;
use axum::http::{header, HeaderValue};
use axum::routing::{get, post};
use axum::Router;
use tower_http::set_header::SetResponseHeaderLayer;

/// The commission's routes, to be nested at `/api/c`. Every request, a wrong token's included,
/// takes a token from the peer's bucket first, so guessing links is as slow as the limit.
pub fn router(state: &AppState) -> Router<AppState> {
    Router::new()
        .route("/{token}", get(view::show))
        .route("/{token}/messages", post(messages::visitor_post))
        .route("/{token}/files/{file}", get(files::visitor_file))
        .route("/{token}/proposals/{id}/answer", post(proposals::answer))
        .route("/{token}/export.json", get(privacy::export_json))
        .route("/{token}/erasure", post(privacy::request_erasure))
        .route(
            "/{token}/slots",
            axum::routing::get(crate::booking::handlers::slots),
        )
        .route(
            "/{token}/appointment",
            axum::routing::post(crate::booking::handlers::book)
                .delete(crate::booking::handlers::cancel),
        )
        .fallback(|| async { ApiError::NotFound })
        .method_not_allowed_fallback(|| async { ApiError::MethodNotAllowed })
        .layer(DefaultBodyLimit::max(messages::BODY_LIMIT))
        .layer(axum::middleware::from_fn_with_state(
            messages::BODY_LIMIT,
            crate::http::limits::refuse_oversized,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.commission_limiter.clone(),
            crate::rate_limit::limit,
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-store"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::REFERRER_POLICY,
            HeaderValue::from_static("no-referrer"),
        ))
}
