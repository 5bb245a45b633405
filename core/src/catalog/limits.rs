//! Numeric ranges and engraving rules: the limits the form shows and the server enforces.

use super::FontId;
use serde::{Deserialize, Serialize};

/// An inclusive range with the value the configurator starts from and the step its slider uses.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct NumberRange {
    /// Smallest allowed value.
    pub min: f64,
    /// Largest allowed value.
    pub max: f64,
    /// Starting value, and the value "advise me" falls back to.
    pub default: f64,
    /// Slider step.
    pub step: f64,
}

impl NumberRange {
    /// Whether `value` is finite and within the range.
    pub fn contains(&self, value: f64) -> bool {
        value.is_finite() && value >= self.min && value <= self.max
    }

    /// `value` clamped into the range; NaN becomes the default.
    pub fn clamp(&self, value: f64) -> f64 {
        if value.is_nan() {
            self.default
        } else {
            // Not `f64::clamp`: its check formats floats in a panic message, which would keep
            // float printing in the configurator's first wasm chunk.
            value.max(self.min).min(self.max)
        }
    }

    /// Whether the range is well formed: finite, ordered, default inside, positive step.
    pub fn is_well_formed(&self) -> bool {
        [self.min, self.max, self.default, self.step]
            .iter()
            .all(|v| v.is_finite())
            && self.min <= self.max
            && self.contains(self.default)
            && self.step > 0.0
    }
}

/// A typeface the engraver can cut.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Font {
    /// Stable id used in designs.
    pub id: FontId,
    /// What the visitor reads.
    pub name: String,
}

/// What can be engraved inside the band.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EngravingRules {
    /// Most characters (Unicode scalar values) the engraving may have.
    pub max_chars: usize,
    /// Characters allowed besides ASCII letters, digits and the space.
    pub extra_characters: String,
    /// Fonts on offer; the first is the default.
    pub fonts: Vec<Font>,
}

impl EngravingRules {
    /// Whether the engraver can cut `c`.
    pub fn allows(&self, c: char) -> bool {
        c.is_ascii_alphanumeric() || c == ' ' || self.extra_characters.contains(c)
    }

    /// The built-in rules: 30 characters (what fits inside a narrow band at 1 mm letter height), Latin
    /// letters with the common accents, and a little punctuation with a heart and an infinity sign.
    pub fn defaults() -> Self {
        let font = |id: &str, name: &str| Font {
            id: FontId::new(id),
            name: name.to_owned(),
        };
        Self {
            max_chars: 30,
            extra_characters: ".,'&-+!?:/()♥∞ÀÁÂÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÖØÙÚÛÜÝàáâäåçèéêëìíîïñòóôöøùúûüýÿß"
                .to_owned(),
            fonts: vec![
                font("script", "Script"),
                font("serif", "Roman serif"),
                font("sans", "Block sans"),
            ],
        }
    }
}
