//! Field checks for briefs: one-line text without CR/LF (it may end up in mail headers) or
//! characters that hide or reorder what a reader sees, a strict enough email test for a Reply-To,
//! names without links, phone numbers, money, locales and attachment metadata.

use super::{limits, Attachment, Budget, Channel, Contact, ValidationErrors};
use crate::i18n::{Arg, Msg};
#[cfg(test)]
use crate::words::english;

/// Inspiration image types: what every mail client shows and every browser's canvas can shrink.
pub const ALLOWED_MIME_TYPES: [&str; 3] = ["image/jpeg", "image/png", "image/webp"];

/// One line of text: trimmed length within bounds, no control characters (so no CR/LF), nothing
/// invisible or direction-changing, and something to see.
pub(super) fn single_line(
    field: &str,
    text: &str,
    min: usize,
    max: usize,
    e: &mut ValidationErrors,
) {
    let len = text.trim().chars().count();
    if len < min {
        e.push(field, Msg::new("field-required"));
    } else if len > max {
        e.push(field, too_long(max));
    }
    if text.chars().any(char::is_control) {
        e.push(field, Msg::new("field-single-line"));
    }
    visible(field, text, len >= min, e);
}

/// Refuses characters that hide or reorder text, and text with nothing to see: shown in an email
/// or a file list, `invoice\u{202e}gnp.exe` reads as `invoiceexe.png`.
fn visible(field: &str, text: &str, required: bool, e: &mut ValidationErrors) {
    if has_deceptive_characters(text) {
        e.push(field, Msg::new("field-deceptive"));
    } else if required && !text.chars().any(is_visible) {
        e.push(field, Msg::new("field-invisible"));
    }
}

/// Bidirectional controls, invisible format characters and the Unicode line and paragraph
/// separators: each can make text read differently from what it is.
pub fn is_deceptive(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{034F}'
            | '\u{061C}'
            | '\u{115F}'
            | '\u{1160}'
            | '\u{17B4}'
            | '\u{17B5}'
            | '\u{180E}'
            | '\u{200B}'
            | '\u{200E}'
            | '\u{200F}'
            | '\u{2028}'..='\u{202E}'
            | '\u{2060}'..='\u{206F}'
            | '\u{3164}'
            | '\u{FEFF}'
            | '\u{FFA0}'
            | '\u{FFF9}'..='\u{FFFB}'
            | '\u{1D173}'..='\u{1D17A}'
            | '\u{E0000}'..='\u{E007F}'
    )
}

/// Joiners (U+200C, U+200D) belong inside words: Persian and Indic names and emoji sequences need
/// them. Anywhere else, or any other deceptive character, hides something.
pub fn has_deceptive_characters(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    chars.iter().enumerate().any(|(i, &c)| {
        if matches!(c, '\u{200C}' | '\u{200D}') {
            let before = i.checked_sub(1).and_then(|j| chars.get(j));
            let after = chars.get(i + 1);
            !(before.is_some_and(|&b| is_visible(b)) && after.is_some_and(|&a| is_visible(a)))
        } else {
            is_deceptive(c)
        }
    })
}

/// A character that leaves a mark: not a space, control, joiner, variation selector or blank.
fn is_visible(c: char) -> bool {
    !c.is_whitespace()
        && !c.is_control()
        && !is_deceptive(c)
        && !matches!(
            c,
            '\u{200C}' | '\u{200D}' | '\u{2800}' | '\u{FE00}'..='\u{FE0F}' | '\u{180B}'..='\u{180D}'
        )
}

/// Whether a name carries a web address: `http://`, `www.` or a bare domain such as
/// `free-rings.shop`. The name is repeated in the confirmation the shop sends, so a link there
/// would go out under the shop's name to whatever address was typed.
pub fn looks_like_link(text: &str) -> bool {
    // The two marks are ASCII, so ASCII case folding finds every spelling of them.
    let lower = text.to_ascii_lowercase();
    if lower.contains("://") || lower.contains("www.") {
        return true;
    }
    text.split(|c: char| c.is_whitespace() || "()[]<>\"',;!".contains(c))
        .any(is_bare_domain)
}

