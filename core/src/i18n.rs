//! Words in the reader's language: Fluent message files (`locales/<lang>/*.ftl`) read by a small
//! resolver that the browser app, the server's emails and the tests all share.
//!
//! Core names what it says as [`Msg`]s (a message key and its arguments) instead of building English
//! sentences, so word order stays with the translators. A [`Bundle`] holds one language's messages and
//! turns a key and its arguments into text; plural categories, numbers, money and lists come from a
//! [`Formatter`]: the browser's `Intl` in the app, CLDR data on the server. Core itself formats
//! nothing locale-dependent.
//!
//! Why not fluent-rs in the browser: `fluent-bundle` carries its own parser, plural tables for every
//! CLDR locale and an ICU-style memoizer, which the browser already has as `Intl`. The subset read
//! here (text, variables, message and term references, `NUMBER()` with fraction digits, selects on
//! plural categories, numbers and strings) is what Atelier's files use; `cargo xtask test` checks
//! every file with the official `fluent-syntax` parser and every message against `fluent-bundle`.

mod area;
mod args;
mod bundle;
mod ftl;
mod lang;

pub use area::{Area, Part, SOURCES};
pub use args::{Arg, Msg};
pub use bundle::{Bundle, Formatter, Plain, Plural};
pub use ftl::{parse, Element, Expr, Message, ParseError, Pattern, Variant, VariantKey};
pub use lang::{currency_for, size_system_for, Lang, Spelling};
