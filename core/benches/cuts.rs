//! The full ring rebuilt after a change, once for each cut in the catalog: the 2 ms target holds for
//! the slowest cut, not only for the default round solitaire. Each cut's shape is cached first, as
//! it is from the second change on in the browser; `geometry`'s "first build of a cut" group has the
//! uncached cost.
//!
//! Run with `cargo bench -p atelier-core --bench cuts`.

use atelier_core::catalog::Catalog;
use atelier_core::design::{Carat, Choice, Design};
use atelier_core::geometry::ring;
use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;

fn rebuild_each_cut(c: &mut Criterion) {
    let catalog = Catalog::builtin();
    let mut group = c.benchmark_group("ring rebuild after a carat change, by cut");
    for cut in &catalog.cuts {
        let design = Design {
            cut: Choice::Chosen(cut.id.clone()),
            ..Design::default()
        };
        black_box(ring(&design, &catalog));
        group.bench_function(cut.id.as_str(), |b| {
            let mut points = 100;
            b.iter(|| {
                points = if points == 100 { 101 } else { 100 };
                let changed = Design {
                    carat: Choice::Chosen(Carat::from_points(points)),
                    ..design.clone()
                };
                black_box(ring(&changed, &catalog))
            })
        });
    }
    group.finish();
}

criterion_group!(benches, rebuild_each_cut);
criterion_main!(benches);