/// `label.label…tld` (optionally followed by a path): ASCII labels, the last one 2–24 letters in
/// one case. A title-cased last part (`St.Claire`) reads as a name, not an address.
fn is_bare_domain(token: &str) -> bool {
    let host = token.split(['/', '?', '#', ':']).next().unwrap_or_default();
    let host = host.trim_end_matches('.');
    let labels: Vec<&str> = host.split('.').collect();
    let Some((tld, rest)) = labels.split_last() else {
        return false;
    };
    let one_case =
        tld.bytes().all(|b| b.is_ascii_lowercase()) || tld.bytes().all(|b| b.is_ascii_uppercase());
    !rest.is_empty()
        && (2..=24).contains(&tld.len())
        && one_case
        && rest
            .iter()
            .all(|l| !l.is_empty() && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'))
        && rest.iter().map(|l| l.len()).sum::<usize>() >= 2
}

/// Free text: length within bounds; newlines and tabs allowed, other control characters not.
pub(super) fn multi_line(field: &str, text: &str, max: usize, e: &mut ValidationErrors) {
    if text.chars().count() > max {
        e.push(field, too_long(max));
    }
    if text
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
    {
        e.push(field, Msg::new("field-control"));
    }
}

pub(super) fn contact(c: &Contact, e: &mut ValidationErrors) {
    single_line("contact.name", &c.name, 1, limits::NAME_MAX, e);
    if looks_like_link(&c.name) {
        e.push("contact.name", Msg::new("field-name-link"));
    }
    if c.email.chars().count() > limits::EMAIL_MAX || !is_reasonable_email(&c.email) {
        e.push("contact.email", Msg::new("field-email"));
    }
    match &c.phone {
        Some(phone) if !phone.trim().is_empty() => {
            let digits = phone.chars().filter(char::is_ascii_digit).count();
            let allowed = phone
                .chars()
                .all(|ch| ch.is_ascii_digit() || " +-().".contains(ch));
            if phone.chars().count() > limits::PHONE_MAX || !allowed || !(6..=15).contains(&digits)
            {
                e.push("contact.phone", Msg::new("field-phone"));
            }
        }
        _ => {
            if c.preferred_channel != Channel::Email {
                e.push("contact.phone", Msg::new("field-phone-needed"));
            }
        }
    }
}

/// A pragmatic address check: ASCII, one `@`, a dot-atom local part of at most 64 characters and a
/// domain of at least two DNS labels with an alphabetic (or punycode) top level. It is not RFC 5322
/// (no quoted local parts or IP literals), which real visitors don't use and mail headers shouldn't.
pub fn is_reasonable_email(email: &str) -> bool {
    let Some((local, domain)) = email.split_once('@') else {
        return false;
    };
    let local_ok = (1..=64).contains(&local.len())
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
        && local
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+/=?^_`{|}~.-".contains(&b));
    let labels: Vec<&str> = domain.split('.').collect();
    let domain_ok = domain.len() <= 253
        && labels.len() >= 2
        && labels.iter().all(|l| {
            (1..=63).contains(&l.len())
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        })
        && labels.last().is_some_and(|tld| {
            tld.len() >= 2
                && (tld.bytes().all(|b| b.is_ascii_alphabetic()) || tld.starts_with("xn--"))
        });
    local_ok && domain_ok
}

pub(super) fn budget(budget: Option<&Budget>, e: &mut ValidationErrors) {
    let Some(b) = budget else { return };
    if b.currency.len() != 3 || !b.currency.bytes().all(|c| c.is_ascii_uppercase()) {
        e.push("budget.currency", Msg::new("field-currency"));
    }
    if b.max == 0 || b.max > limits::BUDGET_MAX {
        e.push(
            "budget.max",
            Msg::new("field-budget-max").arg("max", Arg::int(limits::BUDGET_MAX as i64)),
        );
    }
    if b.min > b.max {
        e.push("budget.min", Msg::new("field-budget-min"));
    }
}

pub(super) fn locale(tag: &str, e: &mut ValidationErrors) {
    let mut parts = tag.split('-');
    let language_ok = parts
        .next()
        .is_some_and(|l| (2..=3).contains(&l.len()) && l.bytes().all(|b| b.is_ascii_alphabetic()));
    let rest_ok =
        parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()));
    if tag.len() > limits::LOCALE_MAX || !language_ok || !rest_ok {
        e.push("locale", Msg::new("field-locale"));
    }
}

pub(super) fn attachments(list: &[Attachment], e: &mut ValidationErrors) {
    if list.len() > limits::ATTACHMENTS_MAX {
        e.push(
            "attachments",
            Msg::new("field-photos-count").arg("max", Arg::int(limits::ATTACHMENTS_MAX as i64)),
        );
    }
    let mut total: u64 = 0;
    for (i, a) in list.iter().enumerate().take(limits::ATTACHMENTS_MAX) {
        let field = |name: &str| format!("attachments[{i}].{name}");
        let name = &a.file_name;
        let bad_name = name.trim().is_empty()
            || name.chars().count() > limits::FILE_NAME_MAX
            || name
                .chars()
                .any(|c| c.is_control() || c == '/' || c == '\\')
            || name == "."
            || name == "..";
        if bad_name {
            e.push(
                field("file_name"),
                Msg::new("field-file-name").arg("max", Arg::int(limits::FILE_NAME_MAX as i64)),
            );
        } else {
            visible(&field("file_name"), name, true, e);
        }
        if !ALLOWED_MIME_TYPES.contains(&a.mime_type.as_str()) {
            e.push(field("mime_type"), Msg::new("field-photo-type"));
        }
        if a.size_bytes == 0 || a.size_bytes > limits::ATTACHMENT_BYTES_MAX {
            e.push(
                field("size_bytes"),
                Msg::new("field-photo-size")
                    .arg("size", megabytes_msg(limits::ATTACHMENT_BYTES_MAX)),
            );
        }
        total = total.saturating_add(a.size_bytes);
    }
    if total > limits::ATTACHMENTS_TOTAL_BYTES_MAX {
        e.push(
            "attachments",
            Msg::new("field-photos-total")
                .arg("size", megabytes_msg(limits::ATTACHMENTS_TOTAL_BYTES_MAX)),
        );
    }
}

/// A byte count for people, in binary megabytes rounded down to one decimal: `1.1 MB`, `25 MB`.
#[cfg(test)]
pub fn megabytes(bytes: u64) -> String {
    english(&megabytes_msg(bytes))
}

/// A byte count for people in any language, in binary megabytes rounded down to one decimal.
pub fn megabytes_msg(bytes: u64) -> Msg {
    let tenths = bytes.saturating_mul(10) / (1024 * 1024);
    Msg::new("size-megabytes").arg(
        "mb",
        Arg::Number {
            value: tenths as f64 / 10.0,
            min_frac: 0,
            max_frac: 1,
        },
    )
}

/// "at most 100 characters, please".
fn too_long(max: usize) -> Msg {
    Msg::new("field-too-long").arg("max", Arg::int(max as i64))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn errors(field: &str, text: &str) -> Vec<String> {
        let mut e = ValidationErrors::default();
        single_line(field, text, 1, 100, &mut e);
        e.english_errors().into_iter().map(|f| f.message).collect()
    }

    #[test]
    fn hidden_and_reordering_characters_are_refused() {
        for text in [
            "invoice\u{202e}gnp.exe",
            "Ada\u{200b}Lovelace",
            "Ada\u{2028}Lovelace",
            "Ada\u{2029}",
            "\u{2066}Ada\u{2069}",
            "\u{feff}Ada",
            "Ada\u{200f}",
            "\u{200d}Ada",
            "Ada \u{200c} Lovelace",
            "\u{3164}",
            "Ada\u{e0041}",
        ] {
            let found = errors("contact.name", text);
            assert_eq!(found.len(), 1, "{text:?}: {found:?}");
            assert!(
                found[0].contains("invisible or direction-changing"),
                "{text:?}"
            );
        }
    }

    #[test]
    fn joiners_inside_words_and_emoji_are_names() {
        for text in [
            "Ada Lovelace",
            "\u{645}\u{6cc}\u{200c}\u{62e}\u{648}\u{627}\u{647}\u{645}",
            "Ada \u{1f469}\u{200d}\u{1f52c}",
            "Zoë \u{2764}\u{fe0f}",
            "\u{5e9}\u{5e8}\u{5d4}",
        ] {
            assert_eq!(
                errors("contact.name", text),
                Vec::<String>::new(),
                "{text:?}"
            );
        }
    }

    #[test]
    fn something_visible_is_required() {
        let found = errors("contact.name", "\u{2800}\u{2800}");
        assert_eq!(found, ["this needs at least one visible character"]);
        assert_eq!(errors("contact.name", "  "), ["this is required"]);
    }

    #[test]
    fn links_in_names() {
        for text in [
            "WIN A FREE RING: visit http://rings.example",
            "https://x.y",
            "see www.free-rings",
            "free-rings.shop",
            "Ada (rings.example/win)",
            "BUY AT RINGS.COM",
            "Ada hxxp://x",
        ] {
            assert!(looks_like_link(text), "{text:?}");
        }
        for text in [
            "Ada Lovelace",
            "J.R.R. Tolkien",
            "Mary St.Claire",
            "Dr. No",
            "O'Brien-Smith",
            "A.B.",
        ] {
            assert!(!looks_like_link(text), "{text:?}");
        }
    }
}
