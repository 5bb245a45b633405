//! The languages Atelier speaks, and what a language tag says about its reader: which of our
//! languages fits best, which ring-size system and which currency they most likely think in.

use crate::size::SizeSystem;

/// A language with a full set of message files.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    /// English (en, en-US, en-GB …): the source language, which every other file follows.
    En,
    /// German.
    De,
    /// French.
    Fr,
    /// Italian.
    It,
    /// Spanish.
    Es,
    /// Japanese.
    Ja,
    /// Arabic, written right to left.
    Ar,
    /// The test pseudo-language `en-XA`: English accented and 40 % longer, generated at build time,
    /// so hard-coded text and truncation stand out in screenshots.
    Pseudo,
}

impl Lang {
    /// Every language a visitor can choose, in the order the language switch lists them.
    pub const ALL: [Lang; 7] = [
        Lang::En,
        Lang::De,
        Lang::Fr,
        Lang::It,
        Lang::Es,
        Lang::Ja,
        Lang::Ar,
    ];

    /// The folder of its message files and its BCP 47 tag: `en`, `de`, …, `en-XA`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Fr => "fr",
            Lang::It => "it",
            Lang::Es => "es",
            Lang::Ja => "ja",
            Lang::Ar => "ar",
            Lang::Pseudo => "en-XA",
        }
    }

    /// Its own name, as the language switch shows it.
    pub fn autonym(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::De => "Deutsch",
            Lang::Fr => "Français",
            Lang::It => "Italiano",
            Lang::Es => "Español",
            Lang::Ja => "日本語",
            Lang::Ar => "العربية",
            Lang::Pseudo => "Ƥŝéûđö",
        }
    }

    /// Whether it is written right to left (`dir="rtl"`).
    pub fn is_rtl(self) -> bool {
        self == Lang::Ar
    }

    /// The language of a BCP 47 tag (`fr-CH`, `de_DE`, `EN`), if Atelier speaks it; `en-XA` is the
    /// pseudo-language.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let mut parts = tag.split(['-', '_']);
        let primary = parts.next()?.to_ascii_lowercase();
        if primary == "en" && parts.next().is_some_and(|r| r.eq_ignore_ascii_case("xa")) {
            return Some(Lang::Pseudo);
        }
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The first of `tags` (most wanted first) that Atelier speaks.
    pub fn negotiate<'a>(tags: impl IntoIterator<Item = &'a str>) -> Option<Lang> {
        tags.into_iter().find_map(Lang::from_tag)
    }
}

/// The region subtag of a language tag, upper-cased (`en-GB` → `GB`, `zh-Hant-TW` → `TW`).
fn region(tag: &str) -> Option<String> {
    tag.split(['-', '_'])
        .skip(1)
        .find(|part| part.len() == 2 && part.bytes().all(|b| b.is_ascii_alphabetic()))
        .map(str::to_ascii_uppercase)
}

/// How a reader of a language writes its words, where a region writes them its own way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Spelling {
    /// As the language's message files are written.
    Standard,
    /// Swiss and Liechtenstein German: no `ß`, written `ss` ("Grösse", "schliessen").
    Swiss,
}

impl Spelling {
    /// The spelling of a reader of `tag` (`de-CH` and `de-LI` write Swiss German).
    pub fn for_tag(tag: &str) -> Self {
        let german = tag
            .split(['-', '_'])
            .next()
            .is_some_and(|language| language.eq_ignore_ascii_case("de"));
        match region(tag).as_deref() {
            Some("CH" | "LI") if german => Spelling::Swiss,
            _ => Spelling::Standard,
        }
    }

    /// Appends `text` to `out` as this spelling writes it.
    pub fn write_into(self, text: &str, out: &mut String) {
        match self {
            Spelling::Swiss => {
                for c in text.chars() {
                    match c {
                        'ß' => out.push_str("ss"),
                        'ẞ' => out.push_str("SS"),
                        c => out.push(c),
                    }
                }
            }
            Spelling::Standard => out.push_str(text),
        }
    }
}

