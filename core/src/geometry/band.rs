//! The band (shank): a closed cross-section swept around the finger axis.
//!
//! The cross-section is drawn in the (r, z) half-plane, r the distance from the finger axis and z along
//! it, counter-clockwise, as a chain of pieces (lines and elliptic arcs) with exact normals. Pieces meet
//! either tangentially (a smooth dome) or at a crisp edge; duplicating vertices at every joint keeps both
//! cases right without special-casing.

use super::Mesh;
use crate::catalog::BandProfile;
use std::f64::consts::{FRAC_PI_2, PI, TAU};

/// The dimensions of a band, in millimetres.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BandParams {
    pub profile: BandProfile,
    /// Inner diameter at the narrowest point: what a ring sizer measures.
    pub inner_diameter_mm: f64,
    /// Width along the finger.
    pub width_mm: f64,
    /// Thickness from the inside to the top of the outer surface.
    pub thickness_mm: f64,
    /// Segments around the ring; 128 keeps the silhouette round at any zoom a visitor uses.
    pub segments: u32,
}

impl BandParams {
    /// A classic 2 mm court band of the given inner diameter.
    pub fn court(inner_diameter_mm: f64) -> Self {
        Self {
            profile: BandProfile::Court,
            inner_diameter_mm,
            width_mm: 2.0,
            thickness_mm: 1.6,
            segments: 128,
        }
    }

    fn inner_radius(&self) -> f64 {
        self.inner_diameter_mm / 2.0
    }

    /// Thickness of the straight side walls below a domed or ridged top.
    fn edge_thickness(&self) -> f64 {
        0.4 * self.thickness_mm
    }

    /// How far a comfort-fit inside bulges towards the finger.
    fn court_inner_bulge(&self) -> f64 {
        0.25 * self.thickness_mm
    }
}

/// One piece of the cross-section outline.
enum Piece {
    Line {
        from: [f64; 2],
        to: [f64; 2],
    },
    /// `center + (radii.0 · cos φ, radii.1 · sin φ)` for φ from `from` to `to`.
    Arc {
        center: [f64; 2],
        radii: [f64; 2],
        from: f64,
        to: f64,
    },
}

/// A sampled outline point: (r, z) and the outward unit normal in the same plane.
type Sample = ([f64; 2], [f64; 2]);

impl Piece {
    fn samples(&self, arc_steps: usize) -> Vec<Sample> {
        match *self {
            Piece::Line { from, to } => {
                let n = outward([to[0] - from[0], to[1] - from[1]]);
                vec![(from, n), (to, n)]
            }
            Piece::Arc {
                center,
                radii,
                from,
                to,
            } => (0..=arc_steps)
                .map(|k| {
                    let phi = from + (to - from) * k as f64 / arc_steps as f64;
                    let point = [
                        center[0] + radii[0] * phi.cos(),
                        center[1] + radii[1] * phi.sin(),
                    ];
                    let direction = (to - from).signum();
                    let tangent = [
                        -radii[0] * phi.sin() * direction,
                        radii[1] * phi.cos() * direction,
                    ];
                    (point, outward(tangent))
                })
                .collect(),
        }
    }
}

/// The outward normal of a counter-clockwise outline with the given tangent.
fn outward([dr, dz]: [f64; 2]) -> [f64; 2] {
    let len = (dr * dr + dz * dz).sqrt();
    [dz / len, -dr / len]
}

fn outline(p: &BandParams) -> Vec<Piece> {
    let r0 = p.inner_radius();
    let half = p.width_mm / 2.0;
    let top = r0 + p.thickness_mm;
    let edge = r0 + p.edge_thickness();
    let line = |from, to| Piece::Line { from, to };
    let dome = |base: f64| Piece::Arc {
        center: [base, 0.0],
        radii: [top - base, half],
        from: -FRAC_PI_2,
        to: FRAC_PI_2,
    };
    match p.profile {
        BandProfile::Flat => vec![
            line([r0, -half], [top, -half]),
            line([top, -half], [top, half]),
            line([top, half], [r0, half]),
            line([r0, half], [r0, -half]),
        ],
        BandProfile::DShape => vec![
            line([r0, -half], [edge, -half]),
            dome(edge),
            line([edge, half], [r0, half]),
            line([r0, half], [r0, -half]),
        ],
        BandProfile::Court => {
            let bulge = p.court_inner_bulge();
            let inner = r0 + bulge;
            vec![
                line([inner, -half], [edge.max(inner), -half]),
                dome(edge.max(inner)),
                line([edge.max(inner), half], [inner, half]),
                Piece::Arc {
                    center: [inner, 0.0],
                    radii: [-bulge, half],
                    from: FRAC_PI_2,
                    to: -FRAC_PI_2,
                },
            ]
        }
        BandProfile::KnifeEdge => vec![
            line([r0, -half], [edge, -half]),
            line([edge, -half], [top, 0.0]),
            line([top, 0.0], [edge, half]),
            line([edge, half], [r0, half]),
            line([r0, half], [r0, -half]),
        ],
    }
}

