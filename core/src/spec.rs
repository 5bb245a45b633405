//! The ring and the brief as a bench jeweler reads them: one row per choice, in millimetres and
//! grams, with open choices said as such ("Advise me"), plus the words for the brief's own facts
//! (how sure the size is, natural or lab-grown, what the visitor brings to reuse, the occasion, the
//! budget, how to get in touch) that the studio and the jeweler's email both show.
//!
//! It lives in core, next to the catalog and the estimate it reads, so every place that lays out a
//! brief for the jeweler says the same thing in the same words.

pub mod changes;

use crate::brief::{Brief, Channel, Occasion, OriginPreference, OwnMaterials, SizeCertainty};
use crate::catalog::Catalog;
use crate::design::{Choice, SizeChoice};
use crate::estimate::Estimate;
use crate::size::SizeSystem;

/// What the visitor left to the jeweler.
const ADVISE: &str = "Advise me";

/// One line of the specification.
#[derive(Debug, Clone, PartialEq)]
pub struct SpecRow {
    /// What the line is about ("Band width").
    pub label: &'static str,
    /// The value in words and units ("2.00 mm").
    pub value: String,
}

/// The metal weight in one alloy of the catalog.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AlloyWeight<'a> {
    /// The alloy's name.
    pub name: &'a str,
    /// Grams of metal for band and setting.
    pub grams: f64,
}

/// Every line of a brief's specification. `estimate` gives the stone's size and the metal weight
/// (without it those lines are left out); `alloys` the weight in each other alloy (empty: no line).
pub fn rows(
    brief: &Brief,
    catalog: &Catalog,
    estimate: Option<&Estimate>,
    alloys: &[AlloyWeight<'_>],
) -> Vec<SpecRow> {
    let d = &brief.design;
    let mut rows = Vec::new();
    let mut push = |label: &'static str, value: String| rows.push(SpecRow { label, value });
    push(
        "Metal",
        named(&d.metal, |id| catalog.metal(id).map(|m| m.name.clone())),
    );
    if d.has_centre_stone(catalog) {
        push(
            "Centre stone",
            named(&d.stone, |id| catalog.stone(id).map(|s| s.name.clone())),
        );
        push(
            "Origin",
            match d.origin {
                Choice::Chosen(o) => o.label().to_owned(),
                Choice::AdviseMe => ADVISE.to_owned(),
            },
        );
        push(
            "Cut",
            named(&d.cut, |id| catalog.cut(id).map(|c| c.name.clone())),
        );
        push(
            "Carat weight",
            match d.carat {
                Choice::Chosen(c) => format!("{:.2} ct", c.carats()),
                Choice::AdviseMe => ADVISE.to_owned(),
            },
        );
        if let Some(s) = estimate.and_then(|e| e.stone.as_ref()) {
            push(
                "Stone size",
                format!(
                    "{:.2} × {:.2} mm, {:.2} mm deep",
                    s.length_mm, s.width_mm, s.depth_mm
                ),
            );
        }
    }
    push(
        "Setting",
        named(&d.setting, |id| catalog.setting(id).map(|s| s.name.clone())),
    );
    let band = d.band_params(catalog);
    push(
        "Band profile",
        match d.band_profile {
            Choice::Chosen(p) => p.label().to_owned(),
            Choice::AdviseMe => format!("{ADVISE} (court assumed)"),
        },
    );
    push(
        "Band width",
        match d.band_width {
            Choice::Chosen(mm) => format!("{:.2} mm", mm.mm()),
            Choice::AdviseMe => format!("{ADVISE} ({:.2} mm assumed)", band.width_mm),
        },
    );
    push(
        "Band thickness",
        match d.band_thickness {
            Choice::Chosen(mm) => format!("{:.2} mm", mm.mm()),
            Choice::AdviseMe => format!("{ADVISE} ({:.2} mm assumed)", band.thickness_mm),
        },
    );
    push(
        "Finish",
        match d.finish {
            Choice::Chosen(f) => f.label().to_owned(),
            Choice::AdviseMe => ADVISE.to_owned(),
        },
    );
    push(
        "Ring size",
        match d.size {
            SizeChoice::NotGiven => "Not given".to_owned(),
            SizeChoice::Known { size, system } => format!(
                "{} {} · inner diameter {:.2} mm · circumference {:.2} mm",
                system_short(system),
                size.label(system),
                size.diameter_mm(),
                size.circumference_mm()
            ),
            SizeChoice::Unknown { send_sizer: true } => "Unknown: send a ring sizer".to_owned(),
            SizeChoice::Unknown { send_sizer: false } => "Unknown".to_owned(),
        },
    );
    push(
        "Size certainty",
        size_certainty(brief.size_certainty).to_owned(),
    );
    push(
        "Engraving",
        match &d.engraving {
            Some(e) if !e.text.trim().is_empty() => {
                let font = match &e.font {
                    Choice::Chosen(id) => catalog
                        .font(id)
                        .map_or_else(|| id.to_string(), |f| f.name.clone()),
                    Choice::AdviseMe => "font: advise me".to_owned(),
                };
                format!("“{}” ({font})", e.text.trim())
            }
            _ => "None".to_owned(),
        },
    );
    if let Some(e) = estimate {
        let metal = catalog
            .metals
            .iter()
            .find(|m| m.id.as_str() == e.metal_id)
            .map_or_else(|| e.metal_id.clone(), |m| m.name.clone());
        let assumed_metal = e.assumed.iter().any(|a| a == "metal");
        let assumed_size = e.assumed.iter().any(|a| a == "size");
        let assumed = match (assumed_metal, assumed_size) {
            (true, true) => " (metal and size assumed)",
            (true, false) => " (metal assumed)",
            (false, true) => " (size assumed)",
            (false, false) => "",
        };
        push(
            "Metal weight",
            format!(
                "about {:.1} g of {metal}{assumed} (band {:.0} mm³, head and setting {:.0} mm³)",
                e.metal_grams, e.band_volume_mm3, e.setting_volume_mm3
            ),
        );
    }
    if !alloys.is_empty() {
        push(
            "In other alloys",
            alloys
                .iter()
                .map(|w| format!("{} {:.1} g", w.name, w.grams))
                .collect::<Vec<_>>()
                .join(" · "),
        );
    }
    push(
        "Stone preference",
        origin_preference(brief.origin_preference).to_owned(),
    );
    if let Some(what) = own_materials(&brief.own_materials) {
        push("Brings to reuse", what);
    }
    rows
}

/// The metal weight of an estimate in every alloy of the catalog: the same volume of band and
/// setting, each alloy's density.
pub fn alloys<'a>(estimate: &Estimate, catalog: &'a Catalog) -> Vec<AlloyWeight<'a>> {
    let volume_cm3 = (estimate.band_volume_mm3 + estimate.setting_volume_mm3) / 1000.0;
    catalog
        .metals
        .iter()
        .map(|m| AlloyWeight {
            name: &m.name,
            grams: volume_cm3 * f64::from(m.density_g_cm3),
        })
        .collect()
}

