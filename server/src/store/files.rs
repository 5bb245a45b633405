//! The bytes of pictures and files (inspiration photos, snapshots, message and stage photos), kept
//! outside the database in an object store: a local folder by default, or an S3 bucket (AWS or any
//! S3-compatible server) for a deployment of several processes, through the [`object_store`]
//! crate.
//!
//! An object is written first and a row naming it (its key, SHA-256 and size) is committed after,
//! so a row never names a missing object; an object no row names (a crash between the two, a
//! refused write) is removed by the sweep once it is older than [`SWEEP_AGE`]. Keys are random,
//! never derived from what a visitor sent, and say whose they are: `shops/<shop>/files/<32 hex>`
//! (see [`FileStore::for_shop`]). Objects written before shops, `files/<32 hex>`, are all shop 1's
//! and stay readable under their keys: a key is only ever read as a row names it, and the rows are
//! read one shop's at a time.
//!
//! **Durability.** `object_store`'s `LocalFileSystem` writes a temporary file and renames it into
//! place, but calls `fsync` only when built `with_fsync(true)` (off by default). A local folder here
//! therefore puts through its own small writer: the file is created `0600`, written, `sync_all`ed,
//! renamed into place and its folder `fsync`ed before [`FileStore::put`] returns, so the object is
//! on disk before the row that names it commits. Reads, deletes and listings go through
//! `LocalFileSystem`, which skips our temporary files (`<key>#<digits>`) as it skips its own.
//!
//! **S3.** A put is durable when the bucket answers it. The client gives up quickly (two retries
//! within ten seconds, three seconds to connect) so a bucket that is down or refuses writes turns
//! into a clear refusal of the request (503 and `Retry-After`, nothing of it stored) while the
//! visitor's browser keeps the brief and sends it again, instead of a request that hangs.

use object_store::aws::AmazonS3Builder;
use object_store::local::LocalFileSystem;
use object_store::path::Path as ObjectPath;
use object_store::prefix::PrefixStore;
use object_store::{BackoffConfig, ClientOptions, RetryConfig};
use object_store::{ObjectStore, ObjectStoreExt};
use sha2::{Digest, Sha256};
use std::fmt;
use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use crate::store::ShopId;

/// The folder (prefix) every object key from before shops starts with, and the last folder of a
/// shop's keys (`shops/<shop>/files/…`).
const KEY_PREFIX: &str = "files";

/// The folder (prefix) under which each shop's objects are kept, one folder per shop.
const SHOPS_PREFIX: &str = "shops";

/// How old an object must be before the sweep may remove it when no row names it: far longer than
/// the time between writing an object and committing its row.
pub const SWEEP_AGE: Duration = Duration::from_secs(3600);

/// Where the objects are kept, as `files_url` names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    /// A local folder (a path, or a `file:///` URL).
    Folder(PathBuf),
    /// An S3 bucket: `s3://bucket[/prefix][?endpoint=…&region=…]`.
    S3(Bucket),
}

/// An S3 bucket and how to reach it. Credentials are never part of `files_url`: they come from
/// the standard `AWS_ACCESS_KEY_ID` and `AWS_SECRET_ACCESS_KEY` (or the machine's role).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bucket {
    /// The bucket's name.
    pub name: String,
    /// A folder inside it that every key goes under, if any.
    pub prefix: Option<String>,
    /// The server's URL for an S3-compatible store other than AWS (`endpoint=http://…`).
    pub endpoint: Option<String>,
    /// The bucket's region (`region=…`; AWS's default otherwise).
    pub region: Option<String>,
}

