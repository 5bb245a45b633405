//! A small drawn picture of a design where there is no live ring and the server keeps no picture
//! of it (a proposal or the agreed design on the commission page without WebGL2, a brief's agreed
//! design in the studio's inbox): the ring seen from the front, its band a circle in the metal's
//! colour and the centre stone on top in its cut's outline and colour, drawn with the
//! configurator's own swatch colours and cut silhouettes, and captioned as a sketch unless the
//! words stand beside it already.

use crate::components::cut_picker::silhouette;
use crate::components::metal_picker::metal_rgb;
use crate::components::stone_picker::gem_rgb;
use crate::i18n::{say, t_args, Arg, Msg};
use atelier_core::catalog::Catalog;
use atelier_core::design::{Choice, Design};
use leptos::prelude::*;
use std::sync::Arc;

/// The band's colour where the metal is left to the jeweler: a neutral grey.
const NO_METAL: &str = "rgb(160 160 160)";

/// A design drawn as a sketch, with its caption (the figure's accessible name), or without one
/// and hidden from screen readers where the design's words are said beside it.
#[component]
pub fn DesignSketch(
    /// The design to draw.
    design: Design,
    /// The catalog its ids refer to.
    #[prop(into)]
    catalog: Signal<Arc<Catalog>>,
    /// Only the picture: no caption, and nothing for a screen reader to read twice.
    #[prop(optional)]
    decorative: bool,
) -> impl IntoView {
    let drawing = Memo::new(move |_| catalog.with(|c| Drawing::of(&design, c)));
    let stone = move || {
        drawing.with(|d| {
            d.stone.clone().map(|(girdle, table, fill, edge)| {
                view! {
                    <g class="sketch-stone" transform="translate(0 -22) scale(0.42)">
                        <path d=girdle fill=fill stroke=edge stroke-width="2.5" />
                        <path d=table fill="rgb(255 255 255 / 0.45)" />
                    </g>
                }
            })
        })
    };
    view! {
        <figure class="design-sketch" aria-hidden=decorative.then_some("true")>
            <svg viewBox="-34 -34 68 72" aria-hidden="true" focusable="false">
                <circle
                    class="sketch-band"
                    cx="0"
                    cy="8"
                    r="26"
                    fill="none"
                    stroke=move || drawing.with(|d| d.band.clone())
                    stroke-width="6"
                />
                <circle
                    cx="0"
                    cy="8"
                    r="23"
                    fill="none"
                    stroke=move || drawing.with(|d| d.band_edge.clone())
                    stroke-width="0.8"
                />
                {stone}
            </svg>
            {(!decorative)
                .then(|| {
                    view! { <figcaption>{move || drawing.with(|d| d.caption.clone())}</figcaption> }
                })}
        </figure>
    }
}

/// What the sketch draws, worked out from the design.
#[derive(Clone, PartialEq)]
struct Drawing {
    /// The band's stroke colour.
    band: String,
    /// The darker line inside the band.
    band_edge: String,
    /// The stone's girdle and table paths, its fill and its outline colour, when it has one.
    stone: Option<(String, String, String, String)>,
    /// "Sketch: 18k white gold, 1.20 ct oval".
    caption: String,
}

impl Drawing {
    fn of(design: &Design, catalog: &Catalog) -> Self {
        let metal = design.metal.chosen().and_then(|id| catalog.metal(id));
        let (band, band_edge) = metal.map_or_else(
            || (NO_METAL.to_owned(), NO_METAL.to_owned()),
            |m| {
                (
                    metal_rgb(m.reflectance_linear, 0.8),
                    metal_rgb(m.reflectance_linear, 0.45),
                )
            },
        );
        let metal_words = match &design.metal {
            Choice::Chosen(id) => metal.map_or_else(|| id.to_string(), |m| say(&m.name_msg())),
            Choice::AdviseMe => say(&Msg::new("summary-metal-advise")),
        };
        let has_stone = design.has_centre_stone(catalog);
        let cut = design.cut.chosen().and_then(|id| catalog.cut(id));
        let body = design
            .stone
            .chosen()
            .and_then(|id| catalog.stone(id))
            .map_or([0.9, 0.9, 0.92], |s| s.body_colour_linear);
        let stone = cut.filter(|_| has_stone).map(|cut| {
            let (girdle, table) = silhouette(cut);
            (girdle, table, gem_rgb(body, 0.85), gem_rgb(body, 0.4))
        });
        let stone_words = cut.filter(|_| has_stone).map(|cut| {
            let name = cut.name_in_text_msg();
            say(&match design.carat.chosen() {
                Some(carat) => Msg::new("summary-stone-with-carat")
                    .arg("carat", Arg::fixed(carat.carats(), 2))
                    .arg("stone", name),
                None => name,
            })
        });
        let caption = match stone_words {
            Some(stone) => t_args(
                "com-sketch-caption",
                &[
                    ("metal", Arg::Text(metal_words)),
                    ("stone", Arg::Text(stone)),
                ],
            ),
            None => t_args(
                "com-sketch-caption-band",
                &[("metal", Arg::Text(metal_words))],
            ),
        };
        Self {
            band,
            band_edge,
            stone,
            caption,
        }
    }
}
