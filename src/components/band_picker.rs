//! The band: its cross-section, width and thickness within the catalog's ranges, and its finish.

use super::metal_picker::swatch_css;
use super::{Answer, OptionList, Pick, Picture, RangeField};
use crate::i18n::{say, t, t_args, Arg};
use atelier_core::catalog::{BandProfile, Catalog, Finish};
use atelier_core::design::{Choice, Design, Mm};
use leptos::prelude::*;
use std::sync::Arc;

/// Lets the visitor shape the band.
#[component]
pub fn BandPicker(
    /// The design being configured; the band choices write into it.
    design: RwSignal<Design>,
    /// The catalog's profiles, finishes and ranges.
    catalog: Arc<Catalog>,
) -> impl IntoView {
    let profiles = catalog.band_profiles.clone();
    let profile_answers: Vec<Answer> = profiles
        .iter()
        .map(|&profile| Answer {
            value: format!("{profile:?}").to_ascii_lowercase(),
            label: say(&profile.msg()),
            detail: None,
            picture: Picture::Drawing {
                class: "profile-svg",
                view_box: "0 0 40 24",
                paths: vec![(Some("profile-shape"), profile_path(profile).to_owned())],
            },
        })
        .collect();
    let profile_chosen = {
        let profiles = profiles.clone();
        Memo::new(move |_| design.with(|d| Pick::of(&d.band_profile, &profiles)))
    };
    let pick_profile =
        Callback::new(move |pick: Pick| design.update(|d| d.band_profile = pick.choice(&profiles)));

    let metal_css = {
        let catalog = Arc::clone(&catalog);
        Signal::derive(move || {
            design.with(|d| {
                let metal = d
                    .metal
                    .chosen()
                    .and_then(|id| catalog.metal(id))
                    .or(catalog.metals.first());
                metal.map_or_else(String::new, |m| swatch_css(m.reflectance_linear))
            })
        })
    };
    let finishes = catalog.finishes.clone();
    let finish_answers: Vec<Answer> = finishes
        .iter()
        .map(|&finish| Answer {
            value: format!("{finish:?}").to_ascii_lowercase(),
            label: say(&finish.msg()),
            detail: None,
            picture: Picture::Span {
                class: "swatch finish".to_owned(),
                style: Some(Signal::derive(move || {
                    format!("background: {}{}", finish_texture(finish), metal_css.get())
                })),
                text: None,
            },
        })
        .collect();
    let finish_chosen = {
        let finishes = finishes.clone();
        Memo::new(move |_| design.with(|d| Pick::of(&d.finish, &finishes)))
    };
    let pick_finish =
        Callback::new(move |pick: Pick| design.update(|d| d.finish = pick.choice(&finishes)));

    let mm_field = move |get: fn(&Design) -> Choice<Mm>, set: fn(&mut Design, Choice<Mm>)| {
        let value = Signal::derive(move || design.with(|d| get(d).chosen().map(|mm| mm.mm())));
        let on_change = Callback::new(move |v: Option<f64>| {
            design.update(|d| {
                let choice = v
                    .and_then(Mm::from_mm)
                    .map_or(Choice::AdviseMe, Choice::Chosen);
                set(d, choice)
            })
        });
        let readout = Signal::derive(move || match value.get() {
            Some(mm) => t_args("cfg-mm", &[("mm", Arg::fixed(mm, 1))]),
            None => t("cfg-band-suggest"),
        });
        (value, on_change, readout)
    };
    let (width, set_width, width_text) = mm_field(|d| d.band_width, |d, c| d.band_width = c);
    let (thick, set_thick, thick_text) =
        mm_field(|d| d.band_thickness, |d, c| d.band_thickness = c);

    view! {
        <OptionList
            class="profile-picker"
            legend=t("cfg-profile-legend")
            name="band-profile"
            answers=profile_answers
            chosen=profile_chosen
            on_pick=pick_profile
            advise=true
        />
        <fieldset class="band-size-picker">
            <legend>{t("cfg-band-size-legend")}</legend>
            <RangeField
                id="band-width"
                label=t("cfg-band-width")
                range=catalog.band_width_mm
                value=width
                on_change=set_width
                readout=width_text
            />
            <RangeField
                id="band-thickness"
                label=t("cfg-band-thickness")
                range=catalog.band_thickness_mm
                value=thick
                on_change=set_thick
                readout=thick_text
            />
        </fieldset>
        <OptionList
            class="finish-picker"
            legend=t("cfg-finish-legend")
            name="finish"
            answers=finish_answers
            chosen=finish_chosen
            on_pick=pick_finish
            advise=true
        />
    }
}

/// The cross-section's shape, finger side down, drawn like core's band outline: flat walls, then a
/// dome (court, D-shape), a ridge (knife-edge) or a flat top; court also bulges inside.
fn profile_path(profile: BandProfile) -> &'static str {
    match profile {
        BandProfile::Court => "M6 20 L6 13 Q6 3 20 3 Q34 3 34 13 L34 20 Q20 16 6 20 Z",
        BandProfile::DShape => "M6 21 L6 13 Q6 3 20 3 Q34 3 34 13 L34 21 Z",
        BandProfile::Flat => "M6 21 L6 5 L34 5 L34 21 Z",
        BandProfile::KnifeEdge => "M6 21 L6 14 L20 3 L34 14 L34 21 Z",
    }
}

/// A texture laid over the metal's gradient: none when polished, fine lines when satin, dimples
/// when hammered.
fn finish_texture(finish: Finish) -> &'static str {
    match finish {
        Finish::Polished => {
            "linear-gradient(120deg, transparent 35%, rgb(255 255 255 / 0.55) 45%, transparent 55%), "
        }
        Finish::Satin => {
            "repeating-linear-gradient(90deg, rgb(255 255 255 / 0.18) 0 1px, transparent 1px 3px), "
        }
        Finish::Hammered => {
            "radial-gradient(circle at 30% 30%, rgb(255 255 255 / 0.45) 0 12%, transparent 14%), \
             radial-gradient(circle at 70% 45%, rgb(255 255 255 / 0.4) 0 10%, transparent 12%), \
             radial-gradient(circle at 45% 75%, rgb(0 0 0 / 0.2) 0 11%, transparent 13%), "
        }
    }
}
