//! Estimates that frame the conversation with the jeweler: metal weight from the real band mesh, the
//! centre stone's size in millimetres, and — only when the jeweler configured prices — a price *range*
//! with the date of the prices. Never a single exact price.

use crate::catalog::{Catalog, Metal, MoneyRange, Origin, StoneKind, StoneSize};
use crate::design::{Choice, Design};
use crate::geometry::band;
use crate::i18n::Msg;
use crate::words::as_written;
use serde::{Deserialize, Serialize};
use thiserror::Error;

/// Why no estimate could be made at all.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum EstimateError {
    /// The catalog has no metals to assume.
    #[error("the catalog has no metals")]
    NoMetals,
}

/// Why the price part of an estimate is missing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum PriceOutcome {
    /// The jeweler has not configured prices.
    NotConfigured,
    /// Prices exist but not for this choice.
    Missing {
        /// The catalog name of what has no price (a metal or a stone), e.g. "Moissanite".
        what: String,
        /// The stone's origin when only that origin has no price.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        origin: Option<Origin>,
    },
    /// A range.
    Range(PriceRange),
}

/// A price range in the catalog's currency, rounded outwards to round numbers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PriceRange {
    /// Low end.
    pub low: f64,
    /// High end.
    pub high: f64,
    /// ISO 4217 code.
    pub currency: String,
    /// The date the jeweler set these prices, `YYYY-MM-DD`.
    pub prices_date: String,
    /// What the range leaves out (accent stones, the visitor's own stone, …), as message keys;
    /// [`PriceRange::excludes_msg`] says them.
    pub excludes: Vec<String>,
}

/// The keys of what a price range can leave out.
const EXCLUSIONS: [&str; 2] = [
    "estimate-excludes-accents",
    "estimate-excludes-centre-stone",
];

impl PriceRange {
    /// What the range leaves out, in any language (each entry of `excludes`; one core did not write
    /// is said as written).
    pub fn excludes_msg(&self) -> Vec<Msg> {
        self.excludes.iter().map(|e| exclusion_msg(e)).collect()
    }
}

/// One entry of [`PriceRange::excludes`] in any language: a key core wrote, said; anything else
/// as written.
pub fn exclusion_msg(text: &str) -> Msg {
    EXCLUSIONS
        .into_iter()
        .find(|key| *key == text)
        .map_or_else(|| as_written(text), Msg::new)
}

/// What [`PriceOutcome::Missing`] names (a metal, a stone, a stone of one origin), in any
/// language; a name not in the catalog is said as written.
pub fn missing_msg(what: &str, origin: Option<Origin>, catalog: &Catalog) -> Msg {
    if let Some(m) = catalog.metals.iter().find(|m| m.name == what) {
        return m.name_msg();
    }
    let name = catalog
        .stones
        .iter()
        .find(|s| s.name == what)
        .map_or_else(|| as_written(what), |s| s.name_msg());
    match origin {
        Some(origin) => Msg::new("estimate-missing-stone")
            .arg("stone", name)
            .arg("origin", origin.msg()),
        None => name,
    }
}

/// What a design weighs and measures, and roughly costs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Estimate {
    /// Volume of the band, mm³.
    pub band_volume_mm3: f64,
    /// Volume of head and setting metal, mm³.
    pub setting_volume_mm3: f64,
    /// Metal weight in grams (band plus setting).
    pub metal_grams: f64,
    /// The alloy the weight assumes (the catalog's first when the visitor asked for advice).
    pub metal_id: String,
    /// The centre stone's measurements, when known.
    pub stone: Option<StoneSize>,
    /// Design fields the estimate had to assume because the visitor asked for advice.
    pub assumed: Vec<String>,
    /// The price range, or why there is none.
    pub price: PriceOutcome,
}

/// Allowance on metal cost for casting sprue, finishing loss and the jeweler's alloy margin.
const METAL_SPREAD: (f64, f64) = (0.95, 1.25);

