//! Checking a design against the catalog: hard errors (unknown ids, numbers out of range, engraving the
//! engraver cannot cut) and the warnings a jeweler would give across the counter.

use super::{Choice, Design, SizeChoice};
use crate::catalog::{Accents, BandProfile, Catalog, Finish, Origin, StoneKind};
use crate::i18n::{Arg, Msg};
use crate::words::as_written;
use serde::{Deserialize, Serialize};
use thiserror::Error;

/// A design that cannot be made as it stands. [`DesignError::field`] names the field it concerns.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum DesignError {
    /// The metal id is not in the catalog.
    UnknownMetal(String),
    /// The stone id is not in the catalog.
    UnknownStone(String),
    /// The cut id is not in the catalog.
    UnknownCut(String),
    /// The setting id is not in the catalog.
    UnknownSetting(String),
    /// The font id is not in the catalog.
    UnknownFont(String),
    /// The stone is not available with that origin (e.g. natural moissanite).
    OriginUnavailable {
        /// The stone's name.
        stone: String,
        /// The origin asked for.
        origin: Origin,
    },
    /// The band profile is not offered by this jeweler.
    ProfileNotOffered(BandProfile),
    /// The finish is not offered by this jeweler.
    FinishNotOffered(Finish),
    /// A number outside the catalog's range.
    OutOfRange {
        /// Field path.
        field: &'static str,
        /// What the visitor reads.
        what: &'static str,
        /// The value given.
        value: f64,
        /// Smallest allowed.
        min: f64,
        /// Largest allowed.
        max: f64,
        /// Unit.
        unit: &'static str,
    },
    /// The engraving is empty (remove it instead).
    EngravingEmpty,
    /// The engraving is longer than the engraver allows.
    EngravingTooLong {
        /// Characters given.
        chars: usize,
        /// Most allowed.
        max: usize,
    },
    /// A character the engraver cannot cut.
    EngravingCharacter {
        /// The first offending character.
        character: char,
        /// The punctuation allowed besides letters, digits and spaces, space-separated: ". , ' &".
        marks: String,
    },
}

impl std::fmt::Display for DesignError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        crate::words::display(&self.msg(), f)
    }
}

/// A character as a person reads it in a sentence: a visible one in quotes (`“·”`); one that shows
/// nothing, or only as part of a letter, named with its code point, since quoting it would show
/// empty quotes or an accent on the quote mark.
pub fn named_character_msg(c: char) -> Msg {
    let key = if matches!(
        c,
        '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    ) {
        "char-line-break"
    } else if c == '\t' {
        "char-tab"
    } else if c.is_whitespace() {
        "char-space"
    } else if is_combining_mark(c) {
        "char-accent"
    } else if is_invisible(c) {
        "char-invisible"
    } else {
        return Msg::new("char-quoted").arg("char", c.to_string());
    };
    Msg::new(key).arg("code", code_point(c))
}

/// `U+00B7`: how Unicode names a character, and what a jeweler can look up.
fn code_point(c: char) -> String {
    format!("U+{:04X}", u32::from(c))
}

/// Controls, format characters and blanks: nothing a reader would see between quotes.
fn is_invisible(c: char) -> bool {
    c.is_control()
        || crate::brief::is_deceptive(c)
        || matches!(
            c,
            '\u{200C}' | '\u{200D}' | '\u{2800}' | '\u{FE00}'..='\u{FE0F}' | '\u{180B}'..='\u{180D}'
        )
}

/// Marks that sit on the letter before them (an "e" followed by U+0301 reads as "é").
fn is_combining_mark(c: char) -> bool {
    matches!(
        c,
        '\u{0300}'..='\u{036F}'
            | '\u{1AB0}'..='\u{1AFF}'
            | '\u{1DC0}'..='\u{1DFF}'
            | '\u{20D0}'..='\u{20FF}'
            | '\u{FE20}'..='\u{FE2F}'
    )
}