impl Location {
    /// Reads `files_url`: a path (absolute or relative to the working directory), a `file:///`
    /// URL or an `s3://` URL. Anything else is refused with a sentence saying what is supported.
    pub fn parse(url: &str) -> Result<Self, String> {
        let url = url.trim();
        if url.is_empty() {
            return Err("name a folder, e.g. /var/lib/atelier/files".to_owned());
        }
        if let Some(path) = url.strip_prefix("file://") {
            if !path.starts_with('/') {
                return Err(
                    "a file:// URL needs an absolute path, e.g. file:///var/lib/atelier/files"
                        .to_owned(),
                );
            }
            return Ok(Location::Folder(PathBuf::from(path)));
        }
        if let Some(rest) = url.strip_prefix("s3://") {
            return Bucket::parse(rest).map(Location::S3);
        }
        if let Some((scheme, _)) = url.split_once("://") {
            return Err(format!(
                "{scheme}:// is not supported: name a local folder (a path or file:///path) or an \
                 S3 bucket (s3://bucket)"
            ));
        }
        Ok(Location::Folder(PathBuf::from(url)))
    }
}

impl Bucket {
    /// Reads what follows `s3://`.
    fn parse(rest: &str) -> Result<Self, String> {
        let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
        let (name, prefix) = path.split_once('/').unwrap_or((path, ""));
        let valid_name = (3..=63).contains(&name.len())
            && name
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'.' || b == b'-')
            && name.starts_with(|c: char| c.is_ascii_alphanumeric())
            && name.ends_with(|c: char| c.is_ascii_alphanumeric());
        if !valid_name {
            return Err(format!(
                "\"{name}\" is not a bucket name: 3 to 63 lower-case letters, digits, dots and \
                 hyphens, e.g. s3://atelier-files"
            ));
        }
        let prefix = prefix.trim_matches('/');
        let mut bucket = Bucket {
            name: name.to_owned(),
            prefix: (!prefix.is_empty()).then(|| prefix.to_owned()),
            endpoint: None,
            region: None,
        };
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            match pair.split_once('=') {
                Some(("endpoint", url))
                    if url.starts_with("http://") || url.starts_with("https://") =>
                {
                    bucket.endpoint = Some(url.trim_end_matches('/').to_owned());
                }
                Some(("endpoint", url)) => {
                    return Err(format!(
                        "the endpoint \"{url}\" is not an http:// or https:// URL"
                    ))
                }
                Some(("region", region))
                    if !region.is_empty()
                        && region
                            .bytes()
                            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-') =>
                {
                    bucket.region = Some(region.to_owned());
                }
                _ => {
                    return Err(format!(
                        "\"{pair}\" is not understood: an s3:// URL takes endpoint=<URL> and \
                         region=<name>"
                    ))
                }
            }
        }
        Ok(bucket)
    }
}

/// An object as written: the key that names it, its SHA-256 (hex) and its size in bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredObject {
    /// The object's key (`shops/<shop>/files/<32 hex>`; `files/<32 hex>` before shops).
    pub key: String,
    /// SHA-256 of the bytes, lower-case hex.
    pub sha256: String,
    /// Size in bytes.
    pub size: i64,
}

/// An object in a listing, for the sweep.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listed {
    /// The object's key.
    pub key: String,
    /// When it was last written.
    pub modified: SystemTime,
}

