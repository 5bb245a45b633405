//! Faceted stones: every catalog cut as a convex polytope, in millimetres.
//!
//! A stone is described the way a cutter would plan it, as a list of facet planes, and its solid is
//! the intersection of their half-spaces. That makes it convex by construction, gives the renderer
//! the exact plane list its ray tracer needs (a refracted ray leaves through the nearest plane it
//! heads towards), and keeps every facet flat and every edge shared.
//!
//! Placement, in the stone's own frame:
//! - the girdle's mid-plane is `y = 0`; the girdle spans `y ∈ [−g/2, g/2]` (`girdle_y_range`), the
//!   table faces +Y at `table_y`, the culet (or keel) is at `culet_y`;
//! - the width runs along X and the length along Z, so an oval, pear, marquise or emerald cut lies
//!   north–south along the finger (the ring's finger axis is +Z);
//! - a pear's or heart's point is at +Z (rotate by π about Y to turn it round).
//!
//! Patterns: brilliants (round, oval, cushion, pear, marquise, heart) get the round brilliant's layout
//! mapped onto their outline: table, 8 stars, 8 kites (bezels), 16 upper girdle facets, a faceted
//! girdle, 16 lower girdle facets and 8 pavilion mains. Step cuts (emerald, asscher) get three rows of
//! steps on the crown and on the pavilion down to a keel; mixed cuts (princess, radiant) a stepped
//! crown over a brilliant pavilion. Elongated brilliants close their pavilion on a keel whose length
//! is solved so the solid weighs what the catalog says (`Cut::carats`), and step cuts likewise solve
//! how much their pavilion bulges.
//!
//! The heart is the one shape that is not convex (the cleft between its lobes). The ray tracer needs a
//! convex solid, so the heart here is its convex hull: the cleft is filled by a flat girdle facet,
//! which a V-prong or the head usually covers anyway.

use super::mesh::{cross, dot, length, normalize, sub, within};
use super::Mesh;
use crate::catalog::{Cut, FacetStyle, Outline, StoneSize};
use std::collections::HashMap;
use std::f64::consts::{FRAC_PI_4, FRAC_PI_8, PI, TAU};

/// Which part of the stone a facet belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FacetKind {
    /// The large flat top.
    Table,
    /// The small triangles around a brilliant's table.
    Star,
    /// A brilliant's crown mains, the kite-shaped bezel facets.
    Kite,
    /// Triangles between the kites and the girdle on the crown.
    UpperGirdle,
    /// The narrow band at the stone's widest point.
    Girdle,
    /// Triangles between the pavilion mains and the girdle.
    LowerGirdle,
    /// A brilliant's pavilion mains, running down to the culet or keel.
    PavilionMain,
    /// The tiny flat at the bottom point (none on modern brilliants).
    Culet,
    /// A row of a step cut's crown.
    CrownStep,
    /// A row of a step cut's pavilion.
    PavilionStep,
}

impl FacetKind {
    /// Whether the facet is one of the girdle's narrow facets, which the trade does not count.
    pub fn is_girdle(self) -> bool {
        self == FacetKind::Girdle
    }
}

/// A stone ready to draw and to set.
#[derive(Debug, Clone)]
pub struct StoneGeometry {
    /// Flat-shaded facets with outward normals; closed once coincident vertices are welded.
    pub mesh: Mesh,
    /// One plane per facet, `[nx, ny, nz, d]` with a unit outward normal: the stone is where
    /// `n · p ≤ d` for every plane. Same frame as the mesh; this is what the gem shader traces.
    pub planes: Vec<[f32; 4]>,
    /// What each plane is, in the same order as `planes`.
    pub facets: Vec<FacetKind>,
    /// The measurements the stone was built for.
    pub size: StoneSize,
    /// Height of the table.
    pub table_y: f32,
    /// The girdle's nominal bottom and top (`[−g/2, g/2]`); upper and lower girdle facets scallop
    /// its edges slightly inside this range between the points where they meet.
    pub girdle_y_range: [f32; 2],
    /// Height of the culet or keel, the stone's lowest point.
    pub culet_y: f32,
}

impl StoneGeometry {
    /// A stone of the given cut weighing `carats` in a material of the given specific gravity.
    pub fn for_carats(cut: &Cut, carats: f64, specific_gravity: f64) -> Self {
        stone(cut, &cut.size_for_carats(carats, specific_gravity))
    }

    /// The same stone `factor` times larger: every stone of a cut is the same shape at any size, so
    /// a renderer can build a cut once (e.g. for a halo's many small stones) and scale it.
    pub fn scaled(&self, factor: f64) -> Self {
        let f = factor as f32;
        let mut mesh = self.mesh.clone();
        for p in &mut mesh.positions {
            *p = p.map(|v| v * f);
        }
        StoneGeometry {
            mesh,
            planes: self
                .planes
                .iter()
                .map(|p| [p[0], p[1], p[2], p[3] * f])
                .collect(),
            facets: self.facets.clone(),
            size: StoneSize {
                length_mm: self.size.length_mm * factor,
                width_mm: self.size.width_mm * factor,
                depth_mm: self.size.depth_mm * factor,
            },
            table_y: self.table_y * f,
            girdle_y_range: self.girdle_y_range.map(|y| y * f),
            culet_y: self.culet_y * f,
        }
    }

    /// Number of facets, girdle facets excluded (57 for a round brilliant without a culet).
    pub fn crown_and_pavilion_facets(&self) -> usize {
        self.facets.iter().filter(|k| !k.is_girdle()).count()
    }

    /// Number of facets of one kind.
    pub fn count(&self, kind: FacetKind) -> usize {
        self.facets.iter().filter(|&&k| k == kind).count()
    }

    /// Distance along the ray from `origin` (inside the stone) in direction `dir` (unit) to where it
    /// leaves the stone, or `None` if the stone is empty or the direction is zero.
    pub fn exit_distance(&self, origin: [f64; 3], dir: [f64; 3]) -> Option<f64> {
        self.planes
            .iter()
            .filter_map(|p| {
                let n = [p[0], p[1], p[2]].map(f64::from);
                let towards = dot(n, dir);
                (towards > 1e-12).then(|| (f64::from(p[3]) - dot(n, origin)) / towards)
            })
            .reduce(f64::min)
    }

