//! The centre stone: gems in their own body colour, the visitor's own stone, and natural or lab-grown.

use super::{AdviseCard, OptionCard};
use crate::color::srgb8;
use atelier_core::catalog::{Catalog, Origin, Stone, StoneKind};
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
    let cards = catalog
        .stones
        .iter()
        .map(|stone| {
            let id = stone.id.clone();
            let checked = {
                let id = id.clone();
                Signal::derive(move || design.with(|d| d.stone.chosen() == Some(&id)))
            };
            let origins = stone.origins.clone();
            let pick = Callback::new(move |()| {
                design.update(|d| {
                    d.stone = Choice::Chosen(id.clone());
                    d.origin = origin_for(d.origin, &origins);
                })
            });
            let swatch = gem_css(stone.body_colour_linear);
            view! {
                <OptionCard
                    name="stone"
                    value=stone.id.as_str().to_owned()
                    label=stone.name.clone()
                    detail=detail(stone)
                    checked=checked
                    on_pick=pick
                >
                    <span class="swatch gem" style=swatch></span>
                </OptionCard>
            }
        })
        .collect_view();
    let advise_stone = Callback::new(move |()| design.update(|d| d.stone = Choice::AdviseMe));

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
    let origin_cards = move || {
        offered
            .get()
            .into_iter()
            .map(|origin| {
                let checked =
                    Signal::derive(move || design.with(|d| d.origin == Choice::Chosen(origin)));
                let pick =
                    Callback::new(move |()| design.update(|d| d.origin = Choice::Chosen(origin)));
                view! {
                    <OptionCard
                        name="origin"
                        value=format!("{origin:?}").to_lowercase()
                        label=origin.label()
                        detail=origin_detail(origin)
                        checked=checked
                        on_pick=pick
                    >
                        <svg class="icon" viewBox="0 0 24 24">
                            <path d=origin_mark(origin) />
                        </svg>
                    </OptionCard>
                }
            })
            .collect_view()
    };
    let origin_advised = Signal::derive(move || design.with(|d| d.origin.is_advise_me()));
    let advise_origin = Callback::new(move |()| design.update(|d| d.origin = Choice::AdviseMe));

    view! {
        <fieldset class="stone-picker">
            <legend>"Centre stone"</legend>
            <div class="options">
                {cards}
                <AdviseCard
                    name="stone"
                    checked=Signal::derive(move || design.with(|d| d.stone.is_advise_me()))
                    on_pick=advise_stone
                />
            </div>
        </fieldset>
        <Show
            when=move || !offered.with(Vec::is_empty)
            fallback=|| {
                view! {
                    <p class="step-hint">
                        "Your jeweler will look at your stone first: its size, condition and hardness decide how it can be set."
                    </p>
                }
            }
        >
            <fieldset class="origin-picker">
                <legend>"Natural or lab-grown?"</legend>
                <div class="options">
                    {origin_cards}
                    <AdviseCard name="origin" checked=origin_advised on_pick=advise_origin />
                </div>
            </fieldset>
        </Show>
    }
}

/// The origin to keep when the visitor switches stone: the current one if the new stone comes that
/// way, the only one if it comes one way, otherwise a question for the jeweler.
fn origin_for(current: Choice<Origin>, offered: &[Origin]) -> Choice<Origin> {
    match (current, offered) {
        (_, []) => current,
        (Choice::Chosen(o), _) if offered.contains(&o) => current,
        (Choice::AdviseMe, _) => current,
        (_, [only]) => Choice::Chosen(*only),
        _ => Choice::AdviseMe,
    }
}

/// Hardness and availability, the two facts that change a visitor's mind.
fn detail(stone: &Stone) -> String {
    if stone.kind == StoneKind::OwnStone {
        return "An heirloom or a stone you have".to_owned();
    }
    let [low, high] = stone.mohs;
    let hardness = if (high - low).abs() < f32::EPSILON {
        format!("Hardness {low}")
    } else {
        format!("Hardness {low}–{high}")
    };
    match stone.origins.as_slice() {
        [Origin::LabGrown] => format!("{hardness} · lab-grown only"),
        [Origin::Natural] => format!("{hardness} · natural only"),
        _ => hardness,
    }
}

fn origin_detail(origin: Origin) -> &'static str {
    match origin {
        Origin::Natural => "Mined from the earth",
        Origin::LabGrown => "Same stone, grown by people",
    }
}

/// A mountain for mined stones, a flask for grown ones (SVG path data, 24 × 24).
fn origin_mark(origin: Origin) -> &'static str {
    match origin {
        Origin::Natural => "M2 20 L9 7 L13 13 L16 9 L22 20 Z",
        Origin::LabGrown => "M9 3 H15 M10 3 V9 L4 20 H20 L14 9 V3",
    }
}

/// A faceted-gem swatch in the stone's body colour: a conic fan of lighter and darker facets with a
/// highlight.
pub(crate) fn gem_css(body: [f32; 3]) -> String {
    let css = |scale: f32| {
        let [r, g, b] = body.map(|c| srgb8(c * scale));
        format!("rgb({r} {g} {b})")
    };
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
        assert_eq!(
            origin_for(Choice::Chosen(Natural), &[LabGrown]),
            Choice::Chosen(LabGrown)
        );
        assert_eq!(
            origin_for(Choice::Chosen(Natural), &[Natural, LabGrown]),
            Choice::Chosen(Natural)
        );
        assert_eq!(origin_for(Choice::AdviseMe, &[LabGrown]), Choice::AdviseMe);
        assert_eq!(
            origin_for(Choice::Chosen(LabGrown), &[]),
            Choice::Chosen(LabGrown)
        );
    }
}
