//! The design in plain words: one line a visitor recognises and a jeweler can act on, e.g.
//! "18k rose gold, 1.20 ct oval lab-grown diamond (8.5 × 6.1 mm), six-prong solitaire,
//! court (comfort fit) band 2.2 mm wide and 1.6 mm thick, polished finish, UK size M".
//!
//! The same sentence labels the 3D canvas for screen readers, heads the brief and the jeweler's email,
//! so it lives here, next to the catalog it reads from. Open choices are said as such ("metal: your
//! jeweler's advice"), never silently filled in, and a size the visitor has not given is "size not
//! given", whatever size the viewer draws meanwhile. An engraving the engraver cannot cut is "to be
//! fixed", never quoted as if it were accepted.

use crate::catalog::{BandProfile, Catalog, Finish, StoneKind};
use crate::design::{Choice, Design, SizeChoice};
use crate::i18n::{Arg, Msg};
use crate::size::SizeSystem;
use crate::words::as_written;
#[cfg(test)]
use crate::words::english;

/// What the design says, in the catalog's words, in English.
#[cfg(test)]
pub fn summary(design: &Design, catalog: &Catalog) -> String {
    english(&summary_msg(design, catalog))
}

/// What the design says, in the catalog's words, in any language: its parts (metal, stone,
/// setting, band, finish, size, engraving) joined as `summary-parts` joins them.
pub fn summary_msg(design: &Design, catalog: &Catalog) -> Msg {
    let mut parts = vec![metal(design, catalog)];
    if design.has_centre_stone(catalog) {
        parts.push(stone(design, catalog));
    }
    parts.push(match &design.setting {
        Choice::Chosen(id) => catalog
            .setting(id)
            .map_or_else(|| as_written(id.to_string()), |s| s.name_in_text_msg()),
        Choice::AdviseMe => Msg::new("summary-setting-advise"),
    });
    parts.push(band(design, catalog));
    parts.push(match design.finish {
        Choice::Chosen(f) => finish(f),
        Choice::AdviseMe => Msg::new("summary-finish-advise"),
    });
    parts.push(size(design.size));
    if let Some(engraving) = design
        .engraving
        .as_ref()
        .filter(|e| !e.text.trim().is_empty())
    {
        // Text the engraver cannot cut is not the visitor's engraving yet: saying it would read as
        // accepted.
        let faulty = design
            .check(catalog)
            .errors
            .iter()
            .any(|e| e.field().starts_with("engraving"));
        parts.push(if faulty {
            Msg::new("summary-engraving-to-fix")
        } else {
            Msg::new("summary-engraved").arg("text", engraving.text.trim())
        });
    }
    join(parts)
}

/// Parts joined from the right: `a, (b, (c, d))`, so each language places its own separator.
fn join(mut parts: Vec<Msg>) -> Msg {
    let mut joined = parts.pop().unwrap_or_else(|| as_written(""));
    while let Some(part) = parts.pop() {
        joined = Msg::new("summary-parts")
            .arg("first", part)
            .arg("rest", joined);
    }
    joined
}

fn metal(design: &Design, catalog: &Catalog) -> Msg {
    match &design.metal {
        Choice::Chosen(id) => catalog
            .metal(id)
            .map_or_else(|| as_written(id.to_string()), |m| m.name_msg()),
        Choice::AdviseMe => Msg::new("summary-metal-advise"),
    }
}

