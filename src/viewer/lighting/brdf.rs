//! The split-sum table of image-based specular light (Karis, "Real Shading in Unreal Engine 4",
//! 2013): for each cosine between the surface's normal and the view, and each roughness, the
//! scale and bias a metal's colour gets before it multiplies the prefiltered environment. It
//! depends on neither the ring nor the tent, and is small: computed on the CPU, not by a GPU
//! program of its own.

use std::f32::consts::PI;

/// Rows (roughness) and columns (cosine of the view) of the table: smooth enough that linear
/// filtering between 32 entries is exact to the eye.
pub const SIZE: u32 = 32;

/// Importance samples per entry.
const SAMPLES: u32 = 64;

/// The table as an image, row by row from the top: three-d turns a texture's rows over on upload
/// (an image's first row is its top), so the first row is roughness 1 and the last roughness
/// `½ / SIZE`; column `i` is the cosine `(i + ½) / SIZE`. three-d's ambient light reads it at
/// (cosine, roughness).
pub fn table() -> Vec<[f32; 2]> {
    let at = |i: u32| (i as f32 + 0.5) / SIZE as f32;
    (0..SIZE)
        .rev()
        .flat_map(|row| (0..SIZE).map(move |col| integrate(at(col), at(row))))
        .collect()
}

/// The scale and bias for one cosine of the view and roughness: GGX microfacets sampled by their
/// distribution, with Smith's shadowing (Schlick's form, k = α / 2 for image light).
fn integrate(n_dot_v: f32, roughness: f32) -> [f32; 2] {
    let alpha = roughness * roughness;
    let k = alpha / 2.0;
    let view = [(1.0 - n_dot_v * n_dot_v).sqrt(), 0.0, n_dot_v];
    let (mut scale, mut bias) = (0.0, 0.0);
    for i in 0..SAMPLES {
        let (u, v) = hammersley(i, SAMPLES);
        let phi = 2.0 * PI * u;
        let cos_theta = ((1.0 - v) / (1.0 + (alpha * alpha - 1.0) * v)).sqrt();
        let sin_theta = (1.0 - cos_theta * cos_theta).sqrt();
        let half = [sin_theta * phi.cos(), sin_theta * phi.sin(), cos_theta];
        let v_dot_h = view[0] * half[0] + view[2] * half[2];
        let n_dot_l = 2.0 * v_dot_h * half[2] - view[2];
        if n_dot_l <= 0.0 {
            continue;
        }
        let shadowing = |c: f32| c / (c * (1.0 - k) + k);
        let visible =
            shadowing(n_dot_v) * shadowing(n_dot_l) * v_dot_h.max(0.0) / (half[2] * n_dot_v);
        let fresnel = (1.0 - v_dot_h.max(0.0)).powi(5);
        scale += (1.0 - fresnel) * visible;
        bias += fresnel * visible;
    }
    [scale / SAMPLES as f32, bias / SAMPLES as f32]
}

/// The `i`-th of `n` points of the Hammersley set on the unit square.
fn hammersley(i: u32, n: u32) -> (f32, f32) {
    (
        i as f32 / n as f32,
        i.reverse_bits() as f32 / (u64::from(u32::MAX) + 1) as f32,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_smooth_metal_seen_head_on_reflects_all_of_its_colour() {
        let [scale, bias] = integrate(0.99, 0.02);
        assert!((scale - 1.0).abs() < 0.05, "scale {scale}");
        assert!(bias < 0.02, "bias {bias}");
    }

    #[test]
    fn grazing_views_turn_towards_white() {
        let [_, head_on] = integrate(0.95, 0.3);
        let [_, grazing] = integrate(0.1, 0.3);
        assert!(grazing > head_on + 0.05, "{grazing} vs {head_on}");
    }

    #[test]
    fn rough_metal_loses_light_to_shadowing() {
        let [s, b] = integrate(0.5, 0.95);
        let [s0, b0] = integrate(0.5, 0.05);
        assert!(s + b < s0 + b0, "{} vs {}", s + b, s0 + b0);
    }

    #[test]
    fn the_table_is_full_and_in_range_with_roughness_rising_towards_the_top() {
        let table = table();
        assert_eq!(table.len(), (SIZE * SIZE) as usize);
        let last = (SIZE - 1) as usize;
        // Head on: the smoothest row (last) keeps nearly all light, the roughest (first) less.
        let head_on = |row: usize| table[row * SIZE as usize + last];
        assert!(head_on(last)[0] + head_on(last)[1] > 0.95);
        assert!(head_on(0)[0] + head_on(0)[1] < head_on(last)[0] + head_on(last)[1]);
        assert!(table
            .iter()
            .flatten()
            .all(|v| v.is_finite() && (0.0..=1.05).contains(v)));
    }
}
