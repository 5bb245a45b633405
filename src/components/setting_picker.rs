//! The setting: how the stone is held, each card a small top view drawn from the catalog's own
//! facts about it (prong count, bezel, halo, shoulder pavé, side stones, eternity).

use super::option_picture::push_circle;
use super::{Answer, OptionList, Pick, Picture};
use crate::i18n::{say, t, t_args, Arg};
use atelier_core::catalog::{Accents, Catalog, Setting, SettingId};
use atelier_core::design::Design;
use leptos::prelude::*;
use std::f64::consts::TAU;
use std::sync::Arc;

/// Lets the visitor pick the setting style.
#[component]
pub fn SettingPicker(
    /// The design being configured; the setting writes into it.
    design: RwSignal<Design>,
    /// The catalog of settings.
    catalog: Arc<Catalog>,
) -> impl IntoView {
    let answers: Vec<Answer> = catalog
        .settings
        .iter()
        .map(|setting| Answer {
            value: setting.id.as_str().to_owned(),
            label: say(&setting.name_msg()),
            detail: Some(resizing(setting)),
            picture: Picture::Drawing {
                class: "setting-svg",
                view_box: "-26 -26 52 52",
                paths: drawing(setting),
            },
        })
        .collect();
    let ids: Vec<SettingId> = catalog.settings.iter().map(|s| s.id.clone()).collect();
    let chosen = {
        let ids = ids.clone();
        Memo::new(move |_| design.with(|d| Pick::of(&d.setting, &ids)))
    };
    let pick = Callback::new(move |pick: Pick| design.update(|d| d.setting = pick.choice(&ids)));
    view! {
        <OptionList
            class="setting-picker"
            legend=t("cfg-setting-legend")
            name="setting"
            answers=answers
            chosen=chosen
            on_pick=pick
            advise=true
        />
    }
}

/// How far the ring can be resized later, from the catalog: what a jeweler would mention.
fn resizing(setting: &Setting) -> String {
    let sizes = setting.resize_us_sizes;
    if sizes <= 0.0 {
        return t("cfg-setting-no-resize");
    }
    // In half sizes, as jewelers count them: "half a size", "1½ sizes".
    let halves = (sizes.max(0.5) * 2.0).round();
    t_args(
        "cfg-setting-resize",
        &[
            ("halves", Arg::int(halves as i64)),
            (
                "sizes",
                Arg::Number {
                    value: halves / 2.0,
                    min_frac: 0,
                    max_frac: 1,
                },
            ),
        ],
    )
}

/// A top view of the setting, as SVG paths drawn in order: the shank left and right, the accent
/// stones, the bezel, the centre stone, and the prongs that hold it.
fn drawing(setting: &Setting) -> Vec<(Option<&'static str>, String)> {
    let circles = |centres: &mut dyn Iterator<Item = (f64, f64)>, r: f64| {
        let mut d = String::new();
        for (x, y) in centres {
            push_circle(&mut d, x, y, r);
        }
        d
    };
    let ring_of = |count: usize, radius: f64, r: f64, offset: f64| {
        circles(
            &mut (0..count).map(|k| {
                let a = offset + TAU * k as f64 / count as f64;
                (radius * a.cos(), radius * a.sin())
            }),
            r,
        )
    };
    let centre = setting.centre_stone;
    let halo = setting.accents == Accents::Halo;
    let mut paths = vec![if centre {
        (
            Some("set-metal"),
            "M-25 -4 H-12 M12 -4 H25 M-25 4 H-12 M12 4 H25".to_owned(),
        )
    } else {
        // A 50 × 10 band with corners rounded by 1.
        (
            Some("set-band"),
            "M-24 -5 H24 A1 1 0 0 1 25 -4 V4 A1 1 0 0 1 24 5 H-24 A1 1 0 0 1 -25 4 V-4 \
             A1 1 0 0 1 -24 -5 Z"
                .to_owned(),
        )
    }];
    match setting.accents {
        Accents::None => {}
        Accents::Halo => paths.push((Some("set-accent"), ring_of(14, 15.5, 2.4, 0.0))),
        Accents::PaveShoulders => paths.push((
            Some("set-accent"),
            circles(
                &mut [-22.0, -18.0, -14.0, 14.0, 18.0, 22.0]
                    .into_iter()
                    .map(|x| (x, 0.0)),
                1.7,
            ),
        )),
        Accents::SideStones => paths.push((
            Some("set-side"),
            circles(&mut [(-17.0, 0.0), (17.0, 0.0)].into_iter(), 5.5),
        )),
        Accents::AllAround => paths.push((
            Some("set-accent"),
            circles(&mut (0..9).map(|k| (-22.0 + 5.5 * f64::from(k), 0.0)), 2.5),
        )),
    }
    if setting.bezel {
        paths.push((
            Some("set-bezel"),
            circles(&mut [(0.0, 0.0)].into_iter(), 12.5),
        ));
    }
    if centre {
        let radius = if halo { 10.0 } else { 11.0 };
        paths.push((
            Some("set-stone"),
            circles(&mut [(0.0, 0.0)].into_iter(), radius),
        ));
    }
    if setting.prongs > 0 {
        let count = usize::from(setting.prongs);
        let radius = if halo { 10.5 } else { 11.5 };
        // Four prongs sit at the corners (45°), six at the clock's even hours.
        let offset = if count == 4 { TAU / 8.0 } else { TAU / 4.0 };
        paths.push((Some("set-prong"), ring_of(count, radius, 2.0, offset)));
    }
    paths
}
