//! The "message files" step of `cargo xtask test`: every word a person reads comes from
//! `locales/`, and the files agree with each other and with the code.
//!
//! It fails on words written in Rust where a reader sees them (`strings`), on a file either Fluent
//! parser refuses, a key missing in a language or defined twice, a translation whose `$arguments`
//! differ from English's, a reference to a message the reader does not load (`files`), a key the
//! code names that English lacks, and an English key nothing uses. An unused key fails rather than
//! warns: it is kept in seven languages for nobody, and most often it is the sign of a sentence
//! the code still builds another way. Keys built at run time are declared in [`DYNAMIC_KEYS`].
//! The embed loader, JavaScript on a shop's page, is read by `script`: its keys count as used.
//!
//! The resolver's agreement with `fluent-bundle`, the reference, is a unit test in `reference`
//! (run by `cargo test --workspace`).

mod files;
mod lexer;
#[cfg(test)]
mod reference;
mod script;
mod strings;

use crate::cmd::{Failure, Result};
use atelier_core::i18n::{Area, Lang};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Keys the code builds at run time, as patterns (`*` for what it fills in), and where.
pub const DYNAMIC_KEYS: [(&str, &str); 12] = [
    (
        "email-view-*",
        "the server's email: the attached picture's view, by its name",
    ),
    ("metal-*", "core's Metal::name_msg, by catalog id"),
    ("stone-*", "core's Stone::name_msg, by catalog id"),
    (
        "stone-care-*",
        "core's Stone::care_msg, by the stone's care class",
    ),
    ("cut-*", "core's Cut::name_msg, by catalog id"),
    ("setting-*", "core's Setting::name_msg, by catalog id"),
    ("font-*", "core's Font::name_msg, by catalog id"),
    (
        "summary-stone-*",
        "core's Stone::name_in_text_msg, by catalog id",
    ),
    (
        "summary-cut-*",
        "core's Cut::name_in_text_msg, by catalog id",
    ),
    (
        "summary-setting-*",
        "core's Setting::name_in_text_msg, by catalog id",
    ),
    (
        "email-lang-*",
        "the server's language names, by language code",
    ),
    (
        "*-link",
        "the server's link_lines: a line's key, then its link's words",
    ),
];

/// Where words for readers are written, and which part of Atelier reads them.
const WORD_SOURCES: [&str; 13] = [
    "src",
    "server/src/outbox",
    "server/src/http",
    "core/src/summary.rs",
    "core/src/spec.rs",
    "core/src/spec",
    "core/src/workflow.rs",
    "core/src/commission.rs",
    "core/src/brief.rs",
    "core/src/brief",
    "core/src/estimate.rs",
    "core/src/size.rs",
    "core/src/date.rs",
];

/// Where code may name keys: all of it.
const KEY_SOURCES: [&str; 3] = ["src", "server/src", "core/src"];

/// One problem, as `path:line: what`.
#[derive(Debug, Default)]
pub struct Outcome {
    /// Words outside the message files.
    pub words: Vec<String>,
    /// Everything else.
    pub problems: Vec<String>,
}

