//! The message files themselves: each one read by the official Fluent parser and by ours, the same
//! keys in every language, each key in one source file under that file's prefix, the same
//! `$arguments` as English, and references only to messages every reader of the file loads.

use atelier_core::i18n::{self, Area, Element, Expr, Lang, Pattern, SOURCES};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// One `locales/<lang>/<source>.ftl`, read.
#[derive(Debug)]
pub struct File {
    /// `en`, `de`, …
    pub lang: Lang,
    /// `brief`, `core`, …
    pub source: &'static str,
    /// Its messages and terms with their lines, empty when our parser refused it.
    pub messages: Vec<i18n::Message>,
}

impl File {
    /// `locales/de/brief.ftl`.
    pub fn path(&self) -> String {
        path(self.lang, self.source)
    }

    fn line_of(&self, key: &str) -> usize {
        self.messages
            .iter()
            .find(|m| m.id == key)
            .map_or(0, |m| m.line)
    }
}

fn path(lang: Lang, source: &str) -> String {
    format!("locales/{}/{source}.ftl", lang.code())
}

/// The prefix every message key of a source file starts with; `core` has none of its own and may
/// use none of the others.
pub fn prefix(source: &str) -> Option<&'static str> {
    match source {
        "common" => Some("common-"),
        // The configurator's first screen and its panel: one prefix, two files fetched apart.
        "configurator" | "start" => Some("cfg-"),
        "viewer" => Some("viewer-"),
        "brief" => Some("brief-"),
        "commission" => Some("com-"),
        "studio" => Some("studio-"),
        "email" => Some("email-"),
        "embed" => Some("embed-"),
        _ => None,
    }
}

/// Reads every language's files; a file that cannot be read or parsed is a problem, and its
/// messages count as none.
pub fn load(root: &Path, problems: &mut Vec<String>) -> Vec<File> {
    let mut files = Vec::new();
    for lang in Lang::ALL {
        for source in SOURCES {
            let location = path(lang, source);
            let text = match std::fs::read_to_string(root.join(&location)) {
                Ok(text) => text,
                Err(e) => {
                    problems.push(format!("{location}: cannot read it ({e})"));
                    continue;
                }
            };
            problems.extend(
                official_errors(&text)
                    .into_iter()
                    .map(|e| format!("{location}:{e} (fluent-syntax)")),
            );
            let messages = match i18n::parse(&text) {
                Ok(messages) => messages,
                Err(e) => {
                    problems.push(format!(
                        "{location}:{}: {} (atelier_core::i18n::parse)",
                        e.line, e.what
                    ));
                    Vec::new()
                }
            };
            files.push(File {
                lang,
                source,
                messages,
            });
        }
    }
    files
}

/// What the official parser says is wrong, as `line: what`; also every key it reads differently
/// from ours.
pub fn official_errors(text: &str) -> Vec<String> {
    use fluent_syntax::ast::Entry;
    let (resource, errors) = match fluent_syntax::parser::parse(text) {
        Ok(resource) => (resource, Vec::new()),
        Err((resource, errors)) => (resource, errors),
    };
    let line = |byte: usize| text[..byte.min(text.len())].matches('\n').count() + 1;
    let mut out: Vec<String> = errors
        .iter()
        .map(|e| format!("{}: {}", line(e.pos.start), e.kind))
        .collect();
    if out.is_empty() {
        let theirs: BTreeSet<String> = resource
            .body
            .iter()
            .filter_map(|entry| match entry {
                Entry::Message(m) => Some(m.id.name.to_owned()),
                Entry::Term(t) => Some(format!("-{}", t.id.name)),
                _ => None,
            })
            .collect();
        let ours: BTreeSet<String> = i18n::parse(text)
            .map(|messages| messages.into_iter().map(|m| m.id).collect())
            .unwrap_or_else(|_| theirs.clone());
        for key in theirs.symmetric_difference(&ours) {
            out.push(format!(
                "0: `{key}` is read by only one of fluent-syntax and atelier_core::i18n::parse"
            ));
        }
    }
    out
}

/// Every `$argument` a pattern uses, selectors and variants included (not those of the messages
/// it refers to).
pub fn arguments(pattern: &Pattern) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    walk(pattern, &mut |expr| match expr {
        Expr::Var(name) | Expr::Number { var: name, .. } => {
            out.insert(name.clone());
        }
        _ => {}
    });
    out
}

/// Every message or term a pattern refers to.
pub fn references(pattern: &Pattern) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    walk(pattern, &mut |expr| {
        if let Expr::Ref(key) = expr {
            out.insert(key.clone());
        }
    });
    out
}

