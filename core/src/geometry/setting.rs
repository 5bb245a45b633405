//! Settings: the metal that holds a stone — prongs, the basket rail below them, a bezel — and the
//! positions of small accent stones in a halo or along pavé shoulders.
//!
//! Everything is built in the stone's own frame: the table faces +Y, the girdle is centred on y = 0,
//! and the band's top surface lies at `band_top_y` below it. Prongs are placed so that their surface
//! touches the girdle exactly (the seat a setter cuts), lean over the crown at the top to hold the
//! stone, and reach down into the band so that nothing floats.

use super::mesh::{cross, dot, length, normalize, sub, within};
use super::revolve::{mitred_normals, revolve, sweep_loop, Frame, Piece};
use super::Mesh;
use std::f64::consts::{FRAC_PI_2, PI, TAU};

/// The stone as a setting sees it, in the stone's frame (millimetres).
#[derive(Debug, Clone, PartialEq)]
pub struct StoneSeat {
    /// The girdle outline seen from above, counter-clockwise, as (x, z) points; z runs along the finger.
    pub outline: Vec<[f64; 2]>,
    /// Half the girdle's thickness: the girdle spans y ∈ [−h, h].
    pub girdle_half_height: f64,
    /// From the top of the girdle up to the table.
    pub crown_height: f64,
    /// From the bottom of the girdle down to the culet.
    pub pavilion_depth: f64,
}

impl StoneSeat {
    /// An elliptical girdle (round or oval stone), `length` along the finger (z), `width` across it (x).
    pub fn ellipse(
        width: f64,
        length: f64,
        girdle_half_height: f64,
        crown_height: f64,
        pavilion_depth: f64,
    ) -> Self {
        let outline = (0..96)
            .map(|k| {
                let a = TAU * k as f64 / 96.0;
                [width / 2.0 * a.cos(), -length / 2.0 * a.sin()]
            })
            .collect();
        Self {
            outline,
            girdle_half_height,
            crown_height,
            pavilion_depth,
        }
    }

    /// The girdle point in the horizontal direction `angle` (0 = +x, counter-clockwise seen from above),
    /// and the outline's outward normal there.
    pub fn girdle_towards(&self, angle: f64) -> ([f64; 2], [f64; 2]) {
        let dir = [angle.cos(), -angle.sin()];
        let n = self.outline.len();
        let mut best = ([0.0, 0.0], [dir[0], dir[1]], 0.0_f64);
        for k in 0..n {
            let (a, b) = (self.outline[k], self.outline[(k + 1) % n]);
            // Ray from the centre along `dir` against edge a→b.
            let e = [b[0] - a[0], b[1] - a[1]];
            let denom = dir[0] * e[1] - dir[1] * e[0];
            if denom.abs() < 1e-12 {
                continue;
            }
            let t = (a[0] * e[1] - a[1] * e[0]) / denom;
            let s = (a[0] * dir[1] - a[1] * dir[0]) / denom;
            if t > best.2 && (-1e-9..=1.0 + 1e-9).contains(&s) {
                let len = e[0].hypot(e[1]);
                best = ([dir[0] * t, dir[1] * t], [-e[1] / len, e[0] / len], t);
            }
        }
        (best.0, best.1)
    }

    /// The culet's height (the pavilion's lowest point).
    pub fn culet_y(&self) -> f64 {
        -(self.girdle_half_height + self.pavilion_depth)
    }

    /// The stone's width across the finger.
    pub fn width(&self) -> f64 {
        extent(self.outline.iter().map(|p| p[0]))
    }

    /// The stone's length along the finger.
    pub fn length(&self) -> f64 {
        extent(self.outline.iter().map(|p| p[1]))
    }
}

fn extent(values: impl Iterator<Item = f64> + Clone) -> f64 {
    values.clone().fold(f64::MIN, f64::max) - values.fold(f64::MAX, f64::min)
}

/// The prongs' geometry, and where each touches the girdle (for tests and for the setter's notes).
#[derive(Debug, Clone, Default)]
pub struct Prongs {
    pub mesh: Mesh,
    /// For each prong: the girdle point it holds, and the distance from that point to the prong's
    /// surface (0 when the prong sits exactly on the girdle).
    pub contacts: Vec<([f64; 3], f64)>,
    /// Each prong's main wire as (foot, knee): the foot buried in the band, the knee above the girdle.
    pub axes: Vec<([f64; 3], [f64; 3])>,
}

