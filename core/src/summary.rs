//! The design in plain words: one line a visitor recognises and a jeweler can act on, e.g.
//! "18k rose gold, 1.20 ct oval lab-grown diamond (8.5 × 6.1 mm), six-prong solitaire,
//! court (comfort fit) band 2.2 mm wide and 1.6 mm thick, polished finish, UK size M".
//!
//! The same sentence labels the 3D canvas for screen readers, heads the brief and the jeweler's email,
//! so it lives here, next to the catalog it reads from. Open choices are said as such ("metal: your
//! jeweler's advice"), never silently filled in, and a size the visitor has not given is "size not
//! given", whatever size the viewer draws meanwhile. An engraving the engraver cannot cut is "to be
//! fixed", never quoted as if it were accepted.

use crate::catalog::{Catalog, StoneKind};
use crate::design::{Choice, Design, SizeChoice};

/// What the design says, in the catalog's words.
pub fn summary(design: &Design, catalog: &Catalog) -> String {
    let mut parts = vec![metal(design, catalog)];
    if design.has_centre_stone(catalog) {
        parts.push(stone(design, catalog));
    }
    parts.push(match &design.setting {
        Choice::Chosen(id) => catalog
            .setting(id)
            .map_or_else(|| id.to_string(), |s| s.name.to_lowercase()),
        Choice::AdviseMe => "setting: your jeweler's advice".to_owned(),
    });
    parts.push(band(design, catalog));
    parts.push(match design.finish {
        Choice::Chosen(f) => format!("{} finish", f.label().to_lowercase()),
        Choice::AdviseMe => "finish: your jeweler's advice".to_owned(),
    });
    parts.push(match design.size {
        SizeChoice::NotGiven => "size not given".to_owned(),
        SizeChoice::Known { size, system } => {
            format!("{} size {}", system_name(system), size.label(system))
        }
        SizeChoice::Unknown { send_sizer: true } => {
            "size unknown (please send a ring sizer)".to_owned()
        }
        SizeChoice::Unknown { send_sizer: false } => "size unknown".to_owned(),
    });
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
            "engraving to be fixed".to_owned()
        } else {
            format!("engraved “{}”", engraving.text.trim())
        });
    }
    let mut text = parts.join(", ");
    if let Some(first) = text.get(..1) {
        let upper = first.to_uppercase();
        text.replace_range(..1, &upper);
    }
    text
}

fn metal(design: &Design, catalog: &Catalog) -> String {
    match &design.metal {
        Choice::Chosen(id) => catalog
            .metal(id)
            .map_or_else(|| id.to_string(), |m| m.name.clone()),
        Choice::AdviseMe => "metal: your jeweler's advice".to_owned(),
    }
}

fn stone(design: &Design, catalog: &Catalog) -> String {
    let chosen_stone = design.stone.chosen().and_then(|id| catalog.stone(id));
    if chosen_stone.is_some_and(|s| s.kind == StoneKind::OwnStone) {
        return "the visitor's own stone".to_owned();
    }
    let carat = design
        .carat
        .chosen()
        .map(|c| format!("{:.2} ct", c.carats()));
    let cut = design
        .cut
        .chosen()
        .and_then(|id| catalog.cut(id))
        .map(|c| c.name.to_lowercase());
    let origin = design.origin.chosen().map(|o| o.label().to_lowercase());
    let name = chosen_stone.map(|s| s.name.to_lowercase());
    let mut words: Vec<String> = [carat, cut, origin, name].into_iter().flatten().collect();
    if design.stone.is_advise_me() {
        words.push("stone (your jeweler's advice)".to_owned());
    }
    let mut text = words.join(" ");
    if let Some(size) = design.stone_size(catalog) {
        if (size.length_mm - size.width_mm).abs() < 0.05 {
            text.push_str(&format!(" ({:.1} mm)", size.width_mm));
        } else {
            text.push_str(&format!(
                " ({:.1} × {:.1} mm)",
                size.length_mm, size.width_mm
            ));
        }
    }
    let open: Vec<&str> = [
        ("cut", design.cut.is_advise_me()),
        ("weight", design.carat.is_advise_me()),
        ("natural or lab-grown", design.origin.is_advise_me()),
    ]
    .into_iter()
    .filter_map(|(what, open)| open.then_some(what))
    .collect();
    if let Some((last, rest)) = open.split_last() {
        let what = if rest.is_empty() {
            (*last).to_owned()
        } else {
            format!("{} and {last}", rest.join(", "))
        };
        text.push_str(&format!(", {what}: your jeweler's advice"));
    }
    text
}

/// "court (comfort fit) band 2.0 mm wide and 1.6 mm thick"; what is left to the jeweler is named:
/// "band (profile: your jeweler's advice) 2.0 mm wide, thickness: your jeweler's advice".
fn band(design: &Design, catalog: &Catalog) -> String {
    let params = design.band_params(catalog);
    let head = match design.band_profile {
        Choice::Chosen(p) => format!("{} band", p.label().to_lowercase()),
        Choice::AdviseMe => "band (profile: your jeweler's advice)".to_owned(),
    };
    let width = design
        .band_width
        .chosen()
        .map(|_| format!("{:.1} mm wide", params.width_mm));
    let thickness = design
        .band_thickness
        .chosen()
        .map(|_| format!("{:.1} mm thick", params.thickness_mm));
    let open = match (&width, &thickness) {
        (None, None) => Some("width and thickness"),
        (None, Some(_)) => Some("width"),
        (Some(_), None) => Some("thickness"),
        (Some(_), Some(_)) => None,
    }
    .map(|what| format!("{what}: your jeweler's advice"));
    match (width, thickness) {
        (Some(w), Some(t)) => format!("{head} {w} and {t}"),
        (Some(known), None) | (None, Some(known)) => {
            format!("{head} {known}, {}", open.unwrap_or_default())
        }
        (None, None) => format!("{head}, {}", open.unwrap_or_default()),
    }
}

fn system_name(system: crate::size::SizeSystem) -> &'static str {
    use crate::size::SizeSystem::*;
    match system {
        Us => "US",
        Uk => "UK",
        Eu => "EU",
        Jp => "Japan",
        DiameterMm => "inner diameter",
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
