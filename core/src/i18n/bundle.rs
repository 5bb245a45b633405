//! One language's messages, and how a key with its arguments becomes text.

use std::collections::HashMap;

use super::args::{Arg, Msg};
use super::ftl::{self, Element, Expr, ParseError, Pattern, VariantKey};
use super::lang::Lang;

/// CLDR plural categories.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Plural {
    /// `zero`.
    Zero,
    /// `one`.
    One,
    /// `two`.
    Two,
    /// `few`.
    Few,
    /// `many`.
    Many,
    /// `other`.
    Other,
}

impl Plural {
    /// The category's name in Fluent variant keys.
    pub fn name(self) -> &'static str {
        match self {
            Plural::Zero => "zero",
            Plural::One => "one",
            Plural::Two => "two",
            Plural::Few => "few",
            Plural::Many => "many",
            Plural::Other => "other",
        }
    }

    /// The category of a CLDR name (`"few"`), as `Intl.PluralRules` and ICU report it.
    pub fn from_name(name: &str) -> Plural {
        match name {
            "zero" => Plural::Zero,
            "one" => Plural::One,
            "two" => Plural::Two,
            "few" => Plural::Few,
            "many" => Plural::Many,
            _ => Plural::Other,
        }
    }
}

/// What only the reader's locale knows: plural rules, digits and grouping, currencies, lists.
/// The app answers with the browser's `Intl`, the server with CLDR data.
pub trait Formatter {
    /// The plural category of `n` shown with `min_frac` decimals (`1` is `one` in English, `1.0`
    /// is `other`).
    fn plural(&self, n: f64, min_frac: u8) -> Plural;
    /// `n` with between `min_frac` and `max_frac` decimals, grouped as the reader expects.
    fn number(&self, n: f64, min_frac: u8, max_frac: u8) -> String;
    /// An amount of money, with the currency placed and written as the reader expects.
    fn money(&self, amount: f64, currency: &str) -> String;
    /// Items joined as the language lists things: "a, b and c".
    fn list(&self, items: Vec<String>) -> String;
    /// How the reader writes the language's words (Swiss German writes no `ß`).
    fn spelling(&self) -> super::Spelling {
        super::Spelling::Standard
    }
}

/// How deep message references may nest before the bundle stops (a reference cycle in a file).
const MAX_DEPTH: u8 = 8;

/// First Strong Isolate and Pop Directional Isolate: around every argument in a right-to-left
/// language, so "18k" or "8.5 × 6.1 mm" inside Arabic keeps its own order.
const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';

/// One language's messages.
#[derive(Debug, Clone)]
pub struct Bundle {
    lang: Lang,
    messages: HashMap<String, Pattern>,
}

impl Bundle {
    /// An empty bundle for `lang`.
    pub fn new(lang: Lang) -> Self {
        Bundle {
            lang,
            messages: HashMap::new(),
        }
    }

