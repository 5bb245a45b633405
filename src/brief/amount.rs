//! Reads a budget amount the way the visitor's language writes numbers.
//!
//! A budget is a whole amount. The visitor may group its digits as their language does
//! ("2 500" in French, "2.500" in German, "2’500" in Swiss German, "2,500" in English), but a
//! decimal part in their language's decimal separator is refused rather than read as more
//! digits: "2 500,50" in French is not 250,050. A mark that is neither the language's grouping
//! nor a correct grouping of thousands is refused too, so an amount is never guessed 100× off.

/// Why a typed amount is not a whole amount.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum AmountError {
    /// The amount has a decimal part ("2 500,50" in French, "1234.56" in English).
    #[error("the amount has a decimal part")]
    Fraction,
    /// The amount holds something other than digits and the language's grouping marks, or groups
    /// its digits in a way that does not read as thousands ("12.34" in German).
    #[error("the amount is not a whole number")]
    NotANumber,
    /// The amount does not fit in a budget.
    #[error("the amount is too large")]
    TooLarge,
}

/// How a language writes numbers: its decimal separator and the marks it groups thousands with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Separators {
    decimal: &'static [char],
    group: &'static [char],
}

/// Spaces every language's visitors use between thousands (the plain space, the no-break space
/// and the narrow no-break space that French formatting writes).
const SPACES: [char; 3] = [' ', '\u{a0}', '\u{202f}'];

impl Separators {
    /// The separators of a BCP 47 tag ("fr", "de-CH", "en-GB"), following CLDR's.
    fn for_tag(tag: &str) -> Self {
        let mut parts = tag.split(['-', '_']);
        let language = parts.next().unwrap_or("").to_ascii_lowercase();
        let region = parts
            .find(|p| p.len() == 2 || p.len() == 3 && p.chars().all(|c| c.is_ascii_digit()))
            .map(str::to_ascii_uppercase);
        let swiss = matches!(region.as_deref(), Some("CH" | "LI"));
        match language.as_str() {
            // Swiss German and Italian: a decimal point and apostrophes between thousands.
            "de" | "it" if swiss => Self {
                decimal: &['.'],
                group: &['\'', '’'],
            },
            "fr" => Self {
                decimal: &[','],
                group: &[],
            },
            "de" | "it" | "es" | "pt" | "nl" | "da" | "id" | "tr" => Self {
                decimal: &[','],
                group: &['.'],
            },
            "ar" => Self {
                decimal: &['.', '٫'],
                group: &[',', '٬'],
            },
            _ => Self {
                decimal: &['.'],
                group: &[','],
            },
        }
    }
}

