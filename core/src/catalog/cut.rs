//! Cuts: the shape and facet pattern of a stone, with the proportions that turn carats into millimetres.
//!
//! A cut's idealised solid is a crown (a frustum from the girdle outline up to the table), a girdle
//! (a prism) and a pavilion (from the girdle down to a culet point or keel line). Its volume is
//! `W³ · volume_coefficient()` for a stone `W` mm wide, and carats follow from the stone's density:
//! `carat = volume_mm3 · SG / 1000 / 0.2` (one metric carat is 0.2 g).
//!
//! The proportions are typical well-made values (GIA and AGS cut-grade ranges for rounds; trade norms
//! for fancy shapes). The pavilion fill (1/3 for a cone or pyramid to a point, more for a keel or the
//! bulging, broken pavilions of step cuts and square brilliants) is chosen so that each cut reproduces
//! the trade's published weight-estimation factor (round `D²·d·0.0061`, princess `L·W·d·0.0083`,
//! emerald `L·W·d·0.0091` at 1.45:1, …); the carat-to-millimetre results are then checked against
//! independent size charts, see `core/TABLES.md` and the tests below.

use super::CutId;
use serde::{Deserialize, Serialize};

/// Milligrams per metric carat.
pub const MG_PER_CARAT: f64 = 200.0;

/// How the facets are arranged; the viewer builds a different polytope for each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FacetStyle {
    /// Triangular and kite facets radiating from the centre (round, oval, pear, …).
    Brilliant,
    /// Parallel steps (emerald, asscher).
    Step,
    /// Step-cut outline with a brilliant pavilion (radiant, princess-like cushions).
    Mixed,
}

/// The outline seen from above.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Outline {
    /// Circle or ellipse.
    Ellipse,
    /// Square or rectangle with sharp corners.
    Rectangle,
    /// Rectangle with cut corners (emerald, asscher, radiant).
    CutCornerRectangle,
    /// Square or rectangle with rounded corners and curved sides.
    Cushion,
    /// A teardrop: round at one end, pointed at the other.
    Pear,
    /// Pointed at both ends.
    Marquise,
    /// A heart.
    Heart,
}

/// A stone's cut.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Cut {
    /// Stable id used in designs and share links.
    pub id: CutId,
    /// What the visitor reads.
    pub name: String,
    /// Outline seen from above.
    pub outline: Outline,
    /// Facet arrangement.
    pub facets: FacetStyle,
    /// Length over width; 1.0 for round and square shapes.
    pub length_to_width: f64,
    /// Table width as a percentage of the stone's width.
    pub table_pct: f64,
    /// Crown angle in degrees, measured across the width.
    pub crown_angle_deg: f64,
    /// Pavilion main angle in degrees (for square shapes, measured along the diagonal to the culet).
    pub pavilion_angle_deg: f64,
    /// Total depth, table to culet, as a percentage of the width.
    pub depth_pct: f64,
    /// Girdle thickness as a percentage of the width.
    pub girdle_pct: f64,
    /// Outline area over the bounding rectangle `L·W` (π/4 for an ellipse).
    pub outline_fill: f64,
    /// Pavilion volume over `outline area · pavilion depth` (1/3 for a cone).
    pub pavilion_fill: f64,
}

/// A stone's measurements in millimetres.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct StoneSize {
    /// Longest face-up dimension (equals the width for round and square shapes).
    pub length_mm: f64,
    /// Face-up width.
    pub width_mm: f64,
    /// Table to culet.
    pub depth_mm: f64,
}

impl Cut {
    /// Crown height over the width: from the girdle's edge up to the table at the crown angle.
    pub fn crown_height_ratio(&self) -> f64 {
        (1.0 - self.table_pct / 100.0) / 2.0 * self.crown_angle_deg.to_radians().tan()
    }

    /// Pavilion depth over the width: what the total depth leaves after crown and girdle.
    pub fn pavilion_depth_ratio(&self) -> f64 {
        (self.depth_pct - self.girdle_pct) / 100.0 - self.crown_height_ratio()
    }

    /// Volume of the idealised stone over the cube of its width.
    pub fn volume_coefficient(&self) -> f64 {
        let t = self.table_pct / 100.0;
        let crown = self.crown_height_ratio() * (1.0 + t + t * t) / 3.0;
        let girdle = self.girdle_pct / 100.0;
        let pavilion = self.pavilion_depth_ratio() * self.pavilion_fill;
        self.outline_fill * self.length_to_width * (crown + girdle + pavilion)
    }

    /// The weight-estimation factor `carat / (L · W · depth)` this cut implies for a diamond (SG 3.52).
    pub fn diamond_weight_factor(&self) -> f64 {
        let volume = self.volume_coefficient();
        volume * 3.52 / MG_PER_CARAT / (self.length_to_width * self.depth_pct / 100.0)
    }

