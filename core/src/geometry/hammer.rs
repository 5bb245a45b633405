//! A hammered finish: the outside of the band broken into the small flat facets a planishing hammer
//! leaves.
//!
//! Each facet is a cell around a jittered point (a Voronoi pattern of about `cell_mm` across); every
//! vertex in a cell takes that cell's tilted normal, so light breaks into many small glints as the
//! ring turns. Positions stay put: the silhouette of a hammered band stays round. The inside stays
//! smooth, as a jeweler leaves it for comfort.

use super::Mesh;

/// Typical size of one hammer blow, in millimetres.
pub const HAMMER_CELL_MM: f32 = 1.1;
/// How far a facet leans from the smooth surface, in radians (about 10°).
const TILT: f32 = 0.18;

/// Hammers the outward-facing surface of a band (finger axis +Z) in place.
pub fn hammer(mesh: &mut Mesh, cell_mm: f32) {
    let cell = cell_mm.max(0.1);
    for (p, n) in mesh.positions.iter().zip(mesh.normals.iter_mut()) {
        // Only the outside of the band: normals that point away from the finger.
        let radial = [p[0], p[1]];
        let r = radial[0].hypot(radial[1]).max(f32::MIN_POSITIVE);
        if (n[0] * radial[0] + n[1] * radial[1]) / r < 0.2 {
            continue;
        }
        let [a, b, c] = nearest_feature(*p, cell);
        let lean = [
            unit_noise(a, b, c, 1) * TILT,
            unit_noise(a, b, c, 2) * TILT,
            unit_noise(a, b, c, 3) * TILT,
        ];
        let bent = [n[0] + lean[0], n[1] + lean[1], n[2] + lean[2]];
        let len = (bent[0] * bent[0] + bent[1] * bent[1] + bent[2] * bent[2]).sqrt();
        *n = bent.map(|v| v / len);
    }
}

/// The grid cell whose jittered feature point is nearest to `p`.
fn nearest_feature(p: [f32; 3], cell: f32) -> [i32; 3] {
    let base = p.map(|v| (v / cell).floor() as i32);
    let mut best = (f32::MAX, base);
    for dx in -1..=1 {
        for dy in -1..=1 {
            for dz in -1..=1 {
                let id = [base[0] + dx, base[1] + dy, base[2] + dz];
                let feature = [0, 1, 2].map(|k| {
                    (id[k] as f32 + 0.5 + 0.4 * unit_noise(id[0], id[1], id[2], 10 + k as u32))
                        * cell
                });
                let d = (0..3).map(|k| (feature[k] - p[k]).powi(2)).sum::<f32>();
                if d < best.0 {
                    best = (d, id);
                }
            }
        }
    }
    best.1
}

/// A repeatable pseudo-random number in [−1, 1] for a cell and a channel (an integer hash).
fn unit_noise(a: i32, b: i32, c: i32, channel: u32) -> f32 {
    let mut h = (a as u32).wrapping_mul(0x8da6_b343)
        ^ (b as u32).wrapping_mul(0xd816_3841)
        ^ (c as u32).wrapping_mul(0xcb1a_b31f)
        ^ channel.wrapping_mul(0x1656_67b1);
    h ^= h >> 15;
    h = h.wrapping_mul(0x2c1b_3c6d);
    h ^= h >> 12;
    h = h.wrapping_mul(0x297a_2d39);
    h ^= h >> 15;
    (h as f32 / u32::MAX as f32) * 2.0 - 1.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geometry::{band, BandParams};

    #[test]
    fn the_outside_breaks_into_facets_and_the_inside_stays_smooth() {
        let smooth = band(&BandParams::court(17.0));
        let mut hammered = smooth.clone();
        hammer(&mut hammered, HAMMER_CELL_MM);
        assert_eq!(
            smooth.positions, hammered.positions,
            "the silhouette stays round"
        );
        let mut outside_changed = 0;
        for ((p, a), b) in smooth
            .positions
            .iter()
            .zip(&smooth.normals)
            .zip(&hammered.normals)
        {
            let outward = (a[0] * p[0] + a[1] * p[1]) / p[0].hypot(p[1]);
            let turned = (a[0] * b[0] + a[1] * b[1] + a[2] * b[2])
                .clamp(-1.0, 1.0)
                .acos();
            if outward < 0.0 {
                assert_eq!(a, b, "the inside is hammered");
            } else if outward > 0.5 && turned > 0.03 {
                outside_changed += 1;
            }
            assert!(turned < 0.3, "a facet leans {turned} rad");
            assert!(((b[0] * b[0] + b[1] * b[1] + b[2] * b[2]).sqrt() - 1.0).abs() < 1e-4);
        }
        assert!(
            outside_changed > smooth.positions.len() / 4,
            "{outside_changed} facetted vertices"
        );
    }

    #[test]
    fn hammering_is_repeatable() {
        let mut a = band(&BandParams::court(17.0));
        let mut b = a.clone();
        hammer(&mut a, HAMMER_CELL_MM);
        hammer(&mut b, HAMMER_CELL_MM);
        assert_eq!(a.normals, b.normals);
    }
}
