//! Our resolver against the reference: every message of every language, formatted by
//! `atelier_core::i18n::Bundle` and by `fluent-bundle` with the same sample arguments, must read
//! the same. Plural categories on our side come from `intl_pluralrules`, the rules fluent-bundle
//! itself uses, so a difference is a difference in reading or resolving the file.

use atelier_core::i18n::{
    Arg, Bundle, Element, Expr, Formatter, Lang, Pattern, Plain, Plural, VariantKey, SOURCES,
};
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use intl_pluralrules::{operands::PluralOperands, PluralCategory, PluralRuleType, PluralRules};
use std::collections::BTreeMap;

/// Counts that pick every plural category of the seven languages.
const COUNTS: [i64; 8] = [0, 1, 2, 3, 5, 11, 21, 100];

/// The test formatter: CLDR plural rules for the language, plain digits.
struct Cldr(PluralRules);

impl Cldr {
    fn new(lang: Lang) -> Cldr {
        let id: unic_langid::LanguageIdentifier = lang.code().parse().unwrap();
        Cldr(PluralRules::create(id, PluralRuleType::CARDINAL).unwrap())
    }
}

impl Formatter for Cldr {
    fn plural(&self, n: f64, min_frac: u8) -> Plural {
        let written = format!("{n:.*}", usize::from(min_frac));
        let operands = PluralOperands::try_from(written.as_str()).unwrap();
        match self.0.select(operands).unwrap() {
            PluralCategory::ZERO => Plural::Zero,
            PluralCategory::ONE => Plural::One,
            PluralCategory::TWO => Plural::Two,
            PluralCategory::FEW => Plural::Few,
            PluralCategory::MANY => Plural::Many,
            PluralCategory::OTHER => Plural::Other,
        }
    }

    fn number(&self, n: f64, min_frac: u8, max_frac: u8) -> String {
        Plain.number(n, min_frac, max_frac)
    }

    fn money(&self, amount: f64, currency: &str) -> String {
        Plain.money(amount, currency)
    }

    fn list(&self, items: Vec<String>) -> String {
        Plain.list(items)
    }
}

/// How a message uses an argument, which decides its samples.
#[derive(Debug, Clone, PartialEq)]
enum Use {
    /// Shown as it is.
    Shown,
    /// Chooses by number or plural category.
    Count,
    /// Chooses by name: these variant keys.
    Choice(Vec<String>),
}

const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

fn uses(bundle: &Bundle, pattern: &Pattern, depth: u8, out: &mut BTreeMap<String, Use>) {
    for element in pattern {
        if let Element::Place(expr) = element {
            expr_uses(bundle, expr, depth, out);
        }
    }
}

fn expr_uses(bundle: &Bundle, expr: &Expr, depth: u8, out: &mut BTreeMap<String, Use>) {
    match expr {
        Expr::Var(name) => {
            out.entry(name.clone()).or_insert(Use::Shown);
        }
        Expr::Number { var, .. } => {
            out.insert(var.clone(), Use::Count);
        }
        Expr::Ref(key) if !key.starts_with('-') && depth < 8 => {
            if let Some(pattern) = bundle.pattern(key) {
                uses(bundle, pattern, depth + 1, out);
            }
        }
        Expr::Ref(_) | Expr::Literal(_) => {}
        Expr::Select {
            selector, variants, ..
        } => {
            if let Expr::Var(name) | Expr::Number { var: name, .. } = selector.as_ref() {
                let names: Vec<String> = variants
                    .iter()
                    .filter_map(|v| match &v.key {
                        VariantKey::Name(n) => Some(n.clone()),
                        VariantKey::Number(_) => None,
                    })
                    .collect();
                let counting = matches!(selector.as_ref(), Expr::Number { .. })
                    || variants
                        .iter()
                        .any(|v| matches!(v.key, VariantKey::Number(_)))
                    || names.iter().all(|n| CATEGORIES.contains(&n.as_str()));
                let found = if counting {
                    Use::Count
                } else {
                    let mut samples = names;
                    samples.push("something-else".to_owned());
                    Use::Choice(samples)
                };
                if !matches!(out.get(name), Some(Use::Count)) {
                    out.insert(name.clone(), found);
                }
            }
            for variant in variants {
                uses(bundle, &variant.value, depth, out);
            }
        }
    }
}

/// Every combination of sample arguments for these uses.
fn samples(uses: &BTreeMap<String, Use>) -> Vec<Vec<(String, Arg)>> {
    let mut all: Vec<Vec<(String, Arg)>> = vec![Vec::new()];
    for (name, how) in uses {
        let values: Vec<Arg> = match how {
            Use::Shown => vec![Arg::Text(format!("«{name}»"))],
            Use::Count => COUNTS.iter().map(|n| Arg::int(*n)).collect(),
            Use::Choice(keys) => keys.iter().map(|k| Arg::Text(k.clone())).collect(),
        };
        all = all
            .into_iter()
            .flat_map(|done| {
                values.iter().map(move |value| {
                    let mut next = done.clone();
                    next.push((name.clone(), value.clone()));
                    next
                })
            })
            .take(4096)
            .collect();
    }
    all
}

fn source(lang: Lang, name: &str) -> String {
    std::fs::read_to_string(crate::root().join(format!("locales/{}/{name}.ftl", lang.code())))
        .unwrap_or_default()
}

