//! An indexed triangle mesh with per-vertex normals, and the measurements the tests and estimates need.

use std::collections::HashMap;

/// An indexed triangle mesh in millimetres. Triangles wind counter-clockwise seen from outside.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Mesh {
    pub positions: Vec<[f32; 3]>,
    pub normals: Vec<[f32; 3]>,
    pub indices: Vec<u32>,
}

impl Mesh {
    /// Number of triangles.
    pub fn triangle_count(&self) -> usize {
        self.indices.len() / 3
    }

    /// Appends another mesh, offsetting its indices.
    pub fn append(&mut self, other: &Mesh) {
        let offset = self.positions.len() as u32;
        self.positions.extend_from_slice(&other.positions);
        self.normals.extend_from_slice(&other.normals);
        self.indices
            .extend(other.indices.iter().map(|i| i + offset));
    }

    /// Rotates the mesh about the finger axis (+Z) by `angle` radians, positions and normals alike.
    pub fn rotate_about_z(&mut self, angle: f64) {
        let (sin, cos) = (angle.sin() as f32, angle.cos() as f32);
        let turn = |v: &mut [f32; 3]| *v = [v[0] * cos - v[1] * sin, v[0] * sin + v[1] * cos, v[2]];
        self.positions.iter_mut().for_each(turn);
        self.normals.iter_mut().for_each(turn);
    }

    /// Moves the mesh by `offset` millimetres.
    pub fn translate(&mut self, offset: [f64; 3]) {
        for p in &mut self.positions {
            for k in 0..3 {
                p[k] += offset[k] as f32;
            }
        }
    }

    fn triangles(&self) -> impl Iterator<Item = [[f64; 3]; 3]> + '_ {
        self.indices.chunks_exact(3).map(|t| {
            let p = |i: u32| self.positions[i as usize].map(f64::from);
            [p(t[0]), p(t[1]), p(t[2])]
        })
    }

    /// Enclosed volume in mm³ (divergence theorem); positive when the mesh faces outwards.
    pub fn volume_mm3(&self) -> f64 {
        self.triangles()
            .map(|[a, b, c]| dot(a, cross(b, c)) / 6.0)
            .sum()
    }

    /// Surface area in mm².
    pub fn area_mm2(&self) -> f64 {
        self.triangles()
            .map(|[a, b, c]| length(cross(sub(b, a), sub(c, a))) / 2.0)
            .sum()
    }

    /// Axis-aligned bounds as (min, max).
    pub fn bounds(&self) -> ([f32; 3], [f32; 3]) {
        let mut min = [f32::INFINITY; 3];
        let mut max = [f32::NEG_INFINITY; 3];
        for p in &self.positions {
            for k in 0..3 {
                min[k] = min[k].min(p[k]);
                max[k] = max[k].max(p[k]);
            }
        }
        (min, max)
    }

    /// Whether the surface is closed: after welding coincident vertices, every edge is shared by
    /// exactly two triangles that traverse it in opposite directions.
    pub fn is_watertight(&self) -> bool {
        let welded = self.welded_indices();
        let mut edges: HashMap<(u32, u32), i32> = HashMap::new();
        for t in welded.chunks_exact(3) {
            for (a, b) in [(t[0], t[1]), (t[1], t[2]), (t[2], t[0])] {
                if a == b {
                    continue;
                }
                *edges.entry((a, b)).or_default() += 1;
            }
        }
        edges
            .iter()
            .all(|(&(a, b), &n)| n == 1 && edges.get(&(b, a)) == Some(&1))
    }

    /// Indices remapped so that vertices at the same position (to 1 µm) share one index.
    fn welded_indices(&self) -> Vec<u32> {
        let key = |p: &[f32; 3]| p.map(|v| (v * 1000.0).round() as i64);
        let mut first: HashMap<[i64; 3], u32> = HashMap::new();
        let remap: Vec<u32> = self
            .positions
            .iter()
            .enumerate()
            .map(|(i, p)| *first.entry(key(p)).or_insert(i as u32))
            .collect();
        self.indices.iter().map(|&i| remap[i as usize]).collect()
    }

    /// Whether every vertex normal is unit length and agrees with the faces around it, i.e. points out.
    pub fn normals_agree_with_faces(&self) -> bool {
        if self.normals.len() != self.positions.len() {
            return false;
        }
        let unit = self
            .normals
            .iter()
            .all(|n| (length(n.map(f64::from)) - 1.0).abs() < 1e-3);
        let agree = self.indices.chunks_exact(3).all(|t| {
            let [a, b, c] = [t[0], t[1], t[2]].map(|i| self.positions[i as usize].map(f64::from));
            let face = cross(sub(b, a), sub(c, a));
            if length(face) < 1e-12 {
                return true;
            }
            t.iter()
                .all(|&i| dot(face, self.normals[i as usize].map(f64::from)) > 0.0)
        });
        unit && agree
    }
}