impl DesignError {
    /// What is wrong, in any language.
    pub fn msg(&self) -> Msg {
        let id = |key: &'static str, id: &str| Msg::new(key).arg("id", id);
        match self {
            DesignError::UnknownMetal(v) => id("check-unknown-metal", v),
            DesignError::UnknownStone(v) => id("check-unknown-stone", v),
            DesignError::UnknownCut(v) => id("check-unknown-cut", v),
            DesignError::UnknownSetting(v) => id("check-unknown-setting", v),
            DesignError::UnknownFont(v) => id("check-unknown-font", v),
            DesignError::OriginUnavailable { stone, origin } => {
                let name = crate::catalog::Stone::defaults()
                    .into_iter()
                    .find(|s| &s.name == stone)
                    .map_or_else(|| as_written(stone.as_str()), |s| s.name_msg());
                Msg::new(match origin {
                    Origin::Natural => "check-origin-natural",
                    Origin::LabGrown => "check-origin-lab-grown",
                })
                .arg("stone", name)
            }
            DesignError::ProfileNotOffered(p) => {
                Msg::new("check-profile-not-offered").arg("profile", p.msg())
            }
            DesignError::FinishNotOffered(f) => {
                Msg::new("check-finish-not-offered").arg("finish", f.msg())
            }
            DesignError::OutOfRange {
                field,
                value,
                min,
                max,
                ..
            } => {
                let number = |value: f64| Arg::Number {
                    value,
                    min_frac: 0,
                    max_frac: 2,
                };
                Msg::new(match *field {
                    "carat" => "check-range-carat",
                    "band_width" => "check-range-band-width",
                    "band_thickness" => "check-range-band-thickness",
                    _ => "check-range-size",
                })
                .arg("min", number(*min))
                .arg("max", number(*max))
                .arg("value", number(*value))
            }
            DesignError::EngravingEmpty => Msg::new("check-engraving-empty"),
            DesignError::EngravingTooLong { chars, max } => Msg::new("check-engraving-too-long")
                .arg("chars", Arg::int(*chars as i64))
                .arg("max", Arg::int(*max as i64)),
            DesignError::EngravingCharacter { character, marks } => {
                let msg = if marks.is_empty() {
                    Msg::new("check-engraving-character-no-marks")
                } else {
                    Msg::new("check-engraving-character").arg("marks", marks.as_str())
                };
                msg.arg("character", named_character_msg(*character))
            }
        }
    }

    /// The design field this error concerns, as a path relative to the design (e.g. `engraving.text`).
    pub fn field(&self) -> &'static str {
        match self {
            DesignError::UnknownMetal(_) => "metal",
            DesignError::UnknownStone(_) => "stone",
            DesignError::UnknownCut(_) => "cut",
            DesignError::UnknownSetting(_) => "setting",
            DesignError::UnknownFont(_) => "engraving.font",
            DesignError::OriginUnavailable { .. } => "origin",
            DesignError::ProfileNotOffered(_) => "band_profile",
            DesignError::FinishNotOffered(_) => "finish",
            DesignError::OutOfRange { field, .. } => field,
            DesignError::EngravingEmpty
            | DesignError::EngravingTooLong { .. }
            | DesignError::EngravingCharacter { .. } => "engraving.text",
        }
    }
}

/// Stable codes for jeweler-style warnings, so the UI can style or translate them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum WarningCode {
    /// The centre stone is heavy for the band's width or thickness.
    StoneTooLargeForBand,
    /// A thin band wears through and bends.
    ThinBand,
    /// Pavé or halo stones limit later resizing.
    ResizeLimited,
    /// Eternity bands cannot be resized.
    NotResizable,
    /// A stone softer than Mohs 8 in a ring worn every day.
    SoftStone,
    /// Silver is too soft to hold stones in prongs.
    SilverProngs,
    /// The visitor's own stone must be inspected first.
    OwnStoneInspection,
    /// Wide bands fit tighter than the size suggests.
    WideBandFit,
    /// The size is unknown, or the visitor has not given it yet.
    SizeUnknown,
    /// The engraving is long for the band's inside.
    LongEngraving,
    /// The deadline leaves less than the three to four months jewelers ask for (set by the brief).
    RushDeadline,
}

