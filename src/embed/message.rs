//! The embed protocol's messages as plain Rust data: commands read from an incoming message's
//! fields, and events written as a list of fields. Nothing here touches JS, so the protocol's rules
//! are tested natively; the parent module moves fields in and out of JS objects with
//! `Reflect`, which costs far less wasm than going through serde and JSON text.

use std::collections::BTreeMap;

/// The protocol version in every message; the loader ignores any other.
pub const PROTOCOL: u32 = 1;

/// Why a message or the embedding itself was refused.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum EmbedError {
    /// The message is not a protocol message this version understands.
    #[error("not an Atelier message: {0}")]
    Malformed(String),
    /// A protocol message of another version.
    #[error("protocol version {0} is not supported (this app speaks {PROTOCOL})")]
    Version(u32),
    /// The server does not list the host page's origin.
    #[error("{0} may not embed this configurator")]
    Refused(String),
    /// The server could not be asked.
    #[error("cannot check the embedding page: {0}")]
    Check(String),
}

/// One field of an incoming message, as far as the protocol reads it.
#[derive(Debug, Clone, PartialEq)]
pub enum Field {
    /// Not there (`undefined`).
    Absent,
    /// `null`.
    Null,
    /// A number.
    Number(f64),
    /// A string.
    Text(String),
    /// A plain object's own fields (read one level deep only: `theme`'s `vars`).
    Object(Vec<(String, Field)>),
    /// Anything else: a boolean, an array, a nested object where none is read.
    Other,
}

/// Commands from the host page.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Show this design (a share code, as in `?d=`).
    SetDesign {
        /// The share code.
        design: String,
    },
    /// Go to a step of the flow, by its slug (`metal`, `stone`, …, `brief`).
    OpenStep {
        /// The step's slug.
        step: String,
    },
    /// Restyle: `--atelier-*` custom properties, and optionally `light` or `dark`.
    Theme {
        /// Property name to value.
        vars: BTreeMap<String, String>,
        /// `light`, `dark` or absent.
        scheme: Option<String>,
    },
}

fn malformed(text: &str) -> EmbedError {
    EmbedError::Malformed(text.to_owned())
}

/// A required string field.
fn text(field: Field, name: &str) -> Result<String, EmbedError> {
    match field {
        Field::Text(text) => Ok(text),
        Field::Absent => Err(malformed(&format!("missing field `{name}`"))),
        _ => Err(malformed(&format!("`{name}` is not a string"))),
    }
}

/// Reads a command from a message, given a way to look up its fields by name.
pub fn parse_command(field: impl Fn(&str) -> Field) -> Result<Command, EmbedError> {
    let version = match field("atelier") {
        Field::Number(n) if n.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(&n) => {
            n as u32
        }
        Field::Absent => return Err(malformed("missing field `atelier`")),
        _ => return Err(malformed("`atelier` is not a version number")),
    };
    if version != PROTOCOL {
        return Err(EmbedError::Version(version));
    }
    match text(field("type"), "type")?.as_str() {
        "set-design" => Ok(Command::SetDesign {
            design: text(field("design"), "design")?,
        }),
        "open-step" => Ok(Command::OpenStep {
            step: text(field("step"), "step")?,
        }),
        "theme" => {
            let vars = match field("vars") {
                Field::Absent | Field::Null => BTreeMap::new(),
                Field::Object(entries) => entries
                    .into_iter()
                    .map(|(name, value)| Ok((name, text(value, "vars")?)))
                    .collect::<Result<_, EmbedError>>()?,
                _ => return Err(malformed("`vars` is not an object")),
            };
            let scheme = match field("scheme") {
                Field::Absent | Field::Null => None,
                other => Some(text(other, "scheme")?),
            };
            Ok(Command::Theme { vars, scheme })
        }
        other => Err(malformed(&format!("unknown type `{other}`"))),
    }
}

/// Messages to the host page.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// The app runs and has verified the host's origin.
    Ready {
        /// The document's height in CSS pixels.
        height: u32,
        /// The design's share code.
        design: String,
        /// The design's share link.
        link: String,
        /// The design in words.
        summary: String,
        /// The step on screen, by its slug.
        step: &'static str,
    },
    /// The document's height changed.
    Resize {
        /// The document's height in CSS pixels.
        height: u32,
    },
    /// The design changed.
    DesignChanged {
        /// The design's share code.
        design: String,
        /// The design's share link.
        link: String,
        /// The design in words.
        summary: String,
    },
    /// The server stored a brief.
    BriefSubmitted {
        /// Its reference; never personal data.
        reference: String,
    },
    /// A command could not be carried out.
    Error {
        /// Why.
        message: String,
    },
}

/// A field of an outgoing message.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Out<'a> {
    /// A whole number.
    Number(u32),
    /// A string.
    Text(&'a str),
}

