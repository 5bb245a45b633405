//! The postcard a visitor downloads: the ring's picture on a warm studio card, the design in words
//! under it and the shop's name at the top, drawn on a 2D canvas (system fonts only) as one PNG.

use super::wrap::wrap;
use thiserror::Error;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, HtmlImageElement};

/// The card's width in pixels; the ring's picture is this wide and square.
pub const WIDTH: u32 = 1200;
/// The card's least height: the picture and a band of text under it, taller where the design's
/// words need more lines.
pub const HEIGHT: u32 = 1500;
const MARGIN: f64 = 72.0;
const WORDS_FONT: &str = "44px ui-serif, Georgia, 'Times New Roman', serif";
const WORDS_LINE: f64 = 58.0;
/// From the picture's lower edge to the first line of words' baseline.
const WORDS_TOP: f64 = 86.0;
/// From the last line of words' baseline to the small print's.
const NOTE_GAP: f64 = 50.0;
/// From the small print's baseline to the card's lower edge.
const NOTE_BOTTOM: f64 = 48.0;
/// The design in words takes at most this many lines (an engraved ring with every choice made
/// takes six in German).
const MAX_LINES: usize = 8;
const NOTE_FONT: &str = "26px ui-sans-serif, system-ui, sans-serif";
const NOTE_LINE: f64 = 34.0;
/// The small print takes at most this many lines.
const NOTE_MAX_LINES: usize = 3;

/// Why the postcard could not be drawn (the plain picture is offered instead).
#[derive(Debug, Clone, PartialEq, Error)]
pub enum PostcardError {
    /// The page has no document to draw in.
    #[error("no document to draw the postcard in")]
    NoDocument,
    /// The browser refused a canvas, the picture or the export.
    #[error("the browser could not draw the postcard: {0}")]
    Canvas(String),
}

fn canvas_error(e: wasm_bindgen::JsValue) -> PostcardError {
    PostcardError::Canvas(e.as_string().unwrap_or_else(|| format!("{e:?}")))
}

/// Draws the postcard from a square ring picture (a PNG `data:` URL with a transparent
/// background), the design in words, the shop's name and the small print under it (all in the
/// visitor's language); returns it as a PNG `data:` URL.
pub async fn postcard(
    ring_png: &str,
    words: &str,
    shop: &str,
    note: &str,
) -> Result<String, PostcardError> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or(PostcardError::NoDocument)?;
    let image = HtmlImageElement::new().map_err(canvas_error)?;
    image.set_src(ring_png);
    JsFuture::from(image.decode()).await.map_err(canvas_error)?;

    let canvas: HtmlCanvasElement = document
        .create_element("canvas")
        .map_err(canvas_error)?
        .unchecked_into();
    let ctx: CanvasRenderingContext2d = canvas
        .get_context("2d")
        .map_err(canvas_error)?
        .ok_or_else(|| PostcardError::Canvas("no 2D context".to_owned()))?
        .unchecked_into();
    let w = f64::from(WIDTH);

    // The words are laid out first: the card grows to hold them above the small print.
    ctx.set_font(WORDS_FONT);
    // A number stays on the line of its unit: "6.5 mm", "1.00 ct".
    let words = words
        .replace(" mm", "\u{a0}mm")
        .replace(" ct ", "\u{a0}ct ");
    let lines = wrap(&words, MAX_LINES, w - 2.0 * MARGIN, |t| {
        ctx.measure_text(t).map_or(0.0, |m| m.width())
    });
    ctx.set_font(NOTE_FONT);
    let note_lines = wrap(note, NOTE_MAX_LINES, w - 2.0 * MARGIN, |t| {
        ctx.measure_text(t).map_or(0.0, |m| m.width())
    });
    let last_baseline = w + WORDS_TOP + WORDS_LINE * lines.len().saturating_sub(1) as f64;
    let note_height = NOTE_LINE * note_lines.len().saturating_sub(1) as f64;
    let h = (last_baseline + NOTE_GAP + note_height + NOTE_BOTTOM)
        .ceil()
        .max(f64::from(HEIGHT));
    // Sizing the canvas resets the context's state: everything is set again below.
    canvas.set_width(WIDTH);
    canvas.set_height(h as u32);

    // The studio sweep behind the ring, lighter where the ring stands.
    let sweep = ctx.create_radial_gradient(w / 2.0, w * 0.4, 40.0, w / 2.0, w * 0.45, w * 0.8);
    if let Ok(sweep) = sweep {
        let _ = sweep.add_color_stop(0.0, "#ffffff");
        let _ = sweep.add_color_stop(0.6, "#eeebe6");
        let _ = sweep.add_color_stop(1.0, "#dcd6cd");
        ctx.set_fill_style_canvas_gradient(&sweep);
    } else {
        ctx.set_fill_style_str("#eeebe6");
    }
    ctx.fill_rect(0.0, 0.0, w, w);
    ctx.draw_image_with_html_image_element_and_dw_and_dh(&image, 0.0, 0.0, w, w)
        .map_err(canvas_error)?;

    // The card under the picture, with a fine gold rule between them.
    ctx.set_fill_style_str("#fbfaf8");
    ctx.fill_rect(0.0, w, w, h - w);
    ctx.set_fill_style_str("#a07a2c");
    ctx.fill_rect(MARGIN, w, w - 2.0 * MARGIN, 3.0);

    // Right-to-left words start at the card's right margin, with their own base direction (set
    // through the property, as the canvas is never in the document to inherit `dir`).
    let rtl = crate::i18n::lang().is_rtl();
    let x = if rtl { w - MARGIN } else { MARGIN };
    if rtl {
        let _ = js_sys::Reflect::set(&ctx, &"direction".into(), &"rtl".into());
    }
    ctx.set_text_align("start");

    // The shop's name over the picture, as on a jeweler's card.
    if !shop.trim().is_empty() {
        ctx.set_fill_style_str("#3b362f");
        ctx.set_font("600 38px ui-serif, Georgia, 'Times New Roman', serif");
        ctx.set_text_baseline("alphabetic");
        ctx.fill_text(&shop.to_uppercase(), x, MARGIN + 20.0)
            .map_err(canvas_error)?;
    }

    ctx.set_fill_style_str("#1f1d1a");
    ctx.set_font(WORDS_FONT);
    let mut y = w + WORDS_TOP;
    for line in &lines {
        ctx.fill_text(line, x, y).map_err(canvas_error)?;
        y += WORDS_LINE;
    }
    ctx.set_fill_style_str("#5f5a52");
    ctx.set_font(NOTE_FONT);
    let mut y = h - NOTE_BOTTOM - note_height;
    for line in &note_lines {
        ctx.fill_text(line, x, y).map_err(canvas_error)?;
        y += NOTE_LINE;
    }
    canvas.to_data_url().map_err(canvas_error)
}
