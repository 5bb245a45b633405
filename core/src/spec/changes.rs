//! What changed between two designs, in the words of the specification: "Metal: Platinum 950 →
//! 18k white gold", "Carat weight: 1.50 ct → 1.20 ct". The rows come from [`super::rows`], so a
//! proposal names every choice exactly as the brief's specification does.
//!
//! Rows that depend on the estimate (stone size, metal weight) are left out: they follow from the
//! choices listed and would only repeat them as numbers.

#[cfg(test)]
use super::{rows, SpecRow};
use super::{rows_msg, RowMsg, SpecField};
use crate::brief::{Brief, Channel, Contact, OriginPreference, OwnMaterials, SizeCertainty};
use crate::catalog::Catalog;
use crate::commission::Change;
use crate::design::Design;
use crate::i18n::Msg;
use crate::words::as_written;

/// What a row says when the design has no such row (a setting without a centre stone), in English.
#[cfg(test)]
fn absent() -> String {
    crate::words::english(&Msg::new("spec-none"))
}

/// Changes stored as text (their words as they were written when stored), said in one sentence
/// with the reader's own joining words; `None` when there are none.
pub fn stored_in_words_msg(changes: &[Change]) -> Option<Msg> {
    let mut lines = changes.iter().rev().map(|c| {
        Msg::new("change-one")
            .arg("label", as_written(c.label.as_str()))
            .arg("from", as_written(c.from.as_str()))
            .arg("to", as_written(c.to.as_str()))
    });
    let last = lines.next()?;
    Some(lines.fold(last, |rest, first| {
        Msg::new("change-more")
            .arg("first", first)
            .arg("rest", rest)
    }))
}

/// One choice that differs, in words not yet in any language.
#[derive(Debug, Clone, PartialEq)]
pub struct ChangeMsg {
    /// Which line of the specification changed.
    pub field: SpecField,
    /// The line's label ("Metal").
    pub label: Msg,
    /// What it said before (`spec-none` when the old design had no such line).
    pub from: Msg,
    /// What it says now (`spec-none` when the new design has no such line).
    pub to: Msg,
}

/// Every choice that differs from `old` to `new`, in the specification's order. Equal designs
/// give an empty list.
#[cfg(test)]
pub fn changes(old: &Design, new: &Design, catalog: &Catalog) -> Vec<Change> {
    let before = design_rows(old, catalog);
    let after = design_rows(new, catalog);
    let mut out = Vec::new();
    // The new design's order first, then rows only the old one had (a stone taken away).
    for row in &after {
        let from = value_of(&before, &row.label).map_or_else(absent, str::to_owned);
        if from != row.value {
            out.push(change(&row.label, &from, &row.value));
        }
    }
    for row in &before {
        if value_of(&after, &row.label).is_none() {
            out.push(change(&row.label, &row.value, &absent()));
        }
    }
    out
}

/// Every choice that differs from `old` to `new`, in any language; as [`changes`].
pub fn changes_msg(old: &Design, new: &Design, catalog: &Catalog) -> Vec<ChangeMsg> {
    let before = design_rows_msg(old, catalog);
    let after = design_rows_msg(new, catalog);
    let find = |rows: &[RowMsg], field| {
        rows.iter()
            .find(|r| r.field == field)
            .map(|r| r.value.clone())
    };
    let none = || Msg::new("spec-none");
    let mut out = Vec::new();
    for row in &after {
        let from = find(&before, row.field);
        if from.as_ref() != Some(&row.value) {
            out.push(ChangeMsg {
                field: row.field,
                label: row.label.clone(),
                from: from.unwrap_or_else(none),
                to: row.value.clone(),
            });
        }
    }
    for row in &before {
        if find(&after, row.field).is_none() {
            out.push(ChangeMsg {
                field: row.field,
                label: row.label.clone(),
                from: row.value.clone(),
                to: none(),
            });
        }
    }
    out
}

/// The changes as one line: "Metal: Platinum 950 → 18k white gold; Carat weight: 1.50 ct → 1.20 ct".
#[cfg(test)]
pub fn in_words(changes: &[Change]) -> String {
    changes
        .iter()
        .map(|c| format!("{}: {} → {}", c.label, c.from, c.to))
        .collect::<Vec<_>>()
        .join("; ")
}

/// The changes as one line, in any language (`change-one` for each, joined by `change-more`);
/// `None` when nothing changed.
pub fn in_words_msg(changes: &[ChangeMsg]) -> Option<Msg> {
    let mut lines = changes.iter().rev().map(|c| {
        Msg::new("change-one")
            .arg("label", c.label.clone())
            .arg("from", c.from.clone())
            .arg("to", c.to.clone())
    });
    let last = lines.next()?;
    Some(lines.fold(last, |rest, first| {
        Msg::new("change-more")
            .arg("first", first)
            .arg("rest", rest)
    }))
}

#[cfg(test)]
fn change(label: &str, from: &str, to: &str) -> Change {
    Change {
        label: label.to_owned(),
        from: from.to_owned(),
        to: to.to_owned(),
    }
}

