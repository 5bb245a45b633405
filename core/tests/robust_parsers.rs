//! Fuzz-style property tests for the two parsers that read what strangers send: the brief (serde
//! into [`Brief`], then core's validation, as the server runs them on every request) and the share
//! codec (as the browser runs it on every link it is opened with).
//!
//! The unit tests in `src/brief/tests.rs` and `src/share.rs` already fuzz text fields, garbage
//! links and arbitrary designs; these add what they do not cover:
//! * arbitrary JSON documents (nested, with the brief's own field and enum names as keys and
//!   values, so many get deep into the parser) never panic the parser, the validation, the design
//!   check, the summary or the estimate;
//! * a valid brief with any one value replaced by arbitrary JSON never panics, and whatever still
//!   validates survives a JSON round trip unchanged and validates again;
//! * any string that decodes as a share link re-encodes to a link that decodes to the same
//!   design, and the decoded design can be checked and summarised without a panic;
//! * long links (up to the codec's limit and beyond) never panic.

use atelier_core::brief::Brief;
use atelier_core::catalog::Catalog;
use atelier_core::date::IsoDate;
use atelier_core::estimate::estimate;
use atelier_core::i18n::{Bundle, Lang, Plain};
use atelier_core::share;
use atelier_core::summary::summary_msg;
use proptest::prelude::*;
use serde_json::{json, Value};

/// Names the brief and design use, so generated documents often have the right keys and values.
const WORDS: &[&str] = &[
    "version",
    "design",
    "contact",
    "name",
    "email",
    "phone",
    "preferred_channel",
    "budget",
    "min",
    "max",
    "currency",
    "occasion",
    "deadline",
    "size_certainty",
    "origin_preference",
    "own_materials",
    "stone",
    "metal",
    "description",
    "surprise",
    "notes",
    "attachments",
    "file_name",
    "mime_type",
    "size_bytes",
    "consent_to_contact",
    "locale",
    "origin",
    "cut",
    "carat",
    "setting",
    "band_profile",
    "band_width",
    "band_thickness",
    "finish",
    "size",
    "engraving",
    "text",
    "font",
    "kind",
    "system",
    "send_sizer",
    "chosen",
    "advise-me",
    "known",
    "unknown",
    "us",
    "uk",
    "eu",
    "jp",
    "email",
    "other",
    "engagement",
    "either",
    "lab-grown",
    "natural",
    "estimated",
    "18k-yellow",
    "pt950",
    "diamond",
    "round",
    "oval",
    "solitaire-4",
    "court",
    "polished",
    "EUR",
    "en-GB",
    "image/jpeg",
    "2026-02-30",
    "2199-09-01",
    "ada@example.co.uk",
];

fn today() -> IsoDate {
    IsoDate::parse("2026-11-24").expect("date")
}

fn leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_filter_map("finite", |f| serde_json::Number::from_f64(f)
            .map(Value::Number)),
        (0u32..100_000).prop_map(|n| json!(f64::from(n) / 100.0)),
        "\\PC{0,40}".prop_map(Value::from),
        "[\\x00-\\x1f\\u{7f}-\\u{9f}\\u{202e}\\u{feff}a<>&\"']{0,12}".prop_map(Value::from),
        proptest::sample::select(WORDS).prop_map(Value::from),
    ]
}

fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => proptest::sample::select(WORDS).prop_map(str::to_owned),
        1 => "\\PC{0,12}",
    ]
}

fn any_json() -> impl Strategy<Value = Value> {
    leaf().prop_recursive(6, 96, 10, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..10).prop_map(Value::Array),
            proptest::collection::btree_map(key(), inner, 0..12)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// A complete, valid brief as JSON.
fn valid_brief() -> Value {
    json!({
        "version": 1,
        "design": serde_json::to_value(atelier_core::design::Design {
                size: atelier_core::design::SizeChoice::Known {
                    size: atelier_core::size::RingSize::US_6,
                    system: atelier_core::size::SizeSystem::Us,
                },
                ..atelier_core::design::Design::default()
            }).expect("design"),
        "contact": {
            "name": "Ada Lovelace",
            "email": "ada@example.co.uk",
            "phone": "+44 20 7946 0958",
            "preferred_channel": "phone"
        },
        "budget": {"min": 3000, "max": 6000, "currency": "GBP"},
        "occasion": {"other": "our tenth year"},
        "deadline": "2199-09-01",
        "size_certainty": "estimated",
        "origin_preference": "either",
        "own_materials": {"stone": true, "metal": false, "description": "grandmother's sapphire"},
        "surprise": true,
        "notes": "Vintage feel.\nNo nickel.",
        "attachments": [{"file_name": "ring.jpg", "mime_type": "image/jpeg", "size_bytes": 1234}],
        "consent_to_contact": true,
        "locale": "en-GB"
    })
}

/// Every JSON pointer in a document, containers included.
fn pointers(value: &Value, at: String, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                let p = format!("{at}/{k}");
                out.push(p.clone());
                pointers(v, p, out);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                let p = format!("{at}/{i}");
                out.push(p.clone());
                pointers(v, p, out);
            }
        }
        _ => {}
    }
}