/// Runs every check over the workspace at `root`.
pub fn check(root: &Path) -> Outcome {
    let mut outcome = Outcome::default();
    let files = files::load(root, &mut outcome.problems);
    outcome.problems.extend(files::check(&files));
    let english: Vec<&files::File> = files.iter().filter(|f| f.lang == Lang::En).collect();

    let mut used: BTreeSet<String> = BTreeSet::new();
    let mut scans = BTreeMap::new();
    for file in rust_files(root, &KEY_SOURCES) {
        let Ok(text) = std::fs::read_to_string(root.join(&file)) else {
            outcome.problems.push(format!("{file}: cannot read it"));
            continue;
        };
        scans.insert(file, strings::scan(&text));
    }
    // Test modules kept in files of their own: not what a reader sees, nor a use of a key.
    let tests: BTreeSet<String> = scans
        .iter()
        .flat_map(|(file, scan)| {
            scan.test_modules
                .iter()
                .flat_map(move |name| module_files(file, name))
        })
        .collect();
    for (file, scan) in scans {
        if tests.contains(&file) || file.ends_with("/tests.rs") || file.contains("/tests/") {
            continue;
        }
        let reader = reader_of(&file);
        for key_use in &scan.keys {
            used.insert(key_use.key.clone());
            if !key_use.explicit {
                continue;
            }
            let holder = english
                .iter()
                .find(|f| f.messages.iter().any(|m| m.id == key_use.key));
            match (holder, &reader) {
                (None, _) => outcome.problems.push(format!(
                    "{file}:{}: {} is not in locales/en",
                    key_use.line, key_use.key
                )),
                (Some(holder), Some(reader)) if !reader.sources.contains(&holder.source) => {
                    outcome.problems.push(format!(
                        "{file}:{}: {} is in {}, which {} does not hold",
                        key_use.line,
                        key_use.key,
                        holder.path(),
                        reader.files
                    ))
                }
                _ => {}
            }
        }
        // A `format!` elsewhere whose fixed start begins some English keys builds keys too.
        let built = scan.maybe_dynamic.iter().filter(|(_, pattern)| {
            let start = pattern.split('*').next().unwrap_or_default();
            !start.is_empty()
                && english
                    .iter()
                    .any(|f| f.messages.iter().any(|m| m.id.starts_with(start)))
        });
        for (line, pattern) in scan.dynamic.iter().chain(built) {
            if !DYNAMIC_KEYS.iter().any(|(p, _)| p == pattern) {
                outcome.problems.push(format!(
                    "{file}:{line}: a key built at run time (`{pattern}`): declare the pattern in DYNAMIC_KEYS (xtask/src/messages.rs), or say which keys in an `// i18n: keys (…)` comment"
                ));
            }
        }
        let words = WORD_SOURCES
            .iter()
            .any(|w| file == *w || file.starts_with(&format!("{w}/")));
        if words {
            for finding in scan.findings {
                let what = match finding.place {
                    strings::Place::Text => "text",
                    strings::Place::Attribute => "attribute",
                    strings::Place::Code => "string",
                    strings::Place::Exemption => "exemption without a reason",
                };
                outcome.words.push(format!(
                    "{file}:{}: {what} {:?}",
                    finding.line,
                    shorten(&finding.text)
                ));
            }
        }
    }
    used.extend(embed_loader(root, &mut outcome.problems));
    // Messages other messages name are used through them.
    for file in &files {
        for message in &file.messages {
            used.extend(files::references(&message.value));
        }
    }
    for file in &english {
        for message in &file.messages {
            let dynamic = DYNAMIC_KEYS
                .iter()
                .any(|(p, _)| strings::fits(p, &message.id));
            if !dynamic && !used.contains(&message.id) {
                outcome.problems.push(format!(
                    "{}:{}: {} is never used (no t, t_args, Msg::new or key literal names it)",
                    file.path(),
                    message.line,
                    message.id
                ));
            }
        }
    }
    outcome
}

/// The step: prints what it found and fails if anything was.
pub fn run(root: &Path) -> Result {
    let outcome = check(root);
    if !outcome.words.is_empty() {
        println!(
            "words outside the message files ({}); move them into locales/en/*.ftl, or end the line with `// i18n: not words (why)`:",
            outcome.words.len()
        );
        for line in &outcome.words {
            println!("  {line}");
        }
    }
    if !outcome.problems.is_empty() {
        println!("message files ({}):", outcome.problems.len());
        for line in &outcome.problems {
            println!("  {line}");
        }
    }
    if outcome.words.is_empty() && outcome.problems.is_empty() {
        println!("message files: every word from locales/, every key in every language");
        Ok(())
    } else {
        Err(Failure(format!(
            "{} words outside the message files, {} message file problems",
            outcome.words.len(),
            outcome.problems.len()
        )))
    }
}

/// The embed loader's problems against the `embed.ftl` files, and the keys it says.
fn embed_loader(root: &Path, problems: &mut Vec<String>) -> Vec<String> {
    let source = match std::fs::read_to_string(root.join(script::PATH)) {
        Ok(source) => source,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Vec::new(),
        Err(e) => {
            problems.push(format!("{}: cannot read it ({e})", script::PATH));
            return Vec::new();
        }
    };
    // A file that cannot be read is already a problem of `files::load`.
    let files: Vec<(Lang, String)> = Lang::ALL
        .into_iter()
        .filter_map(|lang| {
            let path = root.join(format!("locales/{}/embed.ftl", lang.code()));
            std::fs::read_to_string(path).ok().map(|text| (lang, text))
        })
        .collect();
    let (keys, found) = script::check(&source, &files);
    problems.extend(found);
    keys
}

