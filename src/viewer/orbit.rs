//! The orbit camera's state and how visitor input moves it: drag, pinch, wheel and keys.
//!
//! Pure arithmetic, so the feel of the controls is tested natively. The frame loop reads the pose
//! and redraws only when `revision` changed.

use std::f32::consts::{FRAC_PI_2, LN_2};

/// Where the camera sits around the ring: angles in radians, distance in millimetres.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Orbit {
    /// Rotation around the vertical axis; 0 looks at the ring's face along −Z.
    pub yaw: f32,
    /// Height above the ring's equator.
    pub pitch: f32,
    pub distance: f32,
    /// Bumped on every change, so the renderer knows when a new frame is needed.
    pub revision: u64,
}

/// How far the visitor may zoom, in millimetres from the ring's centre.
const MIN_DISTANCE: f32 = 30.0;
const MAX_DISTANCE: f32 = 220.0;
const MAX_PITCH: f32 = FRAC_PI_2 - 0.05;
/// Radians per CSS pixel of drag: a full turn takes about a phone screen's width and a half.
const DRAG_SPEED: f32 = 0.01;
/// One arrow-key press turns the ring this far.
pub const KEY_STEP: f32 = std::f32::consts::PI / 18.0;

impl Default for Orbit {
    /// The jeweler's three-quarter view: a little from the side and above.
    fn default() -> Self {
        Self {
            yaw: 0.6,
            pitch: 0.35,
            distance: 52.0,
            revision: 0,
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

    /// Zooms by a factor: below 1 comes closer. Pinch passes old/new finger distance.
    pub fn zoom(&mut self, factor: f32) {
        if factor.is_finite() && factor > 0.0 {
            self.distance = (self.distance * factor).clamp(MIN_DISTANCE, MAX_DISTANCE);
            self.revision += 1;
        }
    }

    /// A mouse wheel or trackpad scroll of `delta_y` CSS pixels. One event zooms at most 2×, however
    /// large the delta a browser reports (line- and page-based wheels report big ones).
    pub fn wheel(&mut self, delta_y: f32) {
        self.zoom((delta_y * 0.0015).clamp(-LN_2, LN_2).exp());
    }

    /// The camera position, looking at the ring's centre at the origin.
    pub fn eye(&self) -> [f32; 3] {
        let (sy, cy) = self.yaw.sin_cos();
        let (sp, cp) = self.pitch.sin_cos();
        [
            self.distance * cp * sy,
            self.distance * sp,
            self.distance * cp * cy,
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
        assert!((orbit.distance - 2.0 * Orbit::default().distance).abs() < 1e-3);
        for _ in 0..10 {
            orbit.wheel(100_000.0);
        }
        assert_eq!(orbit.distance, MAX_DISTANCE);
        for _ in 0..10 {
            orbit.wheel(-100_000.0);
        }
        assert_eq!(orbit.distance, MIN_DISTANCE);
        let revision = orbit.revision;
        orbit.zoom(f32::NAN);
        orbit.zoom(0.0);
        assert_eq!((orbit.distance, orbit.revision), (MIN_DISTANCE, revision));
    }

    #[test]
    fn eye_is_at_the_orbit_distance() {
        let orbit = Orbit::default();
        let [x, y, z] = orbit.eye();
        assert!(((x * x + y * y + z * z).sqrt() - orbit.distance).abs() < 1e-3);
    }
}
