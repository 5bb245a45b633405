//! Rust source as nested token trees with their lines, enough to tell a string literal's place
//! (inside `view! { … }`, an attribute, a call) without compiling anything. Comments are dropped,
//! except the `// i18n: … (reason)` exemptions, which are kept per line.

use std::collections::BTreeMap;

/// One token, or a bracketed group of them.
#[derive(Debug, Clone, PartialEq)]
pub enum Tree {
    /// A name or keyword.
    Ident(String),
    /// One punctuation character.
    Punct(char),
    /// A string literal's value (escapes read, raw strings as written).
    Str(String),
    /// A number, a character or a lifetime: never words.
    Other,
    /// `( … )`, `[ … ]` or `{ … }`, by its opening character.
    Group(char, Vec<Node>),
}

/// A token tree and the line it starts on (1-based).
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// The token.
    pub tree: Tree,
    /// Where it starts.
    pub line: usize,
}

/// A whole file, read.
#[derive(Debug, Default)]
pub struct Lexed {
    /// The top-level trees.
    pub trees: Vec<Node>,
    /// Lines that carry an `// i18n:` exemption, with what it says after `i18n:`, and whether
    /// the comment is alone on its line (then it speaks for the next line).
    pub exemptions: BTreeMap<usize, (String, bool)>,
}

/// Reads `source`; an unclosed bracket or string ends the file quietly (rustc reports those).
pub fn lex(source: &str) -> Lexed {
    let mut reader = Reader {
        chars: source.chars().collect(),
        at: 0,
        line: 1,
        last_token_line: 0,
        exemptions: BTreeMap::new(),
    };
    let trees = reader.trees(None);
    Lexed {
        trees,
        exemptions: reader.exemptions,
    }
}

struct Reader {
    chars: Vec<char>,
    at: usize,
    line: usize,
    last_token_line: usize,
    exemptions: BTreeMap<usize, (String, bool)>,
}

impl Reader {
    fn peek(&self, ahead: usize) -> Option<char> {
        self.chars.get(self.at + ahead).copied()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.chars.get(self.at).copied()?;
        self.at += 1;
        if c == '\n' {
            self.line += 1;
        }
        Some(c)
    }

    fn trees(&mut self, close: Option<char>) -> Vec<Node> {
        let mut out = Vec::new();
        while let Some(c) = self.peek(0) {
            let line = self.line;
            if !c.is_whitespace() && c != '/' {
                self.last_token_line = line;
            }
            if c.is_whitespace() {
                self.bump();
            } else if c == '/' && self.peek(1) == Some('/') {
                self.line_comment();
            } else if c == '/' && self.peek(1) == Some('*') {
                self.block_comment();
            } else if Some(c) == close {
                self.bump();
                return out;
            } else if matches!(c, ')' | ']' | '}') {
                // A stray closer: skipped, so one typo cannot hide the rest of the file.
                self.bump();
            } else if let Some(closer) = closer_of(c) {
                self.bump();
                let inner = self.trees(Some(closer));
                out.push(Node {
                    tree: Tree::Group(c, inner),
                    line,
                });
            } else if c == '"' {
                self.bump();
                let text = self.string();
                out.push(Node {
                    tree: Tree::Str(text),
                    line,
                });
            } else if c == '\'' {
                self.quote();
                out.push(Node {
                    tree: Tree::Other,
                    line,
                });
            } else if c.is_ascii_digit() {
                while let Some(d) = self.peek(0) {
                    let fraction = d == '.' && self.peek(1).is_some_and(|n| n.is_ascii_digit());
                    if d.is_alphanumeric() || d == '_' || fraction {
                        self.bump();
                    } else {
                        break;
                    }
                }
                out.push(Node {
                    tree: Tree::Other,
                    line,
                });
            } else if c.is_alphabetic() || c == '_' {
                let mut ident = String::new();
                while let Some(d) = self.peek(0).filter(|d| d.is_alphanumeric() || *d == '_') {
                    ident.push(d);
                    self.bump();
                }
                let tree = match (ident.as_str(), self.peek(0)) {
                    ("r" | "br" | "cr", Some('"' | '#')) if self.raw_start() => {
                        Tree::Str(self.raw_string())
                    }
                    ("b" | "c", Some('"')) => {
                        self.bump();
                        Tree::Str(self.string())
                    }
                    ("b", Some('\'')) => {
                        self.quote();
                        Tree::Other
                    }
                    _ => Tree::Ident(ident),
                };
                out.push(Node { tree, line });
            } else {
                self.bump();
                out.push(Node {
                    tree: Tree::Punct(c),
                    line,
                });
            }
        }
        out
    }

