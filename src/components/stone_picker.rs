//! The centre stone: gems in their own body colour, the visitor's own stone, and natural or lab-grown.

use super::{Answer, OptionList, Pick, Picture};
use crate::color::srgb8;
use crate::i18n::{say, t, t_args, Arg};
use atelier_core::catalog::{Catalog, Origin, Stone, StoneId, StoneKind};
use atelier_core::design::{Choice, Design};
use leptos::prelude::*;
use std::sync::Arc;

/// Lets the visitor pick the centre stone and where it comes from.
#[component]
pub fn StonePicker(
    /// The design being configured; the stone and origin choices write into it.
    design: RwSignal<Design>,
    /// The catalog of stones.
    catalog: Arc<Catalog>,
) -> impl IntoView {
    // The origin the visitor chose themselves. A stone that comes only one way overrides it while
    // it is chosen; the next stone that comes that way brings it back.
    let wanted = RwSignal::new(design.with_untracked(|d| d.origin));
    let answers: Vec<Answer> = catalog
        .stones
        .iter()
        .map(|stone| Answer {
            value: stone.id.as_str().to_owned(),
            label: say(&stone.name_msg()),
            detail: Some(detail(stone)),
            picture: Picture::swatch("swatch gem", gem_css(stone.body_colour_linear)),
        })
        .collect();
    let ids: Vec<StoneId> = catalog.stones.iter().map(|s| s.id.clone()).collect();
    let chosen = {
        let ids = ids.clone();
        Memo::new(move |_| design.with(|d| Pick::of(&d.stone, &ids)))
    };
    let pick_stone = {
        let catalog = Arc::clone(&catalog);
        Callback::new(move |pick: Pick| {
            design.update(|d| {
                d.stone = pick.choice(&ids);
                if let Some(stone) = d.stone.chosen().and_then(|id| catalog.stone(id)) {
                    d.origin = origin_for(wanted.get_untracked(), d.origin, &stone.origins);
                }
            })
        })
    };

    // The origins the chosen stone can have; every origin while the stone is open.
    let offered = {
        let catalog = Arc::clone(&catalog);
        Memo::new(move |_| {
            design.with(
                |d| match d.stone.chosen().and_then(|id| catalog.stone(id)) {
                    Some(stone) if stone.kind == StoneKind::OwnStone => Vec::new(),
                    Some(stone) => stone.origins.clone(),
                    None => Origin::ALL.to_vec(),
                },
            )
        })
    };
    let origin_answers = Signal::derive(move || {
        offered.with(|origins| {
            origins
                .iter()
                .map(|&o| origin_answer(o))
                .collect::<Vec<_>>()
        })
    });
    let origin_chosen =
        Memo::new(move |_| design.with(|d| offered.with(|origins| Pick::of(&d.origin, origins))));
    let pick_origin = Callback::new(move |pick: Pick| {
        let origin = offered.with_untracked(|origins| pick.choice(origins));
        wanted.set(origin);
        design.update(|d| d.origin = origin)
    });
    let override_note = {
        let catalog = Arc::clone(&catalog);
        Signal::derive(move || {
            design.with(|d| {
                let stone = d.stone.chosen().and_then(|id| catalog.stone(id))?;
                let wanted = wanted.with(|w| overridden(*w, d.origin))?;
                Some(t_args(
                    "cfg-origin-overridden",
                    &[
                        ("wanted", origin_slug(wanted).into()),
                        ("stone", stone.name_msg().into()),
                    ],
                ))
            })
        })
    };

    view! {
        <OptionList
            class="stone-picker"
            legend=t("cfg-stone-legend")
            name="stone"
            answers=answers
            chosen=chosen
            on_pick=pick_stone
            advise=true
        />
        <Show
            when=move || !offered.with(Vec::is_empty)
            fallback=|| {
                view! {
                    <p class="step-hint">{t("cfg-stone-own-hint")}</p>
                }
            }
        >
            <OptionList
                class="origin-picker"
                legend=t("cfg-origin-legend")
                name="origin"
                answers=origin_answers
                chosen=origin_chosen
                on_pick=pick_origin
                advise=true
            >
                <p class="step-hint origin-note" role="status">{override_note}</p>
            </OptionList>
        </Show>
    }
}

/// The card of one origin: its name, what it means, and its mark.
fn origin_answer(origin: Origin) -> Answer {
    Answer {
        value: format!("{origin:?}").to_ascii_lowercase(),
        label: say(&origin.msg()),
        detail: Some(origin_detail(origin)),
        picture: Picture::icon(origin_mark(origin)),
    }
}

/// The origin after the visitor switches stone: the one they chose themselves if the new stone comes
/// that way, else the current one if it does, the only one if it comes one way, otherwise a question
/// for the jeweler.
fn origin_for(
    wanted: Choice<Origin>,
    current: Choice<Origin>,
    offered: &[Origin],
) -> Choice<Origin> {
    match (current, offered) {
        (_, []) => current,
        _ if possible(wanted, offered) => wanted,
        (Choice::Chosen(o), _) if offered.contains(&o) => current,
        (Choice::AdviseMe, _) => current,
        (_, [only]) => Choice::Chosen(*only),
        _ => Choice::AdviseMe,
    }
}