/// Volume of the head and setting metal (prongs, basket, bezel, halo frame), mm³: the whole ring's
/// metal from `geometry::ring` less the band. Prong feet sink 0.35 mm into the band, which counts
/// well under 1 % of a solitaire's metal twice; a jeweler's CAD weight will differ more than that.
pub fn setting_volume_mm3(design: &Design, catalog: &Catalog) -> f64 {
    let whole = crate::geometry::ring(design, catalog).metal.volume_mm3();
    let band = band(&design.band_params(catalog)).volume_mm3();
    (whole - band).max(0.0)
}

/// Estimates a design against the catalog.
pub fn estimate(design: &Design, catalog: &Catalog) -> Result<Estimate, EstimateError> {
    let mut assumed = Vec::new();
    let metal: &Metal = match design.metal.chosen().and_then(|id| catalog.metal(id)) {
        Some(m) => m,
        None => {
            assumed.push("metal".to_owned());
            catalog.metals.first().ok_or(EstimateError::NoMetals)?
        }
    };
    for (field, advise) in [
        ("band_profile", design.band_profile.is_advise_me()),
        ("band_width", design.band_width.is_advise_me()),
        ("band_thickness", design.band_thickness.is_advise_me()),
        ("size", design.size.size().is_none()),
    ] {
        if advise {
            assumed.push(field.to_owned());
        }
    }
    let band_volume_mm3 = band(&design.band_params(catalog)).volume_mm3().max(0.0);
    let setting_volume_mm3 = setting_volume_mm3(design, catalog);
    let metal_grams =
        (band_volume_mm3 + setting_volume_mm3) / 1000.0 * f64::from(metal.density_g_cm3);
    let stone = design.stone_size(catalog);
    let price = price(design, catalog, metal, metal_grams);
    Ok(Estimate {
        band_volume_mm3,
        setting_volume_mm3,
        metal_grams,
        metal_id: metal.id.as_str().to_owned(),
        stone,
        assumed,
        price,
    })
}

fn price(design: &Design, catalog: &Catalog, metal: &Metal, grams: f64) -> PriceOutcome {
    let Some(prices) = &catalog.prices else {
        return PriceOutcome::NotConfigured;
    };
    let Some(&per_gram) = prices.metal_per_gram.get(&metal.id) else {
        return PriceOutcome::Missing {
            what: metal.name.clone(),
            origin: None,
        };
    };
    let mut low = grams * per_gram * METAL_SPREAD.0 + prices.labour.low;
    let mut high = grams * per_gram * METAL_SPREAD.1 + prices.labour.high;
    let mut excludes = Vec::new();
    let setting = design.setting.chosen().and_then(|id| catalog.setting(id));
    if setting.is_some_and(|s| s.accents != crate::catalog::Accents::None) {
        excludes.push(EXCLUSIONS[0].to_owned());
    }
    if design.has_centre_stone(catalog) {
        match stone_range(design, catalog) {
            Ok(Some(range)) => {
                low += range.low;
                high += range.high;
            }
            Ok(None) => excludes.push(EXCLUSIONS[1].to_owned()),
            Err((what, origin)) => return PriceOutcome::Missing { what, origin },
        }
    }
    PriceOutcome::Range(PriceRange {
        low: round_down(low),
        high: round_up(high),
        currency: prices.currency.clone(),
        prices_date: prices.prices_date.clone(),
        excludes,
    })
}