/// A jeweler's word of caution: the design can be made, but the visitor should know this.
#[derive(Debug, Clone, PartialEq)]
pub struct Warning {
    /// Stable code.
    pub code: WarningCode,
    /// The design field it concerns, relative to the design (e.g. `band_width`).
    pub field: String,
    /// The friendly sentence for the visitor, in words not yet in any language.
    words: Msg,
}

impl Warning {
    /// A warning about `field` that says `msg`.
    pub fn new(code: WarningCode, field: impl Into<String>, msg: Msg) -> Self {
        Warning {
            code,
            field: field.into(),
            words: msg,
        }
    }

    /// The friendly sentence for the visitor, in any language.
    pub fn msg(&self) -> Msg {
        self.words.clone()
    }

    /// The friendly sentence in English, said by core's own English file.
    #[cfg(test)]
    pub fn message(&self) -> String {
        crate::words::english(&self.words)
    }
}

/// The outcome of checking a design.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DesignReport {
    /// Problems that must be fixed before the brief can be sent.
    pub errors: Vec<DesignError>,
    /// Advice; the brief can still be sent.
    pub warnings: Vec<Warning>,
}

/// Letters at the usual 1 mm height take about 1.2 mm of band each, and a jeweler keeps engraving to
/// the lower 60 % of the inside so it isn't hidden under the setting.
const ENGRAVING_MM_PER_CHAR: f64 = 1.2;
const ENGRAVABLE_SHARE: f64 = 0.6;

impl Design {
    /// Validates the design against the catalog and gathers warnings.
    pub fn check(&self, catalog: &Catalog) -> DesignReport {
        let mut r = DesignReport::default();
        self.check_ids(catalog, &mut r);
        self.check_numbers(catalog, &mut r);
        self.check_engraving(catalog, &mut r);
        self.advise(catalog, &mut r);
        r
    }

    /// Like [`Design::check`], as a `Result`: the warnings when there are no errors.
    pub fn validate(&self, catalog: &Catalog) -> Result<Vec<Warning>, Vec<DesignError>> {
        let report = self.check(catalog);
        if report.errors.is_empty() {
            Ok(report.warnings)
        } else {
            Err(report.errors)
        }
    }

    fn check_ids(&self, catalog: &Catalog, r: &mut DesignReport) {
        if let Choice::Chosen(id) = &self.metal {
            if catalog.metal(id).is_none() {
                r.errors.push(DesignError::UnknownMetal(short(id.as_str())));
            }
        }
        if let Choice::Chosen(id) = &self.setting {
            if catalog.setting(id).is_none() {
                r.errors
                    .push(DesignError::UnknownSetting(short(id.as_str())));
            }
        }
        if let Choice::Chosen(id) = &self.stone {
            match catalog.stone(id) {
                None => r.errors.push(DesignError::UnknownStone(short(id.as_str()))),
                Some(stone) => {
                    if let Choice::Chosen(origin) = self.origin {
                        if stone.kind == StoneKind::Gem && !stone.origins.contains(&origin) {
                            r.errors.push(DesignError::OriginUnavailable {
                                stone: stone.name.clone(),
                                origin,
                            });
                        }
                    }
                }
            }
        }
        if let Choice::Chosen(id) = &self.cut {
            if catalog.cut(id).is_none() {
                r.errors.push(DesignError::UnknownCut(short(id.as_str())));
            }
        }
        if let Choice::Chosen(p) = self.band_profile {
            if !catalog.band_profiles.contains(&p) {
                r.errors.push(DesignError::ProfileNotOffered(p));
            }
        }
        if let Choice::Chosen(f) = self.finish {
            if !catalog.finishes.contains(&f) {
                r.errors.push(DesignError::FinishNotOffered(f));
            }
        }
    }

