//! The message files as the app fetches them: for every language in `locales/` and every part of
//! every area (`atelier_core::i18n::Area::parts`), the part's sources joined into
//! `dist/locales/<lang>/<part>.ftl`, so a visitor's first load fetches one small file of one
//! language and the rest comes with the code that says it. The test pseudo-language `en-XA`
//! is made here from English: every letter accented and the text about 40 % longer, placeables,
//! keys and variant keys untouched.

use atelier_core::i18n::{Area, Lang};
use std::path::Path;

/// Writes every language's files into `dist/locales/`; returns how many it wrote.
pub fn write_dist(dist: &Path) -> Result<usize, String> {
    let source = crate::root().join("locales");
    let mut written = 0;
    let mut langs: Vec<Lang> = Lang::ALL.to_vec();
    langs.push(Lang::Pseudo);
    for lang in langs {
        let folder = dist.join("locales").join(lang.code());
        std::fs::create_dir_all(&folder)
            .map_err(|e| format!("cannot create {}: {e}", folder.display()))?;
        for part in Area::ALL.iter().flat_map(|area| area.parts()) {
            let mut joined = String::new();
            for name in part.sources {
                let from_lang = if lang == Lang::Pseudo { Lang::En } else { lang };
                let path = source.join(from_lang.code()).join(format!("{name}.ftl"));
                let text = match std::fs::read_to_string(&path) {
                    Ok(text) => text,
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
                    Err(e) => return Err(format!("cannot read {}: {e}", path.display())),
                };
                joined.push_str(&format!("## {name}.ftl\n"));
                joined.push_str(&if lang == Lang::Pseudo {
                    pseudo(&text)
                } else {
                    text
                });
                if !joined.ends_with('\n') {
                    joined.push('\n');
                }
            }
            let path = folder.join(format!("{}.ftl", part.name));
            std::fs::write(&path, joined)
                .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
            written += 1;
        }
    }
    Ok(written)
}

/// What a placeable-aware walk over a file is reading.
#[derive(Clone, Copy, PartialEq)]
enum Mode {
    /// Text a reader sees.
    Text,
    /// Inside `{ … }`, outside any variant's value.
    Expr,
    /// A variant key, `[one]`.
    Key,
    /// A string literal inside an expression.
    Literal,
}

/// A whole `.ftl` file in the pseudo-language.
pub fn pseudo(file: &str) -> String {
    let mut out = String::with_capacity(file.len() * 2);
    let mut stack: Vec<Mode> = Vec::new();
    let mut mode = Mode::Text;
    let mut line_start = true;
    let mut chars = file.chars().peekable();
    while let Some(c) = chars.next() {
        if line_start && stack.is_empty() && !matches!(c, ' ' | '\t' | '\n' | '}') {
            // A comment or a key: copied up to `=` (or the line's end).
            out.push(c);
            if c != '#' {
                for c in chars.by_ref() {
                    out.push(c);
                    if c == '=' || c == '\n' {
                        line_start = c == '\n';
                        break;
                    }
                }
            } else {
                for c in chars.by_ref() {
                    out.push(c);
                    if c == '\n' {
                        break;
                    }
                }
            }
            continue;
        }
        line_start = c == '\n';
        match (mode, c) {
            (Mode::Literal, '"') => {
                out.push(c);
                mode = Mode::Expr;
            }
            (Mode::Literal, _) => out.push(c),
            (Mode::Key, ']') => {
                out.push(c);
                mode = Mode::Text;
            }
            (Mode::Key, _) => out.push(c),
            (_, '{') => {
                out.push(c);
                stack.push(mode);
                mode = Mode::Expr;
            }
            (_, '}') => {
                out.push(c);
                mode = stack.pop().unwrap_or(Mode::Text);
            }
            (Mode::Expr, '"') => {
                out.push(c);
                mode = Mode::Literal;
            }
            (Mode::Expr, '[') => {
                out.push(c);
                mode = Mode::Key;
            }
            (Mode::Expr, _) => out.push(c),
            (Mode::Text, '\n') if !stack.is_empty() => {
                // A variant's value ends with its line.
                out.push(c);
                mode = Mode::Expr;
            }
            (Mode::Text, _) => push_pseudo(&mut out, c),
        }
    }
    out
}

