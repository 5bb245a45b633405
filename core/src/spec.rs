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
use crate::i18n::{Arg, Msg};
use crate::words::as_written;
#[cfg(test)]
use crate::words::english;

/// One line of the specification, in English.
#[derive(Debug, Clone, PartialEq)]
pub struct SpecRow {
    /// What the line is about ("Band width").
    pub label: String,
    /// The value in words and units ("2.00 mm").
    pub value: String,
}

/// One line of the specification, in words not yet in any language.
#[derive(Debug, Clone, PartialEq)]
pub struct RowMsg {
    /// Which line it is.
    pub field: SpecField,
    /// What the line is about ("Band width"): `field.msg()`.
    pub label: Msg,
    /// The value in words and units ("2.00 mm").
    pub value: Msg,
}

/// The lines a specification can have, in its order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SpecField {
    /// The alloy.
    Metal,
    /// The centre stone.
    CentreStone,
    /// Natural or lab-grown.
    Origin,
    /// The stone's cut.
    Cut,
    /// The stone's weight.
    CaratWeight,
    /// The stone's size in mm.
    StoneSize,
    /// The setting.
    Setting,
    /// The band's cross-section.
    BandProfile,
    /// The band's width.
    BandWidth,
    /// The band's thickness.
    BandThickness,
    /// The metal's finish.
    Finish,
    /// The ring size.
    RingSize,
    /// The visitor's certainty about the size.
    SizeCertainty,
    /// The engraving.
    Engraving,
    /// The estimated metal weight.
    MetalWeight,
    /// The weight in every alloy of the catalog.
    OtherAlloys,
    /// Natural or lab-grown, as the visitor prefers.
    StonePreference,
    /// What the visitor brings to reuse.
    BringsToReuse,
}

impl SpecField {
    /// The line's label in English ("Band width"), by which the English rows are matched.
    #[cfg(test)]
    pub fn label(self) -> String {
        english(&self.msg())
    }

    /// The line's label in any language.
    pub fn msg(self) -> Msg {
        Msg::new(match self {
            SpecField::Metal => "spec-metal",
            SpecField::CentreStone => "spec-centre-stone",
            SpecField::Origin => "spec-origin",
            SpecField::Cut => "spec-cut",
            SpecField::CaratWeight => "spec-carat-weight",
            SpecField::StoneSize => "spec-stone-size",
            SpecField::Setting => "spec-setting",
            SpecField::BandProfile => "spec-band-profile",
            SpecField::BandWidth => "spec-band-width",
            SpecField::BandThickness => "spec-band-thickness",
            SpecField::Finish => "spec-finish",
            SpecField::RingSize => "spec-ring-size",
            SpecField::SizeCertainty => "spec-size-certainty",
            SpecField::Engraving => "spec-engraving",
            SpecField::MetalWeight => "spec-metal-weight",
            SpecField::OtherAlloys => "spec-other-alloys",
            SpecField::StonePreference => "spec-stone-preference",
            SpecField::BringsToReuse => "spec-brings-to-reuse",
        })
    }
}

/// The metal weight in one alloy of the catalog.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AlloyWeight<'a> {
    /// The alloy's name as the catalog has it (said in the reader's language when it is one of
    /// the catalog's names).
    pub name: &'a str,
    /// Grams of metal for band and setting.
    pub grams: f64,
}

