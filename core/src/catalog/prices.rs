//! Prices a jeweler may configure so the configurator can frame a budget. They are optional: without
//! them the estimate gives weights and sizes only.

use super::{MetalId, Origin, StoneId};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A low–high range of money in the catalog's currency.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct MoneyRange {
    /// Low end.
    pub low: f64,
    /// High end.
    pub high: f64,
}

impl MoneyRange {
    /// Whether both ends are finite, non-negative and ordered.
    pub fn is_well_formed(&self) -> bool {
        self.low.is_finite() && self.high.is_finite() && self.low >= 0.0 && self.low <= self.high
    }
}

/// A per-carat price range for one stone, optionally for one origin only.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StonePrice {
    /// Which stone.
    pub stone: StoneId,
    /// Which origin; `None` covers both.
    #[serde(default)]
    pub origin: Option<Origin>,
    /// Price per carat, low to high (quality decides where in the range a stone falls).
    pub per_carat: MoneyRange,
}

/// The jeweler's price list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Prices {
    /// ISO 4217 code, e.g. `EUR`.
    pub currency: String,
    /// When these prices were set, `YYYY-MM-DD`; shown next to every estimate.
    pub prices_date: String,
    /// Price per gram of finished alloy (metal plus casting loss), by metal id.
    pub metal_per_gram: BTreeMap<MetalId, f64>,
    /// Stone prices per carat.
    pub stone_per_carat: Vec<StonePrice>,
    /// Design, setting and finishing labour.
    pub labour: MoneyRange,
}

impl Prices {
    /// The per-carat range for a stone of the given origin: an origin-specific entry wins over one
    /// that covers both origins.
    pub fn stone(&self, stone: &StoneId, origin: Option<Origin>) -> Option<MoneyRange> {
        let matching = |o: Option<Origin>| {
            self.stone_per_carat
                .iter()
                .find(|p| &p.stone == stone && p.origin == o)
                .map(|p| p.per_carat)
        };
        origin
            .and_then(|o| matching(Some(o)))
            .or_else(|| matching(None))
    }

    /// An illustrative price list for tests and the sample configuration. The numbers are placeholders
    /// in the right order of magnitude, not anyone's prices.
    pub fn example() -> Self {
        let metal = |id: &str, price: f64| (MetalId::new(id), price);
        let stone = |id: &str, origin, low, high| StonePrice {
            stone: StoneId::new(id),
            origin,
            per_carat: MoneyRange { low, high },
        };
        Self {
            currency: "EUR".to_owned(),
            prices_date: "2025-01-15".to_owned(),
            metal_per_gram: [
                metal("18k-yellow", 75.0),
                metal("18k-white", 80.0),
                metal("18k-rose", 75.0),
                metal("14k-yellow", 58.0),
                metal("14k-white", 62.0),
                metal("14k-rose", 58.0),
                metal("9k-yellow", 38.0),
                metal("9k-white", 40.0),
                metal("9k-rose", 38.0),
                metal("pt950", 55.0),
                metal("pd950", 50.0),
                metal("ag925", 3.0),
            ]
            .into_iter()
            .collect(),
            stone_per_carat: vec![
                stone("diamond", Some(Origin::Natural), 3500.0, 12000.0),
                stone("diamond", Some(Origin::LabGrown), 400.0, 1500.0),
                stone("moissanite", None, 300.0, 700.0),
                stone("sapphire-blue", Some(Origin::Natural), 800.0, 4000.0),
                stone("sapphire-blue", Some(Origin::LabGrown), 100.0, 400.0),
                stone("ruby", Some(Origin::Natural), 1000.0, 6000.0),
                stone("emerald", Some(Origin::Natural), 800.0, 5000.0),
                stone("aquamarine", None, 100.0, 500.0),
                stone("morganite", None, 80.0, 400.0),
            ],
            labour: MoneyRange {
                low: 600.0,
                high: 1200.0,
            },
        }
    }
}