fn stone(design: &Design, catalog: &Catalog) -> Msg {
    let chosen_stone = design.stone.chosen().and_then(|id| catalog.stone(id));
    if chosen_stone.is_some_and(|s| s.kind == StoneKind::OwnStone) {
        return Msg::new("summary-own-stone");
    }
    let mut text = match (chosen_stone, design.stone.chosen()) {
        (Some(s), _) => s.name_in_text_msg(),
        (None, Some(id)) => as_written(id.to_string()),
        (None, None) => Msg::new("summary-stone-advise"),
    };
    if let Some(origin) = design.origin.chosen() {
        text = Msg::new("summary-stone-with-origin")
            .arg("origin", origin.in_text_msg())
            .arg("stone", text);
    }
    if let Some(cut) = design.cut.chosen() {
        let cut = catalog
            .cut(cut)
            .map_or_else(|| as_written(cut.to_string()), |c| c.name_in_text_msg());
        text = Msg::new("summary-stone-with-cut")
            .arg("cut", cut)
            .arg("stone", text);
    }
    if let Some(carat) = design.carat.chosen() {
        text = Msg::new("summary-stone-with-carat")
            .arg("carat", Arg::fixed(carat.carats(), 2))
            .arg("stone", text);
    }
    if let Some(size) = design.stone_size(catalog) {
        text = if (size.length_mm - size.width_mm).abs() < 0.05 {
            Msg::new("summary-stone-round-size")
                .arg("stone", text)
                .arg("width", Arg::fixed(size.width_mm, 1))
        } else {
            Msg::new("summary-stone-size")
                .arg("stone", text)
                .arg("length", Arg::fixed(size.length_mm, 1))
                .arg("width", Arg::fixed(size.width_mm, 1))
        };
    }
    let open: Vec<Msg> = [
        ("summary-open-cut", design.cut.is_advise_me()),
        ("summary-open-weight", design.carat.is_advise_me()),
        ("summary-open-origin", design.origin.is_advise_me()),
    ]
    .into_iter()
    .filter(|(_, open)| *open)
    .map(|(key, _)| Msg::new(key))
    .collect();
    if open.is_empty() {
        text
    } else {
        Msg::new("summary-stone-open")
            .arg("stone", text)
            .arg("open", Arg::List(open))
    }
}

/// "court (comfort fit) band 2.0 mm wide and 1.6 mm thick"; what is left to the jeweler is named:
/// "band (profile: your jeweler's advice) 2.0 mm wide, thickness: your jeweler's advice".
fn band(design: &Design, catalog: &Catalog) -> Msg {
    let params = design.band_params(catalog);
    let head = match design.band_profile {
        Choice::Chosen(p) => Msg::new(match p {
            BandProfile::Court => "summary-band-court",
            BandProfile::DShape => "summary-band-d-shape",
            BandProfile::Flat => "summary-band-flat",
            BandProfile::KnifeEdge => "summary-band-knife-edge",
        }),
        Choice::AdviseMe => Msg::new("summary-band-advise"),
    };
    let width = Arg::fixed(params.width_mm, 1);
    let thickness = Arg::fixed(params.thickness_mm, 1);
    let (w, t) = (
        design.band_width.chosen().is_some(),
        design.band_thickness.chosen().is_some(),
    );
    let msg = match (w, t) {
        (true, true) => Msg::new("summary-band-sized")
            .arg("width", width)
            .arg("thickness", thickness),
        (true, false) => Msg::new("summary-band-width-only").arg("width", width),
        (false, true) => Msg::new("summary-band-thickness-only").arg("thickness", thickness),
        (false, false) => Msg::new("summary-band-open"),
    };
    msg.arg("band", head)
}

fn finish(finish: Finish) -> Msg {
    Msg::new(match finish {
        Finish::Polished => "summary-finish-polished",
        Finish::Satin => "summary-finish-satin",
        Finish::Hammered => "summary-finish-hammered",
    })
}