    /// Carats of a stone of this cut, `width_mm` wide, in a material of the given specific gravity.
    pub fn carats(&self, width_mm: f64, specific_gravity: f64) -> f64 {
        let volume_mm3 = self.volume_coefficient() * width_mm.powi(3);
        volume_mm3 * specific_gravity / MG_PER_CARAT
    }

    /// The measurements of a stone of this cut weighing `carats` in a material of the given specific
    /// gravity. Non-positive or non-finite inputs give a zero-sized stone rather than NaN.
    pub fn size_for_carats(&self, carats: f64, specific_gravity: f64) -> StoneSize {
        let k = self.volume_coefficient();
        let width_mm = if carats.is_finite() && carats > 0.0 && specific_gravity > 0.0 && k > 0.0 {
            (carats * MG_PER_CARAT / (specific_gravity * k)).cbrt()
        } else {
            0.0
        };
        StoneSize {
            length_mm: width_mm * self.length_to_width,
            width_mm,
            depth_mm: width_mm * self.depth_pct / 100.0,
        }
    }

    /// The built-in cuts.
    pub fn defaults() -> Vec<Cut> {
        use FacetStyle::*;
        use Outline::*;
        let quarter_pi = std::f64::consts::FRAC_PI_4;
        vec![
            // GIA Excellent / AGS Ideal centre values; the pavilion is a cone.
            cut(
                "round",
                "Round brilliant",
                Ellipse,
                Brilliant,
                1.00,
                57.0,
                34.5,
                40.8,
                61.0,
                3.0,
                quarter_pi,
                0.337,
            ),
            cut(
                "oval", "Oval", Ellipse, Brilliant, 1.40, 57.0, 34.0, 41.0, 62.0, 3.0, quarter_pi,
                0.370,
            ),
            cut(
                "cushion", "Cushion", Cushion, Brilliant, 1.05, 62.0, 34.0, 41.0, 66.0, 3.0, 0.92,
                0.419,
            ),
            cut(
                "princess", "Princess", Rectangle, Mixed, 1.00, 70.0, 35.0, 41.0, 72.0, 3.0, 1.00,
                0.398,
            ),
            cut(
                "emerald",
                "Emerald",
                CutCornerRectangle,
                Step,
                1.45,
                64.0,
                35.0,
                45.0,
                66.0,
                3.0,
                0.94,
                0.490,
            ),
            cut(
                "asscher",
                "Asscher",
                CutCornerRectangle,
                Step,
                1.00,
                64.0,
                35.0,
                45.0,
                67.0,
                3.0,
                0.91,
                0.425,
            ),
            cut(
                "radiant",
                "Radiant",
                CutCornerRectangle,
                Mixed,
                1.25,
                66.0,
                35.0,
                41.0,
                66.0,
                3.0,
                0.94,
                0.411,
            ),
            cut(
                "pear", "Pear", Pear, Brilliant, 1.60, 57.0, 34.0, 41.0, 62.0, 3.0, 0.70, 0.405,
            ),
            cut(
                "marquise", "Marquise", Marquise, Brilliant, 2.00, 57.0, 34.0, 41.0, 62.0, 3.0,
                0.64, 0.444,
            ),
            cut(
                "heart", "Heart", Heart, Brilliant, 1.00, 58.0, 34.0, 41.0, 60.0, 3.0, 0.76, 0.337,
            ),
        ]
    }
}