impl Event {
    /// The message's fields in order: `atelier` (the version), `type`, then the event's own.
    pub fn fields(&self) -> Vec<(&'static str, Out<'_>)> {
        let (kind, mut own) = match self {
            Event::Ready {
                height,
                design,
                link,
                summary,
                step,
            } => (
                "ready",
                vec![
                    ("height", Out::Number(*height)),
                    ("design", Out::Text(design)),
                    ("link", Out::Text(link)),
                    ("summary", Out::Text(summary)),
                    ("step", Out::Text(step)),
                ],
            ),
            Event::Resize { height } => ("resize", vec![("height", Out::Number(*height))]),
            Event::DesignChanged {
                design,
                link,
                summary,
            } => (
                "design-changed",
                vec![
                    ("design", Out::Text(design)),
                    ("link", Out::Text(link)),
                    ("summary", Out::Text(summary)),
                ],
            ),
            Event::BriefSubmitted { reference } => {
                ("brief-submitted", vec![("reference", Out::Text(reference))])
            }
            Event::Error { message } => ("error", vec![("message", Out::Text(message))]),
        };
        let mut fields = vec![
            ("atelier", Out::Number(PROTOCOL)),
            ("type", Out::Text(kind)),
        ];
        fields.append(&mut own);
        fields
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A message as the host page would post it.
    fn message<'a>(fields: &'a [(&'a str, Field)]) -> impl Fn(&str) -> Field + 'a {
        |name| {
            fields
                .iter()
                .find(|(n, _)| *n == name)
                .map_or(Field::Absent, |(_, f)| f.clone())
        }
    }

    fn t(text: &str) -> Field {
        Field::Text(text.to_owned())
    }

    #[test]
    fn parses_versioned_commands_only() {
        let one = ("atelier", Field::Number(1.0));
        assert_eq!(
            parse_command(message(&[
                one.clone(),
                ("type", t("set-design")),
                ("design", t("abc"))
            ])),
            Ok(Command::SetDesign {
                design: "abc".into()
            })
        );
        assert_eq!(
            parse_command(message(&[
                one.clone(),
                ("type", t("open-step")),
                ("step", t("band"))
            ])),
            Ok(Command::OpenStep {
                step: "band".into()
            })
        );
        assert_eq!(
            parse_command(message(&[
                ("atelier", Field::Number(2.0)),
                ("type", t("open-step")),
                ("step", t("band"))
            ])),
            Err(EmbedError::Version(2))
        );
        for broken in [
            vec![("type", t("open-step")), ("step", t("band"))],
            vec![("atelier", Field::Number(1.5)), ("type", t("open-step"))],
            vec![("atelier", t("1")), ("type", t("open-step"))],
            vec![one.clone(), ("type", t("format-disk"))],
            vec![one.clone(), ("type", t("open-step"))],
            vec![
                one.clone(),
                ("type", t("set-design")),
                ("design", Field::Number(3.0)),
            ],
            vec![
                one.clone(),
                ("type", t("theme")),
                ("vars", t("--atelier-accent")),
            ],
            vec![
                one.clone(),
                ("type", t("theme")),
                (
                    "vars",
                    Field::Object(vec![("--atelier-accent".into(), Field::Other)]),
                ),
            ],
        ] {
            assert!(
                matches!(
                    parse_command(message(&broken)),
                    Err(EmbedError::Malformed(_))
                ),
                "{broken:?}"
            );
        }
        let theme = parse_command(message(&[
            one.clone(),
            ("type", t("theme")),
            (
                "vars",
                Field::Object(vec![("--atelier-accent".into(), t("#0a5"))]),
            ),
            ("scheme", t("dark")),
        ]));
        let Ok(Command::Theme { vars, scheme }) = theme else {
            panic!("a theme command, got {theme:?}");
        };
        assert_eq!(vars["--atelier-accent"], "#0a5");
        assert_eq!(scheme.as_deref(), Some("dark"));
        assert_eq!(
            parse_command(message(&[
                one,
                ("type", t("theme")),
                ("scheme", Field::Null)
            ])),
            Ok(Command::Theme {
                vars: BTreeMap::new(),
                scheme: None
            })
        );
    }

    #[test]
    fn events_carry_the_version_and_their_type() {
        assert_eq!(
            Event::BriefSubmitted {
                reference: "AT-7KQ2M".into(),
            }
            .fields(),
            vec![
                ("atelier", Out::Number(1)),
                ("type", Out::Text("brief-submitted")),
                ("reference", Out::Text("AT-7KQ2M")),
            ]
        );
        let ready = Event::Ready {
            height: 720,
            design: "AQIB".into(),
            link: "https://a.example/?d=AQIB".into(),
            summary: "A ring".into(),
            step: "metal",
        };
        let names: Vec<&str> = ready.fields().iter().map(|(n, _)| *n).collect();
        assert_eq!(
            names,
            ["atelier", "type", "height", "design", "link", "summary", "step"]
        );
        assert_eq!(
            Event::Resize { height: 900 }.fields()[2],
            ("height", Out::Number(900))
        );
    }
}