/// A design's summary put into English words, as a reader's bundle says it.
fn summary(design: &atelier_core::design::Design, catalog: &Catalog) -> String {
    static ENGLISH: std::sync::OnceLock<Bundle> = std::sync::OnceLock::new();
    let bundle = ENGLISH.get_or_init(|| {
        Bundle::from_sources(Lang::En, [include_str!("../../locales/en/core.ftl")])
            .expect("English reads")
    });
    bundle.say(&summary_msg(design, catalog), &Plain)
}

/// What the server does with a parsed brief, and the browser with its design.
fn exercise(brief: &Brief, catalog: &Catalog) -> bool {
    let _ = brief.design.check(catalog);
    let _ = brief.validate();
    match brief.validate_on(catalog, today()) {
        Ok(valid) => {
            let design = &valid.brief().design;
            let _ = summary(design, catalog);
            let _ = estimate(design, catalog);
            true
        }
        Err(errors) => {
            assert!(!errors.field_msgs().is_empty(), "an error without a field");
            false
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn arbitrary_json_never_panics_the_brief_parser(doc in any_json()) {
        let catalog = Catalog::builtin();
        let text = doc.to_string();
        if let Ok(brief) = serde_json::from_str::<Brief>(&text) {
            exercise(&brief, &catalog);
        }
        // The same document as the brief inside a request body.
        if let Ok(brief) = serde_json::from_value::<Brief>(json!({"brief": doc})["brief"].clone()) {
            exercise(&brief, &catalog);
        }
    }

    #[test]
    fn a_valid_brief_with_any_value_replaced_never_panics(
        at in any::<proptest::sample::Index>(),
        value in any_json(),
    ) {
        let catalog = Catalog::builtin();
        let base = valid_brief();
        let mut all = Vec::new();
        pointers(&base, String::new(), &mut all);
        let pointer = at.get(&all);
        let mut doc = base.clone();
        if let Some(slot) = doc.pointer_mut(pointer) {
            *slot = value;
        }
        if let Ok(brief) = serde_json::from_value::<Brief>(doc) {
            if exercise(&brief, &catalog) {
                // What the server stores is what it validated: a round trip changes nothing.
                let stored = serde_json::to_string(&brief).expect("serialise");
                let back: Brief = serde_json::from_str(&stored).expect("reparse");
                prop_assert_eq!(&back, &brief);
                prop_assert!(back.validate_on(&catalog, today()).is_ok());
            }
        }
    }

    #[test]
    fn whatever_decodes_re_encodes_to_the_same_design(tail in "[A-Za-z0-9_-]{0,48}") {
        let catalog = Catalog::builtin();
        // "AQ" is version 1, so most inputs get past the first byte into the fields.
        for link in [format!("AQ{tail}"), tail.clone()] {
            if let Ok(design) = share::decode(&link) {
                let again = share::encode(&design);
                prop_assert_eq!(share::decode(&again), Ok(design.clone()));
                let _ = design.check(&catalog);
                let _ = summary(&design, &catalog);
                let _ = estimate(&design, &catalog);
            }
        }
    }

    #[test]
    fn long_links_never_panic(link in "[A-Za-z0-9_=-]{200,5000}") {
        let _ = share::decode(&link);
        let _ = share::decode(&format!("AQ{link}"));
    }
}

#[test]
fn the_base_brief_is_valid() {
    let brief: Brief = serde_json::from_value(valid_brief()).expect("parse");
    if let Err(e) = brief.validate_on(&Catalog::builtin(), today()) {
        panic!("the mutation test must start from a valid brief: {e}");
    }
    assert!(exercise(&brief, &Catalog::builtin()));
}
