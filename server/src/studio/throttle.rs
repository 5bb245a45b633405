//! Limits on failed sign-ins, per peer address and per account email.
//!
//! Only failures spend tokens: a jeweler who types the password right is never slowed down, while
//! guessing is held to a trickle from any one address and against any one account (so a botnet
//! spread over many addresses still gets only a few guesses per account per minute).

use std::collections::HashMap;
use std::hash::Hash;
use std::net::IpAddr;
use std::sync::{Arc, Mutex};
use std::time::Instant;

/// Entries kept before those that have refilled completely are forgotten.
const MAX_TRACKED: usize = 10_000;

/// Token buckets of failures keyed by `K`: `burst` failures at once, refilled at `per_minute`.
#[derive(Debug, Clone)]
pub struct FailureLimiter<K> {
    inner: Arc<Mutex<HashMap<K, (f64, Instant)>>>,
    burst: f64,
    per_second: f64,
}

impl<K: Eq + Hash + Clone> FailureLimiter<K> {
    /// A limiter allowing `burst` failures at once and `per_minute` after that.
    pub fn new(burst: u32, per_minute: u32) -> Self {
        Self {
            inner: Arc::new(Mutex::new(HashMap::new())),
            burst: f64::from(burst.max(1)),
            per_second: f64::from(per_minute.max(1)) / 60.0,
        }
    }

    fn tokens(&self, stored: Option<&(f64, Instant)>, now: Instant) -> f64 {
        stored.map_or(self.burst, |(tokens, at)| {
            (tokens + now.saturating_duration_since(*at).as_secs_f64() * self.per_second)
                .min(self.burst)
        })
    }

    /// `Err(seconds)` when `key` has no attempt left at `now`: how long until it has one.
    pub fn check(&self, key: &K, now: Instant) -> Result<(), u64> {
        let map = self
            .inner
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let tokens = self.tokens(map.get(key), now);
        if tokens >= 1.0 {
            Ok(())
        } else {
            Err((((1.0 - tokens) / self.per_second).ceil() as u64).max(1))
        }
    }

    /// Records a failure for `key` at `now`.
    pub fn fail(&self, key: K, now: Instant) {
        let mut map = self
            .inner
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if map.len() >= MAX_TRACKED {
            let burst = self.burst;
            let refilled: Vec<K> = map
                .iter()
                .filter(|(_, v)| self.tokens(Some(v), now) >= burst)
                .map(|(k, _)| k.clone())
                .collect();
            for k in refilled {
                map.remove(&k);
            }
        }
        let tokens = self.tokens(map.get(&key), now);
        map.insert(key, ((tokens - 1.0).max(0.0), now));
    }
}

/// The key for a peer: IPv4 as is, IPv6 by its /64 (one subscriber's block).
pub fn peer_key(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => {
                let s = v6.segments();
                IpAddr::from([s[0], s[1], s[2], s[3], 0, 0, 0, 0])
            }
        },
        v4 => v4,
    }
}

/// The TCP peer's address (never a forwarded-for header, which anyone can forge); `0.0.0.0`
/// when the server runs without connection info, as in tests.
#[derive(Debug, Clone, Copy)]
pub struct Peer(pub IpAddr);

impl<S: Send + Sync> axum::extract::FromRequestParts<S> for Peer {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        _state: &S,
    ) -> Result<Self, Self::Rejection> {
        Ok(Peer(
            parts
                .extensions
                .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
                .map_or(IpAddr::from([0, 0, 0, 0]), |c| c.0.ip()),
        ))
    }
}

/// The two sign-in limiters the studio shares across requests.
#[derive(Debug, Clone)]
pub struct LoginLimits {
    /// Failures per peer address: 10 at once, then 10 a minute.
    pub by_peer: FailureLimiter<IpAddr>,
    /// Failures per account email: 5 at once, then 2 a minute.
    pub by_email: FailureLimiter<String>,
}

impl Default for LoginLimits {
    fn default() -> Self {
        Self {
            by_peer: FailureLimiter::new(10, 10),
            by_email: FailureLimiter::new(5, 2),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn only_failures_count_and_they_refill() {
        let limiter = FailureLimiter::new(2, 6);
        let t0 = Instant::now();
        let key = "ada@example.com".to_owned();
        assert_eq!(limiter.check(&key, t0), Ok(()));
        assert_eq!(
            limiter.check(&key, t0),
            Ok(()),
            "a check alone spends nothing"
        );
        limiter.fail(key.clone(), t0);
        limiter.fail(key.clone(), t0);
        assert_eq!(limiter.check(&key, t0), Err(10));
        assert_eq!(limiter.check(&key, t0 + Duration::from_secs(10)), Ok(()));
        assert_eq!(limiter.check(&"other".to_owned(), t0), Ok(()));
    }
}