    /// A bundle of `lang` made of these `.ftl` files.
    pub fn from_sources<'a>(
        lang: Lang,
        sources: impl IntoIterator<Item = &'a str>,
    ) -> Result<Self, ParseError> {
        let mut bundle = Bundle::new(lang);
        for source in sources {
            bundle.add(source)?;
        }
        Ok(bundle)
    }

    /// Adds the messages of one `.ftl` file; a key the bundle already has is an error.
    pub fn add(&mut self, source: &str) -> Result<(), ParseError> {
        for message in ftl::parse(source)? {
            if self.messages.contains_key(&message.id) {
                return Err(ParseError {
                    line: message.line,
                    what: format!("`{}` is defined twice", message.id),
                });
            }
            self.messages.insert(message.id, message.value);
        }
        Ok(())
    }

    /// Its language.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Whether it has the message (or term, with its `-`).
    pub fn has(&self, key: &str) -> bool {
        self.messages.contains_key(key)
    }

    /// Every key it has, terms included.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.messages.keys().map(String::as_str)
    }

    /// The message's value as read, for checks over the files.
    pub fn pattern(&self, key: &str) -> Option<&Pattern> {
        self.messages.get(key)
    }

    /// The message `key` with `args`, in words. A key the bundle lacks reads as the key itself, so
    /// a missing translation shows instead of vanishing (and `cargo xtask test` refuses it).
    pub fn format(&self, key: &str, args: &[(&str, Arg)], fmt: &dyn Formatter) -> String {
        let mut out = String::new();
        match self.messages.get(key) {
            Some(pattern) => self.write(pattern, args, fmt, 0, &mut out),
            None => out.push_str(key),
        }
        out
    }

    /// What core said, in words: its key and arguments, or its fallback text when no file has the
    /// key.
    pub fn say(&self, msg: &Msg, fmt: &dyn Formatter) -> String {
        match (&msg.fallback, self.messages.contains_key(msg.key.as_ref())) {
            (Some(fallback), false) => fallback.clone(),
            _ => self.format(&msg.key, &msg.args, fmt),
        }
    }

    fn write(
        &self,
        pattern: &Pattern,
        args: &[(&str, Arg)],
        fmt: &dyn Formatter,
        depth: u8,
        out: &mut String,
    ) {
        for element in pattern {
            match element {
                // The message's own words in the reader's spelling; an argument (a name, a
                // note) is written as it was given.
                Element::Text(text) => fmt.spelling().write_into(text, out),
                Element::Place(expr) => self.write_expr(expr, args, fmt, depth, out),
            }
        }
    }

    fn write_expr(
        &self,
        expr: &Expr,
        args: &[(&str, Arg)],
        fmt: &dyn Formatter,
        depth: u8,
        out: &mut String,
    ) {
        match expr {
            Expr::Literal(text) => out.push_str(text),
            Expr::Ref(key) => match self.messages.get(key) {
                Some(pattern) if depth < MAX_DEPTH => {
                    // Terms take no arguments of the message that names them; messages share them.
                    let args = if key.starts_with('-') { &[][..] } else { args };
                    self.write(pattern, args, fmt, depth + 1, out);
                }
                _ => out.push_str(&format!("{{{key}}}")),
            },
            Expr::Var(name) | Expr::Number { var: name, .. } => {
                let Some(arg) = find(args, name) else {
                    out.push_str(&format!("{{${name}}}"));
                    return;
                };
                let text = match (expr, arg) {
                    (
                        Expr::Number {
                            min_frac, max_frac, ..
                        },
                        Arg::Number {
                            value,
                            min_frac: own_min,
                            max_frac: own_max,
                        },
                    ) => {
                        let min = min_frac.unwrap_or(*own_min);
                        let max = max_frac.unwrap_or(*own_max).max(min);
                        fmt.number(*value, min, max)
                    }
                    _ => self.arg_text(arg, fmt),
                };
                if self.lang.is_rtl() {
                    out.push(FSI);
                    out.push_str(&text);
                    out.push(PDI);
                } else {
                    out.push_str(&text);
                }
            }
            Expr::Select {
                selector,
                variants,
                default,
            } => {
                let chosen = self
                    .choose(selector, variants, args, fmt)
                    .unwrap_or(*default);
                if let Some(variant) = variants.get(chosen) {
                    self.write(&variant.value, args, fmt, depth, out);
                }
            }
        }
    }

    fn arg_text(&self, arg: &Arg, fmt: &dyn Formatter) -> String {
        match arg {
            Arg::Text(text) => text.clone(),
            Arg::Number {
                value,
                min_frac,
                max_frac,
            } => fmt.number(*value, *min_frac, *max_frac),
            Arg::Money { amount, currency } => fmt.money(*amount, currency),
            Arg::Msg(msg) => self.say(msg, fmt),
            Arg::List(items) => fmt.list(items.iter().map(|m| self.say(m, fmt)).collect()),
        }
    }

    /// The variant the selector's argument picks: an exact number, then its plural category; a
    /// text argument picks the variant of the same name.
    fn choose(
        &self,
        selector: &Expr,
        variants: &[super::ftl::Variant],
        args: &[(&str, Arg)],
        fmt: &dyn Formatter,
    ) -> Option<usize> {
        let (Expr::Var(name) | Expr::Number { var: name, .. }) = selector else {
            return None;
        };
        match find(args, name)? {
            Arg::Number {
                value, min_frac, ..
            } => {
                let min_frac = match selector {
                    Expr::Number {
                        min_frac: Some(m), ..
                    } => *m,
                    _ => *min_frac,
                };
                variants
                    .iter()
                    .position(|v| v.key == VariantKey::Number(*value))
                    .or_else(|| {
                        let category = fmt.plural(*value, min_frac).name();
                        variants
                            .iter()
                            .position(|v| matches!(&v.key, VariantKey::Name(n) if n == category))
                    })
            }
            Arg::Text(text) => variants
                .iter()
                .position(|v| matches!(&v.key, VariantKey::Name(n) if n == text)),
            _ => None,
        }
    }
}

fn find<'a>(args: &'a [(&str, Arg)], name: &str) -> Option<&'a Arg> {
    args.iter().find(|(n, _)| *n == name).map(|(_, a)| a)
}

/// English plural rules, plain digits without grouping, `1234.50 EUR`, and "a, b and c": for
/// tests and logs, never for a reader.
#[derive(Debug, Clone, Copy, Default)]
pub struct Plain;

impl Formatter for Plain {
    fn plural(&self, n: f64, min_frac: u8) -> Plural {
        if n == 1.0 && min_frac == 0 {
            Plural::One
        } else {
            Plural::Other
        }
    }

