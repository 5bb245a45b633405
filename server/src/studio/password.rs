//! Password hashing with argon2id at OWASP's minimum cost (19 MiB, 2 passes, 1 lane), always on
//! a blocking thread so a sign-in never stalls the async workers.
//!
//! Unknown accounts are checked against a dummy hash, so a wrong email costs the same time as a
//! wrong password and the response time tells nothing about which accounts exist.
//!
//! Memory stays bounded under any burst: at most [`MAX_CONCURRENT`] hashes run at once, and each
//! runs in one of that many block buffers that are allocated once and reused. Were every hash to
//! allocate its own 19 MiB, the allocator would keep the freed blocks in per-thread arenas and a
//! burst of sign-ins would leave the server holding about a gigabyte.

use argon2::password_hash::{Output, ParamsString, PasswordHash, SaltString};
use argon2::{Algorithm, Argon2, Block, Params, Version};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, OnceLock, PoisonError};

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
/// Hashes computed at the same time, each in its own [`MEMORY_KIB`] buffer kept for reuse. More
/// than the machine's cores would only hold more memory without finishing sooner.
pub const MAX_CONCURRENT: usize = 2;

/// Bytes of the hash itself.
const OUTPUT_LEN: usize = 32;

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

impl From<argon2::Error> for PasswordError {
    fn from(e: argon2::Error) -> Self {
        PasswordError::Hash(e.to_string())
    }
}

impl From<argon2::password_hash::Error> for PasswordError {
    fn from(e: argon2::password_hash::Error) -> Self {
        PasswordError::Hash(e.to_string())
    }
}

fn params() -> Result<Params, PasswordError> {
    Ok(Params::new(
        MEMORY_KIB,
        ITERATIONS,
        PARALLELISM,
        Some(OUTPUT_LEN),
    )?)
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

static COMPUTED: AtomicU64 = AtomicU64::new(0);

/// How many argon2 computations (hashes and verifications) this process has run, so tests can
/// tell that a refused request never reached one.
pub fn hashes_computed() -> u64 {
    COMPUTED.load(Ordering::Relaxed)
}

/// The block buffers and the permits to use them.
struct Pool {
    permits: tokio::sync::Semaphore,
    free: Mutex<Vec<Vec<Block>>>,
}

fn pool() -> &'static Pool {
    static POOL: OnceLock<Pool> = OnceLock::new();
    POOL.get_or_init(|| Pool {
        permits: tokio::sync::Semaphore::new(MAX_CONCURRENT),
        free: Mutex::new(Vec::with_capacity(MAX_CONCURRENT)),
    })
}

/// Runs `job` on a blocking thread with a reused block buffer of `blocks` blocks (at most
/// [`MEMORY_KIB`]), waiting for a free one.
async fn with_memory<T, F>(blocks: usize, job: F) -> Result<T, PasswordError>
where
    T: Send + 'static,
    F: FnOnce(&mut [Block]) -> Result<T, PasswordError> + Send + 'static,
{
    let most = MEMORY_KIB as usize;
    if blocks > most {
        return Err(PasswordError::Hash(format!(
            "the stored hash needs {blocks} KiB, more than the {most} KiB allowed"
        )));
    }
    let pool = pool();
    let _permit = pool.permits.acquire().await?;
    // A permit guarantees a buffer is free or may be made: never more than MAX_CONCURRENT exist.
    let mut buffer = pool
        .free
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .pop()
        .unwrap_or_default();
    let (buffer, result) = tokio::task::spawn_blocking(move || {
        if buffer.len() < most {
            buffer.resize(most, Block::default());
        }
        COMPUTED.fetch_add(1, Ordering::Relaxed);
        let result = job(&mut buffer[..blocks]);
        (buffer, result)
    })
    .await?;
    pool.free
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .push(buffer);
    result
}

fn hash_into(password: &[u8], blocks: &mut [Block]) -> Result<String, PasswordError> {
    let mut salt = [0u8; 16];
    getrandom::getrandom(&mut salt)
        .map_err(|e| PasswordError::Hash(format!("no randomness for the salt: {e}")))?;
    let params = params()?;
    let mut out = [0u8; OUTPUT_LEN];
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params.clone())
        .hash_password_into_with_memory(password, &salt, &mut out, blocks)?;
    let salt = SaltString::encode_b64(&salt)?;
    let phc = PasswordHash {
        algorithm: Algorithm::Argon2id.ident(),
        version: Some(Version::V0x13.into()),
        params: ParamsString::try_from(&params)?,
        salt: Some(salt.as_salt()),
        hash: Some(Output::new(&out)?),
    };
    Ok(phc.to_string())
}

/// A stored hash, read for checking: its parameters come from the string, so older hashes keep
/// verifying after a change of cost.
struct Stored {
    argon: Argon2<'static>,
    blocks: usize,
    salt: Vec<u8>,
    expected: Output,
}

