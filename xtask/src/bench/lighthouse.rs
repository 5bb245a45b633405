//! Lighthouse benchmark: Lighthouse 12.2.3 (pinned in `bench/lighthouse/`) against the release
//! server on 127.0.0.1, with its default mobile emulation and simulated throttling, performance
//! category only, on `/`. Two variants: reduced motion (the ring holds still) and the default
//! (the turntable turns), [`RUNS`] fresh browsers each, reported as medians per figure.
//!
//! Chromium is Debian's; Lighthouse and Chromium only ever talk to the loopback server: Lighthouse
//! needs nothing from the internet for a local URL, its error reporting is off, chrome-launcher
//! disables background networking and component updates, and every host name but 127.0.0.1 fails
//! to resolve without asking DNS (checked with `strace -f -e trace=connect,sendto` on a run: no
//! address but 127.0.0.1 is ever contacted).

use super::server::Server;
use crate::cmd::{self, Failure, Result};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Stdio;

/// Fresh browsers per variant; each figure is the median of these.
pub const RUNS: usize = 3;

/// The Lighthouse version `bench/lighthouse/package-lock.json` pins (13 needs Node 22).
pub const VERSION: &str = "12.2.3";

/// Seconds one Lighthouse run may take before it is killed. A page that never goes quiet (the
/// turntable keeps the main thread busy) ends at Lighthouse's own 45 s load limit well before this.
const RUN_TIMEOUT_SECONDS: u32 = 240;

/// The page's own wait for a quiet network and main thread, in milliseconds (Lighthouse's default).
const MAX_WAIT_FOR_LOAD_MS: u32 = 45_000;

/// How the visitor's browser is set up for a run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Variant {
    /// `prefers-reduced-motion: reduce`: the ring is drawn and then holds still.
    ReducedMotion,
    /// No preference: the turntable turns the ring for as long as nobody touches it.
    Default,
}

impl Variant {
    /// Both variants, in report order.
    pub const ALL: [Variant; 2] = [Variant::ReducedMotion, Variant::Default];

    /// Words for the report.
    pub fn label(self) -> &'static str {
        match self {
            Variant::ReducedMotion => "reduced motion",
            Variant::Default => "default (turntable on)",
        }
    }

    /// The name of its report files.
    fn slug(self) -> &'static str {
        match self {
            Variant::ReducedMotion => "reduced-motion",
            Variant::Default => "default",
        }
    }

    /// Chromium's flags: headless, WebGL2 through SwiftShader, no name lookups (Debian's Chromium
    /// otherwise asks DNS for accounts.google.com and clients2.google.com during a run), and the
    /// motion preference.
    fn chrome_flags(self) -> String {
        let mut flags = vec![
            "--headless=new",
            "--no-sandbox",
            "--enable-unsafe-swiftshader",
            "--disable-quic",
            // Lighthouse reads these flags as a command line, quotes included.
            "--host-resolver-rules=\"MAP * ~NOTFOUND, EXCLUDE 127.0.0.1\"",
        ];
        if self == Variant::ReducedMotion {
            // Headless Chromium has no system setting to read; this flag sets the media query.
            flags.push("--force-prefers-reduced-motion");
        }
        flags.join(" ")
    }
}

/// A figure Lighthouse reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Metric {
    /// The performance category's score, 0–100.
    Score,
    /// Largest Contentful Paint, ms.
    Lcp,
    /// Total Blocking Time, ms.
    Tbt,
    /// Cumulative Layout Shift, unitless.
    Cls,
    /// First Contentful Paint, ms.
    Fcp,
    /// Speed Index, ms.
    SpeedIndex,
    /// Bytes transferred for the page (Lighthouse's `total-byte-weight`).
    TotalBytes,
}

impl Metric {
    /// Every figure, in report order.
    pub const ALL: [Metric; 7] = [
        Metric::Score,
        Metric::Lcp,
        Metric::Tbt,
        Metric::Cls,
        Metric::Fcp,
        Metric::SpeedIndex,
        Metric::TotalBytes,
    ];

