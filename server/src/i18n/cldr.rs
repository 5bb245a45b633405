//! Numbers, money, plurals, lists and dates the way a locale writes them, from the CLDR data that
//! the icu crates compile in: the server's [`Formatter`] for the emails and pages it writes.

use atelier_core::i18n::{Formatter, Plural};
use fixed_decimal::{Decimal, SignedRoundingMode, UnsignedRoundingMode};
use icu_calendar::{Date, Gregorian};
use icu_datetime::fieldsets::{self, T, YMD, YMDE};
use icu_datetime::input::{DateTime, Time};
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_decimal::DecimalFormatter;
use icu_experimental::dimension::currency::formatter::CurrencyFormatter;
use icu_experimental::dimension::currency::CurrencyType;
use icu_experimental::dimension::provider::currency::fractions::CurrencyFractionsV1;
use icu_list::options::{ListFormatterOptions, ListLength};
use icu_list::ListFormatter;
use icu_locale_core::Locale;
use icu_plurals::{PluralCategory, PluralRules};
use icu_provider::prelude::{DataProvider, DataResponse};

/// Why a locale's formatters could not be made.
#[derive(Debug, thiserror::Error)]
pub enum CldrError {
    /// The tag is not a BCP 47 locale.
    #[error("{tag:?} is not a language tag: {reason}")]
    Tag {
        /// The tag as given.
        tag: String,
        /// What the parser said.
        reason: String,
    },
    /// The compiled data has nothing for it (it always has, through fallback to the root).
    #[error("no CLDR data for {tag}: {reason}")]
    Data {
        /// The tag.
        tag: String,
        /// What icu said.
        reason: String,
    },
}

/// How long a written date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateStyle {
    /// "6 December 2026".
    Day,
    /// "Monday 29 March 2027".
    Weekday,
    /// "09:00".
    Time,
}

/// One locale's CLDR formatters.
#[derive(Debug)]
pub struct Cldr {
    tag: String,
    locale: Locale,
    decimal: DecimalFormatter,
    plurals: PluralRules,
    list: ListFormatter,
}

impl Cldr {
    /// The formatters of `tag` (e.g. `fr-FR`, `de-CH`, `ar-EG`).
    pub fn new(tag: &str) -> Result<Self, CldrError> {
        let locale = Locale::try_from_str(tag).map_err(|e| CldrError::Tag {
            tag: tag.to_owned(),
            reason: e.to_string(),
        })?;
        let data = |e: &dyn std::fmt::Display| CldrError::Data {
            tag: tag.to_owned(),
            reason: e.to_string(),
        };
        let decimal = DecimalFormatter::try_new((&locale).into(), Default::default())
            .map_err(|e| data(&e))?;
        let plurals = PluralRules::try_new_cardinal((&locale).into()).map_err(|e| data(&e))?;
        let list = ListFormatter::try_new_and(
            (&locale).into(),
            ListFormatterOptions::default().with_length(ListLength::Wide),
        )
        .map_err(|e| data(&e))?;
        Ok(Self {
            tag: tag.to_owned(),
            locale,
            decimal,
            plurals,
            list,
        })
    }

    /// The tag it formats for.
    pub fn tag(&self) -> &str {
        &self.tag
    }

    /// A civil date and time (already in the zone the reader is told about), written in `style`.
    /// Always in the Gregorian calendar, so both sides of a consultation read the same day.
    pub fn date(&self, at: jiff::civil::DateTime, style: DateStyle) -> String {
        let Some(value) = gregorian(at) else {
            return at.to_string();
        };
        let prefs = (&self.locale).into();
        let written = match style {
            DateStyle::Day => {
                FixedCalendarDateTimeFormatter::<Gregorian, YMD>::try_new(prefs, YMD::long())
                    .map(|f| f.format(&value.date).to_string())
            }
            DateStyle::Weekday => {
                FixedCalendarDateTimeFormatter::<Gregorian, YMDE>::try_new(prefs, YMDE::long())
                    .map(|f| f.format(&value.date).to_string())
            }
            DateStyle::Time => {
                FixedCalendarDateTimeFormatter::<Gregorian, T>::try_new(prefs, fieldsets::T::hm())
                    .map(|f| f.format(&value.time).to_string())
            }
        };
        written.unwrap_or_else(|_| at.to_string())
    }

    /// `written` (a whole amount the currency formatter padded to `digits` zero decimals) without
    /// its decimal separator and those zeros; as written when it does not end that way.
    fn without_zero_fraction(&self, written: &str, digits: u8) -> String {
        let zero = self.decimal.format(&Decimal::from(0)).to_string();
        let chars: Vec<char> = written.chars().collect();
        let Some(last) = chars.iter().rposition(|c| c.is_numeric()) else {
            return written.to_owned();
        };
        let digits = usize::from(digits);
        let zeros_start = (last + 1).checked_sub(digits);
        let fraction = zeros_start.and_then(|start| {
            let separator = start.checked_sub(1)?;
            let zeros = chars.get(start..=last)?;
            let all_zero = zeros.iter().all(|c| zero.chars().eq(std::iter::once(*c)));
            let before = chars.get(separator.checked_sub(1)?)?;
            let sep = chars.get(separator)?;
            (all_zero && !sep.is_numeric() && before.is_numeric()).then_some(separator)
        });
        match fraction {
            Some(separator) => chars[..separator]
                .iter()
                .chain(&chars[last + 1..])
                .collect(),
            None => written.to_owned(),
        }
    }

