//! The size budgets in `bench/budgets.toml`: the limits the project commits to (checked by
//! `cargo xtask test` after the release build) and issue 9's targets (reported by `cargo xtask
//! bench`). Sizes are stable from build to build, so unlike timings they can fail a test run.
//!
//! The file is a small TOML subset: `[limits]` and `[targets]` sections of `key = bytes` lines.

use super::sizes::{self, AppSizes};
use crate::cmd::{Failure, Result};
use std::path::Path;

/// What a budget line limits, all in gzip bytes (level 9).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Measure {
    Wasm,
    Js,
    Css,
    /// `index.html` and everything it names.
    FirstLoad,
}

impl Measure {
    const ALL: [Measure; 4] = [Measure::Wasm, Measure::Js, Measure::Css, Measure::FirstLoad];

    /// The key in `budgets.toml`.
    pub fn key(self) -> &'static str {
        match self {
            Measure::Wasm => "wasm_gzip",
            Measure::Js => "js_gzip",
            Measure::Css => "css_gzip",
            Measure::FirstLoad => "first_load_gzip",
        }
    }

    /// Words for a report.
    pub fn label(self) -> &'static str {
        match self {
            Measure::Wasm => "wasm, gzip",
            Measure::Js => "JS glue, gzip",
            Measure::Css => "CSS, gzip",
            Measure::FirstLoad => "first load (index.html + what it names), gzip",
        }
    }

    /// This measure of a build.
    pub fn of(self, app: &AppSizes) -> u64 {
        match self {
            Measure::Wasm => app.wasm().map_or(0, |f| f.gzip),
            Measure::Js => app.js().map_or(0, |f| f.gzip),
            Measure::Css => app.css().map_or(0, |f| f.gzip),
            Measure::FirstLoad => app.total().gzip,
        }
    }

    fn from_key(key: &str) -> Option<Measure> {
        Measure::ALL.into_iter().find(|m| m.key() == key)
    }
}

/// The limits and targets of `bench/budgets.toml`.
#[derive(Debug, Default)]
pub struct Budgets {
    /// Committed: a build above any of these fails `cargo xtask test`.
    pub limits: Vec<(Measure, u64)>,
    /// Aimed at: reported, not enforced.
    pub targets: Vec<(Measure, u64)>,
}

impl Budgets {
    /// The committed limit for `measure`, if the file sets one.
    pub fn limit(&self, measure: Measure) -> Option<u64> {
        self.limits
            .iter()
            .find(|(m, _)| *m == measure)
            .map(|(_, b)| *b)
    }

    /// The target for `measure`, if the file sets one.
    pub fn target(&self, measure: Measure) -> Option<u64> {
        self.targets
            .iter()
            .find(|(m, _)| *m == measure)
            .map(|(_, b)| *b)
    }
}

/// Reads `bench/budgets.toml`.
pub fn load() -> Result<Budgets> {
    let path = crate::root().join("bench/budgets.toml");
    let text = std::fs::read_to_string(&path)
        .map_err(|e| Failure(format!("cannot read {}: {e}", path.display())))?;
    parse(&text).map_err(|e| Failure(format!("{}: {e}", path.display())))
}

fn parse(text: &str) -> std::result::Result<Budgets, String> {
    let mut budgets = Budgets::default();
    let mut section = None;
    for (number, line) in text.lines().enumerate() {
        let line = line.split('#').next().unwrap_or_default().trim();
        if line.is_empty() {
            continue;
        }
        let at = |what: String| format!("line {}: {what}", number + 1);
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            section = match name.trim() {
                "limits" => Some(&mut budgets.limits),
                "targets" => Some(&mut budgets.targets),
                other => return Err(at(format!("unknown section [{other}]"))),
            };
            continue;
        }
        let (key, value) = line
            .split_once('=')
            .ok_or_else(|| at(format!("expected `key = bytes`, found {line:?}")))?;
        let measure = Measure::from_key(key.trim()).ok_or_else(|| {
            at(format!(
                "unknown key {:?} (known: {})",
                key.trim(),
                Measure::ALL.map(Measure::key).join(", ")
            ))
        })?;
        let bytes = value
            .trim()
            .replace('_', "")
            .parse::<u64>()
            .map_err(|_| at(format!("{} must be a whole number of bytes", measure.key())))?;
        section
            .as_deref_mut()
            .ok_or_else(|| at("a key before [limits] or [targets]".into()))?
            .push((measure, bytes));
    }
    Ok(budgets)
}

/// `cargo xtask test`'s step: fails when the build in `dist` is over a committed limit.
pub fn check(dist: &Path) -> Result {
    let budgets = load()?;
    let app = sizes::app(dist)?;
    let mut over = Vec::new();
    for &(measure, limit) in &budgets.limits {
        let measured = measure.of(&app);
        let verdict = if measured <= limit { "ok" } else { "OVER" };
        println!(
            "  {:<48} {measured:>9} B  (limit {limit:>9} B)  {verdict}",
            measure.label()
        );
        if measured > limit {
            over.push(format!(
                "{} is {measured} B, {} B over its limit of {limit} B",
                measure.key(),
                measured - limit
            ));
        }
    }
    if over.is_empty() {
        Ok(())
    } else {
        Err(Failure(over.join("; ")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_limits_and_targets() {
        let b = parse(
            "# sizes\n[limits]\nwasm_gzip = 340_000 # now\njs_gzip=13000\n\n[targets]\nwasm_gzip = 256000\n",
        )
        .unwrap();
        assert_eq!(b.limit(Measure::Wasm), Some(340_000));
        assert_eq!(b.limit(Measure::Js), Some(13_000));
        assert_eq!(b.limit(Measure::Css), None);
        assert_eq!(b.target(Measure::Wasm), Some(256_000));
    }

    #[test]
    fn names_what_is_wrong() {
        assert!(parse("[limits]\nwasm = 1\n")
            .unwrap_err()
            .contains("unknown key"));
        assert!(parse("wasm_gzip = 1\n").unwrap_err().contains("line 1"));
        assert!(parse("[limits]\nwasm_gzip = lots\n")
            .unwrap_err()
            .contains("whole number"));
        assert!(parse("[budget]\n").unwrap_err().contains("unknown section"));
    }
}
