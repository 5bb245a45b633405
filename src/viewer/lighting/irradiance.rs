//! The light a matte surface gets from the tent, for every way it can face: the tent's radiance
//! projected on the nine spherical harmonics of the first three bands, which hold all but a few
//! percent of it (Ramamoorthi and Hanrahan, "An Efficient Representation for Irradiance
//! Environment Maps", 2001). A millisecond on the CPU, where a convolution on the GPU needs a
//! program of its own to compile.

use super::super::light_tent::{face_direction, normalize, texel_centres};

/// A colour over the sphere, as nine spherical-harmonic coefficients.
pub struct Harmonics([[f32; 3]; 9]);

/// What a cosine-weighted gather over the hemisphere keeps of each band, divided by π: the
/// irradiance over π is what three-d's ambient light multiplies a matte albedo by.
const BAND_GAIN: [f32; 3] = [1.0, 2.0 / 3.0, 0.25];

/// The band of each of the nine basis functions.
const BAND: [usize; 9] = [0, 1, 1, 1, 2, 2, 2, 2, 2];

impl Harmonics {
    /// Projects a radiance over directions, sampled at the centres of `size`² texels on each
    /// cube-map face, each sample weighted by the solid angle its texel covers. The light a matte
    /// surface gets changes slowly, so a coarse grid does.
    pub fn project(radiance: impl Fn([f32; 3]) -> [f32; 3], size: u32) -> Self {
        let mut coefficients = [[0.0_f32; 3]; 9];
        let texel_area = (2.0 / size as f32).powi(2);
        for face in 0..6 {
            for (s, t) in texel_centres(size) {
                let r2 = 1.0 + s * s + t * t;
                let solid_angle = texel_area / (r2 * r2.sqrt());
                let direction = normalize(face_direction(face, s, t));
                let colour = radiance(direction);
                for (coefficient, y) in coefficients.iter_mut().zip(basis(direction)) {
                    for (c, channel) in coefficient.iter_mut().zip(colour) {
                        *c += channel * y * solid_angle;
                    }
                }
            }
        }
        Self(coefficients)
    }

    /// The irradiance over π on a surface facing `normal` (a unit vector).
    pub fn matte_light(&self, normal: [f32; 3]) -> [f32; 3] {
        let basis = basis(normal);
        let mut light = [0.0_f32; 3];
        for ((coefficient, y), band) in self.0.iter().zip(basis).zip(BAND) {
            for (l, c) in light.iter_mut().zip(coefficient) {
                *l += BAND_GAIN[band] * c * y;
            }
        }
        light.map(|l| l.max(0.0))
    }

    /// [`Harmonics::matte_light`] as cube-map faces in three-d's order, `size`² texels each.
    pub fn faces(&self, size: u32) -> [Vec<[f32; 4]>; 6] {
        std::array::from_fn(|face| {
            texel_centres(size)
                .map(|(s, t)| {
                    let [r, g, b] = self.matte_light(normalize(face_direction(face, s, t)));
                    [r, g, b, 1.0]
                })
                .collect()
        })
    }
}

/// The real spherical harmonics of bands 0 to 2 at a unit direction.
fn basis([x, y, z]: [f32; 3]) -> [f32; 9] {
    [
        0.282_095,
        0.488_603 * y,
        0.488_603 * z,
        0.488_603 * x,
        1.092_548 * x * y,
        1.092_548 * y * z,
        0.315_392 * (3.0 * z * z - 1.0),
        1.092_548 * x * z,
        0.546_274 * (x * x - y * y),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_even_white_room_lights_every_side_alike() {
        let sh = Harmonics::project(|_| [1.0; 3], 32);
        for normal in [[0.0, 1.0, 0.0], [1.0, 0.0, 0.0], [0.0, 0.0, -1.0]] {
            for channel in sh.matte_light(normal) {
                assert!((channel - 1.0).abs() < 0.01, "{channel}");
            }
        }
    }

    #[test]
    fn a_sky_above_lights_the_top_fully_the_side_half_and_the_bottom_hardly() {
        let sh = Harmonics::project(|[_, y, _]| [f32::from(y > 0.0); 3], 32);
        let [up, ..] = sh.matte_light([0.0, 1.0, 0.0]);
        let [side, ..] = sh.matte_light([1.0, 0.0, 0.0]);
        let [down, ..] = sh.matte_light([0.0, -1.0, 0.0]);
        assert!((up - 1.0).abs() < 0.1, "up {up}");
        assert!((side - 0.5).abs() < 0.03, "side {side}");
        assert!(down < 0.1, "down {down}");
    }

    #[test]
    fn faces_carry_the_light_of_their_directions() {
        let sh = Harmonics::project(|[_, y, _]| [f32::from(y > 0.0); 3], 16);
        let faces = sh.faces(4);
        assert!(faces.iter().all(|f| f.len() == 16));
        // The top face (+Y) is brighter than the bottom one (−Y).
        assert!(faces[2][5][0] > faces[3][5][0] + 0.5);
    }
}
