//! The operator's `atelier-server shop …` commands: adding, listing, showing, editing, disabling
//! and erasing the shops of a deployment.
//!
//! A shop's settings are a TOML file with the keys of `atelier.toml` that describe a shop (its
//! name, logo, theme, jeweler emails, webhook, allowed origins, catalog, languages, currency,
//! limits and retention). They are checked as the server will read them ([`Config::for_shop`])
//! before anything is stored, with the same errors as `atelier.toml`, and kept as given. Running
//! servers read the shops again within seconds (see `deployment`).

use crate::config::{ConfigError, ShopFinding};
use crate::store::shop_files::{self, ShopFile};
use crate::store::shops::{self, AddShopError, HostError, ShopRow};
use crate::store::{Database, DbError, ShopId};
use crate::Config;

/// Why a shop command did nothing.
#[derive(Debug, thiserror::Error)]
pub enum ShopAdminError {
    /// The slug is not one a shop can have.
    #[error("`{0}` cannot name a shop: use 2 to 63 lowercase letters, digits and inner hyphens")]
    BadSlug(String),
    /// The host name is not one.
    #[error("`{0}` is not a host name such as maison-verel.example.com (no scheme, port or path)")]
    BadHost(String),
    /// No shop has this slug.
    #[error("no shop is called `{0}` (see `atelier-server shop list`)")]
    NoSuchShop(String),
    /// The settings file cannot be read.
    #[error("cannot read the shop's settings {path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    /// The settings do not make a working shop.
    #[error("{0}")]
    Settings(#[from] ConfigError),
    /// A file the settings name cannot be read to be stored.
    #[error("cannot read `{setting}` {path}: {source}")]
    ReadFile {
        setting: &'static str,
        path: String,
        source: std::io::Error,
    },
    /// A file the settings name is too large to store.
    #[error("`{setting}` {path} is {size} bytes; a shop's file may be at most {max} bytes")]
    FileTooLarge {
        setting: &'static str,
        path: String,
        size: u64,
        max: u64,
    },
    /// The shop of `atelier.toml` is not managed here.
    #[error(
        "shop `main` is the one atelier.toml describes: edit that file (its host names may be set here)"
    )]
    FirstShop,
    /// Another shop answers on this host name.
    #[error("the host name `{host}` is shop `{shop}`'s; a name belongs to one shop")]
    HostTaken { host: String, shop: String },
    /// The export could not be written.
    #[error("cannot write {path}: {source}")]
    Write {
        path: String,
        source: std::io::Error,
    },
    /// `delete` without `--yes`.
    #[error("erasing shop `{0}` erases all its briefs, files and accounts; add --yes to do it")]
    NotConfirmed(String),
    #[error(transparent)]
    Add(#[from] AddShopError),
    #[error(transparent)]
    Host(#[from] HostError),
    #[error(transparent)]
    Db(#[from] DbError),
}

/// A slug a shop may have: 2 to 63 lowercase ASCII letters, digits and hyphens, not at the ends.
pub fn is_slug(slug: &str) -> bool {
    (2..=63).contains(&slug.len())
        && slug
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !slug.starts_with('-')
        && !slug.ends_with('-')
}

/// A host name as a request's `Host` carries it, lowercased: labels of letters, digits and
/// hyphens joined by dots.
pub fn host_name(host: &str) -> Result<String, ShopAdminError> {
    let name = host.trim().to_ascii_lowercase();
    let ok = !name.is_empty()
        && name.len() <= 253
        && name.split('.').all(|label| {
            (1..=63).contains(&label.len())
                && label
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-')
                && !label.starts_with('-')
                && !label.ends_with('-')
        });
    if ok {
        Ok(name)
    } else {
        Err(ShopAdminError::BadHost(host.to_owned()))
    }
}

/// Reads the settings file at `path` and checks it as the server will read it.
fn settings_from(deployment: &Config, path: &std::path::Path) -> Result<String, ShopAdminError> {
    let text = std::fs::read_to_string(path).map_err(|source| ShopAdminError::Read {
        path: path.display().to_string(),
        source,
    })?;
    deployment.for_shop(&text).map_err(|e| match e {
        ConfigError::Parse { message, .. } => ConfigError::Parse {
            path: path.to_owned(),
            message,
        },
        other => other,
    })?;
    Ok(text)
}

/// The largest file a shop's settings may name (a privacy notice or a catalog; the logo's own
/// limit is smaller, and checked with the settings).
const SHOP_FILE_BYTES_MAX: u64 = 1024 * 1024;

/// The files the checked settings `text` name, read to be kept with them in the database: every
/// server of the deployment serves them, whichever machine this command runs on.
fn named_files(deployment: &Config, text: &str) -> Result<Vec<ShopFile>, ShopAdminError> {
    let config = deployment.for_shop(text)?;
    let named = [
        ("shop_logo", config.shop_logo),
        ("privacy_notice", config.privacy_notice),
        ("catalog", config.catalog),
    ];
    let mut files = Vec::new();
    for (setting, path) in named {
        let Some(path) = path else { continue };
        let shown = path.display().to_string();
        let read_error = |source| ShopAdminError::ReadFile {
            setting,
            path: shown.clone(),
            source,
        };
        let size = std::fs::metadata(&path).map_err(read_error)?.len();
        if size > SHOP_FILE_BYTES_MAX {
            return Err(ShopAdminError::FileTooLarge {
                setting,
                path: shown,
                size,
                max: SHOP_FILE_BYTES_MAX,
            });
        }
        files.push(ShopFile {
            setting: setting.to_owned(),
            file_name: path
                .file_name()
                .map_or_else(|| setting.to_owned(), |n| n.to_string_lossy().into_owned()),
            bytes: std::fs::read(&path).map_err(read_error)?,
        });
    }
    Ok(files)
}

/// The settings as stored: the operator's text, and a last comment with a digest of the files it
/// names, so that a server sees a changed logo as changed settings and builds the shop again.
fn with_digest(text: &str, files: &[ShopFile]) -> String {
    use sha2::{Digest, Sha256};
    let mut digest = Sha256::new();
    for file in files {
        digest.update(file.setting.as_bytes());
        digest.update([0]);
        digest.update(file.file_name.as_bytes());
        digest.update([0]);
        digest.update(&file.bytes);
    }
    let hex: String = digest
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    format!("{}\n{DIGEST_LINE}{hex}\n", text.trim_end())
}

/// How the digest's comment starts.
const DIGEST_LINE: &str = "# the files named above, as stored: sha256 ";

/// The settings as the operator gave them: without the digest [`with_digest`] added.
fn without_digest(stored: &str) -> String {
    match stored.rfind(DIGEST_LINE) {
        Some(at) => format!("{}\n", stored[..at].trim_end()),
        None => stored.to_owned(),
    }
}

/// The shop called `slug`.
async fn shop(db: &Database, slug: &str) -> Result<ShopRow, ShopAdminError> {
    shops::find(db, slug)
        .await?
        .ok_or_else(|| ShopAdminError::NoSuchShop(slug.to_owned()))
}

/// `shop add SLUG --settings FILE [--host NAME]…`: the new shop's number. Its studio has no
/// account yet: the caller prints a setup link ([`studio_base`]).
pub async fn add(
    db: &Database,
    deployment: &Config,
    slug: &str,
    settings: &std::path::Path,
    hosts: &[String],
) -> Result<ShopId, ShopAdminError> {
    if !is_slug(slug) {
        return Err(ShopAdminError::BadSlug(slug.to_owned()));
    }
    let hosts = hosts
        .iter()
        .map(|h| host_name(h))
        .collect::<Result<Vec<_>, _>>()?;
    let text = settings_from(deployment, settings)?;
    let files = named_files(deployment, &text)?;
    let text = with_digest(&text, &files);
    // Refused before the shop exists when another shop has one of the names.
    let taken = shops::hosts(db).await?;
    if let Some((host, owner)) = taken.into_iter().find(|(host, _)| hosts.contains(host)) {
        return Err(taken_by(db, host, owner).await);
    }
    let id = shops::add(db, slug, &text).await?;
    shop_files::replace(db, id, &files).await?;
    shops::set_hosts(db, id, &hosts).await?;
    Ok(id)
}

/// The error for `host` being `owner`'s, naming that shop.
async fn taken_by(db: &Database, host: String, owner: ShopId) -> ShopAdminError {
    let slug = shops::list(db)
        .await
        .ok()
        .and_then(|rows| rows.into_iter().find(|r| r.id == owner))
        .map_or_else(|| owner.to_string(), |r| r.slug);
    ShopAdminError::HostTaken { host, shop: slug }
}

/// `shop edit SLUG [--settings FILE] [--host NAME]…`: new settings (checked first), new host
/// names (in place of the old ones), or both.
pub async fn edit(
    db: &Database,
    deployment: &Config,
    slug: &str,
    settings: Option<&std::path::Path>,
    hosts: Option<&[String]>,
) -> Result<(), ShopAdminError> {
    let row = shop(db, slug).await?;
    let settings = match settings {
        Some(_) if row.id == ShopId::FIRST => return Err(ShopAdminError::FirstShop),
        Some(path) => {
            let text = settings_from(deployment, path)?;
            let files = named_files(deployment, &text)?;
            Some((with_digest(&text, &files), files))
        }
        None => None,
    };
    if let Some(hosts) = hosts {
        let hosts = hosts
            .iter()
            .map(|h| host_name(h))
            .collect::<Result<Vec<_>, _>>()?;
        let taken = shops::hosts(db).await?;
        if let Some((host, owner)) = taken
            .into_iter()
            .find(|(host, owner)| *owner != row.id && hosts.contains(host))
        {
            return Err(taken_by(db, host, owner).await);
        }
        shops::set_hosts(db, row.id, &hosts).await?;
    }
    if let Some((text, files)) = settings {
        // The files first: a server that reads the new settings finds their files stored.
        shop_files::replace(db, row.id, &files).await?;
        shops::set_settings(db, row.id, &text).await?;
    }
    Ok(())
}

/// `shop disable SLUG` (`enable: false`) or `shop enable SLUG`.
pub async fn set_enabled(
    db: &Database,
    slug: &str,
    enable: bool,
    now_unix: i64,
) -> Result<(), ShopAdminError> {
    let row = shop(db, slug).await?;
    let at = (!enable).then(|| crate::clock::rfc3339(now_unix));
    shops::set_disabled(db, row.id, at).await?;
    Ok(())
}

/// `shop delete SLUG --yes`: erases the shop and everything it owns, its files' objects and the
/// mail copies of its briefs (`outbox-mail/`) too; how many objects were removed.
pub async fn delete(
    db: &Database,
    deployment: &Config,
    slug: &str,
    confirmed: bool,
) -> Result<usize, ShopAdminError> {
    let row = shop(db, slug).await?;
    if row.id == ShopId::FIRST {
        return Err(ShopAdminError::FirstShop);
    }
    if !confirmed {
        return Err(ShopAdminError::NotConfirmed(slug.to_owned()));
    }
    let erased = shops::delete(db, row.id).await?;
    let mut removed = 0;
    for key in &erased.objects {
        match db.files().delete(key).await {
            Ok(()) => removed += 1,
            Err(e) => tracing::warn!(%key, error = %e, "cannot remove an erased shop's object"),
        }
    }
    let mail = crate::Mailer::Files(deployment.data_dir.join("outbox-mail"));
    for reference in &erased.references {
        crate::studio::erase::remove_mail_files(&mail, reference).await;
    }
    Ok(removed)
}

/// Where the studio of `shop` is reached, for its setup link: its `public_url` (under `/s/<slug>`
/// when the deployment finds shops by path), else its first host name on this server's port, or
/// this server's address under `/s/<slug>` (behind a proxy, the same path on the proxy's address).
pub async fn studio_base(
    db: &Database,
    deployment: &Config,
    shop: &ShopRow,
) -> Result<Option<String>, ShopAdminError> {
    let mut config = if shop.id == ShopId::FIRST {
        deployment.clone()
    } else {
        deployment.for_shop(&shop.settings)?
    };
    let by_path = deployment.shops == ShopFinding::ByPath;
    if by_path {
        config = config.under_path(&shop.slug, deployment);
    }
    if let Some(url) = config.public_url {
        return Ok(Some(url));
    }
    if by_path {
        let address = format!("http://{}", deployment.bind);
        return Ok(Some(format!("{address}{}", config.base_path)));
    }
    let hosts = shops::hosts_of(db, shop.id).await?;
    Ok(hosts
        .first()
        .map(|host| format!("http://{host}:{}", deployment.bind.port())))
}

/// What `shop export` wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Exported {
    /// Briefs, each with everything after it.
    pub briefs: usize,
    /// Pictures and photos among them.
    pub files: usize,
    /// Studio accounts (emails only).
    pub accounts: usize,
}

/// `shop export SLUG --to DIR`: everything the shop owns, in a new private folder (`0700`, files
/// `0600`): `settings.toml` (its settings as given; shop 1's are `atelier.toml`), `hosts.txt`,
/// `accounts.json` (the emails of the people who may open its studio, never a password hash),
/// `availability.json` (its booking settings, when set), `files/<setting>/<name>` (the logo,
/// privacy notice and catalog its settings name) and `briefs/<reference>.json`, each brief
/// with its conversation, proposals, appointments, making, notes, history and every picture
/// (base64), as the visitor's own export gives it. A folder that exists is refused.
pub async fn export(
    db: &Database,
    slug: &str,
    to: &std::path::Path,
) -> Result<Exported, ShopAdminError> {
    let row = shop(db, slug).await?;
    let db = db.for_shop(row.id);
    let write_error = |path: &std::path::Path, source: std::io::Error| ShopAdminError::Write {
        path: path.display().to_string(),
        source,
    };
    if to.exists() {
        return Err(write_error(
            to,
            std::io::Error::new(std::io::ErrorKind::AlreadyExists, "the folder exists"),
        ));
    }
    let briefs_dir = to.join("briefs");
    for dir in [to, &briefs_dir] {
        crate::private_files::create_private_dir(dir).map_err(|e| write_error(dir, e))?;
    }
    let write = |name: std::path::PathBuf, bytes: Vec<u8>| -> Result<(), ShopAdminError> {
        use std::io::Write;
        use std::os::unix::fs::OpenOptionsExt;
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(crate::private_files::PRIVATE_FILE_MODE)
            .open(&name)
            .map_err(|e| write_error(&name, e))?;
        file.write_all(&bytes).map_err(|e| write_error(&name, e))
    };
    let settings = if row.id == ShopId::FIRST {
        "# Shop 1's settings are the deployment's atelier.toml.\n".to_owned()
    } else {
        without_digest(&row.settings)
    };
    write(to.join("settings.toml"), settings.into_bytes())?;
    // The files the settings name, as stored: `files/<setting>/<file name>`.
    for file in shop_files::of_shop(&db, row.id).await? {
        let dir = to.join("files").join(&file.setting);
        for dir in [to.join("files"), dir.clone()] {
            if !dir.exists() {
                crate::private_files::create_private_dir(&dir).map_err(|e| write_error(&dir, e))?;
            }
        }
        let name = std::path::Path::new(&file.file_name)
            .file_name()
            .map_or_else(|| file.setting.clone().into(), |n| n.to_owned());
        write(dir.join(name), file.bytes)?;
    }
    let hosts = shops::hosts_of(&db, row.id).await?;
    write(
        to.join("hosts.txt"),
        format!("{}\n", hosts.join("\n")).into_bytes(),
    )?;
    let accounts: Vec<String> = crate::store::accounts::users(&db)
        .await?
        .into_iter()
        .map(|member| member.email)
        .collect();
    write(to.join("accounts.json"), json_bytes(&accounts)?)?;
    if let Some(availability) = crate::store::booking::availability(&db).await? {
        write(to.join("availability.json"), json_bytes(&availability)?)?;
    }
    let mut exported = Exported {
        briefs: 0,
        files: 0,
        accounts: accounts.len(),
    };
    let mut after = 0;
    loop {
        let page = crate::store::inbox::export_page(&db, None, after, 200).await?;
        let Some(last) = page.last() else {
            break;
        };
        after = last.id;
        for brief in &page {
            let Some(export) = crate::store::export::export(&db, brief.id).await? else {
                continue;
            };
            exported.briefs += 1;
            exported.files += export.files.len();
            write(
                briefs_dir.join(format!("{}.json", export.reference)),
                json_bytes(&export)?,
            )?;
        }
    }
    Ok(exported)
}

/// Pretty JSON of `value`.
fn json_bytes(value: &impl serde::Serialize) -> Result<Vec<u8>, ShopAdminError> {
    serde_json::to_vec_pretty(value).map_err(|e| ShopAdminError::Write {
        path: "JSON".to_owned(),
        source: std::io::Error::other(e),
    })
}

/// Where a shop answers, as `shop list` and `show` give it: its path when the deployment finds
/// shops by path (host names are kept but not used then), else its host names.
fn address_of(finding: ShopFinding, slug: &str, hosts: &[&str]) -> String {
    match finding {
        ShopFinding::ByPath => format!("/s/{slug}/"),
        ShopFinding::One | ShopFinding::ByHost if hosts.is_empty() => "(none)".to_owned(),
        ShopFinding::One | ShopFinding::ByHost => hosts.join(" "),
    }
}

/// What [`address_of`] gives, as a heading.
fn address_heading(finding: ShopFinding) -> &'static str {
    match finding {
        ShopFinding::ByPath => "path",
        ShopFinding::One | ShopFinding::ByHost => "hosts",
    }
}

