//! A soft contact shadow under the ring, as on a photographer's table.
//!
//! The ring's metal is splatted onto a small grid on the floor plane, each vertex weighted by how close
//! it is to the floor, then blurred: the darkest spot is where the band touches the table, fading out
//! as the metal rises. Computed once per shape on the CPU (a few hundred microseconds), drawn as one
//! textured quad that is seen only from above.

use atelier_core::geometry::Mesh;

/// Texels along each side of the shadow texture.
pub const TEXELS: usize = 64;

/// A contact shadow: the floor's height, half the square's side in millimetres, and alpha texels
/// row by row over x and z.
pub type ContactShadow = (f32, f32, Vec<u8>);

/// The shadow of `mesh` on the floor at its lowest point.
pub fn contact_shadow(mesh: &Mesh) -> ContactShadow {
    let (min, max) = mesh.bounds();
    if !min[1].is_finite() {
        return (0.0, 1.0, vec![0; TEXELS * TEXELS]);
    }
    let floor = min[1];
    let half = 0.75 * (max[0] - min[0]).max(max[2] - min[2]).max(1.0);
    let mut weight = vec![0.0_f32; TEXELS * TEXELS];
    for p in &mesh.positions {
        let height = p[1] - floor;
        // A tight core where metal meets the table, and a faint, wide occlusion from the rest.
        let w = (-height / 0.8).exp() + 0.04 * (-height / 6.0).exp();
        let cell = |v: f32| (((v / half + 1.0) / 2.0) * TEXELS as f32) as isize;
        let (i, j) = (cell(p[0]), cell(p[2]));
        if (0..TEXELS as isize).contains(&i) && (0..TEXELS as isize).contains(&j) {
            weight[j as usize * TEXELS + i as usize] += w;
        }
    }
    for _ in 0..3 {
        weight = box_blur(&weight, 2);
    }
    let peak = weight
        .iter()
        .cloned()
        .fold(0.0_f32, f32::max)
        .max(f32::MIN_POSITIVE);
    let alpha = weight
        .iter()
        .map(|w| (170.0 * (w / peak).sqrt()).round() as u8)
        .collect();
    (floor - 0.02, half, alpha)
}

/// One pass of a separable box blur with the given radius, clamped at the edges.
fn box_blur(values: &[f32], radius: isize) -> Vec<f32> {
    let n = TEXELS as isize;
    let at =
        |v: &[f32], x: isize, y: isize| v[(y.clamp(0, n - 1) * n + x.clamp(0, n - 1)) as usize];
    let span = (2 * radius + 1) as f32;
    let horizontal: Vec<f32> = (0..n * n)
        .map(|k| {
            (-radius..=radius)
                .map(|d| at(values, k % n + d, k / n))
                .sum::<f32>()
                / span
        })
        .collect();
    (0..n * n)
        .map(|k| {
            (-radius..=radius)
                .map(|d| at(&horizontal, k % n, k / n + d))
                .sum::<f32>()
                / span
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use atelier_core::geometry::{band, BandParams};

    #[test]
    fn darkest_where_the_band_touches_the_table() {
        let ring = band(&BandParams::court(17.0));
        let (floor, half, alpha) = contact_shadow(&ring);
        assert!((floor - ring.bounds().0[1]).abs() < 0.05);
        assert!(half > 8.0);
        // The band stands in the XY plane, touching the floor under its centre (x = 0, z = 0).
        let texel = |x: f32, z: f32| {
            let cell = |v: f32| (((v / half + 1.0) / 2.0) * TEXELS as f32) as usize;
            alpha[cell(z) * TEXELS + cell(x)]
        };
        let contact = texel(0.0, 0.0);
        assert!(contact > 130, "contact {contact}");
        assert!(
            texel(0.8 * half, 0.0) < contact / 3,
            "fades out along the table"
        );
        assert!(
            texel(0.0, 0.8 * half) < contact / 3,
            "fades out across the finger axis"
        );
    }

    #[test]
    fn an_empty_mesh_casts_no_shadow() {
        let (_, _, alpha) = contact_shadow(&Mesh::default());
        assert!(alpha.iter().all(|&a| a == 0));
    }
}