    /// The audit in the report that holds this figure (`None` for the category score).
    fn audit(self) -> Option<&'static str> {
        match self {
            Metric::Score => None,
            Metric::Lcp => Some("largest-contentful-paint"),
            Metric::Tbt => Some("total-blocking-time"),
            Metric::Cls => Some("cumulative-layout-shift"),
            Metric::Fcp => Some("first-contentful-paint"),
            Metric::SpeedIndex => Some("speed-index"),
            Metric::TotalBytes => Some("total-byte-weight"),
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// What a Lighthouse report file could not give.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// The file is not JSON.
    #[error("not a Lighthouse report: {0}")]
    Json(#[from] serde_json::Error),
    /// Another Lighthouse wrote it.
    #[error("written by Lighthouse {found}, not the pinned {VERSION}")]
    Version {
        /// The version the report names.
        found: String,
    },
    /// Lighthouse could not measure the page at all.
    #[error("Lighthouse could not measure the page: {code}: {message}")]
    Runtime {
        /// Lighthouse's error code, such as `NO_FCP`.
        code: String,
        /// Its explanation.
        message: String,
    },
}

/// One Lighthouse run's figures; a figure Lighthouse could not compute is `None` with its reason.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RunFigures {
    values: [Option<f64>; 7],
    /// Why a figure is missing, by metric (`None` where the figure is there).
    missing: [Option<String>; 7],
    /// Lighthouse's warnings about the run (for example a page that never went quiet).
    pub warnings: Vec<String>,
    /// Lighthouse's measure of the machine's CPU speed during the run (`benchmarkIndex`), which
    /// its simulated 4× slower phone is scaled from.
    pub benchmark_index: Option<f64>,
}

impl RunFigures {
    /// The figure, if Lighthouse computed it.
    pub fn get(&self, metric: Metric) -> Option<f64> {
        self.values[metric.index()]
    }

