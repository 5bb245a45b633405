//! Ring sizes. A size *is* an inner circumference in millimetres (ISO 8653); every national system is
//! a label for one. Conversions and parsing for US/Canada, UK/Australia, EU/ISO, Japan and inner
//! diameter live here, together with "I don't know my size".
//!
//! The formulas, and the charts they were checked against (largest errors in `core/TABLES.md`):
//! - **US/Canada**: inner diameter `0.458 in + 0.032 in × size` (size 0 is 11.63 mm; a full size is
//!   0.8128 mm of diameter, about 2.55 mm of circumference), as in the conversion chart on Wikipedia's
//!   *Ring size* page. US 6 = 16.51 mm diameter = 51.87 mm circumference.
//! - **UK/Australia** (BS 6820 letters, with halves, and `Z+1`… beyond Z): circumference
//!   `37.8 mm + 1.23 mm × letters after A`. A = 37.8 mm is common to every published chart; the step
//!   fits ringchart.co.uk (M = 52.5 mm, Z+2 = 71.0 mm) and zuzujewellery's diameters (M = 16.79 mm)
//!   to within 0.3 mm of circumference. M lands between US 6¼ and 6½, nearest US 6¼.
//! - **EU/ISO 8653**: the circumference in millimetres, in whole or half millimetres.
//! - **Japan** (JCS, the customary scale): size 1 is 13.0 mm inner diameter and each size adds 1/3 mm
//!   (j-tano.com's comparison table; miraihoushoku: size 1 = 40.8 mm circumference). Published US↔JP
//!   charts disagree with each other by up to one JP size above US 8.

use crate::i18n::{Arg, Msg};
use serde::{Deserialize, Serialize};
use std::f64::consts::PI;
use thiserror::Error;

const MM_PER_INCH: f64 = 25.4;
/// Smallest circumference a ring can have here (below any adult or child chart).
pub const MIN_CIRCUMFERENCE_MM: f64 = 30.0;
/// Largest circumference a ring can have here (above any chart).
pub const MAX_CIRCUMFERENCE_MM: f64 = 90.0;
/// UK size A, mm of circumference.
const UK_A_MM: f64 = 37.8;
/// UK full letter step, mm of circumference.
const UK_STEP_MM: f64 = 1.23;
/// Longest size text the parser looks at.
const MAX_INPUT_LEN: usize = 32;

/// A sizing system a visitor may know their size in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SizeSystem {
    /// US and Canada: 0–16 in quarter sizes.
    Us,
    /// UK, Ireland, Australia, New Zealand: letters A–Z with halves, then Z+1 to Z+6.
    Uk,
    /// EU and ISO 8653: inner circumference in mm.
    Eu,
    /// Japan (JCS): whole numbers 1–30.
    Jp,
    /// Inner diameter in mm, e.g. measured from a ring that fits.
    DiameterMm,
}

impl SizeSystem {
    /// Every system, in the order the configurator offers them.
    pub const ALL: [SizeSystem; 5] = [Self::Us, Self::Uk, Self::Eu, Self::Jp, Self::DiameterMm];

    /// What the visitor reads ("US / Canada"), in any language.
    pub fn msg(self) -> Msg {
        Msg::new(match self {
            Self::Us => "size-system-us",
            Self::Uk => "size-system-uk",
            Self::Eu => "size-system-eu",
            Self::Jp => "size-system-jp",
            Self::DiameterMm => "size-system-diameter",
        })
    }

    /// The system as the short prefix of a size ("US", "JP"), in any language.
    pub fn short_msg(self) -> Msg {
        Msg::new(match self {
            Self::Us => "size-short-us",
            Self::Uk => "size-short-uk",
            Self::Eu => "size-short-eu",
            Self::Jp => "size-short-jp",
            Self::DiameterMm => "size-short-diameter",
        })
    }

    /// A stable short code (also used by the share codec).
    pub fn code(self) -> u8 {
        match self {
            Self::Us => 0,
            Self::Uk => 1,
            Self::Eu => 2,
            Self::Jp => 3,
            Self::DiameterMm => 4,
        }
    }

