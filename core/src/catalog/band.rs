//! Band profiles: the cross-section of the ring's shank.

use serde::{Deserialize, Serialize};

/// The shape of the band's cross-section.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum BandProfile {
    /// Comfort fit: domed outside and gently domed inside, so it slides over the knuckle.
    Court,
    /// Flat inside, domed outside: the classic wedding band.
    DShape,
    /// Flat inside and outside, with straight sides.
    Flat,
    /// Flat inside, outside rising to a central ridge.
    KnifeEdge,
}

impl BandProfile {
    /// Every profile, in the order the configurator offers them.
    pub const ALL: [BandProfile; 4] = [Self::Court, Self::DShape, Self::Flat, Self::KnifeEdge];

    /// What the visitor reads.
    pub fn label(self) -> &'static str {
        match self {
            Self::Court => "Court (comfort fit)",
            Self::DShape => "D-shape",
            Self::Flat => "Flat",
            Self::KnifeEdge => "Knife-edge",
        }
    }
}
