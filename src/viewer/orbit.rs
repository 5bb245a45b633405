//! The orbit camera's state and how visitor input moves it: drag, pinch, wheel and keys.
//!
//! Pure arithmetic, so the feel of the controls is tested natively. The frame loop reads the pose
//! and redraws only when `revision` changed. Distance is relative: at zoom 1 the whole ring fills
//! the view, whatever its size, so a 3 ct halo and a slim band both arrive framed.

use std::f32::consts::{FRAC_PI_2, LN_2};

/// Where the camera sits around the ring: angles in radians, and a zoom relative to the ring's size.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Orbit {
    /// Rotation around the vertical axis; 0 looks at the ring's face along −Z.
    pub yaw: f32,
    /// Height above the ring's equator.
    pub pitch: f32,
    /// 1 frames the whole ring; below 1 comes closer.
    pub zoom: f32,
    /// Bumped on every change, so the renderer knows when a new frame is needed.
    pub revision: u64,
    /// Whether the camera looks inside the band at the engraving instead of at the whole ring.
    pub inside: bool,
}

/// How far the visitor may zoom: close enough to inspect a prong, far enough to see the ring whole.
const MIN_ZOOM: f32 = 0.3;
const MAX_ZOOM: f32 = 2.5;
const MAX_PITCH: f32 = FRAC_PI_2 - 0.05;
/// Radians per CSS pixel of drag: a full turn takes about a phone screen's width and a half.
const DRAG_SPEED: f32 = 0.01;
/// The turntable's pace: a full turn in about 18 seconds, slow enough to read the stone.
const TURNTABLE_RADIANS_PER_SECOND: f32 = 0.35;

/// The views a jeweler uses to show a ring.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    /// From the side and a little above: the catalogue view.
    ThreeQuarter,
    /// Straight down on the table.
    Top,
    /// Across the finger: the profile that shows how high the stone sits.
    Side,
    /// Along the finger: the ring's round face.
    Front,
    /// Down into the band from the front, close up on the engraving opposite the stone.
    Inside,
}

impl View {
    /// Every view, in the order the toolbar offers them.
    pub const ALL: [View; 5] = [
        View::ThreeQuarter,
        View::Top,
        View::Side,
        View::Front,
        View::Inside,
    ];

    /// (yaw, pitch) in radians.
    fn angles(self) -> (f32, f32) {
        match self {
            View::ThreeQuarter => (0.6, 0.35),
            View::Top => (0.0, MAX_PITCH),
            View::Side => (FRAC_PI_2, 0.12),
            View::Front => (0.0, 0.12),
            // Steep enough to look past the band's front edge onto the inside of its far half.
            View::Inside => (0.0, 0.9),
        }
    }
}

/// One arrow-key press turns the ring this far.
pub const KEY_STEP: f32 = std::f32::consts::PI / 18.0;

/// The zoom every view starts at: the whole ring (or the whole engraving area) with a margin.
const VIEW_ZOOM: f32 = 0.85;

impl Default for Orbit {
    /// The jeweler's three-quarter view: a little from the side and above.
    fn default() -> Self {
        let (yaw, pitch) = View::ThreeQuarter.angles();
        Self {
            yaw,
            pitch,
            zoom: VIEW_ZOOM,
            revision: 0,
            inside: false,
        }
    }
}

impl Orbit {
    /// Turns the ring as if the visitor's finger dragged its surface by (dx, dy) CSS pixels.
    pub fn drag(&mut self, dx: f32, dy: f32) {
        self.rotate(-dx * DRAG_SPEED, dy * DRAG_SPEED);
    }

    /// Turns by explicit angles, as the arrow keys do.
    pub fn rotate(&mut self, yaw: f32, pitch: f32) {
        self.yaw = (self.yaw + yaw).rem_euclid(std::f32::consts::TAU);
        self.pitch = (self.pitch + pitch).clamp(-MAX_PITCH, MAX_PITCH);
        self.revision += 1;
    }

    /// Jumps to one of the standard views, framed as it is at first: a view is asked for to see the
    /// whole ring (or the whole engraving) again, so a zoom from before does not follow it.
    pub fn show(&mut self, view: View) {
        (self.yaw, self.pitch) = view.angles();
        self.zoom = VIEW_ZOOM;
        self.inside = view == View::Inside;
        self.revision += 1;
    }

