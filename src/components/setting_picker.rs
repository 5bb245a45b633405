//! The setting: how the stone is held, each card a small top view drawn from the catalog's own
//! facts about it (prong count, bezel, halo, shoulder pavé, side stones, eternity).

use super::{AdviseCard, OptionCard};
use crate::i18n::{say, t, t_args, Arg};
use atelier_core::catalog::{Accents, Catalog, Setting};
use atelier_core::design::{Choice, Design};
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
    let cards = catalog
        .settings
        .iter()
        .map(|setting| {
            let id = setting.id.clone();
            let checked = {
                let id = id.clone();
                Signal::derive(move || design.with(|d| d.setting.chosen() == Some(&id)))
            };
            let pick =
                Callback::new(move |()| design.update(|d| d.setting = Choice::Chosen(id.clone())));
            let picture = drawing(setting);
            view! {
                <OptionCard
                    name="setting"
                    value=setting.id.as_str().to_owned()
                    label=say(&setting.name_msg())
                    detail=resizing(setting)
                    checked=checked
                    on_pick=pick
                >
                    {picture}
                </OptionCard>
            }
        })
        .collect_view();
    let advise = Callback::new(move |()| design.update(|d| d.setting = Choice::AdviseMe));
    view! {
        <fieldset class="setting-picker">
            <legend>{t("cfg-setting-legend")}</legend>
            <div class="options">
                {cards}
                <AdviseCard
                    name="setting"
                    checked=Signal::derive(move || design.with(|d| d.setting.is_advise_me()))
                    on_pick=advise
                />
            </div>
        </fieldset>
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

/// A top view of the setting: the shank left and right, the centre stone, and whatever holds it.
fn drawing(setting: &Setting) -> impl IntoView {
    let dot = |x: f64, y: f64, r: f64, class: &'static str| {
        view! { <circle class=class cx=format!("{x:.1}") cy=format!("{y:.1}") r=r /> }
    };
    let ring_of = |count: usize, radius: f64, r: f64, offset: f64, class: &'static str| {
        (0..count)
            .map(|k| {
                let a = offset + TAU * k as f64 / count as f64;
                dot(radius * a.cos(), radius * a.sin(), r, class)
            })
            .collect_view()
    };
    let centre = setting.centre_stone;
    let shank = if centre {
        view! { <path class="set-metal" d="M-25 -4 H-12 M12 -4 H25 M-25 4 H-12 M12 4 H25" /> }
            .into_any()
    } else {
        view! { <rect class="set-band" x="-25" y="-5" width="50" height="10" rx="1" /> }.into_any()
    };
    let accents = match setting.accents {
        Accents::None => ().into_any(),
        Accents::Halo => ring_of(14, 15.5, 2.4, 0.0, "set-accent").into_any(),
        Accents::PaveShoulders => [-22.0, -18.0, -14.0, 14.0, 18.0, 22.0]
            .into_iter()
            .map(|x| dot(x, 0.0, 1.7, "set-accent"))
            .collect_view()
            .into_any(),
        Accents::SideStones => view! {
            <circle class="set-side" cx="-17" cy="0" r="5.5" />
            <circle class="set-side" cx="17" cy="0" r="5.5" />
        }
        .into_any(),
        Accents::AllAround => (0..9)
            .map(|k| dot(-22.0 + 5.5 * f64::from(k), 0.0, 2.5, "set-accent"))
            .collect_view()
            .into_any(),
    };
    let stone = centre.then(|| {
        let radius = if setting.accents == Accents::Halo {
            10.0
        } else {
            11.0
        };
        view! { <circle class="set-stone" cx="0" cy="0" r=radius /> }
    });
    let bezel = setting
        .bezel
        .then(|| view! { <circle class="set-bezel" cx="0" cy="0" r="12.5" /> });
    let prongs = (setting.prongs > 0).then(|| {
        let count = usize::from(setting.prongs);
        let radius = if setting.accents == Accents::Halo {
            10.5
        } else {
            11.5
        };
        // Four prongs sit at the corners (45°), six at the clock's even hours.
        let offset = if count == 4 { TAU / 8.0 } else { TAU / 4.0 };
        ring_of(count, radius, 2.0, offset, "set-prong")
    });
    view! {
        <svg class="setting-svg" viewBox="-26 -26 52 52">
            {shank}
            {accents}
            {bezel}
            {stone}
            {prongs}
        </svg>
    }
}