/// The code the configurator runs before its panel arrives (its first chunk, and what the page
/// draws from it: the shop's bar, the ring, a part still loading): files, and folders ending in
/// `/`. Its keys must be in the configurator's first file of words, fetched before anything is
/// drawn; the panel's words come with the panel, and a key of theirs said here would show as the
/// key itself until then (or for good, offline). `tests/e2e/words-parts.test.mjs` looks at that
/// first screen with the panel's words refused.
const FIRST_SCREEN: [&str; 8] = [
    "src/main.rs",
    "src/pages/configurator.rs",
    "src/components/shop_header.rs",
    "src/components/language_switch.rs",
    "src/components/ring_viewer.rs",
    "src/later.rs",
    "src/viewer/",
    "src/i18n/",
];

/// What a file's code can say when it runs: the sources of the words loaded by then.
struct Reader {
    /// The files of words, as a problem names them (`studio.ftl`).
    files: String,
    sources: Vec<&'static str>,
}

/// What this file's code reads, when only one part of Atelier runs it (else any English key).
fn reader_of(file: &str) -> Option<Reader> {
    let whole = |area: Area| Reader {
        files: format!("{}.ftl", area.name()),
        sources: area.sources().collect(),
    };
    let listed = |list: &[&str]| {
        list.iter().any(|entry| match entry.strip_suffix('/') {
            Some(folder) => {
                file.starts_with(&format!("{folder}/")) || file == format!("{folder}.rs")
            }
            None => file == *entry,
        })
    };
    if file.starts_with("src/studio/") || file == "src/bin/studio.rs" {
        Some(whole(Area::Studio))
    } else if file.starts_with("src/commission/") || file == "src/bin/commission.rs" {
        Some(whole(Area::Commission))
    } else if file.starts_with("server/src/") {
        Some(whole(Area::Email))
    } else if listed(&FIRST_SCREEN) {
        let first = Area::App.first();
        Some(Reader {
            files: format!("{}.ftl (the configurator's first screen)", first.name),
            sources: first.sources.to_vec(),
        })
    } else {
        None
    }
}

/// Where module `name` declared in `file` may live: `a/b.rs` or `a/mod.rs` declares `a/b/name.rs`
/// or `a/name.rs`, and their `name/mod.rs`.
fn module_files(file: &str, name: &str) -> Vec<String> {
    let (folder, stem) = file.rsplit_once('/').unwrap_or(("", file));
    let stem = stem.trim_end_matches(".rs");
    let base = if matches!(stem, "mod" | "lib" | "main") {
        folder.to_owned()
    } else {
        format!("{folder}/{stem}")
    };
    vec![format!("{base}/{name}.rs"), format!("{base}/{name}/mod.rs")]
}

/// Every `.rs` file under these folders (or these files), relative to `root`, sorted.
fn rust_files(root: &Path, under: &[&str]) -> Vec<String> {
    let mut out = Vec::new();
    for start in under {
        collect(root, &root.join(start), &mut out);
    }
    out.sort();
    out.dedup();
    out
}

fn collect(root: &Path, path: &PathBuf, out: &mut Vec<String>) {
    if path.is_dir() {
        if let Ok(entries) = std::fs::read_dir(path) {
            for entry in entries.flatten() {
                collect(root, &entry.path(), out);
            }
        }
    } else if path.extension().is_some_and(|e| e == "rs") {
        if let Ok(relative) = path.strip_prefix(root) {
            out.push(relative.to_string_lossy().replace('\\', "/"));
        }
    }
}

fn shorten(text: &str) -> String {
    let one_line = text.replace('\n', " ");
    if one_line.chars().count() > 90 {
        format!("{}…", one_line.chars().take(89).collect::<String>())
    } else {
        one_line
    }
}

#[cfg(test)]
mod tests {
    use super::check;
    use atelier_core::i18n::{Lang, SOURCES};
    use std::path::Path;

