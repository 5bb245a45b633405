//! Checking a design against the catalog: hard errors (unknown ids, numbers out of range, engraving the
//! engraver cannot cut) and the warnings a jeweler would give across the counter.

use super::{Choice, Design, SizeChoice};
use crate::catalog::{Accents, BandProfile, Catalog, Finish, Origin, StoneKind};
use serde::{Deserialize, Serialize};
use thiserror::Error;

/// A design that cannot be made as it stands. [`DesignError::field`] names the field it concerns.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum DesignError {
    /// The metal id is not in the catalog.
    #[error("we don't offer the metal “{0}”")]
    UnknownMetal(String),
    /// The stone id is not in the catalog.
    #[error("we don't offer the stone “{0}”")]
    UnknownStone(String),
    /// The cut id is not in the catalog.
    #[error("we don't offer the cut “{0}”")]
    UnknownCut(String),
    /// The setting id is not in the catalog.
    #[error("we don't offer the setting “{0}”")]
    UnknownSetting(String),
    /// The font id is not in the catalog.
    #[error("we don't offer the engraving font “{0}”")]
    UnknownFont(String),
    /// The stone is not available with that origin (e.g. natural moissanite).
    #[error("{stone} is not available {}", origin_phrase(*.origin))]
    OriginUnavailable {
        /// The stone's name.
        stone: String,
        /// The origin asked for.
        origin: Origin,
    },
    /// The band profile is not offered by this jeweler.
    #[error("the {} profile is not offered", .0.label())]
    ProfileNotOffered(BandProfile),
    /// The finish is not offered by this jeweler.
    #[error("the {} finish is not offered", .0.label())]
    FinishNotOffered(Finish),
    /// A number outside the catalog's range.
    #[error("{what} must be between {min} and {max} {unit}; got {value}")]
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
    #[error("the engraving is empty")]
    EngravingEmpty,
    /// The engraving is longer than the engraver allows.
    #[error("the engraving has {chars} characters; at most {max} fit")]
    EngravingTooLong {
        /// Characters given.
        chars: usize,
        /// Most allowed.
        max: usize,
    },
    /// A character the engraver cannot cut.
    #[error("{} cannot be engraved; use letters (accents too), digits, {allowed}", named_character(*.character))]
    EngravingCharacter {
        /// The first offending character.
        character: char,
        /// What else is allowed besides letters and digits: "spaces and . , …".
        allowed: String,
    },
}

/// A character as a person reads it in a sentence: a visible one in quotes (`“·”`); one that shows
/// nothing, or only as part of a letter, named with its code point, since quoting it would show
/// empty quotes or an accent on the quote mark.
pub fn named_character(c: char) -> String {
    let code = code_point(c);
    if matches!(
        c,
        '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    ) {
        format!("a line break ({code})")
    } else if c == '\t' {
        format!("a tab ({code})")
    } else if c.is_whitespace() {
        format!("a special space ({code})")
    } else if is_combining_mark(c) {
        format!("an accent typed on its own ({code})")
    } else if is_invisible(c) {
        format!("an invisible character ({code})")
    } else {
        format!("“{c}”")
    }
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

fn origin_phrase(origin: Origin) -> &'static str {
    match origin {
        Origin::Natural => "as a natural stone",
        Origin::LabGrown => "lab-grown",
    }
}