/// The centre stone's price range; `Ok(None)` when it can't be priced yet (own stone, advise me);
/// `Err` names the stone (and origin) that has no price.
fn stone_range(
    design: &Design,
    catalog: &Catalog,
) -> Result<Option<MoneyRange>, (String, Option<Origin>)> {
    let (Some(prices), Some(stone), Some(carat)) = (
        &catalog.prices,
        design.stone.chosen().and_then(|id| catalog.stone(id)),
        design.carat.chosen(),
    ) else {
        return Ok(None);
    };
    if stone.kind == StoneKind::OwnStone {
        return Ok(None);
    }
    let origin = match design.origin {
        Choice::Chosen(o) => Some(o),
        Choice::AdviseMe => None,
    };
    let per_carat = match origin {
        Some(o) => prices.stone(&stone.id, Some(o)),
        // Undecided origin: span from the cheapest to the dearest origin on offer.
        None => {
            let ranges: Vec<_> = Origin::ALL
                .into_iter()
                .filter_map(|o| prices.stone(&stone.id, Some(o)))
                .collect();
            ranges.iter().copied().reduce(|a, b| MoneyRange {
                low: a.low.min(b.low),
                high: a.high.max(b.high),
            })
        }
    };
    let Some(per_carat) = per_carat else {
        return Err((stone.name.clone(), origin));
    };
    // Price per carat rises with size; past 1 ct the per-carat range is stretched accordingly.
    let ct = carat.carats();
    let size_premium = 1.0 + 0.35 * (ct - 1.0).max(0.0);
    Ok(Some(MoneyRange {
        low: per_carat.low * ct,
        high: per_carat.high * ct * size_premium,
    }))
}

/// Rounds to two significant figures downwards, so a range never looks more exact than it is.
fn round_down(v: f64) -> f64 {
    let step = round_step(v);
    (v / step).floor() * step
}

fn round_up(v: f64) -> f64 {
    let step = round_step(v);
    (v / step).ceil() * step
}

