//! Calendar dates as `YYYY-MM-DD` text, checked without a clock or a date library (the crate must
//! build for `wasm32-unknown-unknown`, where there is no system time).

use serde::{Deserialize, Serialize};
use thiserror::Error;

/// Why a date string was rejected.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum DateError {
    /// Not of the form `YYYY-MM-DD`.
    Format,
    /// The month is not 1–12 or the day does not exist in that month.
    NoSuchDay(String),
    /// Outside the years a jeweler plans for.
    YearOutOfRange,
}

impl std::fmt::Display for DateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        crate::words::display(&self.msg(), f)
    }
}

impl DateError {
    /// Why the date was rejected, in any language.
    pub fn msg(&self) -> crate::i18n::Msg {
        use crate::i18n::Msg;
        match self {
            DateError::Format => Msg::new("field-date-format"),
            DateError::NoSuchDay(text) => {
                Msg::new("field-date-no-such-day").arg("date", text.as_str())
            }
            DateError::YearOutOfRange => Msg::new("field-date-year"),
        }
    }
}

/// A validated calendar date (proleptic Gregorian).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct IsoDate {
    /// Year, 2000–2200.
    pub year: u16,
    /// Month, 1–12.
    pub month: u8,
    /// Day of the month.
    pub day: u8,
}

impl IsoDate {
    /// Parses `YYYY-MM-DD`.
    pub fn parse(text: &str) -> Result<IsoDate, DateError> {
        let b = text.as_bytes();
        let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
        if b.len() != 10
            || b[4] != b'-'
            || b[7] != b'-'
            || !digits(0..4)
            || !digits(5..7)
            || !digits(8..10)
        {
            return Err(DateError::Format);
        }
        let num =
            |r: std::ops::Range<usize>| b[r].iter().fold(0u32, |n, d| n * 10 + u32::from(d - b'0'));
        let (year, month, day) = (num(0..4), num(5..7), num(8..10));
        if !(2000..=2200).contains(&year) {
            return Err(DateError::YearOutOfRange);
        }
        let year = year as u16;
        if !(1..=12).contains(&month)
            || day == 0
            || day > u32::from(days_in_month(year, month as u8))
        {
            return Err(DateError::NoSuchDay(text.to_owned()));
        }
        Ok(IsoDate {
            year,
            month: month as u8,
            day: day as u8,
        })
    }

    /// Days since 2000-01-01, for differences between dates.
    pub fn day_number(self) -> i64 {
        let mut days = 0i64;
        for y in 2000..self.year {
            days += if is_leap(y) { 366 } else { 365 };
        }
        for m in 1..self.month {
            days += i64::from(days_in_month(self.year, m));
        }
        days + i64::from(self.day) - 1
    }

    /// Whole days from `self` to `later` (negative when `later` is earlier).
    pub fn days_until(self, later: IsoDate) -> i64 {
        later.day_number() - self.day_number()
    }
}

impl std::fmt::Display for IsoDate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for IsoDate {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for IsoDate {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        IsoDate::parse(&text).map_err(serde::de::Error::custom)
    }
}

fn is_leap(year: u16) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn parses_real_days_only() {
        assert_eq!(
            IsoDate::parse("2024-02-29").map(|d| d.to_string()),
            Ok("2024-02-29".into())
        );
        assert!(matches!(
            IsoDate::parse("2025-02-29"),
            Err(DateError::NoSuchDay(_))
        ));
        assert!(matches!(
            IsoDate::parse("2025-13-01"),
            Err(DateError::NoSuchDay(_))
        ));
        assert!(matches!(
            IsoDate::parse("2100-02-29"),
            Err(DateError::NoSuchDay(_))
        ));
        assert_eq!(IsoDate::parse("2025-6-30"), Err(DateError::Format));
        assert_eq!(IsoDate::parse("30/06/2025"), Err(DateError::Format));
        assert_eq!(IsoDate::parse("1999-12-31"), Err(DateError::YearOutOfRange));
        assert_eq!(IsoDate::parse("２０２５-01-01"), Err(DateError::Format));
    }

    #[test]
    fn counts_days() {
        let a = IsoDate::parse("2024-12-31").unwrap();
        let b = IsoDate::parse("2025-03-01").unwrap();
        assert_eq!(a.days_until(b), 31 + 28 + 1);
        assert_eq!(IsoDate::parse("2000-01-01").unwrap().day_number(), 0);
    }

    proptest! {
        #[test]
        fn never_panics(s in "\\PC{0,12}") {
            let _ = IsoDate::parse(&s);
        }

        #[test]
        fn round_trips(y in 2000u16..=2200, m in 1u8..=12, d in 1u8..=31) {
            let text = format!("{y:04}-{m:02}-{d:02}");
            if let Ok(date) = IsoDate::parse(&text) {
                prop_assert_eq!(date.to_string(), text);
            } else {
                prop_assert!(d > 28);
            }
        }
    }
}