/// How sure the visitor is of the size.
pub fn size_certainty(certainty: SizeCertainty) -> &'static str {
    match certainty {
        SizeCertainty::Measured => "measured by a jeweler",
        SizeCertainty::Estimated => "estimated at home",
        SizeCertainty::Unknown => "not sure yet",
    }
}

/// What the brief form tells the visitor about their size when there is none to be sure of: their
/// own answer, in the size step's words, or that they have not given one (the summary's "size not
/// given"). `None` for a known size: the form asks how sure it is instead.
pub fn size_answer(size: SizeChoice) -> Option<&'static str> {
    match size {
        SizeChoice::Known { .. } => None,
        SizeChoice::NotGiven => Some(
            "No size given yet. You can add it in the Ring size step, or send the brief without \
             it: the jeweler will ask for it.",
        ),
        SizeChoice::Unknown { send_sizer: true } => Some(
            "You chose “I don't know my size” and asked for a ring sizer: the jeweler will send one.",
        ),
        SizeChoice::Unknown { send_sizer: false } => {
            Some("You chose “I don't know my size”: the jeweler will help you find it.")
        }
    }
}

/// Natural or lab-grown, as the jeweler reads the visitor's pick.
pub fn origin_preference(preference: OriginPreference) -> &'static str {
    match preference {
        OriginPreference::Natural => "Natural only",
        OriginPreference::LabGrown => "Lab-grown only",
        OriginPreference::Either => "Natural or lab-grown",
        OriginPreference::Undecided => "Undecided: wants advice",
    }
}