fn round_step(v: f64) -> f64 {
    if !v.is_finite() || v <= 100.0 {
        return 10.0;
    }
    10f64.powi(v.log10().floor() as i32 - 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::{MetalId, Prices, SettingId, StoneId};
    use crate::design::Mm;
    use crate::geometry::BandParams;

    fn priced() -> Catalog {
        Catalog {
            prices: Some(Prices::example()),
            ..Catalog::builtin()
        }
    }

    #[test]
    fn default_ring_weighs_like_a_real_one() {
        let e = estimate(&Design::default(), &Catalog::builtin()).unwrap();
        // A 2 × 1.6 mm court band in 18k at US 6 (the size drawn until one is given): jewelers'
        // weight charts give about 2–3 g.
        assert!((1.8..=3.0).contains(&e.metal_grams), "{}", e.metal_grams);
        assert_eq!(e.assumed, ["size"]);
        assert_eq!(e.price, PriceOutcome::NotConfigured);
        assert!((6.4..=6.5).contains(&e.stone.unwrap().width_mm));
    }

    #[test]
    fn a_solitaire_head_weighs_what_a_casting_does() {
        // A cast four-prong head for a 1 ct round weighs roughly 0.3–1 g in 18k gold.
        let e = estimate(&Design::default(), &Catalog::builtin()).unwrap();
        let head_grams = e.setting_volume_mm3 / 1000.0 * 15.5;
        assert!((0.2..=1.0).contains(&head_grams), "head {head_grams} g");
    }

    #[test]
    fn flat_band_weight_matches_hand_calculation() {
        let d = Design {
            band_profile: Choice::Chosen(crate::catalog::BandProfile::Flat),
            band_width: Choice::Chosen(Mm::from_centi(400)),
            band_thickness: Choice::Chosen(Mm::from_centi(200)),
            metal: Choice::Chosen(MetalId::new("pt950")),
            setting: Choice::Chosen(crate::catalog::SettingId::new("plain-band")),
            ..Design::default()
        };
        let e = estimate(&d, &Catalog::builtin()).unwrap();
        assert_eq!(
            e.setting_volume_mm3, 0.0,
            "a plain band has no setting metal"
        );
        let p: BandParams = d.band_params(&Catalog::builtin());
        let r0 = p.inner_diameter_mm / 2.0;
        let volume = std::f64::consts::PI * ((r0 + 2.0).powi(2) - r0 * r0) * 4.0;
        let grams = volume / 1000.0 * 20.7;
        assert!(
            (e.metal_grams / grams - 1.0).abs() < 0.002,
            "{} vs {grams}",
            e.metal_grams
        );
        assert!((e.metal_grams - grams).abs() < 0.05);
    }

    #[test]
    fn priced_estimate_is_a_dated_range() {
        let e = estimate(&Design::default(), &priced()).unwrap();
        let PriceOutcome::Range(r) = e.price else {
            panic!("expected a range, got {:?}", e.price);
        };
        assert!(r.low < r.high);
        assert!(r.low >= 3500.0 + 600.0, "{}", r.low);
        assert_eq!(
            (r.currency.as_str(), r.prices_date.as_str()),
            ("EUR", "2025-01-15")
        );
    }

    #[test]
    fn lab_grown_is_cheaper_and_advise_me_spans_both() {
        let lab = Design {
            origin: Choice::Chosen(Origin::LabGrown),
            ..Design::default()
        };
        let either = Design {
            origin: Choice::AdviseMe,
            ..Design::default()
        };
        let range = |d: &Design| match estimate(d, &priced()).unwrap().price {
            PriceOutcome::Range(r) => (r.low, r.high),
            other => panic!("{other:?}"),
        };
        let (natural, lab, either) = (range(&Design::default()), range(&lab), range(&either));
        assert!(lab.1 < natural.0);
        assert!(either.0 <= lab.0 && either.1 >= natural.1);
    }

    #[test]
    fn missing_prices_and_own_stones_are_said_so() {
        let ruby_lab = Design {
            stone: Choice::Chosen(StoneId::new("ruby")),
            origin: Choice::Chosen(Origin::LabGrown),
            ..Design::default()
        };
        let PriceOutcome::Missing { what, origin } = estimate(&ruby_lab, &priced()).unwrap().price
        else {
            panic!("lab-grown ruby has no price");
        };
        assert_eq!((what.as_str(), origin), ("Ruby", Some(Origin::LabGrown)));
        let own = Design {
            stone: Choice::Chosen(StoneId::new("own-stone")),
            setting: Choice::Chosen(SettingId::new("halo")),
            ..Design::default()
        };
        let PriceOutcome::Range(r) = estimate(&own, &priced()).unwrap().price else {
            panic!("own stone should still price the metal and labour");
        };
        assert_eq!(r.excludes.len(), 2);
        let keys: Vec<String> = r.excludes_msg().iter().map(|m| m.key.to_string()).collect();
        assert_eq!(keys, EXCLUSIONS);
        assert_eq!(
            crate::words::english(&r.excludes_msg()[0]),
            "accent stones (priced by the jeweler once sizes are chosen)"
        );
        assert_eq!(exclusion_msg("engraving").key, "core-as-written");
        let catalog = Catalog::builtin();
        let moissanite = missing_msg("Moissanite", Some(Origin::Natural), &catalog);
        assert_eq!(crate::words::english(&moissanite), "Moissanite (Natural)");
        assert_eq!(
            missing_msg("Platinum 950", None, &catalog).key,
            "metal-pt950"
        );
        assert_eq!(
            crate::words::english(&missing_msg("Unobtainium", None, &catalog)),
            "Unobtainium"
        );
    }

    #[test]
    fn advise_me_metal_is_assumed_and_listed() {
        let d = Design {
            metal: Choice::AdviseMe,
            band_width: Choice::AdviseMe,
            ..Design::default()
        };
        let e = estimate(&d, &Catalog::builtin()).unwrap();
        assert_eq!(e.metal_id, "18k-yellow");
        assert_eq!(e.assumed, ["metal", "band_width", "size"]);
        let empty = Catalog {
            metals: Vec::new(),
            ..Catalog::builtin()
        };
        assert_eq!(estimate(&d, &empty), Err(EstimateError::NoMetals));
    }

    #[test]
    fn rounding_goes_outwards() {
        assert_eq!(round_down(4567.0), 4500.0);
        assert_eq!(round_up(4567.0), 4600.0);
        assert_eq!(round_up(55.0), 60.0);
        assert!(round_down(f64::NAN).is_nan());
    }
}
