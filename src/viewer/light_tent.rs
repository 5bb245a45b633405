//! The ring's light tent, generated in code: a photographer's white tent, softboxes and flags.
//!
//! Polished metal shows nothing but its surroundings, so the environment *is* the look. Jewellery
//! photographers shoot in a bright tent with big diffused softboxes and place black cards ("flags")
//! between them; the flags give the crisp dark reflections that read as "polished" rather than
//! "grey plastic", the tent keeps gold bright. The
//! studio is described as a radiance function of direction and baked into the six faces of a cube
//! map, so nothing is downloaded.

/// A rectangular panel on the sphere of directions, placed by azimuth and elevation (radians).
/// Softboxes add light; flags (black cards) take it away, which gives polished metal its contrast.
struct Panel {
    /// Horizontal angle around the +Y axis, 0 towards +Z (the side the camera starts on).
    azimuth: f32,
    elevation: f32,
    half_width: f32,
    half_height: f32,
    kind: PanelKind,
}

enum PanelKind {
    /// A diffused light of this radiance (linear RGB).
    Softbox([f32; 3]),
    /// A black card that leaves only this fraction of the room's light.
    Flag(f32),
}

const fn panel(az_deg: f32, el_deg: f32, w_deg: f32, h_deg: f32, kind: PanelKind) -> Panel {
    const RAD: f32 = std::f32::consts::PI / 180.0;
    Panel {
        azimuth: az_deg * RAD,
        elevation: el_deg * RAD,
        half_width: w_deg * RAD / 2.0,
        half_height: h_deg * RAD / 2.0,
        kind,
    }
}

use PanelKind::{Flag, Softbox};

/// The set: a white light tent with a large overhead box, two tall strips at the sides, and black
/// flags between them. Slightly warm key, slightly cool fill, as with real mixed diffusers.
const PANELS: [Panel; 8] = [
    panel(-120.0, 10.0, 40.0, 70.0, Flag(0.03)),
    panel(125.0, 15.0, 35.0, 60.0, Flag(0.03)),
    panel(20.0, -5.0, 60.0, 14.0, Flag(0.05)),
    panel(180.0, 40.0, 50.0, 25.0, Flag(0.04)),
    panel(0.0, 78.0, 90.0, 24.0, Softbox([6.0, 5.9, 5.6])),
    panel(-70.0, 25.0, 24.0, 55.0, Softbox([5.0, 4.9, 4.6])),
    panel(75.0, 20.0, 20.0, 50.0, Softbox([3.8, 3.9, 4.1])),
    panel(170.0, 5.0, 40.0, 12.0, Softbox([2.5, 2.5, 2.5])),
];

/// Radiance arriving from `direction` (any length, Y up), in linear RGB.
pub fn radiance(direction: [f32; 3]) -> [f32; 3] {
    let [x, y, z] = normalize(direction);
    let elevation = y.clamp(-1.0, 1.0).asin();
    let azimuth = x.atan2(z);
    // The tent: a white table below, walls fading up to a bright ceiling.
    let room = if y < 0.0 {
        lerp3(
            [0.50, 0.48, 0.45],
            [0.28, 0.27, 0.25],
            smoothstep(0.0, -0.6, y),
        )
    } else {
        lerp3(
            [0.50, 0.48, 0.45],
            [0.85, 0.85, 0.86],
            smoothstep(0.0, 0.8, y),
        )
    };
    PANELS.iter().fold(room, |acc, p| {
        let da = wrap_angle(azimuth - p.azimuth) * elevation.cos().max(0.2);
        let de = elevation - p.elevation;
        let coverage = edge(da.abs(), p.half_width) * edge(de.abs(), p.half_height);
        match p.kind {
            // Diffusers are brightest in the middle and fall off over a thin rim.
            Softbox(light) => {
                let centre = 1.0
                    - 0.25 * ((da / p.half_width).powi(2) + (de / p.half_height).powi(2)).min(1.0);
                let k = coverage * centre;
                [
                    acc[0] + light[0] * k,
                    acc[1] + light[1] * k,
                    acc[2] + light[2] * k,
                ]
            }
            Flag(keep) => acc.map(|c| c * (1.0 - coverage * (1.0 - keep))),
        }
    })
}

