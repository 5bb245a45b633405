//! Precious metals and their alloys: density for weight estimates, colour for physically based rendering.

use serde::{Deserialize, Serialize};

/// A stable, URL-safe identifier of an alloy, e.g. `18k-yellow`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct MetalId(pub String);

impl MetalId {
    /// Wraps an id; it is checked against the catalog when a design is validated.
    pub fn new(id: impl Into<String>) -> Self {
        Self(id.into())
    }

    /// The identifier as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for MetalId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<&str> for MetalId {
    fn from(id: &str) -> Self {
        Self(id.to_owned())
    }
}

/// The family an alloy belongs to; decides how a jeweler talks about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum MetalFamily {
    /// Gold alloyed with silver and copper.
    YellowGold,
    /// Gold alloyed with palladium or nickel, usually rhodium plated.
    WhiteGold,
    /// Gold alloyed with more copper.
    RoseGold,
    /// Platinum alloys (950).
    Platinum,
    /// Palladium alloys (950).
    Palladium,
    /// Sterling silver (925).
    Silver,
}

/// One alloy a ring can be made of.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Metal {
    /// Stable id used in designs and share links.
    pub id: MetalId,
    /// What the visitor reads, e.g. "18k yellow gold".
    pub name: String,
    /// The alloy family.
    pub family: MetalFamily,
    /// Parts per thousand of the named precious metal (750 for 18k, 950 for platinum 950).
    pub fineness: u16,
    /// Density in g/cm³, used for the weight estimate.
    pub density_g_cm3: f32,
    /// Specular reflectance at normal incidence (F0), linear RGB, as a PBR metal's base colour.
    pub reflectance_linear: [f32; 3],
    /// Whether the alloy is hard enough to hold a stone in prongs for daily wear.
    pub suits_prongs: bool,
}

impl Metal {
    /// The built-in alloys, with densities from published alloy tables (checked against the 24carat.co.uk
    /// specific-gravity ranges and Stuller's casting table, see `core/TABLES.md`) and F0 colours from measured
    /// reflectance spectra (gold ≈ (1.00, 0.71, 0.29), platinum ≈ (0.67, 0.64, 0.59), silver ≈ (0.97, 0.96, 0.91)).
    pub fn defaults() -> Vec<Metal> {
        use MetalFamily::*;
        let m = |id: &str, name: &str, family, fineness, density, rgb, prongs| Metal {
            id: MetalId(id.to_owned()),
            name: name.to_owned(),
            family,
            fineness,
            density_g_cm3: density,
            reflectance_linear: rgb,
            suits_prongs: prongs,
        };
        vec![
            m(
                "18k-yellow",
                "18k yellow gold",
                YellowGold,
                750,
                15.5,
                [0.98, 0.70, 0.32],
                true,
            ),
            m(
                "14k-yellow",
                "14k yellow gold",
                YellowGold,
                585,
                13.1,
                [0.95, 0.72, 0.40],
                true,
            ),
            m(
                "9k-yellow",
                "9k yellow gold",
                YellowGold,
                375,
                11.1,
                [0.92, 0.74, 0.47],
                true,
            ),
            m(
                "18k-white",
                "18k white gold",
                WhiteGold,
                750,
                15.6,
                [0.80, 0.77, 0.72],
                true,
            ),
            m(
                "14k-white",
                "14k white gold",
                WhiteGold,
                585,
                12.9,
                [0.79, 0.76, 0.71],
                true,
            ),
            m(
                "9k-white",
                "9k white gold",
                WhiteGold,
                375,
                11.3,
                [0.78, 0.75, 0.70],
                true,
            ),
            m(
                "18k-rose",
                "18k rose gold",
                RoseGold,
                750,
                15.1,
                [0.97, 0.62, 0.50],
                true,
            ),
            m(
                "14k-rose",
                "14k rose gold",
                RoseGold,
                585,
                13.0,
                [0.96, 0.64, 0.53],
                true,
            ),
            m(
                "9k-rose",
                "9k rose gold",
                RoseGold,
                375,
                11.2,
                [0.95, 0.66, 0.56],
                true,
            ),
            m(
                "pt950",
                "Platinum 950",
                Platinum,
                950,
                20.7,
                [0.67, 0.64, 0.59],
                true,
            ),
            m(
                "pd950",
                "Palladium 950",
                Palladium,
                950,
                11.9,
                [0.70, 0.67, 0.62],
                true,
            ),
            m(
                "ag925",
                "Sterling silver 925",
                Silver,
                925,
                10.4,
                [0.97, 0.96, 0.91],
                false,
            ),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_url_safe() {
        let metals = Metal::defaults();
        let mut ids: Vec<_> = metals.iter().map(|m| m.id.as_str()).collect();
        assert!(ids
            .iter()
            .all(|id| id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')));
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), metals.len());
    }

    #[test]
    fn gold_is_warmer_than_platinum() {
        let metals = Metal::defaults();
        let find = |id: &str| metals.iter().find(|m| m.id.as_str() == id).unwrap();
        let warmth = |m: &Metal| m.reflectance_linear[0] - m.reflectance_linear[2];
        assert!(warmth(find("18k-yellow")) > 3.0 * warmth(find("pt950")));
        assert!(find("pt950").density_g_cm3 > find("18k-yellow").density_g_cm3);
    }
}
