//! Finds words a person reads that are written in Rust instead of the message files, and the
//! message keys the code uses.
//!
//! Inside `view! { … }`: quoted and unquoted text children, the attributes people read
//! (`aria-label`, `title`, `placeholder`, `alt`, `label`, a button's `value`, and a component's
//! text props such as `label` or `heading`), and string literals in child expressions. Elsewhere,
//! string literals that read as prose ("Send to the jeweler", "Sent"). Never words: keys given to
//! `t`, `t_args` or `Msg::new`, classes, ids, URLs, match patterns and comparisons, JSON keys,
//! logs, assertions, attributes and tests. A line that really holds no words for a reader says so
//! with a trailing `// i18n: not words (why)`; an exemption without a reason in brackets is itself
//! a finding.

use super::lexer::{lex, Node, Tree};

/// Why a piece of text was taken for words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// A text child of an element.
    Text,
    /// An attribute or prop people read.
    Attribute,
    /// A string literal in code.
    Code,
    /// An `// i18n:` comment without a reason.
    Exemption,
}

/// Words found outside the message files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// Line, 1-based.
    pub line: usize,
    /// The text as written.
    pub text: String,
    /// Where it was.
    pub place: Place,
}

/// A message key the code names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyUse {
    /// Line, 1-based.
    pub line: usize,
    /// The key.
    pub key: String,
    /// Given to `t`, `t_args` or `Msg::new` (so it must exist), rather than only looking like a key.
    pub explicit: bool,
}

/// What one file says.
#[derive(Debug, Default)]
pub struct Scan {
    /// Words a reader sees, not from a message file.
    pub findings: Vec<Finding>,
    /// Keys named.
    pub keys: Vec<KeyUse>,
    /// Keys built at run time, as patterns with `*` for each placeholder
    /// (`t(&format!("metal-{id}"))` is `metal-*`), with their lines.
    pub dynamic: Vec<(usize, String)>,
    /// `format!` strings that may build a key (`"email-view-{}"`), as patterns with their lines;
    /// they are keys when English has keys that start the same way.
    pub maybe_dynamic: Vec<(usize, String)>,
    /// Modules declared test-only in this file (`#[cfg(test)] mod words;`), kept in files of
    /// their own.
    pub test_modules: Vec<String>,
}

/// Attributes of HTML elements that people read (screen readers included).
const READ_ATTRIBUTES: [&str; 10] = [
    "aria-label",
    "aria-description",
    "aria-roledescription",
    "aria-valuetext",
    "aria-placeholder",
    "title",
    "placeholder",
    "alt",
    "label",
    // Shown by the stylesheet (`content: attr(data-drawing)`) while a ring is being drawn.
    "data-drawing",
];

/// Component props that hold text to show.
const TEXT_PROPS: [&str; 16] = [
    "label",
    "title",
    "heading",
    "hint",
    "text",
    "message",
    "caption",
    "legend",
    "description",
    "placeholder",
    "aria_label",
    "summary",
    "help",
    "note",
    "empty",
    "alt",
];

/// Calls that put their text on screen (the DOM, dialogs, the postcard's canvas).
const TEXT_SINKS: [&str; 10] = [
    "set_text_content",
    "set_inner_text",
    "set_inner_html",
    "alert_with_message",
    "confirm_with_message",
    "prompt_with_message",
    "set_title",
    "fill_text",
    "fill_text_with_max_width",
    "stroke_text",
];

/// Macros whose strings are for developers, or patterns.
const QUIET_MACROS: [&str; 22] = [
    "debug",
    "info",
    "warn",
    "error",
    "trace",
    "event",
    "span",
    "log",
    "println",
    "eprintln",
    "print",
    "eprint",
    "panic",
    "assert",
    "assert_eq",
    "assert_ne",
    "debug_assert",
    "debug_assert_eq",
    "unreachable",
    "todo",
    "matches",
    "include_str",
];

