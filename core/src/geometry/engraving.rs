//! Engraving: the visitor's text as lettering on the inside of the band.
//!
//! Letters come from a small stroke font drawn here for exactly the characters the engraver cuts
//! (ASCII letters and digits, the space, a little punctuation, a heart, infinity and the Latin
//! accents), so no font file is shipped or downloaded. Each stroke is a polyline in font units
//! (cap height 10, x-height 7, descenders to −3); a style varies it the way an engraver's typefaces
//! differ: block sans is plain and bold, the roman serif adds foot and head serifs, the script
//! slants and thins.
//!
//! The strokes are laid out around the inside of the band, centred opposite the stone (where an
//! engraving is read), and turned into flat ribbons with round joints that follow the band's inner
//! surface a hair's breadth towards the finger. Seen from inside the ring, the letters read left to
//! right with their tops towards the back edge of the band.

use super::{BandParams, Mesh};
use std::cell::RefCell;
use std::f64::consts::TAU;

/// Cap height of the lettering at most, in millimetres: what engravers cut inside a ring.
pub const MAX_LETTER_HEIGHT_MM: f64 = 1.0;
/// The share of the inner circumference the engraving may take, centred opposite the stone; the
/// rest stays clear under the setting. (Core's design check warns on the same share.)
pub const ENGRAVABLE_SHARE: f64 = 0.6;
/// How far the lettering floats off the inner surface towards the finger: far less than a visitor can
/// see, enough to stay in front of the band's facets in the depth buffer.
pub const LIFT_MM: f64 = 0.02;
/// The share of the band's width the lettering (with accents and descenders) may cover.
const WIDTH_SHARE: f64 = 0.8;

/// Font units: the top of a capital.
const CAP: f64 = 10.0;
/// The lowest and highest a glyph (with its marks) reaches, in font units.
const LOWEST: f64 = -3.0;
const HIGHEST: f64 = 12.6;
/// Space between two glyph boxes, in font units.
const GAP: f64 = 2.6;
/// The advance of a space (plus one gap), in font units.
const SPACE: f64 = 3.0;
/// Longest straight piece of a stroke, in font units (0.1 mm at full height).
const MAX_PIECE: f64 = 1.0;

/// How the lettering is drawn: the three kinds of typeface an engraver offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LetterStyle {
    /// Upright, even, bold strokes.
    Sans,
    /// Upright strokes with serifs at their feet and heads.
    Serif,
    /// Slanted, fine strokes.
    Script,
}

impl LetterStyle {
    /// The style that draws a catalog font, from its id or name: "script" and "italic" slant,
    /// "serif" and "roman" get serifs (but "sans-serif" does not), anything else is block sans.
    pub fn for_font(id_or_name: &str) -> Self {
        let lower = id_or_name.to_ascii_lowercase();
        if lower.contains("script") || lower.contains("italic") || lower.contains("cursive") {
            LetterStyle::Script
        } else if (lower.contains("serif") && !lower.contains("sans")) || lower.contains("roman") {
            LetterStyle::Serif
        } else {
            LetterStyle::Sans
        }
    }

    /// Stroke width in font units.
    fn weight(self) -> f64 {
        match self {
            LetterStyle::Sans => 1.6,
            LetterStyle::Serif => 1.25,
            LetterStyle::Script => 1.05,
        }
    }

    /// How far x leans per unit of height.
    fn slant(self) -> f64 {
        match self {
            LetterStyle::Script => 0.3,
            _ => 0.0,
        }
    }
}

/// Lettering laid out inside a band.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Engraved {
    /// The letters as flat ribbons on the inner surface; normals point towards the finger.
    pub mesh: Mesh,
    /// Cap height in millimetres: at most [`MAX_LETTER_HEIGHT_MM`], smaller when the band is narrow
    /// or the text long.
    pub letter_height_mm: f64,
    /// The text's length along the inside of the band, in millimetres.
    pub length_mm: f64,
}

/// A glyph: its advance width in font units and its strokes.
struct Glyph {
    width: f64,
    strokes: Vec<Vec<[f64; 2]>>,
}

/// Whether the stroke font has `c` (a space counts).
pub fn has_glyph(c: char) -> bool {
    c == ' ' || outline(c).is_some() || accented(c).is_some()
}