/// Every line of a brief's specification, in English. `estimate` gives the stone's size and the
/// metal weight (without it those lines are left out); `alloys` the weight in each other alloy
/// (empty: no line).
#[cfg(test)]
pub fn rows(
    brief: &Brief,
    catalog: &Catalog,
    estimate: Option<&Estimate>,
    alloys: &[AlloyWeight<'_>],
) -> Vec<SpecRow> {
    rows_msg(brief, catalog, estimate, alloys)
        .into_iter()
        .map(|r| SpecRow {
            label: r.field.label(),
            value: english(&r.value),
        })
        .collect()
}

/// Every line of a brief's specification, in any language; as [`rows`].
pub fn rows_msg(
    brief: &Brief,
    catalog: &Catalog,
    estimate: Option<&Estimate>,
    alloys: &[AlloyWeight<'_>],
) -> Vec<RowMsg> {
    let d = &brief.design;
    let mut rows = Vec::new();
    let mut push = |field: SpecField, value: Msg| {
        rows.push(RowMsg {
            field,
            label: field.msg(),
            value,
        })
    };
    push(
        SpecField::Metal,
        named(&d.metal, |id| catalog.metal(id).map(|m| m.name_msg())),
    );
    if d.has_centre_stone(catalog) {
        push(
            SpecField::CentreStone,
            named(&d.stone, |id| catalog.stone(id).map(|s| s.name_msg())),
        );
        push(
            SpecField::Origin,
            match d.origin {
                Choice::Chosen(o) => o.msg(),
                Choice::AdviseMe => advise(),
            },
        );
        push(
            SpecField::Cut,
            named(&d.cut, |id| catalog.cut(id).map(|c| c.name_msg())),
        );
        push(
            SpecField::CaratWeight,
            match d.carat {
                Choice::Chosen(c) => Msg::new("spec-carat").arg("carat", Arg::fixed(c.carats(), 2)),
                Choice::AdviseMe => advise(),
            },
        );
        if let Some(s) = estimate.and_then(|e| e.stone.as_ref()) {
            push(
                SpecField::StoneSize,
                Msg::new("spec-stone-mm")
                    .arg("length", Arg::fixed(s.length_mm, 2))
                    .arg("width", Arg::fixed(s.width_mm, 2))
                    .arg("depth", Arg::fixed(s.depth_mm, 2)),
            );
        }
    }
    push(
        SpecField::Setting,
        named(&d.setting, |id| catalog.setting(id).map(|s| s.name_msg())),
    );
    let band = d.band_params(catalog);
    push(
        SpecField::BandProfile,
        match d.band_profile {
            Choice::Chosen(p) => p.msg(),
            Choice::AdviseMe => Msg::new("spec-profile-assumed"),
        },
    );
    let mm = |chosen: Choice<crate::design::Mm>, assumed: f64| match chosen {
        Choice::Chosen(mm) => Msg::new("spec-mm").arg("mm", Arg::fixed(mm.mm(), 2)),
        Choice::AdviseMe => Msg::new("spec-mm-assumed").arg("mm", Arg::fixed(assumed, 2)),
    };
    push(SpecField::BandWidth, mm(d.band_width, band.width_mm));
    push(
        SpecField::BandThickness,
        mm(d.band_thickness, band.thickness_mm),
    );
    push(
        SpecField::Finish,
        match d.finish {
            Choice::Chosen(f) => f.msg(),
            Choice::AdviseMe => advise(),
        },
    );
    push(
        SpecField::RingSize,
        match d.size {
            SizeChoice::NotGiven => Msg::new("spec-size-not-given"),
            SizeChoice::Known { size, system } => Msg::new("spec-size")
                .arg("system", system.short_msg())
                .arg("size", size.label_msg(system))
                .arg("diameter", Arg::fixed(size.diameter_mm(), 2))
                .arg("circumference", Arg::fixed(size.circumference_mm(), 2)),
            SizeChoice::Unknown { send_sizer: true } => Msg::new("spec-size-sizer"),
            SizeChoice::Unknown { send_sizer: false } => Msg::new("spec-size-unknown"),
        },
    );
    push(
        SpecField::SizeCertainty,
        size_certainty_msg(brief.size_certainty),
    );
    push(
        SpecField::Engraving,
        match &d.engraving {
            Some(e) if !e.text.trim().is_empty() => {
                let font = match &e.font {
                    Choice::Chosen(id) => catalog
                        .font(id)
                        .map_or_else(|| as_written(id.to_string()), |f| f.name_msg()),
                    Choice::AdviseMe => Msg::new("spec-font-advise"),
                };
                Msg::new("spec-engraving-text")
                    .arg("text", e.text.trim())
                    .arg("font", font)
            }
            _ => Msg::new("spec-none"),
        },
    );
    if let Some(e) = estimate {
        let metal = catalog
            .metals
            .iter()
            .find(|m| m.id.as_str() == e.metal_id)
            .map_or_else(|| as_written(e.metal_id.clone()), |m| m.name_msg());
        let assumed_metal = e.assumed.iter().any(|a| a == "metal");
        let assumed_size = e.assumed.iter().any(|a| a == "size");
        let key = match (assumed_metal, assumed_size) {
            (true, true) => "spec-weight-metal-size-assumed",
            (true, false) => "spec-weight-metal-assumed",
            (false, true) => "spec-weight-size-assumed",
            (false, false) => "spec-weight",
        };
        push(
            SpecField::MetalWeight,
            Msg::new(key)
                .arg("grams", Arg::fixed(e.metal_grams, 1))
                .arg("metal", metal)
                .arg("band", Arg::fixed(e.band_volume_mm3, 0))
                .arg("head", Arg::fixed(e.setting_volume_mm3, 0)),
        );
    }
    let mut weights = alloys.iter().rev().map(|w| {
        Msg::new("spec-alloy")
            .arg(
                "metal",
                catalog
                    .metals
                    .iter()
                    .find(|m| m.name == w.name)
                    .map_or_else(|| as_written(w.name), |m| m.name_msg()),
            )
            .arg("grams", Arg::fixed(w.grams, 1))
    });
    if let Some(last) = weights.next() {
        let all = weights.fold(last, |rest, first| {
            Msg::new("spec-alloys")
                .arg("first", first)
                .arg("rest", rest)
        });
        push(SpecField::OtherAlloys, all);
    }
    push(
        SpecField::StonePreference,
        origin_preference_msg(brief.origin_preference),
    );
    if let Some(what) = own_materials_msg(&brief.own_materials) {
        push(SpecField::BringsToReuse, what);
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

/// How sure the visitor is of the size ("measured by a jeweler"), in any language.
pub fn size_certainty_msg(certainty: SizeCertainty) -> Msg {
    Msg::new(match certainty {
        SizeCertainty::Measured => "certainty-measured",
        SizeCertainty::Estimated => "certainty-estimated",
        SizeCertainty::Unknown => "certainty-unknown",
    })
}

/// What the brief form tells the visitor about their size when there is none to be sure of: their
/// own answer, in the size step's words, or that they have not given one (the summary's "size not
/// given"). `None` for a known size: the form asks how sure it is instead.
pub fn size_answer_msg(size: SizeChoice) -> Option<Msg> {
    match size {
        SizeChoice::Known { .. } => None,
        SizeChoice::NotGiven => Some(Msg::new("size-answer-not-given")),
        SizeChoice::Unknown { send_sizer: true } => Some(Msg::new("size-answer-sizer")),
        SizeChoice::Unknown { send_sizer: false } => Some(Msg::new("size-answer-unknown")),
    }
}

/// Natural or lab-grown, as the jeweler reads the visitor's pick ("Natural only"), in any language.
pub fn origin_preference_msg(preference: OriginPreference) -> Msg {
    Msg::new(match preference {
        OriginPreference::Natural => "preference-natural",
        OriginPreference::LabGrown => "preference-lab-grown",
        OriginPreference::Either => "preference-either",
        OriginPreference::Undecided => "preference-undecided",
    })
}

/// What the ring is for, as the jeweler reads it ("For themselves"); `Other` in the visitor's
/// words, as written.
pub fn occasion_msg(occasion: &Occasion) -> Msg {
    Msg::new(match occasion {
        Occasion::Engagement => "occasion-engagement",
        Occasion::Wedding => "occasion-wedding",
        Occasion::Anniversary => "occasion-anniversary",
        Occasion::Birthday => "occasion-birthday",
        Occasion::Gift => "occasion-gift",
        Occasion::ForMyself => "occasion-for-myself",
        Occasion::Other(text) => return as_written(text.trim()),
    })
}

/// An occasion as the server lists it (its slug, "for-myself", or the visitor's own words), in
/// any language.
pub fn occasion_slug_msg(slug: &str) -> Msg {
    let known = match slug {
        "engagement" => Occasion::Engagement,
        "wedding" => Occasion::Wedding,
        "anniversary" => Occasion::Anniversary,
        "birthday" => Occasion::Birthday,
        "gift" => Occasion::Gift,
        "for-myself" | "for myself" => Occasion::ForMyself,
        other => return as_written(other),
    };
    occasion_msg(&known)
}

/// How the visitor prefers to be contacted ("Phone call"), in any language.
pub fn channel_msg(channel: Channel) -> Msg {
    Msg::new(match channel {
        Channel::Email => "channel-email",
        Channel::Phone => "channel-phone",
        Channel::Message => "channel-message",
    })
}

/// A budget in any language, the amounts as `Arg::Money` in the currency the visitor gave: "up to
/// £3,500.00", "1.000,00 €–3.500,00 €", "$2,000.00".
pub fn budget_msg(min: u64, max: u64, currency: &str) -> Msg {
    let money = |amount: u64| Arg::Money {
        amount: amount as f64,
        currency: currency.to_owned(),
    };
    if min == 0 {
        Msg::new("budget-up-to").arg("max", money(max))
    } else if min == max {
        Msg::new("budget-exactly").arg("max", money(max))
    } else {
        Msg::new("budget-range")
            .arg("min", money(min))
            .arg("max", money(max))
    }
}

/// A rough price range in any language, in whole units of `currency` ("£1,900–£7,800" as the
/// reader's formatter writes money); nonsense amounts (negative, not finite) are 0.
pub fn price_range_msg(low: f64, high: f64, currency: &str) -> Msg {
    let money = |value: f64| Arg::Money {
        amount: whole_units(value) as f64,
        currency: currency.to_owned(),
    };
    Msg::new("estimate-price-range")
        .arg("low", money(low))
        .arg("high", money(high))
}

/// How far a ring can be resized, in US sizes rounded to halves, in any language: "no size",
/// "half a size", "1 size", "1.5 sizes", "2 sizes".
pub fn us_sizes_msg(sizes: f64) -> Msg {
    let halves = (sizes * 2.0).round().max(0.0);
    let sizes = if halves.is_finite() {
        halves / 2.0
    } else {
        0.0
    };
    Msg::new("resize-sizes").arg(
        "sizes",
        Arg::Number {
            value: sizes,
            min_frac: 0,
            max_frac: 1,
        },
    )
}

/// A non-negative amount rounded to whole units; nonsense (negative, not finite) is 0.
fn whole_units(value: f64) -> u64 {
    let rounded = value.round();
    if rounded.is_finite() && rounded > 0.0 {
        rounded as u64
    } else {
        0
    }
}

/// What the visitor brings to reuse ("a stone: grandma's sapphire"), if anything, in any language;
/// the visitor's description as written.
pub fn own_materials_msg(own: &OwnMaterials) -> Option<Msg> {
    let key = match (own.stone, own.metal) {
        (false, false) => return None,
        (true, true) => "reuse-stone-and-metal",
        (true, false) => "reuse-stone",
        (false, true) => "reuse-metal",
    };
    Some(Msg::new(key).arg("text", own.description.trim()))
}

/// What the visitor left to the jeweler.
fn advise() -> Msg {
    Msg::new("spec-advise")
}

/// A catalog choice by name (its id when the catalog does not know it), or "Advise me".
fn named<Id: std::fmt::Display>(choice: &Choice<Id>, name: impl Fn(&Id) -> Option<Msg>) -> Msg {
    match choice {
        Choice::Chosen(id) => name(id).unwrap_or_else(|| as_written(id.to_string())),
        Choice::AdviseMe => advise(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::brief::{Channel, Contact};
    use crate::design::Design;
    use crate::size::SizeSystem;

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

    fn e(msg: Msg) -> String {
        english(&msg)
    }

    fn value(rows: &[SpecRow], label: &str) -> Option<String> {
        rows.iter()
            .find(|r| r.label == label)
            .map(|r| r.value.clone())
    }

    #[test]
    fn the_size_answer_is_the_visitors_own_or_says_none_was_given() {
        let not_given = size_answer_msg(SizeChoice::NotGiven)
            .map(e)
            .unwrap_or_default();
        assert!(not_given.starts_with("No size given yet."), "{not_given}");
        assert!(!not_given.contains("I don't know"), "{not_given}");
        assert_eq!(
            size_answer_msg(SizeChoice::Unknown { send_sizer: false })
                .map(e)
                .as_deref(),
            Some("You chose “I don't know my size”: the jeweler will help you find it.")
        );
        assert!(size_answer_msg(SizeChoice::Unknown { send_sizer: true })
            .map(e)
            .is_some_and(|a| a.contains("asked for a ring sizer")));
        let known = SizeChoice::Known {
            size: crate::size::RingSize::US_6,
            system: SizeSystem::Us,
        };
        assert_eq!(size_answer_msg(known).map(e), None);
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
        assert_eq!(own_materials_msg(&own(false, false)).map(e), None);
        assert_eq!(
            own_materials_msg(&own(true, false)).map(e).as_deref(),
            Some("a stone: old band")
        );
        assert_eq!(
            own_materials_msg(&own(false, true)).map(e).as_deref(),
            Some("metal: old band")
        );
        assert_eq!(
            e(size_certainty_msg(SizeCertainty::Estimated)),
            "estimated at home"
        );
    }

    #[test]
    fn the_briefs_facts_read_for_the_jeweler() {
        assert_eq!(
            e(origin_preference_msg(OriginPreference::Either)),
            "Natural or lab-grown"
        );
        assert_eq!(
            e(origin_preference_msg(OriginPreference::Undecided)),
            "Undecided: wants advice"
        );
        assert_eq!(e(occasion_msg(&Occasion::ForMyself)), "For themselves");
        assert_eq!(
            e(occasion_msg(&Occasion::Other(" graduation ".into()))),
            "graduation"
        );
        assert_eq!(e(occasion_slug_msg("for-myself")), "For themselves");
        assert_eq!(e(occasion_slug_msg("engagement")), "Engagement");
        assert_eq!(e(occasion_slug_msg("graduation")), "graduation");
        assert_eq!(e(channel_msg(Channel::Phone)), "Phone call");
        assert_eq!(e(channel_msg(Channel::Message)), "Text or messaging app");
    }

    #[test]
    fn budgets_and_ranges_are_money_in_the_visitors_currency() {
        assert_eq!(e(budget_msg(0, 3500, "GBP")), "up to 3500.00 GBP");
        assert_eq!(e(budget_msg(1000, 3500, "EUR")), "1000.00 EUR–3500.00 EUR");
        assert_eq!(e(budget_msg(2000, 2000, "USD")), "2000.00 USD");
        assert_eq!(
            e(price_range_msg(850.0, 12_500.4, "EUR")),
            "850.00 EUR–12500.00 EUR"
        );
        assert_eq!(
            e(price_range_msg(-3.0, f64::NAN, "EUR")),
            "0.00 EUR–0.00 EUR"
        );
    }

    #[test]
    fn resizing_reads_in_singular_and_plural() {
        assert_eq!(e(us_sizes_msg(0.0)), "no size");
        assert_eq!(e(us_sizes_msg(0.5)), "half a size");
        assert_eq!(e(us_sizes_msg(1.0)), "1 size");
        assert_eq!(e(us_sizes_msg(1.5)), "1.5 sizes");
        assert_eq!(e(us_sizes_msg(2.0)), "2 sizes");
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
