//! Decimal text that core writes and reads itself (a ring size's label, a size typed as `16.5`),
//! with integer arithmetic only: code that calls these carries neither Rust's float printing
//! (`{:.1}`, `{}` on an `f64`) nor its float parsing (`str::parse::<f64>`) into the browser's first
//! wasm chunk. A number a reader sees in a sentence is a message argument and goes through the
//! i18n formatter instead.

/// `value` with exactly `decimals` digits after the point, character for character as
/// `format!("{value:.decimals$}")` writes it: rounded from the exact binary value, an exact tie
/// to the even digit (`0.125` → `0.12`), a minus sign on anything negative, even when it rounds to
/// zero (`-0.01` → `-0.0`), and `NaN`, `inf`, `-inf`. At most 3 decimals (more are treated as 3),
/// and for magnitudes below 2^64 / 10^decimals (1.8 × 10^16 at 3 decimals); larger ones, which
/// no measurement reaches, are written as that bound.
pub fn fixed(value: f64, decimals: u8) -> String {
    let decimals = decimals.min(MAX_DECIMALS);
    if value.is_nan() {
        return "NaN".to_owned();
    }
    let sign = if value.is_sign_negative() { "-" } else { "" };
    if value.is_infinite() {
        return format!("{sign}inf");
    }
    let width = usize::from(decimals) + 1;
    let digits = format!("{:0>width$}", scaled(value.abs(), decimals));
    let (whole, fraction) = digits.split_at(digits.len() - usize::from(decimals));
    if decimals == 0 {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{fraction}")
    }
}

/// Reads a plain decimal of ASCII digits with at most one `.` and at least one digit (`16`,
/// `16.5`, `.5`, `16.`), as `str::parse::<f64>` would: the same value, correctly rounded, for up
/// to 15 significant digits; past those (more than a ring size or a price ever needs) within an
/// ulp or two. No sign, exponent, `inf` or `NaN`: `None` for anything else.
pub fn parse(text: &str) -> Option<f64> {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    let all_digits = |part: &str| part.bytes().all(|b| b.is_ascii_digit());
    if whole.len() + fraction.len() == 0 || !all_digits(whole) || !all_digits(fraction) {
        return None;
    }
    let fraction = fraction.trim_end_matches('0');
    let mut mantissa: u64 = 0;
    let mut significant = 0usize;
    // Powers of ten still to divide by (digits after the point) or, when digits past the
    // nineteenth are dropped from a whole part, to multiply by (negative).
    let mut scale: i64 = 0;
    for (i, b) in whole.bytes().chain(fraction.bytes()).enumerate() {
        let after_point = i >= whole.len();
        if significant < 19 {
            mantissa = mantissa * 10 + u64::from(b - b'0');
            if mantissa > 0 {
                significant += 1;
            }
            if after_point {
                scale += 1;
            }
        } else if !after_point {
            scale -= 1;
        }
    }
    // Up to 15 digits and 22 decimals, both operands are exact, so the one division rounds
    // correctly, as `str::parse` does.
    let value = mantissa as f64;
    Some(if scale < 0 {
        value * pow10(scale.unsigned_abs())
    } else {
        value / pow10(scale.unsigned_abs())
    })
}

/// Most decimals [`fixed`] writes, so that the scaled mantissa fits a `u64`.
const MAX_DECIMALS: u8 = 3;

/// `value` (finite, not negative) as `mantissa × 2^exponent`.
fn parts(value: f64) -> (u64, i32) {
    let bits = value.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let fraction = bits & ((1 << 52) - 1);
    if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), biased - 1075)
    }
}

/// `value × 10^decimals` (finite, not negative) rounded to a whole number from its exact binary
/// value, a tie to even; `u64::MAX` when larger.
fn scaled(value: f64, decimals: u8) -> u64 {
    let (mantissa, exponent) = parts(value);
    // Below 2^53 × 10^3 < 2^63.
    let scaled = mantissa * 10u64.pow(decimals.into());
    if exponent >= 0 {
        return if scaled.leading_zeros() >= exponent.unsigned_abs() {
            scaled << exponent
        } else {
            u64::MAX
        };
    }
    let shift = exponent.unsigned_abs();
    if shift >= 64 {
        // Under 2^63 / 2^64: less than half.
        return 0;
    }
    let quotient = scaled >> shift;
    let remainder = scaled - (quotient << shift);
    let half = 1u64 << (shift - 1);
    if remainder > half || (remainder == half && quotient % 2 == 1) {
        quotient + 1
    } else {
        quotient
    }
}

