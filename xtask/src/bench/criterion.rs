//! Core benchmark: `cargo bench -p atelier-core` for every file in `core/benches/`, then criterion's
//! own estimates read back from `<target>/criterion/**/new/` (median time per iteration).

use crate::cmd::{self, run, Failure, Result};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

/// One benchmark's median time.
#[derive(Debug, Clone)]
pub struct Timing {
    /// Criterion's full id, e.g. `share link/encode`.
    pub id: String,
    pub median_ns: f64,
    /// The 95 % confidence interval of the median.
    pub low_ns: f64,
    pub high_ns: f64,
}

/// Runs every core bench and returns the timings, sorted by id.
pub fn run_core() -> Result<Vec<Timing>> {
    let benches = bench_names(&crate::root().join("core/benches"))?;
    let home = super::target_dir().join("criterion");
    let started = SystemTime::now();
    let mut args = vec!["bench", "-p", "atelier-core"];
    for name in &benches {
        args.extend(["--bench", name.as_str()]);
    }
    // Shorter than criterion's defaults (3 s warm-up, 5 s measured) so the whole run stays near two
    // minutes; the confidence intervals in the report show what that costs.
    args.extend(["--", "--warm-up-time", "1", "--measurement-time", "3"]);
    let mut cargo = cmd::command("cargo", &args);
    cargo.env("CRITERION_HOME", &home);
    run(cargo)?;
    let mut timings = Vec::new();
    collect(&home, started, &mut timings);
    timings.sort_by(|a, b| a.id.cmp(&b.id));
    if timings.is_empty() {
        return Err(Failure(format!(
            "criterion wrote no estimates under {}",
            home.display()
        )));
    }
    Ok(timings)
}

fn bench_names(dir: &Path) -> Result<Vec<String>> {
    let entries = std::fs::read_dir(dir)
        .map_err(|e| Failure(format!("cannot list {}: {e}", dir.display())))?;
    let mut names: Vec<String> = entries
        .flatten()
        .filter_map(|e| {
            let path = e.path();
            if path.extension()? != "rs" {
                return None;
            }
            Some(path.file_stem()?.to_string_lossy().into_owned())
        })
        .collect();
    names.sort();
    Ok(names)
}

/// Finds `new/benchmark.json` + `new/estimates.json` pairs written since `since`.
fn collect(dir: &Path, since: SystemTime, out: &mut Vec<Timing>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if !path.is_dir() {
            continue;
        }
        if path.file_name().is_some_and(|n| n == "new") {
            if let Some(timing) = read_estimate(&path, since) {
                out.push(timing);
            }
        } else {
            collect(&path, since, out);
        }
    }
}

fn read_estimate(new: &Path, since: SystemTime) -> Option<Timing> {
    let estimates: PathBuf = new.join("estimates.json");
    let fresh = std::fs::metadata(&estimates).ok()?.modified().ok()? >= since;
    if !fresh {
        return None;
    }
    let benchmark = std::fs::read_to_string(new.join("benchmark.json")).ok()?;
    let estimates = std::fs::read_to_string(estimates).ok()?;
    let median = object(&estimates, "median")?;
    let interval = object(median, "confidence_interval")?;
    Some(Timing {
        id: string_field(&benchmark, "full_id")?,
        median_ns: number_field(median, "point_estimate")?,
        low_ns: number_field(interval, "lower_bound")?,
        high_ns: number_field(interval, "upper_bound")?,
    })
}

// Criterion's JSON is machine-written and flat enough to read with a few string searches (xtask
// has no JSON parser, being std-only).

/// The text after `"key":` (to the end of the input).
fn after_key<'a>(json: &'a str, key: &str) -> Option<&'a str> {
    let quoted = format!("\"{key}\"");
    let at = json.find(&quoted)? + quoted.len();
    json[at..]
        .trim_start()
        .strip_prefix(':')
        .map(str::trim_start)
}

fn object<'a>(json: &'a str, key: &str) -> Option<&'a str> {
    after_key(json, key).filter(|rest| rest.starts_with('{'))
}

fn number_field(json: &str, key: &str) -> Option<f64> {
    let rest = after_key(json, key)?;
    let end = rest
        .find(|c: char| !(c.is_ascii_digit() || "+-.eE".contains(c)))
        .unwrap_or(rest.len());
    rest[..end].parse().ok()
}

fn string_field(json: &str, key: &str) -> Option<String> {
    let rest = after_key(json, key)?.strip_prefix('"')?;
    let mut out = String::new();
    let mut chars = rest.chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => return Some(out),
            '\\' => out.push(chars.next()?),
            c => out.push(c),
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_criterion_json() {
        let estimates = r#"{"mean":{"confidence_interval":{"confidence_level":0.95,"lower_bound":1.0,"upper_bound":3.0},"point_estimate":2.0,"standard_error":0.1},"median":{"confidence_interval":{"confidence_level":0.95,"lower_bound":1480.5,"upper_bound":1500.25},"point_estimate":1.49e3,"standard_error":2.0}}"#;
        let median = object(estimates, "median").unwrap();
        assert_eq!(number_field(median, "point_estimate"), Some(1490.0));
        let ci = object(median, "confidence_interval").unwrap();
        assert_eq!(number_field(ci, "lower_bound"), Some(1480.5));
        assert_eq!(number_field(ci, "upper_bound"), Some(1500.25));
        let benchmark = r#"{"group_id":"share link","function_id":"encode","full_id":"share link/\"encode\"","directory_name":"x"}"#;
        assert_eq!(
            string_field(benchmark, "full_id").as_deref(),
            Some("share link/\"encode\"")
        );
    }
}
