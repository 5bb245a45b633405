//! What a proposed design changes, in a reader's words: said from the two designs each time it
//! is shown, so the visitor reads it in the brief's language and the jeweler in the shop's, and
//! a proposal stored in another language (or before there were languages) reads right too.

use super::Reader;
use atelier_core::catalog::Catalog;
use atelier_core::commission::{Change, Proposal};
use atelier_core::design::Design;
use atelier_core::spec::changes::changes_msg;

impl Reader<'_> {
    /// Every choice that differs from `old` to `new`, in the specification's order.
    pub fn changes(&self, old: &Design, new: &Design, catalog: &Catalog) -> Vec<Change> {
        changes_msg(old, new, catalog)
            .into_iter()
            .map(|c| Change {
                label: self.say(&c.label),
                from: self.say(&c.from),
                to: self.say(&c.to),
            })
            .collect()
    }

    /// Each proposal's changes said again from its designs; one whose codes no longer decode
    /// keeps the words it was stored with.
    pub fn say_changes(&self, proposals: &mut [Proposal], catalog: &Catalog) {
        for proposal in proposals {
            let base = atelier_core::share::decode(&proposal.base_code);
            let new = atelier_core::share::decode(&proposal.design_code);
            if let (Ok(base), Ok(new)) = (base, new) {
                proposal.changes = self.changes(&base, &new, catalog);
            }
        }
    }
}