/// Reads `text` as a whole amount in the language of `tag`: `Ok(None)` when it is empty,
/// `Ok(Some(n))` for an amount, an error for anything that is not a whole amount there.
pub fn parse_amount(text: &str, tag: &str) -> Result<Option<u64>, AmountError> {
    let separators = Separators::for_tag(tag);
    // Arabic-Indic digits read as the digits they are.
    let text: String = text
        .trim()
        .chars()
        .map(|c| match c {
            '٠'..='٩' => char::from(b'0' + (c as u32 - '٠' as u32) as u8),
            _ => c,
        })
        .collect();
    if text.is_empty() {
        return Ok(None);
    }
    let (whole, fraction) = match text.rfind(separators.decimal) {
        Some(at) => {
            let (whole, rest) = text.split_at(at);
            let mark_len = rest.chars().next().map_or(0, char::len_utf8);
            (whole.to_owned(), Some(rest[mark_len..].to_owned()))
        }
        None => (text.clone(), None),
    };
    let groups: Vec<&str> = whole
        .split(|c: char| SPACES.contains(&c) || separators.group.contains(&c))
        .collect();
    let digits_only = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    if fraction.is_some() {
        // A decimal part is refused, but only when the rest reads as a number: "2 500,50" has
        // one, "abc,50" is simply not a number.
        let whole_reads = groups.iter().all(|g| digits_only(g));
        let fraction_reads = fraction.as_deref().is_some_and(digits_only);
        return Err(if whole_reads && fraction_reads {
            AmountError::Fraction
        } else {
            AmountError::NotANumber
        });
    }
    let well_grouped = groups.iter().all(|g| digits_only(g))
        && groups
            .first()
            .is_some_and(|g| g.len() <= 3 || groups.len() == 1)
        && groups.iter().skip(1).all(|g| g.len() == 3);
    if !well_grouped {
        return Err(AmountError::NotANumber);
    }
    groups
        .concat()
        .parse::<u64>()
        .map(Some)
        .map_err(|_| AmountError::TooLarge)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_groups_with_spaces_and_has_a_decimal_comma() {
        assert_eq!(parse_amount("2 500", "fr-FR"), Ok(Some(2500)));
        assert_eq!(parse_amount("2\u{a0}500", "fr"), Ok(Some(2500)));
        assert_eq!(parse_amount("2\u{202f}500", "fr"), Ok(Some(2500)));
        assert_eq!(parse_amount(" 1500 ", "fr"), Ok(Some(1500)));
        assert_eq!(
            parse_amount("2 500,50", "fr-FR"),
            Err(AmountError::Fraction)
        );
        assert_eq!(parse_amount("1234,56", "fr"), Err(AmountError::Fraction));
        assert_eq!(parse_amount("2 500,00", "fr"), Err(AmountError::Fraction));
        // A point is neither French grouping nor the decimal separator: not guessed.
        assert_eq!(parse_amount("2.500", "fr"), Err(AmountError::NotANumber));
    }

    #[test]
    fn german_groups_with_points_and_has_a_decimal_comma() {
        assert_eq!(parse_amount("2.500", "de-DE"), Ok(Some(2500)));
        assert_eq!(parse_amount("1.234.567", "de"), Ok(Some(1_234_567)));
        assert_eq!(parse_amount("2 500", "de"), Ok(Some(2500)));
        assert_eq!(parse_amount("2500", "de"), Ok(Some(2500)));
        assert_eq!(parse_amount("1234,56", "de"), Err(AmountError::Fraction));
        assert_eq!(parse_amount("2.500,50", "de"), Err(AmountError::Fraction));
        assert_eq!(parse_amount("12.34", "de"), Err(AmountError::NotANumber));
    }

    #[test]
    fn swiss_german_groups_with_apostrophes_and_has_a_decimal_point() {
        assert_eq!(parse_amount("2’500", "de-CH"), Ok(Some(2500)));
        assert_eq!(parse_amount("2'500", "de-CH"), Ok(Some(2500)));
        assert_eq!(parse_amount("1'234'567", "de-CH"), Ok(Some(1_234_567)));
        assert_eq!(parse_amount("1234.56", "de-CH"), Err(AmountError::Fraction));
        assert_eq!(parse_amount("2.500", "de-CH"), Err(AmountError::Fraction));
        assert_eq!(
            parse_amount("1234,56", "de-CH"),
            Err(AmountError::NotANumber)
        );
    }

    #[test]
    fn english_groups_with_commas_and_has_a_decimal_point() {
        assert_eq!(parse_amount("2,500", "en-GB"), Ok(Some(2500)));
        assert_eq!(parse_amount("1,234,567", "en-US"), Ok(Some(1_234_567)));
        assert_eq!(parse_amount("2500", "en"), Ok(Some(2500)));
        assert_eq!(parse_amount("1234.56", "en-GB"), Err(AmountError::Fraction));
        // A comma before two digits is no grouping of thousands: never read as 123,456.
        assert_eq!(parse_amount("1234,56", "en"), Err(AmountError::NotANumber));
        assert_eq!(parse_amount("25,00", "en"), Err(AmountError::NotANumber));
    }

    #[test]
    fn japanese_writes_numbers_as_english_does() {
        assert_eq!(parse_amount("250,000", "ja-JP"), Ok(Some(250_000)));
        assert_eq!(parse_amount("250000", "ja"), Ok(Some(250_000)));
        assert_eq!(parse_amount("2500.5", "ja"), Err(AmountError::Fraction));
    }

    #[test]
    fn arabic_reads_its_own_digits_and_marks() {
        assert_eq!(parse_amount("٢٬٥٠٠", "ar"), Ok(Some(2500)));
        assert_eq!(parse_amount("2,500", "ar"), Ok(Some(2500)));
        assert_eq!(parse_amount("٢٥٠٠٫٥", "ar"), Err(AmountError::Fraction));
    }

    #[test]
    fn empty_is_no_amount_and_words_are_refused() {
        assert_eq!(parse_amount("", "fr"), Ok(None));
        assert_eq!(parse_amount("   ", "de"), Ok(None));
        assert_eq!(parse_amount("beaucoup", "fr"), Err(AmountError::NotANumber));
        assert_eq!(parse_amount("abc,50", "fr"), Err(AmountError::NotANumber));
        assert_eq!(parse_amount("-500", "en"), Err(AmountError::NotANumber));
        assert_eq!(
            parse_amount("99999999999999999999999", "en"),
            Err(AmountError::TooLarge)
        );
    }
}