/// How far the prongs' feet may spread on the band's top: they land within the band's width.
#[derive(Debug, Clone, Copy)]
pub struct Footing {
    /// The band's top surface height in the stone's frame (below the culet).
    pub band_top_y: f64,
    /// Half the band's width along the finger (z).
    pub half_width: f64,
    /// The band's outer radius, so feet follow its curve across (x).
    pub outer_radius: f64,
}

impl Footing {
    /// The band's top surface height at a horizontal offset `x` across the finger.
    fn surface_y(&self, x: f64) -> f64 {
        let r = self.outer_radius;
        self.band_top_y - (r - (r * r - x.min(r) * x.min(r)).sqrt())
    }
}

/// Prong diameter for a stone `width` mm across: sturdy enough for daily wear, never clumsy.
pub fn prong_diameter(width: f64) -> f64 {
    (0.12 * width + 0.25).clamp(0.7, 1.6)
}

/// Builds `count` prongs around the stone, starting at `first_angle` (radians, seen from above).
pub fn prongs(seat: &StoneSeat, count: usize, first_angle: f64, footing: &Footing) -> Prongs {
    let radius = prong_diameter(seat.width()) / 2.0;
    let mut result = Prongs::default();
    for k in 0..count {
        let angle = first_angle + TAU * k as f64 / count as f64;
        let (girdle, normal) = seat.girdle_towards(angle);
        // The foot: pulled in under the stone, onto the band's top within its width.
        let foot_xz = [
            (girdle[0] * 0.45).clamp(-2.6, 2.6),
            within(
                girdle[1] * 0.45,
                -(footing.half_width - radius * 0.6),
                footing.half_width - radius * 0.6,
            ),
        ];
        let foot = [foot_xz[0], footing.surface_y(foot_xz[0]) - 0.35, foot_xz[1]];
        // The axis passes beside the girdle point at exactly one radius, measured square to the axis.
        let up = [girdle[0] - foot[0], -foot[1], girdle[1] - foot[2]];
        let tilt_cos = {
            let d = normalize(up);
            let horizontal = d[0] * normal[0] + d[2] * normal[1];
            (1.0 - horizontal * horizontal).sqrt().max(0.3)
        };
        let offset = radius / tilt_cos;
        let at_girdle = [
            girdle[0] + normal[0] * offset,
            0.0,
            girdle[1] + normal[1] * offset,
        ];
        let axis = normalize([
            at_girdle[0] - foot[0],
            at_girdle[1] - foot[1],
            at_girdle[2] - foot[2],
        ]);
        // Up past the girdle, then a claw tip leaning in over the crown.
        let rise = seat.girdle_half_height + 0.2 * seat.crown_height;
        let knee = [
            at_girdle[0] + axis[0] * rise / axis[1].max(0.2),
            rise,
            at_girdle[2] + axis[2] * rise / axis[1].max(0.2),
        ];
        let tip_reach = radius * 1.2;
        let tip = [
            knee[0] - normal[0] * tip_reach,
            seat.girdle_half_height + 0.5 * seat.crown_height,
            knee[2] - normal[1] * tip_reach,
        ];
        capsule(foot, knee, radius, radius, &mut result.mesh);
        capsule(knee, tip, radius, radius * 0.8, &mut result.mesh);
        let gap = distance_to_segment([girdle[0], 0.0, girdle[1]], foot, knee) - radius;
        result.contacts.push(([girdle[0], 0.0, girdle[1]], gap));
        result.axes.push((foot, knee));
    }
    result
}

/// A rail joining the prongs under the girdle: the basket that makes four wires one head.
pub fn basket_rail(seat: &StoneSeat, prongs: &Prongs, prong_radius: f64) -> Mesh {
    let y = -(seat.girdle_half_height + 0.45 * seat.pavilion_depth);
    let Some((&(girdle, _), &foot)) = prongs
        .contacts
        .first()
        .zip(prongs.axes.first().map(|(foot, _)| foot))
    else {
        return Mesh::default();
    };
    // Where the first prong's axis crosses the rail's height, relative to the girdle there.
    let t = (y - foot[1]) / (0.0 - foot[1]);
    let crossing = [
        foot[0] + (girdle[0] - foot[0]) * t,
        foot[2] + (girdle[2] - foot[2]) * t,
    ];
    let scale = crossing[0].hypot(crossing[1]) / girdle[0].hypot(girdle[2]).max(1e-6);
    let outline: Vec<[f64; 2]> = seat
        .outline
        .iter()
        .map(|p| [p[0] * scale, p[1] * scale])
        .collect();
    let r = prong_radius * 0.6;
    let mut mesh = Mesh::default();
    sweep_loop(
        &outline,
        &[Piece::Arc {
            center: [0.0, y],
            radii: [r, r],
            from: -PI,
            to: PI,
        }],
        &mut mesh,
    );
    mesh
}