fn size(size: SizeChoice) -> Msg {
    match size {
        SizeChoice::NotGiven => Msg::new("summary-size-not-given"),
        SizeChoice::Known { size, system } => Msg::new(match system {
            SizeSystem::Us => "summary-size-us",
            SizeSystem::Uk => "summary-size-uk",
            SizeSystem::Eu => "summary-size-eu",
            SizeSystem::Jp => "summary-size-jp",
            SizeSystem::DiameterMm => "summary-size-diameter",
        })
        .arg("size", size.label_msg(system)),
        SizeChoice::Unknown { send_sizer: true } => Msg::new("summary-size-sizer"),
        SizeChoice::Unknown { send_sizer: false } => Msg::new("summary-size-unknown"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::{MetalId, SettingId};

    #[test]
    fn the_default_design_reads_like_a_jewelers_note() {
        let text = summary(&Design::default(), &Catalog::builtin());
        assert!(
            text.starts_with("18k yellow gold, 1.00 ct round brilliant natural diamond (6.5 mm)"),
            "{text}"
        );
        assert!(text.contains("four-prong solitaire"), "{text}");
        assert!(
            text.contains("court (comfort fit) band 2.0 mm wide and 1.6 mm thick, polished finish"),
            "{text}"
        );
        assert!(text.ends_with(", size not given"), "{text}");
        assert!(!text.contains("US"), "{text}");
    }

    #[test]
    fn a_given_size_is_said_in_its_system() {
        let design = Design {
            size: SizeChoice::Known {
                size: crate::size::RingSize::parse(crate::size::SizeSystem::Uk, "M").expect("UK M"),
                system: crate::size::SizeSystem::Uk,
            },
            ..Design::default()
        };
        let text = summary(&design, &Catalog::builtin());
        assert!(text.ends_with(", polished finish, UK size M"), "{text}");
    }

    #[test]
    fn finish_and_band_thickness_are_said_chosen_or_open() {
        let catalog = Catalog::builtin();
        let satin = Design {
            finish: Choice::Chosen(crate::catalog::Finish::Satin),
            band_thickness: Choice::AdviseMe,
            ..Design::default()
        };
        let text = summary(&satin, &catalog);
        assert!(
            text.contains(
                "court (comfort fit) band 2.0 mm wide, thickness: your jeweler's advice, satin finish,"
            ),
            "{text}"
        );
        let open = Design {
            finish: Choice::AdviseMe,
            band_profile: Choice::AdviseMe,
            band_width: Choice::AdviseMe,
            band_thickness: Choice::AdviseMe,
            ..Design::default()
        };
        let text = summary(&open, &catalog);
        assert!(
            text.contains(
                "band (profile: your jeweler's advice), width and thickness: your jeweler's advice, \
                 finish: your jeweler's advice,"
            ),
            "{text}"
        );
        let thick_only = Design {
            band_width: Choice::AdviseMe,
            band_thickness: Choice::Chosen(crate::design::Mm::from_centi(180)),
            ..Design::default()
        };
        let text = summary(&thick_only, &catalog);
        assert!(
            text.contains("court (comfort fit) band 1.8 mm thick, width: your jeweler's advice,"),
            "{text}"
        );
    }

    #[test]
    fn open_choices_are_said_not_filled_in() {
        let design = Design {
            metal: Choice::AdviseMe,
            setting: Choice::AdviseMe,
            size: SizeChoice::Unknown { send_sizer: true },
            ..Design::default()
        };
        let text = summary(&design, &Catalog::builtin());
        assert!(text.starts_with("Metal: your jeweler's advice"), "{text}");
        assert!(text.contains("setting: your jeweler's advice"), "{text}");
        assert!(text.contains("please send a ring sizer"), "{text}");
    }

    #[test]
    fn the_stones_open_questions_are_said() {
        let design = Design {
            cut: Choice::AdviseMe,
            carat: Choice::AdviseMe,
            origin: Choice::AdviseMe,
            ..Design::default()
        };
        let text = summary(&design, &Catalog::builtin());
        assert!(
            text.starts_with(
                "18k yellow gold, diamond, cut, weight and natural or lab-grown: your jeweler's advice, four-prong"
            ),
            "{text}"
        );
        let weight_only = Design {
            carat: Choice::AdviseMe,
            ..Design::default()
        };
        let text = summary(&weight_only, &Catalog::builtin());
        assert!(
            text.starts_with(
                "18k yellow gold, round brilliant natural diamond, weight: your jeweler's advice, four-prong"
            ),
            "{text}"
        );
    }

    #[test]
    fn an_engraving_with_an_error_is_not_said_as_accepted() {
        let engraved = |text: &str| Design {
            engraving: Some(crate::design::Engraving {
                text: text.to_owned(),
                font: Choice::AdviseMe,
            }),
            ..Design::default()
        };
        let catalog = Catalog::builtin();
        let text = summary(&engraved("A & J · 2026"), &catalog);
        assert!(
            text.ends_with(", size not given, engraving to be fixed"),
            "{text}"
        );
        assert!(!text.contains("2026"), "{text}");
        let long = summary(&engraved(&"a".repeat(31)), &catalog);
        assert!(long.ends_with(", engraving to be fixed"), "{long}");
        let text = summary(&engraved("A & J 2026"), &catalog);
        assert!(
            text.ends_with(", size not given, engraved “A & J 2026”"),
            "{text}"
        );
    }

    #[test]
    fn a_plain_band_has_no_stone() {
        let design = Design {
            metal: Choice::Chosen(MetalId::new("pt950")),
            setting: Choice::Chosen(SettingId::new("plain-band")),
            ..Design::default()
        };
        let text = summary(&design, &Catalog::builtin());
        assert!(!text.contains("diamond"), "{text}");
        assert!(text.starts_with("Platinum 950, plain"), "{text}");
    }
}
