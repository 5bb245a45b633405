//! Surface finishes of the metal, with the roughness the renderer uses for each.

use serde::{Deserialize, Serialize};

use crate::i18n::Msg;

/// How the metal's surface is finished.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Finish {
    /// Mirror polish.
    Polished,
    /// Brushed or satin: fine parallel lines.
    Satin,
    /// Hammered: facets from a planishing hammer.
    Hammered,
}

impl Finish {
    /// Every finish, in the order the configurator offers them.
    pub const ALL: [Finish; 3] = [Finish::Polished, Finish::Satin, Finish::Hammered];

    /// Its name as the visitor reads it ("Polished"), in any language.
    pub fn msg(self) -> Msg {
        Msg::new(match self {
            Finish::Polished => "finish-polished",
            Finish::Satin => "finish-satin",
            Finish::Hammered => "finish-hammered",
        })
    }

    /// PBR roughness for the renderer (a hammered surface is polished between its dents).
    pub fn roughness(self) -> f32 {
        match self {
            Finish::Polished => 0.08,
            Finish::Satin => 0.38,
            Finish::Hammered => 0.15,
        }
    }
}
