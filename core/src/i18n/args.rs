//! What core says, before it is put into words: a message key with named arguments.

use std::borrow::Cow;

/// One argument of a message.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// Text used as it is: a name the jeweler or the visitor wrote, a reference, a code.
    Text(String),
    /// A number, shown with between `min_frac` and `max_frac` decimals in the reader's style; it also
    /// chooses plural variants (`[one]`, `[other]`).
    Number {
        /// The value.
        value: f64,
        /// Fewest decimals shown.
        min_frac: u8,
        /// Most decimals shown.
        max_frac: u8,
    },
    /// An amount of money in an ISO 4217 currency, e.g. `1234.5` and `"EUR"`.
    Money {
        /// The amount, in the currency's major unit.
        amount: f64,
        /// ISO 4217 code.
        currency: String,
    },
    /// Another message, put into words first (e.g. a metal's name inside the summary).
    Msg(Box<Msg>),
    /// Several messages joined as the language lists things ("a, b and c").
    List(Vec<Msg>),
}

impl Arg {
    /// A whole number (counts, sizes in steps).
    pub fn int(value: i64) -> Self {
        Arg::Number {
            value: value as f64,
            min_frac: 0,
            max_frac: 0,
        }
    }

    /// A measurement shown with exactly `frac` decimals (`8.50 mm`, `1.20 ct`).
    pub fn fixed(value: f64, frac: u8) -> Self {
        Arg::Number {
            value,
            min_frac: frac,
            max_frac: frac,
        }
    }
}

impl From<&str> for Arg {
    fn from(text: &str) -> Self {
        Arg::Text(text.to_owned())
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Self {
        Arg::Text(text)
    }
}

impl From<Msg> for Arg {
    fn from(msg: Msg) -> Self {
        Arg::Msg(Box::new(msg))
    }
}

/// A message key and its arguments: words not yet in any language.
#[derive(Debug, Clone, PartialEq)]
pub struct Msg {
    /// The message's key in the `.ftl` files, e.g. `summary-size-known`.
    pub key: Cow<'static, str>,
    /// Named arguments, `$name` in the message.
    pub args: Vec<(&'static str, Arg)>,
    /// Said instead when no language has the key: a catalog entry the jeweler added under their own
    /// name, which has no translation.
    pub fallback: Option<String>,
}

impl Msg {
    /// A message with no arguments.
    pub fn new(key: impl Into<Cow<'static, str>>) -> Self {
        Msg {
            key: key.into(),
            args: Vec::new(),
            fallback: None,
        }
    }

    /// Adds the argument `$name`.
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    /// Text to show when the key is in no message file.
    pub fn or_text(mut self, fallback: impl Into<String>) -> Self {
        self.fallback = Some(fallback.into());
        self
    }
}

/// The message in no language, for logs and developers (`size-not-us(text: "x")`): an error's
/// `Display` says this, so no language's words need to be compiled in to report one.
impl std::fmt::Display for Msg {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.key)?;
        if self.args.is_empty() {
            return Ok(());
        }
        f.write_str("(")?;
        for (i, (name, value)) in self.args.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            write!(f, "{name}: {value}")?;
        }
        f.write_str(")")
    }
}

impl std::fmt::Display for Arg {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Arg::Text(text) => write!(f, "{text:?}"),
            Arg::Number { value, .. } => write!(f, "{value}"),
            Arg::Money { amount, currency } => write!(f, "{amount} {currency}"),
            Arg::Msg(msg) => write!(f, "{msg}"),
            Arg::List(list) => {
                f.write_str("[")?;
                for (i, msg) in list.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{msg}")?;
                }
                f.write_str("]")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_displays_in_no_language() {
        let msg = Msg::new("size-not-us")
            .arg("text", "x")
            .arg("n", Arg::int(3))
            .arg("in", Msg::new("metal-platinum"));
        assert_eq!(
            msg.to_string(),
            r#"size-not-us(text: "x", n: 3, in: metal-platinum)"#
        );
        assert_eq!(Msg::new("spec-none").to_string(), "spec-none");
    }
}
