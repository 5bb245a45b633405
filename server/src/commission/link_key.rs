//! The server's key for commission links, kept in `<data_dir>/link.key` (32 random bytes, mode
//! `0600`), apart from the database.
//!
//! A link's token is the HMAC-SHA256 of a random nonce under this key. The database keeps the nonce
//! and the token's SHA-256, never the token: a copy of the database alone opens no commission page,
//! yet the server can put the live link into every email it sends to the visitor, instead of
//! minting a new link per email or asking the visitor to dig out the first one.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use hmac::{Hmac, Mac};
use sha2::Sha256;
use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;
use std::path::Path;

/// The key file's name in the data folder.
pub const FILE_NAME: &str = "link.key";

/// The key that turns a link's nonce into its token.
#[derive(Clone)]
pub struct LinkKey([u8; 32]);

impl std::fmt::Debug for LinkKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("LinkKey(…)")
    }
}

/// Why the key could not be read or made.
#[derive(Debug, thiserror::Error)]
pub enum LinkKeyError {
    #[error("cannot read or create the link key {path}: {source}")]
    Io {
        /// The key file.
        path: std::path::PathBuf,
        /// Why.
        source: std::io::Error,
    },
    #[error(
        "the link key {0} is not 32 bytes; move it away to make a new one (old links stop working)"
    )]
    Corrupt(std::path::PathBuf),
    #[error("the operating system has no randomness to offer: {0}")]
    Randomness(String),
}

impl LinkKey {
    /// Reads the key from `data_dir`, creating it (private) on the first start.
    pub fn load_or_create(data_dir: &Path) -> Result<LinkKey, LinkKeyError> {
        let path = data_dir.join(FILE_NAME);
        let io = |source| LinkKeyError::Io {
            path: path.clone(),
            source,
        };
        match std::fs::read(&path) {
            Ok(bytes) => {
                let key: [u8; 32] = bytes
                    .try_into()
                    .map_err(|_| LinkKeyError::Corrupt(path.clone()))?;
                Ok(LinkKey(key))
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                let key = LinkKey::random()?;
                crate::private_files::create_private_dir(data_dir).map_err(io)?;
                let mut file = std::fs::OpenOptions::new()
                    .write(true)
                    .create_new(true)
                    .mode(crate::private_files::PRIVATE_FILE_MODE)
                    .open(&path)
                    .map_err(io)?;
                file.write_all(&key.0).map_err(io)?;
                file.sync_all().map_err(io)?;
                Ok(key)
            }
            Err(e) => Err(io(e)),
        }
    }

    /// A fresh key that lives only in memory (tests, and servers without a data folder).
    pub fn random() -> Result<LinkKey, LinkKeyError> {
        let mut key = [0u8; 32];
        getrandom::getrandom(&mut key).map_err(|e| LinkKeyError::Randomness(e.to_string()))?;
        Ok(LinkKey(key))
    }

    /// The token of the link with this nonce: 43 characters of base64url (256 bits).
    pub fn token(&self, nonce: &str) -> String {
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(&self.0)
            .unwrap_or_else(|_| unreachable!("HMAC takes a key of any length"));
        mac.update(nonce.as_bytes());
        URL_SAFE_NO_PAD.encode(mac.finalize().into_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_key_is_made_once_kept_private_and_gives_stable_tokens() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("dir");
        let first = LinkKey::load_or_create(dir.path()).expect("created");
        let again = LinkKey::load_or_create(dir.path()).expect("read");
        assert_eq!(first.token("n1"), again.token("n1"));
        assert_ne!(first.token("n1"), first.token("n2"));
        assert_eq!(first.token("n1").len(), 43);
        let mode = std::fs::metadata(dir.path().join(FILE_NAME))
            .expect("file")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
        let other = LinkKey::random().expect("random");
        assert_ne!(other.token("n1"), first.token("n1"));
    }

    #[test]
    fn a_truncated_key_is_refused_with_advice() {
        let dir = tempfile::tempdir().expect("dir");
        std::fs::write(dir.path().join(FILE_NAME), b"short").expect("write");
        let e = LinkKey::load_or_create(dir.path()).expect_err("corrupt");
        assert!(e.to_string().contains("move it away"), "{e}");
    }
}