/// Why an object could not be written, read, checked or deleted.
#[derive(Debug, thiserror::Error)]
pub enum FileError {
    /// The local folder could not be created or made private.
    #[error("cannot make the files folder {path} private: {source}")]
    Folder {
        /// The folder.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// Writing a local object failed (disk full, read-only, …).
    #[error("cannot write the object {key}: {source}")]
    Write {
        /// The key.
        key: String,
        /// Why.
        source: std::io::Error,
    },
    /// The object store refused or failed.
    #[error("object store: {0}")]
    Store(#[from] object_store::Error),
    /// A row names an object that is not there.
    #[error("the object {key} is missing")]
    Missing {
        /// The key.
        key: String,
    },
    /// The object's bytes are not the ones its row describes.
    #[error("the object {key} does not match its row: {reason}")]
    Mismatch {
        /// The key.
        key: String,
        /// What differs.
        reason: String,
    },
    /// A row names neither an object nor bytes (it should never happen).
    #[error("a file row names neither an object nor its bytes")]
    NoContent,
    /// The operating system gave no randomness for a key.
    #[error("no randomness for an object key: {0}")]
    NoRandomness(String),
    /// A blocking task did not finish.
    #[error("a file task failed: {0}")]
    Task(String),
}

impl FileError {
    /// The operating system's error kind under this error, if there is one: it tells a full or
    /// read-only disk from other failures.
    pub fn io_kind(&self) -> Option<std::io::ErrorKind> {
        let mut source: Option<&(dyn std::error::Error + 'static)> = Some(self);
        while let Some(error) = source {
            if let Some(io) = error.downcast_ref::<std::io::Error>() {
                return Some(io.kind());
            }
            source = error.source();
        }
        None
    }
}

/// The object store, as one shop writes to it: cheap to clone.
///
/// New objects get the shop's keys ([`FileStore::put`]); reading, deleting and listing take keys
/// as rows name them, whoever's. A store opens as [`ShopId::FIRST`]'s; [`FileStore::for_shop`] is
/// the same store writing for another shop.
#[derive(Clone)]
pub struct FileStore {
    objects: Arc<dyn ObjectStore>,
    /// The local folder, when the objects are local: puts go through [`write_durably`].
    folder: Option<PathBuf>,
    /// The shop whose keys new objects get.
    shop: ShopId,
}

impl fmt::Debug for FileStore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FileStore")
            .field("objects", &self.objects.to_string())
            .field("shop", &self.shop)
            .finish()
    }
}

impl FileStore {
    /// Opens the store at `location`; a local folder is created (and its `files/` inside) private
    /// (`0700`), or tightened if it exists. Nothing is sent to a bucket yet: a bucket that cannot
    /// be reached shows on the first request that stores a file.
    pub fn open(location: &Location) -> Result<Self, FileError> {
        match location {
            Location::Folder(folder) => Self::local(folder),
            Location::S3(bucket) => Self::s3(bucket),
        }
    }

    /// The objects in an S3 bucket, with credentials from the environment.
    fn s3(bucket: &Bucket) -> Result<Self, FileError> {
        // The S3 client's TLS needs a process-wide crypto provider; one installed already is fine.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let mut builder = AmazonS3Builder::from_env()
            .with_bucket_name(&bucket.name)
            .with_retry(RetryConfig {
                backoff: BackoffConfig::default(),
                max_retries: 2,
                retry_timeout: Duration::from_secs(10),
            })
            .with_client_options(
                ClientOptions::new()
                    .with_connect_timeout(Duration::from_secs(3))
                    .with_timeout(Duration::from_secs(30)),
            );
        if let Some(endpoint) = &bucket.endpoint {
            builder = builder
                .with_endpoint(endpoint)
                .with_allow_http(endpoint.starts_with("http://"));
        }
        if let Some(region) = &bucket.region {
            builder = builder.with_region(region);
        }
        let s3 = builder.build()?;
        Ok(Self::with_backend(match &bucket.prefix {
            Some(prefix) => Arc::new(PrefixStore::new(s3, prefix.as_str())),
            None => Arc::new(s3),
        }))
    }

    /// The objects in a local folder.
    pub fn local(folder: &Path) -> Result<Self, FileError> {
        let private = |path: &Path| {
            let path = path.to_owned();
            move |source| FileError::Folder { path, source }
        };
        crate::private_files::create_private_dir(folder).map_err(private(folder))?;
        let inner = folder.join(KEY_PREFIX);
        crate::private_files::create_private_dir(&inner).map_err(private(&inner))?;
        let folder = std::fs::canonicalize(folder).map_err(private(folder))?;
        let objects = LocalFileSystem::new_with_prefix(&folder)?;
        Ok(Self {
            objects: Arc::new(objects),
            folder: Some(folder),
            shop: ShopId::FIRST,
        })
    }

    /// The store over any `object_store` backend (S3 and tests); puts go through the backend.
    pub fn with_backend(objects: Arc<dyn ObjectStore>) -> Self {
        Self {
            objects,
            folder: None,
            shop: ShopId::FIRST,
        }
    }

    /// The same store, writing new objects under `shop`'s keys (`shops/<shop>/files/…`).
    pub fn for_shop(&self, shop: ShopId) -> Self {
        Self {
            shop,
            ..self.clone()
        }
    }

    /// The shop whose keys new objects get.
    pub fn shop(&self) -> ShopId {
        self.shop
    }

