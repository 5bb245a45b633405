//! The catalog: every option a visitor can choose, with the physical facts behind it.
//!
//! The built-in catalog is the default; a jeweler can override it through configuration (a JSON or
//! TOML file deserialised into [`Catalog`] and checked with [`Catalog::validate`]), and the browser
//! receives it from `GET /api/catalog`.

mod band;
mod cut;
mod finish;
mod ids;
mod limits;
mod metal;
mod names;
mod prices;
mod read;
mod setting;
mod stone;

pub use band::BandProfile;
pub use cut::{Cut, FacetStyle, Outline, StoneSize, MG_PER_CARAT};
pub use finish::Finish;
pub use ids::{is_valid_id, CutId, FontId, SettingId, StoneId, MAX_ID_LEN};
pub use limits::{EngravingRules, Font, NumberRange};
pub use metal::{Metal, MetalFamily, MetalId};
pub use prices::{MoneyRange, Prices, StonePrice};
pub use read::{Json, ReadError};
pub use setting::{Accents, Setting};
pub use stone::{Origin, Stone, StoneKind};

use crate::date::IsoDate;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use thiserror::Error;

/// Why a catalog (usually a jeweler's override file) is unusable.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum CatalogError {
    /// A list the configurator needs is empty.
    #[error("the catalog offers no {0}")]
    Empty(&'static str),
    /// Two entries of one list share an id.
    #[error("{kind} id `{id}` appears twice")]
    DuplicateId {
        /// Which list.
        kind: &'static str,
        /// The repeated id.
        id: String,
    },
    /// An id is not 1–40 lowercase letters, digits and dashes.
    #[error("{kind} id `{id}` must be 1–40 lowercase letters, digits and dashes")]
    BadId {
        /// Which list.
        kind: &'static str,
        /// The offending id.
        id: String,
    },
    /// A physical constant is missing, negative or absurd.
    #[error("{what} of `{id}` is out of range: {value}")]
    BadConstant {
        /// Which constant.
        what: &'static str,
        /// Whose.
        id: String,
        /// The value found.
        value: f64,
    },
    /// A number range is not finite, ordered, with its default inside.
    #[error("the {0} range must be finite, ordered, contain its default and have a positive step")]
    BadRange(&'static str),
    /// Prices are configured but inconsistent.
    #[error("prices: {0}")]
    BadPrices(String),
}

/// Everything the configurator offers, and every limit the server enforces.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Catalog {
    /// Alloys; the first is the default.
    pub metals: Vec<Metal>,
    /// Stones, including the visitor's own stone.
    pub stones: Vec<Stone>,
    /// Cuts.
    pub cuts: Vec<Cut>,
    /// Setting styles.
    pub settings: Vec<Setting>,
    /// Band cross-sections on offer.
    pub band_profiles: Vec<BandProfile>,
    /// Surface finishes on offer.
    pub finishes: Vec<Finish>,
    /// Band width along the finger, mm.
    pub band_width_mm: NumberRange,
    /// Band thickness from the inside to the top, mm.
    pub band_thickness_mm: NumberRange,
    /// Centre stone weight, carats.
    pub carat: NumberRange,
    /// Inner circumference (ISO 8653), mm; the default is US 6.
    pub size_circumference_mm: NumberRange,
    /// Engraving limits and fonts.
    pub engraving: EngravingRules,
    /// Optional price list; without it estimates give weights and sizes only.
    #[serde(default)]
    pub prices: Option<Prices>,
}

impl Default for Catalog {
    fn default() -> Self {
        Self::builtin()
    }
}

impl Catalog {
    /// The built-in catalog.
    pub fn builtin() -> Self {
        Self {
            metals: Metal::defaults(),
            stones: Stone::defaults(),
            cuts: Cut::defaults(),
            settings: Setting::defaults(),
            band_profiles: BandProfile::ALL.to_vec(),
            finishes: Finish::ALL.to_vec(),
            band_width_mm: NumberRange {
                min: 1.5,
                max: 8.0,
                default: 2.0,
                step: 0.1,
            },
            band_thickness_mm: NumberRange {
                min: 1.2,
                max: 3.0,
                default: 1.6,
                step: 0.1,
            },
            carat: NumberRange {
                min: 0.10,
                max: 5.00,
                default: 1.00,
                step: 0.01,
            },
            size_circumference_mm: NumberRange {
                min: 38.0,
                max: 76.0,
                default: crate::size::RingSize::from_us(6.0)
                    .map(|s| s.circumference_mm())
                    .unwrap_or(51.85),
                step: 0.01,
            },
            engraving: EngravingRules::defaults(),
            prices: None,
        }
    }

    /// The metal with this id.
    pub fn metal(&self, id: &MetalId) -> Option<&Metal> {
        self.metals.iter().find(|m| &m.id == id)
    }

    /// The stone with this id.
    pub fn stone(&self, id: &StoneId) -> Option<&Stone> {
        self.stones.iter().find(|s| &s.id == id)
    }

    /// The cut with this id.
    pub fn cut(&self, id: &CutId) -> Option<&Cut> {
        self.cuts.iter().find(|c| &c.id == id)
    }

