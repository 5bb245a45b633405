//! Folders and files that hold visitors' data (the database, the mail folder, the link key):
//! created so that only the server's own user can read them, and tightened if an older install
//! left them open.

use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
use std::path::Path;

/// Mode of the folders Atelier keeps data in: the owner only.
pub const PRIVATE_DIR_MODE: u32 = 0o700;
/// Mode of the files Atelier keeps data in: the owner only.
pub const PRIVATE_FILE_MODE: u32 = 0o600;

/// Creates `path` and any missing parents as private folders, and makes `path` itself private if
/// it already existed.
pub fn create_private_dir(path: &Path) -> std::io::Result<()> {
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(PRIVATE_DIR_MODE)
        .create(path)?;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(PRIVATE_DIR_MODE))
}