/// Calls whose string arguments are names, keys or code (`.get("field")`, `.starts_with("#")`).
const QUIET_CALLS: [&str; 41] = [
    "custom",
    "ok_or",
    "ok_or_else",
    "map_err",
    "Failure",
    "starts_with",
    "ends_with",
    "strip_prefix",
    "strip_suffix",
    "contains",
    "split",
    "split_once",
    "rsplit_once",
    "find",
    "replace",
    "trim_matches",
    "get",
    "get_item",
    "set_item",
    "remove_item",
    "header",
    "query_selector",
    "query_selector_all",
    "get_element_by_id",
    "get_attribute",
    "remove_attribute",
    "has_attribute",
    "add_event_listener_with_callback",
    "remove_event_listener_with_callback",
    "create_element",
    "set_property",
    "get_property_value",
    "dispatch_event",
    "expect",
    "context",
    "bind",
    "query",
    "query_as",
    "query_scalar",
    "env",
    "var",
];

/// Reads one Rust file.
pub fn scan(source: &str) -> Scan {
    let lexed = lex(source);
    let mut walker = Walker {
        out: Scan::default(),
        in_err: 0,
    };
    walker.code(&lexed.trees, false);
    let exempt = |line: usize| match lexed.exemptions.get(&line) {
        Some((why, _)) => Some(why),
        None => match lexed.exemptions.get(&line.saturating_sub(1)) {
            Some((why, true)) => Some(why),
            _ => None,
        },
    };
    let mut findings: Vec<Finding> = walker
        .out
        .findings
        .into_iter()
        .filter(|f| exempt(f.line).is_none_or(|why| !has_reason(why)))
        .collect();
    for (line, (why, _)) in &lexed.exemptions {
        if !has_reason(why) {
            findings.push(Finding {
                line: *line,
                text: format!("// i18n: {why}"),
                place: Place::Exemption,
            });
        }
    }
    findings.sort_by_key(|f| f.line);
    Scan {
        findings,
        keys: walker.out.keys,
        // A key built wholly from what the caller passes in says which keys in an exemption.
        dynamic: walker
            .out
            .dynamic
            .into_iter()
            .filter(|(line, _)| exempt(*line).is_none_or(|why| !has_reason(why)))
            .collect(),
        maybe_dynamic: walker
            .out
            .maybe_dynamic
            .into_iter()
            .filter(|(line, _)| exempt(*line).is_none_or(|why| !has_reason(why)))
            .collect(),
        test_modules: walker.out.test_modules,
    }
}

/// `not words (the SVG path's letters)`: something in brackets says why.
fn has_reason(exemption: &str) -> bool {
    exemption
        .split_once('(')
        .and_then(|(_, rest)| rest.rsplit_once(')'))
        .is_some_and(|(why, _)| why.trim().chars().filter(|c| c.is_alphabetic()).count() >= 3)
}

struct Walker {
    out: Scan,
    /// How many `Err(…)` the walk is inside: there, text in Rust's error style (starting lower
    /// case) is for logs and developers.
    in_err: u32,
}

fn ident(node: Option<&Node>) -> Option<&str> {
    match node.map(|n| &n.tree) {
        Some(Tree::Ident(name)) => Some(name),
        _ => None,
    }
}

fn punct(node: Option<&Node>, c: char) -> bool {
    matches!(node.map(|n| &n.tree), Some(Tree::Punct(p)) if *p == c)
}