    /// The setting with this id.
    pub fn setting(&self, id: &SettingId) -> Option<&Setting> {
        self.settings.iter().find(|s| &s.id == id)
    }

    /// The font with this id.
    pub fn font(&self, id: &FontId) -> Option<&Font> {
        self.engraving.fonts.iter().find(|f| &f.id == id)
    }

    /// Checks an override file before it is served: ids well formed and unique, constants physical,
    /// ranges ordered, prices consistent.
    pub fn validate(&self) -> Result<(), CatalogError> {
        check_ids("metal", self.metals.iter().map(|m| m.id.as_str()))?;
        check_ids("stone", self.stones.iter().map(|s| s.id.as_str()))?;
        check_ids("cut", self.cuts.iter().map(|c| c.id.as_str()))?;
        check_ids("setting", self.settings.iter().map(|s| s.id.as_str()))?;
        check_ids("font", self.engraving.fonts.iter().map(|f| f.id.as_str()))?;
        if self.band_profiles.is_empty() {
            return Err(CatalogError::Empty("band profile"));
        }
        if self.finishes.is_empty() {
            return Err(CatalogError::Empty("finish"));
        }
        let bad = |what, id: &str, value: f64| CatalogError::BadConstant {
            what,
            id: id.to_owned(),
            value,
        };
        for m in &self.metals {
            let d = f64::from(m.density_g_cm3);
            if !(5.0..=25.0).contains(&d) {
                return Err(bad("density", m.id.as_str(), d));
            }
        }
        for s in &self.stones {
            let checks = [
                ("specific gravity", f64::from(s.specific_gravity), 1.0, 8.0),
                ("refractive index", f64::from(s.refractive_index), 1.0, 3.5),
                ("dispersion", f64::from(s.dispersion), 0.0, 0.5),
                ("Mohs hardness", f64::from(s.mohs[0]), 0.0, 10.0),
                (
                    "Mohs hardness",
                    f64::from(s.mohs[1]),
                    f64::from(s.mohs[0]),
                    10.0,
                ),
            ];
            for (what, value, low, high) in checks {
                if !(low..=high).contains(&value) {
                    return Err(bad(what, s.id.as_str(), value));
                }
            }
        }
        for c in &self.cuts {
            let checks = [
                ("length-to-width ratio", c.length_to_width, 1.0, 4.0),
                ("table", c.table_pct, 30.0, 90.0),
                ("depth", c.depth_pct, 30.0, 100.0),
                ("girdle", c.girdle_pct, 0.0, 10.0),
                ("outline fill", c.outline_fill, 0.3, 1.0),
                ("pavilion fill", c.pavilion_fill, 0.2, 1.0),
                ("pavilion depth", c.pavilion_depth_ratio(), 0.1, 1.0),
            ];
            for (what, value, low, high) in checks {
                if !(low..=high).contains(&value) {
                    return Err(bad(what, c.id.as_str(), value));
                }
            }
        }
        let ranges = [
            ("band width", self.band_width_mm, 0.5),
            ("band thickness", self.band_thickness_mm, 0.5),
            ("carat", self.carat, 0.001),
            ("ring size", self.size_circumference_mm, 30.0),
        ];
        for (name, range, floor) in ranges {
            if !range.is_well_formed() || range.min < floor {
                return Err(CatalogError::BadRange(name));
            }
        }
        if self.engraving.max_chars > 200 {
            return Err(CatalogError::BadRange("engraving length"));
        }
        if let Some(prices) = &self.prices {
            self.validate_prices(prices)?;
        }
        Ok(())
    }

    fn validate_prices(&self, prices: &Prices) -> Result<(), CatalogError> {
        let bad = |msg: String| Err(CatalogError::BadPrices(msg));
        let currency = &prices.currency;
        if currency.len() != 3 || !currency.bytes().all(|b| b.is_ascii_uppercase()) {
            return bad(format!(
                "currency `{currency}` must be an ISO 4217 code like EUR"
            ));
        }
        if let Err(e) = IsoDate::parse(&prices.prices_date) {
            return bad(format!("prices_date: {e}"));
        }
        for (metal, price) in &prices.metal_per_gram {
            if self.metal(metal).is_none() {
                return bad(format!("unknown metal `{metal}`"));
            }
            if !price.is_finite() || *price < 0.0 {
                return bad(format!(
                    "price per gram of `{metal}` must be a non-negative number"
                ));
            }
        }
        for p in &prices.stone_per_carat {
            if self.stone(&p.stone).is_none() {
                return bad(format!("unknown stone `{}`", p.stone));
            }
            if !p.per_carat.is_well_formed() {
                return bad(format!(
                    "per-carat range of `{}` must be 0 ≤ low ≤ high",
                    p.stone
                ));
            }
        }
        if !prices.labour.is_well_formed() {
            return bad("labour range must be 0 ≤ low ≤ high".to_owned());
        }
        Ok(())
    }
}

