//! The one limiting mechanism: a token bucket per key, shared by the brief limit and every
//! sign-in limit.
//!
//! [`Buckets::take`] spends a token atomically (check and spend under one lock), so concurrent
//! requests cannot all pass a check made before any of them is counted. [`Buckets::give_back`]
//! returns a token, for a limit that counts only failures: a sign-in reserves an attempt before it
//! verifies, and a success hands the attempt back.
//!
//! The map holds at most `capacity` keys. A full bucket says nothing and is dropped first; if every
//! bucket still holds information, the fullest one (the least spent) makes room, so keys under
//! attack, whose buckets are empty, are the last to be forgotten.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Instant;

/// The keys a limiter tracks unless told otherwise.
pub const DEFAULT_CAPACITY: usize = 10_000;

/// How many attempts a key may make: `burst` at once, then `per_minute`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Quota {
    /// Tokens a fresh bucket holds.
    pub burst: u32,
    /// Tokens added back per minute, up to `burst`.
    pub per_minute: u32,
}

#[derive(Debug, Clone, Copy)]
struct Bucket {
    tokens: f64,
    updated: Instant,
}

/// Token buckets keyed by `K`, shared between clones.
#[derive(Debug, Clone)]
pub struct Buckets<K> {
    map: Arc<Mutex<HashMap<K, Bucket>>>,
    burst: f64,
    per_second: f64,
    capacity: usize,
}

impl<K: Eq + Hash + Clone> Buckets<K> {
    /// Buckets for `quota` (a zero is taken as one), tracking at most [`DEFAULT_CAPACITY`] keys.
    pub fn new(quota: Quota) -> Self {
        Self::with_capacity(quota, DEFAULT_CAPACITY)
    }

    /// Buckets for `quota` tracking at most `capacity` keys (at least one).
    pub fn with_capacity(quota: Quota, capacity: usize) -> Self {
        Self {
            map: Arc::new(Mutex::new(HashMap::new())),
            burst: f64::from(quota.burst.max(1)),
            per_second: f64::from(quota.per_minute.max(1)) / 60.0,
            capacity: capacity.max(1),
        }
    }

    fn lock(&self) -> MutexGuard<'_, HashMap<K, Bucket>> {
        // A poisoned lock only means a panic elsewhere mid-update; the numbers are still usable.
        self.map.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn tokens_at(&self, bucket: &Bucket, now: Instant) -> f64 {
        let refill = now.saturating_duration_since(bucket.updated).as_secs_f64() * self.per_second;
        (bucket.tokens + refill).min(self.burst)
    }

    /// Spends one token of `key` at `now`; `Err(seconds)` until the next one when there is none.
    pub fn take(&self, key: &K, now: Instant) -> Result<(), u64> {
        let mut map = self.lock();
        let tokens = map.get(key).map_or(self.burst, |b| self.tokens_at(b, now));
        if tokens < 1.0 {
            let wait = ((1.0 - tokens) / self.per_second).ceil() as u64;
            return Err(wait.max(1));
        }
        if !map.contains_key(key) {
            self.make_room(&mut map, now);
        }
        map.insert(
            key.clone(),
            Bucket {
                tokens: tokens - 1.0,
                updated: now,
            },
        );
        Ok(())
    }

    /// Returns a token [`Buckets::take`] spent for `key`; a bucket that is full again is dropped.
    pub fn give_back(&self, key: &K, now: Instant) {
        let mut map = self.lock();
        let Some(bucket) = map.get(key) else {
            return;
        };
        let tokens = (self.tokens_at(bucket, now) + 1.0).min(self.burst);
        if tokens >= self.burst {
            map.remove(key);
        } else {
            map.insert(
                key.clone(),
                Bucket {
                    tokens,
                    updated: now,
                },
            );
        }
    }

    /// Keys tracked now.
    pub fn len(&self) -> usize {
        self.lock().len()
    }

    /// Whether no key is tracked.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn make_room(&self, map: &mut HashMap<K, Bucket>, now: Instant) {
        if map.len() < self.capacity {
            return;
        }
        map.retain(|_, b| self.tokens_at(b, now) < self.burst);
        if map.len() < self.capacity {
            return;
        }
        let fullest = map
            .iter()
            .max_by(|a, b| {
                self.tokens_at(a.1, now)
                    .total_cmp(&self.tokens_at(b.1, now))
            })
            .map(|(k, _)| k.clone());
        if let Some(key) = fullest {
            map.remove(&key);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    fn quota(burst: u32, per_minute: u32) -> Quota {
        Quota { burst, per_minute }
    }

    #[test]
    fn burst_then_refill() {
        let buckets = Buckets::new(quota(2, 6));
        let t0 = Instant::now();
        assert_eq!(buckets.take(&1, t0), Ok(()));
        assert_eq!(buckets.take(&1, t0), Ok(()));
        assert_eq!(buckets.take(&1, t0), Err(10));
        assert_eq!(buckets.take(&1, t0 + Duration::from_secs(4)), Err(6));
        assert_eq!(buckets.take(&1, t0 + Duration::from_secs(10)), Ok(()));
        assert_eq!(
            buckets.take(&2, t0),
            Ok(()),
            "another key has its own bucket"
        );
    }

    #[test]
    fn a_token_given_back_can_be_taken_again() {
        let buckets = Buckets::new(quota(1, 1));
        let t0 = Instant::now();
        assert_eq!(buckets.take(&"ada", t0), Ok(()));
        assert_eq!(buckets.take(&"ada", t0), Err(60));
        buckets.give_back(&"ada", t0);
        assert!(buckets.is_empty(), "a full bucket is forgotten");
        assert_eq!(buckets.take(&"ada", t0), Ok(()));
        buckets.give_back(&"unknown", t0);
        assert_eq!(buckets.len(), 1);
    }

    #[test]
    fn concurrent_takes_never_exceed_the_burst() {
        let buckets = Buckets::new(quota(5, 1));
        let now = Instant::now();
        let granted: usize = std::thread::scope(|s| {
            let handles: Vec<_> = (0..40)
                .map(|_| s.spawn(|| buckets.take(&"account", now).is_ok()))
                .collect();
            handles
                .into_iter()
                .map(|h| usize::from(h.join().unwrap_or(false)))
                .sum()
        });
        assert_eq!(granted, 5);
    }

    #[test]
    fn the_map_never_outgrows_its_capacity_and_forgets_spent_keys_last() {
        let buckets = Buckets::with_capacity(quota(5, 1), 100);
        let t0 = Instant::now();
        // The key under attack has spent everything.
        for _ in 0..5 {
            assert_eq!(buckets.take(&u32::MAX, t0), Ok(()));
        }
        for key in 0..10_000u32 {
            assert_eq!(buckets.take(&key, t0), Ok(()));
            assert!(buckets.len() <= 100);
        }
        assert_eq!(buckets.len(), 100);
        assert!(buckets.take(&u32::MAX, t0).is_err(), "still locked");
    }
}
