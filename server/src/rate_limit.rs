//! Limits per client: the mechanism ([`bucket`]), who the client is ([`client`]), and the limit on
//! the public form endpoint ([`RateLimiter`] with its middleware [`limit`]).
//!
//! The client is the TCP peer, or behind a listed reverse proxy (`trusted_proxies`) the address
//! that proxy forwards; a header from anyone else is ignored, since any client can write one.

pub mod bucket;
pub mod client;

use crate::error::ApiError;
use crate::Config;
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use bucket::{Buckets, Quota};
use client::{ClientAddr, Network, TrustedProxies};
use std::net::IpAddr;
use std::sync::Arc;
use std::time::Instant;

/// Consultation requests per client: `burst` at once, refilled at `per_minute`.
#[derive(Debug, Clone)]
pub struct RateLimiter {
    buckets: Buckets<IpAddr>,
    trusted: Arc<[Network]>,
}

impl RateLimiter {
    /// A limiter allowing `burst` requests at once and `per_minute` sustained, per TCP peer.
    pub fn new(per_minute: u32, burst: u32) -> Self {
        Self {
            buckets: Buckets::new(Quota { burst, per_minute }),
            trusted: Arc::from([]),
        }
    }

    /// The limiter the configuration asks for, believing its `trusted_proxies`.
    pub fn from_config(config: &Config) -> Self {
        Self::with_quota(
            config,
            config.rate_limit_per_minute,
            config.rate_limit_burst,
        )
    }

    /// The commission pages' limits (`commission_rate_limit_per_minute` and `_burst`).
    pub fn for_commissions(config: &Config) -> Self {
        Self::with_quota(
            config,
            config.commission_rate_limit_per_minute,
            config.commission_rate_limit_burst,
        )
    }

    /// A limiter of `per_minute` and `burst` that believes the configuration's `trusted_proxies`.
    pub fn with_quota(config: &Config, per_minute: u32, burst: u32) -> Self {
        Self {
            trusted: config.trusted_proxies.clone().into(),
            ..Self::new(per_minute, burst)
        }
    }

    /// Takes a token for `client` at `now`; `Err(seconds)` says when the next one is available.
    pub fn check(&self, client: ClientAddr, now: Instant) -> Result<(), u64> {
        self.buckets.take(&client.0, now)
    }
}

impl TrustedProxies for RateLimiter {
    fn trusted_proxies(&self) -> &[Network] {
        &self.trusted
    }
}

/// Middleware: 429 with `Retry-After` once the client's bucket is empty.
pub async fn limit(State(limiter): State<RateLimiter>, request: Request, next: Next) -> Response {
    let client = ClientAddr::of(
        request.extensions(),
        request.headers(),
        limiter.trusted_proxies(),
    );
    match limiter.check(client, Instant::now()) {
        Ok(()) => next.run(request).await,
        Err(retry_after_secs) => ApiError::RateLimited { retry_after_secs }.into_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    fn client(text: &str) -> ClientAddr {
        ClientAddr(client::subscriber(text.parse().expect("ip")))
    }

    #[test]
    fn burst_then_refill_per_client() {
        let limiter = RateLimiter::new(6, 2);
        let t0 = Instant::now();
        let ip = client("127.0.0.1");
        assert_eq!(limiter.check(ip, t0), Ok(()));
        assert_eq!(limiter.check(ip, t0), Ok(()));
        assert_eq!(limiter.check(ip, t0), Err(10));
        assert_eq!(limiter.check(ip, t0 + Duration::from_secs(10)), Ok(()));
        assert_eq!(limiter.check(client("127.0.0.2"), t0), Ok(()));
    }

    #[test]
    fn ipv6_clients_share_their_slash_64() {
        let limiter = RateLimiter::new(1, 1);
        let t0 = Instant::now();
        assert_eq!(limiter.check(client("2001:db8:1:2::1"), t0), Ok(()));
        assert!(limiter.check(client("2001:db8:1:2::ffff"), t0).is_err());
    }
}
