//! How long the domain's small jobs take, the ones that run on every visitor action or request: the
//! share link (encoded on every change, decoded when a link is opened) and the brief's validation
//! (in the form on every keystroke, on the server for every submission, there after JSON parsing).
//!
//! Run with `cargo bench -p atelier-core --bench domain`.

use atelier_core::brief::{
    Brief, Budget, Channel, Contact, Occasion, OriginPreference, OwnMaterials, SizeCertainty,
};
use atelier_core::catalog::{Catalog, CutId, SettingId};
use atelier_core::date::IsoDate;
use atelier_core::design::{Choice, Design, Engraving};
use atelier_core::share;
use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;

/// A design that uses every field the share link carries, engraving included.
fn busy_design() -> Design {
    Design {
        cut: Choice::Chosen(CutId::new("oval")),
        setting: Choice::Chosen(SettingId::new("halo")),
        engraving: Some(Engraving {
            text: "Always ♥ 2026".into(),
            font: Choice::AdviseMe,
        }),
        ..Design::default()
    }
}

/// A complete brief, as the form sends it.
fn brief() -> Brief {
    Brief {
        version: 1,
        design: busy_design(),
        contact: Contact {
            name: "Ada Lovelace".into(),
            email: "ada@example.co.uk".into(),
            phone: Some("+44 20 7946 0958".into()),
            preferred_channel: Channel::Email,
        },
        budget: Some(Budget {
            min: 3000,
            max: 6000,
            currency: "GBP".into(),
        }),
        occasion: Some(Occasion::Engagement),
        deadline: Some("2199-09-01".into()),
        size_certainty: SizeCertainty::Unknown,
        origin_preference: OriginPreference::Either,
        own_materials: OwnMaterials::default(),
        surprise: false,
        notes: "She loves vintage, and the colour of the sea in winter.".into(),
        attachments: vec![],
        consent_to_contact: true,
        locale: "en-GB".into(),
    }
}

fn codec(c: &mut Criterion) {
    let design = busy_design();
    let link = share::encode(&design);
    let mut group = c.benchmark_group("share link");
    group.bench_function("encode", |b| b.iter(|| share::encode(black_box(&design))));
    group.bench_function("decode", |b| {
        b.iter(|| share::decode(black_box(&link)).expect("a link encode made"))
    });
    group.finish();
}

fn validation(c: &mut Criterion) {
    let catalog = Catalog::builtin();
    let today = IsoDate::parse("2026-11-24").expect("a valid date");
    let brief = brief();
    let json = serde_json::to_string(&brief).expect("a brief serialises");
    let mut group = c.benchmark_group("brief");
    group.bench_function("validate", |b| {
        b.iter(|| {
            black_box(&brief)
                .validate_on(&catalog, today)
                .expect("a valid brief")
        })
    });
    group.bench_function("parse JSON and validate (the server's work)", |b| {
        b.iter(|| {
            let brief: Brief = serde_json::from_str(black_box(&json)).expect("valid JSON");
            brief.validate_on(&catalog, today).expect("a valid brief")
        })
    });
    group.finish();
}

criterion_group!(benches, codec, validation);
criterion_main!(benches);
