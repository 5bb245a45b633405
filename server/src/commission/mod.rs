//! The visitor's side of a commission under `/api/c/{token}`: the page's data, the conversation,
//! answers to proposals, booking, the making's timeline, and the visitor's privacy rights.
//!
//! The token is the only key: [`access::Commission`] turns it into the brief or a refusal. Every
//! answer carries `Cache-Control: no-store` and `Referrer-Policy: no-referrer`, and every request
//! passes the per-peer rate limit.

pub mod access;
pub mod link_key;

use crate::error::ApiError;
use crate::AppState;
use axum::http::{header, HeaderValue};
use axum::Router;
use tower_http::set_header::SetResponseHeaderLayer;

/// The commission's routes, to be nested at `/api/c`.
pub fn router() -> Router<AppState> {
    Router::new()
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
        .layer(SetResponseHeaderLayer::overriding(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-store"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::REFERRER_POLICY,
            HeaderValue::from_static("no-referrer"),
        ))
}
