//! The picture beside an option card's name, as data: a swatch, a mark or a small SVG drawing. Every
//! picker describes its pictures with these few shapes and one view draws them all, so the pickers
//! share one compiled view instead of each carrying its own markup.

use atelier_core::decimal::fixed;
use leptos::prelude::*;

/// What an option card shows beside its name (decorative: the card hides it from screen readers).
#[derive(Clone)]
pub enum Picture {
    /// A `<span>`: a colour swatch (its CSS in `style`), a lettering sample or a mark (its words in
    /// `text`).
    Span {
        /// The span's classes, e.g. `swatch gem`.
        class: String,
        /// Its inline style, when it has one (a swatch's colours, which may follow other choices).
        style: Option<Signal<String>>,
        /// Its text, when it has any.
        text: Option<String>,
    },
    /// An `<svg>` of filled or stroked paths, drawn in order.
    Drawing {
        /// The drawing's class, which sets its size on the card.
        class: &'static str,
        /// Its `viewBox`.
        view_box: &'static str,
        /// Its paths: an optional class (the CSS gives fill and stroke) and the path data.
        paths: Vec<(Option<&'static str>, String)>,
    },
}

impl Picture {
    /// A swatch with fixed colours.
    pub fn swatch(class: &str, style: String) -> Picture {
        Picture::Span {
            class: class.to_owned(),
            style: Some(Signal::stored(style)),
            text: None,
        }
    }

    /// A line drawing in the `icon` style on a 24 × 24 grid.
    pub fn icon(d: &str) -> Picture {
        Picture::Drawing {
            class: "icon",
            view_box: "0 0 24 24",
            paths: vec![(None, d.to_owned())],
        }
    }

    /// The picture as elements.
    pub fn view(self) -> impl IntoView {
        match self {
            Picture::Span { class, style, text } => {
                view! { <span class=class style=style>{text}</span> }.into_any()
            }
            Picture::Drawing {
                class,
                view_box,
                paths,
            } => view! {
                <svg class=class viewBox=view_box>
                    {paths
                        .into_iter()
                        .map(|(class, d)| view! { <path class=class d=d /> })
                        .collect_view()}
                </svg>
            }
            .into_any(),
        }
    }
}

/// Appends a circle to SVG path data, as two half arcs (so circles share a `<path>` with other
/// shapes of the same class). Coordinates are kept to a tenth.
pub fn push_circle(d: &mut String, x: f64, y: f64, r: f64) {
    let radius = fixed(r, 1);
    let across = fixed(2.0 * r, 1);
    d.push_str(&format!(
        "M{} {}a{radius} {radius} 0 1 0 {across} 0a{radius} {radius} 0 1 0 -{across} 0Z",
        fixed(x - r, 1),
        fixed(y, 1),
    ));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_circle_is_two_half_arcs_around_its_centre() {
        let mut d = String::new();
        push_circle(&mut d, -17.0, 0.0, 5.5);
        assert_eq!(d, "M-22.5 0.0a5.5 5.5 0 1 0 11.0 0a5.5 5.5 0 1 0 -11.0 0Z");
        push_circle(&mut d, 8.13, 8.13, 2.0);
        assert!(
            d.ends_with("M6.1 8.1a2.0 2.0 0 1 0 4.0 0a2.0 2.0 0 1 0 -4.0 0Z"),
            "{d}"
        );
    }
}