    /// The girdle's outermost point in the horizontal direction `angle` (radians; 0 = +X and
    /// counter-clockwise seen from above, i.e. towards −Z at π/2, the convention of
    /// [`StoneSeat`](super::StoneSeat)), on the girdle's mid-plane `y = 0`.
    pub fn girdle_point(&self, angle: f64) -> [f64; 3] {
        let dir = [angle.cos(), 0.0, -angle.sin()];
        let t = self.exit_distance([0.0; 3], dir).unwrap_or(0.0);
        [dir[0] * t, 0.0, dir[2] * t]
    }

    /// The girdle outline at `samples` evenly spaced angles, in the order and convention of
    /// [`StoneSeat::outline`](super::StoneSeat), as (x, z) points.
    pub fn girdle_outline(&self, samples: usize) -> Vec<[f64; 2]> {
        (0..samples)
            .map(|k| {
                let p = self.girdle_point(TAU * k as f64 / samples as f64);
                [p[0], p[2]]
            })
            .collect()
    }

    /// The seat this stone offers a setting: its true girdle outline and heights.
    pub fn seat(&self) -> super::StoneSeat {
        let half = f64::from(self.girdle_y_range[1]);
        super::StoneSeat {
            outline: self.girdle_outline(96),
            girdle_half_height: half,
            crown_height: f64::from(self.table_y) - half,
            pavilion_depth: -f64::from(self.culet_y) - half,
        }
    }
}

/// How many cut shapes [`cached_stone`] remembers: the built-in catalog has ten cuts.
const SHAPE_CACHE: usize = 32;