/// A bezel: a metal collar hugging the girdle, with a rounded lip over the crown's edge, that
/// narrows below the girdle like a cup (following the pavilion at a safe distance) down into the band.
pub fn bezel(seat: &StoneSeat, footing: &Footing) -> Mesh {
    let wall = (0.08 * seat.width() + 0.25).clamp(0.5, 1.0);
    let top = seat.girdle_half_height + 0.25 * seat.crown_height;
    let collar = -seat.girdle_half_height - 0.25;
    let bottom = footing.band_top_y - 0.3;
    // Inward at the bottom, but never as steep as a pavilion (~41°) and never past the middle.
    let taper = (0.6 * (collar - bottom).max(0.0)).min(0.3 * seat.width().min(seat.length()));
    let mut mesh = Mesh::default();
    sweep_loop(
        &seat.outline,
        &[
            Piece::Line {
                from: [-taper, bottom],
                to: [wall - taper, bottom],
            },
            Piece::Line {
                from: [wall - taper, bottom],
                to: [wall, collar],
            },
            Piece::Line {
                from: [wall, collar],
                to: [wall, top],
            },
            Piece::Arc {
                center: [wall / 2.0, top],
                radii: [wall / 2.0, wall * 0.45],
                from: 0.0,
                to: PI,
            },
            Piece::Line {
                from: [0.0, top],
                to: [0.0, collar],
            },
            Piece::Line {
                from: [0.0, collar],
                to: [-taper, bottom],
            },
        ],
        &mut mesh,
    );
    mesh
}

/// Where one small accent stone sits: its girdle centre, the direction its table faces, its diameter.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AccentStone {
    pub centre: [f64; 3],
    pub up: [f64; 3],
    pub diameter: f64,
}

/// A halo: a ring of small round stones around the centre stone, on a metal frame.
pub fn halo(seat: &StoneSeat) -> (Mesh, Vec<AccentStone>) {
    let diameter = (0.16 * seat.width()).clamp(0.9, 1.5);
    let gap = 0.15;
    let y = -seat.girdle_half_height - 0.25;
    let ring_offset = gap + diameter / 2.0 + 0.1;
    let path = offset_outline(&seat.outline, ring_offset);
    let stones = spaced_along(&path, diameter + 0.12)
        .into_iter()
        .map(|[x, z]| AccentStone {
            centre: [x, y, z],
            up: [0.0, 1.0, 0.0],
            diameter,
        })
        .collect();
    let depth = 0.45 * diameter;
    let mut frame = Mesh::default();
    sweep_loop(
        &seat.outline,
        &[
            Piece::Line {
                from: [gap, y - depth - 0.35],
                to: [gap + diameter + 0.35, y - depth - 0.35],
            },
            Piece::Line {
                from: [gap + diameter + 0.35, y - depth - 0.35],
                to: [gap + diameter + 0.35, y + 0.08],
            },
            Piece::Line {
                from: [gap + diameter + 0.35, y + 0.08],
                to: [gap, y + 0.08],
            },
            Piece::Line {
                from: [gap, y + 0.08],
                to: [gap, y - depth - 0.35],
            },
        ],
        &mut frame,
    );
    (frame, stones)
}

/// Pavé shoulders: small stones set into the top of the band on both sides of the head, in ring
/// coordinates (finger axis +Z, top +Y). `clear_angle` keeps the head's space free.
pub fn pave_shoulders(
    inner_radius: f64,
    thickness: f64,
    width: f64,
    clear_angle: f64,
    span_angle: f64,
) -> Vec<AccentStone> {
    let diameter = (0.6 * width).clamp(0.8, 1.6);
    let radius = inner_radius + thickness - 0.1;
    let step = (diameter + 0.1) / radius;
    let count = ((span_angle / step).floor() as usize).max(1);
    (0..count)
        .flat_map(|k| {
            let a = clear_angle + step * (k as f64 + 0.5);
            [a, -a]
        })
        .map(|a| {
            let up = [-(a.sin()), a.cos(), 0.0];
            AccentStone {
                centre: [up[0] * radius, up[1] * radius, 0.0],
                up,
                diameter,
            }
        })
        .collect()
}

