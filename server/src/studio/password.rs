//! Password hashing with argon2id at OWASP's minimum cost (19 MiB, 2 passes, 1 lane), always on
//! a blocking thread so a sign-in never stalls the async workers.
//!
//! Unknown accounts are checked against a dummy hash, so a wrong email costs the same time as a
//! wrong password and the response time tells nothing about which accounts exist. At most
//! [`MAX_CONCURRENT`] hashes run at once: a burst of sign-ins queues instead of claiming 19 MiB
//! each (failures are only counted once they finish, so the rate limits cannot stop a burst).

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use std::sync::OnceLock;

/// Memory cost in KiB (19 MiB).
pub const MEMORY_KIB: u32 = 19 * 1024;
/// Passes over memory.
pub const ITERATIONS: u32 = 2;
/// Lanes.
pub const PARALLELISM: u32 = 1;
/// Shortest password accepted.
pub const MIN_LEN: usize = 12;
/// Longest password accepted (characters), so hashing stays bounded.
pub const MAX_LEN: usize = 256;
/// Hashes computed at the same time (each holds [`MEMORY_KIB`] of memory).
pub const MAX_CONCURRENT: usize = 4;

/// Why a password could not be hashed or checked.
#[derive(Debug, thiserror::Error)]
pub enum PasswordError {
    #[error("password hashing failed: {0}")]
    Hash(String),
    #[error("the hashing thread stopped: {0}")]
    Join(#[from] tokio::task::JoinError),
    #[error("the hashing queue is closed")]
    Closed(#[from] tokio::sync::AcquireError),
    #[error(transparent)]
    Random(#[from] super::token::NoRandomness),
}

fn hasher() -> Result<Argon2<'static>, PasswordError> {
    let params = Params::new(MEMORY_KIB, ITERATIONS, PARALLELISM, None)
        .map_err(|e| PasswordError::Hash(e.to_string()))?;
    Ok(Argon2::new(Algorithm::Argon2id, Version::V0x13, params))
}

/// What is wrong with a new password, in words, or `None` when it is acceptable.
pub fn weakness(password: &str) -> Option<String> {
    let len = password.chars().count();
    if len < MIN_LEN {
        Some(format!("use at least {MIN_LEN} characters"))
    } else if len > MAX_LEN {
        Some(format!("use at most {MAX_LEN} characters"))
    } else {
        None
    }
}

fn hash_now(password: &str) -> Result<String, PasswordError> {
    let mut salt = [0u8; 16];
    getrandom::getrandom(&mut salt)
        .map_err(|e| PasswordError::Hash(format!("no randomness for the salt: {e}")))?;
    let salt = SaltString::encode_b64(&salt).map_err(|e| PasswordError::Hash(e.to_string()))?;
    Ok(hasher()?
        .hash_password(password.as_bytes(), &salt)
        .map_err(|e| PasswordError::Hash(e.to_string()))?
        .to_string())
}

fn verify_now(password: &str, phc: &str) -> bool {
    // The parameters come from the stored string, so older hashes keep verifying after a change.
    PasswordHash::new(phc).is_ok_and(|parsed| {
        Argon2::default()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok()
    })
}

fn dummy_hash() -> &'static str {
    static DUMMY: OnceLock<String> = OnceLock::new();
    DUMMY.get_or_init(|| {
        let secret = super::token::random_token().unwrap_or_else(|_| "unguessable".repeat(4));
        hash_now(&secret).unwrap_or_default()
    })
}

fn queue() -> &'static tokio::sync::Semaphore {
    static QUEUE: OnceLock<tokio::sync::Semaphore> = OnceLock::new();
    QUEUE.get_or_init(|| tokio::sync::Semaphore::new(MAX_CONCURRENT))
}

/// The argon2id PHC string of a password (`$argon2id$v=19$m=19456,t=2,p=1$…`).
pub async fn hash(password: String) -> Result<String, PasswordError> {
    let _permit = queue().acquire().await?;
    tokio::task::spawn_blocking(move || hash_now(&password)).await?
}

/// Whether `password` matches `stored`; with `None` (no such account) the dummy hash is checked
/// instead and the answer is always `false`.
pub async fn verify(password: String, stored: Option<String>) -> Result<bool, PasswordError> {
    let _permit = queue().acquire().await?;
    Ok(tokio::task::spawn_blocking(move || match stored {
        Some(phc) => verify_now(&password, &phc),
        None => {
            let _ = verify_now(&password, dummy_hash());
            false
        }
    })
    .await?)
}

/// Computes the dummy hash ahead of the first sign-in, so that one costs no more than the rest.
pub async fn warm_up() {
    let _ = tokio::task::spawn_blocking(dummy_hash).await;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn hashes_with_owasp_parameters_and_verifies() {
        let phc = hash("correct horse battery".to_owned())
            .await
            .expect("hash");
        assert!(phc.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{phc}");
        assert!(
            verify("correct horse battery".to_owned(), Some(phc.clone()))
                .await
                .expect("verify")
        );
        assert!(!verify("wrong horse battery".to_owned(), Some(phc))
            .await
            .expect("verify"));
        assert!(!verify("anything at all".to_owned(), None)
            .await
            .expect("verify"));
    }

    #[tokio::test]
    async fn a_burst_of_sign_ins_queues_and_every_one_is_answered() {
        let checks: Vec<_> = (0..3 * MAX_CONCURRENT)
            .map(|_| tokio::spawn(verify("guess guess guess".to_owned(), None)))
            .collect();
        for check in checks {
            assert!(matches!(check.await, Ok(Ok(false))));
        }
    }

    #[test]
    fn length_rules() {
        assert!(weakness("short").is_some());
        assert!(weakness("twelve chars").is_none());
        assert!(weakness(&"x".repeat(300)).is_some());
    }
}
