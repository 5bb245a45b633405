//! Every language says everything core says: each `locales/<lang>/core.ftl` has exactly English's
//! keys with exactly English's arguments, every message renders with sample arguments without a
//! `{$…}` left over, and the messages core builds for real designs and briefs resolve in every
//! language.

use std::collections::BTreeSet;

use atelier_core::brief::{
    Brief, Channel, Contact, Occasion, OriginPreference, OwnMaterials, SizeCertainty,
};
use atelier_core::catalog::{Catalog, Finish, MetalId, Origin, SettingId, StoneId};
use atelier_core::design::{Carat, Choice, Design, Engraving, Mm, SizeChoice};
use atelier_core::i18n::{Arg, Bundle, Element, Expr, Lang, Msg, Pattern, Plain};
use atelier_core::size::{RingSize, SizeSystem};

const EN: &str = include_str!("../../locales/en/core.ftl");

fn source(lang: Lang) -> &'static str {
    match lang {
        Lang::En | Lang::Pseudo => EN,
        Lang::De => include_str!("../../locales/de/core.ftl"),
        Lang::Fr => include_str!("../../locales/fr/core.ftl"),
        Lang::It => include_str!("../../locales/it/core.ftl"),
        Lang::Es => include_str!("../../locales/es/core.ftl"),
        Lang::Ja => include_str!("../../locales/ja/core.ftl"),
        Lang::Ar => include_str!("../../locales/ar/core.ftl"),
    }
}

fn bundle(lang: Lang) -> Bundle {
    Bundle::from_sources(lang, [source(lang)])
        .unwrap_or_else(|e| panic!("locales/{}/core.ftl: {e:?}", lang.code()))
}

fn vars(pattern: &Pattern, out: &mut BTreeSet<String>) {
    for element in pattern {
        if let Element::Place(expr) = element {
            expr_vars(expr, out);
        }
    }
}

fn expr_vars(expr: &Expr, out: &mut BTreeSet<String>) {
    match expr {
        Expr::Var(name) | Expr::Number { var: name, .. } => {
            out.insert(name.clone());
        }
        Expr::Select {
            selector, variants, ..
        } => {
            expr_vars(selector, out);
            for v in variants {
                vars(&v.value, out);
            }
        }
        Expr::Ref(_) | Expr::Literal(_) => {}
    }
}

fn vars_of(bundle: &Bundle, key: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    if let Some(p) = bundle.pattern(key) {
        vars(p, &mut out);
    }
    out
}

