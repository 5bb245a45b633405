//! The band (shank): a closed cross-section swept around the finger axis.
//!
//! The cross-section is drawn in the (r, z) half-plane, r the distance from the finger axis and z along
//! it, counter-clockwise, and revolved around the finger axis.

use super::revolve::{revolve, Frame, Piece};
use super::Mesh;
use crate::catalog::BandProfile;
use std::f64::consts::FRAC_PI_2;
#[cfg(test)]
use std::f64::consts::{PI, TAU};

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

    /// The inner surface's distance from the finger axis at `z` mm along it (0 is the band's middle),
    /// and how fast that distance grows with `z`: a comfort-fit inside curves away from the finger
    /// towards the edges, every other profile is a straight cylinder inside.
    pub fn inner_surface_at(&self, z: f64) -> (f64, f64) {
        let r0 = self.inner_radius();
        let half = self.width_mm / 2.0;
        if self.profile != BandProfile::Court || half <= 0.0 {
            return (r0, 0.0);
        }
        let bulge = self.court_inner_bulge();
        let t = (z / half).clamp(-0.999, 0.999);
        let root = (1.0 - t * t).sqrt();
        (r0 + bulge * (1.0 - root), bulge * t / (half * root))
    }
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

/// Builds the band as a closed mesh. The ring lies in the XY plane around the +Z finger axis, its
/// top (where a stone sits) at +Y.
pub fn band(params: &BandParams) -> Mesh {
    let frame = Frame {
        origin: [0.0; 3],
        axis: [0.0, 0.0, 1.0],
        start: [0.0, 1.0, 0.0],
    };
    let mut mesh = Mesh::default();
    revolve(
        &outline(params),
        &frame,
        params.segments.max(8) as usize,
        &mut mesh,
    );
    mesh
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