    /// The system with this code.
    pub fn from_code(code: u8) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// Why a size was rejected.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum SizeError {
    /// Nothing was typed.
    Empty,
    /// The text is not a size in that system.
    Unreadable {
        /// The system's name.
        system: &'static str,
        /// What was typed (shortened).
        text: String,
        /// How sizes in that system look.
        hint: &'static str,
    },
    /// A number outside the system's chart.
    OutOfRange {
        /// The system's name.
        system: &'static str,
        /// Smallest size.
        min: &'static str,
        /// Largest size.
        max: &'static str,
    },
    /// A US size that is not a whole, quarter or half size.
    NotAQuarter,
}

impl std::fmt::Display for SizeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        crate::words::display(&self.msg(), f)
    }
}

/// A chart's end as a message argument: a number in the reader's digits ("24.5 mm" is 24.5, the
/// message says the unit), a UK letter as written.
fn bound(text: &str) -> Arg {
    let number = text.trim_end_matches(" mm");
    crate::decimal::parse(number).map_or_else(
        || Arg::Text(text.to_owned()),
        |value| Arg::Number {
            value,
            min_frac: 0,
            max_frac: 1,
        },
    )
}

impl SizeError {
    /// Why the size was rejected, in any language.
    pub fn msg(&self) -> Msg {
        match self {
            SizeError::Empty => Msg::new("size-error-empty"),
            SizeError::Unreadable { system, text, .. } => Msg::new(match *system {
                "US" => "size-error-us",
                "UK" => "size-error-uk",
                "EU" => "size-error-eu",
                "Japanese" => "size-error-jp",
                "diameter" => "size-error-diameter",
                _ => "size-error-too-long",
            })
            .arg("text", text.as_str()),
            SizeError::OutOfRange { system, min, max } => Msg::new(match *system {
                "US" => "size-range-us",
                "UK" => "size-range-uk",
                "EU" => "size-range-eu",
                "Japanese" => "size-range-jp",
                "Inner diameter" => "size-range-diameter",
                _ => "size-range-circumference",
            })
            .arg("min", bound(min))
            .arg("max", bound(max)),
            SizeError::NotAQuarter => Msg::new("size-error-quarter"),
        }
    }
}

/// An inner circumference, held in hundredths of a millimetre so that it compares, hashes and
/// encodes exactly. Always between 30 and 90 mm.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RingSize {
    centi_mm: u32,
}

impl RingSize {
    /// US 6 (16.51 mm across, 51.87 mm around): the default size.
    pub const US_6: RingSize = RingSize { centi_mm: 5187 };

    /// A size from its inner circumference in mm, rounded to 0.01 mm.
    pub fn from_circumference_mm(mm: f64) -> Result<RingSize, SizeError> {
        if !(MIN_CIRCUMFERENCE_MM..=MAX_CIRCUMFERENCE_MM).contains(&mm) {
            return Err(SizeError::OutOfRange {
                system: "Circumference", // i18n: not words (the system SizeError::msg picks its message by)
                min: "30 mm",
                max: "90 mm",
            });
        }
        Ok(RingSize {
            centi_mm: (mm * 100.0).round() as u32,
        })
    }

    /// A size from hundredths of a millimetre of circumference (the share codec's unit).
    pub fn from_centi_mm(centi_mm: u32) -> Result<RingSize, SizeError> {
        Self::from_circumference_mm(f64::from(centi_mm) / 100.0)
    }

    /// Hundredths of a millimetre of circumference.
    pub fn centi_mm(self) -> u32 {
        self.centi_mm
    }

    /// Inner circumference in mm (ISO 8653).
    pub fn circumference_mm(self) -> f64 {
        f64::from(self.centi_mm) / 100.0
    }

    /// Inner diameter in mm.
    pub fn diameter_mm(self) -> f64 {
        self.circumference_mm() / PI
    }

    /// A size from its inner diameter in mm.
    pub fn from_diameter_mm(mm: f64) -> Result<RingSize, SizeError> {
        Self::from_circumference_mm(mm * PI).map_err(|_| SizeError::OutOfRange {
            system: "Inner diameter", // i18n: not words (the system SizeError::msg picks its message by)
            min: "9.6 mm",
            max: "28.6 mm",
        })
    }

    /// A US/Canada size, 0–16 (any real number; labels use quarters).
    pub fn from_us(us: f64) -> Result<RingSize, SizeError> {
        if !(0.0..=16.0).contains(&us) {
            return Err(SizeError::OutOfRange {
                system: "US",
                min: "0",
                max: "16",
            });
        }
        Self::from_diameter_mm((0.458 + 0.032 * us) * MM_PER_INCH)
    }