pub(crate) fn sub(a: [f64; 3], b: [f64; 3]) -> [f64; 3] {
    [a[0] - b[0], a[1] - b[1], a[2] - b[2]]
}

/// `x` held within `lo..=hi` (`lo` wins if they cross; a NaN stays NaN): `f64::clamp` without its
/// check that the bounds are in order, which formats them as floats. The configurator's first
/// chunk draws rings with this module and must carry no float printing (xtask's `floats` check);
/// bounds that are constants need no helper, the compiler drops their check.
pub(crate) fn within(x: f64, lo: f64, hi: f64) -> f64 {
    // Comparisons rather than `min`/`max`, which would turn a NaN into a bound: a NaN stays one,
    // as `clamp` keeps it, so a geometry bug shows instead of drawing a plausible point.
    let x = if x > hi { hi } else { x };
    if x < lo {
        lo
    } else {
        x
    }
}

pub(crate) fn dot(a: [f64; 3], b: [f64; 3]) -> f64 {
    a[0] * b[0] + a[1] * b[1] + a[2] * b[2]
}

pub(crate) fn cross(a: [f64; 3], b: [f64; 3]) -> [f64; 3] {
    [
        a[1] * b[2] - a[2] * b[1],
        a[2] * b[0] - a[0] * b[2],
        a[0] * b[1] - a[1] * b[0],
    ]
}

pub(crate) fn length(a: [f64; 3]) -> f64 {
    dot(a, a).sqrt()
}

/// `a` scaled to unit length; the zero vector stays zero.
pub(crate) fn normalize(a: [f64; 3]) -> [f64; 3] {
    let len = length(a);
    if len > 0.0 {
        a.map(|v| v / len)
    } else {
        a
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn within_holds_a_value_between_its_bounds_as_clamp_does() {
        for (x, lo, hi) in [
            (0.5, 0.0, 1.0),
            (-2.0, -1.0, 1.0),
            (7.0, -1.0, 1.0),
            (1.0, 1.0, 1.0),
        ] {
            assert_eq!(within(x, lo, hi), x.clamp(lo, hi), "{x} in {lo}..={hi}");
        }
        // Where clamp would panic: crossed bounds give the lower one, a NaN stays NaN.
        assert_eq!(within(0.5, 1.0, 0.0), 1.0);
        assert_eq!(within(-3.0, 1.0, 0.0), 1.0);
        assert!(within(f64::NAN, 0.0, 1.0).is_nan());
    }

    fn tetrahedron() -> Mesh {
        let positions = vec![
            [0.0, 0.0, 0.0],
            [1.0, 0.0, 0.0],
            [0.0, 1.0, 0.0],
            [0.0, 0.0, 1.0],
        ];
        Mesh {
            normals: vec![[0.0, 0.0, 1.0]; 4],
            positions,
            indices: vec![0, 2, 1, 0, 1, 3, 0, 3, 2, 1, 2, 3],
        }
    }

    #[test]
    fn unit_tetrahedron_has_volume_one_sixth() {
        assert!((tetrahedron().volume_mm3() - 1.0 / 6.0).abs() < 1e-9);
        assert!(tetrahedron().is_watertight());
    }

    #[test]
    fn an_open_mesh_is_not_watertight() {
        let mut open = tetrahedron();
        open.indices.truncate(9);
        assert!(!open.is_watertight());
    }
}