std::thread_local! {
    /// Each cut's shape at 1 mm width: solving a shape for its weight takes a few milliseconds,
    /// scaling a solved one a few microseconds, and every stone of a cut is that shape scaled.
    static SHAPES: std::cell::RefCell<Vec<(Cut, StoneGeometry)>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The same stone as [`stone`], built once per cut and scaled for every later size, so that
/// rebuilding a ring after a change stays far below a frame.
pub fn cached_stone(cut: &Cut, size: &StoneSize) -> StoneGeometry {
    let width = size.width_mm;
    if !(width.is_finite() && width > 0.0)
        || (size.length_mm / width - cut.length_to_width).abs() > 1e-6
    {
        return stone(cut, size);
    }
    SHAPES.with(|shapes| {
        let mut shapes = shapes.borrow_mut();
        if let Some((_, unit)) = shapes.iter().find(|(c, _)| c == cut) {
            return unit.scaled(width);
        }
        let unit_size = StoneSize {
            length_mm: size.length_mm / width,
            width_mm: 1.0,
            depth_mm: size.depth_mm / width,
        };
        let unit = stone(cut, &unit_size);
        let scaled = unit.scaled(width);
        if shapes.len() >= SHAPE_CACHE {
            shapes.remove(0);
        }
        shapes.push((cut.clone(), unit));
        scaled
    })
}

/// Builds a stone of the given cut and measurements (see the module docs for the frame). A zero or
/// non-finite size gives an empty stone.
pub fn stone(cut: &Cut, size: &StoneSize) -> StoneGeometry {
    let w = size.width_mm;
    let l = size.length_mm;
    if !(w.is_finite() && l.is_finite() && w > 0.0 && l > 0.0) {
        return StoneGeometry {
            mesh: Mesh::default(),
            planes: Vec::new(),
            facets: Vec::new(),
            size: *size,
            table_y: 0.0,
            girdle_y_range: [0.0, 0.0],
            culet_y: 0.0,
        };
    }
    let plan = Plan::new(cut, w, l);
    let target = cut.volume_coefficient() * w.powi(3);
    // One shape parameter sets how full the pavilion is: the keel's length for brilliant pavilions,
    // how much the steps bulge for step cuts. Solve it so the solid has the catalog's volume.
    let (lo, hi) = match cut.facets {
        FacetStyle::Brilliant => (0.0, 0.8),
        FacetStyle::Step | FacetStyle::Mixed => (1.0, 4.0),
    };
    let build = |fullness: f64| {
        let planes = plan.planes(fullness);
        polytope(&planes, 2.0 * (w + l + size.depth_mm))
    };
    let mut solid = build(lo);
    // Within 1.5 % the plain shape stays: a round keeps its point culet and its symmetry.
    if solid.volume < target * 0.985 {
        let (mut a, mut b) = (lo, hi);
        let (mut va, mut vb) = (solid.volume, build(hi).volume);
        if vb <= target {
            solid = build(hi);
        } else {
            // Regula falsi with the Illinois tweak: the volume is smooth and monotone in the
            // parameter, so a handful of builds reach well under 0.1 %.
            let mut side = 0;
            for _ in 0..12 {
                let x = (a * (vb - target) - b * (va - target)) / (vb - va);
                solid = build(x);
                let v = solid.volume;
                if ((v - target) / target).abs() < 2e-3 {
                    break;
                }
                if v < target {
                    a = x;
                    va = v;
                    if side == -1 {
                        vb = target + (vb - target) / 2.0;
                    }
                    side = -1;
                } else {
                    b = x;
                    vb = v;
                    if side == 1 {
                        va = target + (va - target) / 2.0;
                    }
                    side = 1;
                }
            }
        }
    }
    StoneGeometry {
        mesh: solid.mesh,
        planes: solid
            .planes
            .iter()
            .map(|p| [p.n[0] as f32, p.n[1] as f32, p.n[2] as f32, p.d as f32])
            .collect(),
        facets: solid.planes.iter().map(|p| p.kind).collect(),
        size: *size,
        table_y: plan.table_y as f32,
        girdle_y_range: [-plan.half_girdle as f32, plan.half_girdle as f32],
        culet_y: plan.culet_y as f32,
    }
}

/// A half-space `n · p ≤ d` with a unit normal.
#[derive(Debug, Clone, Copy)]
struct Plane {
    n: [f64; 3],
    d: f64,
    kind: FacetKind,
}

impl Plane {
    /// The plane through three points, facing away from `inside`.
    fn through(a: [f64; 3], b: [f64; 3], c: [f64; 3], inside: [f64; 3], kind: FacetKind) -> Self {
        let n = normalize(cross(sub(b, a), sub(c, a)));
        let d = dot(n, a);
        if dot(n, inside) > d {
            Plane {
                n: n.map(|v| -v),
                d: -d,
                kind,
            }
        } else {
            Plane { n, d, kind }
        }
    }

    fn signed_distance(&self, p: [f64; 3]) -> f64 {
        dot(self.n, p) - self.d
    }
}

/// The cut's plan at a given size: outline, heights and proportions, from which the planes follow.
struct Plan {
    style: FacetStyle,
    outline: Shape,
    width: f64,
    length: f64,
    table: f64,
    crown_angle: f64,
    half_girdle: f64,
    table_y: f64,
    culet_y: f64,
    /// Where a brilliant's pattern radiates from (the culet sits below it), as (x, z).
    centre: [f64; 2],
    /// The outline under a brilliant's 8 mains (with its tangent there), and half-way between them.
    mains: Vec<([f64; 2], [f64; 2])>,
    halves: Vec<[f64; 2]>,
    /// Where a smooth outline's girdle facets meet.
    girdle_corners: Vec<[f64; 2]>,
}

/// The girdle outline seen from above.
enum Shape {
    /// A closed convex curve sampled densely, counter-clockwise seen from above.
    Smooth(Vec<[f64; 2]>),
    /// A convex polygon whose edges are the girdle facets (step and mixed cuts).
    Polygon(Vec<[f64; 2]>),
}

/// Height of the star points over the crown height (stars about half-way to the girdle).
const STAR_HEIGHT: f64 = 0.69;
/// Depth of the lower girdle facets' points over the pavilion depth (lower halves about 77 %).
const LOWER_GIRDLE_DEPTH: f64 = 0.79;
/// Girdle facets on a brilliant's girdle: two per upper girdle facet.
const GIRDLE_FACETS: usize = 32;

impl Plan {
    fn new(cut: &Cut, w: f64, l: f64) -> Self {
        let half_girdle = w * cut.girdle_pct / 200.0;
        let table_y = half_girdle + w * cut.crown_height_ratio();
        let culet_y = -half_girdle - w * cut.pavilion_depth_ratio();
        let (outline, centre) = shape(cut, w, l);
        let points = match &outline {
            Shape::Smooth(p) | Shape::Polygon(p) => p,
        };
        let towards = |angle: f64| towards(points, centre, angle);
        let mains = (0..8).map(|k| towards(k as f64 * FRAC_PI_4)).collect();
        let halves = (0..8)
            .map(|k| towards(k as f64 * FRAC_PI_4 + FRAC_PI_8).0)
            .collect();
        let girdle_corners = match &outline {
            Shape::Polygon(_) => Vec::new(),
            Shape::Smooth(_) => (0..GIRDLE_FACETS)
                .map(|k| towards(TAU * k as f64 / GIRDLE_FACETS as f64).0)
                .collect(),
        };
        Plan {
            mains,
            halves,
            girdle_corners,
            style: cut.facets,
            outline,
            width: w,
            length: l,
            table: cut.table_pct / 100.0,
            crown_angle: cut.crown_angle_deg.to_radians(),
            half_girdle,
            table_y,
            culet_y,
            centre,
        }
    }

    fn inside(&self) -> [f64; 3] {
        [self.centre[0], 0.0, self.centre[1]]
    }

    fn planes(&self, fullness: f64) -> Vec<Plane> {
        // The culet plane only shows where the pavilion would otherwise reach below the stone's
        // depth (an off-centre keel); under a pointed culet it touches a single point and drops out.
        let mut planes = vec![
            Plane {
                n: [0.0, 1.0, 0.0],
                d: self.table_y,
                kind: FacetKind::Table,
            },
            Plane {
                n: [0.0, -1.0, 0.0],
                d: -self.culet_y,
                kind: FacetKind::Culet,
            },
        ];
        match self.style {
            FacetStyle::Brilliant => {
                self.brilliant_crown(&mut planes);
                self.girdle(&mut planes);
                self.brilliant_pavilion(fullness, &mut planes);
            }
            FacetStyle::Mixed => {
                self.step_crown(2, &mut planes);
                self.girdle(&mut planes);
                self.step_pavilion(fullness, true, &mut planes);
            }
            FacetStyle::Step => {
                self.step_crown(3, &mut planes);
                self.girdle(&mut planes);
                self.step_pavilion(fullness, false, &mut planes);
            }
        }
        planes
    }

    fn girdle(&self, planes: &mut Vec<Plane>) {
        let inside = self.inside();
        let y = self.half_girdle;
        let mut edge = |a: [f64; 2], b: [f64; 2]| {
            planes.push(Plane::through(
                [a[0], y, a[1]],
                [b[0], y, b[1]],
                [a[0], -y, a[1]],
                inside,
                FacetKind::Girdle,
            ));
        };
        match &self.outline {
            Shape::Polygon(points) => {
                for k in 0..points.len() {
                    edge(points[k], points[(k + 1) % points.len()]);
                }
            }
            Shape::Smooth(_) => {
                // Girdle facets meet at the points where the upper and lower girdle facets touch it.
                let corners = &self.girdle_corners;
                for k in 0..corners.len() {
                    edge(corners[k], corners[(k + 1) % corners.len()]);
                }
            }
        }
    }

    /// Table corners, 8 kites, 8 stars and 16 upper girdle facets, spread over the outline.
    fn brilliant_crown(&self, planes: &mut Vec<Plane>) {
        let inside = self.inside();
        let yg = self.half_girdle;
        let yt = self.table_y;
        let c = self.centre;
        let at = |p: [f64; 2], y: f64| [p[0], y, p[1]];
        let mains = &self.mains;
        let kites: Vec<Plane> = mains
            .iter()
            .map(|&(b, tangent)| {
                let t = add2(c, scale2(sub2(b, c), self.table));
                Plane::through(
                    at(b, yg),
                    at(t, yt),
                    at(add2(b, tangent), yg),
                    inside,
                    FacetKind::Kite,
                )
            })
            .collect();
        let star_y = yg + STAR_HEIGHT * (yt - yg);
        for k in 0..8 {
            let next = (k + 1) % 8;
            let (b0, b1) = (mains[k].0, mains[next].0);
            let t0 = add2(c, scale2(sub2(b0, c), self.table));
            let t1 = add2(c, scale2(sub2(b1, c), self.table));
            let star = meet_at_height(&kites[k], &kites[next], star_y);
            let g = self.halves[k];
            planes.push(Plane::through(
                at(t0, yt),
                at(t1, yt),
                star,
                inside,
                FacetKind::Star,
            ));
            planes.push(Plane::through(
                star,
                at(b0, yg),
                at(g, yg),
                inside,
                FacetKind::UpperGirdle,
            ));
            planes.push(Plane::through(
                star,
                at(g, yg),
                at(b1, yg),
                inside,
                FacetKind::UpperGirdle,
            ));
        }
        planes.extend(kites);
    }

    /// 8 mains down to the culet (a point) or keel (a line along Z), and 16 lower girdle facets.
    /// `keel` is the keel's length over the stone's length.
    fn brilliant_pavilion(&self, keel: f64, planes: &mut Vec<Plane>) {
        let inside = self.inside();
        let yb = -self.half_girdle;
        let yc = self.culet_y;
        let c = self.centre;
        let at = |p: [f64; 2], y: f64| [p[0], y, p[1]];
        let half_keel = keel * self.length / 2.0;
        let mains = &self.mains;
        let main_planes: Vec<Plane> = mains
            .iter()
            .map(|&(b, tangent)| {
                let along = within(b[1] - c[1], -half_keel, half_keel);
                let keel_point = [c[0], yc, c[1] + along];
                Plane::through(
                    at(b, yb),
                    at(add2(b, tangent), yb),
                    keel_point,
                    inside,
                    FacetKind::PavilionMain,
                )
            })
            .collect();
        let lower_y = yb + LOWER_GIRDLE_DEPTH * (yc - yb);
        for k in 0..8 {
            let next = (k + 1) % 8;
            let point = meet_at_height(&main_planes[k], &main_planes[next], lower_y);
            let g = self.halves[k];
            for (a, b) in [(mains[k].0, g), (g, mains[next].0)] {
                planes.push(Plane::through(
                    point,
                    at(a, yb),
                    at(b, yb),
                    inside,
                    FacetKind::LowerGirdle,
                ));
            }
        }
        planes.extend(main_planes);
    }

    /// `rows` rows of steps from the girdle to the table, each shallower than the one below.
    fn step_crown(&self, rows: usize, planes: &mut Vec<Plane>) {
        let Shape::Polygon(outline) = &self.outline else {
            return;
        };
        let inset_table = (1.0 - self.table) * self.width / 2.0;
        let spread = 8f64.to_radians();
        let angles: Vec<f64> = (0..rows)
            .map(|i| self.crown_angle + spread * ((rows - 1) as f64 / 2.0 - i as f64))
            .collect();
        let rises: Vec<f64> = angles
            .iter()
            .map(|a| inset_table / rows as f64 * a.tan())
            .collect();
        let total: f64 = rises.iter().sum();
        let crown = self.table_y - self.half_girdle;
        let mut levels = vec![(0.0, self.half_girdle)];
        for (i, rise) in rises.iter().enumerate() {
            let (_, y) = levels[i];
            levels.push((
                inset_table * (i + 1) as f64 / rows as f64,
                y + rise * crown / total,
            ));
        }
        self.steps(outline, &levels, FacetKind::CrownStep, planes);
    }

    /// Rows of pavilion steps to a keel along Z; `bulge` ≥ 1 makes the rows near the girdle
    /// steeper and the pavilion fuller (1 is a straight wedge). With `chevrons` (mixed cuts) the
    /// last row is split at each side's middle into two facets meeting in a ridge, the brilliant
    /// pavilion's mains and halves that give a princess or radiant its sparkle.
    fn step_pavilion(&self, bulge: f64, chevrons: bool, planes: &mut Vec<Plane>) {
        let Shape::Polygon(outline) = &self.outline else {
            return;
        };
        let inside = self.inside();
        let depth = -self.half_girdle - self.culet_y;
        let fractions: &[f64] = if chevrons {
            &[0.0, 0.3]
        } else {
            &[0.0, 0.3, 0.6]
        };
        let levels: Vec<(f64, f64)> = fractions
            .iter()
            .map(|&f| {
                let drop = 1.0 - (1.0 - f).powf(bulge);
                (f * self.width / 2.0, -self.half_girdle - depth * drop)
            })
            .collect();
        self.steps(outline, &levels, FacetKind::PavilionStep, planes);
        // The last row runs from the innermost step down to the keel.
        let (inset, y) = levels[levels.len() - 1];
        let last = inset_polygon(outline, inset);
        let half_keel = ((self.length - self.width) / 2.0).max(0.0);
        for k in 0..last.len() {
            let (a, b) = (last[k], last[(k + 1) % last.len()]);
            let mid = scale2(add2(a, b), 0.5);
            let keel_point = [0.0, self.culet_y, within(mid[1], -half_keel, half_keel)];
            let (a, b) = ([a[0], y, a[1]], [b[0], y, b[1]]);
            if chevrons {
                // The side's middle dropped a little: two facets meeting in a ridge to the keel.
                let m = [mid[0], y - 0.08 * depth, mid[1]];
                for (p, q) in [(a, m), (m, b)] {
                    planes.push(Plane::through(
                        p,
                        q,
                        keel_point,
                        inside,
                        FacetKind::PavilionMain,
                    ));
                }
            } else {
                planes.push(Plane::through(
                    a,
                    b,
                    keel_point,
                    inside,
                    FacetKind::PavilionStep,
                ));
            }
        }
    }

    /// One facet per outline edge between consecutive (inset, height) levels.
    fn steps(
        &self,
        outline: &[[f64; 2]],
        levels: &[(f64, f64)],
        kind: FacetKind,
        planes: &mut Vec<Plane>,
    ) {
        let inside = self.inside();
        for pair in levels.windows(2) {
            let (outer, y0) = pair[0];
            let (inner, y1) = pair[1];
            let lower = inset_polygon(outline, outer);
            let upper = inset_polygon(outline, inner);
            for k in 0..lower.len() {
                let next = (k + 1) % lower.len();
                planes.push(Plane::through(
                    [lower[k][0], y0, lower[k][1]],
                    [lower[next][0], y0, lower[next][1]],
                    [upper[k][0], y1, upper[k][1]],
                    inside,
                    kind,
                ));
            }
        }
    }
}

/// The outline point in the direction `angle` from `centre` (0 = +Z, then towards +X), with the
/// outline's tangent there.
fn towards(points: &[[f64; 2]], centre: [f64; 2], angle: f64) -> ([f64; 2], [f64; 2]) {
    let ray = |a: f64| ray_polygon(points, centre, [a.sin(), a.cos()]);
    // A symmetric difference gives a tangent even at a point (pear, marquise, princess corners).
    let eps = 1e-4;
    let (a, b) = (ray(angle - eps), ray(angle + eps));
    (ray(angle), normalize2(sub2(b, a)))
}

/// The cut's outline for a stone `w` wide and `l` long, and the centre its facets radiate from.
fn shape(cut: &Cut, w: f64, l: f64) -> (Shape, [f64; 2]) {
    let (hw, hl) = (w / 2.0, l / 2.0);
    let samples = 720;
    let curve = |f: &dyn Fn(f64) -> [f64; 2]| -> Vec<[f64; 2]> {
        (0..samples)
            .map(|k| f(TAU * k as f64 / samples as f64))
            .collect()
    };
    match cut.outline {
        Outline::Ellipse => (
            Shape::Smooth(curve(&|t| [hw * t.sin(), hl * t.cos()])),
            [0.0, 0.0],
        ),
        Outline::Cushion => {
            // A superellipse of exponent 4 fills 92.7 % of its box, the catalog's cushion.
            let p = |v: f64| v.signum() * v.abs().sqrt();
            (
                Shape::Smooth(curve(&|t| [hw * p(t.sin()), hl * p(t.cos())])),
                [0.0, 0.0],
            )
        }
        Outline::Marquise => {
            // Sides |x| = W/2 · (1 − |2z/L|^p); p sets the outline's fill of its box, p/(p+1).
            let p = fill_exponent(cut.outline_fill);
            (
                Shape::Smooth(profile_curve(
                    hw,
                    &|z: f64| {
                        let u = (z / hl).abs().min(1.0);
                        hw * (1.0 - u.powf(p))
                    },
                    -hl,
                    hl,
                )),
                [0.0, 0.0],
            )
        }
        Outline::Pear | Outline::Heart => {
            // Round shoulders at −Z, a point at +Z: below the shoulders' line the sides run
            // |x| = W/2 · (1 − u^p), with p chosen for the catalog's fill.
            let heart = cut.outline == Outline::Heart;
            let r = if heart { 0.3 * w } else { hw };
            let z0 = -hl + r;
            let cap = if heart {
                (w - 2.0 * r) * r + PI * r * r / 2.0
            } else {
                PI * r * r / 2.0
            };
            let below = (cut.outline_fill * w * l - cap).max(0.1 * w * l);
            let ratio = (below / (w * (hl - z0))).clamp(0.3, 0.95);
            let p = ratio / (1.0 - ratio);
            let width_at = |z: f64| {
                if z <= z0 {
                    let dz = z0 - z;
                    (hw - r) + (r * r - dz * dz).max(0.0).sqrt()
                } else {
                    let u = ((z - z0) / (hl - z0)).min(1.0);
                    hw * (1.0 - u.powf(p))
                }
            };
            let centre = if heart { [0.0, 0.0] } else { [0.0, z0] };
            (Shape::Smooth(profile_curve(hw, &width_at, -hl, hl)), centre)
        }
        Outline::Rectangle | Outline::CutCornerRectangle => {
            // Corners cut at 45° by legs `c`, from the fill: L·W − 2c² = fill · L·W.
            let c = ((1.0 - cut.outline_fill).max(0.0) / 2.0 * w * l).sqrt();
            let c = if cut.outline == Outline::Rectangle {
                0.0
            } else {
                c.min(hw * 0.9)
            };
            let mut polygon = Vec::new();
            // Corner by corner around the outline; each cut corner adds the point where it leaves
            // the side it arrives on and the point where it joins the next side.
            for &(sx, sz) in &[(1.0, 1.0), (1.0, -1.0), (-1.0, -1.0), (-1.0, 1.0)] {
                let corner = [sx * hw, sz * hl];
                if c > 0.0 {
                    // Enter along the side we arrive on, leave along the next one.
                    let (first, second) = if sx * sz > 0.0 {
                        (
                            [corner[0] - sx * c, corner[1]],
                            [corner[0], corner[1] - sz * c],
                        )
                    } else {
                        (
                            [corner[0], corner[1] - sz * c],
                            [corner[0] - sx * c, corner[1]],
                        )
                    };
                    polygon.push(first);
                    polygon.push(second);
                } else {
                    polygon.push(corner);
                }
            }
            (Shape::Polygon(polygon), [0.0, 0.0])
        }
    }
}

/// The exponent `p` for which `1 − |u|^p` fills `fill` of its box: `p / (p + 1) = fill`.
fn fill_exponent(fill: f64) -> f64 {
    let fill = fill.clamp(0.3, 0.95);
    fill / (1.0 - fill)
}

/// A shape symmetric about the Z axis from its half-width along Z, sampled densely.
fn profile_curve(hw: f64, half_width: &dyn Fn(f64) -> f64, z0: f64, z1: f64) -> Vec<[f64; 2]> {
    let n = 360;
    let mut right: Vec<[f64; 2]> = (0..=n)
        .map(|k| {
            // Cosine spacing crowds samples at the ends, where the outline turns fastest.
            let s = (1.0 - (PI * k as f64 / n as f64).cos()) / 2.0;
            let z = z0 + (z1 - z0) * s;
            [within(half_width(z), 0.0, hw), z]
        })
        .collect();
    let left: Vec<[f64; 2]> = right
        .iter()
        .rev()
        .skip(1)
        .take(n - 1)
        .map(|&[x, z]| [-x, z])
        .collect();
    right.extend(left);
    right
}

/// Where the ray from `origin` along `dir` leaves the closed polygon (the farthest crossing).
fn ray_polygon(points: &[[f64; 2]], origin: [f64; 2], dir: [f64; 2]) -> [f64; 2] {
    let mut best = 0.0f64;
    for k in 0..points.len() {
        let a = sub2(points[k], origin);
        let b = sub2(points[(k + 1) % points.len()], origin);
        let e = sub2(b, a);
        let denom = dir[0] * e[1] - dir[1] * e[0];
        if denom.abs() < 1e-15 {
            continue;
        }
        let t = (a[0] * e[1] - a[1] * e[0]) / denom;
        let s = (a[0] * dir[1] - a[1] * dir[0]) / denom;
        if (-1e-12..=1.0 + 1e-12).contains(&s) {
            best = best.max(t);
        }
    }
    add2(origin, scale2(dir, best))
}

/// A convex polygon moved inwards by `d` (each edge parallel to itself).
fn inset_polygon(points: &[[f64; 2]], d: f64) -> Vec<[f64; 2]> {
    if d <= 0.0 {
        return points.to_vec();
    }
    let n = points.len();
    let centroid = scale2(
        points.iter().fold([0.0, 0.0], |acc, &p| add2(acc, p)),
        1.0 / n as f64,
    );
    // Each edge as a line `m · p = e` with `m` its inward unit normal, moved by d.
    let lines: Vec<([f64; 2], f64)> = (0..n)
        .map(|k| {
            let (a, b) = (points[k], points[(k + 1) % n]);
            let t = normalize2(sub2(b, a));
            let mut m = [-t[1], t[0]];
            if dot2(m, sub2(centroid, a)) < 0.0 {
                m = [-m[0], -m[1]];
            }
            (m, dot2(m, a) + d)
        })
        .collect();
    (0..n)
        .map(|k| {
            let (m0, e0) = lines[(k + n - 1) % n];
            let (m1, e1) = lines[k];
            let det = m0[0] * m1[1] - m0[1] * m1[0];
            if det.abs() < 1e-12 {
                return points[k];
            }
            [
                (e0 * m1[1] - e1 * m0[1]) / det,
                (m0[0] * e1 - m1[0] * e0) / det,
            ]
        })
        .collect()
}

/// The point at height `y` on the line where two planes meet.
fn meet_at_height(a: &Plane, b: &Plane, y: f64) -> [f64; 3] {
    // a.n.x · x + a.n.z · z = a.d − a.n.y · y, likewise for b.
    let (ea, eb) = (a.d - a.n[1] * y, b.d - b.n[1] * y);
    let det = a.n[0] * b.n[2] - a.n[2] * b.n[0];
    if det.abs() < 1e-12 {
        return [0.0, y, 0.0];
    }
    [
        (ea * b.n[2] - eb * a.n[2]) / det,
        y,
        (a.n[0] * eb - b.n[0] * ea) / det,
    ]
}

/// A solid from its planes: the faces that survive, the mesh and the volume.
struct Solid {
    mesh: Mesh,
    planes: Vec<Plane>,
    volume: f64,
}

/// Intersects the half-spaces (inside a cube `bound` mm across) into a flat-shaded mesh. Planes that
/// repeat another or only touch the solid along an edge or a point are dropped.
fn polytope(planes: &[Plane], bound: f64) -> Solid {
    const SAME: f64 = 1e-9;
    let mut unique: Vec<Plane> = Vec::with_capacity(planes.len());
    for p in planes {
        let repeat = unique
            .iter()
            .any(|q| dot(p.n, q.n) > 1.0 - SAME && (p.d - q.d).abs() < WELD);
        if !repeat && p.n.iter().all(|v| v.is_finite()) && p.d.is_finite() {
            unique.push(*p);
        }
    }
    loop {
        match faces(&unique, bound) {
            Ok(solid) => return solid,
            Err(tiny) => {
                let mut index = 0;
                unique.retain(|_| {
                    index += 1;
                    !tiny.contains(&(index - 1))
                });
            }
        }
    }
}

/// Welding distance for corners found from different faces, in millimetres.
const WELD: f64 = 1e-6;
/// Faces smaller than this (mm²) are dropped; they are far below anything visible.
const MIN_FACE: f64 = 1e-5;

/// The faces of the intersection of `planes`, or the indices of planes whose faces are slivers.
fn faces(unique: &[Plane], bound: f64) -> Result<Solid, Vec<usize>> {
    // Each plane's face: a big square on the plane clipped by every other plane.
    let faces: Vec<Vec<[f64; 3]>> = unique
        .iter()
        .enumerate()
        .map(|(i, plane)| {
            let (u, v) = basis(plane.n);
            let o = scale3(plane.n, plane.d);
            let mut polygon: Vec<[f64; 3]> = [(-1.0, -1.0), (1.0, -1.0), (1.0, 1.0), (-1.0, 1.0)]
                .iter()
                .map(|&(a, b)| add3(o, add3(scale3(u, a * bound), scale3(v, b * bound))))
                .collect();
            let mut spare = Vec::with_capacity(16);
            for (j, other) in unique.iter().enumerate() {
                if i != j && !polygon.is_empty() {
                    clip(&polygon, other, &mut spare);
                    std::mem::swap(&mut polygon, &mut spare);
                }
            }
            polygon
        })
        .collect();

    // Weld the corners the faces found independently, so neighbours share them exactly.
    // Cells twice the weld distance, searched with their neighbours, find every near twin.
    let cell = |p: [f64; 3]| p.map(|x| (x / (WELD * 20.0)).floor() as i64);
    let mut grid: HashMap<[i64; 3], Vec<usize>> = HashMap::new();
    let mut vertices: Vec<[f64; 3]> = Vec::new();
    for p in faces.iter().flatten() {
        let [cx, cy, cz] = cell(*p);
        let twin = (-1..=1).any(|dx| {
            (-1..=1).any(|dy| {
                (-1..=1).any(|dz| {
                    grid.get(&[cx + dx, cy + dy, cz + dz]).is_some_and(|list| {
                        list.iter()
                            .any(|&i| length(sub(vertices[i], *p)) < WELD * 10.0)
                    })
                })
            })
        });
        if !twin {
            grid.entry([cx, cy, cz]).or_default().push(vertices.len());
            vertices.push(*p);
        }
    }

    let mut mesh = Mesh::default();
    let mut kept = Vec::new();
    let mut tiny = Vec::new();
    for (index, (plane, face)) in unique.iter().zip(&faces).enumerate() {
        if face.len() < 3 {
            continue;
        }
        // Every solid vertex on the plane is a corner of its face, including those that only split
        // an edge (they keep the neighbours' edges matched).
        let (u, v) = basis(plane.n);
        let on: Vec<[f64; 3]> = vertices
            .iter()
            .copied()
            .filter(|p| plane.signed_distance(*p).abs() < WELD * 10.0)
            .collect();
        if on.len() < 3 {
            continue;
        }
        let mid = scale3(
            on.iter().fold([0.0; 3], |acc, &p| add3(acc, p)),
            1.0 / on.len() as f64,
        );
        let mut ring: Vec<(f64, [f64; 3])> = on
            .iter()
            .map(|&p| {
                let r = sub(p, mid);
                (dot(r, v).atan2(dot(r, u)), p)
            })
            .collect();
        ring.sort_by(|a, b| a.0.total_cmp(&b.0));
        let area: f64 = (0..ring.len())
            .map(|k| {
                let (a, b) = (ring[k].1, ring[(k + 1) % ring.len()].1);
                dot(cross(sub(a, mid), sub(b, mid)), plane.n) / 2.0
            })
            .sum();
        if area < MIN_FACE {
            // A sliver this small (a plane just grazing a corner) would not weld cleanly: solve
            // again without it, the solid changes by less than a micrometre.
            tiny.push(index);
            continue;
        }
        let base = mesh.positions.len() as u32;
        let normal = plane.n.map(|x| x as f32);
        mesh.positions.push(mid.map(|x| x as f32));
        mesh.positions
            .extend(ring.iter().map(|(_, p)| p.map(|x| x as f32)));
        mesh.normals
            .extend(std::iter::repeat_n(normal, ring.len() + 1));
        let n = ring.len() as u32;
        for k in 0..n {
            mesh.indices
                .extend([base, base + 1 + k, base + 1 + (k + 1) % n]);
        }
        kept.push(*plane);
    }
    if !tiny.is_empty() {
        return Err(tiny);
    }
    let volume = mesh.volume_mm3();
    Ok(Solid {
        mesh,
        planes: kept,
        volume,
    })
}

/// Keeps the part of a convex polygon inside the plane (Sutherland–Hodgman), written into `out`.
fn clip(polygon: &[[f64; 3]], plane: &Plane, out: &mut Vec<[f64; 3]>) {
    out.clear();
    for k in 0..polygon.len() {
        let a = polygon[k];
        let b = polygon[(k + 1) % polygon.len()];
        let (da, db) = (plane.signed_distance(a), plane.signed_distance(b));
        if da <= 0.0 {
            out.push(a);
        }
        if (da < 0.0 && db > 0.0) || (da > 0.0 && db < 0.0) {
            let t = da / (da - db);
            out.push(add3(a, scale3(sub(b, a), t)));
        }
    }
}

/// Two unit vectors spanning the plane with normal `n`, with `u × v = n`.
fn basis(n: [f64; 3]) -> ([f64; 3], [f64; 3]) {
    let helper = if n[0].abs() < 0.9 {
        [1.0, 0.0, 0.0]
    } else {
        [0.0, 1.0, 0.0]
    };
    let u = normalize(cross(helper, n));
    let v = cross(n, u);
    (u, v)
}

fn add3(a: [f64; 3], b: [f64; 3]) -> [f64; 3] {
    [a[0] + b[0], a[1] + b[1], a[2] + b[2]]
}

fn scale3(a: [f64; 3], s: f64) -> [f64; 3] {
    a.map(|v| v * s)
}

fn add2(a: [f64; 2], b: [f64; 2]) -> [f64; 2] {
    [a[0] + b[0], a[1] + b[1]]
}

fn sub2(a: [f64; 2], b: [f64; 2]) -> [f64; 2] {
    [a[0] - b[0], a[1] - b[1]]
}

fn scale2(a: [f64; 2], s: f64) -> [f64; 2] {
    [a[0] * s, a[1] * s]
}

fn dot2(a: [f64; 2], b: [f64; 2]) -> f64 {
    a[0] * b[0] + a[1] * b[1]
}

fn normalize2(a: [f64; 2]) -> [f64; 2] {
    let len = a[0].hypot(a[1]);
    if len > 0.0 {
        scale2(a, 1.0 / len)
    } else {
        a
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DIAMOND_SG: f64 = 3.52;

    fn cut(id: &str) -> Cut {
        Cut::defaults()
            .into_iter()
            .find(|c| c.id.as_str() == id)
            .expect("built-in cut")
    }

    fn one_carat(cut: &Cut) -> StoneGeometry {
        StoneGeometry::for_carats(cut, 1.0, DIAMOND_SG)
    }

    #[test]
    fn every_cut_is_a_closed_outward_convex_solid() {
        for cut in Cut::defaults() {
            let s = one_carat(&cut);
            let id = cut.id.as_str();
            assert!(s.mesh.is_watertight(), "{id} is not watertight");
            assert!(s.mesh.normals_agree_with_faces(), "{id} normals");
            assert!(s.mesh.volume_mm3() > 0.0, "{id} faces inwards");
            assert_eq!(s.planes.len(), s.facets.len());
            for p in &s.mesh.positions {
                for plane in &s.planes {
                    let d = plane[0] * p[0] + plane[1] * p[1] + plane[2] * p[2] - plane[3];
                    assert!(d < 1e-4, "{id}: vertex {p:?} outside a plane by {d}");
                }
                let n2: f32 = s.planes.iter().map(|_| 1.0).sum();
                assert!(n2 <= 128.0, "{id}: {n2} planes, more than the shader holds");
            }
            for plane in &s.planes {
                let len = (plane[0].powi(2) + plane[1].powi(2) + plane[2].powi(2)).sqrt();
                assert!((len - 1.0).abs() < 1e-5);
            }
        }
    }

    #[test]
    fn round_brilliant_has_the_57_facet_layout() {
        let s = one_carat(&cut("round"));
        assert_eq!(s.count(FacetKind::Table), 1);
        assert_eq!(s.count(FacetKind::Star), 8);
        assert_eq!(s.count(FacetKind::Kite), 8);
        assert_eq!(s.count(FacetKind::UpperGirdle), 16);
        assert_eq!(s.count(FacetKind::LowerGirdle), 16);
        assert_eq!(s.count(FacetKind::PavilionMain), 8);
        assert!(s.count(FacetKind::Culet) <= 1);
        assert!((57..=58).contains(&s.crown_and_pavilion_facets()));
        assert_eq!(s.count(FacetKind::Girdle), GIRDLE_FACETS);
    }

    #[test]
    fn fancy_brilliants_keep_the_brilliant_layout() {
        for id in ["oval", "cushion", "pear", "marquise", "heart"] {
            let s = one_carat(&cut(id));
            for (kind, n) in [
                (FacetKind::Table, 1),
                (FacetKind::Star, 8),
                (FacetKind::Kite, 8),
                (FacetKind::UpperGirdle, 16),
                (FacetKind::LowerGirdle, 16),
                (FacetKind::PavilionMain, 8),
            ] {
                assert_eq!(s.count(kind), n, "{id}: {kind:?}");
            }
        }
    }

    #[test]
    fn step_and_mixed_cuts_have_steps() {
        for id in ["emerald", "asscher"] {
            let s = one_carat(&cut(id));
            assert_eq!(s.count(FacetKind::CrownStep), 24, "{id}");
            assert!(s.count(FacetKind::PavilionStep) >= 20, "{id}");
            assert_eq!(s.count(FacetKind::Girdle), 8, "{id}");
        }
        for id in ["princess", "radiant"] {
            let s = one_carat(&cut(id));
            assert!(s.count(FacetKind::CrownStep) >= 8, "{id}");
            assert!(s.count(FacetKind::PavilionStep) >= 4, "{id}");
            assert!(s.count(FacetKind::PavilionMain) >= 8, "{id}");
        }
    }

    #[test]
    fn weight_and_size_match_the_catalog() {
        for cut in Cut::defaults() {
            let id = cut.id.as_str();
            let size = cut.size_for_carats(1.0, DIAMOND_SG);
            let s = stone(&cut, &size);
            let carats = s.mesh.volume_mm3() * DIAMOND_SG / 200.0;
            assert!((carats - 1.0).abs() < 0.03, "{id}: {carats:.3} ct");
            let (min, max) = s.mesh.bounds();
            let extent = |k: usize| f64::from(max[k] - min[k]);
            assert!(
                (extent(0) - size.width_mm).abs() < 0.01,
                "{id} width {}",
                extent(0)
            );
            assert!(
                (extent(2) - size.length_mm).abs() < 0.01,
                "{id} length {}",
                extent(2)
            );
            assert!(
                (extent(1) - size.depth_mm).abs() < 0.01,
                "{id} depth {}",
                extent(1)
            );
            assert!((f64::from(max[1]) - f64::from(s.table_y)).abs() < 1e-4);
            assert!((f64::from(min[1]) - f64::from(s.culet_y)).abs() < 1e-4);
        }
        let round = one_carat(&cut("round"));
        assert!((6.4..=6.5).contains(&round.size.width_mm));
    }

    #[test]
    fn girdle_points_lie_on_the_outline() {
        let s = one_carat(&cut("oval"));
        let half_w = s.size.width_mm / 2.0;
        let half_l = s.size.length_mm / 2.0;
        let east = s.girdle_point(0.0);
        let north = s.girdle_point(std::f64::consts::FRAC_PI_2);
        assert!((east[0] - half_w).abs() < 0.01, "{east:?}");
        assert!((north[2] + half_l).abs() < 0.01, "{north:?}");
        let round = one_carat(&cut("round"));
        for k in 0..64 {
            let p = round.girdle_point(TAU * k as f64 / 64.0);
            let r = p[0].hypot(p[2]);
            let radius = round.size.width_mm / 2.0;
            assert!(r <= radius + 1e-6 && r > radius * 0.99, "{r}");
        }
        assert_eq!(round.seat().outline.len(), 96);
    }

    #[test]
    fn nonsense_sizes_give_an_empty_stone() {
        let round = cut("round");
        for carats in [0.0, -1.0, f64::NAN] {
            let s = StoneGeometry::for_carats(&round, carats, DIAMOND_SG);
            assert!(s.planes.is_empty() && s.mesh.positions.is_empty());
        }
    }

    #[test]
    fn cached_stones_match_freshly_built_ones() {
        for cut in Cut::defaults() {
            let size = cut.size_for_carats(1.3, 3.52);
            let fresh = stone(&cut, &size);
            let cached = cached_stone(&cut, &size);
            let again = cached_stone(&cut, &size);
            assert_eq!(
                fresh.planes.len(),
                cached.planes.len(),
                "{}",
                cut.id.as_str()
            );
            for (a, b) in fresh.planes.iter().zip(&cached.planes) {
                for k in 0..4 {
                    assert!(
                        (a[k] - b[k]).abs() < 1e-3,
                        "{}: {a:?} vs {b:?}",
                        cut.id.as_str()
                    );
                }
            }
            assert!(
                (fresh.mesh.volume_mm3() - again.mesh.volume_mm3()).abs() / fresh.mesh.volume_mm3()
                    < 1e-3
            );
        }
    }
}