/// The lettering for `text` inside the band `band`. Characters without a glyph are left out: the
/// preview shows only what can be cut, and the design check names what cannot. Empty or blank text
/// gives an empty mesh.
pub fn engraving(text: &str, style: LetterStyle, band: &BandParams) -> Engraved {
    let glyphs: Vec<Option<Glyph>> = text
        .chars()
        .filter(|&c| has_glyph(c))
        .map(|c| (c != ' ').then(|| glyph(c)))
        .collect();
    let units: f64 = glyphs
        .iter()
        .map(|g| g.as_ref().map_or(SPACE, |g| g.width + GAP))
        .sum::<f64>()
        - GAP;
    let usable = band.inner_diameter_mm.is_finite() && band.inner_diameter_mm > 0.0;
    if glyphs.iter().all(Option::is_none) || !usable {
        return Engraved::default();
    }
    let half_weight = style.weight() / 2.0;
    let slant_reach = style.slant() * (HIGHEST - LOWEST);
    let arc = ENGRAVABLE_SHARE * std::f64::consts::PI * band.inner_diameter_mm;
    // Millimetres per font unit: the tallest that fits the band's width, the text the arc.
    let scale = (MAX_LETTER_HEIGHT_MM / CAP)
        .min(WIDTH_SHARE * band.width_mm / (HIGHEST - LOWEST + 2.0 * half_weight))
        .min(arc / (units + slant_reach + 2.0 * half_weight));
    let mut mesh = Mesh::default();
    let surface = Surface {
        band: *band,
        scale,
        start: -(units + slant_reach) / 2.0,
        middle: (HIGHEST + LOWEST) / 2.0,
    };
    let mut pen = 0.0;
    for glyph in &glyphs {
        let Some(glyph) = glyph else {
            pen += SPACE;
            continue;
        };
        for stroke in styled(glyph, style) {
            let placed: Vec<[f64; 2]> = stroke
                .iter()
                .map(|&[x, y]| [pen + x + style.slant() * (y - LOWEST), y])
                .collect();
            ribbon(&placed, half_weight, &surface, &mut mesh);
        }
        pen += glyph.width + GAP;
    }
    Engraved {
        mesh,
        letter_height_mm: CAP * scale,
        length_mm: (units + slant_reach) * scale,
    }
}

std::thread_local! {
    /// The last lettering built: changing the stone or the metal rebuilds the ring, not its text.
    static LAST: RefCell<Option<(String, LetterStyle, BandParams, Engraved)>> = const { RefCell::new(None) };
}

/// The same as [`engraving`], remembered for the last text, style and band.
pub fn cached_engraving(text: &str, style: LetterStyle, band: &BandParams) -> Engraved {
    LAST.with(|last| {
        let mut last = last.borrow_mut();
        if let Some((t, s, b, built)) = last.as_ref() {
            if t == text && *s == style && b == band {
                return built.clone();
            }
        }
        let built = engraving(text, style, band);
        *last = Some((text.to_owned(), style, *band, built.clone()));
        built
    })
}

/// The point on the inner surface where the engraving is centred: the bottom of the band, opposite
/// the stone. A camera looking inside the ring aims here.
pub fn engraving_centre(band: &BandParams) -> [f64; 3] {
    [0.0, -(band.inner_diameter_mm / 2.0 - LIFT_MM), 0.0]
}

/// Maps font units (after layout) onto the band's inner surface.
struct Surface {
    band: BandParams,
    /// Millimetres per font unit.
    scale: f64,
    /// Font-unit x of the text's left end, so that the text is centred.
    start: f64,
    /// Font-unit y that lands on the band's middle line.
    middle: f64,
}

impl Surface {
    /// The point and the normal (towards the finger) for a point in font units.
    fn place(&self, [x, y]: [f64; 2]) -> ([f32; 3], [f32; 3]) {
        let u = (x + self.start) * self.scale;
        // Tops of letters towards −Z: seen from the front, looking down into the ring, they read
        // upright.
        let z = -(y - self.middle) * self.scale;
        let (radius, slope) = self.band.inner_surface_at(z);
        let theta = u / (self.band.inner_diameter_mm / 2.0);
        let (sin, cos) = theta.sin_cos();
        let r = radius - LIFT_MM;
        let position = [r * sin, -r * cos, z];
        let n = [-sin, cos, slope];
        let len = (n[0] * n[0] + n[1] * n[1] + n[2] * n[2]).sqrt();
        (position.map(|v| v as f32), n.map(|v| (v / len) as f32))
    }
}