impl Walker {
    /// Rust code; `shown`: its string literals are shown as they are (a child expression of an
    /// element, the value of an attribute people read).
    fn code(&mut self, nodes: &[Node], shown: bool) {
        let mut i = 0;
        let mut skip_item = false;
        while i < nodes.len() {
            let node = &nodes[i];
            if punct(Some(node), '#') {
                let mut j = i + 1;
                if punct(nodes.get(j), '!') {
                    j += 1;
                }
                if let Some(Tree::Group('[', inner)) = nodes.get(j).map(|n| &n.tree) {
                    skip_item |= is_test_attribute(inner);
                    i = j + 1;
                    continue;
                }
            }
            if skip_item {
                if let (Tree::Ident(keyword), Some(name), true) = (
                    &node.tree,
                    ident(nodes.get(i + 1)),
                    punct(nodes.get(i + 2), ';'),
                ) {
                    if keyword == "mod" {
                        self.out.test_modules.push(name.to_owned());
                    }
                }
                if matches!(node.tree, Tree::Group('{', _) | Tree::Punct(';')) {
                    skip_item = false;
                }
                i += 1;
                continue;
            }
            match &node.tree {
                Tree::Ident(name) if punct(nodes.get(i + 1), '!') => {
                    if let Some(Tree::Group(_, inner)) = nodes.get(i + 2).map(|n| &n.tree) {
                        if name == "view" {
                            self.markup(inner);
                        } else if !QUIET_MACROS.contains(&name.as_str()) {
                            self.code(inner, shown);
                        }
                        i += 3;
                        continue;
                    }
                }
                Tree::Ident(name) => {
                    if let Some(Tree::Group('(', inner)) = nodes.get(i + 1).map(|n| &n.tree) {
                        let msg_new = name == "new"
                            && i >= 3
                            && punct(nodes.get(i - 1), ':')
                            && ident(nodes.get(i - 3)) == Some("Msg");
                        if name == "t" || name == "t_args" || msg_new {
                            self.key_call(inner);
                            i += 2;
                            continue;
                        }
                        let method =
                            i > 0 && (punct(nodes.get(i - 1), '.') || punct(nodes.get(i - 1), ':'));
                        if QUIET_CALLS.contains(&name.as_str())
                            && (method || !matches!(name.as_str(), "find" | "get" | "split"))
                        {
                            i += 2;
                            continue;
                        }
                        if TEXT_SINKS.contains(&name.as_str()) {
                            self.code(inner, true);
                            i += 2;
                            continue;
                        }
                        if name == "Err" {
                            self.in_err += 1;
                            self.code(inner, shown);
                            self.in_err -= 1;
                            i += 2;
                            continue;
                        }
                        if name == "set_attribute" {
                            self.set_attribute(inner);
                            i += 2;
                            continue;
                        }
                    }
                }
                Tree::Group(_, inner) => self.code(inner, shown),
                Tree::Str(text) => self.literal(nodes, i, text, shown),
                _ => {}
            }
            i += 1;
        }
    }

    /// `t("key")`, `t_args("key", …)`, `Msg::new("key")`, or a key made with `format!`.
    fn key_call(&mut self, args: &[Node]) {
        let mut rest = args;
        while punct(rest.first(), '&') {
            rest = &rest[1..];
        }
        match rest.first().map(|n| &n.tree) {
            Some(Tree::Str(key)) => {
                self.out.keys.push(KeyUse {
                    line: rest[0].line,
                    key: key.clone(),
                    explicit: true,
                });
                rest = &rest[1..];
            }
            Some(Tree::Ident(name)) if name == "format" && punct(rest.get(1), '!') => {
                if let Some(Tree::Group(_, inner)) = rest.get(2).map(|n| &n.tree) {
                    if let Some(Tree::Str(pattern)) = inner.first().map(|n| &n.tree) {
                        self.out.dynamic.push((rest[0].line, key_pattern(pattern)));
                    }
                }
                rest = rest.get(3..).unwrap_or_default();
            }
            _ => {}
        }
        // The arguments' names (`("n", Arg::int(2))`) are not words; their values are code.
        self.code(rest, false);
    }

    /// `el.set_attribute("aria-label", "…")`: the value is read when the attribute is.
    fn set_attribute(&mut self, args: &[Node]) {
        if let Some(Tree::Str(name)) = args.first().map(|n| &n.tree) {
            if READ_ATTRIBUTES.contains(&name.as_str()) {
                self.code(&args[1..], true);
            }
        }
    }

    fn literal(&mut self, nodes: &[Node], i: usize, text: &str, shown: bool) {
        let prev = |back: usize| i.checked_sub(back).and_then(|j| nodes.get(j));
        let next = |ahead: usize| nodes.get(i + ahead);
        let arm = punct(next(1), '=') && punct(next(2), '>');
        let compared = (punct(prev(1), '=') && (punct(prev(2), '=') || punct(prev(2), '!')))
            || ((punct(next(1), '=') || punct(next(1), '!')) && punct(next(2), '='));
        let alternative = (punct(next(1), '|')
            && matches!(next(2).map(|n| &n.tree), Some(Tree::Str(_))))
            || (punct(prev(1), '|') && matches!(prev(2).map(|n| &n.tree), Some(Tree::Str(_))));
        let json_key = punct(next(1), ':') && !punct(next(2), ':');
        if arm || compared || alternative || json_key {
            return;
        }
        if text.contains('{') {
            let pattern = key_pattern(text);
            if pattern.contains('*') && is_key(&pattern.replace('*', "x")) {
                self.out.maybe_dynamic.push((nodes[i].line, pattern));
                return;
            }
        }
        if is_key(text) {
            self.out.keys.push(KeyUse {
                line: nodes[i].line,
                key: text.to_owned(),
                explicit: false,
            });
            return;
        }
        let developers = self.in_err > 0 && text.trim_start().starts_with(char::is_lowercase);
        if developers {
            return;
        }
        if let Some(pieces) = markup_text(text) {
            // HTML written in Rust (an email's body): its text and read attributes.
            for (piece, attribute) in pieces {
                let words = if attribute {
                    has_words(&piece)
                } else {
                    is_prose(&piece)
                };
                if words {
                    self.found(nodes[i].line, &piece, Place::Code);
                }
            }
            return;
        }
        let words = if shown {
            has_words(text)
        } else {
            is_prose(text)
        };
        if words {
            self.found(nodes[i].line, text, Place::Code);
        }
    }