impl DesignError {
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Warning {
    /// Stable code.
    pub code: WarningCode,
    /// The design field it concerns, relative to the design (e.g. `band_width`).
    pub field: String,
    /// A friendly sentence for the visitor.
    pub message: String,
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
                allowed: if punctuation.is_empty() {
                    "spaces".to_owned()
                } else {
                    format!("spaces and {}", punctuation.join(" "))
                },
            });
        }
    }

    fn advise(&self, catalog: &Catalog, r: &mut DesignReport) {
        let mut warn = |code, field: &str, message: String| {
            r.warnings.push(Warning {
                code,
                field: field.to_owned(),
                message,
            })
        };
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
                    format!(
                        "A {ct:.2} ct stone is heavy for a {:.1} mm band: it may tilt or bend the shank. \
                         Jewelers suggest at least {min_width:.1} mm.",
                        params.width_mm
                    ),
                );
            } else if ct >= 2.0
                && self.band_thickness.chosen().is_some()
                && params.thickness_mm < 1.5
            {
                warn(
                    WarningCode::StoneTooLargeForBand,
                    "band_thickness",
                    format!(
                        "A {ct:.2} ct stone needs a sturdier shank than {:.1} mm thick; 1.5 mm or more is safer.",
                        params.thickness_mm
                    ),
                );
            }
        }
        if self.band_thickness.chosen().is_some() && params.thickness_mm < 1.4 {
            warn(
                WarningCode::ThinBand,
                "band_thickness",
                format!(
                    "A {:.1} mm thin band wears through and bends over the years; 1.5 mm lasts a lifetime.",
                    params.thickness_mm
                ),
            );
        }
        if let Some(s) = setting {
            if s.resize_us_sizes <= 0.0 {
                let extra = if self.size.size().is_none() {
                    " Please have your finger sized properly before we start."
                } else {
                    ""
                };
                warn(
                    WarningCode::NotResizable,
                    "setting",
                    format!(
                        "A {} band cannot be resized later: the size must be right first time.{extra}",
                        s.name.to_lowercase()
                    ),
                );
            } else if s.resize_us_sizes < 1.0 || s.accents == Accents::PaveShoulders {
                warn(
                    WarningCode::ResizeLimited,
                    "setting",
                    format!(
                        "{} can be resized only about {} later before the small stones loosen.",
                        s.name,
                        crate::spec::us_sizes(s.resize_us_sizes.max(0.5))
                    ),
                );
            }
        }
        if let (true, Some(stone)) = (centre, stone) {
            if stone.is_soft_for_daily_wear() {
                let protect = if setting.is_some_and(|s| s.bezel) {
                    "The bezel you chose protects it well."
                } else {
                    "A bezel or a low setting protects it; some choose it for a ring not worn every day."
                };
                warn(
                    WarningCode::SoftStone,
                    "stone",
                    format!(
                        "{} is {}–{} on the Mohs scale, softer than the grit it meets every day. {} {protect}",
                        stone.name, stone.mohs[0], stone.mohs[1], stone.care_note
                    ),
                );
            }
            if stone.kind == StoneKind::OwnStone {
                warn(
                    WarningCode::OwnStoneInspection,
                    "stone",
                    stone.care_note.clone(),
                );
            }
        }
        if let (Some(m), Some(s)) = (metal, setting) {
            if !m.suits_prongs && s.uses_prongs() {
                warn(
                    WarningCode::SilverProngs,
                    "metal",
                    format!(
                        "{} is too soft to hold stones securely in prongs for daily wear; \
                         jewelers use white gold or platinum for the setting, or a bezel.",
                        m.name
                    ),
                );
            }
        }
        match self.size {
            SizeChoice::NotGiven => warn(
                WarningCode::SizeUnknown,
                "size",
                "No ring size given yet: your jeweler will ask for it, or can send you a ring sizer.".to_owned(),
            ),
            SizeChoice::Unknown { send_sizer } => warn(
                WarningCode::SizeUnknown,
                "size",
                if send_sizer {
                    "We'll send you a ring sizer. Sizers differ, so measure at the end of the day, when fingers are largest.".to_owned()
                } else {
                    "Without a size we'll make a standard size; resizing later may cost extra.".to_owned()
                },
            ),
            SizeChoice::Known { .. } if params.width_mm >= 6.0 => warn(
                WarningCode::WideBandFit,
                "size",
                format!(
                    "A {:.1} mm wide band fits tighter than a narrow one; jewelers usually go up a quarter to half a size.",
                    params.width_mm
                ),
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
                    format!(
                        "The engraving needs about {needed:.0} mm but about {available:.0} mm of the inside is free; \
                         the engraver may use smaller letters."
                    ),
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
        assert!(w.message.contains("3.00 ct"), "{}", w.message);
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
        assert!(w.message.contains("half a size"), "{}", w.message);
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
            e[0].to_string(),
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
                .map(ToString::to_string)
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
            errors(&d)[0].to_string(),
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
