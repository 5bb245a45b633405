//! Core's words in English, for the callers that still want a `String`: every `Msg` core makes is
//! put into words by the English message file (`locales/en/core.ftl`), so the English text lives
//! in one place and the English functions cannot drift from what the other languages translate.

use std::sync::OnceLock;

use crate::i18n::{Bundle, Lang, Msg, Plain};

/// The English message file core's messages live in.
pub const EN_CORE: &str = include_str!("../../locales/en/core.ftl");

/// The English bundle of core's messages, read once.
fn bundle() -> &'static Bundle {
    static BUNDLE: OnceLock<Bundle> = OnceLock::new();
    // A file that does not parse leaves the bundle empty, so keys show instead of text; the tests
    // read the file too and fail on it.
    BUNDLE.get_or_init(|| {
        Bundle::from_sources(Lang::En, [EN_CORE]).unwrap_or_else(|_| Bundle::new(Lang::En))
    })
}

/// `msg` in English, with plain digits (`1.20`, no grouping).
pub fn english(msg: &Msg) -> String {
    bundle().say(msg, &Plain)
}

/// A name the jeweler or the visitor wrote, shown as written in every language.
pub fn as_written(text: impl Into<String>) -> Msg {
    Msg::new("core-as-written").arg("text", text.into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_english_file_reads() {
        assert!(Bundle::from_sources(Lang::En, [EN_CORE]).is_ok());
        assert_eq!(english(&as_written("Gelbgold 750")), "Gelbgold 750");
    }
}
