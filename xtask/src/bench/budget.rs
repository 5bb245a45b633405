//! The size budgets in `bench/budgets.toml`: the limits the project commits to (checked by
//! `cargo xtask test` after the release build) and issue 9's targets (reported by `cargo xtask
//! bench`). Sizes are stable from build to build, so unlike timings they can fail a test run.
//!
//! The configurator (what a visitor loads at `/`), the commission page's wasm and the studio's wasm
//! have budgets of their own: each is a separate entry, so the configurator never carries the
//! others' bytes.
//!
//! The file is a small TOML subset: `[limits]` and `[targets]` sections of `key = bytes` lines.

use super::sizes::{self, BuildSizes, FileSize};
use crate::cmd::{Failure, Result};
use std::path::Path;

/// What a budget line limits, all in gzip bytes (level 9).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Measure {
    /// The configurator's wasm.
    Wasm,
    /// The configurator's JS glue.
    Js,
    /// The configurator's stylesheets.
    Css,
    /// The configurator's `index.html` and everything it names.
    FirstLoad,
    /// The studio's wasm.
    StudioWasm,
    /// The commission page's wasm.
    CommissionWasm,
}

impl Measure {
    pub const ALL: [Measure; 6] = [
        Measure::Wasm,
        Measure::Js,
        Measure::Css,
        Measure::FirstLoad,
        Measure::StudioWasm,
        Measure::CommissionWasm,
    ];

    /// The key in `budgets.toml`.
    pub fn key(self) -> &'static str {
        match self {
            Measure::Wasm => "wasm_gzip",
            Measure::Js => "js_gzip",
            Measure::Css => "css_gzip",
            Measure::FirstLoad => "first_load_gzip",
            Measure::StudioWasm => "studio_wasm_gzip",
            Measure::CommissionWasm => "commission_wasm_gzip",
        }
    }

    /// Words for a report.
    pub fn label(self) -> &'static str {
        match self {
            Measure::Wasm => "configurator wasm, gzip",
            Measure::Js => "configurator JS glue, gzip",
            Measure::Css => "configurator CSS, gzip",
            Measure::FirstLoad => "configurator first load (index.html + what it names), gzip",
            Measure::StudioWasm => "studio wasm, gzip",
            Measure::CommissionWasm => "commission page wasm, gzip",
        }
    }

    /// The files this measures in a build, summed (raw, gzip and brotli).
    pub fn file(self, build: &BuildSizes) -> Option<FileSize> {
        let app = &build.configurator;
        match self {
            Measure::Wasm => app.wasm(),
            Measure::Js => app.js(),
            Measure::Css => app.css(),
            Measure::FirstLoad => Some(app.total()),
            Measure::StudioWasm => build.studio.wasm(),
            Measure::CommissionWasm => build.commission.wasm(),
        }
    }

    /// This measure of a build, in gzip bytes.
    pub fn of(self, build: &BuildSizes) -> u64 {
        self.file(build).map_or(0, |f| f.gzip)
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

/// `cargo xtask test`'s step: fails when the build in `dist` is over a committed limit. Prints
/// every limited measure raw, gzip and brotli (what Chromium gets), against its limit.
pub fn check(dist: &Path) -> Result {
    let budgets = load()?;
    let build = sizes::build(dist)?;
    println!(
        "  {:<60} {:>11} {:>11} {:>11}  {:>11}",
        "", "raw", "gzip", "brotli", "gzip limit"
    );
    let mut over = Vec::new();
    for &(measure, limit) in &budgets.limits {
        let file = measure.file(&build).unwrap_or_else(|| FileSize {
            path: measure.key().into(),
            raw: 0,
            gzip: 0,
            brotli: 0,
        });
        let verdict = if file.gzip <= limit { "ok" } else { "OVER" };
        println!(
            "  {:<60} {:>9} B {:>9} B {:>9} B  {limit:>9} B  {verdict}",
            measure.label(),
            file.raw,
            file.gzip,
            file.brotli,
        );
        if file.gzip > limit {
            over.push(format!(
                "{} is {} B, {} B over its limit of {limit} B",
                measure.key(),
                file.gzip,
                file.gzip - limit
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
    fn the_studio_has_a_budget_of_its_own() {
        let b = parse(
            "[limits]\nwasm_gzip = 300_000\nstudio_wasm_gzip = 500_000\ncommission_wasm_gzip = 400_000\n",
        )
        .unwrap();
        assert_eq!(b.limit(Measure::Wasm), Some(300_000));
        assert_eq!(b.limit(Measure::StudioWasm), Some(500_000));
        assert_eq!(b.limit(Measure::CommissionWasm), Some(400_000));
        let file = |name: &str, gzip: u64| FileSize {
            path: name.into(),
            raw: gzip * 3,
            gzip,
            brotli: gzip - 5,
        };
        let build = BuildSizes {
            configurator: sizes::AppSizes {
                first_load: vec![
                    file("index.html", 10),
                    file("a.js", 20),
                    file("a.wasm", 300),
                ],
            },
            studio: sizes::AppSizes {
                first_load: vec![
                    file("index.html", 10),
                    file("s.js", 20),
                    file("s.wasm", 450),
                ],
            },
            commission: sizes::AppSizes {
                first_load: vec![
                    file("index.html", 10),
                    file("c.js", 20),
                    file("c.wasm", 380),
                ],
            },
        };
        assert_eq!(Measure::CommissionWasm.of(&build), 380);
        assert_eq!(Measure::Wasm.of(&build), 300);
        assert_eq!(Measure::StudioWasm.of(&build), 450);
        assert_eq!(Measure::FirstLoad.of(&build), 330);
        assert_eq!(Measure::Css.of(&build), 0);
        assert_eq!(
            Measure::StudioWasm.file(&build).map(|f| f.brotli),
            Some(445)
        );
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
