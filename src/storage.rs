//! Drafts in the browser's localStorage: the design autosaves as the visitor works and comes back
//! when they return without a share link. Stored as a share-link string, so a draft and a link are
//! read by the same versioned codec and an old or corrupted draft is simply ignored.
//!
//! A consultation request the server has not confirmed waits here too (with its idempotency key,
//! as the JSON text it is sent as: [`pending`]), so a failed send survives a closed tab and is
//! retried unchanged. Once the server has it, its confirmation stays ([`confirmation`]) until the
//! visitor starts a new design.
//!
//! Shops under path prefixes on one host ([`crate::base`]) share its origin, and so its storage:
//! each keeps its own under keys of its own ([`shop_key`]), so a brief waiting for one jeweler is
//! never sent to another.

pub mod confirmation;
pub mod pending;
pub mod photos;

pub use confirmation::Confirmation;
pub use pending::{PendingSubmission, StoredBrief};

use atelier_core::design::Design;
use atelier_core::share;

/// The key the current draft lives under; versioned with the codec inside it.
const DRAFT_KEY: &str = "atelier.draft";

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// This shop's name for a storage key (or IndexedDB database): the key itself for a shop at the
/// root (what every shop used before prefixes), `<key>@<prefix>` under a prefix.
fn shop_key(key: &str) -> String {
    key_under(crate::base::current(), key)
}

/// [`shop_key`] for the prefix `base`.
fn key_under(base: &str, key: &str) -> String {
    if base.is_empty() {
        key.to_owned()
    } else {
        format!("{key}@{base}")
    }
}

/// The saved draft, if there is a readable one.
pub fn load_draft() -> Option<Design> {
    let text = local_storage()?
        .get_item(&shop_key(DRAFT_KEY))
        .ok()
        .flatten()?;
    share::decode(&text).ok()
}

/// Saves the draft. Storage can be full or disabled (private browsing); the design then lives only
/// in the address, which is fine.
pub fn save_draft(design: &Design) {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(&shop_key(DRAFT_KEY), &share::encode(design));
    }
}

/// The key the visitor's named designs live under: one `share-code name` pair per line.
const SAVED_KEY: &str = "atelier.saved";

/// Longest name kept for a saved design.
pub const MAX_NAME_CHARS: usize = 60;

/// A design the visitor kept under a name.
#[derive(Debug, Clone, PartialEq)]
pub struct SavedDesign {
    /// What the visitor called it.
    pub name: String,
    /// The design.
    pub design: Design,
}

/// Cleans a name typed by the visitor: one line, trimmed, at most [`MAX_NAME_CHARS`].
pub fn clean_name(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .take(MAX_NAME_CHARS)
        .collect()
}

/// Reads the saved list's text; unreadable lines (an older codec, hand edits) are skipped.
fn parse_saved(text: &str) -> Vec<SavedDesign> {
    text.lines()
        .filter_map(|line| {
            let (code, name) = line.split_once(' ')?;
            Some(SavedDesign {
                name: name.to_owned(),
                design: share::decode(code).ok()?,
            })
        })
        .collect()
}

/// Writes the saved list's text.
fn format_saved(saved: &[SavedDesign]) -> String {
    saved
        .iter()
        .map(|s| format!("{} {}", share::encode(&s.design), clean_name(&s.name)))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The visitor's named designs, oldest first.
pub fn load_saved() -> Vec<SavedDesign> {
    local_storage()
        .and_then(|s| s.get_item(&shop_key(SAVED_KEY)).ok().flatten())
        .map(|text| parse_saved(&text))
        .unwrap_or_default()
}

/// Stores the visitor's named designs; `false` if the browser refused (full or disabled storage).
pub fn store_saved(saved: &[SavedDesign]) -> bool {
    local_storage().is_some_and(|s| {
        s.set_item(&shop_key(SAVED_KEY), &format_saved(saved))
            .is_ok()
    })
}

/// The key a consultation request waiting to be sent lives under.
const PENDING_KEY: &str = "atelier.pending-brief.v1";

/// The request waiting to be sent, if there is a readable one (its photos' bytes still in
/// IndexedDB: see [`PendingSubmission::complete`]).
pub fn load_pending() -> Option<PendingSubmission> {
    let text = local_storage()?
        .get_item(&shop_key(PENDING_KEY))
        .ok()
        .flatten()?;
    PendingSubmission::parse(&text)
}

/// Keeps a request until the server confirms it; `false` if the browser refused (full or disabled
/// storage), and the request then lives only as long as the tab. The photos' bytes are left out
/// (they would overflow localStorage): [`photos::keep`] holds them.
pub fn save_pending(pending: &PendingSubmission) -> bool {
    let Some(text) = pending.stored_text() else {
        return false;
    };
    local_storage().is_some_and(|s| s.set_item(&shop_key(PENDING_KEY), &text).is_ok())
}

/// Forgets the pending request once the server has it (or refused it for good).
pub fn clear_pending() {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(&shop_key(PENDING_KEY));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use atelier_core::design::Choice;

    #[test]
    fn saved_designs_round_trip_and_skip_junk() {
        let saved = vec![
            SavedDesign {
                name: "Classic".into(),
                design: Design::default(),
            },
            SavedDesign {
                name: "Open  metal\nline".into(),
                design: Design {
                    metal: Choice::AdviseMe,
                    ..Design::default()
                },
            },
        ];
        let text = format_saved(&saved);
        assert_eq!(text.lines().count(), 2);
        let back = parse_saved(&format!("{text}\nnot-a-design Junk\n"));
        assert_eq!(back.len(), 2);
        assert_eq!(back[0], saved[0]);
        assert_eq!(back[1].design, saved[1].design);
    }

    #[test]
    fn each_shop_under_a_prefix_has_keys_of_its_own() {
        assert_eq!(key_under("", DRAFT_KEY), "atelier.draft");
        assert_eq!(
            key_under("/s/maison-verel", PENDING_KEY),
            "atelier.pending-brief.v1@/s/maison-verel"
        );
        assert_ne!(
            key_under("/s/maison-verel", PENDING_KEY),
            key_under("/s/other", PENDING_KEY)
        );
        assert_eq!(shop_key(SAVED_KEY), SAVED_KEY);
    }

    #[test]
    fn names_are_one_short_line() {
        assert_eq!(clean_name("  My\n ring \t two "), "My ring two");
        assert_eq!(clean_name(&"x".repeat(100)).chars().count(), MAX_NAME_CHARS);
    }
}