    /// The local file that holds `key`, when the store is a local folder (for tests and checks).
    pub fn local_path(&self, key: &str) -> Option<PathBuf> {
        self.folder.as_ref().map(|folder| folder.join(key))
    }

    /// Writes `bytes` as a new object under a fresh random key of the store's shop
    /// (`shops/<shop>/files/<32 hex>`); returns once it is durable.
    pub async fn put(&self, bytes: Vec<u8>) -> Result<StoredObject, FileError> {
        self.put_as(&new_key(self.shop)?, bytes).await
    }

    /// Writes `bytes` as object `key` (a key a row already names, when files move to another
    /// store, whichever shop's it is); returns once it is durable. In a local folder, the key's
    /// folders are made (private, and made durable) if they are not there yet.
    pub async fn put_as(&self, key: &str, bytes: Vec<u8>) -> Result<StoredObject, FileError> {
        let key = key.to_owned();
        let sha256 = hex::encode(Sha256::digest(&bytes));
        let size = i64::try_from(bytes.len()).unwrap_or(i64::MAX);
        match &self.folder {
            Some(folder) => {
                let path = folder.join(&key);
                let root = folder.clone();
                let for_error = key.clone();
                tokio::task::spawn_blocking(move || {
                    make_folders(&root, &path)?;
                    write_durably(&path, &bytes)
                })
                .await
                .map_err(|e| FileError::Task(e.to_string()))?
                .map_err(|source| FileError::Write {
                    key: for_error,
                    source,
                })?;
            }
            None => {
                self.objects
                    .put(&ObjectPath::from(key.as_str()), bytes.into())
                    .await?;
            }
        }
        Ok(StoredObject { key, sha256, size })
    }

    /// The bytes of object `key`.
    pub async fn get(&self, key: &str) -> Result<Vec<u8>, FileError> {
        match self.objects.get(&ObjectPath::from(key)).await {
            Ok(result) => Ok(result.bytes().await?.to_vec()),
            Err(object_store::Error::NotFound { .. }) => Err(FileError::Missing {
                key: key.to_owned(),
            }),
            Err(e) => Err(e.into()),
        }
    }

    /// The bytes of object `key`, checked against the size and SHA-256 its row keeps; a mismatch
    /// is logged and is an error, never bytes the row does not describe.
    pub async fn get_checked(
        &self,
        key: &str,
        sha256: &str,
        size: i64,
    ) -> Result<Vec<u8>, FileError> {
        let bytes = self.get(key).await?;
        let reason = if i64::try_from(bytes.len()).ok() != Some(size) {
            Some(format!("{} bytes, the row says {size}", bytes.len()))
        } else if hex::encode(Sha256::digest(&bytes)) != sha256 {
            Some("its SHA-256 differs from the row's".to_owned())
        } else {
            None
        };
        match reason {
            None => Ok(bytes),
            Some(reason) => {
                tracing::error!(key, %reason, "a stored file is damaged");
                Err(FileError::Mismatch {
                    key: key.to_owned(),
                    reason,
                })
            }
        }
    }

    /// Deletes object `key`; an object already gone is not an error.
    pub async fn delete(&self, key: &str) -> Result<(), FileError> {
        match self.objects.delete(&ObjectPath::from(key)).await {
            Ok(()) | Err(object_store::Error::NotFound { .. }) => Ok(()),
            Err(e) => Err(e.into()),
        }
    }

    /// Deletes each of `keys`, logging (not returning) a failure: the sweep removes what is left.
    pub async fn delete_logged(&self, keys: &[String]) {
        for key in keys {
            if let Err(error) = self.delete(key).await {
                tracing::warn!(key, %error, "an object could not be deleted; the sweep will retry");
            }
        }
    }

