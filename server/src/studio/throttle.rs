//! Limits on sign-in attempts, after OWASP's advice on online guessing: per client address, per
//! account, and per known device, with at most one password check in flight per account.
//!
//! An attempt is reserved before its password is checked (take a token, atomically), so a burst of
//! concurrent guesses gets exactly the allowance and no more; a success hands its tokens back, so
//! only failures count. A stranger (a browser without the account's device cookie, see
//! [`super::device`]) is limited per client address (10 at once, then 10 a minute) and per account
//! (5 at once, then 2 a minute); a browser that has signed in to the account before is limited on
//! its own (5, then 2 a minute), so strangers guessing cannot lock the jeweler out.
//!
//! Accounts and devices are keyed by a SHA-256 digest, whatever the length of what was sent, and
//! every map is capped ([`crate::rate_limit::bucket`]).

use crate::rate_limit::bucket::{Buckets, Quota};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Instant;

/// An account's key: the SHA-256 of its normalised email.
pub type AccountKey = [u8; 32];
/// A known device's key: the SHA-256 of its device cookie.
pub type DeviceKey = [u8; 32];

/// Failed sign-ins per client address.
pub const PER_CLIENT: Quota = Quota {
    burst: 10,
    per_minute: 10,
};
/// Failed sign-ins per account, from browsers it does not know.
pub const PER_ACCOUNT: Quota = Quota {
    burst: 5,
    per_minute: 2,
};
/// Failed sign-ins per known device.
pub const PER_DEVICE: Quota = Quota {
    burst: 5,
    per_minute: 2,
};

/// The key of the account a (normalised) email names, whether or not it exists.
pub fn account_key(email: &str) -> AccountKey {
    Sha256::digest(email.as_bytes()).into()
}

/// Who is attempting a sign-in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Attempt {
    /// A browser the account does not know, from this client address.
    Stranger {
        /// The client (see [`crate::rate_limit::client`]).
        client: IpAddr,
        /// The account it names.
        account: AccountKey,
    },
    /// A browser that signed in to the account before.
    KnownDevice(DeviceKey),
    /// A setup request (the one-time link), from this client address.
    Setup(IpAddr),
}

/// The sign-in limits the studio shares across requests.
#[derive(Debug, Clone)]
pub struct LoginLimits {
    by_client: Buckets<IpAddr>,
    by_account: Buckets<AccountKey>,
    by_device: Buckets<DeviceKey>,
    turns: Turns,
}

impl Default for LoginLimits {
    fn default() -> Self {
        Self {
            by_client: Buckets::new(PER_CLIENT),
            by_account: Buckets::new(PER_ACCOUNT),
            by_device: Buckets::new(PER_DEVICE),
            turns: Turns::default(),
        }
    }
}

impl LoginLimits {
    /// Reserves one attempt at `now`, or `Err(seconds)` until one is available.
    pub fn reserve(&self, attempt: Attempt, now: Instant) -> Result<Reservation<'_>, u64> {
        match attempt {
            Attempt::Stranger { client, account } => {
                self.by_client.take(&client, now)?;
                if let Err(wait) = self.by_account.take(&account, now) {
                    self.by_client.give_back(&client, now);
                    return Err(wait);
                }
            }
            Attempt::KnownDevice(device) => self.by_device.take(&device, now)?,
            Attempt::Setup(client) => self.by_client.take(&client, now)?,
        }
        Ok(Reservation {
            limits: self,
            attempt,
        })
    }

    /// Waits until no other password check for `account` is running, and holds that turn.
    pub async fn turn(&self, account: AccountKey) -> Turn {
        self.turns.wait(account).await
    }

    /// Accounts, devices and clients tracked now, for tests of the caps.
    pub fn tracked(&self) -> usize {
        self.by_client.len() + self.by_account.len() + self.by_device.len()
    }
}

/// A reserved attempt. Dropped, it stays spent (a failure, or a request that never finished);
/// [`Reservation::succeeded`] hands it back.
#[derive(Debug)]
#[must_use = "a reservation is spent unless it is handed back"]
pub struct Reservation<'a> {
    limits: &'a LoginLimits,
    attempt: Attempt,
}

impl Reservation<'_> {
    /// The attempt succeeded: it does not count against any limit.
    pub fn succeeded(self, now: Instant) {
        let l = self.limits;
        match self.attempt {
            Attempt::Stranger { client, account } => {
                l.by_client.give_back(&client, now);
                l.by_account.give_back(&account, now);
            }
            Attempt::KnownDevice(device) => l.by_device.give_back(&device, now),
            Attempt::Setup(client) => l.by_client.give_back(&client, now),
        }
    }
}

#[derive(Debug)]
struct Slot {
    lock: Arc<tokio::sync::Mutex<()>>,
    /// Turns holding or waiting for `lock`; the slot goes when none is left.
    users: usize,
}

/// One lock per account with a check in flight, and no entry for any other account.
#[derive(Debug, Clone, Default)]
struct Turns {
    slots: Arc<Mutex<HashMap<AccountKey, Slot>>>,
}