/// Builds the band as a closed mesh. The ring lies in the XY plane around the +Z finger axis.
pub fn band(params: &BandParams) -> Mesh {
    let segments = params.segments.max(8) as usize;
    let mut mesh = Mesh::default();
    for piece in outline(params) {
        let samples = piece.samples(24);
        sweep(&samples, segments, &mut mesh);
    }
    mesh
}

/// Sweeps one outline piece around the axis, adding its vertices and triangles to `mesh`.
fn sweep(samples: &[Sample], segments: usize, mesh: &mut Mesh) {
    let base = mesh.positions.len() as u32;
    let columns = segments + 1; // the seam column repeats the first so normals stay per-vertex
    for j in 0..columns {
        let theta = TAU * (j % segments) as f64 / segments as f64 + PI / 2.0;
        let (sin, cos) = theta.sin_cos();
        for &([r, z], [nr, nz]) in samples {
            mesh.positions
                .push([(r * cos) as f32, (r * sin) as f32, z as f32]);
            mesh.normals
                .push([(nr * cos) as f32, (nr * sin) as f32, nz as f32]);
        }
    }
    let rows = samples.len() as u32;
    let at = |i: u32, j: u32| base + j * rows + i;
    for j in 0..segments as u32 {
        for i in 0..rows - 1 {
            let (a, b, c, d) = (at(i, j), at(i + 1, j), at(i + 1, j + 1), at(i, j + 1));
            mesh.indices.extend_from_slice(&[a, d, c, a, c, b]);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn params(profile: BandProfile) -> BandParams {
        BandParams {
            profile,
            inner_diameter_mm: 17.3,
            width_mm: 3.0,
            thickness_mm: 1.8,
            segments: 256,
        }
    }

    #[test]
    fn every_profile_is_closed_and_faces_outwards() {
        for profile in BandProfile::ALL {
            let mesh = band(&params(profile));
            assert!(mesh.is_watertight(), "{profile:?} has holes");
            assert!(mesh.normals_agree_with_faces(), "{profile:?} faces inwards");
            assert!(mesh.volume_mm3() > 0.0);
        }
    }

    #[test]
    fn flat_band_volume_matches_the_annulus() {
        let p = params(BandProfile::Flat);
        let (r0, r1) = (
            p.inner_diameter_mm / 2.0,
            p.inner_diameter_mm / 2.0 + p.thickness_mm,
        );
        let exact = PI * (r1 * r1 - r0 * r0) * p.width_mm;
        let mesh = band(&p).volume_mm3();
        assert!((mesh - exact).abs() / exact < 1e-3, "{mesh} vs {exact}");
    }

    #[test]
    fn d_shape_volume_matches_pappus() {
        let p = params(BandProfile::DShape);
        let (r0, w, t, e) = (
            p.inner_diameter_mm / 2.0,
            p.width_mm,
            p.thickness_mm,
            p.edge_thickness(),
        );
        // Pappus: volume = 2π Σ area · centroid radius, for the wall rectangle and the half-ellipse dome.
        let (rect_area, rect_r) = (e * w, r0 + e / 2.0);
        let dome_area = PI * (t - e) * (w / 2.0) / 2.0;
        let dome_r = r0 + e + 4.0 * (t - e) / (3.0 * PI);
        let exact = TAU * (rect_area * rect_r + dome_area * dome_r);
        let mesh = band(&p).volume_mm3();
        assert!((mesh - exact).abs() / exact < 2e-3, "{mesh} vs {exact}");
    }

    #[test]
    fn inner_diameter_is_what_a_sizer_measures() {
        for profile in BandProfile::ALL {
            let p = params(profile);
            let mesh = band(&p);
            let narrowest = mesh
                .positions
                .iter()
                .map(|v| f64::from(v[0]).hypot(f64::from(v[1])))
                .fold(f64::INFINITY, f64::min);
            assert!(
                (2.0 * narrowest - p.inner_diameter_mm).abs() < 0.01,
                "{profile:?}: {narrowest}"
            );
            let (min, max) = mesh.bounds();
            assert!((f64::from(max[2] - min[2]) - p.width_mm).abs() < 1e-4);
        }
    }
}
