//! Surfaces of revolution and swept loops: the two primitives every band, prong and bezel is made of.
//!
//! A cross-section is drawn counter-clockwise in a half-plane as a chain of pieces (lines and
//! elliptic arcs) with exact normals. Pieces meet either tangentially (a smooth dome) or at a crisp
//! edge; every piece gets its own vertices, which keeps both cases right without special-casing.

use super::mesh::{cross, normalize};
use super::Mesh;
use std::f64::consts::TAU;

/// One piece of a cross-section outline in a (radial, axial) half-plane.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Piece {
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

/// A sampled outline point: the position and the outward unit normal, both in the half-plane.
pub(crate) type Sample = ([f64; 2], [f64; 2]);

impl Piece {
    pub(crate) fn samples(&self, arc_steps: usize) -> Vec<Sample> {
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
    let len = (dr * dr + dz * dz).sqrt().max(f64::MIN_POSITIVE);
    [dz / len, -dr / len]
}

/// A frame to revolve around: `axis` is the axis direction, `start` the (perpendicular) direction
/// of angle zero. Both unit length.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Frame {
    pub origin: [f64; 3],
    pub axis: [f64; 3],
    pub start: [f64; 3],
}

impl Frame {
    /// The unit direction away from the axis at an angle given as (sin, cos).
    fn radial(&self, (sin, cos): (f64, f64)) -> [f64; 3] {
        let side = cross(self.axis, self.start);
        [
            self.start[0] * cos + side[0] * sin,
            self.start[1] * cos + side[1] * sin,
            self.start[2] * cos + side[2] * sin,
        ]
    }
}

/// Revolves each piece of a counter-clockwise (r, h) outline around `frame`, in `segments` steps.
/// Points with r = 0 become poles without degenerate triangles, so capsules close cleanly.
pub(crate) fn revolve(pieces: &[Piece], frame: &Frame, segments: usize, mesh: &mut Mesh) {
    let segments = segments.max(3);
    for piece in pieces {
        let samples = piece.samples(arc_steps(piece));
        let base = mesh.positions.len() as u32;
        reserve(
            mesh,
            samples.len() * (segments + 1),
            samples.len() * segments * 6,
        );
        for j in 0..=segments {
            let radial = frame.radial((TAU * (j % segments) as f64 / segments as f64).sin_cos());
            let (o, a) = (frame.origin, frame.axis);
            for &([r, h], [nr, nh]) in &samples {
                mesh.positions.push([
                    (o[0] + a[0] * h + radial[0] * r) as f32,
                    (o[1] + a[1] * h + radial[1] * r) as f32,
                    (o[2] + a[2] * h + radial[2] * r) as f32,
                ]);
                mesh.normals.push([
                    (a[0] * nh + radial[0] * nr) as f32,
                    (a[1] * nh + radial[1] * nr) as f32,
                    (a[2] * nh + radial[2] * nr) as f32,
                ]);
            }
        }
        let rows = samples.len() as u32;
        let at = |i: u32, j: u32| base + j * rows + i;
        let pole = |i: u32| samples[i as usize].0[0].abs() < 1e-12;
        for j in 0..segments as u32 {
            for i in 0..rows - 1 {
                let (a, b, c, d) = (at(i, j), at(i + 1, j), at(i + 1, j + 1), at(i, j + 1));
                if !pole(i) {
                    mesh.indices.extend_from_slice(&[a, d, c]);
                }
                if !pole(i + 1) {
                    mesh.indices.extend_from_slice(&[a, c, b]);
                }
            }
        }
    }
}

/// Sweeps a closed counter-clockwise (n, y) cross-section along a closed outline in the XZ plane,
/// where n is the distance outwards from the outline and y the height. The outline runs
/// counter-clockwise seen from above (+Y), as stone outlines do.
pub(crate) fn sweep_loop(outline: &[[f64; 2]], pieces: &[Piece], mesh: &mut Mesh) {
    let count = outline.len();
    if count < 3 {
        return;
    }
    let normals = mitred_normals(outline);
    for piece in pieces {
        let samples = piece.samples(arc_steps(piece));
        let base = mesh.positions.len() as u32;
        reserve(mesh, samples.len() * (count + 1), samples.len() * count * 6);
        for k in 0..=count {
            let point = outline[k % count];
            let (unit, miter) = normals[k % count];
            for &([n, y], [nn, ny]) in &samples {
                let offset = n * miter;
                mesh.positions.push(to_f32([
                    point[0] + unit[0] * offset,
                    y,
                    point[1] + unit[1] * offset,
                ]));
                let normal = [unit[0] * nn, ny, unit[1] * nn];
                mesh.normals.push(to_f32(normalize(normal)));
            }
        }
        let rows = samples.len() as u32;
        let at = |i: u32, k: u32| base + k * rows + i;
        for k in 0..count as u32 {
            for i in 0..rows - 1 {
                let (a, b, c, d) = (at(i, k), at(i + 1, k), at(i + 1, k + 1), at(i, k + 1));
                mesh.indices.extend_from_slice(&[a, d, c, a, c, b]);
            }
        }
    }
}

fn reserve(mesh: &mut Mesh, vertices: usize, indices: usize) {
    mesh.positions.reserve(vertices);
    mesh.normals.reserve(vertices);
    mesh.indices.reserve(indices);
}

/// Per-vertex outward normals of a closed counter-clockwise outline in the XZ plane, each with the
/// mitre factor that keeps an offset along it parallel to both neighbouring edges.
pub(crate) fn mitred_normals(outline: &[[f64; 2]]) -> Vec<([f64; 2], f64)> {
    let count = outline.len();
    let edge_normal = |a: [f64; 2], b: [f64; 2]| {
        let (dx, dz) = (b[0] - a[0], b[1] - a[1]);
        let len = dx.hypot(dz).max(f64::MIN_POSITIVE);
        // Seen from above (+Y) with x right and z down the page, counter-clockwise travel has
        // the outside on the right-hand side: (dz, -dx) rotated for the XZ plane's handedness.
        [-dz / len, dx / len]
    };
    (0..count)
        .map(|k| {
            let prev = edge_normal(outline[(k + count - 1) % count], outline[k]);
            let next = edge_normal(outline[k], outline[(k + 1) % count]);
            let sum = [prev[0] + next[0], prev[1] + next[1]];
            let len = sum[0].hypot(sum[1]).max(1e-9);
            let unit = [sum[0] / len, sum[1] / len];
            let miter = 1.0 / (unit[0] * next[0] + unit[1] * next[1]).max(0.5);
            (unit, miter)
        })
        .collect()
}

/// Samples per arc: enough for a smooth highlight on a 1 mm prong tip and a 20 mm band alike.
fn arc_steps(piece: &Piece) -> usize {
    match piece {
        Piece::Line { .. } => 1,
        Piece::Arc { from, to, .. } => ((to - from).abs() / TAU * 48.0).ceil().max(4.0) as usize,
    }
}

fn to_f32(v: [f64; 3]) -> [f32; 3] {
    v.map(|c| c as f32)
}