/// One of the cube map's faces, in three-d's order (+X, −X, +Y, −Y, +Z, −Z): `size`² RGBA texels,
/// row by row.
pub fn cube_face(face: usize, size: u32) -> Vec<[f32; 4]> {
    texel_centres(size)
        .map(|(s, t)| {
            let [r, g, b] = radiance(face_direction(face, s, t));
            [r, g, b, 1.0]
        })
        .collect()
}

/// The centres of a `size`² face's texels, row by row, as (s, t) in −1..1.
pub fn texel_centres(size: u32) -> impl Iterator<Item = (f32, f32)> {
    let at = move |i: u32| 2.0 * (i as f32 + 0.5) / size as f32 - 1.0;
    (0..size).flat_map(move |row| (0..size).map(move |col| (at(col), at(row))))
}

/// The direction through (s, t) (each in −1..1) on a cube-map face in three-d's order: the OpenGL
/// convention, which WebGL2 follows. Not normalised.
pub fn face_direction(face: usize, s: f32, t: f32) -> [f32; 3] {
    match face {
        0 => [1.0, -t, -s],
        1 => [-1.0, -t, s],
        2 => [s, 1.0, t],
        3 => [s, -1.0, -t],
        4 => [s, -t, 1.0],
        _ => [-s, -t, -1.0],
    }
}

pub fn normalize([x, y, z]: [f32; 3]) -> [f32; 3] {
    let len = (x * x + y * y + z * z).sqrt().max(f32::MIN_POSITIVE);
    [x / len, y / len, z / len]
}

fn wrap_angle(a: f32) -> f32 {
    use std::f32::consts::{PI, TAU};
    (a + PI).rem_euclid(TAU) - PI
}

/// 1 well inside `half`, 0 outside, with a thin smooth rim.
fn edge(distance: f32, half: f32) -> f32 {
    1.0 - smoothstep(half * 0.85, half, distance)
}

fn smoothstep(lo: f32, hi: f32, x: f32) -> f32 {
    let t = ((x - lo) / (hi - lo)).clamp(0.0, 1.0);
    t * t * (3.0 - 2.0 * t)
}

fn lerp3(a: [f32; 3], b: [f32; 3], t: f32) -> [f32; 3] {
    [
        a[0] + (b[0] - a[0]) * t,
        a[1] + (b[1] - a[1]) * t,
        a[2] + (b[2] - a[2]) * t,
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn luminance(c: [f32; 3]) -> f32 {
        0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]
    }

    #[test]
    fn overhead_softbox_outshines_the_table() {
        let above = luminance(radiance([0.0, 1.0, 0.25]));
        let table = luminance(radiance([0.0, -1.0, 0.0]));
        assert!(above > 4.0, "overhead softbox {above}");
        assert!(table < 0.4, "table {table}");
    }

    #[test]
    fn there_are_dark_gaps_between_the_boxes() {
        // Contrast is what makes metal read as polished: sample a horizontal ring of directions.
        let samples: Vec<f32> = (0..360)
            .map(|deg| {
                let a = (deg as f32).to_radians();
                luminance(radiance([a.sin(), 0.3, a.cos()]))
            })
            .collect();
        let darkest = samples.iter().cloned().fold(f32::INFINITY, f32::min);
        let brightest = samples.iter().cloned().fold(0.0, f32::max);
        assert!(brightest / darkest > 50.0, "{brightest} / {darkest}");
    }

    #[test]
    fn faces_have_the_requested_size_and_finite_values() {
        let faces: Vec<_> = (0..6).map(|face| cube_face(face, 8)).collect();
        for face in &faces {
            assert_eq!(face.len(), 64);
            assert!(face.iter().flatten().all(|v| v.is_finite() && *v >= 0.0));
        }
        // The +Y face looks at the ceiling softbox; the −Y face at the floor.
        let mean = |f: &Vec<[f32; 4]>| {
            f.iter().map(|t| luminance([t[0], t[1], t[2]])).sum::<f32>() / f.len() as f32
        };
        assert!(mean(&faces[2]) > 5.0 * mean(&faces[3]));
    }
}