    fn check_numbers(&self, catalog: &Catalog, r: &mut DesignReport) {
        let mut range = |field, what, value: f64, range: &crate::catalog::NumberRange, unit| {
            // Designs hold 0.01 steps; allow half a step of rounding at the ends.
            if !(value >= range.min - 0.005 && value <= range.max + 0.005) {
                r.errors.push(DesignError::OutOfRange {
                    field,
                    what,
                    value,
                    min: range.min,
                    max: range.max,
                    unit,
                });
            }
        };
        if let Choice::Chosen(c) = self.carat {
            range(
                "carat",
                "The stone's weight",
                c.carats(),
                &catalog.carat,
                "ct",
            );
        }
        if let Choice::Chosen(w) = self.band_width {
            range(
                "band_width",
                "The band's width",
                w.mm(),
                &catalog.band_width_mm,
                "mm",
            );
        }
        if let Choice::Chosen(t) = self.band_thickness {
            range(
                "band_thickness",
                "The band's thickness",
                t.mm(),
                &catalog.band_thickness_mm,
                "mm",
            );
        }
        if let Some(size) = self.size.size() {
            range(
                "size",
                "The ring size (inner circumference)",
                size.circumference_mm(),
                &catalog.size_circumference_mm,
                "mm",
            );
        }
    }

    fn check_engraving(&self, catalog: &Catalog, r: &mut DesignReport) {
        let Some(engraving) = &self.engraving else {
            return;
        };
        let rules = &catalog.engraving;
        if let Choice::Chosen(font) = &engraving.font {
            if catalog.font(font).is_none() {
                r.errors
                    .push(DesignError::UnknownFont(short(font.as_str())));
            }
        }
        let chars = engraving.text.chars().count();
        if engraving.text.trim().is_empty() {
            r.errors.push(DesignError::EngravingEmpty);
        } else if chars > rules.max_chars {
            r.errors.push(DesignError::EngravingTooLong {
                chars,
                max: rules.max_chars,
            });
        }
        if let Some(character) = engraving.text.chars().find(|&c| !rules.allows(c)) {
            let punctuation: Vec<String> = rules
                .extra_characters
                .chars()
                .filter(|c| !c.is_alphabetic())
                .map(String::from)
                .collect();
            r.errors.push(DesignError::EngravingCharacter {
                character,
                marks: punctuation.join(" "),
            });
        }
    }

