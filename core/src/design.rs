//! The design: every choice a visitor makes, each of which may be "not sure, advise me".
//!
//! A design holds ids, not catalog entries, so it survives a catalog override and travels in share
//! links and briefs. [`Design::check`] validates it against a catalog and adds the warnings a jeweler
//! would give; [`Design::band_params`] and [`Design::stone_size`] feed geometry and estimates.

mod check;
mod values;

pub use check::{named_character_msg, DesignError, DesignReport, Warning, WarningCode};
pub use values::{Carat, Choice, Mm, MAX_CENTI_MM, MAX_POINTS};

use crate::catalog::{
    BandProfile, Catalog, CutId, Finish, FontId, MetalId, Origin, SettingId, StoneId, StoneSize,
};
use crate::geometry::BandParams;
use crate::size::{RingSize, SizeSystem};
use serde::{Deserialize, Serialize};

/// The ring's size as the visitor knows it, or doesn't, or hasn't said yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum SizeChoice {
    /// The visitor has not answered the size question: no size may be claimed for them.
    NotGiven,
    /// A size, and the system the visitor gave it in (the brief shows it that way).
    Known {
        /// The inner circumference.
        size: RingSize,
        /// The system the visitor used.
        system: SizeSystem,
    },
    /// "I don't know my size."
    Unknown {
        /// Whether the jeweler should send a ring sizer.
        send_sizer: bool,
    },
}

impl SizeChoice {
    /// The size, if known.
    pub fn size(&self) -> Option<RingSize> {
        match self {
            SizeChoice::Known { size, .. } => Some(*size),
            SizeChoice::Unknown { .. } | SizeChoice::NotGiven => None,
        }
    }

    /// Whether the visitor answered the size question (with a size or with "I don't know").
    pub fn is_given(&self) -> bool {
        !matches!(self, SizeChoice::NotGiven)
    }
}

/// Text engraved inside the band.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Engraving {
    /// The text, limited by the catalog's engraving rules.
    pub text: String,
    /// The typeface.
    pub font: Choice<FontId>,
}

/// Everything the visitor chose.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Design {
    /// Alloy of the band and setting.
    pub metal: Choice<MetalId>,
    /// Centre stone (ignored by settings without one).
    pub stone: Choice<StoneId>,
    /// Natural or lab-grown centre stone.
    pub origin: Choice<Origin>,
    /// Cut of the centre stone.
    pub cut: Choice<CutId>,
    /// Weight of the centre stone.
    pub carat: Choice<Carat>,
    /// Setting style.
    pub setting: Choice<SettingId>,
    /// Band cross-section.
    pub band_profile: Choice<BandProfile>,
    /// Band width along the finger.
    pub band_width: Choice<Mm>,
    /// Band thickness from the inside to the top.
    pub band_thickness: Choice<Mm>,
    /// Surface finish.
    pub finish: Choice<Finish>,
    /// Ring size.
    pub size: SizeChoice,
    /// Optional engraving.
    pub engraving: Option<Engraving>,
}

impl Default for Design {
    /// A classic solitaire: 18k yellow gold, a 1.00 ct round natural diamond in four prongs, on a
    /// 2.0 × 1.6 mm court band, polished. The size is not given: only the visitor knows it.
    fn default() -> Self {
        Design {
            metal: Choice::Chosen(MetalId::new("18k-yellow")),
            stone: Choice::Chosen(StoneId::new("diamond")),
            origin: Choice::Chosen(Origin::Natural),
            cut: Choice::Chosen(CutId::new("round")),
            carat: Choice::Chosen(Carat::from_points(100)),
            setting: Choice::Chosen(SettingId::new("four-prong")),
            band_profile: Choice::Chosen(BandProfile::Court),
            band_width: Choice::Chosen(Mm::from_centi(200)),
            band_thickness: Choice::Chosen(Mm::from_centi(160)),
            finish: Choice::Chosen(Finish::Polished),
            size: SizeChoice::NotGiven,
            engraving: None,
        }
    }
}

impl Design {
    /// Whether the design has a centre stone: the setting holds one, or the visitor asked for advice
    /// on the setting (a stone was then still part of the wish).
    pub fn has_centre_stone(&self, catalog: &Catalog) -> bool {
        match &self.setting {
            Choice::Chosen(id) => catalog.setting(id).is_none_or(|s| s.centre_stone),
            Choice::AdviseMe => true,
        }
    }

    /// The band's dimensions for `geometry::band`. "Advise me" falls back to the catalog's defaults (and
    /// a court profile), and so does a size that is unknown or not given, so there is a ring to draw;
    /// words about the design never read that drawn size back. Chosen numbers are clamped into the catalog's ranges so geometry never sees
    /// nonsense.
    pub fn band_params(&self, catalog: &Catalog) -> BandParams {
        let profile = match self.band_profile {
            Choice::Chosen(p) => p,
            Choice::AdviseMe => BandProfile::Court,
        };
        let pick = |choice: &Choice<Mm>, range: &crate::catalog::NumberRange| match choice {
            Choice::Chosen(mm) => range.clamp(mm.mm()),
            Choice::AdviseMe => range.default,
        };
        let circumference = match self.size.size() {
            Some(size) => catalog.size_circumference_mm.clamp(size.circumference_mm()),
            None => catalog.size_circumference_mm.default,
        };
        BandParams {
            profile,
            inner_diameter_mm: circumference / std::f64::consts::PI,
            width_mm: pick(&self.band_width, &catalog.band_width_mm),
            thickness_mm: pick(&self.band_thickness, &catalog.band_thickness_mm),
            segments: 128,
        }
    }

