//! Limits on what one connection or request may hold: how long its headers may take, how long a
//! whole request may take, how many connections one peer and everyone together may keep open, and
//! a body declared larger than a route takes, refused before a byte of it is read.

use crate::error::ApiError;
use axum::extract::{Request, State};
use axum::http::header;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::time::Duration;

/// The connection and request limits (`[http]`-style keys in `atelier.toml`, see the sample).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HttpLimits {
    /// Longest a client may take to send a request's headers, and longest a connection may sit
    /// idle waiting for the next request (`header_read_timeout_secs`).
    pub header_read_timeout: Duration,
    /// Longest one request may take from its headers to its answer, body upload included
    /// (`request_timeout_secs`).
    pub request_timeout: Duration,
    /// Connections open at once, from everyone (`max_connections`). Beyond it new connections
    /// wait in the listen queue until one closes.
    pub max_connections: usize,
    /// Connections open at once from one address (`max_connections_per_peer`); more are closed
    /// as soon as they are accepted. Trusted proxies are not limited.
    pub max_connections_per_peer: usize,
}

impl Default for HttpLimits {
    fn default() -> Self {
        Self {
            header_read_timeout: Duration::from_secs(10),
            // A full brief (12 MiB) at 1 Mbit/s takes about 100 s.
            request_timeout: Duration::from_secs(180),
            max_connections: 1024,
            max_connections_per_peer: 128,
        }
    }
}

/// Middleware for a route that takes at most `limit` body bytes: a larger `Content-Length` is a
/// 413 at once, instead of a wait for a body the server would refuse anyway.
pub async fn refuse_oversized(
    State(limit): State<usize>,
    request: Request,
    next: Next,
) -> Response {
    let declared = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok());
    match declared {
        Some(length) if length > limit as u64 => {
            ApiError::PayloadTooLarge { limit }.into_response()
        }
        _ => next.run(request).await,
    }
}
