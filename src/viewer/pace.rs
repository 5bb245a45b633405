//! How often and how finely the live viewer draws, and whether this device can afford the
//! turntable.
//!
//! A ring the visitor's finger or mouse holds is drawn at most about 30 times a second, at a lower
//! pixel ratio and with fewer bounces of light inside the stones; once it is let go, one frame at
//! full quality follows. The turntable always draws at full quality, so the ring a visitor first
//! studies is the real one; what each of its frames costs the main thread is measured
//! ([`Budget`]), and where frames are dear (a phone without a strong GPU, software GL) the
//! turntable stops and leaves the still ring for the visitor to turn by hand.
//!
//! The limit can be set per page with the query parameter `turntable-budget=<ms>` (whole
//! milliseconds), for a kiosk with a known GPU or a test that wants the other branch.

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
    /// The visitor turns or pinches the ring: a lighter frame, soon replaced.
    Moving,
    /// The ring rests or turns by itself: the picture the visitor studies.
    Still,
}

impl Quality {
    /// The quality for a ring that is (or is not) held by the visitor's finger or mouse.
    pub fn of(held: bool) -> Self {
        if held {
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

/// Whether a frame that must wait `interval_ms` after the last one (drawn at `last_ms`) may be
/// drawn at `now_ms`. An interval of 0 (a change to a resting ring) never waits.
pub fn due(interval_ms: f64, now_ms: f64, last_ms: Option<f64>) -> bool {
    match last_ms {
        None => true,
        Some(last) => now_ms - last >= interval_ms || now_ms < last,
    }
}

/// A turntable frame may cost the main thread this long at most (from the animation-frame callback
/// to the end of its rendering update) for the turntable to keep turning by itself.
pub const TURNTABLE_BUDGET_MS: f64 = 28.0;

/// The turntable leaves the main thread idle at least this many times as long as a frame took.
const IDLE_FACTOR: f64 = 3.0;

/// How many of the last full-quality frames the verdict looks at.
const JUDGED_FRAMES: usize = 3;

/// What full-quality frames cost this device, and whether the turntable fits in the budget.
///
/// The first frame is never judged: it carries once-only work (shader compiles, the studio's
/// bake). After it, a device is judged too slow for the turntable once two of its last three
/// full-quality frames went over the budget (the median of three, decided as soon as it is known).
#[derive(Debug, Clone, PartialEq)]
pub struct Budget {
    limit_ms: f64,
    recent: Vec<f64>,
}

impl Budget {
    /// A budget of `limit_ms` per frame.
    pub fn new(limit_ms: f64) -> Self {
        Self {
            limit_ms,
            recent: Vec::with_capacity(JUDGED_FRAMES),
        }
    }

    /// Records what a full-quality frame cost the main thread; `first` marks the ring's first.
    pub fn record(&mut self, cost_ms: f64, first: bool) {
        if first || !cost_ms.is_finite() {
            return;
        }
        if self.recent.len() == JUDGED_FRAMES {
            self.recent.remove(0);
        }
        self.recent.push(cost_ms.max(0.0));
    }

    /// Whether the turntable costs more than this device can give: two of the last three judged
    /// frames over the budget.
    pub fn too_dear(&self) -> bool {
        self.recent.iter().filter(|&&c| c > self.limit_ms).count() >= 2
    }

    /// The least time between two turntable frames: about 30 a second at most, and never less
    /// than [`IDLE_FACTOR`] times the dearest recent frame, so the main thread stays mostly idle.
    pub fn interval_ms(&self) -> f64 {
        let dearest = self.recent.iter().copied().fold(0.0, f64::max);
        (dearest * IDLE_FACTOR).max(MIN_FRAME_MS)
    }
}

/// The budget a page asks for with `turntable-budget=<ms>` in its query (`search`, with or without
/// the leading `?`); [`TURNTABLE_BUDGET_MS`] when it asks for none or for something unreadable.
pub fn budget_from_query(search: &str) -> f64 {
    search
        .trim_start_matches('?')
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(key, _)| *key == "turntable-budget")
        .and_then(|(_, value)| value.parse::<u32>().ok())
        .map_or(TURNTABLE_BUDGET_MS, f64::from)
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
            if due(MIN_FRAME_MS, now, last) {
                last = Some(now);
                drawn += 1;
            }
        }
        // Two seconds of a 60 Hz display.
        assert_eq!(drawn, 60);
        // A change to a resting ring never waits.
        assert!(due(0.0, 1.0, Some(1.0)));
        // A clock that went back (a new timeline) does not freeze the ring.
        assert!(due(MIN_FRAME_MS, 5.0, Some(1_000.0)));
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

    #[test]
    fn the_turntable_stops_when_two_of_three_frames_are_dear() {
        let mut budget = Budget::new(TURNTABLE_BUDGET_MS);
        // The first frame's compiles and bake do not count.
        budget.record(900.0, true);
        assert_eq!((budget.recent.len(), budget.too_dear()), (0, false));
        // One dear frame is not enough: a pause elsewhere may have made it so.
        budget.record(95.0, false);
        assert!(!budget.too_dear());
        budget.record(12.0, false);
        assert!(!budget.too_dear());
        budget.record(90.0, false);
        assert!(budget.too_dear(), "two of the last three over 28 ms");
        // Frames that got cheap again (a smaller window) let it turn again.
        budget.record(10.0, false);
        budget.record(11.0, false);
        assert!(!budget.too_dear());
        budget.record(f64::NAN, false);
        assert_eq!(budget.recent, [90.0, 10.0, 11.0]);
    }

    #[test]
    fn a_cheap_turntable_leaves_the_main_thread_mostly_idle() {
        let mut budget = Budget::new(TURNTABLE_BUDGET_MS);
        assert_eq!(budget.interval_ms(), MIN_FRAME_MS);
        budget.record(4.0, false);
        assert_eq!(budget.interval_ms(), MIN_FRAME_MS);
        budget.record(20.0, false);
        assert_eq!(budget.interval_ms(), 60.0);
    }

    #[test]
    fn a_page_may_set_the_turntable_budget() {
        assert_eq!(budget_from_query(""), TURNTABLE_BUDGET_MS);
        assert_eq!(budget_from_query("?turntable-budget=1000"), 1000.0);
        assert_eq!(budget_from_query("lang=de&turntable-budget=0"), 0.0);
        assert_eq!(
            budget_from_query("?turntable-budget=fast"),
            TURNTABLE_BUDGET_MS
        );
        assert_eq!(budget_from_query("?budget=5"), TURNTABLE_BUDGET_MS);
    }
}