    /// Advances the turntable by `elapsed_ms` milliseconds of animation time. Long gaps (a tab in the
    /// background) count as one frame, so the ring never jumps.
    pub fn spin(&mut self, elapsed_ms: f64) {
        let seconds = (elapsed_ms / 1000.0).clamp(0.0, 0.1) as f32;
        self.rotate(TURNTABLE_RADIANS_PER_SECOND * seconds, 0.0);
    }

    /// Zooms by a factor: below 1 comes closer. Pinch passes old/new finger distance.
    pub fn zoom_by(&mut self, factor: f32) {
        if factor.is_finite() && factor > 0.0 {
            self.zoom = (self.zoom * factor).clamp(MIN_ZOOM, MAX_ZOOM);
            self.revision += 1;
        }
    }

    /// A mouse wheel or trackpad scroll of `delta_y` CSS pixels. One event zooms at most 2×, however
    /// large the delta a browser reports (line- and page-based wheels report big ones).
    pub fn wheel(&mut self, delta_y: f32) {
        self.zoom_by((delta_y * 0.0015).clamp(-LN_2, LN_2).exp());
    }

    /// The camera position for a ring whose bounding sphere is `centre`, `radius`, seen through a
    /// field of view of `fov` radians (the narrower of the view's two).
    pub fn eye(&self, centre: [f32; 3], radius: f32, fov: f32) -> [f32; 3] {
        let distance = self.zoom * radius / (fov / 2.0).sin();
        let (sy, cy) = self.yaw.sin_cos();
        let (sp, cp) = self.pitch.sin_cos();
        [
            centre[0] + distance * cp * sy,
            centre[1] + distance * sp,
            centre[2] + distance * cp * cy,
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dragging_right_turns_the_ring_and_counts_a_revision() {
        let mut orbit = Orbit::default();
        let before = orbit.yaw;
        orbit.drag(50.0, 0.0);
        assert!((orbit.yaw - (before - 0.5)).abs() < 1e-5);
        assert_eq!(orbit.revision, 1);
    }

    /// Where `point` lands across the view of a camera at `eye` aimed at the origin: negative on
    /// the left of the screen, positive on the right.
    fn screen_x(eye: [f32; 3], point: [f32; 3]) -> f32 {
        let norm = |v: [f32; 3]| {
            let l = (v[0] * v[0] + v[1] * v[1] + v[2] * v[2]).sqrt();
            [v[0] / l, v[1] / l, v[2] / l]
        };
        let dot = |a: [f32; 3], b: [f32; 3]| a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
        let forward = norm([-eye[0], -eye[1], -eye[2]]);
        // forward × up, with up = +Y.
        let right = norm([-forward[2], 0.0, forward[0]]);
        let to = [point[0] - eye[0], point[1] - eye[1], point[2] - eye[2]];
        dot(to, right) / dot(to, forward)
    }

    #[test]
    fn a_drag_to_the_right_carries_the_front_of_the_ring_to_the_right_in_any_text_direction() {
        // Drag deltas are screen pixels from pointer events, and nothing here reads the page's
        // direction: the same drag turns the ring the same way on an Arabic page as on an
        // English one, the way a hand turns a real ring.
        let mut orbit = Orbit::default();
        let eye = orbit.eye([0.0; 3], 10.0, 0.5);
        let length = (eye[0] * eye[0] + eye[1] * eye[1] + eye[2] * eye[2]).sqrt();
        // The point of the ring that faces the visitor, in the middle of the view.
        let front = [
            eye[0] / length * 10.0,
            eye[1] / length * 10.0,
            eye[2] / length * 10.0,
        ];
        assert!(screen_x(eye, front).abs() < 1e-4);
        orbit.drag(40.0, 0.0);
        let moved = screen_x(orbit.eye([0.0; 3], 10.0, 0.5), front);
        assert!(moved > 0.05, "the front went to {moved}, not to the right");
        let mut back = orbit;
        back.drag(-80.0, 0.0);
        let left = screen_x(back.eye([0.0; 3], 10.0, 0.5), front);
        assert!(left < -0.05, "a drag to the left carries it left, {left}");
    }

    #[test]
    fn views_are_where_a_jeweler_expects_them() {
        let mut orbit = Orbit::default();
        orbit.show(View::Top);
        let [x, y, z] = orbit.eye([0.0; 3], 10.0, 0.5);
        assert!(y > 10.0 * x.abs().max(z.abs()), "top view looks down");
        orbit.show(View::Side);
        let [x, _, z] = orbit.eye([0.0; 3], 10.0, 0.5);
        assert!(x > 10.0 * z.abs(), "side view looks across the finger");
        orbit.show(View::Front);
        let [x, _, z] = orbit.eye([0.0; 3], 10.0, 0.5);
        assert!(z > 10.0 * x.abs(), "front view looks along the finger");
    }

    #[test]
    fn the_inside_view_looks_down_past_the_front_edge() {
        let mut orbit = Orbit::default();
        orbit.show(View::Inside);
        assert!(orbit.inside);
        // Aimed at the bottom of the inside of a US 6 band (8.25 mm from the axis, 2 mm wide).
        let target = [0.0, -8.25, 0.0];
        let [x, y, z] = orbit.eye(target, 4.0, 0.5);
        assert!(x.abs() < 1e-4 && z > 0.0);
        // Where the line of sight crosses the band's front edge (z = 1 mm) it is above the inside
        // surface, so the band does not hide the lettering.
        let t = 1.0 / z;
        assert!(target[1] + t * (y - target[1]) > target[1] + 0.5);
        orbit.show(View::Front);
        assert!(!orbit.inside);
    }

    #[test]
    fn every_view_frames_the_whole_ring_again_after_a_zoom() {
        for view in View::ALL {
            let mut fresh = Orbit::default();
            fresh.show(view);
            let mut zoomed = Orbit::default();
            zoomed.wheel(-400.0);
            zoomed.zoom_by(0.8);
            assert!(
                zoomed.zoom < fresh.zoom,
                "{view:?}: the zoom moved in first"
            );
            zoomed.show(view);
            assert_eq!(
                zoomed.eye([0.0, 1.0, 0.0], 10.0, 0.5),
                fresh.eye([0.0, 1.0, 0.0], 10.0, 0.5),
                "{view:?} after a zoom is the view as it comes first"
            );
            assert_eq!(zoomed.inside, view == View::Inside);
        }
    }

    #[test]
    fn the_turntable_is_slow_and_never_jumps() {
        let mut orbit = Orbit::default();
        let start = orbit.yaw;
        orbit.spin(1000.0 / 60.0);
        let step = orbit.yaw - start;
        assert!(step > 0.0 && step < 0.01, "{step}");
        let before = orbit.yaw;
        orbit.spin(60_000.0);
        assert!(orbit.yaw - before <= 0.1 * TURNTABLE_RADIANS_PER_SECOND + 1e-6);
    }

    #[test]
    fn pitch_never_flips_over_the_pole() {
        let mut orbit = Orbit::default();
        orbit.drag(0.0, 10_000.0);
        assert!(orbit.pitch < FRAC_PI_2);
        orbit.drag(0.0, -20_000.0);
        assert!(orbit.pitch > -FRAC_PI_2);
    }

    #[test]
    fn zoom_stays_within_limits_and_ignores_nonsense() {
        let mut orbit = Orbit::default();
        orbit.wheel(100_000.0);
        assert!((orbit.zoom - 2.0 * Orbit::default().zoom).abs() < 1e-3);
        for _ in 0..10 {
            orbit.wheel(100_000.0);
        }
        assert_eq!(orbit.zoom, MAX_ZOOM);
        for _ in 0..10 {
            orbit.wheel(-100_000.0);
        }
        assert_eq!(orbit.zoom, MIN_ZOOM);
        let revision = orbit.revision;
        orbit.zoom_by(f32::NAN);
        orbit.zoom_by(0.0);
        assert_eq!((orbit.zoom, orbit.revision), (MIN_ZOOM, revision));
    }

    #[test]
    fn at_zoom_one_the_ring_just_fits() {
        let orbit = Orbit {
            zoom: 1.0,
            ..Orbit::default()
        };
        let fov = 30_f32.to_radians();
        let [x, y, z] = orbit.eye([0.0, 2.0, 0.0], 12.0, fov);
        let distance = (x * x + (y - 2.0) * (y - 2.0) + z * z).sqrt();
        // The bounding sphere touches the edges of the view cone.
        assert!((12.0 / distance - (fov / 2.0).sin()).abs() < 1e-5);
    }
}
