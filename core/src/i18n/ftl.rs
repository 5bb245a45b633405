//! A reader for the subset of Fluent (`.ftl`) that Atelier's message files use.
//!
//! Read: `# comments`, messages `key = text` and terms `-brand = text`, multiline values (indented
//! continuation lines, with their common indent removed), placeables `{ $var }`, `{ -term }`,
//! `{ other-message }`, `{ "literal" }`, `{ NUMBER($n, minimumFractionDigits: 2) }`, and selects
//! `{ $n -> [one] … *[other] … }` whose variants each fit on one line. Anything else (attributes,
//! multiline variants, other functions) is an error naming its line, so a translator's file that this
//! reader would misread is refused instead.

use thiserror::Error;

/// A message's value: text and placeables.
pub type Pattern = Vec<Element>;

/// One piece of a pattern.
#[derive(Debug, Clone, PartialEq)]
pub enum Element {
    /// Text shown as it is.
    Text(String),
    /// `{ … }`.
    Place(Expr),
}

/// What a placeable holds.
#[derive(Debug, Clone, PartialEq)]
pub enum Expr {
    /// `$name`: an argument.
    Var(String),
    /// `NUMBER($name, minimumFractionDigits: …, maximumFractionDigits: …)`.
    Number {
        /// The argument.
        var: String,
        /// `minimumFractionDigits`, when given.
        min_frac: Option<u8>,
        /// `maximumFractionDigits`, when given.
        max_frac: Option<u8>,
    },
    /// `other-message` or `-term`.
    Ref(String),
    /// `"text"`, for characters a pattern cannot hold as they are (`{ "{" }`, leading spaces).
    Literal(String),
    /// `selector -> [key] … *[other] …`.
    Select {
        /// `Var` or `Number`.
        selector: Box<Expr>,
        /// The variants in file order.
        variants: Vec<Variant>,
        /// Index of the `*` variant.
        default: usize,
    },
}

/// One `[key] value` of a select.
#[derive(Debug, Clone, PartialEq)]
pub struct Variant {
    /// What it matches.
    pub key: VariantKey,
    /// What it says.
    pub value: Pattern,
}

/// A variant's key.
#[derive(Debug, Clone, PartialEq)]
pub enum VariantKey {
    /// A plural category (`one`, `few`, …) or a string value (`gold`).
    Name(String),
    /// An exact number (`[0]`).
    Number(f64),
}

/// A message or term read from a file.
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    /// Its key; terms start with `-`.
    pub id: String,
    /// Its value.
    pub value: Pattern,
    /// The line it starts on (1-based).
    pub line: usize,
}

/// Why a file could not be read.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("line {line}: {what}")]
pub struct ParseError {
    /// The line (1-based).
    pub line: usize,
    /// What is wrong there.
    pub what: String,
}

/// Reads a whole `.ftl` file.
pub fn parse(source: &str) -> Result<Vec<Message>, ParseError> {
    let mut entries: Vec<(String, usize, String, Vec<&str>)> = Vec::new();
    let mut open = false;
    for (index, line) in source.lines().enumerate() {
        let number = index + 1;
        if line.trim().is_empty() {
            if let (true, Some(entry)) = (open, entries.last_mut()) {
                entry.3.push("");
            }
        } else if line.starts_with('#') {
            open = false;
        } else if line.starts_with([' ', '\t', '}']) {
            let Some(entry) = entries.last_mut().filter(|_| open) else {
                return Err(error(number, "an indented line outside any message"));
            };
            if line.trim_start().starts_with('.') {
                return Err(error(number, "attributes are not supported"));
            }
            entry.3.push(line);
        } else {
            let Some((id, value)) = line.split_once('=') else {
                return Err(error(number, "expected `key = value`"));
            };
            let id = id.trim_end();
            if !is_id(id.strip_prefix('-').unwrap_or(id)) {
                return Err(error(number, format!("`{id}` is not a message key")));
            }
            entries.push((
                id.to_owned(),
                number,
                value.trim_start().to_owned(),
                Vec::new(),
            ));
            open = true;
        }
    }
    entries
        .into_iter()
        .map(|(id, line, first, rest)| {
            let text = join(&first, &rest);
            if text.is_empty() {
                return Err(error(line, format!("`{id}` has no value")));
            }
            let value = Cursor::new(&text, line).pattern(false)?;
            Ok(Message { id, value, line })
        })
        .collect()
}

