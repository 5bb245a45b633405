//! When a consultation can be booked: the jeweler's [`Availability`], checked into [`Rules`], and
//! the free slots it yields between two dates, minus what is already booked. Pure: no clock, no
//! database; the caller passes "now" and the booked intervals.
//!
//! Slots are laid out in the shop's civil time (its IANA zone, through jiff's time-zone database):
//! from each opening, one every `slot + buffer` minutes, each ending by the closing time. Each civil
//! start becomes a UTC instant; a slot lasts `slot_minutes` of real time from there.
//!
//! Daylight saving: a civil start that does not exist (in the spring-forward gap, e.g. 01:30 in
//! London on the last Sunday of March) is **skipped**, never moved to a time the jeweler did not
//! choose; a civil start that happens twice (in the fall-back fold, e.g. 01:30 in New York on the
//! first Sunday of November) takes the **first** occurrence, so it is offered once.

use atelier_core::commission::{Availability, MeetingKind};
use jiff::civil::{Date, Time};
use jiff::tz::{AmbiguousOffset, TimeZone};
use jiff::Timestamp;
use std::collections::BTreeSet;

/// Shortest and longest consultation, in minutes.
pub const SLOT_MINUTES: std::ops::RangeInclusive<u32> = 10..=480;
/// Longest buffer after a consultation, in minutes.
pub const BUFFER_MINUTES_MAX: u32 = 240;
/// How far ahead bookings may be opened, in days.
pub const HORIZON_DAYS: std::ops::RangeInclusive<u32> = 1..=365;
/// The longest notice the jeweler may ask for, in hours (the horizon's length).
pub const MIN_NOTICE_HOURS_MAX: u32 = 365 * 24;

/// What is wrong with an [`Availability`]: the field and a sentence for the jeweler.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field}: {message}")]
pub struct Invalid {
    /// The field of the availability at fault.
    pub field: &'static str,
    /// What to change.
    pub message: String,
}

fn invalid(field: &'static str, message: impl Into<String>) -> Invalid {
    Invalid {
        field,
        message: message.into(),
    }
}

/// One opening: an ISO weekday (1 = Monday) and minutes after midnight.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Opening {
    weekday: i8,
    start: i32,
    end: i32,
}

/// A checked availability, ready to lay out slots.
#[derive(Debug, Clone)]
pub struct Rules {
    zone: TimeZone,
    zone_name: String,
    openings: Vec<Opening>,
    slot_secs: i64,
    buffer_secs: i64,
    kinds: Vec<MeetingKind>,
    closed: BTreeSet<Date>,
    horizon_days: i64,
    notice_secs: i64,
}

/// A booked consultation as slots see it: Unix seconds, end exclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Busy {
    /// Start.
    pub starts_at: i64,
    /// End.
    pub ends_at: i64,
}

/// A free slot: Unix seconds, end exclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Free {
    /// Start.
    pub starts_at: i64,
    /// End.
    pub ends_at: i64,
}

/// `HH:MM` (two digits each) as minutes after midnight.
fn minutes(text: &str) -> Option<i32> {
    let bytes = text.as_bytes();
    if bytes.len() != 5 || bytes[2] != b':' {
        return None;
    }
    let digits = |a: u8, b: u8| {
        (a.is_ascii_digit() && b.is_ascii_digit())
            .then(|| i32::from(a - b'0') * 10 + i32::from(b - b'0'))
    };
    let (h, m) = (digits(bytes[0], bytes[1])?, digits(bytes[3], bytes[4])?);
    (h < 24 && m < 60).then_some(h * 60 + m)
}

/// `YYYY-MM-DD`, strictly.
pub fn parse_date(text: &str) -> Option<Date> {
    let b = text.as_bytes();
    let shaped = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !shaped {
        return None;
    }
    text.parse::<Date>().ok()
}