const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';

/// Where our bundle and fluent-bundle read one language differently.
fn differences(lang: Lang, texts: &[String]) -> (usize, Vec<String>) {
    let ours = Bundle::from_sources(lang, texts.iter().map(String::as_str))
        .unwrap_or_else(|e| panic!("{}: {e}", lang.code()));
    let id: unic_langid::LanguageIdentifier = lang.code().parse().unwrap();
    let mut reference = FluentBundle::new(vec![id]);
    reference.set_use_isolating(lang.is_rtl());
    for text in texts {
        let resource = FluentResource::try_new(text.clone())
            .unwrap_or_else(|(_, e)| panic!("{}: {e:?}", lang.code()));
        reference
            .add_resource(resource)
            .unwrap_or_else(|e| panic!("{}: {e:?}", lang.code()));
    }
    let fmt = Cldr::new(lang);
    let mut compared = 0;
    let mut out = Vec::new();
    let mut keys: Vec<&str> = ours.keys().filter(|k| !k.starts_with('-')).collect();
    keys.sort_unstable();
    for key in keys {
        let Some(pattern) = ours.pattern(key) else {
            continue;
        };
        let mut found = BTreeMap::new();
        uses(&ours, pattern, 0, &mut found);
        let Some(message) = reference.get_message(key) else {
            out.push(format!(
                "{}: {key}: fluent-bundle has no such message",
                lang.code()
            ));
            continue;
        };
        let Some(value) = message.value() else {
            continue;
        };
        for args in samples(&found) {
            let our_args: Vec<(&str, Arg)> =
                args.iter().map(|(n, a)| (n.as_str(), a.clone())).collect();
            let mine = ours.format(key, &our_args, &fmt);
            let mut fluent_args = FluentArgs::new();
            for (name, arg) in &args {
                match arg {
                    Arg::Text(text) => {
                        fluent_args.set(name.as_str(), FluentValue::from(text.clone()))
                    }
                    Arg::Number { value, .. } => {
                        fluent_args.set(name.as_str(), FluentValue::from(*value as i64))
                    }
                    _ => {}
                }
            }
            let mut errors = Vec::new();
            let theirs = reference.format_pattern(value, Some(&fluent_args), &mut errors);
            compared += 1;
            let (mine_plain, theirs_plain) = if lang.is_rtl() {
                // fluent-bundle isolates every placeable of a longer pattern (selects too); ours
                // isolates each argument. The words must agree, and every argument must be
                // isolated on our side.
                for (name, arg) in &args {
                    if let Arg::Text(text) = arg {
                        let bare = mine.matches(text.as_str()).count();
                        let isolated = mine.matches(&format!("{FSI}{text}{PDI}")).count();
                        if bare != isolated {
                            out.push(format!(
                                "{}: {key}: ${name} is not isolated in {mine:?}",
                                lang.code()
                            ));
                        }
                    }
                }
                (strip(&mine), strip(&theirs))
            } else {
                (mine.clone(), theirs.to_string())
            };
            if mine_plain != theirs_plain || !errors.is_empty() {
                out.push(format!(
                    "{}: {key} with {args:?}: ours {mine:?}, fluent-bundle {theirs:?} {errors:?}",
                    lang.code()
                ));
                break;
            }
        }
    }
    (compared, out)
}

fn strip(text: &str) -> String {
    text.chars().filter(|c| *c != FSI && *c != PDI).collect()
}

#[test]
fn our_resolver_reads_every_message_of_every_language_as_fluent_bundle_does() {
    let mut all = Vec::new();
    let mut compared = 0;
    for lang in Lang::ALL {
        let texts: Vec<String> = SOURCES.iter().map(|s| source(lang, s)).collect();
        let (count, found) = differences(lang, &texts);
        compared += count;
        all.extend(found);
    }
    assert!(
        all.is_empty(),
        "{} differences:\n{}",
        all.len(),
        all.join("\n")
    );
    println!("{compared} formatted messages agree with fluent-bundle");
}

#[test]
fn the_comparison_catches_a_resolver_difference_and_checks_isolation() {
    // Plural categories from CLDR: Arabic 11 is `many`, 3 is `few`, 100 is `other`.
    let ar = "n = { $n ->\n    [zero] z\n    [one] o\n    [two] t\n    [few] f\n    [many] m\n   *[other] x\n} { $who }\n";
    let (count, found) = differences(Lang::Ar, &[ar.to_owned()]);
    assert!(found.is_empty(), "{found:?}");
    assert_eq!(count, COUNTS.len());
    let fmt = Cldr::new(Lang::Ar);
    assert_eq!(fmt.plural(11.0, 0), Plural::Many);
    assert_eq!(fmt.plural(3.0, 0), Plural::Few);
    assert_eq!(fmt.plural(100.0, 0), Plural::Other);
    assert_eq!(Cldr::new(Lang::Fr).plural(0.0, 0), Plural::One);
    // A value written with spaces that Fluent trims on its first line but this file keeps in a
    // literal reads the same on both sides; a missing reference does not.
    let (_, found) = differences(Lang::En, &["a = { b }\n".to_owned()]);
    assert_eq!(found.len(), 1, "{found:?}");
}