    /// The US/Canada size as a real number (e.g. 6.02).
    pub fn us(self) -> f64 {
        (self.diameter_mm() / MM_PER_INCH - 0.458) / 0.032
    }

    /// The nearest US quarter size, clamped to 0–16.
    pub fn us_quarter(self) -> f64 {
        ((self.us() * 4.0).round() / 4.0).clamp(0.0, 16.0)
    }

    /// A UK size from half-letter steps after A (0 = A, 1 = A½, 24 = M, 50 = Z, 52 = Z+1, …, 62 = Z+6).
    pub fn from_uk_half_steps(half_steps: u32) -> Result<RingSize, SizeError> {
        if half_steps > 62 {
            return Err(uk_out_of_range());
        }
        Self::from_circumference_mm(UK_A_MM + UK_STEP_MM * f64::from(half_steps) / 2.0)
    }

    /// Half-letter steps after UK A, real-valued (may be negative below A).
    pub fn uk_half_steps(self) -> f64 {
        (self.circumference_mm() - UK_A_MM) / UK_STEP_MM * 2.0
    }

    /// A Japanese (JCS) size, 1–30.
    pub fn from_jp(jp: u32) -> Result<RingSize, SizeError> {
        if !(1..=30).contains(&jp) {
            return Err(SizeError::OutOfRange {
                system: "Japanese", // i18n: not words (the system SizeError::msg picks its message by)
                min: "1",
                max: "30",
            });
        }
        Self::from_diameter_mm(13.0 + f64::from(jp - 1) / 3.0)
    }

    /// The Japanese size as a real number.
    pub fn jp(self) -> f64 {
        (self.diameter_mm() - 13.0) * 3.0 + 1.0
    }

    /// Parses what a visitor typed in the given system.
    pub fn parse(system: SizeSystem, text: &str) -> Result<RingSize, SizeError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(SizeError::Empty);
        }
        let unreadable = |name: &'static str, hint: &'static str| SizeError::Unreadable {
            system: name,
            text: text.chars().take(MAX_INPUT_LEN).collect(),
            hint,
        };
        if text.chars().count() > MAX_INPUT_LEN {
            return Err(unreadable("ring", "it is too long"));
        }
        match system {
            SizeSystem::Us => {
                let us =
                    parse_number_with_fraction(strip_prefix(text, &["us", "usa", "ca", "size"]))
                        .ok_or_else(|| unreadable("US", "try 6, 6.25, 6¼ or 6 1/2"))?;
                if ((us * 4.0).round() - us * 4.0).abs() > 0.01 {
                    return Err(SizeError::NotAQuarter);
                }
                Self::from_us((us * 4.0).round() / 4.0)
            }
            SizeSystem::Uk => parse_uk(strip_prefix(text, &["uk", "au", "size"]))
                .ok_or_else(|| unreadable("UK", "try M, M½, M 1/2 or Z+1"))
                .and_then(Self::from_uk_half_steps),
            SizeSystem::Eu => {
                let mm = parse_decimal(strip_suffix(strip_prefix(text, &["eu", "iso"]), &["mm"]))
                    .ok_or_else(|| {
                    unreadable("EU", "type the circumference in mm, e.g. 52 or 52.5")
                })?;
                if !(38.0..=76.0).contains(&mm) {
                    return Err(SizeError::OutOfRange {
                        system: "EU",
                        min: "38",
                        max: "76",
                    });
                }
                Self::from_circumference_mm(mm)
            }
            SizeSystem::Jp => {
                let t = strip_suffix(
                    strip_prefix(text, &["jp", "no.", "#"]),
                    &["号", "gou", "go"],
                );
                let jp: u32 = t
                    .parse()
                    .map_err(|_| unreadable("Japanese", "type a whole number, e.g. 11"))?;
                Self::from_jp(jp)
            }
            SizeSystem::DiameterMm => {
                let mm = parse_decimal(strip_suffix(text, &["mm"]))
                    .ok_or_else(|| unreadable("diameter", "type millimetres, e.g. 16.5"))?;
                if !(12.0..=24.5).contains(&mm) {
                    return Err(SizeError::OutOfRange {
                        system: "Inner diameter", // i18n: not words (the system SizeError::msg picks its message by)
                        min: "12 mm",
                        max: "24.5 mm",
                    });
                }
                Self::from_diameter_mm(mm)
            }
        }
    }

    /// The size's label in a system: the nearest size that system has.
    pub fn label(self, system: SizeSystem) -> String {
        match system {
            SizeSystem::Us => format_quarter(self.us_quarter()),
            SizeSystem::Uk => uk_label(self.uk_half_steps().round().clamp(0.0, 62.0) as u32),
            SizeSystem::Eu => {
                let half_mm = (self.circumference_mm() * 2.0).round() / 2.0;
                format_half(half_mm)
            }
            SizeSystem::Jp => crate::decimal::fixed(self.jp().round().clamp(1.0, 30.0), 0),
            SizeSystem::DiameterMm => {
                format!("{} mm", crate::decimal::fixed(self.diameter_mm(), 1))
            }
        }
    }
}

