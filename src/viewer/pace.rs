//! How often and how finely the live viewer draws. A moving ring (turntable, a finger or mouse
//! dragging it) is drawn at most about 30 times a second, at a lower pixel ratio and with fewer
//! bounces of light inside the stones; once it rests, one frame at full quality follows. On a
//! phone, and in software GL, that leaves the main thread idle most of the time.

/// The least time between two frames while the ring moves: about 30 frames a second, every second
/// refresh of a 60 Hz display (a little under 33.3 ms, as refresh timestamps jitter).
pub const MIN_FRAME_MS: f64 = 30.0;

/// Internal bounces a gem traces in a still frame: enough for a diamond's full sparkle.
pub const STILL_BOUNCES: i32 = 5;
/// Internal bounces while the ring moves: the main flashes stay, the faint late paths go.
pub const MOVING_BOUNCES: i32 = 2;

/// How finely one frame is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Quality {
    /// The ring turns or is being turned: a lighter frame, soon replaced.
    Moving,
    /// The ring rests: the picture the visitor studies.
    Still,
}

impl Quality {
    /// The quality for a ring that is (or is not) moving.
    pub fn of(moving: bool) -> Self {
        if moving {
            Self::Moving
        } else {
            Self::Still
        }
    }

    /// Drawing-buffer pixels per CSS pixel, for a display of `device` pixels per CSS pixel.
    /// Still frames are sharp at the display's own ratio (at most 3); moving frames take half of
    /// it (a quarter of the pixels), never under 0.75, which the eye does not notice in motion.
    pub fn pixel_ratio(self, device: f64) -> f64 {
        let device = if device.is_finite() {
            device.clamp(1.0, 3.0)
        } else {
            1.0
        };
        match self {
            Self::Still => device,
            Self::Moving => (device / 2.0).max(0.75),
        }
    }

    /// How many times light may bounce inside a stone.
    pub fn bounces(self) -> i32 {
        match self {
            Self::Still => STILL_BOUNCES,
            Self::Moving => MOVING_BOUNCES,
        }
    }
}

/// Whether a moving frame may be drawn at `now_ms`, the last one having been drawn at `last_ms`.
/// A still frame (a change after the motion stopped) is always due.
pub fn due(quality: Quality, now_ms: f64, last_ms: Option<f64>) -> bool {
    match (quality, last_ms) {
        (Quality::Still, _) | (Quality::Moving, None) => true,
        (Quality::Moving, Some(last)) => now_ms - last >= MIN_FRAME_MS || now_ms < last,
    }
}

/// A drawing buffer's side in pixels for `css` CSS pixels at `ratio`: at least one pixel.
pub fn buffer_side(css: i32, ratio: f64) -> u32 {
    ((f64::from(css.max(0)) * ratio).round() as u32).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moving_frames_come_at_most_about_thirty_times_a_second() {
        let refresh = 1000.0 / 60.0;
        let mut last = None;
        let mut drawn = 0;
        for tick in 0..120 {
            let now = f64::from(tick) * refresh;
            if due(Quality::Moving, now, last) {
                last = Some(now);
                drawn += 1;
            }
        }
        // Two seconds of a 60 Hz display.
        assert_eq!(drawn, 60);
        // A still frame never waits.
        assert!(due(Quality::Still, 1.0, Some(0.0)));
        // A clock that went back (a new timeline) does not freeze the ring.
        assert!(due(Quality::Moving, 5.0, Some(1_000.0)));
    }

    #[test]
    fn moving_frames_are_lighter_and_still_ones_are_full() {
        assert_eq!(Quality::Still.pixel_ratio(2.0), 2.0);
        assert_eq!(Quality::Moving.pixel_ratio(2.0), 1.0);
        assert_eq!(Quality::Moving.pixel_ratio(3.0), 1.5);
        assert_eq!(Quality::Still.pixel_ratio(1.0), 1.0);
        assert_eq!(Quality::Moving.pixel_ratio(1.0), 0.75);
        assert_eq!(Quality::Still.pixel_ratio(f64::NAN), 1.0);
        assert_eq!(Quality::Still.pixel_ratio(5.0), 3.0);
        assert!(Quality::Moving.bounces() < Quality::Still.bounces());
        assert_eq!(buffer_side(622, 0.75), 467);
        assert_eq!(buffer_side(0, 2.0), 1);
    }
}