/// A closed, convex-ish outline pushed outwards by `distance`.
fn offset_outline(outline: &[[f64; 2]], distance: f64) -> Vec<[f64; 2]> {
    outline
        .iter()
        .zip(mitred_normals(outline))
        .map(|(q, (unit, miter))| {
            [
                q[0] + unit[0] * distance * miter,
                q[1] + unit[1] * distance * miter,
            ]
        })
        .collect()
}

/// Evenly spaced points along a closed path, as many as fit at `spacing` apart.
fn spaced_along(path: &[[f64; 2]], spacing: f64) -> Vec<[f64; 2]> {
    let n = path.len();
    let lengths: Vec<f64> = (0..n)
        .map(|k| {
            let (a, b) = (path[k], path[(k + 1) % n]);
            (b[0] - a[0]).hypot(b[1] - a[1])
        })
        .collect();
    let total: f64 = lengths.iter().sum();
    let count = (total / spacing).floor() as usize;
    if count == 0 {
        return Vec::new();
    }
    let step = total / count as f64;
    let mut points = Vec::with_capacity(count);
    let (mut edge, mut walked) = (0, 0.0);
    for i in 0..count {
        let target = i as f64 * step;
        while edge < n - 1 && walked + lengths[edge] < target {
            walked += lengths[edge];
            edge += 1;
        }
        let t = ((target - walked) / lengths[edge].max(1e-12)).clamp(0.0, 1.0);
        let (a, b) = (path[edge], path[(edge + 1) % n]);
        points.push([a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t]);
    }
    points
}

/// A rod with rounded ends from `a` (radius `ra`) to `b` (radius `rb`): a closed surface of revolution.
pub(crate) fn capsule(a: [f64; 3], b: [f64; 3], ra: f64, rb: f64, mesh: &mut Mesh) {
    let d = [b[0] - a[0], b[1] - a[1], b[2] - a[2]];
    let length = (d[0] * d[0] + d[1] * d[1] + d[2] * d[2]).sqrt();
    if length < 1e-9 {
        return;
    }
    let axis = d.map(|c| c / length);
    let helper = if axis[1].abs() < 0.9 {
        [0.0, 1.0, 0.0]
    } else {
        [1.0, 0.0, 0.0]
    };
    let start = normalize(cross(helper, axis));
    let frame = Frame {
        origin: a,
        axis,
        start,
    };
    let pieces = [
        Piece::Arc {
            center: [0.0, 0.0],
            radii: [ra, ra],
            from: -FRAC_PI_2,
            to: 0.0,
        },
        Piece::Line {
            from: [ra, 0.0],
            to: [rb, length],
        },
        Piece::Arc {
            center: [0.0, length],
            radii: [rb, rb],
            from: 0.0,
            to: FRAC_PI_2,
        },
    ];
    revolve(&pieces, &frame, 20, mesh);
}

