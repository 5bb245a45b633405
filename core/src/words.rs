//! Words core builds without a language: text shown as written, and how core's errors display.
//! Core compiles no language in; its tests say its messages through the English message file
//! (`locales/en/core.ftl`), the one place English lives.

#[cfg(test)]
use std::sync::OnceLock;

use crate::i18n::Msg;
#[cfg(test)]
use crate::i18n::{Bundle, Lang, Plain};

/// The English message file core's messages live in.
#[cfg(test)]
pub(crate) const EN_CORE: &str = include_str!("../../locales/en/core.ftl");

/// The English bundle of core's messages, read once.
#[cfg(test)]
fn bundle() -> &'static Bundle {
    static BUNDLE: OnceLock<Bundle> = OnceLock::new();
    // A file that does not parse leaves the bundle empty, so keys show instead of text; the tests
    // read the file too and fail on it.
    BUNDLE.get_or_init(|| {
        Bundle::from_sources(Lang::En, [EN_CORE]).unwrap_or_else(|_| Bundle::new(Lang::En))
    })
}

/// `msg` in English, with plain digits (`1.20`, no grouping).
#[cfg(test)]
pub(crate) fn english(msg: &Msg) -> String {
    bundle().say(msg, &Plain)
}

/// How core's errors display: the message in no language (its key and arguments), which is what
/// a log or a developer needs; a reader gets the message said in their language.
pub(crate) fn display(msg: &Msg, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
    std::fmt::Display::fmt(msg, f)
}

/// A name the jeweler or the visitor wrote, shown as written in every language.
pub fn as_written(text: impl Into<String>) -> Msg {
    Msg::new("core-as-written").arg("text", text.into())
}

/// `text` in lower case, as `str::to_lowercase` writes it for the alphabets a catalog name is
/// written in: ASCII, Latin-1, Latin Extended-A, modern Greek and Russian Cyrillic (`Émeraude` →
/// `émeraude`, `Рубин` → `рубин`). A capital of any other script, `İ` (which std writes as two characters) and
/// a word-final `Σ` (std: `ς`, here `σ`) are kept or lowered letter by letter, so no Unicode case
/// table is needed.
pub fn lower_case(text: &str) -> String {
    text.chars().map(lower_letter).collect()
}

fn lower_letter(c: char) -> char {
    let u = u32::from(c);
    let lower = match u {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE | 0x391..=0x3A1 | 0x3A3..=0x3AB | 0x410..=0x42F => {
            u + 32
        }
        0x400..=0x40F => u + 80,
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 if u % 2 == 0 => u + 1,
        0x139..=0x148 | 0x179..=0x17E if u % 2 == 1 => u + 1,
        0x178 => 0xFF,
        0x386 => 0x3AC,
        0x388..=0x38A => u + 37,
        0x38C => 0x3CC,
        0x38E..=0x38F => u + 63,
        _ => u,
    };
    char::from_u32(lower).unwrap_or(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_case_is_std_for_the_alphabets_of_catalog_names() {
        let covered = (0u32..0x180).chain(0x386..0x3CF).chain(0x400..0x450);
        for c in covered.filter_map(char::from_u32) {
            if c == '\u{130}' {
                continue;
            }
            let std: String = c.to_lowercase().collect();
            assert_eq!(
                lower_case(&c.to_string()),
                std,
                "{c:?} U+{:04X}",
                u32::from(c)
            );
        }
        assert_eq!(lower_case("Blue Sapphire"), "blue sapphire");
        assert_eq!(lower_case("Émeraude Ÿ ŁÓDŹ"), "émeraude ÿ łódź");
        assert_eq!(lower_case("Сапфир Ήλιος"), "сапфир ήλιος");
        assert_eq!(lower_case("İ"), "İ");
        assert_eq!(lower_case("ԱՐԵՎ 翡翠"), "ԱՐԵՎ 翡翠");
    }

    #[test]
    fn the_english_file_reads() {
        assert!(Bundle::from_sources(Lang::En, [EN_CORE]).is_ok());
        assert_eq!(english(&as_written("Gelbgold 750")), "Gelbgold 750");
    }
}