    fn write(root: &Path, path: &str, text: &str) {
        let path = root.join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    #[test]
    fn a_small_workspace_reads_as_a_developer_would_want() {
        let root = std::env::temp_dir().join(format!("xtask-messages-{}", std::process::id()));
        for lang in Lang::ALL {
            for source in SOURCES {
                write(&root, &format!("locales/{}/{source}.ftl", lang.code()), "");
            }
        }
        let brief = "brief-consent = I agree\nbrief-send = Send to { $shop }\nbrief-old = Nobody says this\n";
        write(&root, "locales/en/brief.ftl", brief);
        for lang in ["fr", "it", "es", "ja", "ar"] {
            write(
                &root,
                &format!("locales/{lang}/brief.ftl"),
                &brief.replace("I agree", "ok"),
            );
        }
        write(
            &root,
            "locales/de/brief.ftl",
            "brief-send = An { $laden }\nbrief-old = x\n",
        );
        write(&root, "locales/en/configurator.ftl", "cfg-next = Next\n");
        write(
            &root,
            "src/components/form.rs",
            "fn f() -> impl IntoView {\n    view! {\n        <button>{t(\"brief-consent\")}</button>\n        <p>{t_args(\"brief-send\", &[(\"shop\", shop.into())])}</p>\n        <p>\"Send to the jeweler\"</p>\n        <b title=t(\"brief-gone\")>\"×\"</b>\n    }\n}\n",
        );
        write(&root, "src/brief.rs", "#[cfg(test)]\nmod words;\n");
        write(
            &root,
            "src/brief/words.rs",
            "fn t() { assert_eq!(say(\"brief-old\"), \"Nobody says this\"); let _ = \"A test sentence.\"; }\n",
        );
        write(
            &root,
            "src/studio/page.rs",
            "fn g() { let _ = t(\"cfg-next\"); let _ = Msg::new(format!(\"gem-{}\", id)); }\nfn h() { let key = format!(\"brief-{}\", x); let class = format!(\"chip-{}\", y); }\n",
        );
        // The configurator's first screen reads only its first file; its panel reads both.
        write(
            &root,
            "src/viewer/scene.rs",
            "fn s() { let _ = t(\"cfg-next\"); }\n",
        );
        write(
            &root,
            "src/pages/configurator/panel.rs",
            "fn p() { let _ = t(\"cfg-next\"); }\n",
        );
        let outcome = check(&root);
        std::fs::remove_dir_all(&root).unwrap();
        assert_eq!(
            outcome.words,
            vec!["src/components/form.rs:5: text \"Send to the jeweler\"".to_owned()]
        );
        let expected = [
            "locales/de/brief.ftl: missing brief-consent (from en)",
            "locales/de/brief.ftl:1: brief-send uses $laden, which en does not",
            "locales/de/brief.ftl:1: brief-send does not use $shop, which en does",
            "locales/de/configurator.ftl: missing cfg-next (from en)",
            "locales/fr/configurator.ftl: missing cfg-next (from en)",
            "locales/it/configurator.ftl: missing cfg-next (from en)",
            "locales/es/configurator.ftl: missing cfg-next (from en)",
            "locales/ja/configurator.ftl: missing cfg-next (from en)",
            "locales/ar/configurator.ftl: missing cfg-next (from en)",
            "src/components/form.rs:6: brief-gone is not in locales/en",
            "src/studio/page.rs:1: cfg-next is in locales/en/configurator.ftl, which studio.ftl does not hold",
            "src/viewer/scene.rs:1: cfg-next is in locales/en/configurator.ftl, which app.ftl (the configurator's first screen) does not hold",
            "src/studio/page.rs:1: a key built at run time (`gem-*`): declare the pattern in DYNAMIC_KEYS (xtask/src/messages.rs), or say which keys in an `// i18n: keys (…)` comment",
            "src/studio/page.rs:2: a key built at run time (`brief-*`): declare the pattern in DYNAMIC_KEYS (xtask/src/messages.rs), or say which keys in an `// i18n: keys (…)` comment",
            "locales/en/brief.ftl:3: brief-old is never used (no t, t_args, Msg::new or key literal names it)",
        ];
        for wanted in expected {
            assert!(
                outcome.problems.iter().any(|p| p == wanted),
                "{wanted}\nnot in {:#?}",
                outcome.problems
            );
        }
        assert_eq!(
            outcome.problems.len(),
            expected.len(),
            "{:#?}",
            outcome.problems
        );
    }
}