    /// Why Lighthouse gave no figure for `metric`.
    pub fn why_missing(&self, metric: Metric) -> Option<&str> {
        self.missing[metric.index()].as_deref()
    }
}

/// Reads the figures out of a Lighthouse report (the JSON written with `--output=json`).
pub fn read_report(json: &str) -> std::result::Result<RunFigures, ReportError> {
    let report: Value = serde_json::from_str(json)?;
    let found = report["lighthouseVersion"].as_str().unwrap_or("unknown");
    if found != VERSION {
        return Err(ReportError::Version {
            found: found.to_owned(),
        });
    }
    if let Some(code) = report["runtimeError"]["code"].as_str() {
        return Err(ReportError::Runtime {
            code: code.to_owned(),
            message: report["runtimeError"]["message"]
                .as_str()
                .unwrap_or_default()
                .to_owned(),
        });
    }
    let mut figures = RunFigures {
        warnings: report["runWarnings"]
            .as_array()
            .map(|w| {
                w.iter()
                    .filter_map(|w| w.as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default(),
        benchmark_index: report["environment"]["benchmarkIndex"].as_f64(),
        ..RunFigures::default()
    };
    for metric in Metric::ALL {
        let (value, why) = match metric.audit() {
            None => match report["categories"]["performance"]["score"].as_f64() {
                // Lighthouse scores 0–1 in the JSON and 0–100 on screen; the report speaks 0–100.
                Some(score) => (Some((score * 100.0).round()), None),
                None => (None, Some("no performance score".to_owned())),
            },
            Some(id) => {
                let audit = &report["audits"][id];
                match audit["numericValue"].as_f64() {
                    Some(v) if audit["scoreDisplayMode"] != "error" => (Some(v), None),
                    _ => (
                        None,
                        Some(
                            audit["errorMessage"]
                                .as_str()
                                .unwrap_or("not in the report")
                                .to_owned(),
                        ),
                    ),
                }
            }
        };
        figures.values[metric.index()] = value;
        figures.missing[metric.index()] = why;
    }
    Ok(figures)
}

/// The median of `values` (the mean of the middle two for an even count), `None` when empty.
pub fn median(values: impl IntoIterator<Item = f64>) -> Option<f64> {
    let mut sorted: Vec<f64> = values.into_iter().collect();
    sorted.sort_by(f64::total_cmp);
    let mid = sorted.len() / 2;
    match sorted.len() {
        0 => None,
        n if n % 2 == 1 => Some(sorted[mid]),
        _ => Some((sorted[mid - 1] + sorted[mid]) / 2.0),
    }
}

/// One variant's runs.
#[derive(Debug, Clone)]
pub struct VariantFigures {
    /// Which browser setup.
    pub variant: Variant,
    /// The runs Lighthouse completed.
    pub runs: Vec<RunFigures>,
    /// The runs it could not complete, with the reason.
    pub failures: Vec<String>,
}

impl VariantFigures {
    /// The median of `metric` over the runs that have it.
    pub fn median(&self, metric: Metric) -> Option<f64> {
        median(self.runs.iter().filter_map(|r| r.get(metric)))
    }

    /// The median of Lighthouse's CPU benchmark index over the runs.
    pub fn benchmark_index(&self) -> Option<f64> {
        median(self.runs.iter().filter_map(|r| r.benchmark_index))
    }

    /// How many runs have `metric`.
    pub fn count(&self, metric: Metric) -> usize {
        self.runs.iter().filter(|r| r.get(metric).is_some()).count()
    }

    /// Why `metric` is missing, as the first run without it says.
    pub fn why_missing(&self, metric: Metric) -> Option<&str> {
        self.runs.iter().find_map(|r| r.why_missing(metric))
    }

    /// Lighthouse's warnings, each once.
    pub fn warnings(&self) -> Vec<&str> {
        let mut all: Vec<&str> = Vec::new();
        for w in self.runs.iter().flat_map(|r| &r.warnings) {
            if !all.contains(&w.as_str()) {
                all.push(w);
            }
        }
        all
    }
}

/// Everything the Lighthouse part measured.
#[derive(Debug, Clone)]
pub struct LighthouseFigures {
    /// Reduced motion first, then the default.
    pub variants: Vec<VariantFigures>,
    /// Where every run's full report was kept.
    pub reports: PathBuf,
}

/// The folder of the pinned npm package.
fn package_dir() -> PathBuf {
    crate::root().join("bench/lighthouse")
}

/// `npm ci` in `bench/lighthouse/` unless its installed packages already match the lock file.
pub fn install() -> Result {
    let dir = package_dir();
    let modified = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    let lock = modified(&dir.join("package-lock.json"));
    let installed = modified(&dir.join("node_modules/.package-lock.json"));
    if let (Some(lock), Some(installed)) = (lock, installed) {
        if installed >= lock {
            return Ok(());
        }
    }
    let mut npm = cmd::command("npm", &["ci", "--no-audit", "--no-fund"]);
    npm.current_dir(&dir);
    cmd::run(npm)
}

/// Runs both variants [`RUNS`] times each against a fresh release server serving `dist`.
pub fn run(dist: &Path) -> Result<LighthouseFigures> {
    install()?;
    let work = super::target_dir().join("bench-lighthouse");
    let reports = work.join("reports");
    let _ = std::fs::remove_dir_all(&reports);
    std::fs::create_dir_all(&reports)
        .map_err(|e| Failure(format!("cannot create {}: {e}", reports.display())))?;
    let server = Server::start(dist, &work.join("server"), &[])?;
    let url = format!("{}/", server.url);
    let mut variants: Vec<VariantFigures> = Variant::ALL
        .iter()
        .map(|&variant| VariantFigures {
            variant,
            runs: Vec::new(),
            failures: Vec::new(),
        })
        .collect();
    // Alternating the variants spreads whatever else the machine does over both.
    for n in 1..=RUNS {
        for figures in &mut variants {
            let variant = figures.variant;
            let path = reports.join(format!("{}-{n}.json", variant.slug()));
            println!(
                "lighthouse {}, run {n}/{RUNS} → {}",
                variant.label(),
                path.display()
            );
            match run_once(&url, variant, &path) {
                Ok(run) => {
                    println!(
                        "  score {}, LCP {}, TBT {}",
                        show(run.get(Metric::Score)),
                        show(run.get(Metric::Lcp)),
                        show(run.get(Metric::Tbt))
                    );
                    figures.runs.push(run);
                }
                Err(Failure(why)) => {
                    println!("  failed: {why}");
                    figures.failures.push(why);
                }
            }
        }
    }
    drop(server);
    Ok(LighthouseFigures { variants, reports })
}

fn show(v: Option<f64>) -> String {
    v.map_or_else(|| "–".to_owned(), |v| format!("{v:.0}"))
}

/// One Lighthouse run of `variant` on `url`, its report written to `path`.
fn run_once(url: &str, variant: Variant, path: &Path) -> Result<RunFigures> {
    let cli = package_dir().join("node_modules/lighthouse/cli/index.js");
    let output_path = format!("--output-path={}", path.display());
    let chrome_flags = format!("--chrome-flags={}", variant.chrome_flags());
    let max_wait = format!("--max-wait-for-load={MAX_WAIT_FOR_LOAD_MS}");
    let timeout = RUN_TIMEOUT_SECONDS.to_string();
    let cli = cli.to_string_lossy();
    let mut command = cmd::command(
        "timeout",
        &[
            "--kill-after=10",
            &timeout,
            "node",
            &cli,
            url,
            "--quiet",
            "--output=json",
            &output_path,
            "--only-categories=performance",
            "--no-enable-error-reporting",
            &max_wait,
            &chrome_flags,
        ],
    );
    let chromium = std::env::var_os("CHROMIUM").unwrap_or_else(|| "/usr/bin/chromium".into());
    command
        .env("CHROME_PATH", chromium)
        .stdout(Stdio::inherit())
        .stderr(Stdio::inherit());
    let status = command
        .status()
        .map_err(|e| Failure(format!("cannot run Lighthouse: {e}")))?;
    // A run that failed still writes its report when Lighthouse got that far, and the report
    // says why (its runtimeError); without one, the exit status is all there is.
    let json = std::fs::read_to_string(path).map_err(|e| {
        Failure(format!(
            "Lighthouse exited with {status} and left no report at {}: {e}",
            path.display()
        ))
    })?;
    let figures = read_report(&json).map_err(|e| Failure(format!("{}: {e}", path.display())))?;
    if !status.success() {
        return Err(Failure(format!("Lighthouse exited with {status}")));
    }
    Ok(figures)
}

#[cfg(test)]
mod tests {
    use super::*;

    const REDUCED: &str = include_str!("../../../bench/lighthouse/samples/reduced-motion.json");
    const TURNING: &str = include_str!("../../../bench/lighthouse/samples/default.json");
    const FAILED: &str = include_str!("../../../bench/lighthouse/samples/no-server.json");

    #[test]
    fn reads_a_report() {
        let run = read_report(REDUCED).expect("a complete report");
        assert_eq!(run.get(Metric::Score), Some(46.0));
        assert_eq!(run.get(Metric::Lcp), Some(6579.4));
        assert_eq!(run.get(Metric::Tbt), Some(7224.0));
        assert_eq!(run.get(Metric::Cls), Some(0.0));
        assert_eq!(run.get(Metric::Fcp), Some(1047.52));
        assert_eq!(run.get(Metric::SpeedIndex), Some(3527.0310861458693));
        assert_eq!(run.get(Metric::TotalBytes), Some(429_326.0));
        assert!(run.warnings.is_empty());
        assert_eq!(run.why_missing(Metric::Lcp), None);
        assert_eq!(run.benchmark_index, Some(1398.0));
    }

    #[test]
    fn keeps_the_warnings_of_a_page_that_never_went_quiet() {
        let run = read_report(TURNING).expect("a complete report");
        assert_eq!(run.get(Metric::Score), Some(60.0));
        assert_eq!(run.get(Metric::Tbt), Some(167_918.5));
        assert_eq!(
            run.warnings,
            ["The page loaded too slowly to finish within the time limit. Results may be incomplete."]
        );
    }

    #[test]
    fn a_failed_run_says_why() {
        match read_report(FAILED) {
            Err(ReportError::Runtime { code, message }) => {
                assert_eq!(code, "CHROME_INTERSTITIAL_ERROR");
                assert!(
                    message.starts_with("Chrome prevented page load"),
                    "{message}"
                );
            }
            other => panic!("expected a runtime error, got {other:?}"),
        }
    }

    #[test]
    fn an_audit_in_error_is_missing_with_its_reason() {
        let mut report: Value = serde_json::from_str(REDUCED).expect("JSON");
        report["audits"]["largest-contentful-paint"] = serde_json::json!({
            "id": "largest-contentful-paint",
            "score": null,
            "scoreDisplayMode": "error",
            "errorMessage": "The page did not display content that qualifies as a Largest Contentful Paint (LCP). (NO_LCP)",
        });
        let run = read_report(&report.to_string()).expect("the other figures");
        assert_eq!(run.get(Metric::Lcp), None);
        assert!(run
            .why_missing(Metric::Lcp)
            .is_some_and(|why| why.contains("NO_LCP")));
        assert_eq!(run.get(Metric::Tbt), Some(7224.0));
    }

    #[test]
    fn refuses_another_version() {
        let other = REDUCED.replacen("\"12.2.3\"", "\"13.0.0\"", 1);
        assert!(matches!(
            read_report(&other),
            Err(ReportError::Version { found }) if found == "13.0.0"
        ));
        assert!(matches!(read_report("<html>"), Err(ReportError::Json(_))));
    }

    #[test]
    fn medians_per_figure_over_the_runs_that_have_it() {
        let a = read_report(REDUCED).expect("report");
        let b = read_report(TURNING).expect("report");
        let mut c = a.clone();
        c.values[Metric::Lcp.index()] = None;
        c.missing[Metric::Lcp.index()] = Some("NO_LCP".into());
        let figures = VariantFigures {
            variant: Variant::Default,
            runs: vec![a, b, c],
            failures: Vec::new(),
        };
        assert_eq!(figures.median(Metric::Score), Some(46.0));
        assert_eq!(figures.median(Metric::Tbt), Some(7224.0));
        assert_eq!(
            figures.median(Metric::Lcp),
            Some((6579.4 + 3166.4155) / 2.0)
        );
        assert_eq!(figures.count(Metric::Lcp), 2);
        assert_eq!(figures.why_missing(Metric::Lcp), Some("NO_LCP"));
        assert_eq!(figures.warnings().len(), 1);
    }

    #[test]
    fn medians() {
        assert_eq!(median([3.0, 1.0, 2.0]), Some(2.0));
        assert_eq!(median([4.0, 1.0, 3.0, 2.0]), Some(2.5));
        assert_eq!(median([7.5]), Some(7.5));
        assert_eq!(median(Vec::new()), None);
    }
}
