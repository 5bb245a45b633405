//! Each shop's own files on this server: the logo, privacy notice and catalog its settings name,
//! which the operator's command stored in the database (`store::shop_files`), written out to this
//! server's data folder (`<data_dir>/shops/<id>/<setting>/<file name>`) before the shop's app is
//! built, and its settings read with those paths in place of the ones on the machine the command
//! ran on. A shop whose files were never stored (added before they were) keeps its paths as given.

use crate::store::shop_files;
use crate::store::{Database, ShopId};
use std::path::{Path, PathBuf};

/// The settings that name a file.
const NAMING: [&str; 3] = ["shop_logo", "privacy_notice", "catalog"];

/// Where this server keeps `shop`'s files.
fn folder(data_dir: &Path, shop: ShopId) -> PathBuf {
    data_dir.join("shops").join(shop.to_string())
}

/// Writes `shop`'s stored files out, each in place of the one before (a new file written whole
/// beside it, then renamed over it).
pub(super) async fn write_out(db: &Database, data_dir: &Path, shop: ShopId) -> Result<(), String> {
    let files = shop_files::of_shop(db, shop)
        .await
        .map_err(|e| format!("cannot read shop {shop}'s files: {e}"))?;
    let shop_folder = folder(data_dir, shop);
    for file in files {
        if !NAMING.contains(&file.setting.as_str()) || !is_plain_name(&file.file_name) {
            continue;
        }
        let dir = shop_folder.join(&file.setting);
        tokio::fs::create_dir_all(&dir)
            .await
            .map_err(|e| format!("cannot make {}: {e}", dir.display()))?;
        let path = dir.join(&file.file_name);
        let partial = dir.join(format!(".{}.partial", file.file_name));
        tokio::fs::write(&partial, &file.bytes)
            .await
            .map_err(|e| format!("cannot write {}: {e}", partial.display()))?;
        tokio::fs::rename(&partial, &path)
            .await
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        // A file of the setting named otherwise before is not the shop's any more.
        let mut entries = tokio::fs::read_dir(&dir)
            .await
            .map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
        while let Ok(Some(entry)) = entries.next_entry().await {
            if entry.path() != path {
                let _ = tokio::fs::remove_file(entry.path()).await;
            }
        }
    }
    Ok(())
}

/// `settings` (a shop's TOML) with each file it names at its copy on this server, where there is
/// one; as they are when none was stored or they do not parse (the shop's check says why).
pub(super) fn settings_here(settings: &str, data_dir: &Path, shop: ShopId) -> String {
    let Ok(mut table) = settings.parse::<toml::Table>() else {
        return settings.to_owned();
    };
    let shop_folder = folder(data_dir, shop);
    let mut moved = false;
    for setting in NAMING {
        if !table.contains_key(setting) {
            continue;
        }
        if let Some(copy) = only_file_in(&shop_folder.join(setting)) {
            let copy = copy.display().to_string();
            table.insert(setting.to_owned(), toml::Value::String(copy));
            moved = true;
        }
    }
    match moved {
        true => table.to_string(),
        false => settings.to_owned(),
    }
}

/// The one file in `dir`, if it has exactly one (its partial copies aside).
fn only_file_in(dir: &Path) -> Option<PathBuf> {
    let mut files = std::fs::read_dir(dir)
        .ok()?
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| {
            path.is_file()
                && !path
                    .file_name()
                    .is_some_and(|n| n.to_string_lossy().ends_with(".partial"))
        });
    let first = files.next()?;
    files.next().is_none().then_some(first)
}

/// A file name with no folder in it, as stored names must be.
fn is_plain_name(name: &str) -> bool {
    !name.is_empty()
        && name != "."
        && name != ".."
        && !name.starts_with('.')
        && !name.contains(['/', '\\', '\0'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stored_name_has_no_folder_in_it() {
        assert!(is_plain_name("logo.svg"));
        for bad in ["", ".", "..", "../x", "a/b", "a\\b", ".hidden"] {
            assert!(!is_plain_name(bad), "{bad}");
        }
    }

    #[test]
    fn settings_name_the_copies_on_this_server() {
        let dir = tempfile::tempdir().expect("dir");
        let shop = ShopId::new(7);
        let logo_dir = folder(dir.path(), shop).join("shop_logo");
        std::fs::create_dir_all(&logo_dir).expect("folder");
        std::fs::write(logo_dir.join("logo.svg"), "<svg/>").expect("logo");
        let settings = "shop_name = \"X\"\nshop_logo = \"/elsewhere/logo.svg\"\n\
                        privacy_notice = \"/elsewhere/notice.txt\"\n";
        let here = settings_here(settings, dir.path(), shop);
        let table: toml::Table = here.parse().expect("toml");
        assert_eq!(
            table["shop_logo"].as_str(),
            Some(logo_dir.join("logo.svg").display().to_string().as_str())
        );
        assert_eq!(
            table["privacy_notice"].as_str(),
            Some("/elsewhere/notice.txt"),
            "no copy: the path as given"
        );
        assert_eq!(settings_here("no = [toml", dir.path(), shop), "no = [toml");
    }
}