fn check_ids<'a>(
    kind: &'static str,
    ids: impl Iterator<Item = &'a str>,
) -> Result<(), CatalogError> {
    let mut seen = HashSet::new();
    for id in ids {
        if !is_valid_id(id) {
            return Err(CatalogError::BadId {
                kind,
                id: id.to_owned(),
            });
        }
        if !seen.insert(id) {
            return Err(CatalogError::DuplicateId {
                kind,
                id: id.to_owned(),
            });
        }
    }
    if seen.is_empty() {
        return Err(CatalogError::Empty(kind));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_catalog_is_valid_with_and_without_prices() {
        let mut catalog = Catalog::builtin();
        assert_eq!(catalog.validate(), Ok(()));
        catalog.prices = Some(Prices::example());
        assert_eq!(catalog.validate(), Ok(()));
    }

    #[test]
    fn offers_what_the_issue_lists() {
        let c = Catalog::builtin();
        for id in [
            "diamond",
            "moissanite",
            "sapphire-blue",
            "sapphire-pink",
            "sapphire-yellow",
            "sapphire-padparadscha",
            "ruby",
            "emerald",
            "aquamarine",
            "morganite",
            "own-stone",
        ] {
            assert!(c.stone(&id.into()).is_some(), "{id}");
        }
        for id in [
            "round", "oval", "cushion", "princess", "emerald", "asscher", "radiant", "pear",
            "marquise", "heart",
        ] {
            assert!(c.cut(&id.into()).is_some(), "{id}");
        }
        for id in [
            "four-prong",
            "six-prong",
            "bezel",
            "halo",
            "pave-shoulders",
            "three-stone",
            "plain-band",
        ] {
            assert!(c.setting(&id.into()).is_some(), "{id}");
        }
        assert_eq!(c.metals.len(), 12);
        assert_eq!(c.finishes.len(), 3);
        assert_eq!(c.band_profiles.len(), 4);
    }

    #[test]
    fn serde_round_trip_for_override_files() {
        let mut catalog = Catalog::builtin();
        catalog.prices = Some(Prices::example());
        let json = serde_json::to_string(&catalog).unwrap();
        let back: Catalog = serde_json::from_str(&json).unwrap();
        assert_eq!(back, catalog);
    }

    #[test]
    fn broken_overrides_are_rejected() {
        let mut c = Catalog::builtin();
        c.metals.push(c.metals[0].clone());
        assert!(matches!(
            c.validate(),
            Err(CatalogError::DuplicateId { kind: "metal", .. })
        ));

        let mut c = Catalog::builtin();
        c.stones[0].id = StoneId::new("Diamond!");
        assert!(matches!(c.validate(), Err(CatalogError::BadId { .. })));

        let mut c = Catalog::builtin();
        c.metals[0].density_g_cm3 = -1.0;
        assert!(matches!(
            c.validate(),
            Err(CatalogError::BadConstant { .. })
        ));

        let mut c = Catalog::builtin();
        c.carat.default = 99.0;
        assert_eq!(c.validate(), Err(CatalogError::BadRange("carat")));

        let mut c = Catalog::builtin();
        let mut prices = Prices::example();
        prices.currency = "euro".into();
        c.prices = Some(prices);
        assert!(matches!(c.validate(), Err(CatalogError::BadPrices(_))));

        let mut c = Catalog::builtin();
        let mut prices = Prices::example();
        prices.prices_date = "2025-02-30".into();
        c.prices = Some(prices);
        assert!(matches!(c.validate(), Err(CatalogError::BadPrices(_))));

        let mut c = Catalog::builtin();
        c.settings.clear();
        assert_eq!(c.validate(), Err(CatalogError::Empty("setting")));
    }

    /// Alloy densities against published tables: the 24carat.co.uk specific-gravity ranges and
    /// Stuller's casting-weight table (18K yellow 15.58, 14K yellow 13.07, 18K red 15.18,
    /// 14K red 13.26, sterling 10.40, platinum-cobalt 20.80).
    #[test]
    fn alloy_densities_match_published_tables() {
        let c = Catalog::builtin();
        let density = |id: &str| f64::from(c.metal(&id.into()).unwrap().density_g_cm3);
        for (id, low, high) in [
            ("9k-yellow", 10.9, 12.7),
            ("9k-white", 10.9, 12.7),
            ("9k-rose", 10.9, 12.7),
            ("14k-yellow", 12.9, 14.6),
            ("14k-white", 12.6, 14.6),
            ("14k-rose", 12.9, 14.6),
            ("18k-yellow", 15.2, 15.9),
            ("18k-white", 14.6, 16.9),
            ("18k-rose", 15.1, 15.9),
            ("ag925", 10.2, 10.45),
            ("pt950", 20.1, 21.5),
            ("pd950", 11.8, 12.1),
        ] {
            let d = density(id);
            assert!((low..=high).contains(&d), "{id}: {d}");
        }
        for (id, stuller) in [
            ("18k-yellow", 15.58),
            ("14k-yellow", 13.07),
            ("18k-rose", 15.18),
            ("14k-rose", 13.26),
            ("ag925", 10.40),
            ("pt950", 20.80),
        ] {
            assert!((density(id) / stuller - 1.0).abs() < 0.02, "{id}");
        }
    }
}
