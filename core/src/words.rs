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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_english_file_reads() {
        assert!(Bundle::from_sources(Lang::En, [EN_CORE]).is_ok());
        assert_eq!(english(&as_written("Gelbgold 750")), "Gelbgold 750");
    }
}
