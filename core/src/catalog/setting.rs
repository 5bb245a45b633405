//! Settings: how the stones are held, and what that means for wear and later resizing.

use super::SettingId;
use serde::{Deserialize, Serialize};

/// Small stones that accompany (or replace) a centre stone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Accents {
    /// None.
    None,
    /// A ring of small stones around the centre stone.
    Halo,
    /// Small stones set into the shoulders of the band.
    PaveShoulders,
    /// Two side stones flanking the centre stone.
    SideStones,
    /// Stones all the way around the band (eternity).
    AllAround,
}

/// A setting style.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Setting {
    /// Stable id used in designs and share links.
    pub id: SettingId,
    /// What the visitor reads.
    pub name: String,
    /// Whether the setting holds a centre stone (the design's stone, cut and carat).
    pub centre_stone: bool,
    /// Prongs on the centre stone; 0 for a bezel or no centre stone.
    pub prongs: u8,
    /// Whether the centre stone sits in a collar of metal.
    pub bezel: bool,
    /// Accent stones.
    pub accents: Accents,
    /// How far (in US sizes, either way) a jeweler can later resize it; 0 when it cannot be resized.
    pub resize_us_sizes: f64,
}

impl Setting {
    /// Whether any stone of this setting is held by prongs or small beads (halo, pavé and eternity
    /// stones are held by tiny prongs or beads too).
    pub fn uses_prongs(&self) -> bool {
        self.prongs > 0 || self.accents != Accents::None
    }

    /// The built-in settings. Resizing limits follow jewelers' published guidance: a plain or solitaire
    /// band about two sizes, pavé about half a size before stones loosen, eternity bands not at all.
    pub fn defaults() -> Vec<Setting> {
        use Accents::*;
        let s = |id: &str, name: &str, centre, prongs, bezel, accents, resize| Setting {
            id: SettingId::new(id),
            name: name.to_owned(),
            centre_stone: centre,
            prongs,
            bezel,
            accents,
            resize_us_sizes: resize,
        };
        vec![
            s(
                "four-prong",
                "Four-prong solitaire",
                true,
                4,
                false,
                None,
                2.0,
            ),
            s(
                "six-prong",
                "Six-prong solitaire",
                true,
                6,
                false,
                None,
                2.0,
            ),
            s("bezel", "Bezel", true, 0, true, None, 2.0),
            s("halo", "Halo", true, 4, false, Halo, 1.0),
            s(
                "pave-shoulders",
                "Pavé shoulders",
                true,
                4,
                false,
                PaveShoulders,
                0.5,
            ),
            s(
                "three-stone",
                "Three-stone",
                true,
                4,
                false,
                SideStones,
                1.5,
            ),
            s(
                "full-eternity",
                "Full eternity",
                false,
                0,
                false,
                AllAround,
                0.0,
            ),
            s(
                "plain-band",
                "Plain band (no stone)",
                false,
                0,
                false,
                None,
                2.0,
            ),
        ]
    }
}