/// Hardness and availability, the two facts that change a visitor's mind.
fn detail(stone: &Stone) -> String {
    if stone.kind == StoneKind::OwnStone {
        return t("cfg-stone-own");
    }
    let [low, high] = stone.mohs;
    let mohs = |v: f32| Arg::Number {
        value: f64::from(v),
        min_frac: 0,
        max_frac: 1,
    };
    let hardness = if (high - low).abs() < f32::EPSILON {
        t_args("cfg-stone-hardness", &[("hardness", mohs(low))])
    } else {
        t_args(
            "cfg-stone-hardness-range",
            &[("low", mohs(low)), ("high", mohs(high))],
        )
    };
    match stone.origins.as_slice() {
        [Origin::LabGrown] => t_args("cfg-stone-lab-only", &[("hardness", hardness.into())]),
        [Origin::Natural] => t_args("cfg-stone-natural-only", &[("hardness", hardness.into())]),
        _ => hardness,
    }
}

/// Whether an origin answer can stand with a stone that comes in `offered` ways.
fn possible(origin: Choice<Origin>, offered: &[Origin]) -> bool {
    match origin {
        Choice::AdviseMe => true,
        Choice::Chosen(o) => offered.contains(&o),
    }
}

/// The origin the visitor chose when the chosen stone overrode it (then the page says so).
fn overridden(wanted: Choice<Origin>, current: Choice<Origin>) -> Option<Origin> {
    let (Choice::Chosen(want), Choice::Chosen(now)) = (wanted, current) else {
        return None;
    };
    (want != now).then_some(want)
}

/// The origin's name in the messages' selects.
fn origin_slug(origin: Origin) -> &'static str {
    match origin {
        Origin::Natural => "natural",
        Origin::LabGrown => "lab",
    }
}

fn origin_detail(origin: Origin) -> String {
    t(match origin {
        Origin::Natural => "cfg-origin-natural-detail",
        Origin::LabGrown => "cfg-origin-lab-detail",
    })
}

/// A mountain for mined stones, a flask for grown ones (SVG path data, 24 × 24).
fn origin_mark(origin: Origin) -> &'static str {
    match origin {
        Origin::Natural => "M2 20 L9 7 L13 13 L16 9 L22 20 Z",
        Origin::LabGrown => "M9 3 H15 M10 3 V9 L4 20 H20 L14 9 V3",
    }
}

/// The stone's body colour at `scale`, as CSS and SVG read it (`rgb(r g b)`): the swatch's facets,
/// and the stone in the commission page's sketch of a ring.
pub(crate) fn gem_rgb(body: [f32; 3], scale: f32) -> String {
    let [r, g, b] = body.map(|c| srgb8(c * scale));
    format!("rgb({r} {g} {b})")
}

/// A faceted-gem swatch in the stone's body colour: a conic fan of lighter and darker facets with a
/// highlight.
pub(crate) fn gem_css(body: [f32; 3]) -> String {
    let css = |scale: f32| gem_rgb(body, scale);
    format!(
        "background: radial-gradient(circle at 35% 30%, rgb(255 255 255 / 0.9) 0 7%, transparent 9%), \
         conic-gradient(from 22deg, {a}, {b}, {c}, {d}, {a}, {b}, {c}, {d}, {a})",
        a = css(1.0),
        b = css(0.55),
        c = css(0.85),
        d = css(0.4),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn switching_stone_keeps_a_possible_origin() {
        use Origin::*;
        let natural = Choice::Chosen(Natural);
        let lab = Choice::Chosen(LabGrown);
        assert_eq!(origin_for(natural, natural, &[LabGrown]), lab);
        assert_eq!(origin_for(natural, natural, &[Natural, LabGrown]), natural);
        assert_eq!(
            origin_for(Choice::AdviseMe, Choice::AdviseMe, &[LabGrown]),
            Choice::AdviseMe
        );
        assert_eq!(origin_for(lab, lab, &[]), lab);
    }

    #[test]
    fn the_visitors_own_origin_comes_back() {
        use Origin::*;
        let natural = Choice::Chosen(Natural);
        let lab = Choice::Chosen(LabGrown);
        // Natural sapphire, then moissanite (lab-grown only), then sapphire again: natural.
        assert_eq!(origin_for(natural, lab, &[Natural, LabGrown]), natural);
        // A stone that comes neither way the visitor chose keeps what it can.
        assert_eq!(origin_for(natural, lab, &[LabGrown]), lab);
        assert_eq!(origin_for(lab, natural, &[Natural]), natural);
    }

    #[test]
    fn an_overridden_origin_is_said() {
        use Origin::*;
        assert_eq!(
            overridden(Choice::Chosen(Natural), Choice::Chosen(LabGrown)),
            Some(Natural)
        );
        assert_eq!(
            overridden(Choice::Chosen(Natural), Choice::Chosen(Natural)),
            None
        );
        assert_eq!(overridden(Choice::AdviseMe, Choice::Chosen(LabGrown)), None);
    }
}