fn walk(pattern: &Pattern, visit: &mut impl FnMut(&Expr)) {
    for element in pattern {
        if let Element::Place(expr) = element {
            walk_expr(expr, visit);
        }
    }
}

fn walk_expr(expr: &Expr, visit: &mut impl FnMut(&Expr)) {
    visit(expr);
    if let Expr::Select {
        selector, variants, ..
    } = expr
    {
        walk_expr(selector, visit);
        for variant in variants {
            walk(&variant.value, visit);
        }
    }
}

/// Plural categories CLDR gives whole numbers up to a thousand in `lang` (French and Spanish
/// `many` is for millions, so it is not asked for), `other` first.
pub fn categories(lang: Lang) -> Vec<&'static str> {
    numbers_by_category(lang)
        .into_iter()
        .map(|(name, _)| name)
        .collect()
}

/// Each category of [`categories`] with the whole numbers up to a thousand it holds.
fn numbers_by_category(lang: Lang) -> Vec<(&'static str, Vec<u32>)> {
    use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
    let mut out: Vec<(&'static str, Vec<u32>)> = vec![("other", Vec::new())];
    let Ok(id) = lang.code().parse::<unic_langid::LanguageIdentifier>() else {
        return out;
    };
    let Ok(rules) = PluralRules::create(id, PluralRuleType::CARDINAL) else {
        return out;
    };
    for n in 0..=1000_u32 {
        let name = match rules.select(n) {
            Ok(PluralCategory::ZERO) => "zero",
            Ok(PluralCategory::ONE) => "one",
            Ok(PluralCategory::TWO) => "two",
            Ok(PluralCategory::FEW) => "few",
            Ok(PluralCategory::MANY) => "many",
            _ => "other",
        };
        match out.iter_mut().find(|(known, _)| *known == name) {
            Some((_, numbers)) => numbers.push(n),
            None => out.push((name, vec![n])),
        }
    }
    out
}

const CATEGORY_NAMES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// The variant names and exact numbers of every select on a count (by a plural category other
/// than `other`, or an exact number) in a pattern.
fn count_selects(pattern: &Pattern) -> Vec<(Vec<String>, Vec<f64>)> {
    let mut out = Vec::new();
    walk(pattern, &mut |expr| {
        if let Expr::Select { variants, .. } = expr {
            let names: Vec<String> = variants
                .iter()
                .filter_map(|v| match &v.key {
                    i18n::VariantKey::Name(n) => Some(n.clone()),
                    i18n::VariantKey::Number(_) => None,
                })
                .collect();
            let all_categories = names.iter().all(|n| CATEGORY_NAMES.contains(&n.as_str()));
            let counting = names.iter().any(|n| n != "other")
                || variants
                    .iter()
                    .any(|v| matches!(v.key, i18n::VariantKey::Number(_)));
            let numbers = variants
                .iter()
                .filter_map(|v| match v.key {
                    i18n::VariantKey::Number(n) => Some(n),
                    i18n::VariantKey::Name(_) => None,
                })
                .collect();
            if all_categories && (counting || names.iter().all(|n| n == "other")) {
                out.push((names, numbers));
            }
        }
    });
    out
}

/// Plurals a language says its own way: where English chooses by plural category, every other
/// language gives each category its rules give whole numbers (Arabic all six, Japanese only
/// `other`).
pub fn plural_gaps(files: &[File]) -> Vec<String> {
    let mut problems = Vec::new();
    for en in files.iter().filter(|f| f.lang == Lang::En) {
        for message in &en.messages {
            let english = count_selects(&message.value);
            // English choosing only by exact numbers (`[5]`) asks nothing of the others.
            if !english
                .iter()
                .any(|(names, _)| names.iter().any(|n| n != "other"))
            {
                continue;
            }
            for other in files
                .iter()
                .filter(|f| f.source == en.source && f.lang != Lang::En)
            {
                let Some(translated) = other.messages.iter().find(|m| m.id == message.id) else {
                    continue;
                };
                let wanted = numbers_by_category(other.lang);
                for (names, exact) in count_selects(&translated.value) {
                    // A category whose every number has its own `[0]`-style variant is said.
                    let lacking: Vec<&str> = wanted
                        .iter()
                        .filter(|(c, numbers)| {
                            *c != "other"
                                && !names.iter().any(|n| n == c)
                                && !numbers.iter().all(|n| exact.contains(&f64::from(*n)))
                        })
                        .map(|(c, _)| *c)
                        .collect();
                    if !lacking.is_empty() {
                        problems.push(format!(
                            "{}:{}: {} chooses by count without [{}] ({} has {})",
                            other.path(),
                            translated.line,
                            message.id,
                            lacking.join("], ["),
                            other.lang.code(),
                            categories(other.lang).join(", ")
                        ));
                    }
                }
            }
        }
    }
    problems
}

/// Every problem across the files: keys, prefixes, arguments and references.
pub fn check(files: &[File]) -> Vec<String> {
    let mut problems = Vec::new();
    let find =
        |lang: Lang, source: &str| files.iter().find(|f| f.lang == lang && f.source == source);
    for lang in Lang::ALL {
        // A key in two source files of one language.
        let mut seen: BTreeMap<&str, &File> = BTreeMap::new();
        for file in files.iter().filter(|f| f.lang == lang) {
            for message in &file.messages {
                if let Some(first) = seen.get(message.id.as_str()) {
                    problems.push(format!(
                        "{}:{}: {} is also defined in {}",
                        file.path(),
                        message.line,
                        message.id,
                        first.path()
                    ));
                } else {
                    seen.insert(&message.id, file);
                }
            }
        }
    }
    for en in files.iter().filter(|f| f.lang == Lang::En) {
        for message in en.messages.iter().filter(|m| !m.id.starts_with('-')) {
            let own = prefix(en.source);
            let wrong = match own {
                Some(p) => !message.id.starts_with(p),
                None => SOURCES
                    .iter()
                    .filter_map(|s| prefix(s))
                    .any(|p| message.id.starts_with(p)),
            };
            if wrong {
                problems.push(format!(
                    "{}:{}: {} {}",
                    en.path(),
                    message.line,
                    message.id,
                    match own {
                        Some(p) => format!("does not start with {p}, this file's prefix"),
                        None => "starts with another file's prefix".to_owned(),
                    }
                ));
            }
        }
        for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
            let Some(other) = find(lang, en.source) else {
                continue;
            };
            let theirs: BTreeMap<&str, &i18n::Message> =
                other.messages.iter().map(|m| (m.id.as_str(), m)).collect();
            for message in &en.messages {
                match theirs.get(message.id.as_str()) {
                    None => problems.push(format!(
                        "{}: missing {} (from en)",
                        other.path(),
                        message.id
                    )),
                    Some(translated) => {
                        let wanted = arguments(&message.value);
                        let used = arguments(&translated.value);
                        for extra in used.difference(&wanted) {
                            problems.push(format!(
                                "{}:{}: {} uses ${extra}, which en does not",
                                other.path(),
                                translated.line,
                                message.id
                            ));
                        }
                        for lacking in wanted.difference(&used) {
                            problems.push(format!(
                                "{}:{}: {} does not use ${lacking}, which en does",
                                other.path(),
                                translated.line,
                                message.id
                            ));
                        }
                    }
                }
            }
            let ours: BTreeSet<&str> = en.messages.iter().map(|m| m.id.as_str()).collect();
            for message in &other.messages {
                if !ours.contains(message.id.as_str()) {
                    problems.push(format!(
                        "{}:{}: {} is not in {}",
                        other.path(),
                        message.line,
                        message.id,
                        en.path()
                    ));
                }
            }
        }
    }
    problems.extend(plural_gaps(files));
    // References: a message may name only what is loaded whenever its file is: its own part's
    // sources and those of the parts fetched before it, in every area that reads it.
    for file in files {
        let readers: Vec<(&'static str, Vec<&'static str>)> = Area::ALL
            .into_iter()
            .flat_map(|area| {
                let parts = area.parts();
                parts
                    .iter()
                    .enumerate()
                    .filter(|(_, part)| part.sources.contains(&file.source))
                    .map(move |(i, part)| {
                        let loaded = parts[..=i].iter().flat_map(|p| p.sources.iter().copied());
                        (part.name, loaded.collect())
                    })
            })
            .collect();
        for message in &file.messages {
            for key in references(&message.value) {
                let missing = readers.iter().find(|(_, loaded)| {
                    !loaded.iter().any(|s| {
                        find(file.lang, s).is_some_and(|f| f.messages.iter().any(|m| m.id == key))
                    })
                });
                if let Some((name, _)) = missing {
                    problems.push(format!(
                        "{}:{}: {} refers to {key}, which {name}.ftl and the files before it do not hold",
                        file.path(),
                        file.line_of(&message.id),
                        message.id,
                    ));
                }
            }
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(lang: Lang, source: &'static str, text: &str) -> File {
        File {
            lang,
            source,
            messages: i18n::parse(text).unwrap(),
        }
    }

    #[test]
    fn missing_extra_twice_prefix_arguments_and_references() {
        let files = vec![
            file(
                Lang::En,
                "brief",
                "brief-consent = I agree\nbrief-hello = Hello { $name }\nbrief-size = { $n ->\n    [one] one size\n   *[other] { $n } sizes\n}\ncfg-oops = x\nbrief-ref = { cfg-step }\n",
            ),
            file(Lang::En, "configurator", "cfg-step = Step\ncfg-oops = y\n"),
            file(Lang::En, "start", "cfg-title = { cfg-step }\n"),
            file(
                Lang::De,
                "brief",
                "brief-hello = Hallo { $nom }\nbrief-size = { $n ->\n   *[other] Größen\n}\nbrief-extra = z\ncfg-oops = x\nbrief-ref = { cfg-step }\n",
            ),
        ];
        let problems = check(&files);
        let expected = [
            "locales/en/configurator.ftl:2: cfg-oops is also defined in locales/en/brief.ftl",
            "locales/en/brief.ftl:7: cfg-oops does not start with brief-, this file's prefix",
            "locales/de/brief.ftl: missing brief-consent (from en)",
            "locales/de/brief.ftl:1: brief-hello uses $nom, which en does not",
            "locales/de/brief.ftl:1: brief-hello does not use $name, which en does",
            "locales/de/brief.ftl:5: brief-extra is not in locales/en/brief.ftl",
            "locales/en/brief.ftl:8: brief-ref refers to cfg-step, which commission.ftl and the files before it do not hold",
            // The configurator's first file is read before its panel's.
            "locales/en/start.ftl:1: cfg-title refers to cfg-step, which app.ftl and the files before it do not hold",
        ];
        for wanted in expected {
            assert!(
                problems.iter().any(|p| p == wanted),
                "{wanted}\nin {problems:#?}"
            );
        }
        // The selector alone counts as a use of `$n`; German still needs its `[one]`.
        assert!(
            !problems
                .iter()
                .any(|p| p.contains("brief-size uses") || p.contains("brief-size does not use")),
            "{problems:#?}"
        );
        assert!(problems.contains(
            &"locales/de/brief.ftl:2: brief-size chooses by count without [one] (de has other, one)"
                .to_owned()
        ));
    }

    #[test]
    fn every_plural_category_of_a_language_where_english_counts() {
        assert_eq!(categories(Lang::Ja), vec!["other"]);
        assert_eq!(categories(Lang::Fr), vec!["other", "one"]);
        assert_eq!(
            categories(Lang::Ar),
            vec!["other", "zero", "one", "two", "few", "many"]
        );
        let en = "brief-photos = { $n ->\n    [one] one photo\n   *[other] { $n } photos\n}\nbrief-kind = { $k ->\n   *[other] x\n}\n";
        let ar_short = "brief-photos = { $n ->\n    [one] صورة\n   *[other] { $n } صور\n}\nbrief-kind = { $k ->\n   *[other] س\n}\n";
        let ja = "brief-photos = { $n ->\n   *[other] { $n } 枚\n}\nbrief-kind = { $k ->\n   *[other] x\n}\n";
        let ar_full = "brief-photos = { $n ->\n    [0] لا صور\n    [one] صورة\n    [two] صورتان\n    [few] { $n } صور\n    [many] { $n } صورة\n   *[other] { $n } صورة\n}\nbrief-kind = { $k ->\n   *[other] س\n}\n";
        let exact =
            "cfg-resize = { $halves ->\n    [1] half a size\n   *[other] { $sizes } sizes\n}\n";
        let files = vec![
            file(Lang::En, "configurator", exact),
            file(Lang::Fr, "configurator", exact),
            file(Lang::En, "brief", en),
            file(Lang::Ar, "brief", ar_short),
            file(Lang::Ja, "brief", ja),
            file(Lang::Ar, "email", ar_full),
            file(Lang::En, "email", en),
        ];
        assert_eq!(
            plural_gaps(&files),
            vec!["locales/ar/brief.ftl:1: brief-photos chooses by count without [zero], [two], [few], [many] (ar has other, zero, one, two, few, many)"]
        );
    }

    #[test]
    fn both_parsers_refuse_a_select_without_default_and_the_official_one_names_the_line() {
        let text = "a = ok\nb = { $n ->\n    [one] x\n    [other] y\n}\n";
        assert!(i18n::parse(text).is_err());
        let errors = official_errors(text);
        assert!(
            errors
                .iter()
                .any(|e| e.starts_with("2: ") || e.starts_with("5: ")),
            "{errors:?}"
        );
        assert!(official_errors("a = ok\nb = { $n }\n").is_empty());
    }
}