impl Rules {
    /// Checks `a` field by field: a real IANA zone, `HH:MM` hours with the opening before the
    /// closing, weekdays 1–7, slots of 10–480 minutes, a buffer of 0–240, at least one kind, a
    /// horizon of 1–365 days, and closed dates as real `YYYY-MM-DD` dates.
    pub fn new(a: &Availability) -> Result<Rules, Invalid> {
        let name = a.time_zone.trim();
        let zone = if name.is_empty() {
            Err(invalid(
                "time_zone",
                "give the shop's time zone, e.g. Europe/London",
            ))
        } else {
            TimeZone::get(name).map_err(|_| {
                invalid(
                    "time_zone",
                    format!("{name:?} is not a known IANA time zone (e.g. Europe/London)"),
                )
            })
        }?;
        let zone_name = zone.iana_name().unwrap_or(name).to_owned();
        let mut openings = Vec::with_capacity(a.weekly.len());
        for (i, hours) in a.weekly.iter().enumerate() {
            let row = i + 1;
            if !(1..=7).contains(&hours.weekday) {
                return Err(invalid(
                    "weekly",
                    format!("row {row}: the weekday is 1 (Monday) to 7 (Sunday)"),
                ));
            }
            let start = minutes(&hours.start).ok_or_else(|| {
                invalid(
                    "weekly",
                    format!("row {row}: the opening is HH:MM, e.g. 09:30"),
                )
            })?;
            let end = minutes(&hours.end).ok_or_else(|| {
                invalid(
                    "weekly",
                    format!("row {row}: the closing is HH:MM, e.g. 17:00"),
                )
            })?;
            if start >= end {
                return Err(invalid(
                    "weekly",
                    format!("row {row}: the opening must come before the closing"),
                ));
            }
            openings.push(Opening {
                weekday: hours.weekday as i8,
                start,
                end,
            });
        }
        // Overlapping hours on one day would lay out slots that overlap each other, which the
        // one-booking-per-start index could not keep apart.
        let mut by_day = openings.clone();
        by_day.sort_by_key(|o| (o.weekday, o.start));
        if let Some(pair) = by_day
            .windows(2)
            .find(|w| w[0].weekday == w[1].weekday && w[1].start < w[0].end)
        {
            return Err(invalid(
                "weekly",
                format!(
                    "the hours on weekday {} overlap; split the day without overlap (e.g. 09:00–12:30 and 13:30–17:00)",
                    pair[0].weekday
                ),
            ));
        }
        if !SLOT_MINUTES.contains(&a.slot_minutes) {
            return Err(invalid(
                "slot_minutes",
                format!(
                    "a consultation lasts {} to {} minutes",
                    SLOT_MINUTES.start(),
                    SLOT_MINUTES.end()
                ),
            ));
        }
        if a.buffer_minutes > BUFFER_MINUTES_MAX {
            return Err(invalid(
                "buffer_minutes",
                format!("the buffer is 0 to {BUFFER_MINUTES_MAX} minutes"),
            ));
        }
        if a.kinds.is_empty() {
            return Err(invalid(
                "kinds",
                "offer at least one kind of consultation (in the shop, video or phone)",
            ));
        }
        if !HORIZON_DAYS.contains(&a.horizon_days) {
            return Err(invalid(
                "horizon_days",
                format!(
                    "bookings open {} to {} days ahead",
                    HORIZON_DAYS.start(),
                    HORIZON_DAYS.end()
                ),
            ));
        }
        if a.min_notice_hours > MIN_NOTICE_HOURS_MAX {
            return Err(invalid(
                "min_notice_hours",
                format!("the notice is at most {MIN_NOTICE_HOURS_MAX} hours"),
            ));
        }
        let mut closed = BTreeSet::new();
        for date in &a.closed_dates {
            closed.insert(parse_date(date).ok_or_else(|| {
                invalid(
                    "closed_dates",
                    format!("{date:?} is not a date written YYYY-MM-DD"),
                )
            })?);
        }
        let mut kinds = a.kinds.clone();
        kinds.dedup();
        Ok(Rules {
            zone,
            zone_name,
            openings,
            slot_secs: i64::from(a.slot_minutes) * 60,
            buffer_secs: i64::from(a.buffer_minutes) * 60,
            kinds,
            closed,
            horizon_days: i64::from(a.horizon_days),
            notice_secs: i64::from(a.min_notice_hours) * 3600,
        })
    }

