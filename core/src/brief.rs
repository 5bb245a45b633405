//! The brief: what the jeweler receives. The design plus who to contact, budget, timeline, size
//! certainty, materials to reuse, notes and attachments. It is versioned JSON (`"version": 1`) and
//! validated field by field, by the form in the browser and again by the server, with this same code.

mod checks;

#[cfg(test)]
pub use checks::megabytes;
pub use checks::{is_deceptive, is_reasonable_email, megabytes_msg, ALLOWED_MIME_TYPES};

use crate::catalog::Catalog;
use crate::date::IsoDate;
use crate::design::{Design, Warning, WarningCode};
use crate::i18n::{Arg, Msg};
#[cfg(test)]
use crate::words::english;
use serde::{Deserialize, Serialize};
use thiserror::Error;

/// The brief format this crate writes and reads.
pub const BRIEF_VERSION: u32 = 1;

/// Limits on every string and list in a brief.
pub mod limits {
    /// Name, in characters.
    pub const NAME_MAX: usize = 100;
    /// Email address, in characters (RFC 5321 path limit).
    pub const EMAIL_MAX: usize = 254;
    /// Phone number, in characters.
    pub const PHONE_MAX: usize = 32;
    /// Free-text notes, in characters.
    pub const NOTES_MAX: usize = 5000;
    /// Description of a stone or metal to reuse, in characters.
    pub const OWN_MATERIALS_MAX: usize = 1000;
    /// Free-text occasion ("other"), in characters.
    pub const OCCASION_MAX: usize = 100;
    /// Inspiration images per brief.
    pub const ATTACHMENTS_MAX: usize = 5;
    /// Bytes per inspiration image as sent (1.125 MiB). The form shrinks photos in the browser to
    /// [`IMAGE_LONGEST_SIDE_PX`] and re-encodes them until they fit.
    pub const ATTACHMENT_BYTES_MAX: u64 = 1152 * 1024;
    /// Bytes of all inspiration images together: five of the largest (5.625 MiB).
    pub const ATTACHMENTS_TOTAL_BYTES_MAX: u64 = ATTACHMENTS_MAX as u64 * ATTACHMENT_BYTES_MAX;
    /// The longest side, in pixels, the form shrinks an inspiration photo to.
    pub const IMAGE_LONGEST_SIDE_PX: u32 = 2048;
    /// The largest photo file the form accepts to shrink (phones' full-size pictures fit).
    pub const IMAGE_SOURCE_BYTES_MAX: u64 = 25 * 1024 * 1024;
    /// Viewer snapshots per request.
    pub const SNAPSHOTS_MAX: usize = 3;
    /// Bytes per snapshot PNG (1 MiB; an 800 px render is about 250 KB).
    pub const SNAPSHOT_BYTES_MAX: u64 = 1024 * 1024;
    /// Room left for the brief's own JSON and the request's framing (512 KiB; a brief with every
    /// text at its limit is under 40 KB).
    pub const REQUEST_JSON_BYTES_MAX: u64 = 512 * 1024;
    /// The largest `POST /api/consultations` body a complete brief needs (12 MiB): every picture at
    /// its limit, base64-encoded (4 bytes for 3), plus the JSON. The server's default body limit.
    pub const REQUEST_BYTES_MAX: u64 =
        (ATTACHMENTS_TOTAL_BYTES_MAX + SNAPSHOTS_MAX as u64 * SNAPSHOT_BYTES_MAX).div_ceil(3) * 4
            + REQUEST_JSON_BYTES_MAX;
    /// Attachment file name, in characters.
    pub const FILE_NAME_MAX: usize = 255;
    /// Locale tag, in characters.
    pub const LOCALE_MAX: usize = 35;
    /// Largest budget figure.
    pub const BUDGET_MAX: u64 = 10_000_000;
    /// Fewer days than this before the deadline is rush work (jewelers ask for 3–4 months).
    pub const RUSH_DAYS: i64 = 90;
}

/// How the visitor would like to be contacted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Channel {
    /// By email.
    Email,
    /// By phone call.
    Phone,
    /// By text or messaging app on the phone number given.
    Message,
}

/// Who the jeweler talks to: the buyer (the wearer too, unless it is a surprise).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    /// Name, one line.
    pub name: String,
    /// Email address (used as Reply-To, so it is checked strictly).
    pub email: String,
    /// Optional phone number.
    #[serde(default)]
    pub phone: Option<String>,
    /// Preferred channel.
    pub preferred_channel: Channel,
}

/// A budget range in whole currency units.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Budget {
    /// Lower end (0 for "up to").
    pub min: u64,
    /// Upper end.
    pub max: u64,
    /// ISO 4217 code, e.g. `EUR`.
    pub currency: String,
}