    fn found(&mut self, line: usize, text: &str, place: Place) {
        self.out.findings.push(Finding {
            line,
            text: text.to_owned(),
            place,
        });
    }

    /// The inside of `view! { … }`.
    fn markup(&mut self, nodes: &[Node]) {
        let mut i = 0;
        while i < nodes.len() {
            let node = &nodes[i];
            match &node.tree {
                Tree::Punct('<') => {
                    i = self.tag(nodes, i + 1);
                    continue;
                }
                Tree::Str(text) => {
                    if has_words(text) {
                        self.found(node.line, text, Place::Text);
                    }
                }
                // A child expression: its literals are judged as code (helpers take names and
                // ids there too); a sentence or a capitalised word is still found.
                Tree::Group(_, inner) => self.code(inner, false),
                _ => {
                    // Unquoted text, up to the next tag, string or block.
                    let mut words = Vec::new();
                    let mut j = i;
                    while let Some(n) = nodes.get(j) {
                        match &n.tree {
                            Tree::Ident(w) => words.push(w.clone()),
                            Tree::Punct('<') | Tree::Str(_) | Tree::Group(..) => break,
                            Tree::Punct(p) => words.push(p.to_string()),
                            Tree::Other => {}
                        }
                        j += 1;
                    }
                    let text = words.join(" ");
                    if has_words(&text) {
                        self.found(node.line, &text, Place::Text);
                    }
                    i = j.max(i + 1);
                    continue;
                }
            }
            i += 1;
        }
    }

    /// A tag from just after its `<`; returns where the markup goes on.
    fn tag(&mut self, nodes: &[Node], start: usize) -> usize {
        if punct(nodes.get(start), '/') || punct(nodes.get(start), '>') {
            let mut j = start;
            while j < nodes.len() && !punct(nodes.get(j), '>') {
                j += 1;
            }
            return j + 1;
        }
        let (name, mut j) = compound_name(nodes, start);
        let component = name.starts_with(|c: char| c.is_uppercase());
        let mut attributes: Vec<(String, &[Node], usize)> = Vec::new();
        while j < nodes.len() {
            match &nodes[j].tree {
                Tree::Punct('>') => {
                    j += 1;
                    break;
                }
                Tree::Punct('/') if punct(nodes.get(j + 1), '>') => {
                    j += 2;
                    break;
                }
                Tree::Group(_, inner) => {
                    self.code(inner, false);
                    j += 1;
                }
                Tree::Ident(_) => {
                    let (attribute, after) = compound_name(nodes, j);
                    if punct(nodes.get(after), '=') {
                        let end = value_end(nodes, after + 1);
                        attributes.push((attribute, &nodes[after + 1..end], nodes[j].line));
                        j = end;
                    } else {
                        attributes.push((attribute, &[], nodes[j].line));
                        j = after.max(j + 1);
                    }
                }
                _ => j += 1,
            }
        }
        let button_like = name == "button"
            || attributes.iter().any(|(a, value, _)| {
                a == "type"
                    && matches!(value.first().map(|n| &n.tree),
                        Some(Tree::Str(t)) if matches!(t.as_str(), "submit" | "button" | "reset"))
            });
        for (attribute, value, line) in attributes {
            let plain = attribute.strip_prefix("attr:").unwrap_or(&attribute);
            let read = if component {
                TEXT_PROPS.contains(&plain)
            } else {
                READ_ATTRIBUTES.contains(&plain) || (plain == "value" && button_like)
            };
            if read {
                match value {
                    [Node {
                        tree: Tree::Str(text),
                        ..
                    }] => {
                        if component && is_key(text) {
                            // A component that says a key itself (`label="studio-link-revoke"`).
                            self.out.keys.push(KeyUse {
                                line,
                                key: text.clone(),
                                explicit: false,
                            });
                        } else if has_words(text) {
                            self.found(line, text, Place::Attribute);
                        }
                    }
                    _ => self.code(value, true),
                }
            } else if component
                || plain.starts_with("on:")
                || plain.starts_with("prop:")
                || plain == "fallback"
            {
                self.code(value, false);
            } else {
                // An element's other attributes (class, id, href, role, …) are names, except
                // where they run code that builds a view.
                self.views_only(value);
            }
        }
        j
    }