#[test]
fn every_language_has_englishs_keys_and_arguments() {
    let en = bundle(Lang::En);
    let en_keys: BTreeSet<&str> = en.keys().collect();
    let mut problems = Vec::new();
    for lang in Lang::ALL.into_iter().skip(1) {
        let other = bundle(lang);
        let keys: BTreeSet<&str> = other.keys().collect();
        for missing in en_keys.difference(&keys) {
            problems.push(format!("{}: missing {missing}", lang.code()));
        }
        for extra in keys.difference(&en_keys) {
            problems.push(format!("{}: {extra} is not in English", lang.code()));
        }
        for key in en_keys.intersection(&keys) {
            let (a, b) = (vars_of(&en, key), vars_of(&other, key));
            if a != b {
                problems.push(format!("{}: {key} uses {b:?}, English {a:?}", lang.code()));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_message_renders_in_every_language_with_sample_arguments() {
    let en = bundle(Lang::En);
    let keys: Vec<String> = en.keys().map(str::to_owned).collect();
    for lang in Lang::ALL {
        let b = bundle(lang);
        for key in &keys {
            let names = vars_of(&en, key);
            for n in [0, 1, 2, 3, 5, 11, 21, 100] {
                let args: Vec<(&str, Arg)> = names
                    .iter()
                    .map(|name| (name.as_str(), Arg::int(n)))
                    .collect();
                let text = b.format(key, &args, &Plain);
                assert!(
                    !text.contains("{$") && !text.contains('{') && !text.trim().is_empty(),
                    "{}: {key} with {n}: {text:?}",
                    lang.code()
                );
                assert_ne!(&text, key, "{}: {key} is missing", lang.code());
            }
        }
    }
}

/// Every key a message and its nested messages name.
fn keys_in(msg: &Msg, out: &mut Vec<(String, bool)>) {
    out.push((msg.key.to_string(), msg.fallback.is_some()));
    for (_, arg) in &msg.args {
        match arg {
            Arg::Msg(m) => keys_in(m, out),
            Arg::List(items) => items.iter().for_each(|m| keys_in(m, out)),
            _ => {}
        }
    }
}

fn brief(design: Design) -> Brief {
    Brief {
        version: 1,
        design,
        contact: Contact {
            name: "Ada".into(),
            email: "ada@example.com".into(),
            phone: None,
            preferred_channel: Channel::Email,
        },
        budget: None,
        occasion: Some(Occasion::ForMyself),
        deadline: None,
        size_certainty: SizeCertainty::Estimated,
        origin_preference: OriginPreference::Either,
        own_materials: OwnMaterials {
            stone: true,
            metal: true,
            description: "grandma's ring".into(),
        },
        surprise: false,
        notes: String::new(),
        attachments: Vec::new(),
        consent_to_contact: true,
        locale: "fr-FR".into(),
    }
}

fn designs() -> Vec<Design> {
    let uk_m = SizeChoice::Known {
        size: RingSize::parse(SizeSystem::Uk, "M").expect("UK M"),
        system: SizeSystem::Uk,
    };
    vec![
        Design::default(),
        Design {
            metal: Choice::Chosen(MetalId::new("ag925")),
            stone: Choice::Chosen(StoneId::new("emerald")),
            cut: Choice::Chosen("oval".into()),
            origin: Choice::Chosen(Origin::LabGrown),
            carat: Choice::Chosen(Carat::from_points(300)),
            band_width: Choice::Chosen(Mm::from_centi(150)),
            band_thickness: Choice::Chosen(Mm::from_centi(120)),
            finish: Choice::Chosen(Finish::Hammered),
            size: uk_m,
            engraving: Some(Engraving {
                text: "A & J · 2026".into(),
                font: Choice::AdviseMe,
            }),
            ..Design::default()
        },
        Design {
            metal: Choice::AdviseMe,
            stone: Choice::AdviseMe,
            cut: Choice::AdviseMe,
            carat: Choice::AdviseMe,
            origin: Choice::AdviseMe,
            setting: Choice::AdviseMe,
            band_profile: Choice::AdviseMe,
            band_width: Choice::AdviseMe,
            band_thickness: Choice::AdviseMe,
            finish: Choice::AdviseMe,
            size: SizeChoice::Unknown { send_sizer: true },
            engraving: Some(Engraving {
                text: "Für immer".into(),
                font: Choice::Chosen("serif".into()),
            }),
        },
        Design {
            setting: Choice::Chosen(SettingId::new("full-eternity")),
            band_width: Choice::Chosen(Mm::from_centi(700)),
            size: SizeChoice::Known {
                size: RingSize::US_6,
                system: SizeSystem::Jp,
            },
            ..Design::default()
        },
        Design {
            setting: Choice::Chosen(SettingId::new("pave-shoulders")),
            stone: Choice::Chosen(StoneId::new("own-stone")),
            size: SizeChoice::Known {
                size: RingSize::US_6,
                system: SizeSystem::Eu,
            },
            ..Design::default()
        },
    ]
}

/// The messages core builds for real designs: summaries, specifications, warnings and errors.
fn real_messages() -> Vec<Msg> {
    let catalog = Catalog::builtin();
    let mut out = Vec::new();
    for design in designs() {
        out.push(atelier_core::summary::summary_msg(&design, &catalog));
        let b = brief(design.clone());
        let estimate = atelier_core::estimate::estimate(&design, &catalog).ok();
        let alloys = estimate
            .as_ref()
            .map(|e| atelier_core::spec::alloys(e, &catalog))
            .unwrap_or_default();
        for row in atelier_core::spec::rows_msg(&b, &catalog, estimate.as_ref(), &alloys) {
            out.push(row.label);
            out.push(row.value);
        }
        let report = design.check(&catalog);
        out.extend(report.warnings.iter().map(|w| w.msg()));
        out.extend(report.errors.iter().map(|e| e.msg()));
        let changes =
            atelier_core::spec::changes::changes_msg(&Design::default(), &design, &catalog);
        out.extend(atelier_core::spec::changes::in_words_msg(&changes));
    }
    for (system, text) in [
        (SizeSystem::Us, "6.1"),
        (SizeSystem::Us, "x"),
        (SizeSystem::Us, "40"),
        (SizeSystem::Uk, "?"),
        (SizeSystem::Uk, "Z+9"),
        (SizeSystem::Eu, "e"),
        (SizeSystem::Eu, "90"),
        (SizeSystem::Jp, "j"),
        (SizeSystem::Jp, "40"),
        (SizeSystem::DiameterMm, "d"),
        (SizeSystem::DiameterMm, "40"),
        (SizeSystem::Us, ""),
        (SizeSystem::Us, &"9".repeat(40)),
    ] {
        let error = RingSize::parse(system, text).expect_err(text);
        out.push(error.msg());
    }
    for link in ["", "!!!", "AAAA"] {
        if let Err(e) = atelier_core::share::decode(link) {
            out.push(e.msg());
        }
    }
    out.extend(
        [
            "estimate-excludes-accents",
            "estimate-excludes-centre-stone",
        ]
        .map(atelier_core::estimate::exclusion_msg),
    );
    out
}

#[test]
fn what_core_says_about_real_rings_resolves_in_every_language() {
    let messages = real_messages();
    assert!(messages.len() > 60, "{}", messages.len());
    for lang in Lang::ALL {
        let b = bundle(lang);
        for msg in &messages {
            let mut keys = Vec::new();
            keys_in(msg, &mut keys);
            for (key, has_fallback) in keys {
                assert!(
                    b.has(&key) || has_fallback,
                    "{}: {key} is missing (in {msg:?})",
                    lang.code()
                );
                assert!(b.has(&key), "{}: {key} is missing", lang.code());
            }
            let text = b.say(msg, &Plain);
            assert!(!text.contains('{'), "{}: {text}", lang.code());
        }
    }
}

#[test]
fn the_summary_reads_in_each_languages_own_order() {
    let catalog = Catalog::builtin();
    let design = Design::default();
    let say = |lang| {
        bundle(lang).say(
            &atelier_core::summary::summary_msg(&design, &catalog),
            &Plain,
        )
    };
    assert_eq!(
        say(Lang::De),
        "18 Karat Gelbgold, 1.00 ct natürlicher Diamant im Brillantschliff (6.5 mm), \
         Solitär mit vier Krappen, Ringschiene im Komfortprofil, 2.0 mm breit und 1.6 mm stark, \
         poliert, Größe nicht angegeben"
    );
    assert_eq!(
        say(Lang::Fr),
        "Or jaune 18 carats, diamant d’origine naturelle taille brillant rond de 1.00 ct (6.5 mm), \
         solitaire quatre griffes, anneau profil confort de 2.0 mm de large et 1.6 mm d’épaisseur, \
         finition polie, taille non indiquée"
    );
    assert_eq!(
        say(Lang::Ja),
        "K18イエローゴールド、1.00ctのラウンドブリリアントカットの天然ダイヤモンド（6.5 mm）、\
         4本爪ソリテール、幅2.0 mm・厚さ1.6 mmの甲丸内甲丸のリング、鏡面仕上げ、サイズ未指定"
    );
    let arabic = say(Lang::Ar);
    assert!(
        arabic.starts_with("\u{2068}ذهب أصفر عيار 18\u{2069}، "),
        "{arabic}"
    );
    assert!(arabic.contains("\u{2068}1.00\u{2069} قيراط"), "{arabic}");
}

#[test]
fn counts_choose_their_plural_form() {
    let de = bundle(Lang::De);
    let days = |b: &Bundle, n| {
        b.say(
            &Msg::new("warning-rush-deadline").arg("days", Arg::int(n)),
            &Plain,
        )
    };
    assert!(
        days(&de, 1).starts_with("1 Tag ist knapp"),
        "{}",
        days(&de, 1)
    );
    assert!(
        days(&de, 30).starts_with("30 Tage sind knapp"),
        "{}",
        days(&de, 30)
    );
    let sizes = |b: &Bundle, n| b.say(&atelier_core::spec::us_sizes_msg(n), &Plain);
    assert_eq!(sizes(&de, 0.5), "eine halbe Größe");
    assert_eq!(sizes(&de, 1.0), "1 Größe");
    assert_eq!(sizes(&de, 2.0), "2 Größen");
    let en = bundle(Lang::En);
    assert_eq!(sizes(&en, 1.0), "1 size");
    assert_eq!(sizes(&en, 1.5), "1.5 sizes");
}