impl RingSize {
    /// The size's label in a system as a message argument: US and UK labels as they are written
    /// (`6¼`, `M½`), EU and Japanese sizes as numbers in the reader's digits, a diameter in mm.
    pub fn label_msg(self, system: SizeSystem) -> Arg {
        match system {
            SizeSystem::Us | SizeSystem::Uk => Arg::Text(self.label(system)),
            SizeSystem::Eu => Arg::Number {
                value: (self.circumference_mm() * 2.0).round() / 2.0,
                min_frac: 0,
                max_frac: 1,
            },
            SizeSystem::Jp => Arg::fixed(self.jp().round().clamp(1.0, 30.0), 0),
            SizeSystem::DiameterMm => Msg::new("size-mm")
                .arg("mm", Arg::fixed(self.diameter_mm(), 1))
                .into(),
        }
    }
}

impl Serialize for RingSize {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_f64(self.circumference_mm())
    }
}

impl<'de> Deserialize<'de> for RingSize {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let mm = f64::deserialize(d)?;
        RingSize::from_circumference_mm(mm).map_err(serde::de::Error::custom)
    }
}

fn uk_out_of_range() -> SizeError {
    SizeError::OutOfRange {
        system: "UK",
        min: "A",
        max: "Z+6",
    }
}

/// Removes a leading system name ("US 6", "uk: M") case-insensitively.
fn strip_prefix<'a>(text: &'a str, prefixes: &[&str]) -> &'a str {
    for p in prefixes {
        if let Some(head) = text.get(..p.len()) {
            if head.eq_ignore_ascii_case(p) {
                return text[p.len()..].trim_start_matches([' ', ':']).trim();
            }
        }
    }
    text
}

fn strip_suffix<'a>(text: &'a str, suffixes: &[&str]) -> &'a str {
    for s in suffixes {
        if text.len() >= s.len() && text.is_char_boundary(text.len() - s.len()) {
            let (head, tail) = text.split_at(text.len() - s.len());
            if tail.eq_ignore_ascii_case(s) {
                return head.trim();
            }
        }
    }
    text
}

/// A plain decimal with `.` or `,`.
fn parse_decimal(text: &str) -> Option<f64> {
    crate::decimal::parse(&text.trim().replace(',', "."))
}

/// `6`, `6.25`, `6,5`, `6¼`, `6 ½`, `6 1/2`, `6-3/4`, `½`.
fn parse_number_with_fraction(text: &str) -> Option<f64> {
    let t = text.trim();
    for (glyph, value) in [('¼', 0.25), ('½', 0.5), ('¾', 0.75)] {
        if let Some(whole) = t.strip_suffix(glyph) {
            let whole = whole.trim().trim_end_matches('-').trim();
            let base = if whole.is_empty() {
                0.0
            } else {
                parse_decimal(whole)?
            };
            return Some(base + value);
        }
    }
    if let Some((left, denominator)) = t.split_once('/') {
        let left = left.trim();
        let (whole, numerator) = match left.rsplit_once([' ', '-']) {
            Some((w, n)) => (parse_decimal(w)?, n),
            None => (0.0, left),
        };
        let n: u32 = numerator.trim().parse().ok()?;
        let d: u32 = denominator.trim().parse().ok()?;
        if d == 0 || n >= d || d > 8 {
            return None;
        }
        return Some(whole + f64::from(n) / f64::from(d));
    }
    parse_decimal(t)
}

