//! How the translations read, beyond having the right keys: French typography (the typographic
//! apostrophe, a narrow no-break space before `: ; ? !` and inside `« »`), no name a person or a
//! catalog chose placed right after a French article or "de" (which would need an elision the file
//! cannot know: "de Or jaune", "auprès de Atelier"), and every message that names a step of the
//! configurator using that step's own name in its language.

use atelier_core::i18n::{parse, Bundle, Element, Expr, Lang, Pattern, Plain};

/// Every French file, by name.
const FRENCH: [(&str, &str); 9] = [
    ("brief", include_str!("../../locales/fr/brief.ftl")),
    (
        "commission",
        include_str!("../../locales/fr/commission.ftl"),
    ),
    ("common", include_str!("../../locales/fr/common.ftl")),
    (
        "configurator",
        include_str!("../../locales/fr/configurator.ftl"),
    ),
    ("core", include_str!("../../locales/fr/core.ftl")),
    ("email", include_str!("../../locales/fr/email.ftl")),
    ("embed", include_str!("../../locales/fr/embed.ftl")),
    ("studio", include_str!("../../locales/fr/studio.ftl")),
    ("viewer", include_str!("../../locales/fr/viewer.ftl")),
];

/// Narrow no-break space, French's space before high punctuation and inside guillemets.
const NARROW: char = '\u{202f}';

/// Arguments that hold a name someone chose (a shop, a person, a metal, a stone, a reference):
/// it may start with a vowel, so no word that elides may stand right before it.
const NAMES: [&str; 9] = [
    "metal",
    "stone",
    "setting",
    "cut",
    "shop",
    "name",
    "what",
    "reference",
    "finish",
];

/// Words that French elides or contracts before a vowel.
const ELIDING: [&str; 6] = ["de", "le", "la", "du", "que", "ce"];

/// Each text piece of a pattern with the placeable that follows it (if any), variants included.
fn pieces<'a>(pattern: &'a Pattern, out: &mut Vec<(&'a str, Option<&'a Expr>)>) {
    for (i, element) in pattern.iter().enumerate() {
        match element {
            Element::Text(text) => {
                let next = match pattern.get(i + 1) {
                    Some(Element::Place(expr)) => Some(expr),
                    _ => None,
                };
                out.push((text, next));
            }
            Element::Place(Expr::Select { variants, .. }) => {
                for v in variants {
                    pieces(&v.value, out);
                }
            }
            Element::Place(_) => {}
        }
    }
}

/// Every French message's text pieces, named `file: key`.
fn french_pieces() -> Vec<(String, String, Option<Expr>)> {
    let mut all = Vec::new();
    for (file, source) in FRENCH {
        let messages = parse(source).unwrap_or_else(|e| panic!("fr/{file}.ftl: {e:?}"));
        for message in &messages {
            let mut out = Vec::new();
            pieces(&message.value, &mut out);
            for (text, next) in out {
                all.push((
                    format!("fr/{file}.ftl: {}", message.id),
                    text.to_owned(),
                    next.cloned(),
                ));
            }
        }
    }
    all
}

#[test]
fn french_uses_the_typographic_apostrophe_and_narrow_spaces() {
    let mut problems = Vec::new();
    for (at, text, _) in french_pieces() {
        if text.contains('\'') {
            problems.push(format!("{at}: straight apostrophe in {text:?}"));
        }
        let chars: Vec<char> = text.chars().collect();
        for (i, c) in chars.iter().enumerate() {
            let before = i.checked_sub(1).map(|j| chars[j]);
            let after = chars.get(i + 1).copied();
            let bad = match c {
                ':' | ';' | '?' | '!' | '»' => before.is_some_and(|b| b != NARROW),
                '«' => after.is_some_and(|a| a != NARROW),
                _ => false,
            };
            if bad {
                problems.push(format!(
                    "{at}: {c:?} without a narrow no-break space in {text:?}"
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn no_chosen_name_follows_a_french_word_that_elides() {
    let mut problems = Vec::new();
    for (at, text, next) in french_pieces() {
        let Some(Expr::Var(var)) = next else { continue };
        if !NAMES.contains(&var.as_str()) {
            continue;
        }
        let last = text
            .strip_suffix(' ')
            .and_then(|t| t.split([' ', '\u{a0}', NARROW, '(']).next_back())
            .map(str::to_lowercase);
        let before_shop = var == "shop" && last.as_deref() == Some("à");
        if last.is_some_and(|w| ELIDING.contains(&w.as_str())) || before_shop {
            problems.push(format!("{at}: {text:?} before {{ ${var} }}"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// A language's configurator file and core file, as the app joins them.
fn configurator_and_core(lang: Lang) -> Bundle {
    let sources: [&str; 2] = match lang {
        Lang::En | Lang::Pseudo => [
            include_str!("../../locales/en/configurator.ftl"),
            include_str!("../../locales/en/core.ftl"),
        ],
        Lang::De => [
            include_str!("../../locales/de/configurator.ftl"),
            include_str!("../../locales/de/core.ftl"),
        ],
        Lang::Fr => [
            include_str!("../../locales/fr/configurator.ftl"),
            include_str!("../../locales/fr/core.ftl"),
        ],
        Lang::It => [
            include_str!("../../locales/it/configurator.ftl"),
            include_str!("../../locales/it/core.ftl"),
        ],
        Lang::Es => [
            include_str!("../../locales/es/configurator.ftl"),
            include_str!("../../locales/es/core.ftl"),
        ],
        Lang::Ja => [
            include_str!("../../locales/ja/configurator.ftl"),
            include_str!("../../locales/ja/core.ftl"),
        ],
        Lang::Ar => [
            include_str!("../../locales/ar/configurator.ftl"),
            include_str!("../../locales/ar/core.ftl"),
        ],
    };
    Bundle::from_sources(lang, sources).unwrap_or_else(|e| panic!("locales/{}: {e:?}", lang.code()))
}

#[test]
fn the_missing_size_hint_names_the_size_step_as_the_steps_list_does() {
    let mut problems = Vec::new();
    for lang in Lang::ALL {
        let bundle = configurator_and_core(lang);
        let step = bundle.format("cfg-step-size", &[], &Plain);
        let hint = bundle.format("size-answer-not-given", &[], &Plain);
        assert_ne!(step, "cfg-step-size", "{}: no size step", lang.code());
        if !hint.contains(&step) {
            problems.push(format!("{}: {hint:?} does not name {step:?}", lang.code()));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