/// `10^n` as the nearest `f64` (exact up to `10^22`).
fn pow10(n: u64) -> f64 {
    let mut result = 1.0;
    for _ in 0..n.min(400) {
        result *= 10.0;
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn fixed_writes_what_std_writes_at_the_edges() {
        let cases: &[(f64, u8, &str)] = &[
            (0.0, 0, "0"),
            (0.0, 1, "0.0"),
            (-0.0, 1, "-0.0"),
            (-0.01, 1, "-0.0"),
            (-1.25, 1, "-1.2"),
            (0.05, 1, "0.1"),
            (0.15, 1, "0.1"),
            (0.25, 1, "0.2"),
            (0.35, 1, "0.3"),
            (0.125, 2, "0.12"),
            (0.375, 2, "0.38"),
            (0.5, 0, "0"),
            (1.5, 0, "2"),
            (2.5, 0, "2"),
            (16.51, 1, "16.5"),
            (16.55, 1, "16.6"),
            (9.999, 2, "10.00"),
            (1e15, 3, "1000000000000000.000"),
            (18446744073709549568.0, 0, "18446744073709549568"),
            (f64::MIN_POSITIVE, 3, "0.000"),
            (5e-324, 3, "0.000"),
            (0.0005, 3, "0.001"),
            (0.0625, 3, "0.062"),
            (4503599627370495.5, 0, "4503599627370496"),
            (123456789.25, 1, "123456789.2"),
            (123456789.75, 1, "123456789.8"),
            (f64::NAN, 2, "NaN"),
            (f64::INFINITY, 1, "inf"),
            (f64::NEG_INFINITY, 1, "-inf"),
        ];
        for &(value, decimals, written) in cases {
            let std = format!("{value:.prec$}", prec = usize::from(decimals));
            assert_eq!(fixed(value, decimals), std, "{value} to {decimals}");
            if !written.is_empty() {
                assert_eq!(fixed(value, decimals), written, "{value} to {decimals}");
            }
        }
    }

    #[test]
    fn fixed_stops_at_three_decimals_and_at_its_bound() {
        assert_eq!(fixed(1.23456, 9), "1.235");
        assert_eq!(fixed(1e300, 0), u64::MAX.to_string());
        assert_eq!(fixed(-1e17, 3), "-18446744073709551.615");
    }

    #[test]
    fn parse_reads_plain_decimals_only() {
        assert_eq!(parse("16.5"), Some(16.5));
        assert_eq!(parse("16."), Some(16.0));
        assert_eq!(parse(".5"), Some(0.5));
        assert_eq!(parse("0"), Some(0.0));
        assert_eq!(parse("007.250"), Some(7.25));
        assert_eq!(parse("0.1"), Some(0.1));
        assert_eq!(parse("52.125"), Some(52.125));
        for bad in [
            "", ".", "1.2.3", "-1", "+1", "1e3", "inf", "NaN", " 1", "1,5", "½",
        ] {
            assert_eq!(parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn parse_keeps_long_inputs_close() {
        for text in [
            "12345678901234567890123456789012",
            "0.00000000000000000000000000001",
            "52.12500000000000000000000000001",
            "3.14159265358979323846264338327",
        ] {
            let ours = parse(text).unwrap();
            let std: f64 = text.parse().unwrap();
            assert!((ours - std).abs() <= std * 4.0 * f64::EPSILON, "{text}");
        }
    }

    proptest! {
        #[test]
        fn fixed_equals_std_for_any_bits_in_range(bits in any::<u64>(), decimals in 0u8..=3) {
            let value = f64::from_bits(bits);
            prop_assume!(value.is_nan() || value.abs() < 1.8e16);
            let std = format!("{value:.prec$}", prec = usize::from(decimals));
            prop_assert_eq!(fixed(value, decimals), std);
        }

        #[test]
        fn fixed_equals_std_for_everyday_values(value in -100_000.0f64..100_000.0, decimals in 0u8..=3) {
            let std = format!("{value:.prec$}", prec = usize::from(decimals));
            prop_assert_eq!(fixed(value, decimals), std);
        }

        #[test]
        fn fixed_equals_std_on_decimal_ties(hundredths in 0u32..1_000_000, decimals in 0u8..=2) {
            let value = f64::from(hundredths) / 100.0 + 0.005;
            let std = format!("{value:.prec$}", prec = usize::from(decimals));
            prop_assert_eq!(fixed(value, decimals), std);
        }

        #[test]
        fn parse_equals_std_up_to_fifteen_digits(
            whole in "[0-9]{0,8}",
            fraction in proptest::option::of("[0-9]{0,7}"),
        ) {
            let text = match &fraction {
                Some(f) => format!("{whole}.{f}"),
                None => whole.clone(),
            };
            prop_assert_eq!(parse(&text), text.parse::<f64>().ok());
        }
    }
}