/// What the ring is for, as the jeweler reads it ("For themselves"); `Other` in the visitor's words.
pub fn occasion(occasion: &Occasion) -> String {
    match occasion {
        Occasion::Engagement => "Engagement",
        Occasion::Wedding => "Wedding",
        Occasion::Anniversary => "Anniversary",
        Occasion::Birthday => "Birthday",
        Occasion::Gift => "Gift",
        Occasion::ForMyself => "For themselves",
        Occasion::Other(text) => return text.trim().to_owned(),
    }
    .to_owned()
}

/// An occasion as the server lists it (its slug, "for-myself", or the visitor's own words), in the
/// words of [`occasion`].
pub fn occasion_slug(slug: &str) -> String {
    let known = match slug {
        "engagement" => Occasion::Engagement,
        "wedding" => Occasion::Wedding,
        "anniversary" => Occasion::Anniversary,
        "birthday" => Occasion::Birthday,
        "gift" => Occasion::Gift,
        "for-myself" | "for myself" => Occasion::ForMyself,
        other => return other.to_owned(),
    };
    occasion(&known)
}

/// How the visitor prefers to be contacted.
pub fn channel(channel: Channel) -> &'static str {
    match channel {
        Channel::Email => "Email",
        Channel::Phone => "Phone call",
        Channel::Message => "Text or messaging app",
    }
}