/// The ring-size system a reader of this tag most likely knows: US for the United States and
/// Canada, UK for Britain, Ireland, Australia and New Zealand, Japanese for Japan, else EU/ISO 8653.
/// A bare `en` means the US (the browsers' default), a bare `ja` Japan.
pub fn size_system_for(tag: &str) -> SizeSystem {
    match region(tag).as_deref() {
        Some("US" | "CA" | "PR") => SizeSystem::Us,
        Some("GB" | "IE" | "AU" | "NZ" | "IM" | "JE" | "GG") => SizeSystem::Uk,
        Some("JP") => SizeSystem::Jp,
        Some(_) => SizeSystem::Eu,
        None => match Lang::from_tag(tag) {
            Some(Lang::En | Lang::Pseudo) => SizeSystem::Us,
            Some(Lang::Ja) => SizeSystem::Jp,
            _ => SizeSystem::Eu,
        },
    }
}

/// The currency a reader of this tag most likely thinks in when the shop has not said: by the tag's
/// region (`en-GB`: GBP, `de-CH`: CHF, `ja-JP`: JPY), by the language when there is no region
/// (`ja`: JPY), else EUR.
pub fn currency_for(tag: &str) -> &'static str {
    match region(tag).as_deref() {
        Some("GB" | "IM" | "JE" | "GG") => "GBP",
        Some("US" | "PR" | "GU" | "VI" | "AS" | "MP") => "USD",
        Some("CH" | "LI") => "CHF",
        Some("CA") => "CAD",
        Some("AU") => "AUD",
        Some("NZ") => "NZD",
        Some("JP") => "JPY",
        Some("AE") => "AED",
        Some("SA") => "SAR",
        Some("QA") => "QAR",
        Some("KW") => "KWD",
        Some("EG") => "EGP",
        Some("MX") => "MXN",
        Some(_) => "EUR",
        None => match Lang::from_tag(tag) {
            Some(Lang::Ja) => "JPY",
            _ => "EUR",
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_find_their_language() {
        assert_eq!(Lang::from_tag("fr-CH"), Some(Lang::Fr));
        assert_eq!(Lang::from_tag("DE_de"), Some(Lang::De));
        assert_eq!(Lang::from_tag("en-XA"), Some(Lang::Pseudo));
        assert_eq!(Lang::from_tag("en-GB"), Some(Lang::En));
        assert_eq!(Lang::from_tag("pt-BR"), None);
        assert_eq!(Lang::from_tag(""), None);
        assert_eq!(Lang::negotiate(["pt-BR", "es-MX", "en"]), Some(Lang::Es));
    }

    #[test]
    fn sizes_and_currencies_follow_the_region() {
        assert_eq!(size_system_for("en-US"), SizeSystem::Us);
        assert_eq!(size_system_for("en-GB"), SizeSystem::Uk);
        assert_eq!(size_system_for("en-AU"), SizeSystem::Uk);
        assert_eq!(size_system_for("de-DE"), SizeSystem::Eu);
        assert_eq!(size_system_for("fr"), SizeSystem::Eu);
        assert_eq!(size_system_for("ja"), SizeSystem::Jp);
        assert_eq!(size_system_for("ja-JP"), SizeSystem::Jp);
        assert_eq!(currency_for("en-GB"), "GBP");
        assert_eq!(currency_for("de-CH"), "CHF");
        assert_eq!(Spelling::for_tag("de-CH"), Spelling::Swiss);
        assert_eq!(Spelling::for_tag("de-li"), Spelling::Swiss);
        assert_eq!(Spelling::for_tag("de-DE"), Spelling::Standard);
        assert_eq!(Spelling::for_tag("fr-CH"), Spelling::Standard);
        let mut out = String::new();
        Spelling::Swiss.write_into("Größe schließen", &mut out);
        assert_eq!(out, "Grösse schliessen");
        assert_eq!(currency_for("zh-Hant-CH"), "CHF");
        assert_eq!(currency_for("ja"), "JPY");
        assert_eq!(currency_for("fr-FR"), "EUR");
        assert_eq!(currency_for("en"), "EUR");
        assert_eq!(currency_for(""), "EUR");
    }
}
