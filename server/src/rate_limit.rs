//! A token bucket per peer address for the public form endpoint.
//!
//! The key is the TCP peer (`ConnectInfo<SocketAddr>`), never `X-Forwarded-For`, which any client
//! can forge. IPv6 peers are keyed by their /64, the block one subscriber usually gets. Behind a
//! reverse proxy every visitor shares the proxy's address, so the limits must then be set for the
//! whole shop, or the proxy must do the limiting.

use crate::error::ApiError;
use axum::extract::{ConnectInfo, Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::collections::HashMap;
use std::net::{IpAddr, Ipv6Addr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::Instant;

/// Buckets kept before full ones are forgotten (they carry no information).
const MAX_TRACKED: usize = 10_000;

/// Shared per-address token buckets: `burst` requests at once, refilled at `per_minute`.
#[derive(Debug, Clone)]
pub struct RateLimiter {
    inner: Arc<Mutex<HashMap<IpAddr, Bucket>>>,
    burst: f64,
    per_second: f64,
}

#[derive(Debug, Clone, Copy)]
struct Bucket {
    tokens: f64,
    updated: Instant,
}

impl RateLimiter {
    /// A limiter allowing `burst` requests at once and `per_minute` sustained, per address.
    pub fn new(per_minute: u32, burst: u32) -> Self {
        Self {
            inner: Arc::new(Mutex::new(HashMap::new())),
            burst: f64::from(burst.max(1)),
            per_second: f64::from(per_minute.max(1)) / 60.0,
        }
    }

    /// Takes a token for `ip` at `now`; `Err(seconds)` says when the next one is available.
    pub fn check(&self, ip: IpAddr, now: Instant) -> Result<(), u64> {
        let key = bucket_key(ip);
        // A poisoned lock only means another request panicked mid-update; the numbers are still usable.
        let mut map = self
            .inner
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if map.len() >= MAX_TRACKED {
            let (burst, rate) = (self.burst, self.per_second);
            map.retain(|_, b| {
                b.tokens + now.saturating_duration_since(b.updated).as_secs_f64() * rate < burst
            });
        }
        let bucket = map.entry(key).or_insert(Bucket {
            tokens: self.burst,
            updated: now,
        });
        let elapsed = now.saturating_duration_since(bucket.updated).as_secs_f64();
        bucket.tokens = (bucket.tokens + elapsed * self.per_second).min(self.burst);
        bucket.updated = now;
        if bucket.tokens >= 1.0 {
            bucket.tokens -= 1.0;
            Ok(())
        } else {
            let wait = ((1.0 - bucket.tokens) / self.per_second).ceil();
            Err((wait as u64).max(1))
        }
    }
}

fn bucket_key(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => {
                let s = v6.segments();
                IpAddr::V6(Ipv6Addr::new(s[0], s[1], s[2], s[3], 0, 0, 0, 0))
            }
        },
        v4 => v4,
    }
}

/// Middleware: 429 with `Retry-After` once the peer's bucket is empty.
pub async fn limit(State(limiter): State<RateLimiter>, request: Request, next: Next) -> Response {
    // Without connection info (a test harness, a misconfigured listener) all requests share a bucket.
    let ip = request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map_or(IpAddr::from([0, 0, 0, 0]), |c| c.0.ip());
    match limiter.check(ip, Instant::now()) {
        Ok(()) => next.run(request).await,
        Err(retry_after_secs) => ApiError::RateLimited { retry_after_secs }.into_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn burst_then_refill() {
        let limiter = RateLimiter::new(6, 2);
        let ip = IpAddr::from([127, 0, 0, 1]);
        let t0 = Instant::now();
        assert_eq!(limiter.check(ip, t0), Ok(()));
        assert_eq!(limiter.check(ip, t0), Ok(()));
        assert_eq!(limiter.check(ip, t0), Err(10));
        assert_eq!(limiter.check(ip, t0 + Duration::from_secs(4)), Err(6));
        assert_eq!(limiter.check(ip, t0 + Duration::from_secs(10)), Ok(()));
        // Another peer has its own bucket.
        assert_eq!(limiter.check(IpAddr::from([127, 0, 0, 2]), t0), Ok(()));
    }

    #[test]
    fn ipv6_peers_share_their_slash_64() {
        let limiter = RateLimiter::new(1, 1);
        let t0 = Instant::now();
        let a: IpAddr = "2001:db8:1:2::1".parse().expect("ip");
        let b: IpAddr = "2001:db8:1:2::ffff".parse().expect("ip");
        assert_eq!(limiter.check(a, t0), Ok(()));
        assert!(limiter.check(b, t0).is_err());
    }
}
