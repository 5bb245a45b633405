//! The server's words: every language's Email-area messages (`locales/<lang>/{common,core,brief,
//! email}.ftl`, compiled in and read once at start) and CLDR formatting, so each email and page
//! reads in its reader's language: the visitor's in the brief's `locale`, the jeweler's in the
//! shop's `language`.

mod changes;
pub mod cldr;
pub mod sources;

use crate::html::escape_html;
use atelier_core::i18n::{Arg, Bundle, Lang, Msg};
pub use cldr::{Cldr, CldrError, DateStyle};
use std::collections::HashMap;

/// Private-use characters around an argument's place while a message becomes HTML: no message
/// file or visitor's text can hold them in a way that matters, as both are escaped first.
const MARK_OPEN: char = '\u{E000}';
const MARK_CLOSE: char = '\u{E001}';

/// Why the messages could not be read at start.
#[derive(Debug, thiserror::Error)]
pub enum I18nError {
    /// A message file is not valid Fluent (in the subset Atelier reads).
    #[error("locales/{lang}/{file}.ftl line {line}: {what}")]
    Parse {
        /// The language's folder.
        lang: &'static str,
        /// The file's name without `.ftl`.
        file: &'static str,
        /// The line (1-based).
        line: usize,
        /// What is wrong there.
        what: String,
    },
    /// The shop's language has no CLDR data or is not a tag.
    #[error("setting `language`: {0}")]
    Shop(#[from] CldrError),
}

/// Every language's messages, and the shop's language. The messages are read once and shared by
/// every shop of a deployment ([`Words::for_language`]): only the shop's language differs.
#[derive(Debug)]
pub struct Words {
    bundles: std::sync::Arc<HashMap<Lang, Bundle>>,
    shop_tag: String,
    shop_lang: Lang,
}

impl Words {
    /// Reads every language's files; `shop_tag` is the configured `language` (checked by the
    /// configuration to be one of ours; anything else reads as English).
    pub fn load(shop_tag: &str) -> Result<Self, I18nError> {
        Self::from_files(sources::FILES, shop_tag)
    }

    /// Reads these files, `(lang, [(file name, text)])`: [`Words::load`] with the compiled-in
    /// ones; tests give broken ones.
    pub fn from_files(
        files: &[(Lang, [(&'static str, &'static str); 4])],
        shop_tag: &str,
    ) -> Result<Self, I18nError> {
        let mut bundles = HashMap::new();
        for (lang, sources) in files {
            let mut bundle = Bundle::new(*lang);
            for (file, text) in sources {
                bundle.add(text).map_err(|e| I18nError::Parse {
                    lang: lang.code(),
                    file,
                    line: e.line,
                    what: e.what,
                })?;
            }
            bundles.insert(*lang, bundle);
        }
        Self::with_bundles(std::sync::Arc::new(bundles), shop_tag)
    }

    /// The same messages for a shop whose language is `shop_tag`: nothing is read again.
    pub fn for_language(&self, shop_tag: &str) -> Result<Self, I18nError> {
        Self::with_bundles(self.bundles.clone(), shop_tag)
    }

    fn with_bundles(
        bundles: std::sync::Arc<HashMap<Lang, Bundle>>,
        shop_tag: &str,
    ) -> Result<Self, I18nError> {
        let shop_lang = Lang::from_tag(shop_tag)
            .filter(|l| bundles.contains_key(l))
            .unwrap_or(Lang::En);
        let shop_tag = if Lang::from_tag(shop_tag) == Some(shop_lang) {
            shop_tag.trim().to_owned()
        } else {
            "en".to_owned()
        };
        Cldr::new(&shop_tag)?;
        Ok(Self {
            bundles,
            shop_tag,
            shop_lang,
        })
    }

    /// The shop's language.
    pub fn shop_lang(&self) -> Lang {
        self.shop_lang
    }

    /// The shop's tag as configured (`de-CH`).
    pub fn shop_tag(&self) -> &str {
        &self.shop_tag
    }