/// UK letters: `M`, `m½`, `M 1/2`, `M.5`, `M-1/2`, `Z+1`, `Z+1½`. Returns half steps after A.
fn parse_uk(text: &str) -> Option<u32> {
    let mut chars = text.chars();
    let letter = chars.next()?.to_ascii_uppercase();
    if !letter.is_ascii_uppercase() {
        return None;
    }
    let mut half_steps = (letter as u32 - 'A' as u32) * 2;
    let mut rest = chars.as_str().trim();
    if letter == 'Z' {
        if let Some(after) = rest.strip_prefix('+') {
            let digits: String = after.chars().take_while(char::is_ascii_digit).collect();
            let n: u32 = digits.parse().ok()?;
            if !(1..=6).contains(&n) {
                return None;
            }
            half_steps += 2 * n;
            rest = after[digits.len()..].trim();
        }
    }
    let half = match rest.trim_start_matches(['-', ' ']) {
        "" => false,
        "½" | "1/2" | ".5" | ",5" | "half" => true,
        _ => return None,
    };
    Some(half_steps + u32::from(half))
}

fn uk_label(half_steps: u32) -> String {
    let whole = half_steps / 2;
    let half = if half_steps % 2 == 1 { "½" } else { "" };
    if whole <= 25 {
        let letter = char::from(b'A' + whole as u8);
        format!("{letter}{half}")
    } else {
        format!("Z+{}{half}", whole - 25)
    }
}

fn format_quarter(value: f64) -> String {
    let whole = value.trunc() as u32;
    let glyph = match ((value - value.trunc()) * 4.0).round() as u32 {
        1 => "¼",
        2 => "½",
        3 => "¾",
        _ => "",
    };
    format!("{whole}{glyph}")
}