impl Turns {
    async fn wait(&self, account: AccountKey) -> Turn {
        let lock = {
            let mut slots = self.slots.lock().unwrap_or_else(PoisonError::into_inner);
            let slot = slots.entry(account).or_insert_with(|| Slot {
                lock: Arc::default(),
                users: 0,
            });
            slot.users += 1;
            slot.lock.clone()
        };
        // Made before waiting, so a request dropped while it waits still leaves the slot.
        let mut turn = Turn {
            slots: self.slots.clone(),
            account,
            guard: None,
        };
        turn.guard = Some(lock.lock_owned().await);
        turn
    }
}

/// The turn of one password check for an account; the next waiting check starts when it drops.
#[derive(Debug)]
pub struct Turn {
    slots: Arc<Mutex<HashMap<AccountKey, Slot>>>,
    account: AccountKey,
    guard: Option<tokio::sync::OwnedMutexGuard<()>>,
}

impl Drop for Turn {
    fn drop(&mut self) {
        self.guard.take();
        let mut slots = self.slots.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(slot) = slots.get_mut(&self.account) {
            slot.users = slot.users.saturating_sub(1);
            if slot.users == 0 {
                slots.remove(&self.account);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::time::Duration;

    fn stranger(client: [u8; 4], email: &str) -> Attempt {
        Attempt::Stranger {
            client: IpAddr::from(client),
            account: account_key(email),
        }
    }

    #[test]
    fn only_failures_count_and_they_refill() {
        let limits = LoginLimits::default();
        let t0 = Instant::now();
        for _ in 0..20 {
            let r = limits.reserve(stranger([10, 0, 0, 1], "ada@example.com"), t0);
            r.expect("a success gives its attempt back").succeeded(t0);
        }
        assert_eq!(limits.tracked(), 0, "nothing is remembered of successes");
        for i in 0..5 {
            let r = limits.reserve(stranger([10, 0, 1, i], "ada@example.com"), t0);
            drop(r.expect("within the allowance"));
        }
        let refused = limits.reserve(stranger([10, 0, 2, 1], "ada@example.com"), t0);
        assert_eq!(refused.map(|_| ()), Err(30));
        assert!(limits
            .reserve(
                stranger([10, 0, 2, 1], "ada@example.com"),
                t0 + Duration::from_secs(30)
            )
            .is_ok());
        // The refused attempt did not cost the address anything: it still has ten.
        for _ in 0..10 {
            drop(limits.reserve(
                stranger([10, 0, 2, 1], "other@example.com"),
                t0 + Duration::from_secs(30),
            ));
        }
    }

    #[test]
    fn a_known_device_is_limited_on_its_own() {
        let limits = LoginLimits::default();
        let t0 = Instant::now();
        for i in 0..5 {
            drop(
                limits
                    .reserve(stranger([10, 0, 0, i], "ada@example.com"), t0)
                    .expect("allowed"),
            );
        }
        assert!(limits
            .reserve(stranger([10, 0, 0, 9], "ada@example.com"), t0)
            .is_err());
        let device = Attempt::KnownDevice([7; 32]);
        for _ in 0..5 {
            drop(
                limits
                    .reserve(device, t0)
                    .expect("the device's own allowance"),
            );
        }
        assert!(limits.reserve(device, t0).is_err());
        assert!(limits.reserve(Attempt::KnownDevice([8; 32]), t0).is_ok());
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    async fn one_check_per_account_at_a_time() {
        let limits = LoginLimits::default();
        let running = Arc::new(AtomicUsize::new(0));
        let most = Arc::new(AtomicUsize::new(0));
        let checks: Vec<_> = (0..16)
            .map(|i| {
                let (limits, running, most) = (limits.clone(), running.clone(), most.clone());
                tokio::spawn(async move {
                    let account = account_key(if i % 2 == 0 {
                        "a@x.example"
                    } else {
                        "b@x.example"
                    });
                    let _turn = limits.turn(account).await;
                    let now = running.fetch_add(1, Ordering::SeqCst) + 1;
                    most.fetch_max(now, Ordering::SeqCst);
                    tokio::task::yield_now().await;
                    running.fetch_sub(1, Ordering::SeqCst);
                })
            })
            .collect();
        for c in checks {
            c.await.expect("check");
        }
        assert!(
            most.load(Ordering::SeqCst) <= 2,
            "one per account, two accounts"
        );
        assert!(
            limits.turns.slots.lock().expect("lock").is_empty(),
            "no slot left behind"
        );
    }

    #[tokio::test]
    async fn a_request_dropped_while_waiting_leaves_no_slot() {
        let limits = LoginLimits::default();
        let account = account_key("a@x.example");
        let held = limits.turn(account).await;
        let mut waiting = Box::pin(limits.turn(account));
        let polled = futures_util::FutureExt::now_or_never(&mut waiting);
        assert!(polled.is_none(), "the second check waits for the first");
        drop(waiting);
        drop(held);
        assert!(limits.turns.slots.lock().expect("lock").is_empty());
    }
}
