//! Gemstones: the optical constants the viewer needs to render them, and the physical ones (density,
//! hardness) that size estimates and a jeweler's advice rest on.
//!
//! Constants are the standard gemmological values (refractive index at the sodium D line, dispersion as
//! the B–G interval, specific gravity, Mohs hardness) as tabulated in GIA's gem reference pages and
//! Webster's *Gems*; where a species spans a range, the middle of the range is used.

use super::StoneId;
use serde::{Deserialize, Serialize};

/// Where a stone comes from. Chemically and optically the same stone; a very different price and story.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Origin {
    /// Mined.
    Natural,
    /// Grown in a laboratory (CVD/HPHT diamond, flux or flame-fusion corundum, …).
    LabGrown,
}

impl Origin {
    /// Both origins, in the order the configurator offers them.
    pub const ALL: [Origin; 2] = [Origin::Natural, Origin::LabGrown];
}

/// What kind of catalog entry a stone is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StoneKind {
    /// A gem the jeweler sources.
    Gem,
    /// "I'll bring my own stone": an heirloom or a stone already bought. Rendered with neutral,
    /// diamond-like optics until the jeweler has seen it.
    OwnStone,
}

/// A stone the visitor can choose.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Stone {
    /// Stable id used in designs and share links.
    pub id: StoneId,
    /// What the visitor reads, e.g. "Blue sapphire".
    pub name: String,
    /// Mineral species, e.g. "corundum"; groups ruby with the sapphires.
    pub species: String,
    /// A sourced gem or the visitor's own stone.
    pub kind: StoneKind,
    /// Origins the jeweler can source; empty for the visitor's own stone (it is what it is).
    pub origins: Vec<Origin>,
    /// Refractive index at 589 nm (mean of ordinary and extraordinary rays for doubly refractive stones).
    pub refractive_index: f32,
    /// Dispersion, the B–G interval (n at 686.7 nm to n at 430.8 nm); drives the "fire".
    pub dispersion: f32,
    /// Specific gravity (g/cm³); turns a cut's volume into carats.
    pub specific_gravity: f32,
    /// Colour seen through 3 mm of the stone, linear RGB; equals `exp(-3 · absorption_per_mm)`.
    pub body_colour_linear: [f32; 3],
    /// Beer–Lambert absorption coefficients per millimetre of path, linear RGB, for the renderer.
    pub absorption_per_mm: [f32; 3],
    /// Mohs hardness as a (low, high) range.
    pub mohs: [f32; 2],
    /// A jeweler's note about wear and care that the brief and the warnings can show.
    pub care_note: String,
}

impl Stone {
    /// Whether the stone is softer than 8 on the Mohs scale at its low end: it scratches against
    /// everyday quartz dust (Mohs 7) and chips, so it needs care in a ring worn every day.
    pub fn is_soft_for_daily_wear(&self) -> bool {
        self.kind == StoneKind::Gem && self.mohs[0] < 8.0
    }