    /// The shop's time zone.
    pub fn zone(&self) -> &TimeZone {
        &self.zone
    }

    /// The shop's IANA zone name.
    pub fn zone_name(&self) -> &str {
        &self.zone_name
    }

    /// The kinds of consultation offered.
    pub fn kinds(&self) -> &[MeetingKind] {
        &self.kinds
    }

    /// A consultation's length, in seconds.
    pub fn slot_secs(&self) -> i64 {
        self.slot_secs
    }

    /// The shop's calendar date at `unix`.
    pub fn date_at(&self, unix: i64) -> Option<Date> {
        Timestamp::from_second(unix)
            .ok()
            .map(|t| t.to_zoned_datetime(self.zone.clone()).date())
    }

    /// The UTC instant of a civil time in the shop's zone: `None` in the spring-forward gap, the
    /// first occurrence in the fall-back fold (see the module documentation).
    fn instant(&self, date: Date, minute: i32) -> Option<i64> {
        let time = Time::new((minute / 60) as i8, (minute % 60) as i8, 0, 0).ok()?;
        let ambiguous = self.zone.to_ambiguous_timestamp(date.to_datetime(time));
        match ambiguous.offset() {
            AmbiguousOffset::Gap { .. } => None,
            AmbiguousOffset::Unambiguous { .. } | AmbiguousOffset::Fold { .. } => {
                ambiguous.earlier().ok().map(Timestamp::as_second)
            }
        }
    }

    /// Every slot start on `date` (Unix seconds, in order), before closed dates, notice or bookings.
    fn starts_on(&self, date: Date) -> Vec<i64> {
        let weekday = date.weekday().to_monday_one_offset();
        let slot = (self.slot_secs / 60) as i32;
        let step = slot + (self.buffer_secs / 60) as i32;
        let mut starts: Vec<i64> = self
            .openings
            .iter()
            .filter(|o| o.weekday == weekday)
            .flat_map(|o| {
                (o.start..)
                    .step_by(step.max(1) as usize)
                    .take_while(move |m| m + slot <= o.end)
                    .filter_map(|m| self.instant(date, m))
            })
            .collect();
        starts.sort_unstable();
        // Across a spring-forward gap, civil starts one step apart can be less than a slot apart
        // in real time; a start that would overlap the slot before it is left out, so no two
        // slots of a day ever overlap (the database only keeps starts apart).
        let mut kept: Vec<i64> = Vec::with_capacity(starts.len());
        for start in starts {
            if kept
                .last()
                .is_none_or(|last| start >= last + self.slot_secs)
            {
                kept.push(start);
            }
        }
        kept
    }