fn distance_to_segment(p: [f64; 3], a: [f64; 3], b: [f64; 3]) -> f64 {
    let (ab, ap) = (sub(b, a), sub(p, a));
    let t = (dot(ap, ab) / dot(ab, ab).max(1e-12)).clamp(0.0, 1.0);
    length(sub(ap, ab.map(|c| c * t)))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A 1 ct round brilliant: 6.45 mm across, 3 % girdle, 15 % crown, 43 % pavilion.
    fn one_carat_round() -> StoneSeat {
        StoneSeat::ellipse(6.45, 6.45, 0.1, 0.97, 2.77)
    }

    fn footing(seat: &StoneSeat) -> Footing {
        Footing {
            band_top_y: seat.culet_y() - 0.3,
            half_width: 1.0,
            outer_radius: 9.85,
        }
    }

    #[test]
    fn a_capsule_is_closed_and_has_the_right_volume() {
        let mut mesh = Mesh::default();
        capsule([0.0, 0.0, 0.0], [0.0, 0.0, 4.0], 0.5, 0.5, &mut mesh);
        assert!(mesh.is_watertight());
        assert!(mesh.normals_agree_with_faces());
        let exact = PI * 0.25 * 4.0 + 4.0 / 3.0 * PI * 0.125;
        assert!(
            (mesh.volume_mm3() - exact).abs() / exact < 0.02,
            "{}",
            mesh.volume_mm3()
        );
    }

    #[test]
    fn four_and_six_prongs_touch_the_girdle() {
        let seat = one_carat_round();
        for count in [4, 6] {
            let prongs = prongs(&seat, count, PI / 4.0, &footing(&seat));
            assert_eq!(prongs.contacts.len(), count);
            for (point, gap) in &prongs.contacts {
                assert!(
                    gap.abs() < 0.05,
                    "{count} prongs: gap {gap} mm at {point:?}"
                );
            }
            assert!(prongs.mesh.normals_agree_with_faces());
        }
    }

    #[test]
    fn prong_feet_are_buried_in_the_band() {
        let seat = one_carat_round();
        let footing = footing(&seat);
        let prongs = prongs(&seat, 4, PI / 4.0, &footing);
        for (foot, _) in &prongs.axes {
            assert!(
                foot[2].abs() < footing.half_width,
                "foot beside the band: {foot:?}"
            );
            assert!(
                foot[1] < footing.surface_y(foot[0]),
                "foot above the band: {foot:?}"
            );
        }
    }

    #[test]
    fn prong_tips_lean_over_the_crown() {
        let seat = one_carat_round();
        let prongs = prongs(&seat, 4, PI / 4.0, &footing(&seat));
        let highest = prongs
            .mesh
            .positions
            .iter()
            .map(|p| p[1])
            .fold(f32::MIN, f32::max);
        assert!(f64::from(highest) > seat.girdle_half_height + 0.3 * seat.crown_height);
        assert!(
            f64::from(highest) < seat.girdle_half_height + seat.crown_height,
            "tips stay below the table"
        );
    }

    #[test]
    fn the_basket_rail_is_closed_and_meets_the_prongs() {
        let seat = one_carat_round();
        let prongs = prongs(&seat, 4, PI / 4.0, &footing(&seat));
        let rail = basket_rail(&seat, &prongs, 0.5);
        assert!(rail.is_watertight());
        assert!(rail.normals_agree_with_faces());
        // Every prong's wire passes through the rail.
        for &(foot, knee) in &prongs.axes {
            let nearest = rail
                .positions
                .iter()
                .map(|p| distance_to_segment(p.map(f64::from), foot, knee))
                .fold(f64::MAX, f64::min);
            assert!(
                nearest < 0.5 + 2.0 * 0.3,
                "rail misses a prong by {nearest} mm"
            );
        }
    }

    #[test]
    fn a_bezel_wraps_the_girdle() {
        let seat = one_carat_round();
        let mesh = bezel(&seat, &footing(&seat));
        assert!(mesh.is_watertight());
        assert!(mesh.normals_agree_with_faces());
        // At the girdle the collar's inner wall touches the stone all the way round...
        let at_girdle = mesh
            .positions
            .iter()
            .filter(|p| f64::from(p[1]).abs() <= seat.girdle_half_height + 0.26)
            .map(|p| f64::from(p[0]).hypot(f64::from(p[2])))
            .fold(f64::MAX, f64::min);
        assert!(
            (at_girdle - 6.45 / 2.0).abs() < 0.01,
            "inner wall {at_girdle}"
        );
        // ...and below it the cup narrows towards the band.
        let lowest = mesh
            .positions
            .iter()
            .filter(|p| f64::from(p[1]) < footing(&seat).band_top_y)
            .map(|p| f64::from(p[0]).hypot(f64::from(p[2])))
            .fold(f64::MAX, f64::min);
        assert!(lowest < at_girdle - 0.5, "the cup narrows: {lowest}");
        assert!(mesh.volume_mm3() > 0.0);
    }

    #[test]
    fn a_halo_surrounds_the_stone_without_overlaps() {
        let seat = one_carat_round();
        let (frame, stones) = halo(&seat);
        assert!(frame.is_watertight());
        assert!(frame.normals_agree_with_faces());
        assert!(stones.len() >= 14, "{} halo stones", stones.len());
        for (i, a) in stones.iter().enumerate() {
            let r = a.centre[0].hypot(a.centre[2]);
            assert!(
                r - a.diameter / 2.0 > 6.45 / 2.0,
                "halo stone inside the centre stone"
            );
            let b = &stones[(i + 1) % stones.len()];
            let gap = (a.centre[0] - b.centre[0]).hypot(a.centre[2] - b.centre[2]) - a.diameter;
            assert!(gap > 0.0, "neighbours overlap by {}", -gap);
        }
    }

    #[test]
    fn pave_stones_sit_on_the_band_and_leave_the_head_clear() {
        let stones = pave_shoulders(8.25, 1.8, 2.2, 0.35, 0.9);
        assert!(stones.len() >= 8);
        for s in &stones {
            let r = s.centre[0].hypot(s.centre[1]);
            assert!((r - (8.25 + 1.8 - 0.1)).abs() < 1e-9);
            let angle = s.centre[0].atan2(s.centre[1]).abs();
            assert!(angle > 0.35, "a pavé stone in the head's space");
            assert!(s.diameter < 2.2);
        }
    }
}