    /// The built-in stones.
    pub fn defaults() -> Vec<Stone> {
        use Origin::*;
        let both = vec![Natural, LabGrown];
        vec![
            gem("diamond", "Diamond", "diamond", both.clone(), 2.417, 0.044, 3.52,
                [0.0010, 0.0012, 0.0030], [10.0, 10.0],
                "The hardest gem; still chips at the girdle if knocked hard."),
            gem("moissanite", "Moissanite", "silicon carbide", vec![LabGrown], 2.67, 0.104, 3.22,
                [0.0040, 0.0030, 0.0150], [9.25, 9.25],
                "More fire than diamond and nearly as hard; always lab-grown."),
            gem("sapphire-blue", "Blue sapphire", "corundum", both.clone(), 1.766, 0.018, 4.00,
                [0.90, 0.45, 0.06], [9.0, 9.0], "Very tough; a classic for daily wear."),
            gem("sapphire-pink", "Pink sapphire", "corundum", both.clone(), 1.766, 0.018, 4.00,
                [0.03, 0.38, 0.16], [9.0, 9.0], "Very tough; a classic for daily wear."),
            gem("sapphire-yellow", "Yellow sapphire", "corundum", both.clone(), 1.766, 0.018, 4.00,
                [0.02, 0.07, 0.60], [9.0, 9.0], "Very tough; a classic for daily wear."),
            gem("sapphire-padparadscha", "Padparadscha sapphire", "corundum", both.clone(), 1.766,
                0.018, 4.00, [0.02, 0.22, 0.38], [9.0, 9.0],
                "A rare pink-orange sapphire; natural ones are scarce and priced accordingly."),
            gem("ruby", "Ruby", "corundum", both.clone(), 1.766, 0.018, 4.00,
                [0.05, 0.95, 0.60], [9.0, 9.0], "Very tough; a classic for daily wear."),
            gem("emerald", "Emerald", "beryl", both, 1.580, 0.014, 2.72,
                [0.70, 0.08, 0.45], [7.5, 8.0],
                "Almost always included and often oil-filled: avoid knocks, heat and ultrasonic cleaners."),
            gem("aquamarine", "Aquamarine", "beryl", vec![Natural], 1.577, 0.014, 2.69,
                [0.22, 0.06, 0.03], [7.5, 8.0], "Scratches over years of daily wear; a bezel protects it."),
            gem("morganite", "Morganite", "beryl", vec![Natural], 1.590, 0.014, 2.80,
                [0.02, 0.11, 0.08], [7.5, 8.0],
                "Softer than sapphire: scratches and clouds with daily wear; plan on repolishing."),
            Stone {
                kind: StoneKind::OwnStone,
                origins: Vec::new(),
                ..gem("own-stone", "I'll bring my own stone", "unknown", Vec::new(), 2.417, 0.044,
                    3.52, [0.0010, 0.0012, 0.0030], [0.0, 10.0],
                    "The jeweler inspects your stone before quoting: its size, condition and hardness decide the setting.")
            },
        ]
    }
}

/// Builds a sourced gem; the body colour follows from the absorption so the two never disagree.
#[allow(clippy::too_many_arguments)]
fn gem(
    id: &str,
    name: &str,
    species: &str,
    origins: Vec<Origin>,
    refractive_index: f32,
    dispersion: f32,
    specific_gravity: f32,
    absorption_per_mm: [f32; 3],
    mohs: [f32; 2],
    care_note: &str,
) -> Stone {
    Stone {
        id: StoneId::new(id),
        name: name.to_owned(),
        species: species.to_owned(),
        kind: StoneKind::Gem,
        origins,
        refractive_index,
        dispersion,
        specific_gravity,
        // In f64, rounded once: `f32::exp` is the platform's, and the server's and the browser's
        // differ in the last bit, which made the catalog the server sends differ from the one
        // the page builds in (and the ring be drawn again when it arrived).
        body_colour_linear: absorption_per_mm.map(|a| (-3.0 * f64::from(a)).exp() as f32),
        absorption_per_mm,
        mohs,
        care_note: care_note.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(id: &str) -> Stone {
        Stone::defaults()
            .into_iter()
            .find(|s| s.id.as_str() == id)
            .expect("built-in stone")
    }

    #[test]
    fn constants_match_gemmological_tables() {
        let d = find("diamond");
        assert_eq!(
            (d.refractive_index, d.dispersion, d.specific_gravity),
            (2.417, 0.044, 3.52)
        );
        assert!(find("moissanite").dispersion > 2.0 * d.dispersion);
        assert_eq!(find("ruby").specific_gravity, 4.00);
        assert!((find("emerald").specific_gravity - 2.72).abs() < 0.05);
    }

    #[test]
    fn colours_read_right() {
        let blue = find("sapphire-blue").body_colour_linear;
        assert!(blue[2] > blue[1] && blue[1] > blue[0]);
        let ruby = find("ruby").body_colour_linear;
        assert!(ruby[0] > ruby[1] && ruby[0] > ruby[2]);
        let emerald = find("emerald").body_colour_linear;
        assert!(emerald[1] > emerald[0] && emerald[1] > emerald[2]);
        assert!(find("diamond").body_colour_linear.iter().all(|&c| c > 0.98));
    }

    #[test]
    fn beryls_are_soft_corundum_is_not() {
        for id in ["emerald", "aquamarine", "morganite"] {
            assert!(find(id).is_soft_for_daily_wear(), "{id}");
        }
        for id in [
            "diamond",
            "moissanite",
            "ruby",
            "sapphire-blue",
            "own-stone",
        ] {
            assert!(!find(id).is_soft_for_daily_wear(), "{id}");
        }
    }
}