fn format_half(value: f64) -> String {
    let whole = crate::decimal::fixed(value.trunc(), 0);
    if (value - value.trunc()).abs() < 0.25 {
        whole
    } else {
        format!("{whole}.5")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn uk(text: &str) -> RingSize {
        RingSize::parse(SizeSystem::Uk, text).unwrap()
    }

    #[test]
    fn size_errors_say_their_chart_in_the_readers_digits() {
        use crate::words::english;
        let error = RingSize::parse(SizeSystem::DiameterMm, "40").expect_err("too large");
        assert_eq!(
            english(&error.msg()),
            "Inner diameter sizes run from 12 mm to 24.5 mm"
        );
        // Displayed for logs and developers in no language.
        assert!(error.to_string().starts_with("size-"), "{error}");
        let msg = error.msg();
        assert_eq!(
            msg.args[1],
            (
                "max",
                Arg::Number {
                    value: 24.5,
                    min_frac: 0,
                    max_frac: 1
                }
            )
        );
        assert_eq!(
            english(&uk_out_of_range().msg()),
            "UK sizes run from A to Z+6"
        );
        let us = RingSize::parse(SizeSystem::Us, "six").expect_err("not a number");
        assert_eq!(
            english(&us.msg()),
            "“six” is not a US size; try 6, 6.25, 6¼ or 6 1/2"
        );
    }

    #[test]
    fn us_6_matches_the_charts() {
        let s = RingSize::from_us(6.0).unwrap();
        assert!((s.diameter_mm() - 16.5).abs() < 0.05, "{}", s.diameter_mm());
        assert!(
            (s.circumference_mm() - 51.9).abs() < 0.05,
            "{}",
            s.circumference_mm()
        );
        assert_eq!(s.label(SizeSystem::Us), "6");
        assert_eq!(s.label(SizeSystem::Eu), "52");
        assert_eq!(s.label(SizeSystem::Jp), "12");
        assert_eq!(s, RingSize::US_6);
    }

    /// Wikipedia's US chart (inner diameter in inches: size 0 = 0.458, 5 = 0.618, 10 = 0.778, 13 = 0.874).
    #[test]
    fn us_chart_points() {
        for (us, inches) in [(0.0, 0.458), (5.0, 0.618), (10.0, 0.778), (13.0, 0.874)] {
            let d = RingSize::from_us(us).unwrap().diameter_mm();
            assert!((d - inches * 25.4).abs() < 0.01, "US {us}: {d}");
        }
    }

    #[test]
    fn uk_m_is_about_us_6_and_a_quarter() {
        let m = uk("M");
        assert_eq!(m.label(SizeSystem::Us), "6¼");
        assert!(m.us() > 6.0 && m.us() < 6.5);
        assert_eq!(m.label(SizeSystem::Uk), "M");
        assert_eq!(uk("m½").label(SizeSystem::Uk), "M½");
        assert_eq!(uk("M 1/2"), uk("M½"));
        assert_eq!(uk("UK M-1/2"), uk("M½"));
        assert_eq!(uk("z+2").label(SizeSystem::Uk), "Z+2");
        assert_eq!(uk("Z+1½").label(SizeSystem::Uk), "Z+1½");
    }

    /// UK letter circumferences from two published charts: ringchart.co.uk (A 37.8, M 52.5, T 61.4,
    /// Z+2 71.0) and zuzujewellery.com (diameters: I 15.22, M 16.79, S 19.15, Z 21.91).
    #[test]
    fn uk_chart_points() {
        let circumference = [("A", 37.8), ("M", 52.5), ("T", 61.4), ("Z+2", 71.0)];
        let diameter = [("I", 15.22), ("M", 16.79), ("S", 19.15), ("Z", 21.91)];
        for (label, mm) in circumference {
            let ours = uk(label).circumference_mm();
            assert!((ours - mm).abs() <= 0.25, "{label}: {ours} vs {mm}");
        }
        for (label, mm) in diameter {
            let ours = uk(label).diameter_mm();
            assert!((ours - mm).abs() <= 0.10, "{label}: {ours} vs {mm}");
        }
    }

    /// mysizecharts.com's US→Japan table (US 5 → 9, 6 → 12, 7 → 14, 8 → 16), and JCS size 1 = 40.8 mm.
    #[test]
    fn japan_chart_points() {
        for (us, jp) in [(5.0, "9"), (6.0, "12"), (7.0, "14"), (8.0, "16")] {
            assert_eq!(
                RingSize::from_us(us).unwrap().label(SizeSystem::Jp),
                jp,
                "US {us}"
            );
        }
        let one = RingSize::from_jp(1).unwrap().circumference_mm();
        assert!((one - 40.8).abs() < 0.1, "{one}");
    }

    #[test]
    fn parses_us_in_every_spelling() {
        let six_half = RingSize::from_us(6.5).unwrap();
        for text in [
            "6.5",
            "6,5",
            "6½",
            "6 ½",
            "6 1/2",
            "6-1/2",
            "US 6.5",
            "size 6 1/2",
        ] {
            assert_eq!(
                RingSize::parse(SizeSystem::Us, text),
                Ok(six_half),
                "{text}"
            );
        }
        assert_eq!(
            RingSize::parse(SizeSystem::Us, "6.3"),
            Err(SizeError::NotAQuarter)
        );
        assert!(matches!(
            RingSize::parse(SizeSystem::Us, "17"),
            Err(SizeError::OutOfRange { .. })
        ));
        assert!(matches!(
            RingSize::parse(SizeSystem::Us, "six"),
            Err(SizeError::Unreadable { .. })
        ));
        assert_eq!(RingSize::parse(SizeSystem::Us, "  "), Err(SizeError::Empty));
        assert!(matches!(
            RingSize::parse(SizeSystem::Us, "6 1/0"),
            Err(SizeError::Unreadable { .. })
        ));
    }

    #[test]
    fn parses_other_systems() {
        let eu = RingSize::parse(SizeSystem::Eu, "52,5 mm").unwrap();
        assert_eq!(eu.circumference_mm(), 52.5);
        assert_eq!(eu.label(SizeSystem::Eu), "52.5");
        assert!(matches!(
            RingSize::parse(SizeSystem::Eu, "20"),
            Err(SizeError::OutOfRange { .. })
        ));
        assert_eq!(
            RingSize::parse(SizeSystem::Jp, "11号")
                .unwrap()
                .label(SizeSystem::Jp),
            "11"
        );
        assert!(matches!(
            RingSize::parse(SizeSystem::Jp, "11.5"),
            Err(SizeError::Unreadable { .. })
        ));
        let d = RingSize::parse(SizeSystem::DiameterMm, "16.5 mm").unwrap();
        assert!((d.diameter_mm() - 16.5).abs() < 0.005);
        assert!(matches!(
            RingSize::parse(SizeSystem::Uk, "AA"),
            Err(SizeError::Unreadable { .. })
        ));
        assert!(matches!(
            RingSize::parse(SizeSystem::Uk, "Z+9"),
            Err(SizeError::Unreadable { .. })
        ));
    }

    #[test]
    fn serde_is_the_circumference() {
        let s = RingSize::from_us(6.0).unwrap();
        assert_eq!(serde_json::to_string(&s).unwrap(), "51.87");
        assert_eq!(serde_json::from_str::<RingSize>("51.87").unwrap(), s);
        assert!(serde_json::from_str::<RingSize>("5000").is_err());
    }

    proptest! {
        #[test]
        fn us_quarters_round_trip(q in 0u32..=64) {
            let us = f64::from(q) / 4.0;
            let size = RingSize::from_us(us).unwrap();
            prop_assert_eq!(size.us_quarter(), us);
            let label = size.label(SizeSystem::Us);
            prop_assert_eq!(RingSize::parse(SizeSystem::Us, &label).unwrap(), size);
        }

        #[test]
        fn uk_labels_round_trip(h in 0u32..=62) {
            let size = RingSize::from_uk_half_steps(h).unwrap();
            let label = size.label(SizeSystem::Uk);
            prop_assert_eq!(RingSize::parse(SizeSystem::Uk, &label).unwrap(), size);
        }

        #[test]
        fn jp_round_trips(jp in 1u32..=30) {
            let size = RingSize::from_jp(jp).unwrap();
            prop_assert_eq!(size.label(SizeSystem::Jp), jp.to_string());
        }

        #[test]
        fn eu_half_millimetres_round_trip(h in 76u32..=152) {
            let mm = f64::from(h) / 2.0;
            let size = RingSize::parse(SizeSystem::Eu, &format_half(mm)).unwrap();
            prop_assert_eq!(size.circumference_mm(), mm);
            prop_assert_eq!(size.label(SizeSystem::Eu), format_half(mm));
        }

        #[test]
        fn diameter_and_circumference_agree(mm in 30.0f64..90.0) {
            let size = RingSize::from_circumference_mm(mm).unwrap();
            prop_assert!((size.circumference_mm() - mm).abs() <= 0.005);
            let again = RingSize::from_diameter_mm(size.diameter_mm()).unwrap();
            prop_assert_eq!(again, size);
        }

        #[test]
        fn every_label_is_within_half_a_step(c in 3800u32..=7600) {
            let size = RingSize::from_centi_mm(c).unwrap();
            let us = RingSize::parse(SizeSystem::Us, &size.label(SizeSystem::Us)).unwrap();
            prop_assert!((us.circumference_mm() - size.circumference_mm()).abs() <= 0.33);
            let uk = RingSize::parse(SizeSystem::Uk, &size.label(SizeSystem::Uk)).unwrap();
            prop_assert!((uk.circumference_mm() - size.circumference_mm()).abs() <= 0.32 || c < 3780);
        }

        #[test]
        fn parsing_garbage_never_panics(text in "\\PC{0,40}", which in 0usize..5) {
            let _ = RingSize::parse(SizeSystem::ALL[which], &text);
        }

        #[test]
        fn parsing_near_misses_never_panics(text in "[A-Za-z0-9 ½¼¾+/.,\\-号]{0,12}", which in 0usize..5) {
            let _ = RingSize::parse(SizeSystem::ALL[which], &text);
        }
    }

    /// Every size there is, labelled in every system, reads as the float formatting and parsing
    /// of `std` had it: `{}` and `{:.1}` on the label, `str::parse::<f64>` on the typed text.
    #[test]
    fn labels_and_parsing_match_std_for_every_size() {
        for centi_mm in 3000..=9000 {
            let size = RingSize::from_centi_mm(centi_mm).unwrap();
            let half_mm = (size.circumference_mm() * 2.0).round() / 2.0;
            let eu = if (half_mm - half_mm.trunc()).abs() < 0.25 {
                format!("{}", half_mm.trunc())
            } else {
                format!("{}.5", half_mm.trunc())
            };
            assert_eq!(size.label(SizeSystem::Eu), eu);
            assert_eq!(
                size.label(SizeSystem::Jp),
                format!("{}", size.jp().round().clamp(1.0, 30.0))
            );
            let diameter = format!("{:.1} mm", size.diameter_mm());
            assert_eq!(size.label(SizeSystem::DiameterMm), diameter);
            let typed = format!("{:.2}", size.circumference_mm());
            assert_eq!(parse_decimal(&typed), typed.parse::<f64>().ok());
            let typed = format!("{:.3}", size.diameter_mm());
            assert_eq!(parse_decimal(&typed), typed.parse::<f64>().ok());
        }
    }
}