    /// The centre stone's measurements, when stone, cut and weight are all chosen and known to the
    /// catalog and the setting holds a centre stone.
    pub fn stone_size(&self, catalog: &Catalog) -> Option<StoneSize> {
        if !self.has_centre_stone(catalog) {
            return None;
        }
        let stone = catalog.stone(self.stone.chosen()?)?;
        let cut = catalog.cut(self.cut.chosen()?)?;
        let carats = self.carat.chosen()?.carats();
        Some(cut.size_for_carats(carats, f64::from(stone.specific_gravity)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geometry::band;

    #[test]
    fn default_is_the_classic_solitaire() {
        let d = Design::default();
        let catalog = Catalog::builtin();
        let report = d.check(&catalog);
        assert!(report.errors.is_empty(), "{:?}", report.errors);
        // No size is claimed for the visitor; the only word of caution is that one is missing.
        assert_eq!(d.size, SizeChoice::NotGiven);
        let codes: Vec<_> = report
            .warnings
            .iter()
            .map(|w| (w.code, w.field.as_str()))
            .collect();
        assert_eq!(codes, [(WarningCode::SizeUnknown, "size")]);
        let size = d.stone_size(&catalog).unwrap();
        assert!((6.4..=6.5).contains(&size.width_mm));
        let p = d.band_params(&catalog);
        assert_eq!(
            (p.width_mm, p.thickness_mm, p.profile),
            (2.0, 1.6, BandProfile::Court)
        );
        assert!((p.inner_diameter_mm - 16.51).abs() < 0.01);
        assert!(band(&p).is_watertight());
    }

    #[test]
    fn advise_me_falls_back_to_catalog_defaults() {
        let catalog = Catalog::builtin();
        let d = Design {
            band_profile: Choice::AdviseMe,
            band_width: Choice::AdviseMe,
            band_thickness: Choice::AdviseMe,
            size: SizeChoice::Unknown { send_sizer: true },
            ..Design::default()
        };
        let p = d.band_params(&catalog);
        assert_eq!(p.profile, BandProfile::Court);
        assert_eq!(p.width_mm, catalog.band_width_mm.default);
        assert!((p.inner_diameter_mm * std::f64::consts::PI - 51.87).abs() < 0.01);
    }

    #[test]
    fn band_params_clamp_nonsense() {
        let catalog = Catalog::builtin();
        let d = Design {
            band_width: Choice::Chosen(Mm::from_centi(MAX_CENTI_MM)),
            band_thickness: Choice::Chosen(Mm::from_centi(0)),
            ..Design::default()
        };
        let p = d.band_params(&catalog);
        assert_eq!(p.width_mm, catalog.band_width_mm.max);
        assert_eq!(p.thickness_mm, catalog.band_thickness_mm.min);
    }

    #[test]
    fn plain_band_has_no_stone() {
        let catalog = Catalog::builtin();
        let d = Design {
            setting: Choice::Chosen(SettingId::new("plain-band")),
            ..Design::default()
        };
        assert!(d.stone_size(&catalog).is_none());
    }

    #[test]
    fn json_round_trip() {
        let d = Design {
            engraving: Some(Engraving {
                text: "Always ♥".into(),
                font: Choice::AdviseMe,
            }),
            ..Design::default()
        };
        let json = serde_json::to_string(&d).unwrap();
        assert_eq!(serde_json::from_str::<Design>(&json).unwrap(), d);
    }

    /// Stored briefs hold sizes as they were written; a size not given is its own kind.
    #[test]
    fn sizes_read_and_write_as_stored_briefs_hold_them() {
        let not_given = serde_json::to_value(SizeChoice::NotGiven).unwrap();
        assert_eq!(not_given, serde_json::json!({"kind": "not-given"}));
        let stored = serde_json::json!({"kind": "known", "size": 51.87, "system": "us"});
        assert_eq!(
            serde_json::from_value::<SizeChoice>(stored).unwrap(),
            SizeChoice::Known {
                size: RingSize::US_6,
                system: SizeSystem::Us
            }
        );
        let unknown = serde_json::json!({"kind": "unknown", "send_sizer": true});
        assert_eq!(
            serde_json::from_value::<SizeChoice>(unknown).unwrap(),
            SizeChoice::Unknown { send_sizer: true }
        );
        let d = Design::default();
        let back: Design = serde_json::from_str(&serde_json::to_string(&d).unwrap()).unwrap();
        assert_eq!(back.size, SizeChoice::NotGiven);
        assert!(!back.size.is_given() && back.size.size().is_none());
    }
}
