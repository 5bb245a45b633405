//! Wall-clock time as the server needs it: Unix seconds for scheduling, the UTC calendar date for
//! validating deadlines, and RFC 3339 text for storage. A few lines of civil-date arithmetic
//! (Howard Hinnant's `civil_from_days`) instead of a date library.

use atelier_core::date::IsoDate;
use std::time::{SystemTime, UNIX_EPOCH};

/// Seconds since the Unix epoch, now. A clock before 1970 counts as 0.
pub fn now_unix() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}

/// The proleptic Gregorian (year, month, day) of a Unix time, in UTC.
pub fn civil_from_unix(unix: i64) -> (i64, u8, u8) {
    let days = unix.div_euclid(86_400);
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// Today's date in UTC for core's deadline checks. Outside core's 2000–2200 window (a badly set
/// clock) the nearest end is used, so validation still runs.
pub fn today_utc(unix: i64) -> IsoDate {
    let (year, month, day) = civil_from_unix(unix);
    let clamped = year.clamp(2000, 2200) as u16;
    if i64::from(clamped) == year {
        IsoDate {
            year: clamped,
            month,
            day,
        }
    } else {
        IsoDate {
            year: clamped,
            month: 1,
            day: 1,
        }
    }
}

/// `YYYY-MM-DDTHH:MM:SSZ` for a Unix time.
pub fn rfc3339(unix: i64) -> String {
    let (year, month, day) = civil_from_unix(unix);
    let secs = unix.rem_euclid(86_400);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        secs / 3600,
        secs % 3600 / 60,
        secs % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_dates() {
        assert_eq!(civil_from_unix(0), (1970, 1, 1));
        assert_eq!(civil_from_unix(951_782_400), (2000, 2, 29));
        assert_eq!(civil_from_unix(1_767_225_599), (2025, 12, 31));
        assert_eq!(rfc3339(1_767_225_599), "2025-12-31T23:59:59Z");
        assert_eq!(today_utc(1_767_225_600).to_string(), "2026-01-01");
    }

    #[test]
    fn agrees_with_core_day_numbers() {
        // 2000-01-01 is Unix day 10957.
        for day in (10_957..10_957 + 3000).step_by(7) {
            let date = today_utc(day * 86_400 + 123);
            assert_eq!(date.day_number(), day - 10_957);
        }
    }
}