    /// The free slots on the shop's dates `from` up to `days` days on, cut to the horizon (today
    /// in the shop's zone plus `horizon_days`) and to the notice after `now`, minus every slot that
    /// overlaps a booked consultation or its buffer.
    pub fn free(&self, from: Date, days: u32, now: i64, booked: &[Busy]) -> Vec<Free> {
        let Some(today) = self.date_at(now) else {
            return Vec::new();
        };
        let earliest = now.saturating_add(self.notice_secs);
        let mut free = Vec::new();
        let end = from
            .checked_add(jiff::Span::new().days(i64::from(days)))
            .unwrap_or(from);
        let mut date = from.max(today);
        while date < end {
            let ahead = today
                .until(date)
                .map_or(i64::MAX, |s| i64::from(s.get_days()));
            if ahead > self.horizon_days {
                break;
            }
            if !self.closed.contains(&date) {
                for start in self.starts_on(date) {
                    let end = start + self.slot_secs;
                    let taken = booked.iter().any(|b| {
                        start < b.ends_at + self.buffer_secs && b.starts_at < end + self.buffer_secs
                    });
                    if start >= earliest && start > now && !taken {
                        free.push(Free {
                            starts_at: start,
                            ends_at: end,
                        });
                    }
                }
            }
            match date.tomorrow() {
                Ok(next) => date = next,
                Err(_) => break,
            }
        }
        free
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use atelier_core::commission::WeeklyHours;

    fn every_day(zone: &str, start: &str, end: &str, slot: u32) -> Availability {
        Availability {
            time_zone: zone.to_owned(),
            weekly: (1..=7)
                .map(|weekday| WeeklyHours {
                    weekday,
                    start: start.to_owned(),
                    end: end.to_owned(),
                })
                .collect(),
            slot_minutes: slot,
            buffer_minutes: 0,
            kinds: vec![MeetingKind::InShop],
            closed_dates: vec![],
            horizon_days: 365,
            min_notice_hours: 0,
        }
    }

    fn unix(rfc3339: &str) -> i64 {
        rfc3339.parse::<Timestamp>().expect("instant").as_second()
    }

    fn date(text: &str) -> Date {
        parse_date(text).expect("date")
    }

    fn starts(rules: &Rules, day: &str) -> Vec<String> {
        rules
            .free(date(day), 1, unix("2027-01-01T00:00:00Z"), &[])
            .into_iter()
            .map(|f| crate::clock::rfc3339(f.starts_at))
            .collect()
    }

    #[test]
    fn london_nine_o_clock_is_nine_gmt_then_nine_bst_after_the_last_sunday_of_march() {
        let rules = Rules::new(&every_day("Europe/London", "09:00", "10:00", 60)).expect("rules");
        assert_eq!(starts(&rules, "2027-03-27"), ["2027-03-27T09:00:00Z"]);
        assert_eq!(starts(&rules, "2027-03-28"), ["2027-03-28T08:00:00Z"]);
        assert_eq!(starts(&rules, "2027-03-29"), ["2027-03-29T08:00:00Z"]);
    }

    #[test]
    fn london_starts_in_the_spring_forward_gap_are_skipped_not_shifted() {
        let rules = Rules::new(&every_day("Europe/London", "00:00", "03:00", 30)).expect("rules");
        // 01:00 and 01:30 do not exist on 2027-03-28; 02:00 BST is 01:00 UTC.
        assert_eq!(
            starts(&rules, "2027-03-28"),
            [
                "2027-03-28T00:00:00Z",
                "2027-03-28T00:30:00Z",
                "2027-03-28T01:00:00Z",
                "2027-03-28T01:30:00Z",
            ]
        );
    }

    #[test]
    fn a_start_after_the_gap_that_would_overlap_the_slot_before_is_left_out() {
        let mut a = every_day("Europe/London", "00:00", "04:00", 45);
        a.buffer_minutes = 0;
        let rules = Rules::new(&a).expect("rules");
        // Civil 00:00, 00:45, (01:30 in the gap), 02:15 BST = 01:15Z would overlap 00:45Z–01:30Z,
        // 03:00 BST = 02:00Z.
        assert_eq!(
            starts(&rules, "2027-03-28"),
            [
                "2027-03-28T00:00:00Z",
                "2027-03-28T00:45:00Z",
                "2027-03-28T02:00:00Z"
            ]
        );
    }

    #[test]
    fn new_york_skips_the_gap_on_2027_03_14_and_takes_the_first_fold_on_2027_11_07() {
        let rules =
            Rules::new(&every_day("America/New_York", "01:00", "04:00", 60)).expect("rules");
        // Spring forward: 02:00 EST does not exist; 01:00 EST = 06:00Z, 03:00 EDT = 07:00Z.
        assert_eq!(
            starts(&rules, "2027-03-14"),
            ["2027-03-14T06:00:00Z", "2027-03-14T07:00:00Z"]
        );
        // The day before, all in EST.
        assert_eq!(
            starts(&rules, "2027-03-13"),
            [
                "2027-03-13T06:00:00Z",
                "2027-03-13T07:00:00Z",
                "2027-03-13T08:00:00Z"
            ]
        );
        // Fall back: 01:00 happens twice; the first (EDT) is offered once. 02:00 and 03:00 EST.
        assert_eq!(
            starts(&rules, "2027-11-07"),
            [
                "2027-11-07T05:00:00Z",
                "2027-11-07T07:00:00Z",
                "2027-11-07T08:00:00Z"
            ]
        );
    }

    #[test]
    fn steps_by_slot_and_buffer_and_ends_by_closing() {
        let mut a = every_day("Europe/London", "09:00", "12:00", 50);
        a.buffer_minutes = 15;
        let rules = Rules::new(&a).expect("rules");
        // 09:00, 10:05 (ends 10:55), 11:10 would end 12:00: allowed; in BST.
        assert_eq!(
            starts(&rules, "2027-06-01"),
            [
                "2027-06-01T08:00:00Z",
                "2027-06-01T09:05:00Z",
                "2027-06-01T10:10:00Z"
            ]
        );
    }

    #[test]
    fn closed_dates_notice_horizon_and_bookings_remove_slots() {
        let mut a = every_day("Europe/London", "09:00", "12:00", 60);
        a.buffer_minutes = 30;
        a.closed_dates = vec!["2027-06-02".into()];
        a.horizon_days = 3;
        a.min_notice_hours = 2;
        let rules = Rules::new(&a).expect("rules");
        let now = unix("2027-06-01T07:30:00Z");
        let booked = [Busy {
            starts_at: unix("2027-06-03T08:00:00Z"),
            ends_at: unix("2027-06-03T09:00:00Z"),
        }];
        let got: Vec<String> = rules
            .free(date("2027-05-30"), 10, now, &booked)
            .into_iter()
            .map(|f| crate::clock::rfc3339(f.starts_at))
            .collect();
        assert_eq!(
            got,
            [
                // 09:00 BST on the 1st is inside the 2-hour notice; 10:30 is not.
                "2027-06-01T09:30:00Z",
                // The 2nd is closed; 09:00 on the 3rd is booked, 10:30 is clear of its buffer.
                "2027-06-03T09:30:00Z",
                "2027-06-04T08:00:00Z",
                "2027-06-04T09:30:00Z",
            ]
        );
    }

    #[test]
    fn every_field_is_checked() {
        let good = every_day("Europe/London", "09:00", "17:00", 60);
        let field = |change: &dyn Fn(&mut Availability)| {
            let mut a = good.clone();
            change(&mut a);
            Rules::new(&a).map(|_| ()).map_err(|e| e.field)
        };
        assert_eq!(field(&|_| {}), Ok(()));
        assert_eq!(
            field(&|a| a.time_zone = "Europe/Atlantis".into()),
            Err("time_zone")
        );
        assert_eq!(field(&|a| a.time_zone = "+01:00".into()), Err("time_zone"));
        assert_eq!(field(&|a| a.weekly[0].weekday = 8), Err("weekly"));
        assert_eq!(field(&|a| a.weekly[0].weekday = 0), Err("weekly"));
        assert_eq!(field(&|a| a.weekly[0].start = "9:00".into()), Err("weekly"));
        assert_eq!(field(&|a| a.weekly[0].end = "24:00".into()), Err("weekly"));
        assert_eq!(field(&|a| a.weekly[0].end = "09:00".into()), Err("weekly"));
        let lunch = |start: &str, end: &str| WeeklyHours {
            weekday: 1,
            start: start.into(),
            end: end.into(),
        };
        assert_eq!(
            field(&|a| a.weekly.push(lunch("16:00", "18:00"))),
            Err("weekly")
        );
        assert_eq!(field(&|a| a.weekly.push(lunch("17:00", "18:00"))), Ok(()));
        assert_eq!(field(&|a| a.slot_minutes = 9), Err("slot_minutes"));
        assert_eq!(field(&|a| a.slot_minutes = 481), Err("slot_minutes"));
        assert_eq!(field(&|a| a.buffer_minutes = 241), Err("buffer_minutes"));
        assert_eq!(field(&|a| a.kinds.clear()), Err("kinds"));
        assert_eq!(field(&|a| a.horizon_days = 0), Err("horizon_days"));
        assert_eq!(field(&|a| a.horizon_days = 366), Err("horizon_days"));
        assert_eq!(
            field(&|a| a.closed_dates = vec!["2027-02-30".into()]),
            Err("closed_dates")
        );
        assert_eq!(
            field(&|a| a.closed_dates = vec!["2027-2-3".into()]),
            Err("closed_dates")
        );
    }
}