    fn decimal(n: f64, min_frac: u8, max_frac: u8) -> Option<Decimal> {
        if !n.is_finite() {
            return None;
        }
        let max = max_frac.max(min_frac);
        // Rounded half away from zero, as `Intl.NumberFormat` does in the browser: from the
        // shortest text that reads back as `n`, not from its binary value (1.25 → 1.3).
        let mut value = Decimal::try_from_str(&format!("{n}")).ok()?;
        value.round_with_mode(
            -i16::from(max),
            SignedRoundingMode::Unsigned(UnsignedRoundingMode::HalfExpand),
        );
        value.absolute.trim_end();
        value.absolute.pad_end(-i16::from(min_frac));
        Some(value)
    }
}

/// How many decimals CLDR gives `currency` (2 for most, 0 for the yen).
fn currency_digits(currency: CurrencyType) -> u8 {
    let fractions: Result<DataResponse<CurrencyFractionsV1>, _> =
        icu_experimental::provider::Baked.load(Default::default());
    fractions.map_or(2, |f| f.payload.get().resolve(currency).digits)
}

/// `at` as icu's Gregorian date and time.
fn gregorian(at: jiff::civil::DateTime) -> Option<DateTime<Gregorian>> {
    let date = Date::try_new_gregorian(
        i32::from(at.year()),
        u8::try_from(at.month()).ok()?,
        u8::try_from(at.day()).ok()?,
    )
    .ok()?;
    let time = Time::try_new(
        u8::try_from(at.hour()).ok()?,
        u8::try_from(at.minute()).ok()?,
        u8::try_from(at.second()).ok()?,
        0,
    )
    .ok()?;
    Some(DateTime { date, time })
}

impl Formatter for Cldr {
    fn spelling(&self) -> atelier_core::i18n::Spelling {
        atelier_core::i18n::Spelling::for_tag(&self.tag)
    }

    fn plural(&self, n: f64, min_frac: u8) -> Plural {
        let Some(value) = Cldr::decimal(n, min_frac, min_frac.max(6)) else {
            return Plural::Other;
        };
        match self.plurals.category_for(&value) {
            PluralCategory::Zero => Plural::Zero,
            PluralCategory::One => Plural::One,
            PluralCategory::Two => Plural::Two,
            PluralCategory::Few => Plural::Few,
            PluralCategory::Many => Plural::Many,
            _ => Plural::Other,
        }
    }

    fn number(&self, n: f64, min_frac: u8, max_frac: u8) -> String {
        match Cldr::decimal(n, min_frac, max_frac) {
            Some(value) => self.decimal.format(&value).to_string(),
            None => n.to_string(),
        }
    }

    fn money(&self, amount: f64, currency: &str) -> String {
        let code = CurrencyType::try_from_str(currency).ok();
        let formatter = code.and_then(|code| {
            CurrencyFormatter::try_new_symbol((&self.locale).into(), code, Default::default()).ok()
        });
        let whole = amount.fract() == 0.0;
        match (formatter, Cldr::decimal(amount, 0, 6)) {
            (Some(formatter), Some(value)) => {
                let written = formatter.format_fixed_decimal(&value).to_string();
                match code.map(currency_digits) {
                    // Whole amounts read without cents, as the browser's `Intl` writes them in
                    // the app ("up to $4,000", "bis 3.500 €").
                    Some(digits) if whole && digits > 0 => {
                        self.without_zero_fraction(&written, digits)
                    }
                    _ => written,
                }
            }
            // A code CLDR does not know is still an ISO 4217 code the reader can read.
            _ if whole => format!("{} {currency}", self.number(amount, 0, 0)),
            _ => format!("{} {currency}", self.number(amount, 2, 2)),
        }
    }

