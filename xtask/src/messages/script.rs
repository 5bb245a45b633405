//! The embed loader (`public/embed.js`) as the messages check reads it. The loader runs on a
//! shop's own page and reads `embed.ftl` with a few lines of JavaScript, so: the keys it says must
//! be English `embed.ftl` keys, its built-in English must equal `locales/en/embed.ftl`, its list of
//! languages must be Atelier's, and every `embed.ftl` must stay one `key = value` line per message
//! whose only placeables are `{ $name }`-style arguments.

use atelier_core::i18n::Lang;
use std::collections::BTreeMap;

/// Where the loader lives, from the workspace root.
pub const PATH: &str = "public/embed.js";

/// What the loader says.
#[derive(Debug, Default, PartialEq)]
pub struct Script {
    /// Keys it names outside its English table, with their lines.
    pub keys: Vec<(usize, String)>,
    /// Its built-in English: key, then text, with their lines.
    pub english: Vec<(usize, String, String)>,
    /// The languages it offers, with their line.
    pub langs: Option<(usize, Vec<String>)>,
}

/// Reads the loader's source.
pub fn scan(source: &str) -> Script {
    let mut script = Script::default();
    let mut in_english = false;
    for (index, line) in source.lines().enumerate() {
        let number = index + 1;
        let trimmed = line.trim();
        if trimmed.starts_with("const ENGLISH = {") {
            in_english = true;
            continue;
        }
        if in_english && trimmed.starts_with("};") {
            in_english = false;
            continue;
        }
        let strings = quoted(line);
        if in_english {
            if let [key, text] = strings.as_slice() {
                script.english.push((number, key.clone(), text.clone()));
            }
        } else if trimmed.starts_with("const LANGS = [") {
            script.langs = Some((number, strings));
        } else {
            script.keys.extend(
                strings
                    .into_iter()
                    .filter(|s| is_embed_key(s))
                    .map(|s| (number, s)),
            );
        }
    }
    script
}

/// The string literals of one line of JavaScript (single or double quoted), unescaped.
fn quoted(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        if c == '/' && chars.clone().next() == Some('/') {
            break;
        }
        if c != '\'' && c != '"' {
            continue;
        }
        let mut text = String::new();
        while let Some(inner) = chars.next() {
            match inner {
                '\\' => {
                    if let Some(escaped) = chars.next() {
                        text.push(escaped);
                    }
                }
                end if end == c => break,
                other => text.push(other),
            }
        }
        out.push(text);
    }
    out
}

fn is_embed_key(text: &str) -> bool {
    text.strip_prefix("embed-").is_some_and(|rest| {
        !rest.is_empty()
            && rest
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    })
}

/// An `embed.ftl`'s messages as the loader reads them (`key = value` lines), and a problem for
/// every line it would misread, as `line: what`.
pub fn read_file(text: &str) -> (BTreeMap<String, String>, Vec<String>) {
    let mut messages = BTreeMap::new();
    let mut problems = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let number = index + 1;
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let Some((key, value)) = line.split_once('=') else {
            problems.push(format!(
                "{number}: not a `key = value` line (the embed loader reads one line per message)"
            ));
            continue;
        };
        let key = key.trim();
        if !is_embed_key(key) || line.starts_with(' ') {
            problems.push(format!(
                "{number}: not a `key = value` line (the embed loader reads one line per message)"
            ));
            continue;
        }
        let value = value.trim();
        if let Some(what) = unreadable(value) {
            problems.push(format!("{number}: {key} {what}"));
        }
        messages.insert(key.to_owned(), value.to_owned());
    }
    (messages, problems)
}

/// Why the loader cannot say this value, if it cannot: a placeable other than `{ $name }`.
fn unreadable(value: &str) -> Option<&'static str> {
    let mut rest = value;
    while let Some(open) = rest.find(['{', '}']) {
        if rest[open..].starts_with('}') {
            return Some("has a `}` outside a placeable");
        }
        let Some(close) = rest[open..].find('}') else {
            return Some("has an unclosed placeable");
        };
        let inner = rest[open + 1..open + close].trim();
        let simple = inner
            .strip_prefix('$')
            .is_some_and(|name| !name.is_empty() && name.bytes().all(|b| b.is_ascii_lowercase()));
        if !simple {
            return Some("has a placeable the embed loader cannot fill (only `{ $name }`)");
        }
        rest = &rest[open + close + 1..];
    }
    None
}

