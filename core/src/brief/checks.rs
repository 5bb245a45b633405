//! Field checks for briefs: one-line text without CR/LF (it may end up in mail headers), a strict
//! enough email test for a Reply-To, phone numbers, money, locales and attachment metadata.

use super::{limits, Attachment, Budget, Channel, Contact, ValidationErrors};

/// Inspiration image types: what every mail client shows and every browser's canvas can shrink.
pub const ALLOWED_MIME_TYPES: [&str; 3] = ["image/jpeg", "image/png", "image/webp"];

/// One line of text: trimmed length within bounds, no control characters (so no CR/LF).
pub(super) fn single_line(
    field: &str,
    text: &str,
    min: usize,
    max: usize,
    e: &mut ValidationErrors,
) {
    let len = text.trim().chars().count();
    if len < min {
        e.push(field, "this is required");
    } else if len > max {
        e.push(field, format!("at most {max} characters, please"));
    }
    if text.chars().any(char::is_control) {
        e.push(
            field,
            "line breaks and control characters are not allowed here",
        );
    }
}

/// Free text: length within bounds; newlines and tabs allowed, other control characters not.
pub(super) fn multi_line(field: &str, text: &str, max: usize, e: &mut ValidationErrors) {
    if text.chars().count() > max {
        e.push(field, format!("at most {max} characters, please"));
    }
    if text
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
    {
        e.push(field, "control characters are not allowed");
    }
}

pub(super) fn contact(c: &Contact, e: &mut ValidationErrors) {
    single_line("contact.name", &c.name, 1, limits::NAME_MAX, e);
    if c.email.chars().count() > limits::EMAIL_MAX || !is_reasonable_email(&c.email) {
        e.push(
            "contact.email",
            "enter an email address like name@example.com",
        );
    }
    match &c.phone {
        Some(phone) if !phone.trim().is_empty() => {
            let digits = phone.chars().filter(char::is_ascii_digit).count();
            let allowed = phone
                .chars()
                .all(|ch| ch.is_ascii_digit() || " +-().".contains(ch));
            if phone.chars().count() > limits::PHONE_MAX || !allowed || !(6..=15).contains(&digits)
            {
                e.push(
                    "contact.phone",
                    "enter a phone number with 6 to 15 digits, e.g. +44 20 7946 0958",
                );
            }
        }
        _ => {
            if c.preferred_channel != Channel::Email {
                e.push(
                    "contact.phone",
                    "add a phone number, or choose email as the way to reach you",
                );
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
        e.push(
            "budget.currency",
            "use a three-letter currency code such as EUR, GBP or USD",
        );
    }
    if b.max == 0 || b.max > limits::BUDGET_MAX {
        e.push(
            "budget.max",
            format!("enter an amount between 1 and {}", limits::BUDGET_MAX),
        );
    }
    if b.min > b.max {
        e.push("budget.min", "the lower end must not exceed the upper end");
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
        e.push("locale", "use a language tag such as en, en-GB or de-CH");
    }
}

pub(super) fn attachments(list: &[Attachment], e: &mut ValidationErrors) {
    if list.len() > limits::ATTACHMENTS_MAX {
        e.push(
            "attachments",
            format!("at most {} photos, please", limits::ATTACHMENTS_MAX),
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
                "a file name of at most 255 characters, without folders",
            );
        }
        if !ALLOWED_MIME_TYPES.contains(&a.mime_type.as_str()) {
            e.push(field("mime_type"), "photos only: JPEG, PNG or WebP");
        }
        if a.size_bytes == 0 || a.size_bytes > limits::ATTACHMENT_BYTES_MAX {
            e.push(
                field("size_bytes"),
                format!(
                    "each photo may be at most {}",
                    megabytes(limits::ATTACHMENT_BYTES_MAX)
                ),
            );
        }
        total = total.saturating_add(a.size_bytes);
    }
    if total > limits::ATTACHMENTS_TOTAL_BYTES_MAX {
        e.push(
            "attachments",
            format!(
                "all photos together may be at most {}",
                megabytes(limits::ATTACHMENTS_TOTAL_BYTES_MAX)
            ),
        );
    }
}

/// A byte count for people, in binary megabytes rounded down to one decimal: `1.1 MB`, `25 MB`.
pub fn megabytes(bytes: u64) -> String {
    let tenths = bytes.saturating_mul(10) / (1024 * 1024);
    if tenths.is_multiple_of(10) {
        format!("{} MB", tenths / 10)
    } else {
        format!("{}.{} MB", tenths / 10, tenths % 10)
    }
}