    fn advise(&self, catalog: &Catalog, r: &mut DesignReport) {
        let mut warn =
            |code, field: &str, msg: Msg| r.warnings.push(Warning::new(code, field, msg));
        let setting = self.setting.chosen().and_then(|id| catalog.setting(id));
        let metal = self.metal.chosen().and_then(|id| catalog.metal(id));
        let stone = self.stone.chosen().and_then(|id| catalog.stone(id));
        let centre = self.has_centre_stone(catalog);
        let params = self.band_params(catalog);

        if let (true, Choice::Chosen(carat)) = (centre, self.carat) {
            let ct = carat.carats();
            // Rule of thumb from bench jewelers: about 1.5 mm of shank carries a 1 ct head, and each
            // further carat wants another 0.5 mm; from 2 ct the shank should be 1.5 mm thick.
            let min_width = 1.5 + 0.5 * (ct - 1.0).max(0.0);
            let width_chosen = self.band_width.chosen().is_some();
            if width_chosen && params.width_mm + 1e-9 < min_width {
                warn(
                    WarningCode::StoneTooLargeForBand,
                    "band_width",
                    Msg::new("warning-stone-heavy-for-width")
                        .arg("carat", Arg::fixed(ct, 2))
                        .arg("width", Arg::fixed(params.width_mm, 1))
                        .arg("min", Arg::fixed(min_width, 1)),
                );
            } else if ct >= 2.0
                && self.band_thickness.chosen().is_some()
                && params.thickness_mm < 1.5
            {
                warn(
                    WarningCode::StoneTooLargeForBand,
                    "band_thickness",
                    Msg::new("warning-stone-heavy-for-thickness")
                        .arg("carat", Arg::fixed(ct, 2))
                        .arg("thickness", Arg::fixed(params.thickness_mm, 1)),
                );
            }
        }
        if self.band_thickness.chosen().is_some() && params.thickness_mm < 1.4 {
            warn(
                WarningCode::ThinBand,
                "band_thickness",
                Msg::new("warning-thin-band").arg("thickness", Arg::fixed(params.thickness_mm, 1)),
            );
        }
        if let Some(s) = setting {
            if s.resize_us_sizes <= 0.0 {
                let key = if self.size.size().is_none() {
                    "warning-not-resizable-unsized"
                } else {
                    "warning-not-resizable"
                };
                warn(
                    WarningCode::NotResizable,
                    "setting",
                    Msg::new(key).arg("setting", s.name_in_text_msg()),
                );
            } else if s.resize_us_sizes < 1.0 || s.accents == Accents::PaveShoulders {
                warn(
                    WarningCode::ResizeLimited,
                    "setting",
                    Msg::new("warning-resize-limited")
                        .arg("setting", s.name_msg())
                        .arg(
                            "sizes",
                            crate::spec::us_sizes_msg(s.resize_us_sizes.max(0.5)),
                        ),
                );
            }
        }
        if let (true, Some(stone)) = (centre, stone) {
            if stone.is_soft_for_daily_wear() {
                let key = if setting.is_some_and(|s| s.bezel) {
                    "warning-soft-stone-in-bezel"
                } else {
                    "warning-soft-stone"
                };
                let mohs = |value: f32| Arg::Number {
                    value: f64::from(value),
                    min_frac: 0,
                    max_frac: 2,
                };
                warn(
                    WarningCode::SoftStone,
                    "stone",
                    Msg::new(key)
                        .arg("stone", stone.name_msg())
                        .arg("low", mohs(stone.mohs[0]))
                        .arg("high", mohs(stone.mohs[1]))
                        .arg("care", stone.care_msg()),
                );
            }
            if stone.kind == StoneKind::OwnStone {
                warn(WarningCode::OwnStoneInspection, "stone", stone.care_msg());
            }
        }
        if let (Some(m), Some(s)) = (metal, setting) {
            if !m.suits_prongs && s.uses_prongs() {
                warn(
                    WarningCode::SilverProngs,
                    "metal",
                    Msg::new("warning-soft-metal-prongs").arg("metal", m.name_msg()),
                );
            }
        }
        match self.size {
            SizeChoice::NotGiven => warn(
                WarningCode::SizeUnknown,
                "size",
                Msg::new("warning-size-not-given"),
            ),
            SizeChoice::Unknown { send_sizer } => warn(
                WarningCode::SizeUnknown,
                "size",
                Msg::new(if send_sizer {
                    "warning-size-sizer"
                } else {
                    "warning-size-unknown"
                }),
            ),
            SizeChoice::Known { .. } if params.width_mm >= 6.0 => warn(
                WarningCode::WideBandFit,
                "size",
                Msg::new("warning-wide-band").arg("width", Arg::fixed(params.width_mm, 1)),
            ),
            SizeChoice::Known { .. } => {}
        }
        if let Some(e) = &self.engraving {
            let needed = e.text.chars().count() as f64 * ENGRAVING_MM_PER_CHAR;
            let available = params.inner_diameter_mm * std::f64::consts::PI * ENGRAVABLE_SHARE;
            if needed > available {
                warn(
                    WarningCode::LongEngraving,
                    "engraving.text",
                    Msg::new("warning-long-engraving")
                        .arg("needed", Arg::fixed(needed, 0))
                        .arg("available", Arg::fixed(available, 0)),
                );
            }
        }
    }
}