/// Adds a stroke as a ribbon `half` font units either side of its polyline, with a round disc at
/// every point so joints and ends are round. Triangles wind counter-clockwise in font units, which
/// faces them towards the finger.
fn ribbon(points: &[[f64; 2]], half: f64, surface: &Surface, mesh: &mut Mesh) {
    const DISC: usize = 8;
    let mut push = |p: [f64; 2]| {
        let (position, normal) = surface.place(p);
        mesh.positions.push(position);
        mesh.normals.push(normal);
        mesh.positions.len() as u32 - 1
    };
    let mut indices = Vec::new();
    for pair in points.windows(2) {
        let ([ax, ay], [bx, by]) = (pair[0], pair[1]);
        let (dx, dy) = (bx - ax, by - ay);
        let len = dx.hypot(dy);
        if len < 1e-9 {
            continue;
        }
        let (nx, ny) = (-dy / len * half, dx / len * half);
        // Short pieces, so the ribbon follows a comfort-fit inside, which bulges towards the
        // finger: a long straight piece across the band would dip into the metal.
        let pieces = (len / MAX_PIECE).ceil().max(1.0) as usize;
        let mut previous = None;
        for k in 0..=pieces {
            let t = k as f64 / pieces as f64;
            let (px, py) = (ax + dx * t, ay + dy * t);
            let right = push([px - nx, py - ny]);
            let left = push([px + nx, py + ny]);
            if let Some((r0, l0)) = previous {
                indices.extend_from_slice(&[r0, right, left, r0, left, l0]);
            }
            previous = Some((right, left));
        }
    }
    for &[cx, cy] in points {
        let centre = push([cx, cy]);
        let first = centre + 1;
        for k in 0..DISC {
            let angle = TAU * k as f64 / DISC as f64;
            push([cx + half * angle.cos(), cy + half * angle.sin()]);
        }
        for k in 0..DISC as u32 {
            indices.extend_from_slice(&[centre, first + k, first + (k + 1) % DISC as u32]);
        }
    }
    mesh.indices.extend(indices);
}

/// A glyph's strokes in the given style: serifs added where strokes stand on a guide line.
fn styled(glyph: &Glyph, style: LetterStyle) -> Vec<Vec<[f64; 2]>> {
    let mut strokes = glyph.strokes.clone();
    if style == LetterStyle::Serif {
        let mut serifs = Vec::new();
        for stroke in &glyph.strokes {
            let (Some(&first), Some(&last)) = (stroke.first(), stroke.last()) else {
                continue;
            };
            if stroke.len() < 2 || first == last {
                continue;
            }
            for (end, next) in [(first, stroke[1]), (last, stroke[stroke.len() - 2])] {
                // A serif sits across a straight, steep stroke that ends on the baseline, the
                // x-height, the cap height or the descender line.
                let on_guide = [0.0, 7.0, CAP, LOWEST]
                    .iter()
                    .any(|g| (end[1] - g).abs() < 0.05);
                let steep = (next[1] - end[1]).abs() > 1.5 * (next[0] - end[0]).abs();
                if on_guide && steep {
                    serifs.push(vec![[end[0] - 1.3, end[1]], [end[0] + 1.3, end[1]]]);
                }
            }
        }
        strokes.extend(serifs);
    }
    strokes
}

/// The glyph for `c` (one [`has_glyph`] accepts); an empty box for a character the font lacks.
fn glyph(c: char) -> Glyph {
    if let Some((width, outline)) = outline(c) {
        return Glyph {
            width,
            strokes: parse(outline),
        };
    }
    if let Some((base, mark)) = accented(c) {
        let mut glyph = if base == 'i' {
            // Dotless: the accent takes the dot's place.
            Glyph {
                width: 0.0,
                strokes: parse("0,0 0,7"),
            }
        } else {
            glyph(base)
        };
        let top = if base.is_ascii_uppercase() { CAP } else { 7.0 };
        glyph.strokes.extend(mark_strokes(mark, glyph.width, top));
        return glyph;
    }
    Glyph {
        width: 5.0,
        strokes: parse("0,0 5,0 5,10 0,10 0,0"),
    }
}