#[cfg(test)]
fn value_of<'a>(rows: &'a [SpecRow], label: &str) -> Option<&'a str> {
    rows.iter()
        .find(|r| r.label == label)
        .map(|r| r.value.as_str())
}

/// The specification's rows for `design` alone, in English.
#[cfg(test)]
fn design_rows(design: &Design, catalog: &Catalog) -> Vec<SpecRow> {
    rows(&placeholder(design), catalog, None, &[])
}

/// The specification's rows for `design` alone.
fn design_rows_msg(design: &Design, catalog: &Catalog) -> Vec<RowMsg> {
    rows_msg(&placeholder(design), catalog, None, &[])
}

/// `design` in a fixed placeholder brief, so the brief's own rows (size certainty, stone
/// preference) are the same on both sides and never differ.
fn placeholder(design: &Design) -> Brief {
    Brief {
        version: crate::brief::BRIEF_VERSION,
        design: design.clone(),
        contact: Contact {
            name: String::new(),
            email: String::new(),
            phone: None,
            preferred_channel: Channel::Email,
        },
        budget: None,
        occasion: None,
        deadline: None,
        size_certainty: SizeCertainty::Unknown,
        origin_preference: OriginPreference::Undecided,
        own_materials: OwnMaterials::default(),
        surprise: false,
        notes: String::new(),
        attachments: Vec::new(),
        consent_to_contact: false,
        locale: String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::{MetalId, SettingId};
    use crate::design::{Carat, Choice};

    fn platinum_150() -> Design {
        Design {
            metal: Choice::Chosen(MetalId::new("pt950")),
            carat: Choice::Chosen(Carat::from_points(150)),
            ..Design::default()
        }
    }

    #[test]
    fn metal_and_carat_are_said_in_the_specs_words() {
        let catalog = Catalog::builtin();
        let new = Design {
            metal: Choice::Chosen(MetalId::new("18k-white")),
            carat: Choice::Chosen(Carat::from_points(120)),
            ..platinum_150()
        };
        let found = changes(&platinum_150(), &new, &catalog);
        assert_eq!(
            found,
            vec![
                change("Metal", "Platinum 950", "18k white gold"),
                change("Carat weight", "1.50 ct", "1.20 ct"),
            ]
        );
        assert_eq!(
            in_words(&found),
            "Metal: Platinum 950 → 18k white gold; Carat weight: 1.50 ct → 1.20 ct"
        );
        let said = in_words_msg(&changes_msg(&platinum_150(), &new, &catalog))
            .map(|m| crate::words::english(&m));
        assert_eq!(said.as_deref(), Some(in_words(&found).as_str()));
        let stored = stored_in_words_msg(&found).map(|m| crate::words::english(&m));
        assert_eq!(stored.as_deref(), Some(in_words(&found).as_str()));
        assert_eq!(stored_in_words_msg(&[]), None);
    }

    #[test]
    fn the_same_design_has_no_changes() {
        let catalog = Catalog::builtin();
        assert_eq!(changes(&platinum_150(), &platinum_150(), &catalog), vec![]);
        assert_eq!(in_words(&[]), "");
        assert_eq!(
            changes_msg(&platinum_150(), &platinum_150(), &catalog),
            vec![]
        );
        assert_eq!(in_words_msg(&[]), None);
    }

    #[test]
    fn advice_and_a_stone_taken_away_are_named() {
        let catalog = Catalog::builtin();
        let band_only = catalog
            .settings
            .iter()
            .find(|s| !s.centre_stone)
            .expect("the catalog has a setting without a centre stone");
        let old = Design {
            band_width: Choice::AdviseMe,
            ..Design::default()
        };
        let new = Design {
            setting: Choice::Chosen(SettingId::new(band_only.id.as_str())),
            ..Design::default()
        };
        let found = changes(&old, &new, &catalog);
        let labels: Vec<&str> = found.iter().map(|c| c.label.as_str()).collect();
        assert!(labels.contains(&"Setting"), "{found:?}");
        let width = found
            .iter()
            .find(|c| c.label == "Band width")
            .expect("band width");
        assert!(width.from.starts_with("Advise me"), "{width:?}");
        assert_eq!(width.to, "2.00 mm");
        let stone = found
            .iter()
            .find(|c| c.label == "Centre stone")
            .expect("the stone taken away");
        assert_eq!(
            (stone.from.as_str(), stone.to.as_str()),
            ("Diamond", "None")
        );
        let said: Vec<(String, String, String)> = changes_msg(&old, &new, &catalog)
            .iter()
            .map(|c| {
                let e = crate::words::english;
                (e(&c.label), e(&c.from), e(&c.to))
            })
            .collect();
        let plain: Vec<(String, String, String)> = found
            .iter()
            .map(|c| (c.label.clone(), c.from.clone(), c.to.clone()))
            .collect();
        assert_eq!(said, plain);
    }
}