/// Unknown ids are echoed back shortened, so a hostile value can't bloat an error response.
/// An id as quoted in a message: at most 40 characters, anything unseen or joining spelled out as
/// its code point.
fn short(text: &str) -> String {
    text.chars()
        .take(40)
        .map(|c| {
            if (c.is_whitespace() && c != ' ') || is_combining_mark(c) || is_invisible(c) {
                format!("[{}]", code_point(c))
            } else {
                c.to_string()
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::{Carat, Engraving, Mm};
    use super::*;
    use crate::catalog::{FontId, MetalId, SettingId, StoneId};

    fn codes(d: &Design) -> Vec<WarningCode> {
        d.check(&Catalog::builtin())
            .warnings
            .iter()
            .map(|w| w.code)
            .collect()
    }

    fn errors(d: &Design) -> Vec<DesignError> {
        d.check(&Catalog::builtin()).errors
    }

    #[test]
    fn three_carats_on_a_narrow_band_is_flagged() {
        let d = Design {
            carat: Choice::Chosen(Carat::from_points(300)),
            band_width: Choice::Chosen(Mm::from_centi(150)),
            ..Design::default()
        };
        let report = d.check(&Catalog::builtin());
        let w = report
            .warnings
            .iter()
            .find(|w| w.code == WarningCode::StoneTooLargeForBand)
            .unwrap();
        assert_eq!(w.field, "band_width");
        assert!(w.message().contains("3.00 ct"), "{}", w.message());
        let ok = Design {
            band_width: Choice::Chosen(Mm::from_centi(250)),
            ..d
        };
        assert!(!codes(&ok).contains(&WarningCode::StoneTooLargeForBand));
    }

    #[test]
    fn resizing_limits() {
        let pave = Design {
            setting: Choice::Chosen(SettingId::new("pave-shoulders")),
            ..Design::default()
        };
        let report = pave.check(&Catalog::builtin());
        let w = report
            .warnings
            .iter()
            .find(|w| w.code == WarningCode::ResizeLimited)
            .unwrap();
        assert!(w.message().contains("half a size"), "{}", w.message());
        let eternity = Design {
            setting: Choice::Chosen(SettingId::new("full-eternity")),
            ..Design::default()
        };
        assert!(codes(&eternity).contains(&WarningCode::NotResizable));
    }

    #[test]
    fn soft_stones_and_silver_prongs() {
        for id in ["emerald", "morganite", "aquamarine"] {
            let d = Design {
                stone: Choice::Chosen(StoneId::new(id)),
                ..Design::default()
            };
            assert!(codes(&d).contains(&WarningCode::SoftStone), "{id}");
        }
        let silver = Design {
            metal: Choice::Chosen(MetalId::new("ag925")),
            ..Design::default()
        };
        let w = silver.check(&Catalog::builtin()).warnings;
        assert!(w
            .iter()
            .any(|w| w.code == WarningCode::SilverProngs && w.field == "metal"));
        let silver_bezel = Design {
            setting: Choice::Chosen(SettingId::new("bezel")),
            ..silver
        };
        assert!(!codes(&silver_bezel).contains(&WarningCode::SilverProngs));
    }

    #[test]
    fn own_stone_unknown_size_and_thin_band() {
        let d = Design {
            stone: Choice::Chosen(StoneId::new("own-stone")),
            size: SizeChoice::Unknown { send_sizer: true },
            band_thickness: Choice::Chosen(Mm::from_centi(120)),
            ..Design::default()
        };
        let c = codes(&d);
        for code in [
            WarningCode::OwnStoneInspection,
            WarningCode::SizeUnknown,
            WarningCode::ThinBand,
        ] {
            assert!(c.contains(&code), "{code:?} in {c:?}");
        }
    }

    #[test]
    fn unknown_ids_are_errors_with_fields() {
        let d = Design {
            metal: Choice::Chosen(MetalId::new("unobtainium")),
            stone: Choice::Chosen(StoneId::new("kryptonite")),
            cut: Choice::Chosen("blob".into()),
            setting: Choice::Chosen("glue".into()),
            engraving: Some(Engraving {
                text: "x".into(),
                font: Choice::Chosen(FontId::new("comic")),
            }),
            ..Design::default()
        };
        let fields: Vec<_> = errors(&d).iter().map(DesignError::field).collect();
        assert_eq!(
            fields,
            ["metal", "setting", "stone", "cut", "engraving.font"]
        );
    }

    #[test]
    fn origin_must_be_available() {
        let d = Design {
            stone: Choice::Chosen(StoneId::new("moissanite")),
            origin: Choice::Chosen(Origin::Natural),
            ..Design::default()
        };
        let e = errors(&d);
        assert_eq!(e.len(), 1);
        assert_eq!(e[0].field(), "origin");
        assert_eq!(
            crate::words::english(&e[0].msg()),
            "Moissanite is not available as a natural stone"
        );
    }

    #[test]
    fn numbers_out_of_range() {
        let d = Design {
            carat: Choice::Chosen(Carat::from_points(2000)),
            band_width: Choice::Chosen(Mm::from_centi(50)),
            band_thickness: Choice::Chosen(Mm::from_centi(900)),
            ..Design::default()
        };
        let fields: Vec<_> = errors(&d).iter().map(DesignError::field).collect();
        assert_eq!(fields, ["carat", "band_width", "band_thickness"]);
    }

    #[test]
    fn engraving_rules() {
        let with = |text: &str| Design {
            engraving: Some(Engraving {
                text: text.into(),
                font: Choice::AdviseMe,
            }),
            ..Design::default()
        };
        assert!(errors(&with("Für immer ♥ 12.06.2025")).is_empty());
        assert_eq!(errors(&with("   ")), [DesignError::EngravingEmpty]);
        assert!(matches!(
            errors(&with(&"a".repeat(31)))[..],
            [DesignError::EngravingTooLong { chars: 31, max: 30 }]
        ));
        assert!(matches!(
            errors(&with("hi\n<script>"))[..],
            [DesignError::EngravingCharacter {
                character: '\n',
                ..
            }]
        ));
        assert!(codes(&with(&"a".repeat(30))).contains(&WarningCode::LongEngraving));
    }

    #[test]
    fn an_unengravable_character_is_named_as_a_person_reads_it() {
        let message = |text: &str| {
            let design = Design {
                engraving: Some(Engraving {
                    text: text.into(),
                    font: Choice::AdviseMe,
                }),
                ..Design::default()
            };
            errors(&design)
                .iter()
                .find(|e| matches!(e, DesignError::EngravingCharacter { .. }))
                .map(|e| crate::words::english(&e.msg()))
                .unwrap_or_default()
        };
        let dot = message("A & J · 2026");
        assert!(
            dot == "“·” cannot be engraved; use letters (accents too), digits, spaces and \
                    . , ' & - + ! ? : / ( ) ♥ ∞",
            "{dot}"
        );
        assert!(!dot.contains('\\'), "{dot}");
        assert!(message("Ché ★").starts_with("“★” cannot be engraved"));
        assert!(
            message("A\u{200B}B").starts_with("an invisible character (U+200B) cannot be engraved")
        );
        assert!(
            message("A\u{202E}B").starts_with("an invisible character (U+202E) cannot be engraved")
        );
        assert!(message("hi\nyou").starts_with("a line break (U+000A) cannot be engraved"));
        assert!(message("A\tB").starts_with("a tab (U+0009) cannot be engraved"));
        assert!(message("A\u{00A0}B").starts_with("a special space (U+00A0) cannot be engraved"));
        assert!(message("Ade\u{0301}le")
            .starts_with("an accent typed on its own (U+0301) cannot be engraved"));
        assert!(message("∞ 1984").is_empty());
    }

    #[test]
    fn an_unknown_id_is_quoted_with_its_invisible_characters_spelled_out() {
        let d = Design {
            metal: Choice::Chosen(MetalId::new("gold\u{200B}\u{0007}")),
            ..Design::default()
        };
        assert_eq!(
            crate::words::english(&errors(&d)[0].msg()),
            "we don't offer the metal “gold[U+200B][U+0007]”"
        );
    }

    #[test]
    fn advise_me_everywhere_is_valid() {
        let d = Design {
            metal: Choice::AdviseMe,
            stone: Choice::AdviseMe,
            origin: Choice::AdviseMe,
            cut: Choice::AdviseMe,
            carat: Choice::AdviseMe,
            setting: Choice::AdviseMe,
            band_profile: Choice::AdviseMe,
            band_width: Choice::AdviseMe,
            band_thickness: Choice::AdviseMe,
            finish: Choice::AdviseMe,
            size: SizeChoice::Unknown { send_sizer: false },
            engraving: None,
        };
        let report = d.check(&Catalog::builtin());
        assert!(report.errors.is_empty());
        assert_eq!(report.warnings.len(), 1);
    }
}