    /// Only the `view!`s inside some code.
    fn views_only(&mut self, nodes: &[Node]) {
        for (i, node) in nodes.iter().enumerate() {
            match &node.tree {
                Tree::Ident(name) if name == "view" && punct(nodes.get(i + 1), '!') => {
                    if let Some(Tree::Group(_, inner)) = nodes.get(i + 2).map(|n| &n.tree) {
                        self.markup(inner);
                    }
                }
                Tree::Group(_, inner) => self.views_only(inner),
                _ => {}
            }
        }
    }
}

/// The text of a string of HTML (`"<p>Thank you</p>"`): each run between tags, and the values of
/// the attributes people read (`true`); `None` when the string holds no tag.
fn markup_text(text: &str) -> Option<Vec<(String, bool)>> {
    let has_tag = text.char_indices().any(|(at, c)| {
        c == '<'
            && text[at + 1..].starts_with(|n: char| n.is_ascii_alphabetic() || n == '/')
            && text[at..].contains('>')
    });
    if !has_tag {
        return None;
    }
    let mut pieces = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('<') {
        pieces.push((rest[..open].to_owned(), false));
        let Some(close) = rest[open..].find('>') else {
            rest = &rest[open..];
            break;
        };
        let tag = &rest[open..open + close];
        for attribute in READ_ATTRIBUTES {
            if let Some(at) = tag.find(&format!("{attribute}=\"")) {
                let value = &tag[at + attribute.len() + 2..];
                pieces.push((value.split('"').next().unwrap_or_default().to_owned(), true));
            }
        }
        rest = &rest[open + close + 1..];
    }
    pieces.push((rest.to_owned(), false));
    pieces.retain(|(piece, _)| !piece.trim().is_empty());
    Some(pieces)
}

/// `aria-label`, `on:click`, `leptos::Show`: a name with `-` or `:` joins; returns it and where it
/// ends.
fn compound_name(nodes: &[Node], start: usize) -> (String, usize) {
    let mut name = String::new();
    let mut j = start;
    while let Some(part) = ident(nodes.get(j)) {
        name.push_str(part);
        j += 1;
        let mut joiner = String::new();
        let mut k = j;
        while let Some(Tree::Punct(p @ ('-' | ':'))) = nodes.get(k).map(|n| &n.tree) {
            joiner.push(*p);
            k += 1;
        }
        if joiner.is_empty() || ident(nodes.get(k)).is_none() {
            break;
        }
        name.push_str(&joiner);
        j = k;
    }
    (name, j)
}

/// Where an attribute's value that starts at `start` ends: at the tag's end or the next
/// `name=`.
fn value_end(nodes: &[Node], start: usize) -> usize {
    let mut k = start + 1;
    while k < nodes.len() {
        if punct(nodes.get(k), '>') || (punct(nodes.get(k), '/') && punct(nodes.get(k + 1), '>')) {
            return k;
        }
        if ident(nodes.get(k)).is_some() {
            let (_, after) = compound_name(nodes, k);
            if punct(nodes.get(after), '=')
                && !punct(nodes.get(after + 1), '=')
                && !punct(nodes.get(after + 1), '>')
            {
                return k;
            }
        }
        k += 1;
    }
    nodes.len().min(k)
}

fn is_test_attribute(inner: &[Node]) -> bool {
    match inner.first().map(|n| &n.tree) {
        Some(Tree::Ident(name)) if name == "test" || name == "wasm_bindgen_test" => true,
        Some(Tree::Ident(name)) if name == "cfg" => matches!(
            inner.get(1).map(|n| &n.tree),
            Some(Tree::Group('(', args)) if matches!(args.as_slice(), [Node { tree: Tree::Ident(t), .. }] if t == "test")
        ),
        _ => false,
    }
}