    fn line_comment(&mut self) {
        let line = self.line;
        let mut text = String::new();
        while let Some(c) = self.peek(0).filter(|c| *c != '\n') {
            text.push(c);
            self.bump();
        }
        let body = text.trim_start_matches('/').trim_start_matches('!').trim();
        if let Some(rest) = body.strip_prefix("i18n:") {
            let alone = self.last_token_line != line;
            self.exemptions
                .insert(line, (rest.trim().to_owned(), alone));
        }
    }

    fn block_comment(&mut self) {
        let mut depth = 0;
        while let Some(c) = self.bump() {
            if c == '/' && self.peek(0) == Some('*') {
                self.bump();
                depth += 1;
            } else if c == '*' && self.peek(0) == Some('/') {
                self.bump();
                depth -= 1;
                if depth == 0 {
                    return;
                }
            }
        }
    }

    /// After the opening `"`: the value up to the closing one.
    fn string(&mut self) -> String {
        let mut text = String::new();
        while let Some(c) = self.bump() {
            match c {
                '"' => break,
                '\\' => match self.bump() {
                    Some('n') => text.push('\n'),
                    Some('t') => text.push('\t'),
                    Some('u') if self.peek(0) == Some('{') => {
                        let mut hex = String::new();
                        while let Some(h) = self.bump().filter(|h| *h != '}') {
                            if h != '{' {
                                hex.push(h);
                            }
                        }
                        let decoded = u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32);
                        text.extend(decoded);
                    }
                    Some('\n') => {
                        while self.peek(0).is_some_and(char::is_whitespace) {
                            self.bump();
                        }
                    }
                    Some(other) => text.push(other),
                    None => break,
                },
                other => text.push(other),
            }
        }
        text
    }

    /// Whether `r#…"` or `r"` follows (and not `r#ident`).
    fn raw_start(&self) -> bool {
        let mut ahead = 0;
        while self.peek(ahead) == Some('#') {
            ahead += 1;
        }
        self.peek(ahead) == Some('"')
    }

    fn raw_string(&mut self) -> String {
        let mut hashes = 0;
        while self.peek(0) == Some('#') {
            self.bump();
            hashes += 1;
        }
        self.bump();
        let mut text = String::new();
        while let Some(c) = self.bump() {
            if c == '"' && (0..hashes).all(|i| self.peek(i) == Some('#')) {
                for _ in 0..hashes {
                    self.bump();
                }
                break;
            }
            text.push(c);
        }
        text
    }

    /// A character literal or a lifetime, from its `'`.
    fn quote(&mut self) {
        self.bump();
        if self.peek(0) == Some('\\') {
            self.bump();
            self.bump();
            while let Some(c) = self.bump() {
                if c == '\'' {
                    break;
                }
            }
        } else if self.peek(1) == Some('\'') {
            self.bump();
            self.bump();
        } else {
            while self
                .peek(0)
                .is_some_and(|c| c.is_alphanumeric() || c == '_')
            {
                self.bump();
            }
        }
    }
}

fn closer_of(c: char) -> Option<char> {
    match c {
        '(' => Some(')'),
        '[' => Some(']'),
        '{' => Some('}'),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(nodes: &[Node], out: &mut Vec<(String, usize)>) {
        for node in nodes {
            match &node.tree {
                Tree::Str(text) => out.push((text.clone(), node.line)),
                Tree::Group(_, inner) => strings(inner, out),
                _ => {}
            }
        }
    }

    #[test]
    fn strings_lines_comments_and_exemptions() {
        let source = "fn a<'a>(x: &'a str) -> char {\n    // \"not a string\"\n    let c = '\"';\n    /* \"nor\n this\" */ let s = \"Hello \\\"you\\\"\\n\";\n    let r = r#\"raw \"quoted\"\"#; // i18n: not words (a test)\n    b\"bytes\"\n}\n";
        let lexed = lex(source);
        let mut found = Vec::new();
        strings(&lexed.trees, &mut found);
        assert_eq!(
            found,
            vec![
                ("Hello \"you\"\n".to_owned(), 5),
                ("raw \"quoted\"".to_owned(), 6),
                ("bytes".to_owned(), 7),
            ]
        );
        assert_eq!(
            lexed.exemptions.get(&6),
            Some(&("not words (a test)".to_owned(), false))
        );
        assert_eq!(lexed.trees.len(), 10, "{:?}", lexed.trees);
    }
}
