//! Drafts in the browser's localStorage: the design autosaves as the visitor works and comes back
//! when they return without a share link. Stored as a share-link string, so a draft and a link are
//! read by the same versioned codec and an old or corrupted draft is simply ignored.

use atelier_core::design::Design;
use atelier_core::share;

/// The key the current draft lives under; versioned with the codec inside it.
const DRAFT_KEY: &str = "atelier.draft";

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The saved draft, if there is a readable one.
pub fn load_draft() -> Option<Design> {
    let text = local_storage()?.get_item(DRAFT_KEY).ok().flatten()?;
    share::decode(&text).ok()
}

/// Saves the draft. Storage can be full or disabled (private browsing); the design then lives only
/// in the address, which is fine.
pub fn save_draft(design: &Design) {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(DRAFT_KEY, &share::encode(design));
    }
}