    /// Removes the temporary files of local writes that a crash cut short (`<key>#<digits>`, which
    /// listings skip) once they were last written before `cutoff`, in every shop's folder and the
    /// folder from before shops; how many.
    pub async fn remove_unfinished(&self, cutoff: SystemTime) -> Result<u64, FileError> {
        let Some(folder) = self.folder.clone() else {
            return Ok(0);
        };
        let for_error = folder.clone();
        tokio::task::spawn_blocking(move || -> std::io::Result<u64> {
            let mut removed = remove_unfinished_in(&folder.join(KEY_PREFIX), cutoff)?;
            for inner in shop_folders(&folder)? {
                removed += remove_unfinished_in(&inner, cutoff)?;
            }
            Ok(removed)
        })
        .await
        .map_err(|e| FileError::Task(e.to_string()))?
        .map_err(|source| FileError::Folder {
            path: for_error,
            source,
        })
    }

    /// Every object with its last write time: every shop's (`shops/…`) and those from before shops
    /// (`files/…`). For the sweep, which is the deployment's work.
    pub async fn list(&self) -> Result<Vec<Listed>, FileError> {
        use futures_util::StreamExt;
        let mut out = Vec::new();
        for prefix in [KEY_PREFIX, SHOPS_PREFIX] {
            let prefix = ObjectPath::from(prefix);
            let mut stream = self.objects.list(Some(&prefix));
            while let Some(meta) = stream.next().await {
                let meta = meta?;
                out.push(Listed {
                    key: meta.location.to_string(),
                    modified: SystemTime::from(meta.last_modified),
                });
            }
        }
        Ok(out)
    }
}

/// The columns a file row keeps its content in, in [`Content`]'s order: `SELECT … , {CONTENT}`.
pub const CONTENT: &str = "bytes, object_key, sha256, size";

/// Where a file row's bytes are: its object (key, SHA-256, size) or, in a row from before the
/// objects, the `bytes` column.
#[derive(Debug, Clone, Default, PartialEq, Eq, sqlx::FromRow)]
pub struct Content {
    /// The bytes kept in the row (rows from before 0009, until moved out).
    pub bytes: Option<Vec<u8>>,
    /// The object's key.
    pub object_key: Option<String>,
    /// The object's SHA-256, hex.
    pub sha256: Option<String>,
    /// The object's size.
    pub size: Option<i64>,
}

/// The keys of `objects`.
pub fn keys(objects: &[StoredObject]) -> Vec<String> {
    objects.iter().map(|o| o.key.clone()).collect()
}

impl FileStore {
    /// The bytes a row names: its object's, checked against the row's size and SHA-256, or the
    /// row's own `bytes` when it has no object yet.
    pub async fn read(&self, content: Content) -> Result<Vec<u8>, FileError> {
        match content {
            Content {
                object_key: Some(key),
                sha256: Some(sha256),
                size: Some(size),
                ..
            } => self.get_checked(&key, &sha256, size).await,
            Content {
                object_key: None,
                bytes: Some(bytes),
                ..
            } => Ok(bytes),
            _ => Err(FileError::NoContent),
        }
    }