    /// Words for a reader of `tag` (a brief's `locale`, a page's chosen language): its language
    /// when it is one of ours, else the shop's.
    pub fn reader(&self, tag: &str) -> Reader<'_> {
        let tag = tag.trim();
        match Lang::from_tag(tag).filter(|l| self.bundles.contains_key(l)) {
            Some(lang) if Cldr::new(tag).is_ok() => self.make(lang, tag),
            _ => self.shop(),
        }
    }

    /// Words for the jeweler: the shop's language.
    pub fn shop(&self) -> Reader<'_> {
        self.make(self.shop_lang, &self.shop_tag)
    }

    /// Words for the API's own error messages, which are English for every client: programs
    /// read their stable `code` and field paths, and the app says the problem in its reader's
    /// language itself.
    pub fn api(&self) -> Reader<'_> {
        self.make(Lang::En, "en")
    }

    fn make(&self, lang: Lang, tag: &str) -> Reader<'_> {
        // The configured shop tag was checked at load; a visitor's tag was checked by `reader`.
        let cldr = Cldr::new(tag)
            .or_else(|_| Cldr::new(lang.code()))
            .or_else(|_| Cldr::new("en"));
        Reader {
            bundle: self
                .bundles
                .get(&lang)
                .or_else(|| self.bundles.get(&Lang::En)),
            lang,
            cldr: cldr.ok(),
        }
    }
}

/// One reader's words: their language's messages and their locale's formats.
#[derive(Debug)]
pub struct Reader<'a> {
    bundle: Option<&'a Bundle>,
    lang: Lang,
    cldr: Option<Cldr>,
}