/// An accent's strokes over (or under, for the cedilla) a glyph `width` wide whose top is at `top`.
fn mark_strokes(mark: char, width: f64, top: f64) -> Vec<Vec<[f64; 2]>> {
    let c = width / 2.0;
    let t = top + 1.0;
    let p = |x: f64, y: f64| [c + x, t + y];
    match mark {
        'g' => vec![vec![p(-0.9, 1.6), p(0.5, 0.2)]],
        'a' => vec![vec![p(-0.5, 0.2), p(0.9, 1.6)]],
        'c' => vec![vec![p(-1.3, 0.2), p(0.0, 1.5), p(1.3, 0.2)]],
        'd' => vec![
            vec![p(-1.1, 0.6), p(-1.1, 0.9)],
            vec![p(1.1, 0.6), p(1.1, 0.9)],
        ],
        't' => vec![vec![p(-1.5, 0.4), p(-0.6, 1.2), p(0.6, 0.4), p(1.5, 1.2)]],
        'r' => vec![(0..=12)
            .map(|k| {
                let a = TAU * f64::from(k) / 12.0;
                p(0.75 * a.cos(), 0.8 + 0.7 * a.sin())
            })
            .collect()],
        'e' => vec![vec![
            [c, 0.0],
            [c + 0.2, -1.0],
            [c + 1.0, -1.5],
            [c + 0.4, -2.3],
            [c - 0.6, -2.3],
        ]],
        // The stroke of Ø and ø, across the whole bowl.
        's' => vec![vec![[-0.6, -0.6], [width + 0.6, top + 0.6]]],
        _ => Vec::new(),
    }
}

/// Accented letters as (base letter, mark): g grave, a acute, c circumflex, d diaeresis, r ring,
/// t tilde, e cedilla, s stroke.
fn accented(c: char) -> Option<(char, char)> {
    const TABLE: &str = "ÀAgÁAaÂAcÄAdÅArÇCeÈEgÉEaÊEcËEdÌIgÍIaÎIcÏIdÑNtÒOgÓOaÔOcÖOdØOsÙUgÚUaÛUcÜUdÝYa\
                         àagáaaâacäadåarçceèegéeaêecëedìigíiaîicïidñntòogóoaôocöodøosùugúuaûucüudýyaÿyd";
    let chars: Vec<char> = TABLE.chars().collect();
    chars
        .chunks_exact(3)
        .find(|t| t[0] == c)
        .map(|t| (t[1], t[2]))
}