/// A whole amount with thousands separators: `12,500`.
pub fn amount(value: u64) -> String {
    let digits = value.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A budget: "up to 3,500 GBP", "1,000–3,500 GBP" or "2,000 USD".
pub fn budget(min: u64, max: u64, currency: &str) -> String {
    if min == 0 {
        format!("up to {} {currency}", amount(max))
    } else if min == max {
        format!("{} {currency}", amount(max))
    } else {
        format!("{}–{} {currency}", amount(min), amount(max))
    }
}

/// A rough price range: "1,900–7,800 GBP" (whole units, thousands grouped like every other amount).
pub fn price_range(low: f64, high: f64, currency: &str) -> String {
    format!("{}–{} {currency}", whole(low), whole(high))
}

/// How far a ring can be resized, in US sizes: "half a size", "1 size", "1½ sizes", "2 sizes".
pub fn us_sizes(sizes: f64) -> String {
    let halves = (sizes * 2.0).round().max(0.0) as u64;
    match halves {
        0 => "no size".to_owned(),
        1 => "half a size".to_owned(),
        2 => "1 size".to_owned(),
        h if h % 2 == 1 => format!("{}½ sizes", h / 2),
        h => format!("{} sizes", h / 2),
    }
}

/// A non-negative amount rounded to whole units, grouped; nonsense (negative, not finite) is 0.
fn whole(value: f64) -> String {
    let rounded = value.round();
    amount(if rounded.is_finite() && rounded > 0.0 {
        rounded as u64
    } else {
        0
    })
}

/// What the visitor brings to reuse ("a stone: grandma's sapphire"), if anything.
pub fn own_materials(own: &OwnMaterials) -> Option<String> {
    let what = match (own.stone, own.metal) {
        (false, false) => return None,
        (true, true) => "a stone and metal",
        (true, false) => "a stone",
        (false, true) => "metal",
    };
    Some(format!("{what}: {}", own.description.trim()))
}

/// A catalog choice by name (its id when the catalog does not know it), or "Advise me".
fn named<Id: std::fmt::Display>(
    choice: &Choice<Id>,
    name: impl Fn(&Id) -> Option<String>,
) -> String {
    match choice {
        Choice::Chosen(id) => name(id).unwrap_or_else(|| id.to_string()),
        Choice::AdviseMe => ADVISE.to_owned(),
    }
}

/// The size system as a short prefix.
fn system_short(system: SizeSystem) -> &'static str {
    match system {
        SizeSystem::Us => "US",
        SizeSystem::Uk => "UK",
        SizeSystem::Eu => "EU",
        SizeSystem::Jp => "JP",
        SizeSystem::DiameterMm => "Diameter",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::brief::{Channel, Contact};
    use crate::design::Design;

    fn brief(design: Design) -> Brief {
        Brief {
            version: 1,
            design,
            contact: Contact {
                name: "Ada".into(),
                email: "ada@example.com".into(),
                phone: None,
                preferred_channel: Channel::Email,
            },
            budget: None,
            occasion: None,
            deadline: None,
            size_certainty: SizeCertainty::Measured,
            origin_preference: OriginPreference::Natural,
            own_materials: OwnMaterials::default(),
            surprise: false,
            notes: String::new(),
            attachments: Vec::new(),
            consent_to_contact: true,
            locale: "en".into(),
        }
    }

    fn value(rows: &[SpecRow], label: &str) -> Option<String> {
        rows.iter()
            .find(|r| r.label == label)
            .map(|r| r.value.clone())
    }

    #[test]
    fn the_size_answer_is_the_visitors_own_or_says_none_was_given() {
        let not_given = size_answer(SizeChoice::NotGiven).unwrap_or_default();
        assert!(not_given.starts_with("No size given yet."), "{not_given}");
        assert!(!not_given.contains("I don't know"), "{not_given}");
        assert_eq!(
            size_answer(SizeChoice::Unknown { send_sizer: false }),
            Some("You chose “I don't know my size”: the jeweler will help you find it.")
        );
        assert!(size_answer(SizeChoice::Unknown { send_sizer: true })
            .is_some_and(|a| a.contains("asked for a ring sizer")));
        let known = SizeChoice::Known {
            size: crate::size::RingSize::US_6,
            system: SizeSystem::Us,
        };
        assert_eq!(size_answer(known), None);
    }

    #[test]
    fn the_classic_solitaire_reads_in_millimetres_and_grams() {
        let catalog = Catalog::builtin();
        let b = brief(Design {
            size: SizeChoice::Known {
                size: crate::size::RingSize::US_6,
                system: SizeSystem::Us,
            },
            ..Design::default()
        });
        let estimate = crate::estimate::estimate(&b.design, &catalog).expect("an estimate");
        let alloys = [
            AlloyWeight {
                name: "Platinum 950",
                grams: 6.04,
            },
            AlloyWeight {
                name: "18k yellow gold",
                grams: 4.96,
            },
        ];
        let rows = rows(&b, &catalog, Some(&estimate), &alloys);
        let get = |label| value(&rows, label).unwrap_or_default();
        assert_eq!(get("Metal"), "18k yellow gold");
        assert_eq!(get("Carat weight"), "1.00 ct");
        assert_eq!(get("Band width"), "2.00 mm");
        assert_eq!(get("Band thickness"), "1.60 mm");
        assert!(
            get("Ring size").starts_with("US 6 · inner diameter 16.5"),
            "{}",
            get("Ring size")
        );
        assert!(
            get("Stone size").ends_with(" mm deep"),
            "{}",
            get("Stone size")
        );
        assert!(
            get("Metal weight").starts_with("about "),
            "{}",
            get("Metal weight")
        );
        assert_eq!(
            get("In other alloys"),
            "Platinum 950 6.0 g · 18k yellow gold 5.0 g"
        );
        assert_eq!(get("Size certainty"), "measured by a jeweler");
        assert_eq!(get("Stone preference"), "Natural only");
        assert_eq!(get("Engraving"), "None");
        assert_eq!(value(&rows, "Brings to reuse"), None);
    }

    #[test]
    fn open_choices_and_a_missing_estimate_are_said_not_filled_in() {
        let catalog = Catalog::builtin();
        let mut b = brief(Design {
            metal: Choice::AdviseMe,
            band_width: Choice::AdviseMe,
            ..Design::default()
        });
        b.own_materials = OwnMaterials {
            stone: true,
            metal: true,
            description: " grandma's ring ".into(),
        };
        let rows = rows(&b, &catalog, None, &[]);
        assert_eq!(value(&rows, "Metal").as_deref(), Some("Advise me"));
        let width = value(&rows, "Band width").unwrap_or_default();
        assert!(
            width.starts_with("Advise me (") && width.ends_with(" mm assumed)"),
            "{width}"
        );
        assert_eq!(value(&rows, "Stone size"), None);
        assert_eq!(value(&rows, "Metal weight"), None);
        assert_eq!(value(&rows, "In other alloys"), None);
        assert_eq!(
            value(&rows, "Brings to reuse").as_deref(),
            Some("a stone and metal: grandma's ring")
        );
    }

    #[test]
    fn own_materials_name_what_comes() {
        let own = |stone, metal| OwnMaterials {
            stone,
            metal,
            description: "old band".into(),
        };
        assert_eq!(own_materials(&own(false, false)), None);
        assert_eq!(
            own_materials(&own(true, false)).as_deref(),
            Some("a stone: old band")
        );
        assert_eq!(
            own_materials(&own(false, true)).as_deref(),
            Some("metal: old band")
        );
        assert_eq!(
            size_certainty(SizeCertainty::Estimated),
            "estimated at home"
        );
    }

    #[test]
    fn the_briefs_facts_read_for_the_jeweler() {
        assert_eq!(
            origin_preference(OriginPreference::Either),
            "Natural or lab-grown"
        );
        assert_eq!(
            origin_preference(OriginPreference::Undecided),
            "Undecided: wants advice"
        );
        assert_eq!(occasion(&Occasion::ForMyself), "For themselves");
        assert_eq!(
            occasion(&Occasion::Other(" graduation ".into())),
            "graduation"
        );
        assert_eq!(occasion_slug("for-myself"), "For themselves");
        assert_eq!(occasion_slug("engagement"), "Engagement");
        assert_eq!(occasion_slug("graduation"), "graduation");
        assert_eq!(channel(Channel::Phone), "Phone call");
        assert_eq!(channel(Channel::Message), "Text or messaging app");
    }

    #[test]
    fn amounts_group_thousands_and_budgets_read_naturally() {
        assert_eq!(amount(0), "0");
        assert_eq!(amount(999), "999");
        assert_eq!(amount(1000), "1,000");
        assert_eq!(amount(12_500), "12,500");
        assert_eq!(amount(1_234_567), "1,234,567");
        assert_eq!(budget(0, 3500, "GBP"), "up to 3,500 GBP");
        assert_eq!(budget(1000, 3500, "EUR"), "1,000–3,500 EUR");
        assert_eq!(budget(2000, 2000, "USD"), "2,000 USD");
        assert_eq!(price_range(1900.0, 7800.0, "GBP"), "1,900–7,800 GBP");
        assert_eq!(price_range(850.0, 12_500.4, "EUR"), "850–12,500 EUR");
        assert_eq!(price_range(-3.0, f64::NAN, "EUR"), "0–0 EUR");
    }

    #[test]
    fn resizing_reads_in_singular_and_plural() {
        assert_eq!(us_sizes(0.0), "no size");
        assert_eq!(us_sizes(0.5), "half a size");
        assert_eq!(us_sizes(1.0), "1 size");
        assert_eq!(us_sizes(1.5), "1½ sizes");
        assert_eq!(us_sizes(2.0), "2 sizes");
    }

    #[test]
    fn a_size_not_given_is_said_so_with_no_size_in_millimetres() {
        let catalog = Catalog::builtin();
        let mut b = brief(Design::default());
        b.size_certainty = SizeCertainty::Unknown;
        let estimate = crate::estimate::estimate(&b.design, &catalog).expect("an estimate");
        let rows = rows(&b, &catalog, Some(&estimate), &[]);
        assert_eq!(value(&rows, "Ring size").as_deref(), Some("Not given"));
        assert_eq!(
            value(&rows, "Size certainty").as_deref(),
            Some("not sure yet")
        );
        let weight = value(&rows, "Metal weight").unwrap_or_default();
        assert!(
            weight.contains("of 18k yellow gold (size assumed) (band "),
            "{weight}"
        );
        assert!(
            rows.iter()
                .all(|r| !r.value.contains("51.87") && !r.value.contains("16.51")),
            "{rows:?}"
        );
    }

    #[test]
    fn every_alloy_weighs_the_same_volume() {
        let catalog = Catalog::builtin();
        let estimate =
            crate::estimate::estimate(&Design::default(), &catalog).expect("an estimate");
        let weights = alloys(&estimate, &catalog);
        assert_eq!(weights.len(), catalog.metals.len());
        let gold = weights
            .iter()
            .find(|w| w.name == "18k yellow gold")
            .expect("18k yellow gold");
        assert!((gold.grams - estimate.metal_grams).abs() < 1e-9, "{gold:?}");
    }
}