/// A `format!` string with `*` for each placeholder.
fn key_pattern(format: &str) -> String {
    let mut out = String::new();
    let mut depth = 0;
    for c in format.chars() {
        match c {
            '{' => {
                if depth == 0 {
                    out.push('*');
                }
                depth += 1;
            }
            '}' if depth > 0 => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// Whether `key` fits `pattern`, where `*` stands for any text.
pub fn fits(pattern: &str, key: &str) -> bool {
    let parts: Vec<&str> = pattern.split('*').collect();
    let [first, middle @ .., last] = parts.as_slice() else {
        return pattern == key;
    };
    let Some(mut rest) = key.strip_prefix(first) else {
        return false;
    };
    for part in middle {
        match rest.find(part) {
            Some(at) => rest = &rest[at + part.len()..],
            None => return false,
        }
    }
    rest.len() >= last.len() && rest.ends_with(last)
}

/// A message key: `brief-consent`, `-brand`, lowercase words joined by `-`.
pub fn is_key(text: &str) -> bool {
    let body = text.strip_prefix('-').unwrap_or(text);
    body.contains('-')
        && body.starts_with(|c: char| c.is_ascii_lowercase())
        && body.split('-').all(|part| {
            !part.is_empty()
                && part
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        })
}

/// The text without `{…}` placeholders of `format!`.
fn without_placeholders(text: &str) -> String {
    let mut out = String::new();
    let mut depth = 0;
    for c in text.chars() {
        match c {
            '{' => depth += 1,
            '}' if depth > 0 => {
                depth -= 1;
                out.push(' ');
            }
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

fn is_address(text: &str) -> bool {
    let t = text.trim();
    t.contains("://")
        || t.starts_with("mailto:")
        || t.starts_with("data:")
        || (t.starts_with('/') && !t.contains(' '))
        || (t.starts_with('#') && !t.contains(' '))
        || (t.starts_with("./") && !t.contains(' '))
}

/// Text that is shown as it is holds words when it has two letters in a row.
pub fn has_words(text: &str) -> bool {
    if is_address(text) || is_key(text.trim()) {
        return false;
    }
    let plain = without_placeholders(text);
    let plain = strip_entities(&plain);
    // Acronyms and format names (JSON, CSV, PNG) read the same in every language.
    let plain: String = plain
        .split_whitespace()
        .filter(|w| {
            let w = w.trim_matches(PUNCTUATION);
            !(w.len() <= 5 && w.chars().all(|c| c.is_ascii_uppercase()))
        })
        .collect::<Vec<_>>()
        .join(" ");
    let mut run = 0;
    for c in plain.chars() {
        if c.is_alphabetic() {
            run += 1;
            if run >= 2 {
                return true;
            }
        } else {
            run = 0;
        }
    }
    false
}

fn strip_entities(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        let tail = &rest[at..];
        match tail.find(';') {
            Some(end)
                if end <= 10
                    && tail[1..end]
                        .chars()
                        .all(|c| c.is_alphanumeric() || c == '#') =>
            {
                rest = &tail[end + 1..];
            }
            _ => {
                out.push('&');
                rest = &tail[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

const PUNCTUATION: &[char] = &[
    '.', ',', ';', ':', '!', '?', '…', '"', '\'', '(', ')', '«', '»', '“', '”', '‘', '’', '—', '–',
];

fn is_word(token: &str) -> bool {
    let core = token.trim_matches(PUNCTUATION);
    !core.is_empty()
        && core
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '\'' | '’' | '-'))
        && core.chars().any(char::is_alphabetic)
}

/// A string in code that reads as words for a person: a sentence or phrase, or one capitalised
/// word ("Sent"). Code-like text (paths, CSS, snake_case, markup, sizes in px) is not.
pub fn is_prose(text: &str) -> bool {
    if is_address(text) || is_key(text.trim()) {
        return false;
    }
    let plain = without_placeholders(text);
    let t = plain.trim();
    if t.is_empty()
        // Backticks quote code: a message for developers.
        || t.contains('`')
        || ["::", "=>", "</", "/>", "{", "}", "_", "--", "==", "&&", "||"]
            .iter()
            .any(|code| t.contains(code))
        || t.starts_with(['.', '#', '@', '$', '/', '-', '<', '['])
    {
        return false;
    }
    let tokens: Vec<&str> = t.split_whitespace().collect();
    if tokens.iter().any(|token| is_css_length(token)) {
        return false;
    }
    // `default-src 'self'; img-src …`, `color: red; margin: 0`: declarations, not sentences.
    let declaration = tokens.first().is_some_and(|first| {
        first.contains('-')
            && first
                .chars()
                .all(|c| c.is_ascii_lowercase() || c == '-' || c == ':')
    });
    if declaration && t.contains("; ") {
        return false;
    }
    let words: Vec<&str> = tokens.iter().copied().filter(|w| is_word(w)).collect();
    if tokens.len() == 1 {
        let word = t.trim_end_matches(['.', '!', '?', '…', ':']);
        let mut chars = word.chars();
        return chars.next().is_some_and(char::is_uppercase)
            && word.chars().count() >= 3
            && chars.all(|c| c.is_lowercase() || matches!(c, '\'' | '’'));
    }
    let long = words
        .iter()
        .any(|w| w.trim_matches(PUNCTUATION).chars().count() >= 3);
    let sentence = t.starts_with(|c: char| c.is_uppercase())
        || t.ends_with(['.', '!', '?', '…', ':'])
        || words.len() >= 3;
    words.len() >= 2 && words.len() * 3 >= tokens.len() * 2 && long && sentence
}

fn is_css_length(token: &str) -> bool {
    let t = token.trim_end_matches([',', ';']);
    let digits = t.trim_end_matches(|c: char| c.is_ascii_alphabetic() || c == '%');
    let unit = &t[digits.len()..];
    !digits.is_empty()
        && digits.chars().all(|c| c.is_ascii_digit() || c == '.')
        && matches!(
            unit,
            "px" | "em" | "rem" | "vh" | "vw" | "%" | "ms" | "deg" | "fr"
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(source: &str) -> Vec<(usize, String, Place)> {
        scan(source)
            .findings
            .into_iter()
            .map(|f| (f.line, f.text, f.place))
            .collect()
    }

    #[test]
    fn a_text_node_and_read_attributes_are_found() {
        let source = r#"fn v() -> impl IntoView {
    view! {
        <section class="brief-card" id="brief" aria-label="Your brief">
            <h2>"Send to the jeweler"</h2>
            <p>Hello there</p>
            <button type="button" title=move || format!("{} sizes", n) on:click=move |_| go()>{t("cfg-next")}</button>
            <input type="submit" value="Send"/>
            <input type="text" value=name placeholder=t("brief-name-hint")/>
            <Field label="Your name" class="wide"/><Confirm label="studio-link-revoke"/>
            <a href="https://example.com/x" rel="noopener">"×"</a>
            {move || if busy.get() { "Sending…" } else { "" }}
        </section>
    }
}
"#;
        assert_eq!(
            texts(source),
            vec![
                (3, "Your brief".to_owned(), Place::Attribute),
                (4, "Send to the jeweler".to_owned(), Place::Text),
                (5, "Hello there".to_owned(), Place::Text),
                (6, "{} sizes".to_owned(), Place::Code),
                (7, "Send".to_owned(), Place::Attribute),
                (9, "Your name".to_owned(), Place::Attribute),
                (11, "Sending…".to_owned(), Place::Code),
            ]
        );
        let keys: Vec<(String, bool)> = scan(source)
            .keys
            .into_iter()
            .map(|k| (k.key, k.explicit))
            .collect();
        assert!(keys.contains(&("cfg-next".to_owned(), true)), "{keys:?}");
        assert!(keys.contains(&("brief-name-hint".to_owned(), true)));
        assert!(keys.contains(&("studio-link-revoke".to_owned(), false)));
    }

    #[test]
    fn names_classes_patterns_logs_and_tests_are_not_words() {
        let source = r#"fn f(key: &str) -> &'static str {
    let _ = view! { <div class="step-nav wide" role="toolbar" data-x="Not read">"JSON"{field("brief-name", t("brief-label-name"), "text", "name")}{t_args("brief-max", &[("max", Arg::int(3))])}</div> };
    let _ = "default-src 'self'; img-src 'self' data:";
    let _ = js_sys::Reflect::get(&global, &"Intl".into());
    let _ = store::load(id).ok_or_else(|| format!("consultation {id} is gone"))?;
    if gone { return Err(format!("message {} is gone", id)); }
    tracing::warn!("Could not send the brief: {e}");
    let _ = serde_json::json!({ "Reference": reference });
    if key == "Enter" { return "text/html; charset=utf-8"; }
    let _ = el.get_attribute("Aria Label");
    let _ = "bold 24px Inter, sans-serif";
    match key { "Escape" | "Esc" => "arrow_left", "Home" => "ArrowLeft", _ => "" }
}
#[cfg(test)]
mod tests {
    fn x() { let _ = "This is a test sentence."; }
}
#[cfg(test)]
mod words;
#[test]
fn y() { let _ = "Another sentence."; }
"#;
        assert_eq!(texts(source), vec![]);
        assert_eq!(scan(source).test_modules, vec!["words".to_owned()]);
    }

    #[test]
    fn prose_in_code_is_found_and_an_exemption_needs_a_reason() {
        let source = r#"fn label(s: Stage) -> &'static str {
    match s {
        Stage::Cast => "In the making",
        Stage::Done => "Ready",
        Stage::Sent => "Sent", // i18n: not words (the stored status name the API returns)
        Stage::Lost => "Lost", // i18n: not words
    }
    Err(Problem::new("Your brief could not be sent."))
}
fn keys() {
    let _ = Msg::new("summary-size").arg("n", Arg::int(2));
    let _ = Msg::new(format!("metal-{}", id)).or_text(name);
    let _ = t_args("cfg-resize", &[("n", Arg::int(n))]);
    let key = format!("email-view-{}", view);
}
"#;
        assert_eq!(
            texts(source),
            vec![
                (3, "In the making".to_owned(), Place::Code),
                (4, "Ready".to_owned(), Place::Code),
                (6, "Lost".to_owned(), Place::Code),
                (6, "// i18n: not words".to_owned(), Place::Exemption),
                (8, "Your brief could not be sent.".to_owned(), Place::Code),
            ]
        );
        let scan = scan(source);
        assert_eq!(scan.dynamic, vec![(12, "metal-*".to_owned())]);
        assert_eq!(scan.maybe_dynamic, vec![(14, "email-view-*".to_owned())]);
        assert!(fits("metal-*", "metal-yellow-gold"));
        assert!(fits("*-link", "email-proposal-compare-link"));
        assert!(!fits("*-link", "email-link-inactive"));
        assert!(!fits("metal-*", "summary-metal"));
        let explicit: Vec<&str> = scan
            .keys
            .iter()
            .filter(|k| k.explicit)
            .map(|k| k.key.as_str())
            .collect();
        assert_eq!(explicit, vec!["summary-size", "cfg-resize"]);
    }

    #[test]
    fn html_in_rust_strings_and_text_sinks() {
        let source = r#"fn mail() {
    let _ = format!("<h1>{}</h1><p>{}</p><table>", a, b);
    let _ = format!("<p><img src=\"cid:x\" alt=\"{}\" width=\"480\"></p>", alt);
    let _ = "<p>Thank you for your request.</p><img alt=\"Your ring\">";
    let _ = "<style>body{font-family: sans-serif}</style>";
    ctx.fill_text("mm", x, y);
    ctx.fill_text(&format!("{:.2} ct", carat), x, y);
    el.set_text_content(Some("copied"));
}
"#;
        assert_eq!(
            texts(source),
            vec![
                (4, "Thank you for your request.".to_owned(), Place::Code),
                (4, "Your ring".to_owned(), Place::Code),
                (6, "mm".to_owned(), Place::Code),
                (7, "{:.2} ct".to_owned(), Place::Code),
                (8, "copied".to_owned(), Place::Code),
            ]
        );
    }

    #[test]
    fn prose_and_words() {
        assert!(is_prose("Send to the jeweler"));
        assert!(is_prose("your brief has been sent."));
        assert!(is_prose("Sent"));
        assert!(!is_prose("sent"));
        assert!(!is_prose("ArrowLeft"));
        assert!(!is_prose("brief-card wide"));
        assert!(!is_prose("no-store, max-age=0"));
        assert!(!is_prose("consultation_files"));
        assert!(!is_prose("`vars` is not an object"));
        assert!(has_words("mm"));
        assert!(!has_words("× {}"));
        assert!(!has_words("&nbsp;·&nbsp;"));
    }
}