/// The stroke font: (advance width, strokes) in font units. Strokes are separated by `;`; a stroke
/// is a run of `x,y` points and `(cx,cy,rx,ry,from,to)` elliptic arcs (degrees, sampled every 15°).
fn outline(c: char) -> Option<(f64, &'static str)> {
    let g = match c {
        'A' => (6.4, "0,0 3.2,10 6.4,0;1.2,3.6 5.2,3.6"),
        'B' => (
            6.0,
            "0,0 0,10 3.3,10 (3.3,7.5,2.5,2.5,90,-90) 0,5;3.3,5 (3.5,2.5,2.5,2.5,90,-90) 0,0",
        ),
        'C' => (6.6, "(3.6,5,3.6,5,45,315)"),
        'D' => (6.6, "0,0 0,10 2,10 (2,5,4.6,5,90,-90) 0,0"),
        'E' => (5.4, "5.4,10 0,10 0,0 5.4,0;0,5 4.4,5"),
        'F' => (5.2, "5.2,10 0,10 0,0;0,5 4.2,5"),
        'G' => (7.0, "(3.6,5,3.6,5,45,360) 4.2,5"),
        'H' => (6.0, "0,0 0,10;6,0 6,10;0,5 6,5"),
        'I' => (0.0, "0,0 0,10"),
        'J' => (4.2, "4.2,10 4.2,3 (2.1,3,2.1,3,0,-180)"),
        'K' => (5.8, "0,0 0,10;5.8,10 0,3.4;1.9,5.2 5.8,0"),
        'L' => (5.0, "0,10 0,0 5,0"),
        'M' => (7.6, "0,0 0,10 3.8,2 7.6,10 7.6,0"),
        'N' => (6.2, "0,0 0,10 6.2,0 6.2,10"),
        'O' => (7.2, "(3.6,5,3.6,5,0,360)"),
        'P' => (6.0, "0,0 0,10 3.3,10 (3.3,7.3,2.7,2.7,90,-90) 0,4.6"),
        'Q' => (7.2, "(3.6,5,3.6,5,0,360);4.2,2.6 7.4,-0.6"),
        'R' => (
            6.2,
            "0,0 0,10 3.3,10 (3.3,7.3,2.7,2.7,90,-90) 0,4.6;3.2,4.6 6.2,0",
        ),
        'S' => (6.0, "(3,7.5,3,2.5,25,270) (3,2.5,3,2.5,90,-155)"),
        'T' => (6.4, "0,10 6.4,10;3.2,10 3.2,0"),
        'U' => (6.2, "0,10 0,3.1 (3.1,3.1,3.1,3.1,180,360) 6.2,10"),
        'V' => (6.4, "0,10 3.2,0 6.4,10"),
        'W' => (8.6, "0,10 2.15,0 4.3,7.4 6.45,0 8.6,10"),
        'X' => (6.2, "0,10 6.2,0;0,0 6.2,10"),
        'Y' => (6.4, "0,10 3.2,5 6.4,10;3.2,5 3.2,0"),
        'Z' => (6.0, "0,10 6,10 0,0 6,0"),
        'a' => (5.4, "(2.7,3.5,2.7,3.5,0,360);5.4,7 5.4,0"),
        'b' => (5.4, "0,10 0,0;(2.7,3.5,2.7,3.5,0,360)"),
        'c' => (5.0, "(2.8,3.5,2.8,3.5,45,315)"),
        'd' => (5.4, "5.4,10 5.4,0;(2.7,3.5,2.7,3.5,0,360)"),
        'e' => (5.4, "0.1,3.5 5.4,3.5 (2.7,3.5,2.7,3.5,0,315)"),
        'f' => (4.0, "(3,8.5,1.5,1.5,30,180) 1.5,0;0,7 3.6,7"),
        'g' => (
            5.4,
            "(2.7,3.5,2.7,3.5,0,360);5.4,7 5.4,-0.4 (2.7,-0.4,2.7,2.6,0,-160)",
        ),
        'h' => (5.4, "0,10 0,0;0,4.4 (2.7,4.4,2.7,2.6,180,0) 5.4,0"),
        'i' => (0.0, "0,0 0,7;0,9.2 0,9.7"),
        'j' => (2.0, "2,7 2,-1.4 (0.6,-1.4,1.4,1.6,0,-160);2,9.2 2,9.7"),
        'k' => (5.0, "0,10 0,0;4.6,7 0,2.4;1.7,3.9 5,0"),
        'l' => (0.0, "0,10 0,0"),
        'm' => (
            8.2,
            "0,0 0,7;0,4.8 (2.05,4.8,2.05,2.2,180,0) 4.1,0;4.1,4.8 (6.15,4.8,2.05,2.2,180,0) 8.2,0",
        ),
        'n' => (5.4, "0,0 0,7;0,4.4 (2.7,4.4,2.7,2.6,180,0) 5.4,0"),
        'o' => (5.6, "(2.8,3.5,2.8,3.5,0,360)"),
        'p' => (5.4, "0,7 0,-3;(2.7,3.5,2.7,3.5,0,360)"),
        'q' => (5.4, "5.4,7 5.4,-3;(2.7,3.5,2.7,3.5,0,360)"),
        'r' => (4.0, "0,0 0,7;0,4.2 (2.6,4.4,2.6,2.6,180,50)"),
        's' => (
            4.8,
            "(2.4,5.25,2.2,1.75,20,270) (2.4,1.75,2.4,1.75,90,-155)",
        ),
        't' => (4.0, "1.5,9.4 1.5,1.6 (3,1.6,1.5,1.6,180,300);0,7 3.8,7"),
        'u' => (5.4, "0,7 0,2.6 (2.7,2.6,2.7,2.6,180,360);5.4,7 5.4,0"),
        'v' => (5.4, "0,7 2.7,0 5.4,7"),
        'w' => (7.6, "0,7 1.9,0 3.8,5.2 5.7,0 7.6,7"),
        'x' => (5.0, "0,7 5,0;0,0 5,7"),
        'y' => (5.4, "0,7 2.9,0.4;5.4,7 1.4,-3"),
        'z' => (5.0, "0,7 5,7 0,0 5,0"),
        'ß' => (
            5.2,
            "0,0 0,7.8 (2.3,7.8,2.3,2.2,180,-60) 2.2,5.4 (2.4,2.7,2.7,2.7,90,-140)",
        ),
        '0' => (6.0, "(3,5,3,5,0,360)"),
        '1' => (3.2, "0.4,7.8 3.2,10 3.2,0"),
        '2' => (6.0, "(3,7,3,3,160,-30) 0,0 6,0"),
        '3' => (6.0, "(3,7.6,2.7,2.4,150,-90) (3,2.7,3,2.7,90,-150)"),
        '4' => (6.2, "4.6,0 4.6,10 0,3 6.2,3"),
        '5' => (6.0, "5.6,10 1,10 0.6,5.4 (3,3.2,3,3.2,135,-150)"),
        '6' => (6.0, "(3,3,3,3,0,360);0.05,3.4 (5.6,3.4,5.6,6.6,180,100)"),
        '7' => (6.0, "0,10 6,10 2,0"),
        '8' => (6.0, "(3,7.6,2.6,2.4,0,360);(3,2.6,3,2.6,0,360)"),
        '9' => (6.0, "(3,7,3,3,0,360);5.95,6.6 (0.4,6.6,5.6,6.6,0,-80)"),
        '.' => (0.0, "0,0 0,0.3"),
        ',' => (0.6, "0.6,0.4 0.6,0 -0.2,-1.8"),
        '\'' => (0.0, "0,10 0,7.8"),
        '&' => (
            6.4,
            "6.4,0 1.6,6.9 (2.7,8.3,1.4,1.7,220,-40) 0.6,3.2 (2.7,2.3,2.3,2.3,155,360) 6.2,4.2",
        ),
        '-' => (3.6, "0,4 3.6,4"),
        '+' => (5.4, "0,4 5.4,4;2.7,1.3 2.7,6.7"),
        '!' => (0.0, "0,10 0,3;0,0 0,0.3"),
        '?' => (5.0, "(2.5,7.5,2.5,2.5,160,-60) 2.5,4.6 2.5,3;2.5,0 2.5,0.3"),
        ':' => (0.0, "0,6.4 0,6.7;0,0 0,0.3"),
        '/' => (5.0, "0,-1 5,11"),
        '(' => (2.2, "(3.4,4,3.2,6.6,120,240)"),
        ')' => (2.2, "(-1.2,4,3.2,6.6,60,-60)"),
        '♥' => (
            6.4,
            "3.2,0 0.35,6.3 (1.6,7.3,1.6,1.6,220,0) (4.8,7.3,1.6,1.6,180,-40) 3.2,0",
        ),
        '∞' => (7.6, "(1.9,4,1.9,1.7,0,360);(5.7,4,1.9,1.7,180,540)"),
        _ => return None,
    };
    Some(g)
}