    fn list(&self, items: Vec<String>) -> String {
        self.list
            .format(items.iter().map(String::as_str))
            .to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cldr(tag: &str) -> Cldr {
        Cldr::new(tag).expect("compiled data")
    }

    #[test]
    fn money_reads_as_cldr_writes_it() {
        assert_eq!(cldr("de-DE").money(1234.56, "EUR"), "1.234,56\u{a0}€");
        // French groups with a narrow no-break space and puts the sign after a no-break space.
        assert_eq!(
            cldr("fr-FR").money(1234.56, "EUR"),
            "1\u{202f}234,56\u{a0}€"
        );
        // CLDR's Swiss German groups with an apostrophe (U+0027 in the data the icu crates
        // compile in) and has no own symbol for the franc: its ISO code leads.
        assert_eq!(cldr("de-CH").money(1234.56, "CHF"), "CHF\u{a0}1'234.56");
        // The yen has no minor unit: rounded, with the full-width sign Japanese uses.
        assert_eq!(cldr("ja-JP").money(1234.56, "JPY"), "￥1,235");
        assert_eq!(cldr("en-GB").money(1234.5, "GBP"), "£1,234.50");
        // A code CLDR has no symbol for is written as the code, where the symbol would stand.
        assert_eq!(cldr("en").money(1234.5, "XQZ"), "XQZ\u{a0}1,234.50");
    }

    #[test]
    fn a_whole_amount_reads_without_cents() {
        assert_eq!(cldr("en-US").money(4000.0, "USD"), "$4,000");
        assert_eq!(cldr("de-DE").money(3500.0, "EUR"), "3.500\u{a0}€");
        assert_eq!(cldr("fr-FR").money(3500.0, "EUR"), "3\u{202f}500\u{a0}€");
        assert_eq!(cldr("de-CH").money(1200.0, "CHF"), "CHF\u{a0}1'200");
        assert_eq!(cldr("ja-JP").money(4000.0, "JPY"), "￥4,000");
        assert_eq!(
            cldr("ar-EG").money(1000.0, "EGP"),
            "\u{200f}١٬٠٠٠\u{a0}ج.م.\u{200f}"
        );
        assert_eq!(cldr("en").money(4000.0, "XQZ"), "XQZ\u{a0}4,000");
        // Only whole amounts lose their decimals: ten cents stay.
        assert_eq!(cldr("en-US").money(4000.1, "USD"), "$4,000.10");
        assert_eq!(cldr("en-US").money(0.0, "USD"), "$0");
    }

    #[test]
    fn arabic_digits_follow_each_locales_default() {
        // Egypt and Saudi Arabia write Arabic-Indic digits; the Emirates and bare `ar` write
        // Latin digits (CLDR's default numbering system per locale).
        assert_eq!(cldr("ar-EG").number(1234.5, 0, 2), "١٬٢٣٤٫٥");
        assert_eq!(cldr("ar-SA").number(1234.5, 0, 2), "١٬٢٣٤٫٥");
        assert_eq!(cldr("ar-AE").number(1234.5, 0, 2), "1,234.5");
        assert_eq!(cldr("ar").number(1234.5, 0, 2), "1,234.5");
        assert_eq!(
            cldr("ar-EG").money(1234.56, "EGP"),
            "\u{200f}١٬٢٣٤٫٥٦\u{a0}ج.م.\u{200f}"
        );
    }

    #[test]
    fn numbers_keep_their_decimals() {
        let de = cldr("de");
        assert_eq!(de.number(8.5, 2, 2), "8,50");
        assert_eq!(de.number(1.25, 0, 1), "1,3");
        assert_eq!(de.number(3.0, 0, 2), "3");
        assert_eq!(cldr("en").number(12345.678, 0, 2), "12,345.68");
        assert_eq!(cldr("en").number(f64::NAN, 0, 2), "NaN");
    }

    #[test]
    fn plurals_follow_each_language() {
        let en = cldr("en");
        assert_eq!(en.plural(1.0, 0), Plural::One);
        assert_eq!(en.plural(2.0, 0), Plural::Other);
        assert_eq!(en.plural(1.0, 1), Plural::Other);
        assert_eq!(cldr("fr").plural(0.0, 0), Plural::One);
        assert_eq!(cldr("ja").plural(1.0, 0), Plural::Other);
        let ar = cldr("ar");
        let forms: Vec<Plural> = [0.0, 1.0, 2.0, 3.0, 11.0, 100.0]
            .into_iter()
            .map(|n| ar.plural(n, 0))
            .collect();
        assert_eq!(
            forms,
            [
                Plural::Zero,
                Plural::One,
                Plural::Two,
                Plural::Few,
                Plural::Many,
                Plural::Other
            ]
        );
    }

    #[test]
    fn lists_and_dates_in_each_language() {
        let items = || vec!["a".to_owned(), "b".to_owned(), "c".to_owned()];
        assert_eq!(cldr("en").list(items()), "a, b, and c");
        assert_eq!(cldr("en-GB").list(items()), "a, b and c");
        assert_eq!(cldr("de").list(items()), "a, b und c");
        assert_eq!(cldr("fr").list(items()), "a, b et c");
        assert_eq!(cldr("ja").list(items()), "a、b、c");
        assert_eq!(cldr("ar").list(items()), "a وb وc");
        let at = jiff::civil::date(2027, 3, 29).at(9, 5, 0, 0);
        assert_eq!(
            cldr("fr-FR").date(at, DateStyle::Weekday),
            "lundi 29 mars 2027"
        );
        assert_eq!(cldr("de").date(at, DateStyle::Day), "29. März 2027");
        assert_eq!(
            cldr("en-GB").date(at, DateStyle::Weekday),
            "Monday, 29 March 2027"
        );
        assert_eq!(
            cldr("ja").date(at, DateStyle::Weekday),
            "2027年3月29日月曜日"
        );
        assert_eq!(cldr("fr").date(at, DateStyle::Time), "09:05");
    }

    #[test]
    fn a_broken_tag_is_an_error() {
        assert!(matches!(
            Cldr::new("no such tag!"),
            Err(CldrError::Tag { .. })
        ));
    }
}