    /// Writes each of `contents` as an object of the store's shop, at the same time; all or none:
    /// if one fails, the others are deleted again and its error is returned.
    pub async fn put_all(&self, contents: Vec<Vec<u8>>) -> Result<Vec<StoredObject>, FileError> {
        let puts: Vec<_> = contents
            .into_iter()
            .map(|bytes| {
                let store = self.clone();
                tokio::spawn(async move { store.put(bytes).await })
            })
            .collect();
        let mut objects = Vec::with_capacity(puts.len());
        let mut failure = None;
        for put in puts {
            match put.await {
                Ok(Ok(object)) => objects.push(object),
                Ok(Err(e)) => failure = failure.or(Some(e)),
                Err(e) => failure = failure.or(Some(FileError::Task(e.to_string()))),
            }
        }
        match failure {
            None => Ok(objects),
            Some(error) => {
                self.delete_logged(&keys(&objects)).await;
                Err(error)
            }
        }
    }
}

/// A fresh random key of `shop`, `shops/<shop>/files/<32 hex>`.
fn new_key(shop: ShopId) -> Result<String, FileError> {
    let mut random = [0u8; 16];
    getrandom::getrandom(&mut random).map_err(|e| FileError::NoRandomness(e.to_string()))?;
    Ok(format!(
        "{}/{KEY_PREFIX}/{}",
        shop_prefix(shop),
        hex::encode(random)
    ))
}

/// The folder of `shop`'s objects, `shops/<shop>`.
pub fn shop_prefix(shop: ShopId) -> String {
    format!("{SHOPS_PREFIX}/{}", shop.get())
}

/// Makes the folders of `path` (an object's file under `root`) if they are missing, private, and
/// syncs each folder from the new one up to `root` so the new entries survive a power loss before
/// the object's row names them.
fn make_folders(root: &Path, path: &Path) -> std::io::Result<()> {
    let folder = path
        .parent()
        .ok_or_else(|| std::io::Error::other("an object path has no folder"))?;
    if folder.is_dir() {
        return Ok(());
    }
    crate::private_files::create_private_dir(folder)?;
    for made in folder.ancestors().skip(1) {
        std::fs::File::open(made)?.sync_all()?;
        if made == root {
            break;
        }
    }
    Ok(())
}

/// The `files` folder of every shop's folder that has one (`<folder>/shops/<shop>/files`).
fn shop_folders(folder: &Path) -> std::io::Result<Vec<PathBuf>> {
    let shops = folder.join(SHOPS_PREFIX);
    if !shops.is_dir() {
        return Ok(Vec::new());
    }
    let mut out = Vec::new();
    for entry in std::fs::read_dir(shops)? {
        let inner = entry?.path().join(KEY_PREFIX);
        if inner.is_dir() {
            out.push(inner);
        }
    }
    Ok(out)
}

/// Writes `bytes` to `path` so that it is on disk when this returns: a private temporary file
/// beside it (`<name>#<random digits>`, which listings skip), written and `sync_all`ed, renamed into
/// place, and the folder `fsync`ed so the rename itself survives a power loss.
fn write_durably(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let folder = path
        .parent()
        .ok_or_else(|| std::io::Error::other("an object path has no folder"))?;
    let mut suffix = [0u8; 8];
    getrandom::getrandom(&mut suffix).map_err(|e| std::io::Error::other(e.to_string()))?;
    let mut name = path.as_os_str().to_owned();
    name.push(format!("#{}", u64::from_le_bytes(suffix)));
    let temporary = PathBuf::from(name);
    let written = (|| {
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(crate::private_files::PRIVATE_FILE_MODE)
            .open(&temporary)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        drop(file);
        std::fs::rename(&temporary, path)?;
        std::fs::File::open(folder)?.sync_all()
    })();
    if written.is_err() {
        let _ = std::fs::remove_file(&temporary);
    }
    written
}

/// [`FileStore::remove_unfinished`] in one folder.
fn remove_unfinished_in(folder: &Path, cutoff: SystemTime) -> std::io::Result<u64> {
    let mut removed = 0;
    for entry in std::fs::read_dir(folder)? {
        let entry = entry?;
        let unfinished = entry.file_name().to_str().is_some_and(|n| n.contains('#'));
        if unfinished && entry.metadata()?.modified()? < cutoff {
            std::fs::remove_file(entry.path())?;
            removed += 1;
        }
    }
    Ok(removed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    #[tokio::test]
    async fn put_get_delete_and_list_a_local_object() {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = FileStore::local(&dir.path().join("files")).expect("open");
        let object = store.put(b"a ring".to_vec()).await.expect("put");
        assert!(object.key.starts_with("shops/1/files/"), "{}", object.key);
        assert_eq!(object.key.len(), "shops/1/files/".len() + 32);
        assert_eq!(object.size, 6);
        assert_eq!(object.sha256, hex::encode(Sha256::digest(b"a ring")));
        let path = store.local_path(&object.key).expect("local");
        assert_eq!(std::fs::read(&path).expect("on disk"), b"a ring");
        let mode = |p: &Path| std::fs::metadata(p).expect("meta").permissions().mode() & 0o777;
        assert_eq!(mode(&path), 0o600);
        assert_eq!(mode(&dir.path().join("files")), 0o700);
        assert_eq!(mode(&dir.path().join("files").join("files")), 0o700);
        assert_eq!(mode(&dir.path().join("files/shops")), 0o700);
        assert_eq!(mode(&dir.path().join("files/shops/1/files")), 0o700);

        let bytes = store
            .get_checked(&object.key, &object.sha256, object.size)
            .await
            .expect("get");
        assert_eq!(bytes, b"a ring");
        // A stray temporary file is not an object.
        std::fs::write(dir.path().join("files/shops/1/files/x#0042"), b"partial").expect("temp");
        // Another shop's objects are its own folder's; one from before shops stays where it was.
        let theirs = store
            .for_shop(ShopId::new(2))
            .put(b"a pendant".to_vec())
            .await
            .expect("their put");
        assert!(theirs.key.starts_with("shops/2/files/"), "{}", theirs.key);
        let old = format!("files/{}", "0".repeat(32));
        store
            .put_as(&old, b"an old ring".to_vec())
            .await
            .expect("old");
        assert_eq!(store.get(&old).await.expect("old get"), b"an old ring");
        let mut listed: Vec<String> = store
            .list()
            .await
            .expect("list")
            .into_iter()
            .map(|l| l.key)
            .collect();
        listed.sort();
        let mut expected = vec![object.key.clone(), theirs.key.clone(), old.clone()];
        expected.sort();
        assert_eq!(listed, expected);
        store.delete(&theirs.key).await.expect("delete theirs");
        store.delete(&old).await.expect("delete old");

        store.delete(&object.key).await.expect("delete");
        assert!(!path.exists());
        store
            .delete(&object.key)
            .await
            .expect("deleting twice is fine");
        assert!(matches!(
            store.get(&object.key).await,
            Err(FileError::Missing { .. })
        ));
    }

    #[tokio::test]
    async fn a_damaged_object_is_an_error_not_bytes() {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = FileStore::local(dir.path()).expect("open");
        let object = store.put(b"twelve bytes".to_vec()).await.expect("put");
        let path = store.local_path(&object.key).expect("local");
        std::fs::write(&path, b"twelve BYTES").expect("damage");
        assert!(matches!(
            store
                .get_checked(&object.key, &object.sha256, object.size)
                .await,
            Err(FileError::Mismatch { .. })
        ));
        std::fs::write(&path, b"short").expect("truncate");
        assert!(matches!(
            store
                .get_checked(&object.key, &object.sha256, object.size)
                .await,
            Err(FileError::Mismatch { .. })
        ));
    }

    #[test]
    fn files_url_is_a_folder_or_a_bucket() {
        assert_eq!(
            Location::parse("/srv/files"),
            Ok(Location::Folder(PathBuf::from("/srv/files")))
        );
        assert_eq!(
            Location::parse("file:///srv/files"),
            Ok(Location::Folder(PathBuf::from("/srv/files")))
        );
        assert_eq!(
            Location::parse("data/files"),
            Ok(Location::Folder(PathBuf::from("data/files")))
        );
        assert!(Location::parse("file://relative").is_err());
        assert!(Location::parse("")
            .err()
            .is_some_and(|e| e.contains("folder")));
        assert_eq!(
            Location::parse("s3://atelier-files"),
            Ok(Location::S3(Bucket {
                name: "atelier-files".to_owned(),
                prefix: None,
                endpoint: None,
                region: None,
            }))
        );
        assert_eq!(
            Location::parse(
                "s3://shop.photos/maison-or/?endpoint=http://127.0.0.1:9000/&region=eu-west-2"
            ),
            Ok(Location::S3(Bucket {
                name: "shop.photos".to_owned(),
                prefix: Some("maison-or".to_owned()),
                endpoint: Some("http://127.0.0.1:9000".to_owned()),
                region: Some("eu-west-2".to_owned()),
            }))
        );
        let refused = |url: &str, words: &str| {
            let error = Location::parse(url).expect_err(url);
            assert!(error.contains(words), "{url}: {error}");
        };
        refused("s3://Big_Bucket", "not a bucket name");
        refused("s3://ab", "not a bucket name");
        refused(
            "s3://bucket?endpoint=ftp://x",
            "not an http:// or https:// URL",
        );
        refused("s3://bucket?secret=hunter2", "not understood");
        refused("gs://bucket", "gs:// is not supported");
    }
}