fn parse(phc: &str) -> Result<Stored, PasswordError> {
    let parsed = PasswordHash::new(phc)?;
    let algorithm = Algorithm::try_from(parsed.algorithm)?;
    let version = parsed
        .version
        .map(Version::try_from)
        .transpose()?
        .unwrap_or_default();
    let params = Params::try_from(&parsed)?;
    let expected = parsed
        .hash
        .ok_or_else(|| PasswordError::Hash("the stored hash has no output".to_owned()))?;
    let salt = parsed
        .salt
        .ok_or_else(|| PasswordError::Hash("the stored hash has no salt".to_owned()))?;
    let mut buffer = [0u8; 64];
    let salt = salt.decode_b64(&mut buffer)?.to_vec();
    Ok(Stored {
        blocks: params.block_count(),
        argon: Argon2::new(algorithm, version, params),
        salt,
        expected,
    })
}

fn matches(password: &[u8], stored: &Stored, blocks: &mut [Block]) -> Result<bool, PasswordError> {
    let mut out = vec![0u8; stored.expected.len()];
    stored
        .argon
        .hash_password_into_with_memory(password, &stored.salt, &mut out, blocks)?;
    // Output's equality is constant-time.
    Ok(Output::new(&out)? == stored.expected)
}

/// The dummy hash unknown accounts are checked against, made on first use.
async fn dummy_hash() -> Result<&'static str, PasswordError> {
    static DUMMY: tokio::sync::OnceCell<String> = tokio::sync::OnceCell::const_new();
    let phc = DUMMY
        .get_or_try_init(|| async {
            let secret = super::token::random_token()?;
            hash(secret).await
        })
        .await?;
    Ok(phc.as_str())
}

/// The argon2id PHC string of a password (`$argon2id$v=19$m=19456,t=2,p=1$…`).
pub async fn hash(password: String) -> Result<String, PasswordError> {
    with_memory(MEMORY_KIB as usize, move |blocks| {
        hash_into(password.as_bytes(), blocks)
    })
    .await
}

/// Whether `password` matches `stored`; with `None` (no such account) the dummy hash is checked
/// instead and the answer is always `false`. A stored hash that cannot be read never matches.
pub async fn verify(password: String, stored: Option<String>) -> Result<bool, PasswordError> {
    let (phc, real) = match &stored {
        Some(phc) => (phc.as_str(), true),
        None => (dummy_hash().await?, false),
    };
    let Ok(stored) = parse(phc) else {
        return Ok(false);
    };
    let matched = with_memory(stored.blocks, move |blocks| {
        matches(password.as_bytes(), &stored, blocks)
    })
    .await?;
    Ok(real && matched)
}

/// Computes the dummy hash ahead of the first sign-in, so that one costs no more than the rest.
pub async fn warm_up() {
    if let Err(e) = dummy_hash().await {
        tracing::error!(error = %e, "could not prepare the dummy password hash");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use argon2::password_hash::{PasswordHasher, PasswordVerifier};

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
        assert!(!verify("x".to_owned(), Some("not a hash".to_owned()))
            .await
            .expect("an unreadable hash is no match"));
    }

    #[tokio::test]
    async fn hashes_agree_with_the_argon2_crate_both_ways() {
        let ours = hash("correct horse battery".to_owned())
            .await
            .expect("hash");
        let parsed = PasswordHash::new(&ours).expect("phc");
        assert!(Argon2::default()
            .verify_password(b"correct horse battery", &parsed)
            .is_ok());
        // A hash written before the buffers were reused, at a smaller cost, still verifies.
        let salt = SaltString::encode_b64(b"sixteen byte slt").expect("salt");
        let cheaper = Params::new(8 * 1024, 1, 1, None).expect("params");
        let theirs = Argon2::new(Algorithm::Argon2id, Version::V0x13, cheaper)
            .hash_password(b"older password here", &salt)
            .expect("hash")
            .to_string();
        assert!(
            verify("older password here".to_owned(), Some(theirs.clone()))
                .await
                .expect("verify")
        );
        assert!(!verify("older password HERE".to_owned(), Some(theirs))
            .await
            .expect("verify"));
    }

    #[tokio::test]
    async fn a_burst_of_sign_ins_queues_and_every_one_is_answered() {
        let checks: Vec<_> = (0..6 * MAX_CONCURRENT)
            .map(|_| tokio::spawn(verify("guess guess guess".to_owned(), None)))
            .collect();
        for check in checks {
            assert!(matches!(check.await, Ok(Ok(false))));
        }
        let buffers = pool().free.lock().map(|f| f.len()).unwrap_or(usize::MAX);
        assert!(buffers <= MAX_CONCURRENT, "{buffers} buffers");
    }

    #[tokio::test]
    async fn a_stored_hash_asking_for_too_much_memory_is_refused() {
        let salt = SaltString::encode_b64(b"sixteen byte slt").expect("salt");
        let phc = format!(
            "$argon2id$v=19$m=1048576,t=2,p=1${}$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            salt.as_str()
        );
        assert!(verify("anything at all".to_owned(), Some(phc))
            .await
            .is_err());
    }

    #[test]
    fn length_rules() {
        assert!(weakness("short").is_some());
        assert!(weakness("twelve chars").is_none());
        assert!(weakness(&"x".repeat(300)).is_some());
    }
}