impl Reader<'_> {
    /// The reader's language.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// `ltr` or `rtl`, for `dir="…"`.
    pub fn dir(&self) -> &'static str {
        if self.lang.is_rtl() {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// The message `key` without arguments.
    pub fn t(&self, key: &str) -> String {
        self.t_args(key, &[])
    }

    /// The message `key` with `args`.
    pub fn t_args(&self, key: &str, args: &[(&str, Arg)]) -> String {
        match (self.bundle, &self.cldr) {
            (Some(bundle), Some(cldr)) => bundle.format(key, args, cldr),
            (Some(bundle), None) => bundle.format(key, args, &atelier_core::i18n::Plain),
            (None, _) => key.to_owned(),
        }
    }

    /// The message `key` as escaped HTML, its text arguments escaped too and those named in
    /// `strong` in bold: the sentence stays whole for the translator, the markup stays ours.
    pub fn html(&self, key: &str, args: &[(&str, Arg)], strong: &[&str]) -> String {
        let mut values = Vec::new();
        let marked: Vec<(&str, Arg)> = args
            .iter()
            .map(|(name, arg)| match arg {
                Arg::Text(text) => {
                    let marker = format!("{MARK_OPEN}{}{MARK_CLOSE}", values.len());
                    let value = escape_html(&text.replace([MARK_OPEN, MARK_CLOSE], ""));
                    values.push(if strong.contains(name) {
                        format!("<strong>{value}</strong>")
                    } else {
                        value
                    });
                    (*name, Arg::Text(marker))
                }
                other => (*name, other.clone()),
            })
            .collect();
        let mut out = escape_html(&self.t_args(key, &marked));
        for (i, value) in values.iter().enumerate() {
            out = out.replace(&format!("{MARK_OPEN}{i}{MARK_CLOSE}"), value);
        }
        out
    }

    /// What core said, in the reader's words.
    pub fn say(&self, msg: &Msg) -> String {
        match (self.bundle, &self.cldr) {
            (Some(bundle), Some(cldr)) => bundle.say(msg, cldr),
            (Some(bundle), None) => bundle.say(msg, &atelier_core::i18n::Plain),
            (None, _) => msg.fallback.clone().unwrap_or_else(|| msg.key.to_string()),
        }
    }

    /// A civil date and time written the reader's way.
    pub fn date(&self, at: jiff::civil::DateTime, style: DateStyle) -> String {
        match &self.cldr {
            Some(cldr) => cldr.date(at, style),
            None => at.to_string(),
        }
    }

    /// A stored RFC 3339 instant as the reader's day (in UTC), or as stored when unreadable.
    pub fn day_of(&self, rfc3339: &str) -> String {
        match rfc3339.parse::<jiff::Timestamp>() {
            Ok(at) => self.date(
                at.to_zoned_datetime(jiff::tz::TimeZone::UTC).datetime(),
                DateStyle::Day,
            ),
            Err(_) => rfc3339.to_owned(),
        }
    }

    /// The language's name in the reader's language, for "written in French" (a message
    /// `email-lang-<code>`).
    pub fn language_name(&self, lang: Lang) -> String {
        self.t(&format!("email-lang-{}", lang.code()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_loads_and_a_reader_falls_back_to_the_shop() {
        let words = Words::load("de-CH").expect("every file parses");
        assert_eq!(words.shop_lang(), Lang::De);
        assert_eq!(words.shop_tag(), "de-CH");
        assert_eq!(words.reader("fr-FR").lang(), Lang::Fr);
        assert_eq!(words.reader("ar-EG").dir(), "rtl");
        // Portuguese is not one of ours: the shop's language, with the shop's formats.
        let pt = words.reader("pt-BR");
        assert_eq!(pt.lang(), Lang::De);
        assert_eq!(pt.t("email-fact-surprise-no"), "nein");
        assert_eq!(
            pt.t_args(
                "email-budget-up-to",
                &[(
                    "max",
                    Arg::Money {
                        amount: 1234.5,
                        currency: "CHF".into()
                    }
                )]
            ),
            "bis CHF\u{a0}1'234.50"
        );
        assert_eq!(words.reader("fr").language_name(Lang::Ja), "japonais");
    }

    #[test]
    fn plurals_choose_the_languages_own_forms() {
        let words = Words::load("en").expect("load");
        let photos = |tag: &str, n: i64| {
            words
                .reader(tag)
                .t_args("email-message-photos", &[("count", Arg::int(n))])
        };
        assert_eq!(photos("en", 1), "1 photo came with it.");
        assert_eq!(photos("en", 2), "2 photos came with it.");
        assert_eq!(photos("fr", 1), "1 photo l’accompagne.");
        assert_eq!(photos("ar", 2), "أُرفقت صورتان.");
        assert_eq!(photos("ar", 3), "أُرفقت \u{2068}3\u{2069} صور.");
        assert_eq!(photos("ar", 11), "أُرفقت \u{2068}11\u{2069} صورة.");
    }

    #[test]
    fn html_keeps_the_sentence_whole_and_escapes_everything() {
        let words = Words::load("en").expect("load");
        let en = words.reader("en");
        let args = [
            ("shop", Arg::from("Maison <Vérel> & Fils")),
            ("reference", Arg::from("AT-1<b>")),
        ];
        assert_eq!(
            en.html("email-link-body", &args, &["reference"]),
            "Maison &lt;Vérel&gt; &amp; Fils has given you a new link to the page of your \
             request <strong>AT-1&lt;b&gt;</strong>. Earlier links no longer open it."
        );
        // A visitor's text holding the markers cannot pull in another argument.
        let sneaky = [
            ("shop", Arg::from("\u{E000}1\u{E001}")),
            ("reference", Arg::from("R")),
        ];
        assert!(en
            .html("email-link-body", &sneaky, &[])
            .starts_with("1 has given you"));
    }

    #[test]
    fn a_broken_file_stops_the_start_naming_the_file_and_line() {
        let files = [(
            Lang::En,
            [
                ("common", "common-ok = fine\n"),
                ("core", ""),
                (
                    "brief",
                    "brief-ok = fine\n# a comment ends it\n  stray indented line\n",
                ),
                ("email", ""),
            ],
        )];
        let error = Words::from_files(&files, "en").unwrap_err();
        assert_eq!(
            error.to_string(),
            "locales/en/brief.ftl line 3: an indented line outside any message"
        );
    }
}
