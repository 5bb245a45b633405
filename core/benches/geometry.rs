//! How long the geometry takes: the whole ring rebuilt after a visitor's change must stay far below a
//! 16.7 ms frame (the target is 2 ms natively), and a cut's first build is paid once per session.
//!
//! Run with `cargo bench -p atelier-core --bench geometry`.

use atelier_core::catalog::{Catalog, FontId, SettingId};
use atelier_core::design::{Carat, Choice, Design, Engraving};
use atelier_core::geometry::{band, ring, stone};
use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;

fn rebuild(c: &mut Criterion) {
    let catalog = Catalog::builtin();
    let design = Design::default();
    // Warm the per-cut shape cache, as the first frame of a session does.
    black_box(ring(&design, &catalog));
    c.bench_function("ring: default solitaire after a carat change", |b| {
        let mut carat = 100;
        b.iter(|| {
            carat = if carat == 100 { 101 } else { 100 };
            let changed = Design {
                carat: Choice::Chosen(Carat::from_points(carat)),
                ..design.clone()
            };
            black_box(ring(&changed, &catalog))
        })
    });
    for setting in ["halo", "pave-shoulders", "three-stone", "bezel"] {
        let design = Design {
            setting: Choice::Chosen(SettingId::new(setting)),
            ..Design::default()
        };
        black_box(ring(&design, &catalog));
        c.bench_function(&format!("ring: {setting}"), |b| {
            b.iter(|| black_box(ring(&design, &catalog)))
        });
    }
    // Typing an engraving rebuilds the ring with new lettering on every key; other changes reuse
    // the lettering built for the same text and band.
    let engraved = |text: &str| Design {
        engraving: Some(Engraving {
            text: text.to_owned(),
            font: Choice::Chosen(FontId::new("serif")),
        }),
        ..Design::default()
    };
    let full = "Always yours, Ådèle ♥ 1984 ∞ J";
    black_box(ring(&engraved(full), &catalog));
    c.bench_function(
        "ring: solitaire engraved with 30 characters (text unchanged)",
        |b| b.iter(|| black_box(ring(&engraved(full), &catalog))),
    );
    c.bench_function(
        "ring: solitaire after typing an engraving's 30th character",
        |b| {
            let mut flip = false;
            b.iter(|| {
                flip = !flip;
                let text = if flip {
                    full
                } else {
                    "Always yours, Ådèle ♥ 1984 ∞ K"
                };
                black_box(ring(&engraved(text), &catalog))
            })
        },
    );
    c.bench_function("band only (court, 128 segments)", |b| {
        let params = design.band_params(&catalog);
        b.iter(|| black_box(band(&params)))
    });
}

fn cuts(c: &mut Criterion) {
    let catalog = Catalog::builtin();
    let mut group = c.benchmark_group("first build of a cut (uncached)");
    for cut in &catalog.cuts {
        let size = cut.size_for_carats(1.0, 3.52);
        group.bench_function(cut.id.as_str(), |b| b.iter(|| black_box(stone(cut, &size))));
    }
    group.finish();
}

criterion_group!(benches, rebuild, cuts);
criterion_main!(benches);