/// What the ring is for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Occasion {
    /// Engagement.
    Engagement,
    /// Wedding band.
    Wedding,
    /// Anniversary.
    Anniversary,
    /// Birthday.
    Birthday,
    /// A gift for another occasion.
    Gift,
    /// For oneself.
    ForMyself,
    /// Something else, in the visitor's words.
    Other(String),
}

/// How sure the visitor is of the ring size.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SizeCertainty {
    /// Measured by a jeweler.
    Measured,
    /// Estimated at home, from another ring or a printed sizer.
    Estimated,
    /// Unknown.
    Unknown,
}

/// The visitor's view on natural versus lab-grown stones.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum OriginPreference {
    /// Natural only.
    Natural,
    /// Lab-grown only.
    LabGrown,
    /// Either is fine.
    Either,
    /// Not decided; advise me.
    Undecided,
}

/// Stones or metal the visitor brings to reuse (an heirloom, old gold).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OwnMaterials {
    /// Bringing a stone.
    pub stone: bool,
    /// Bringing metal to melt down or rework.
    pub metal: bool,
    /// What it is, in the visitor's words.
    #[serde(default)]
    pub description: String,
}

/// Metadata of an inspiration photo (the bytes travel beside the brief, see `limits`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attachment {
    /// File name as uploaded, without any path.
    pub file_name: String,
    /// MIME type, one of [`ALLOWED_MIME_TYPES`].
    pub mime_type: String,
    /// Size in bytes.
    pub size_bytes: u64,
}

/// Everything the jeweler needs to start the conversation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Brief {
    /// Format version, [`BRIEF_VERSION`].
    pub version: u32,
    /// The ring.
    pub design: Design,
    /// Who to contact.
    pub contact: Contact,
    /// Budget range, if given.
    #[serde(default)]
    pub budget: Option<Budget>,
    /// Occasion, if given.
    #[serde(default)]
    pub occasion: Option<Occasion>,
    /// Date the ring is needed by, `YYYY-MM-DD`.
    #[serde(default)]
    pub deadline: Option<String>,
    /// How sure the visitor is of the size.
    pub size_certainty: SizeCertainty,
    /// Natural or lab-grown preference.
    pub origin_preference: OriginPreference,
    /// Stone or metal to reuse.
    #[serde(default)]
    pub own_materials: OwnMaterials,
    /// A surprise: the jeweler must not contact the wearer.
    pub surprise: bool,
    /// Inspiration and anything else, free text.
    #[serde(default)]
    pub notes: String,
    /// Uploaded files.
    #[serde(default)]
    pub attachments: Vec<Attachment>,
    /// Consent to be contacted about this request; must be true.
    pub consent_to_contact: bool,
    /// The visitor's locale, a BCP 47 tag such as `en-GB`.
    pub locale: String,
}

/// One problem with one field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    /// Path of the field, e.g. `contact.email` or `attachments[2].mime_type`.
    pub field: String,
    /// What is wrong, for the visitor.
    pub message: String,
}

/// Every problem found in a brief, each a field path and words not yet in any language.
#[derive(Debug, Clone, PartialEq, Default, Error)]
#[error("the brief has {} problem(s), first: {}", .problems.len(), .problems.first().map_or(String::new(), |(field, msg)| format!("{field}: {msg}")))]
pub struct ValidationErrors {
    /// The problems in form order: field path and what is wrong.
    problems: Vec<(String, Msg)>,
}

impl ValidationErrors {
    /// Whether a field (exact path) has a problem.
    pub fn has(&self, field: &str) -> bool {
        self.problems.iter().any(|(f, _)| f == field)
    }

    /// Each problem's field path with what is wrong, in form order, in any language.
    pub fn field_msgs(&self) -> Vec<(&str, Msg)> {
        self.problems
            .iter()
            .map(|(field, msg)| (field.as_str(), msg.clone()))
            .collect()
    }

    /// Each problem with its words said by `say` (a reader's bundle), as the API sends them.
    pub fn field_errors(&self, say: impl Fn(&Msg) -> String) -> Vec<FieldError> {
        self.problems
            .iter()
            .map(|(field, msg)| FieldError {
                field: field.clone(),
                message: say(msg),
            })
            .collect()
    }

    /// Each problem said in English by core's own English file.
    #[cfg(test)]
    pub fn english_errors(&self) -> Vec<FieldError> {
        self.field_errors(english)
    }

    /// What is wrong with `field` (exact path), in any language: the first problem found.
    pub fn msg_for(&self, field: &str) -> Option<Msg> {
        self.problems
            .iter()
            .find(|(f, _)| f == field)
            .map(|(_, m)| m.clone())
    }