#[allow(clippy::too_many_arguments)]
fn cut(
    id: &str,
    name: &str,
    outline: Outline,
    facets: FacetStyle,
    length_to_width: f64,
    table_pct: f64,
    crown_angle_deg: f64,
    pavilion_angle_deg: f64,
    depth_pct: f64,
    girdle_pct: f64,
    outline_fill: f64,
    pavilion_fill: f64,
) -> Cut {
    Cut {
        id: CutId::new(id),
        name: name.to_owned(),
        outline,
        facets,
        length_to_width,
        table_pct,
        crown_angle_deg,
        pavilion_angle_deg,
        depth_pct,
        girdle_pct,
        outline_fill,
        pavilion_fill,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const DIAMOND_SG: f64 = 3.52;

    fn find(id: &str) -> Cut {
        Cut::defaults()
            .into_iter()
            .find(|c| c.id.as_str() == id)
            .expect("built-in cut")
    }

    /// Round brilliant carat-to-diameter chart (the common trade chart, e.g. the diamond size charts
    /// of diamondsareforeveryone.co.uk and aakashdiamonds.com, with 0.25 ct at 4.0–4.1 mm).
    const ROUND_CHART: [(f64, f64); 9] = [
        (0.25, 4.1),
        (0.50, 5.15),
        (0.75, 5.8),
        (1.00, 6.45),
        (1.50, 7.4),
        (2.00, 8.15),
        (3.00, 9.3),
        (4.00, 10.2),
        (5.00, 11.0),
    ];

    #[test]
    fn round_diamond_matches_the_size_chart() {
        let round = find("round");
        for (carats, chart_mm) in ROUND_CHART {
            let mm = round.size_for_carats(carats, DIAMOND_SG).width_mm;
            assert!(
                (mm - chart_mm).abs() <= 0.08,
                "{carats} ct: {mm:.3} mm vs {chart_mm}"
            );
        }
        let one = round.size_for_carats(1.0, DIAMOND_SG).width_mm;
        assert!((6.4..=6.5).contains(&one), "{one}");
    }

    #[test]
    fn round_proportions_add_up() {
        let round = find("round");
        let pavilion_from_angle = 0.5 * round.pavilion_angle_deg.to_radians().tan();
        assert!((round.pavilion_depth_ratio() - pavilion_from_angle).abs() < 0.005);
        assert!((round.diamond_weight_factor() - 0.0061).abs() < 0.0001);
    }

    /// The trade's weight-estimation factors, `carat = L · W · depth · factor` for diamond.
    #[test]
    fn fancy_cuts_reproduce_published_weight_factors() {
        let oval_on_lw = 0.0062 * (2.4f64 * 2.4 / 4.0) / 1.4; // oval's formula uses the mean diameter²
        for (id, factor) in [
            ("oval", oval_on_lw),
            ("cushion", 0.0080),
            ("princess", 0.0083),
            ("emerald", 0.0091),
            ("asscher", 0.0080),
            ("radiant", 0.0081),
            ("pear", 0.0060),
            ("marquise", 0.0058),
            ("heart", 0.0059),
        ] {
            let ours = find(id).diamond_weight_factor();
            assert!(
                (ours / factor - 1.0).abs() < 0.02,
                "{id}: {ours:.5} vs {factor}"
            );
        }
    }

    /// StoneAlgo's averages of listed diamonds: mean of length and width (mm) at 1, 2 and 3 ct.
    /// Market stones run deeper than ideal proportions, so ours may be up to 6 % larger.
    #[test]
    fn fancy_cuts_match_market_averages() {
        for (id, chart) in [
            ("asscher", [5.4, 6.9, 8.0]),
            ("cushion", [5.6, 7.2, 8.2]),
            ("emerald", [5.7, 7.2, 8.2]),
            ("heart", [6.4, 8.1, 9.2]),
            ("marquise", [7.7, 9.6, 11.2]),
            ("oval", [6.7, 8.4, 9.6]),
            ("pear", [7.1, 8.9, 10.1]),
            ("princess", [5.3, 6.8, 7.8]),
            ("radiant", [5.7, 7.3, 8.3]),
            ("round", [6.3, 8.0, 9.2]),
        ] {
            for (carats, mean_mm) in [1.0, 2.0, 3.0].into_iter().zip(chart) {
                let s = find(id).size_for_carats(carats, DIAMOND_SG);
                let ours = (s.length_mm + s.width_mm) / 2.0;
                let error = ours / mean_mm - 1.0;
                assert!(
                    (-0.02..0.06).contains(&error),
                    "{id} {carats} ct: {ours:.2} vs {mean_mm}"
                );
            }
        }
    }

    #[test]
    fn denser_stones_are_smaller_for_the_same_weight() {
        let round = find("round");
        let diamond = round.size_for_carats(1.0, DIAMOND_SG).width_mm;
        let sapphire = round.size_for_carats(1.0, 4.00).width_mm;
        let emerald = round.size_for_carats(1.0, 2.72).width_mm;
        assert!(sapphire < diamond && diamond < emerald);
        // A 6.5 mm sapphire of the same proportions weighs 4.00/3.52 as much.
        let ratio = round.carats(6.5, 4.0) / round.carats(6.5, DIAMOND_SG);
        assert!((ratio - 4.0 / 3.52).abs() < 1e-9);
    }

    #[test]
    fn nonsense_weights_give_a_zero_stone() {
        let round = find("round");
        for carats in [0.0, -1.0, f64::NAN, f64::INFINITY] {
            assert_eq!(round.size_for_carats(carats, DIAMOND_SG).width_mm, 0.0);
        }
    }

    proptest! {
        #[test]
        fn carats_and_millimetres_round_trip(carats in 0.01f64..50.0, sg in 2.0f64..5.0, which in 0usize..10) {
            let cut = &Cut::defaults()[which];
            let size = cut.size_for_carats(carats, sg);
            let back = cut.carats(size.width_mm, sg);
            prop_assert!((back - carats).abs() / carats < 1e-9);
            prop_assert!((size.length_mm / size.width_mm - cut.length_to_width).abs() < 1e-9);
        }
    }
}