/// The value's lines as one text: continuation lines lose their common indent.
fn join(first: &str, rest: &[&str]) -> String {
    let mut rest = rest.to_vec();
    while rest.last().is_some_and(|l| l.trim().is_empty()) {
        rest.pop();
    }
    let indent = rest
        .iter()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('}'))
        .map(|l| l.len() - l.trim_start().len())
        .min()
        .unwrap_or(0);
    // A select's closing `}` may stand at the start of its line.
    let lines = rest
        .iter()
        .map(|l| l.get(indent..).filter(|_| !l.starts_with('}')).unwrap_or(l));
    let mut text = first.trim_end().to_owned();
    for line in lines {
        if !text.is_empty() {
            text.push('\n');
        }
        text.push_str(line.trim_end());
    }
    text
}

fn is_id(id: &str) -> bool {
    let mut chars = id.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

fn error(line: usize, what: impl Into<String>) -> ParseError {
    ParseError {
        line,
        what: what.into(),
    }
}

/// A position in one message's value.
struct Cursor {
    chars: Vec<char>,
    at: usize,
    first_line: usize,
}

impl Cursor {
    fn new(text: &str, first_line: usize) -> Self {
        Cursor {
            chars: text.chars().collect(),
            at: 0,
            first_line,
        }
    }

    fn peek(&self) -> Option<char> {
        self.chars.get(self.at).copied()
    }

    fn peek_at(&self, ahead: usize) -> Option<char> {
        self.chars.get(self.at + ahead).copied()
    }

    fn fail(&self, what: impl Into<String>) -> ParseError {
        let newlines = self.chars[..self.at.min(self.chars.len())]
            .iter()
            .filter(|c| **c == '\n')
            .count();
        error(self.first_line + newlines, what)
    }

    fn skip_blank(&mut self, newlines: bool) {
        while self
            .peek()
            .is_some_and(|c| c == ' ' || c == '\t' || (newlines && c == '\n'))
        {
            self.at += 1;
        }
    }

    fn expect(&mut self, wanted: char) -> Result<(), ParseError> {
        if self.peek() == Some(wanted) {
            self.at += 1;
            Ok(())
        } else {
            Err(self.fail(format!("expected `{wanted}`")))
        }
    }

    /// Text and placeables up to the end, or for a variant up to its line's end or the select's `}`.
    fn pattern(&mut self, variant: bool) -> Result<Pattern, ParseError> {
        let mut pattern = Vec::new();
        let mut text = String::new();
        while let Some(c) = self.peek() {
            match c {
                '{' => {
                    self.at += 1;
                    if !text.is_empty() {
                        pattern.push(Element::Text(std::mem::take(&mut text)));
                    }
                    pattern.push(Element::Place(self.placeable()?));
                }
                '}' if variant => break,
                '}' => return Err(self.fail("a `}` with no `{`")),
                '\n' if variant => break,
                _ => {
                    text.push(c);
                    self.at += 1;
                }
            }
        }
        if !text.is_empty() {
            pattern.push(Element::Text(text));
        }
        if variant {
            trim(&mut pattern);
        }
        Ok(pattern)
    }

    /// After `{`: an expression, perhaps a select, up to its `}`.
    fn placeable(&mut self) -> Result<Expr, ParseError> {
        self.skip_blank(true);
        let expr = self.inline()?;
        self.skip_blank(true);
        if self.peek() == Some('-') && self.peek_at(1) == Some('>') {
            if !matches!(expr, Expr::Var(_) | Expr::Number { .. }) {
                return Err(self.fail("only an argument or NUMBER() can choose a variant"));
            }
            self.at += 2;
            return self.select(expr);
        }
        self.expect('}')?;
        Ok(expr)
    }

    fn select(&mut self, selector: Expr) -> Result<Expr, ParseError> {
        let mut variants = Vec::new();
        let mut default = None;
        loop {
            self.skip_blank(true);
            match self.peek() {
                Some('}') => {
                    self.at += 1;
                    break;
                }
                Some('*') => {
                    if default.is_some() {
                        return Err(self.fail("a second default variant"));
                    }
                    default = Some(variants.len());
                    self.at += 1;
                }
                Some('[') => {}
                _ => return Err(self.fail("expected a variant `[key] …` or `}`")),
            }
            if self.peek() == Some('}') && default.is_none() {
                continue;
            }
            self.expect('[')?;
            self.skip_blank(false);
            let key = self.variant_key()?;
            self.skip_blank(false);
            self.expect(']')?;
            let value = self.pattern(true)?;
            variants.push(Variant { key, value });
        }
        let default = default.ok_or_else(|| self.fail("a select needs a `*[…]` default"))?;
        Ok(Expr::Select {
            selector: Box::new(selector),
            variants,
            default,
        })
    }

    fn variant_key(&mut self) -> Result<VariantKey, ParseError> {
        if self.peek().is_some_and(|c| c.is_ascii_digit() || c == '-') {
            let number = self.take_while(|c| c.is_ascii_digit() || c == '.' || c == '-');
            return number
                .parse()
                .map(VariantKey::Number)
                .map_err(|_| self.fail(format!("`{number}` is not a number")));
        }
        let name = self.identifier();
        if name.is_empty() {
            return Err(self.fail("expected a variant key"));
        }
        Ok(VariantKey::Name(name))
    }

    fn take_while(&mut self, keep: impl Fn(char) -> bool) -> String {
        let start = self.at;
        while self.peek().is_some_and(&keep) {
            self.at += 1;
        }
        self.chars[start..self.at].iter().collect()
    }

    fn identifier(&mut self) -> String {
        if !self.peek().is_some_and(|c| c.is_ascii_alphabetic()) {
            return String::new();
        }
        self.take_while(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    }

    fn inline(&mut self) -> Result<Expr, ParseError> {
        match self.peek() {
            Some('$') => {
                self.at += 1;
                let name = self.identifier();
                if name.is_empty() {
                    return Err(self.fail("expected an argument name after `$`"));
                }
                Ok(Expr::Var(name))
            }
            Some('"') => self.literal().map(Expr::Literal),
            Some('-') if self.peek_at(1).is_some_and(|c| c.is_ascii_alphabetic()) => {
                self.at += 1;
                Ok(Expr::Ref(format!("-{}", self.identifier())))
            }
            Some(c) if c.is_ascii_alphabetic() => {
                let name = self.identifier();
                self.skip_blank(false);
                if self.peek() == Some('(') {
                    return self.function(&name);
                }
                Ok(Expr::Ref(name))
            }
            _ => Err(self.fail("expected `$argument`, a message, a term or a \"string\"")),
        }
    }

    fn literal(&mut self) -> Result<String, ParseError> {
        self.expect('"')?;
        let mut text = String::new();
        loop {
            match self.peek() {
                Some('"') => {
                    self.at += 1;
                    return Ok(text);
                }
                Some('\\') => {
                    self.at += 1;
                    match self.peek() {
                        Some(c @ ('"' | '\\')) => {
                            self.at += 1;
                            text.push(c);
                        }
                        Some('u') => {
                            self.at += 1;
                            let hex = self.take_while(|c| c.is_ascii_hexdigit());
                            let c = (hex.len() == 4)
                                .then(|| u32::from_str_radix(&hex, 16).ok())
                                .flatten()
                                .and_then(char::from_u32)
                                .ok_or_else(|| self.fail("expected `\\u` and four hex digits"))?;
                            text.push(c);
                        }
                        _ => return Err(self.fail("an unknown escape in a string")),
                    }
                }
                Some('\n') | None => return Err(self.fail("a string with no closing `\"`")),
                Some(c) => {
                    self.at += 1;
                    text.push(c);
                }
            }
        }
    }

    fn function(&mut self, name: &str) -> Result<Expr, ParseError> {
        if name != "NUMBER" {
            return Err(self.fail(format!("the function `{name}` is not supported")));
        }
        self.expect('(')?;
        self.skip_blank(true);
        let Expr::Var(var) = self.inline()? else {
            return Err(self.fail("NUMBER() takes an `$argument` first"));
        };
        let (mut min_frac, mut max_frac) = (None, None);
        loop {
            self.skip_blank(true);
            match self.peek() {
                Some(')') => {
                    self.at += 1;
                    break;
                }
                Some(',') => self.at += 1,
                _ => return Err(self.fail("expected `,` or `)` in NUMBER()")),
            }
            self.skip_blank(true);
            let option = self.identifier();
            self.skip_blank(false);
            self.expect(':')?;
            self.skip_blank(false);
            let value = self.take_while(|c| c.is_ascii_digit());
            let value: u8 = value
                .parse()
                .ok()
                .filter(|v| *v <= 20)
                .ok_or_else(|| self.fail("expected a number of digits from 0 to 20"))?;
            match option.as_str() {
                "minimumFractionDigits" => min_frac = Some(value),
                "maximumFractionDigits" => max_frac = Some(value),
                other => return Err(self.fail(format!("NUMBER() has no option `{other}` here"))),
            }
        }
        Ok(Expr::Number {
            var,
            min_frac,
            max_frac,
        })
    }
}

/// A variant's value loses the blanks around it, as in Fluent.
fn trim(pattern: &mut Pattern) {
    if let Some(Element::Text(text)) = pattern.first_mut() {
        *text = text.trim_start().to_owned();
    }
    if let Some(Element::Text(text)) = pattern.last_mut() {
        *text = text.trim_end().to_owned();
    }
    pattern.retain(|e| !matches!(e, Element::Text(t) if t.is_empty()));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Element {
        Element::Text(s.to_owned())
    }

    #[test]
    fn reads_text_arguments_and_multiline_values() {
        let file = "# A comment\n-brand = Atelier\nhello = Hello, { $name }!\nlong =\n    First line\n      indented\n\n    last\nnext = { -brand } and { hello }\n";
        let messages = parse(file).unwrap();
        assert_eq!(messages.len(), 4);
        assert_eq!(messages[0].id, "-brand");
        assert_eq!(
            messages[1].value,
            vec![
                text("Hello, "),
                Element::Place(Expr::Var("name".into())),
                text("!")
            ]
        );
        assert_eq!(
            messages[2].value,
            vec![text("First line\n  indented\n\nlast")]
        );
        assert_eq!(messages[3].line, 9);
    }

    #[test]
    fn reads_selects_numbers_and_literals() {
        let file = "sizes = { $n ->\n    [0] no change\n    [one] { $n } size\n   *[other] { NUMBER($n, maximumFractionDigits: 1) } sizes\n}\nbrace = { \"{\" }\\u\n";
        let messages = parse(file).unwrap();
        let [Element::Place(Expr::Select {
            variants, default, ..
        })] = messages[0].value.as_slice()
        else {
            panic!("not a select: {:?}", messages[0].value);
        };
        assert_eq!(*default, 2);
        assert_eq!(variants[0].key, VariantKey::Number(0.0));
        assert_eq!(variants[0].value, vec![text("no change")]);
        assert_eq!(
            variants[2].value,
            vec![
                Element::Place(Expr::Number {
                    var: "n".into(),
                    min_frac: None,
                    max_frac: Some(1)
                }),
                text(" sizes")
            ]
        );
        assert_eq!(
            messages[1].value,
            vec![Element::Place(Expr::Literal("{".into())), text("\\u")]
        );
    }

    #[test]
    fn refuses_what_it_would_misread_naming_the_line() {
        for (file, line) in [
            ("a = ok\nb\n", 2),
            ("a = x\n    .title = y\n", 2),
            ("  a = x\n", 1),
            ("a = { $n ->\n [one] x\n}\n", 3),
            ("a = { $n ->\n *[one] x\n   y\n}\n", 3),
            ("a = { FOO($n) }\n", 1),
            ("a = x }\n", 1),
            ("a =\n", 1),
            ("a b = c\n", 1),
        ] {
            let found = parse(file).expect_err(file);
            assert_eq!(found.line, line, "{file}: {found}");
        }
    }
}