    fn push(&mut self, field: impl Into<String>, msg: Msg) {
        self.problems.push((field.into(), msg));
    }
}

/// A brief that passed validation, with the design's warnings for the jeweler.
#[derive(Debug, Clone, PartialEq)]
pub struct ValidBrief {
    brief: Brief,
    warnings: Vec<Warning>,
}

impl ValidBrief {
    /// The brief.
    pub fn brief(&self) -> &Brief {
        &self.brief
    }

    /// Jeweler-style warnings about the design and the timeline.
    pub fn warnings(&self) -> &[Warning] {
        &self.warnings
    }

    /// The brief, consumed.
    pub fn into_inner(self) -> Brief {
        self.brief
    }
}

impl Brief {
    /// Validates against the built-in catalog. A server with a jeweler's catalog override must use
    /// [`Brief::validate_with`] instead.
    pub fn validate(&self) -> Result<ValidBrief, ValidationErrors> {
        self.validate_with(&Catalog::builtin())
    }

    /// Validates against the given catalog.
    pub fn validate_with(&self, catalog: &Catalog) -> Result<ValidBrief, ValidationErrors> {
        self.validate_inner(catalog, None)
    }

    /// Validates against the given catalog and today's date (which the caller supplies, since this
    /// crate has no clock): a deadline in the past is an error, one under three months a warning.
    pub fn validate_on(
        &self,
        catalog: &Catalog,
        today: IsoDate,
    ) -> Result<ValidBrief, ValidationErrors> {
        self.validate_inner(catalog, Some(today))
    }

    fn validate_inner(
        &self,
        catalog: &Catalog,
        today: Option<IsoDate>,
    ) -> Result<ValidBrief, ValidationErrors> {
        let mut e = ValidationErrors::default();
        if self.version != BRIEF_VERSION {
            e.push(
                "version",
                Msg::new("field-version")
                    .arg("expected", Arg::int(i64::from(BRIEF_VERSION)))
                    .arg("got", Arg::int(i64::from(self.version))),
            );
        }
        let report = self.design.check(catalog);
        for err in &report.errors {
            e.push(format!("design.{}", err.field()), err.msg());
        }
        let mut warnings = report.warnings;
        checks::contact(&self.contact, &mut e);
        checks::budget(self.budget.as_ref(), &mut e);
        if let Some(Occasion::Other(text)) = &self.occasion {
            checks::single_line("occasion", text, 1, limits::OCCASION_MAX, &mut e);
        }
        if let Some(deadline) = &self.deadline {
            match IsoDate::parse(deadline) {
                Err(err) => e.push("deadline", err.msg()),
                Ok(date) => {
                    if let Some(today) = today {
                        let days = today.days_until(date);
                        if days < 0 {
                            e.push("deadline", Msg::new("field-deadline-passed"));
                        } else if days < limits::RUSH_DAYS {
                            warnings.push(Warning::new(
                                WarningCode::RushDeadline,
                                "deadline",
                                Msg::new("warning-rush-deadline").arg("days", Arg::int(days)),
                            ));
                        }
                    }
                }
            }
        }
        if self.size_certainty != SizeCertainty::Unknown && self.design.size.size().is_none() {
            e.push("size_certainty", Msg::new("field-size-certainty"));
        }
        if let (Some(origin), pref) = (self.design.origin.chosen(), self.origin_preference) {
            let clash = matches!(
                (origin, pref),
                (crate::catalog::Origin::Natural, OriginPreference::LabGrown)
                    | (crate::catalog::Origin::LabGrown, OriginPreference::Natural)
            );
            if clash {
                e.push("origin_preference", Msg::new("field-origin-preference"));
            }
        }
        checks::multi_line(
            "own_materials.description",
            &self.own_materials.description,
            limits::OWN_MATERIALS_MAX,
            &mut e,
        );
        if (self.own_materials.stone || self.own_materials.metal)
            && self.own_materials.description.trim().is_empty()
        {
            e.push("own_materials.description", Msg::new("field-own-materials"));
        }
        checks::multi_line("notes", &self.notes, limits::NOTES_MAX, &mut e);
        checks::attachments(&self.attachments, &mut e);
        if !self.consent_to_contact {
            e.push("consent_to_contact", Msg::new("field-consent"));
        }
        checks::locale(&self.locale, &mut e);
        if e.problems.is_empty() {
            Ok(ValidBrief {
                brief: self.clone(),
                warnings,
            })
        } else {
            Err(e)
        }
    }
}

#[cfg(test)]
mod tests;
