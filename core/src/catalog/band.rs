//! Band profiles: the cross-section of the ring's shank.

use serde::{Deserialize, Serialize};

use crate::i18n::Msg;

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

    /// Its name as the visitor reads it ("Court (comfort fit)"), in any language.
    pub fn msg(self) -> Msg {
        Msg::new(match self {
            Self::Court => "band-court",
            Self::DShape => "band-d-shape",
            Self::Flat => "band-flat",
            Self::KnifeEdge => "band-knife-edge",
        })
    }
}