    fn number(&self, n: f64, min_frac: u8, max_frac: u8) -> String {
        let text = format!("{n:.*}", usize::from(max_frac));
        if max_frac <= min_frac || !text.contains('.') {
            return text;
        }
        let keep = text.len() - usize::from(max_frac - min_frac);
        let trimmed = text.trim_end_matches('0');
        let trimmed = if trimmed.len() < keep {
            &text[..keep]
        } else {
            trimmed
        };
        trimmed.trim_end_matches('.').to_owned()
    }

    fn money(&self, amount: f64, currency: &str) -> String {
        format!("{amount:.2} {currency}")
    }

    fn list(&self, items: Vec<String>) -> String {
        match items.split_last() {
            None => String::new(),
            Some((last, [])) => last.clone(),
            Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const EN: &str = "-brand = Atelier\nresize = Resizes about { $n ->\n    [one] { $n } size\n   *[other] { $n } sizes\n}\nstone = { $carat } ct { $cut }\nwelcome = Welcome to { -brand }, { $name }\nwith-ref = { welcome }!\nmetal = { $kind ->\n    [gold] gold\n   *[other] metal\n}\nweight = { NUMBER($g, minimumFractionDigits: 1) } g\nloop = { loop }\n";

    fn en() -> Bundle {
        Bundle::from_sources(Lang::En, [EN]).unwrap()
    }

    /// Plain, for a reader of Swiss German.
    struct Swiss;

    impl Formatter for Swiss {
        fn plural(&self, n: f64, min_frac: u8) -> Plural {
            Plain.plural(n, min_frac)
        }
        fn number(&self, n: f64, min_frac: u8, max_frac: u8) -> String {
            Plain.number(n, min_frac, max_frac)
        }
        fn money(&self, amount: f64, currency: &str) -> String {
            Plain.money(amount, currency)
        }
        fn list(&self, items: Vec<String>) -> String {
            Plain.list(items)
        }
        fn spelling(&self) -> crate::i18n::Spelling {
            crate::i18n::Spelling::Swiss
        }
    }

    #[test]
    fn swiss_german_writes_the_messages_ss_but_leaves_arguments_as_given() {
        let b = Bundle::from_sources(
            Lang::De,
            ["-gross = Größe\nsize = { -gross }: { $name } schließt { $n ->\n    [one] ein Maß\n   *[other] { $n } Maße\n}\n"],
        )
        .unwrap();
        let args = [("name", Arg::from("Strauß")), ("n", Arg::int(2))];
        assert_eq!(
            b.format("size", &args, &Swiss),
            "Grösse: Strauß schliesst 2 Masse"
        );
        assert_eq!(
            b.format("size", &args, &Plain),
            "Größe: Strauß schließt 2 Maße"
        );
    }

    #[test]
    fn plurals_choose_by_category_and_exact_number() {
        let b = en();
        assert_eq!(
            b.format("resize", &[("n", Arg::int(1))], &Plain),
            "Resizes about 1 size"
        );
        assert_eq!(
            b.format("resize", &[("n", Arg::int(3))], &Plain),
            "Resizes about 3 sizes"
        );
        assert_eq!(
            b.format("resize", &[("n", Arg::fixed(1.0, 1))], &Plain),
            "Resizes about 1.0 sizes"
        );
    }

    #[test]
    fn arguments_terms_references_and_nested_messages() {
        let b = en();
        assert_eq!(
            b.format("with-ref", &[("name", "Ana".into())], &Plain),
            "Welcome to Atelier, Ana!"
        );
        let cut = Msg::new("metal").arg("kind", "gold");
        assert_eq!(
            b.say(
                &Msg::new("stone")
                    .arg("carat", Arg::fixed(1.2, 2))
                    .arg("cut", cut),
                &Plain
            ),
            "1.20 ct gold"
        );
        assert_eq!(
            b.format("weight", &[("g", Arg::fixed(4.0, 0))], &Plain),
            "4.0 g"
        );
    }

    #[test]
    fn missing_things_show_instead_of_vanishing() {
        let b = en();
        assert_eq!(b.format("nope", &[], &Plain), "nope");
        assert_eq!(
            b.format("welcome", &[], &Plain),
            "Welcome to Atelier, {$name}"
        );
        assert_eq!(b.format("loop", &[], &Plain), "{loop}");
        assert_eq!(
            b.say(
                &Msg::new("metal-rhodium-blue").or_text("Blue rhodium"),
                &Plain
            ),
            "Blue rhodium"
        );
        assert!(Bundle::from_sources(Lang::En, [EN, "resize = again\n"]).is_err());
    }

    #[test]
    fn arguments_are_isolated_in_right_to_left_text() {
        let b = Bundle::from_sources(Lang::Ar, ["stone = { $carat } قيراط\n"]).unwrap();
        assert_eq!(
            b.format("stone", &[("carat", "18k".into())], &Plain),
            "\u{2068}18k\u{2069} قيراط"
        );
    }
}
