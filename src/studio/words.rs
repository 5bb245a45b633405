//! The studio's message files seen from its code: every `studio-` key the code names exists in
//! every language, and the English and German files read as a jeweler expects.

#[cfg(test)]
pub(crate) mod tests {
    use atelier_core::i18n::{Bundle, Element, Expr, Lang, Pattern};
    use std::collections::BTreeSet;
    use std::path::{Path, PathBuf};

    const LANGS: [Lang; 7] = Lang::ALL;

    fn root() -> PathBuf {
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
    }

    /// The studio's area in `lang`, as the build joins it (common, core, brief, studio).
    pub(crate) fn bundle(lang: Lang) -> Bundle {
        let sources: Vec<String> = ["common", "core", "brief", "studio"]
            .iter()
            .map(|file| {
                let path = root().join(format!("locales/{}/{file}.ftl", lang.code()));
                std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path:?}: {e}"))
            })
            .collect();
        Bundle::from_sources(lang, sources.iter().map(String::as_str))
            .unwrap_or_else(|e| panic!("{}: {e:?}", lang.code()))
    }

    /// The studio in English.
    pub(crate) fn english() -> Bundle {
        bundle(Lang::En)
    }

    /// The studio in German.
    pub(crate) fn german() -> Bundle {
        bundle(Lang::De)
    }

    fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("a source folder").flatten() {
            let path = entry.path();
            if path.is_dir() {
                rust_files(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }

    /// Every `"studio-…"` literal in the studio's code.
    fn keys_in_code() -> BTreeSet<String> {
        let mut files = Vec::new();
        rust_files(&root().join("src/studio"), &mut files);
        let mut keys = BTreeSet::new();
        for file in files {
            let text = std::fs::read_to_string(&file).expect("a source file");
            for (start, _) in text.match_indices("\"studio-") {
                // Class names and element ids share the prefix; they are attribute values.
                let before = text[..start].trim_end();
                if ["class=", "id=", "for="]
                    .iter()
                    .any(|a| before.ends_with(a))
                {
                    continue;
                }
                let rest = &text[start + 1..];
                let end = rest
                    .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
                    .unwrap_or(rest.len());
                if end > "studio-".len() && rest[end..].starts_with('"') {
                    keys.insert(rest[..end].to_owned());
                }
            }
        }
        keys
    }

    #[test]
    fn every_key_the_studio_names_is_in_every_language() {
        let keys = keys_in_code();
        assert!(keys.len() > 100, "only {} keys found", keys.len());
        for lang in LANGS {
            let bundle = bundle(lang);
            let missing: Vec<&String> = keys.iter().filter(|k| !bundle.has(k)).collect();
            assert!(missing.is_empty(), "{}: {missing:?}", lang.code());
        }
    }

    fn vars(pattern: &Pattern, out: &mut BTreeSet<String>) {
        fn expr(e: &Expr, out: &mut BTreeSet<String>) {
            match e {
                Expr::Var(v) | Expr::Number { var: v, .. } => {
                    out.insert(v.clone());
                }
                Expr::Select {
                    selector, variants, ..
                } => {
                    expr(selector, out);
                    for variant in variants {
                        vars(&variant.value, out);
                    }
                }
                Expr::Ref(_) | Expr::Literal(_) => {}
            }
        }
        for element in pattern {
            if let Element::Place(e) = element {
                expr(e, out);
            }
        }
    }

    #[test]
    fn every_language_uses_the_english_arguments() {
        let english = english();
        for lang in LANGS {
            let bundle = bundle(lang);
            for key in english.keys().filter(|k| k.starts_with("studio-")) {
                let (mut ours, mut theirs) = (BTreeSet::new(), BTreeSet::new());
                vars(english.pattern(key).expect("an English message"), &mut ours);
                if let Some(pattern) = bundle.pattern(key) {
                    vars(pattern, &mut theirs);
                }
                assert_eq!(ours, theirs, "{}: {key}", lang.code());
            }
        }
    }

    #[test]
    fn every_language_has_the_english_studio_keys() {
        let english = english();
        let studio: BTreeSet<&str> = english
            .keys()
            .filter(|k| k.starts_with("studio-"))
            .collect();
        for lang in LANGS {
            let bundle = bundle(lang);
            let theirs: BTreeSet<&str> =
                bundle.keys().filter(|k| k.starts_with("studio-")).collect();
            assert_eq!(studio, theirs, "{}", lang.code());
        }
    }
}