/// One visible character, accented, with every vowel and every `l`, `r` and `h` said twice
/// (English text, spaces included, grows by about 40 %).
fn push_pseudo(out: &mut String, c: char) {
    let accented = match c {
        'a' => 'á',
        'e' => 'é',
        'i' => 'í',
        'o' => 'ö',
        'u' => 'ü',
        'y' => 'ý',
        'c' => 'ç',
        'n' => 'ñ',
        's' => 'š',
        'z' => 'ž',
        'A' => 'Å',
        'E' => 'É',
        'I' => 'Î',
        'O' => 'Ø',
        'U' => 'Ü',
        'C' => 'Ç',
        'N' => 'Ñ',
        'S' => 'Š',
        other => other,
    };
    out.push(accented);
    if "aeiouyAEIOUlrh".contains(c) {
        out.push(accented);
    }
}

#[cfg(test)]
mod tests {
    use super::pseudo;
    use atelier_core::i18n::{Area, Bundle, Element, Expr, Lang, Pattern, Plain};

    #[test]
    fn pseudo_keeps_keys_placeables_and_variants_and_grows_the_text() {
        let en = "# Sizes\nhello = Hello, { $name }!\nsizes = { $n ->\n    [one] one size\n   *[other] { $n } sizes\n}\nlit = a { \"b\" } c\n";
        let pseudo = pseudo(en);
        let bundle = Bundle::from_sources(Lang::Pseudo, [pseudo.as_str()]).unwrap();
        assert_eq!(
            bundle.format("hello", &[("name", "Ana".into())], &Plain),
            "Hééllllöö, Ana!"
        );
        assert_eq!(
            bundle.format("sizes", &[("n", atelier_core::i18n::Arg::int(1))], &Plain),
            "ööñéé šíížéé"
        );
        assert_eq!(bundle.format("lit", &[], &Plain), "áá b ç");
        let english = Bundle::from_sources(Lang::En, [en]).unwrap();
        let sentence = "Resizing a ring by more than two sizes needs a new band";
        let longer = super::pseudo(&format!("x = {sentence}\n"));
        let grown = Bundle::from_sources(Lang::Pseudo, [longer.as_str()])
            .unwrap()
            .format("x", &[], &Plain);
        assert!(
            grown.chars().count() as f64 >= sentence.len() as f64 * 1.3,
            "{grown}"
        );
        assert!(english.has("sizes"));
    }

    /// How many characters of text (not placeables) a file's messages hold, variants included.
    fn text_chars(bundle: &Bundle) -> usize {
        fn count(pattern: &Pattern) -> usize {
            pattern
                .iter()
                .map(|element| match element {
                    Element::Text(text) => text.chars().count(),
                    Element::Place(Expr::Select { variants, .. }) => {
                        variants.iter().map(|v| count(&v.value)).sum()
                    }
                    Element::Place(_) => 0,
                })
                .sum()
        }
        bundle
            .keys()
            .filter_map(|key| bundle.pattern(key))
            .map(count)
            .sum()
    }

    #[test]
    fn the_build_writes_every_language_and_the_pseudo_language_about_40_percent_longer() {
        let dist = std::env::temp_dir().join(format!("xtask-locales-{}", std::process::id()));
        let written = super::write_dist(&dist).unwrap();
        let parts: Vec<_> = Area::ALL.iter().flat_map(|area| area.parts()).collect();
        assert_eq!(written, (Lang::ALL.len() + 1) * parts.len());
        let (mut en_chars, mut xa_chars) = (0, 0);
        for part in parts {
            let file = |lang: Lang| {
                std::fs::read_to_string(
                    dist.join("locales")
                        .join(lang.code())
                        .join(format!("{}.ftl", part.name)),
                )
                .unwrap()
            };
            for lang in Lang::ALL {
                Bundle::from_sources(lang, [file(lang).as_str()])
                    .unwrap_or_else(|e| panic!("{} {}: {e}", lang.code(), part.name));
            }
            let english = Bundle::from_sources(Lang::En, [file(Lang::En).as_str()]).unwrap();
            let xa_text = file(Lang::Pseudo);
            assert!(
                fluent_syntax::parser::parse(xa_text.as_str()).is_ok(),
                "en-XA/{}.ftl is not valid Fluent",
                part.name
            );
            let pseudo = Bundle::from_sources(Lang::Pseudo, [xa_text.as_str()]).unwrap();
            assert_eq!(pseudo.keys().count(), english.keys().count());
            en_chars += text_chars(&english);
            xa_chars += text_chars(&pseudo);
        }
        std::fs::remove_dir_all(&dist).unwrap();
        assert!(en_chars > 0, "no English messages");
        let growth = xa_chars as f64 / en_chars as f64;
        println!(
            "en-XA's text is {:.0} % longer than en's ({en_chars} to {xa_chars} characters)",
            (growth - 1.0) * 100.0
        );
        assert!(
            (1.35..=1.5).contains(&growth),
            "en-XA grows English by {growth:.2}"
        );
    }
}