/// A number of the stroke notation: a plain decimal, perhaps negative.
fn signed_decimal(text: &str) -> Option<f64> {
    match text.strip_prefix('-') {
        Some(magnitude) => crate::decimal::parse(magnitude).map(|v| -v),
        None => crate::decimal::parse(text),
    }
}

/// Reads the stroke notation of [`outline`]. The table is ours, so a malformed entry is a bug that
/// the tests catch (`every_glyph_parses`); here it is simply skipped.
fn parse(outline: &str) -> Vec<Vec<[f64; 2]>> {
    outline
        .split(';')
        .map(|stroke| {
            let mut points = Vec::new();
            for token in stroke.split_whitespace() {
                let numbers: Vec<f64> = token
                    .trim_matches(|c| c == '(' || c == ')')
                    .split(',')
                    .filter_map(signed_decimal)
                    .collect();
                match numbers[..] {
                    [x, y] => points.push([x, y]),
                    [cx, cy, rx, ry, from, to] => {
                        let steps = ((to - from).abs() / 15.0).ceil().max(2.0) as usize;
                        points.extend((0..=steps).map(|k| {
                            let a = (from + (to - from) * k as f64 / steps as f64).to_radians();
                            [cx + rx * a.cos(), cy + ry * a.sin()]
                        }));
                    }
                    _ => {}
                }
            }
            points
        })
        .filter(|points| !points.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::{BandProfile, Catalog};

    fn band(profile: BandProfile, width: f64) -> BandParams {
        BandParams {
            profile,
            inner_diameter_mm: 16.5,
            width_mm: width,
            thickness_mm: 1.6,
            segments: 128,
        }
    }

    #[test]
    fn every_glyph_parses() {
        for c in (' '..='\u{2700}').filter(|&c| outline(c).is_some()) {
            let (_, text) = outline(c).expect("listed");
            let strokes = parse(text);
            let tokens = text.split([';', ' ']).filter(|t| !t.is_empty()).count();
            let points: usize = strokes.iter().map(Vec::len).sum();
            assert!(
                points >= tokens,
                "{c}: {points} points from {tokens} tokens"
            );
            assert_eq!(strokes.len(), text.split(';').count(), "{c}");
        }
    }

    #[test]
    fn every_number_of_the_glyph_table_reads_as_std_reads_it() {
        let mut numbers = 0;
        for c in (' '..='\u{2700}').filter(|&c| outline(c).is_some()) {
            let (_, text) = outline(c).expect("listed");
            for n in text
                .split([';', ' ', ',', '(', ')'])
                .filter(|n| !n.is_empty())
            {
                assert_eq!(
                    signed_decimal(n),
                    Some(n.parse::<f64>().unwrap()),
                    "{c}: {n}"
                );
                numbers += 1;
            }
        }
        assert!(numbers > 500, "{numbers}");
    }

    #[test]
    fn every_character_the_engraver_cuts_has_a_glyph() {
        let rules = Catalog::builtin().engraving;
        let allowed = ('0'..='9')
            .chain('a'..='z')
            .chain('A'..='Z')
            .chain([' '])
            .chain(rules.extra_characters.chars());
        for c in allowed {
            assert!(rules.allows(c));
            assert!(has_glyph(c), "no glyph for {c:?}");
            if c != ' ' {
                let g = glyph(c);
                assert!(!g.strokes.is_empty(), "{c:?} draws nothing");
                // Every glyph stays between the descender line and the accents' top.
                for p in g.strokes.iter().flatten() {
                    assert!(
                        (LOWEST - 0.1..=HIGHEST).contains(&p[1]),
                        "{c:?} reaches {p:?}"
                    );
                    assert!(p[0] >= -1.5 && p[0] <= g.width + 1.5, "{c:?} at {p:?}");
                }
            }
        }
        assert!(!has_glyph('#'));
        assert!(!has_glyph('·'));
    }

    #[test]
    fn characters_the_font_lacks_are_left_out_of_the_lettering() {
        let b = band(BandProfile::Court, 2.5);
        for style in [LetterStyle::Sans, LetterStyle::Serif, LetterStyle::Script] {
            assert_eq!(
                engraving("A & J · 2026", style, &b),
                engraving("A & J  2026", style, &b),
                "{style:?}"
            );
            assert_eq!(engraving("#·★", style, &b), Engraved::default());
        }
    }

    #[test]
    fn lettering_lies_on_the_inner_surface_within_the_band() {
        for profile in BandProfile::ALL {
            for width in [1.5, 2.0, 4.0] {
                let band = band(profile, width);
                for style in [LetterStyle::Sans, LetterStyle::Serif, LetterStyle::Script] {
                    let e = engraving("Always ♥ Ådèle 1984", style, &band);
                    assert!(e.mesh.triangle_count() > 100);
                    for (p, n) in e.mesh.positions.iter().zip(&e.mesh.normals) {
                        let [x, y, z] = p.map(f64::from);
                        let (surface, _) = band.inner_surface_at(z);
                        let r = x.hypot(y);
                        assert!(
                            (r - (surface - LIFT_MM)).abs() < 1e-4,
                            "{profile:?} {style:?}: r {r} vs surface {surface}"
                        );
                        assert!(
                            z.abs() <= WIDTH_SHARE * width / 2.0 + 1e-6,
                            "{profile:?} {style:?} {width}: z {z}"
                        );
                        // The normal points towards the finger axis.
                        let inward = -(f64::from(n[0]) * x + f64::from(n[1]) * y) / r;
                        assert!(inward > 0.5, "{profile:?}: {n:?}");
                        // Opposite the stone: the lower part of the band.
                        assert!(y < 0.0);
                    }
                    assert!(e.mesh.normals_agree_with_faces(), "{profile:?} {style:?}");
                    // No triangle dips into the metal: between its corners the lettering still
                    // floats in front of the (comfort-fit, bulging) inside.
                    for t in e.mesh.indices.chunks_exact(3) {
                        let c: [f64; 3] = std::array::from_fn(|k| {
                            t.iter()
                                .map(|&i| f64::from(e.mesh.positions[i as usize][k]))
                                .sum::<f64>()
                                / 3.0
                        });
                        let (surface, _) = band.inner_surface_at(c[2]);
                        assert!(
                            c[0].hypot(c[1]) < surface - LIFT_MM / 4.0,
                            "{profile:?} {style:?} {width}: a triangle at {c:?} is in the metal"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn short_text_is_cut_at_full_height_long_text_shrinks_to_fit_the_arc() {
        let wide = band(BandProfile::Flat, 3.0);
        let short = engraving("Always", LetterStyle::Sans, &wide);
        assert!((short.letter_height_mm - MAX_LETTER_HEIGHT_MM).abs() < 1e-9);
        let arc = ENGRAVABLE_SHARE * std::f64::consts::PI * wide.inner_diameter_mm;
        let long = engraving(&"W".repeat(30), LetterStyle::Serif, &wide);
        assert!(long.letter_height_mm < MAX_LETTER_HEIGHT_MM);
        assert!(long.length_mm <= arc + 1e-9, "{} > {arc}", long.length_mm);
        // Measured on the mesh: the text spans no more than the engravable share of the circle.
        let span = |e: &Engraved| {
            let angles = e
                .mesh
                .positions
                .iter()
                .map(|p| f64::from(p[0]).atan2(-f64::from(p[1])));
            let (lo, hi) = angles.fold((f64::MAX, f64::MIN), |(lo, hi), a| (lo.min(a), hi.max(a)));
            hi - lo
        };
        assert!(
            span(&long) <= ENGRAVABLE_SHARE * TAU + 0.05,
            "{}",
            span(&long)
        );
        // Centred opposite the stone.
        let (min, max) = short.mesh.bounds();
        assert!((f64::from(min[0] + max[0])).abs() < 0.3, "{min:?} {max:?}");
        // A narrow band takes smaller letters.
        let narrow = engraving("Always", LetterStyle::Sans, &band(BandProfile::Flat, 1.2));
        assert!(narrow.letter_height_mm < 0.7);
    }

    #[test]
    fn styles_differ_and_blank_text_draws_nothing() {
        let b = band(BandProfile::Court, 2.0);
        let sans = engraving("Tim", LetterStyle::Sans, &b);
        let serif = engraving("Tim", LetterStyle::Serif, &b);
        let script = engraving("Tim", LetterStyle::Script, &b);
        assert!(
            serif.mesh.positions.len() > sans.mesh.positions.len(),
            "serifs add strokes"
        );
        assert!(script.length_mm > sans.length_mm - 0.5 && script.mesh != sans.mesh);
        assert_eq!(
            engraving("   ", LetterStyle::Sans, &b)
                .mesh
                .triangle_count(),
            0
        );
        assert_eq!(engraving("", LetterStyle::Sans, &b), Engraved::default());
        assert_eq!(cached_engraving("Tim", LetterStyle::Serif, &b), serif);
    }

    #[test]
    fn fonts_map_to_styles() {
        assert_eq!(LetterStyle::for_font("script"), LetterStyle::Script);
        assert_eq!(LetterStyle::for_font("Roman serif"), LetterStyle::Serif);
        assert_eq!(LetterStyle::for_font("serif"), LetterStyle::Serif);
        assert_eq!(LetterStyle::for_font("sans-serif"), LetterStyle::Sans);
        assert_eq!(LetterStyle::for_font("block"), LetterStyle::Sans);
    }

    #[test]
    fn the_centre_is_on_the_inside_at_the_bottom() {
        let b = band(BandProfile::Court, 2.0);
        let [x, y, z] = engraving_centre(&b);
        assert_eq!((x, z), (0.0, 0.0));
        assert!((y + b.inner_diameter_mm / 2.0 - LIFT_MM).abs() < 1e-12);
    }
}