/// `shop list`: every shop with its number, state and address (its path or host names).
pub async fn list(db: &Database, finding: ShopFinding) -> Result<String, ShopAdminError> {
    let rows = shops::list(db).await?;
    let hosts = shops::hosts(db).await?;
    let mut out = format!(
        "{:<4} {:<24} {:<10} {}\n",
        "id",
        "shop",
        "state",
        address_heading(finding)
    );
    for row in rows {
        let names: Vec<&str> = hosts
            .iter()
            .filter(|(_, id)| *id == row.id)
            .map(|(host, _)| host.as_str())
            .collect();
        let state = if row.disabled_at.is_some() {
            "disabled"
        } else {
            "open"
        };
        out.push_str(&format!(
            "{:<4} {:<24} {:<10} {}\n",
            row.id.get(),
            row.slug,
            state,
            address_of(finding, &row.slug, &names)
        ));
    }
    Ok(out)
}

/// `shop show SLUG`: the shop's number, state, address and settings as stored.
pub async fn show(
    db: &Database,
    slug: &str,
    finding: ShopFinding,
) -> Result<String, ShopAdminError> {
    let row = shop(db, slug).await?;
    let hosts = shops::hosts_of(db, row.id).await?;
    let names: Vec<&str> = hosts.iter().map(String::as_str).collect();
    let mut out = format!(
        "shop {} ({})\nadded {}\n{}\n{}: {}\n",
        row.slug,
        row.id.get(),
        row.created_at,
        match &row.disabled_at {
            Some(at) => format!("disabled since {at}"),
            None => "open".to_owned(),
        },
        address_heading(finding),
        address_of(finding, &row.slug, &names),
    );
    if row.id == ShopId::FIRST {
        out.push_str("settings: atelier.toml\n");
    } else {
        out.push_str("settings:\n");
        out.push_str(&row.settings);
        if !row.settings.ends_with('\n') {
            out.push('\n');
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_and_host_names_are_checked() {
        for good in ["maison-verel", "ab", "shop-2"] {
            assert!(is_slug(good), "{good}");
        }
        for bad in ["a", "-a", "a-", "Maison", "maison verel", "m/x", ""] {
            assert!(!is_slug(bad), "{bad}");
        }
        assert_eq!(
            host_name("Maison-Verel.Example.com").ok().as_deref(),
            Some("maison-verel.example.com")
        );
        for bad in [
            "https://x.example",
            "x.example:80",
            "x..example",
            "-x.example",
            "",
        ] {
            assert!(host_name(bad).is_err(), "{bad}");
        }
    }
}