/// Every problem between the loader and the embed files: `files` holds each language's
/// `embed.ftl` text. Returns the keys the loader says, and the problems.
pub fn check(source: &str, files: &[(Lang, String)]) -> (Vec<String>, Vec<String>) {
    let script = scan(source);
    let mut problems = Vec::new();
    let mut english = BTreeMap::new();
    for (lang, text) in files {
        let (messages, found) = read_file(text);
        let location = format!("locales/{}/embed.ftl", lang.code());
        problems.extend(found.into_iter().map(|p| format!("{location}:{p}")));
        if *lang == Lang::En {
            english = messages;
        }
    }
    for (line, key) in &script.keys {
        if !english.contains_key(key) {
            problems.push(format!(
                "{PATH}:{line}: {key} is not in locales/en/embed.ftl"
            ));
        }
    }
    for (line, key, text) in &script.english {
        match english.get(key) {
            None => problems.push(format!(
                "{PATH}:{line}: {key} is in the built-in English but not in locales/en/embed.ftl"
            )),
            Some(wanted) if wanted != text => problems.push(format!(
                "{PATH}:{line}: {key}'s built-in English {text:?} differs from locales/en/embed.ftl's {wanted:?}"
            )),
            Some(_) => {}
        }
    }
    for key in english.keys() {
        if !script.english.iter().any(|(_, k, _)| k == key) {
            problems.push(format!(
                "{PATH}: {key} (locales/en/embed.ftl) is missing from the built-in English"
            ));
        }
    }
    let codes: Vec<String> = Lang::ALL.iter().map(|l| l.code().to_owned()).collect();
    match &script.langs {
        Some((_, langs)) if *langs == codes => {}
        Some((line, langs)) => problems.push(format!(
            "{PATH}:{line}: LANGS is {langs:?}, Atelier speaks {codes:?}"
        )),
        None => problems.push(format!("{PATH}: no `const LANGS = [...]` list")),
    }
    let keys = script.keys.into_iter().map(|(_, key)| key).collect();
    (keys, problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    const LOADER: &str = "  const LANGS = ['en', 'de'];\n  const ENGLISH = {\n    'embed-hello': 'Hello { $name }',\n    'embed-gone': \"It's gone\",\n  };\n  x(this._say('embed-hello', { name }));\n  y('embed-new'); // 'embed-comment'\n  z('embed-gone', \"a 'b' c\");\n";

    #[test]
    fn the_loader_s_keys_english_and_languages_are_read() {
        let script = scan(LOADER);
        assert_eq!(
            script.keys,
            vec![
                (6, "embed-hello".to_owned()),
                (7, "embed-new".to_owned()),
                (8, "embed-gone".to_owned())
            ]
        );
        assert_eq!(
            script.english,
            vec![
                (3, "embed-hello".to_owned(), "Hello { $name }".to_owned()),
                (4, "embed-gone".to_owned(), "It's gone".to_owned()),
            ]
        );
        assert_eq!(
            script.langs,
            Some((1, vec!["en".to_owned(), "de".to_owned()]))
        );
    }

    #[test]
    fn the_check_finds_missing_keys_differing_english_other_languages_and_hard_files() {
        let en = "# words\nembed-hello = Hello { $name }\nembed-gone = It is gone\nembed-only = Only here\n";
        let de =
            "embed-hello = Hallo { NUMBER($n) }\nembed-gone = { $a } }\nembed-only = Nur\n  hier\n";
        let (keys, problems) = check(
            LOADER,
            &[(Lang::En, en.to_owned()), (Lang::De, de.to_owned())],
        );
        assert_eq!(keys, vec!["embed-hello", "embed-new", "embed-gone"]);
        assert_eq!(
            problems,
            vec![
                "locales/de/embed.ftl:1: embed-hello has a placeable the embed loader cannot fill (only `{ $name }`)",
                "locales/de/embed.ftl:2: embed-gone has a `}` outside a placeable",
                "locales/de/embed.ftl:4: not a `key = value` line (the embed loader reads one line per message)",
                "public/embed.js:7: embed-new is not in locales/en/embed.ftl",
                "public/embed.js:4: embed-gone's built-in English \"It's gone\" differs from locales/en/embed.ftl's \"It is gone\"",
                "public/embed.js: embed-only (locales/en/embed.ftl) is missing from the built-in English",
                "public/embed.js:1: LANGS is [\"en\", \"de\"], Atelier speaks [\"en\", \"de\", \"fr\", \"it\", \"es\", \"ja\", \"ar\"]",
            ]
        );
    }
}
