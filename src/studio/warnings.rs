//! The design's warnings as the jeweler reads them.
//!
//! Core words its warnings for the visitor ("your jeweler will ask for it"). Those that speak to
//! the visitor get the studio's own sentence, with the same arguments; the rest (a thin band, a
//! long engraving) read the same to both and are said as core words them.

use atelier_core::design::Warning;
use atelier_core::i18n::Msg;

/// The warning in words for the jeweler.
pub fn for_jeweler(warning: &Warning) -> Msg {
    let msg = warning.msg();
    let key = match msg.key.as_ref() {
        "warning-size-not-given" => "studio-warning-size-not-given",
        "warning-size-sizer" => "studio-warning-size-sizer",
        "warning-size-unknown" => "studio-warning-size-unknown",
        "warning-not-resizable-unsized" => "studio-warning-not-resizable-unsized",
        "warning-soft-stone-in-bezel" => "studio-warning-soft-stone-in-bezel",
        _ => return msg,
    };
    Msg {
        key: key.into(),
        ..msg
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::studio::words::tests::bundle;
    use atelier_core::catalog::Catalog;
    use atelier_core::design::{Design, SizeChoice, WarningCode};
    use atelier_core::i18n::{Lang, Plain};

    /// The size warnings of the default design with the size given as `size`.
    fn warnings(size: SizeChoice) -> Vec<Warning> {
        let catalog = Catalog::builtin();
        let design = Design {
            size,
            ..Design::default()
        };
        design.check(&catalog).warnings
    }

    fn english(size: SizeChoice) -> Vec<String> {
        let english = bundle(Lang::En);
        warnings(size)
            .iter()
            .map(|w| english.say(&for_jeweler(w), &Plain))
            .collect()
    }

    #[test]
    fn a_missing_size_tells_the_jeweler_what_to_do() {
        let said = english(SizeChoice::NotGiven);
        assert!(
            said.iter()
                .any(|s| s == "No ring size given yet: ask for it, or send a ring sizer."),
            "{said:?}"
        );
        assert!(said.iter().all(|s| !s.contains("your jeweler")), "{said:?}");
    }

    #[test]
    fn an_unknown_size_is_said_to_the_jeweler() {
        let sizer = english(SizeChoice::Unknown { send_sizer: true });
        assert!(
            sizer.iter().any(|s| s
                == "The visitor asked for a ring sizer: send one, and suggest measuring at the end of the day, when fingers are largest."),
            "{sizer:?}"
        );
        let unknown = english(SizeChoice::Unknown { send_sizer: false });
        assert!(
            unknown.iter().any(|s| s
                == "The visitor does not know the size and asked for no ring sizer: without one a standard size is made, and resizing later may cost extra."),
            "{unknown:?}"
        );
        for said in [sizer, unknown] {
            assert!(said.iter().all(|s| !s.contains("We'll")), "{said:?}");
        }
    }

    #[test]
    fn every_language_has_the_jewelers_own_wording() {
        let sizes = [
            SizeChoice::NotGiven,
            SizeChoice::Unknown { send_sizer: true },
            SizeChoice::Unknown { send_sizer: false },
        ];
        for lang in [Lang::De, Lang::Fr, Lang::It, Lang::Es, Lang::Ja, Lang::Ar] {
            let words = bundle(lang);
            for size in sizes {
                for warning in warnings(size) {
                    if !matches!(warning.code, WarningCode::SizeUnknown) {
                        continue;
                    }
                    let for_visitor = words.say(&warning.msg(), &Plain);
                    let said = words.say(&for_jeweler(&warning), &Plain);
                    assert_ne!(for_visitor, said, "{lang:?}");
                    // A missing message is said as its key.
                    assert_ne!(said, for_jeweler(&warning).key, "{lang:?}");
                }
            }
        }
    }

    #[test]
    fn warnings_that_read_the_same_to_both_keep_cores_words() {
        let warning = Warning::new(
            WarningCode::ThinBand,
            "band_thickness",
            Msg::new("warning-thin-band"),
        );
        assert_eq!(for_jeweler(&warning).key, "warning-thin-band");
    }
}
