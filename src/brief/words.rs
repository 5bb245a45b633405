//! Tests of the brief's and the commission page's words: every key the code asks for is in the
//! English files, every language has the same keys with the same arguments, and the English
//! messages read exactly as the form and the page always said (the browser tests assert them).

use atelier_core::i18n::{Arg, Bundle, Lang, Plain};

/// The language codes with message files, English first.
const LANGS: [&str; 7] = ["en", "de", "fr", "it", "es", "ja", "ar"];

/// The brief's and the commission page's files, by language.
fn files(lang: &str) -> [String; 2] {
    let read = |name: &str| {
        let path = format!("{}/locales/{lang}/{name}.ftl", env!("CARGO_MANIFEST_DIR"));
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
    };
    [read("brief"), read("commission")]
}

fn english() -> Bundle {
    let [brief, commission] = files("en");
    Bundle::from_sources(Lang::En, [brief.as_str(), commission.as_str()]).expect("English parses")
}

/// The `$arguments` a message's pattern names, in every variant.
fn arguments(bundle: &Bundle, key: &str) -> Vec<String> {
    use atelier_core::i18n::{Element, Expr};
    fn walk(pattern: &[Element], out: &mut Vec<String>) {
        for element in pattern {
            if let Element::Place(expr) = element {
                expr_args(expr, out);
            }
        }
    }
    fn expr_args(expr: &Expr, out: &mut Vec<String>) {
        match expr {
            Expr::Var(name) | Expr::Number { var: name, .. } => out.push(name.clone()),
            Expr::Select {
                selector, variants, ..
            } => {
                expr_args(selector, out);
                for variant in variants {
                    walk(&variant.value, out);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(bundle.pattern(key).expect("the key exists"), &mut out);
    out.sort();
    out.dedup();
    out
}

/// The keys of our files the code names: `"brief-…"` and `"com-…"` string literals.
fn keys_in_code() -> Vec<String> {
    let sources = [
        include_str!("../brief.rs"),
        include_str!("photos.rs"),
        include_str!("../components/brief_form.rs"),
        include_str!("../components/brief_confirmation.rs"),
        include_str!("../components/inspiration_images.rs"),
        include_str!("../commission/api.rs"),
        include_str!("../commission/booking.rs"),
        include_str!("../commission/compare.rs"),
        include_str!("../commission/design.rs"),
        include_str!("../commission/link_error.rs"),
        include_str!("../commission/mod.rs"),
        include_str!("../commission/privacy.rs"),
        include_str!("../commission/proposals.rs"),
        include_str!("../commission/reply.rs"),
        include_str!("../commission/status.rs"),
        include_str!("../commission/thread.rs"),
        include_str!("../commission/time.rs"),
        include_str!("../commission/timeline.rs"),
    ];
    let mut keys = Vec::new();
    for source in sources {
        for piece in source.split('"').skip(1).step_by(2) {
            let ours = piece.starts_with("brief-") || piece.starts_with("com-");
            let key_like = piece
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
            if ours && key_like && !piece.ends_with('-') {
                keys.push(piece.to_owned());
            }
        }
    }
    keys.sort();
    keys.dedup();
    keys
}

#[test]
fn every_key_the_code_asks_for_is_in_english() {
    let en = english();
    let keys = keys_in_code();
    // The form's, the confirmation's and the page's words: well over a hundred keys.
    assert!(
        keys.len() > 150,
        "only {} keys found in the code",
        keys.len()
    );
    // Element ids and CSS classes share the prefixes; only the ones that are no key may be absent.
    let not_keys = [
        "brief-budget-min",
        "brief-budget-max",
        "brief-budget-shown",
        "brief-commission-link",
        "brief-confirmation",
        "brief-confirmation-actions",
        "brief-confirmation-title",
        "brief-consent",
        "brief-currency",
        "brief-deadline",
        "brief-design",
        "brief-design-text",
        "brief-design-title",
        "brief-email",
        "brief-field",
        "brief-form",
        "brief-name",
        "brief-notes",
        "brief-occasion",
        "brief-occasion-other",
        "brief-own-description",
        "brief-own-metal",
        "brief-own-stone",
        "brief-phone",
        "brief-photos",
        "brief-photos-error",
        "brief-photos-hint",
        "brief-reference",
        "brief-row",
        "brief-send",
        "brief-start-new",
        "brief-status",
        "brief-summary-errors",
        "brief-surprise",
        "brief-website",
        "brief-choices",
        "brief-check",
        "brief-radio",
        "brief-actions",
        "brief-notes",
    ];
    let missing: Vec<&String> = keys
        .iter()
        .filter(|k| !en.has(k) && !not_keys.contains(&k.as_str()))
        .collect();
    assert_eq!(missing, Vec::<&String>::new());
}

#[test]
fn every_language_has_every_key_with_the_same_arguments() {
    let en = english();
    for lang in &LANGS[1..] {
        let [brief, commission] = files(lang);
        let other = Bundle::from_sources(
            Lang::from_tag(lang).expect("one of ours"),
            [brief.as_str(), commission.as_str()],
        )
        .unwrap_or_else(|e| panic!("{lang}: {e}"));
        let mut theirs: Vec<&str> = other.keys().collect();
        let mut ours: Vec<&str> = en.keys().collect();
        theirs.sort_unstable();
        ours.sort_unstable();
        assert_eq!(theirs, ours, "{lang} has other keys than English");
        for key in ours {
            assert_eq!(
                arguments(&other, key),
                arguments(&en, key),
                "{lang}: {key} uses other arguments"
            );
        }
    }
}

#[test]
fn english_reads_as_the_form_always_said() {
    let en = english();
    let say = |key: &str, args: &[(&str, Arg)]| en.format(key, args, &Plain);
    assert_eq!(
        say("brief-errors-title", &[("n", Arg::int(1))]),
        "One thing needs your attention before sending:"
    );
    assert_eq!(
        say("brief-errors-title", &[("n", Arg::int(3))]),
        "3 things need your attention before sending:"
    );
    assert_eq!(
        say("brief-status-sending", &[("photos", Arg::int(0))]),
        "Sending your brief and three pictures of the ring to the jeweler…"
    );
    assert_eq!(
        say("brief-status-sending", &[("photos", Arg::int(1))]),
        "Sending your brief, three pictures of the ring and your photo to the jeweler…"
    );
    assert_eq!(
        say("brief-status-sending", &[("photos", Arg::int(4))]),
        "Sending your brief, three pictures of the ring and your 4 photos to the jeweler…"
    );
    assert_eq!(
        say("brief-status-busy", &[("seconds", Arg::int(1))]),
        "The jeweler's server is busy. Your brief is saved in this browser and will be sent again in 1 second."
    );
    assert_eq!(
        say("brief-status-busy-minutes", &[("minutes", Arg::int(60))]),
        "The jeweler's server is busy. Your brief is saved in this browser and will be sent again in 60 minutes."
    );
    assert_eq!(
        say("brief-photos-full", &[("max", Arg::int(5))]),
        "Five photos is the most a brief can carry"
    );
    assert_eq!(
        say(
            "brief-photo-error-too-large",
            &[
                ("name", Arg::Text("huge.jpg".into())),
                ("size", Arg::Text("26 MB".into())),
                ("limit", Arg::Text("25 MB".into())),
            ]
        ),
        "“huge.jpg” was not added: it is 26 MB, and photos of up to 25 MB can be added."
    );
    assert_eq!(
        say(
            "com-slot-name",
            &[
                ("time", Arg::Text("4:00 AM".into())),
                ("shop", Arg::Text("Mon, 09:00 AM GMT".into()))
            ]
        ),
        "4:00 AM (shop time: Mon, 09:00 AM GMT)"
    );
    assert_eq!(
        say(
            "com-price-range",
            &[
                ("low", Arg::Text("£2,800".into())),
                ("high", Arg::Text("£3,200".into()))
            ]
        ),
        "Price range: £2,800–£3,200"
    );
}

#[test]
fn a_sentence_cut_around_an_element_keeps_its_words_on_both_sides() {
    let en = english();
    let text = en.format(
        "brief-done-reference",
        &[("reference", Arg::Text("\u{E000}".into()))],
        &Plain,
    );
    assert_eq!(
        text.split_once('\u{E000}'),
        Some((
            "Your reference: ",
            ". Quote it whenever you talk to the jeweler."
        ))
    );
}
