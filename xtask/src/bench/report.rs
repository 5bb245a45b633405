//! `BENCHMARKS.md`: the machine, the targets with a verdict each, then every figure by part.
//! Hand-written notes (what was cut to shrink the wasm, what a missed target would take) live in
//! `bench/notes.md` and are copied in at the end, so a new run never loses them. A part that did
//! not run keeps its section and target rows from the previous report, marked with that report's
//! date, so measuring one part never erases the others.

use super::budget::{Budgets, Measure};
use super::client::{ClientFigures, RUNS};
use super::criterion::Timing;
use super::lighthouse::{self, LighthouseFigures, Metric, VariantFigures};
use super::server::{ServerFigures, CONNECTIONS};
use super::sizes::{AppSizes, BuildSizes, FileSize};
use crate::cmd;
use std::fmt::Write;

/// Everything one `cargo xtask bench` measured; `None` for a part that did not run.
#[derive(Debug, Default)]
pub struct Results {
    pub machine: Machine,
    pub sizes: Option<BuildSizes>,
    pub budgets: Option<Budgets>,
    pub client: Option<ClientFigures>,
    pub lighthouse: Option<LighthouseFigures>,
    pub core: Option<Vec<Timing>>,
    pub server: Option<ServerFigures>,
}

/// What the figures were measured on.
#[derive(Debug, Default)]
pub struct Machine {
    pub date: String,
    pub cpu: String,
    pub cores: usize,
    pub memory: String,
    pub os: String,
    pub kernel: String,
    pub rustc: String,
    pub chromium: String,
    pub node: String,
    pub wrk: String,
    pub commit: String,
    pub load: String,
}

impl Machine {
    /// Reads /proc, /etc/os-release and the tools' versions.
    pub fn describe() -> Machine {
        let read = |p: &str| std::fs::read_to_string(p).unwrap_or_default();
        let first_line = |s: Option<String>| {
            s.and_then(|s| s.lines().next().map(|l| l.trim().to_owned()))
                .unwrap_or_else(|| "unknown".into())
        };
        let field = |text: &str, key: &str| {
            text.lines()
                .find_map(|l| l.strip_prefix(key))
                .map(|v| {
                    v.trim_start_matches([' ', '\t', ':', '='])
                        .trim()
                        .trim_matches('"')
                        .to_owned()
                })
                .unwrap_or_else(|| "unknown".into())
        };
        let kib: u64 = field(&read("/proc/meminfo"), "MemTotal")
            .trim_end_matches("kB")
            .trim()
            .parse()
            .unwrap_or(0);
        let wrk = cmd::command("wrk", &["-v"])
            .output()
            .map(|o| {
                let text = String::from_utf8_lossy(&o.stdout).into_owned();
                text.split_whitespace()
                    .take(2)
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .unwrap_or_else(|_| "not installed".into());
        Machine {
            date: first_line(cmd::output("date", &["-u", "+%Y-%m-%d %H:%M UTC"])),
            cpu: field(&read("/proc/cpuinfo"), "model name"),
            cores: std::thread::available_parallelism().map_or(0, |n| n.get()),
            memory: format!("{:.1} GiB", kib as f64 / 1024.0 / 1024.0),
            os: field(&read("/etc/os-release"), "PRETTY_NAME"),
            kernel: first_line(cmd::output("uname", &["-r"])),
            rustc: first_line(cmd::output("rustc", &["--version"])),
            chromium: first_line(cmd::output("/usr/bin/chromium", &["--version"])),
            node: first_line(cmd::output("node", &["--version"])),
            wrk,
            commit: first_line(cmd::output("git", &["log", "-1", "--format=%h %s"])),
            load: first_line(Some(read("/proc/loadavg"))),
        }
    }
}

const KIB: f64 = 1024.0;

fn bytes(n: u64) -> String {
    format!("{} B", thousands(n))
}

fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn kib(n: f64) -> String {
    format!("{:.1} KiB", n / KIB)
}

fn time_ns(ns: f64) -> String {
    if ns >= 1e6 {
        format!("{:.3} ms", ns / 1e6)
    } else if ns >= 1e3 {
        format!("{:.2} µs", ns / 1e3)
    } else {
        format!("{ns:.0} ns")
    }
}

fn ms(v: f64) -> String {
    if v >= 100.0 {
        format!("{v:.0} ms")
    } else {
        format!("{v:.1} ms")
    }
}

/// "met (12 % under)" or "**missed** by 40 KiB (16 %)", for a limit that must not be exceeded.
fn at_most(measured: f64, limit: f64, unit: fn(f64) -> String) -> String {
    if measured <= limit {
        format!("met ({:.0} % under)", (1.0 - measured / limit) * 100.0)
    } else {
        format!(
            "**missed** by {} ({:.0} %)",
            unit(measured - limit),
            (measured / limit - 1.0) * 100.0
        )
    }
}

fn not_run(part: &str) -> String {
    format!("_not run in this report (`cargo xtask bench {part}`)_\n")
}

/// The report being replaced: its date and its text, to keep what this run did not measure.
struct Previous<'a> {
    date: String,
    text: &'a str,
}

/// What marks a section kept from an earlier report.
const KEPT: &str = "_Not run in this report: kept from the report of ";

impl<'a> Previous<'a> {
    fn read(text: &'a str) -> Previous<'a> {
        let date = text
            .split_once("Written by `cargo xtask bench` on ")
            .and_then(|(_, rest)| rest.split_once(';'))
            .map(|(date, _)| date.to_owned())
            .unwrap_or_default();
        Previous { date, text }
    }

    /// The body of the section headed `## {heading}` (up to the next `## `), if the previous
    /// report has its figures; a section it had kept itself still starts with its "kept" line.
    fn section(&self, heading: &str) -> Option<String> {
        let start = self.text.find(&format!("\n## {heading}\n"))? + heading.len() + 5;
        let rest = &self.text[start..];
        let end = rest.find("\n## ").map_or(rest.len(), |i| i + 1);
        let body = rest[..end].trim();
        (!body.contains("_not run in this report")).then(|| body.to_owned())
    }

    /// The table row whose first cell contains `key`, if the previous report measured it.
    fn row(&self, key: &str) -> Option<&'a str> {
        self.text.lines().find(|l| {
            l.starts_with("| ")
                && l.split('|').nth(1).is_some_and(|cell| cell.contains(key))
                && !l.contains("| not run |")
        })
    }

    /// Writes the section `heading` kept from the previous report (with the date it was
    /// measured on), or says the part was not run.
    fn keep_section(&self, md: &mut String, heading: &str, part: &str) {
        match self.section(heading) {
            Some(body) if body.starts_with(KEPT) => {
                let _ = writeln!(md, "{body}\n");
            }
            Some(body) if !self.date.is_empty() => {
                let _ = writeln!(
                    md,
                    "{KEPT}{}; `cargo xtask bench {part}` measures it again._\n",
                    self.date
                );
                let _ = writeln!(md, "{body}\n");
            }
            _ => {
                md.push_str(&not_run(part));
                md.push('\n');
            }
        }
    }

    /// The target row with `key` kept from the previous report, marked with the date it was
    /// measured on.
    fn keep_row(&self, md: &mut String, key: &str, fallback: &str) {
        match self.row(key) {
            Some(line) if line.contains(" (kept from ") => {
                let _ = writeln!(md, "{}", line.trim_end());
            }
            Some(line) if !self.date.is_empty() => {
                let line = line.trim_end().trim_end_matches('|').trim_end();
                let _ = writeln!(md, "{line} (kept from {}) |", self.date);
            }
            _ => {
                let _ = writeln!(md, "| {fallback} | not run | |");
            }
        }
    }
}

/// The ring rebuild the 2 ms target speaks of (see `core/benches/geometry.rs`).
const REBUILD_ID: &str = "ring: default solitaire after a carat change";

/// The report as Markdown; sections of parts that did not run come from `previous`, the report
/// this one replaces.
pub fn markdown(r: &Results, previous: &str) -> String {
    let previous = Previous::read(previous);
    let mut md = String::new();
    let m = &r.machine;
    let _ = writeln!(
        md,
        "# Benchmarks\n\nWritten by `cargo xtask bench` on {}; run it again to refresh this file \
         (`cargo xtask bench client|core|server` for one part). Timings depend on what else the \
         machine is doing (the load average at the start is below): the client figures are medians of {RUNS} fresh browsers, the \
         core figures criterion's medians with their 95 % interval. Sizes do not vary between runs; \
         the committed limits in `bench/budgets.toml` are checked by `cargo xtask test`.\n",
        m.date
    );
    let _ = writeln!(md, "## Machine\n\n| | |\n|---|---|");
    for (k, v) in [
        ("CPU", format!("{} ({} cores available)", m.cpu, m.cores)),
        ("memory", m.memory.clone()),
        ("OS", format!("{} (Linux {})", m.os, m.kernel)),
        ("rustc", m.rustc.clone()),
        (
            "Chromium",
            format!("{} (headless, SwiftShader WebGL2)", m.chromium),
        ),
        ("node", m.node.clone()),
        ("wrk", m.wrk.clone()),
        ("commit", m.commit.clone()),
        ("load average at the start", m.load.clone()),
    ] {
        let _ = writeln!(md, "| {k} | {v} |");
    }
    md.push('\n');
    targets(&mut md, r, &previous);
    targets_issue18(&mut md, r, &previous);
    client_sizes(&mut md, r, &previous);
    client_timings(&mut md, r, &previous);
    lighthouse_section(&mut md, r, &previous);
    core(&mut md, r, &previous);
    server(&mut md, r, &previous);
    let notes = std::fs::read_to_string(crate::root().join("bench/notes.md")).unwrap_or_default();
    if !notes.trim().is_empty() {
        let _ = writeln!(md, "{}", notes.trim_end());
    }
    md
}

fn row(md: &mut String, target: &str, measured: String, verdict: String) {
    let _ = writeln!(md, "| {target} | {measured} | {verdict} |");
}

fn targets(md: &mut String, r: &Results, previous: &Previous) {
    let _ = writeln!(
        md,
        "## Targets (issue 9)\n\n| target | measured | verdict |\n|---|---|---|"
    );
    let wasm_target = r
        .budgets
        .as_ref()
        .and_then(|b| b.target(Measure::Wasm))
        .unwrap_or(250 * 1024) as f64;
    let load_target = r
        .budgets
        .as_ref()
        .and_then(|b| b.target(Measure::FirstLoad))
        .unwrap_or(350 * 1024) as f64;
    match r.sizes.as_ref().and_then(|s| s.configurator.wasm()) {
        Some(wasm) => row(
            md,
            &format!(
                "the app's wasm < {} gzipped (the configurator's: what a visitor loads)",
                kib(wasm_target)
            ),
            format!("{} ({})", kib(wasm.gzip as f64), bytes(wasm.gzip)),
            at_most(wasm.gzip as f64, wasm_target, kib),
        ),
        None => previous.keep_row(md, "wasm <", "wasm < 250 KiB gzipped"),
    }
    match r
        .client
        .as_ref()
        .and_then(|c| c.get("bytes_before_first_frame"))
    {
        Some(b) => row(
            md,
            &format!(
                "everything transferred before the first ring frame < {}",
                kib(load_target)
            ),
            format!(
                "{} ({}, as the server sends it to Chromium)",
                kib(b),
                bytes(b as u64)
            ),
            at_most(b, load_target, kib),
        ),
        None => previous.keep_row(
            md,
            "transferred before the first ring frame <",
            "transferred before the first ring frame < 350 KiB",
        ),
    }
    match r.client.as_ref().and_then(|c| c.get("first_frame_ms")) {
        Some(t) => row(
            md,
            "first ring frame < 1.5 s (headless Chromium, this machine)",
            format!("{} (median of {RUNS})", ms(t)),
            at_most(t, 1500.0, ms),
        ),
        None => previous.keep_row(md, "first ring frame < 1.5 s", "first ring frame < 1.5 s"),
    }
    let rebuilds: Vec<&Timing> = r
        .core
        .iter()
        .flatten()
        .filter(|t| t.id.starts_with("ring"))
        .collect();
    match r.core.iter().flatten().find(|t| t.id == REBUILD_ID) {
        Some(t) => {
            let slowest = rebuilds
                .iter()
                .max_by(|a, b| a.median_ns.total_cmp(&b.median_ns));
            let also = slowest
                .filter(|s| s.id != t.id)
                .map(|s| format!("; slowest rebuild: {} ({})", time_ns(s.median_ns), s.id))
                .unwrap_or_default();
            row(
                md,
                "full ring rebuild < 2 ms natively",
                format!(
                    "{} (default solitaire after a carat change){also}",
                    time_ns(t.median_ns)
                ),
                at_most(t.median_ns, 2e6, time_ns),
            )
        }
        None => previous.keep_row(md, "full ring rebuild < 2 ms", "full ring rebuild < 2 ms"),
    }
    let at16 = r.server.as_ref().and_then(|s| {
        s.loads
            .iter()
            .find(|l| l.label == "brief only" && l.connections == 16)
    });
    match at16 {
        Some(l) => {
            let rate = if l.per_second >= 1500.0 {
                "rate met".to_owned()
            } else {
                format!(
                    "rate **missed** by {:.0}/s ({:.0} %)",
                    1500.0 - l.per_second,
                    (1.0 - l.per_second / 1500.0) * 100.0
                )
            };
            row(
                md,
                "≥ 1,500 durable submissions/s at 16 connections, p99 < 50 ms",
                format!("{:.0}/s, p99 {}", l.per_second, ms(l.p99_ms)),
                format!("{rate}; p99 {}", at_most(l.p99_ms, 50.0, ms)),
            )
        }
        None => previous.keep_row(
            md,
            "submissions/s at 16 connections",
            "≥ 1,500 submissions/s at 16 connections",
        ),
    }
    md.push('\n');
}

/// Issue 18's bound on everything before the first ring frame, as sent: 250 KiB.
const FIRST_FRAME_BYTES_TARGET: f64 = 256_000.0;

/// "met (4 points over)" or "**missed** by 44 points", for a figure that must reach `floor`.
fn at_least(measured: f64, floor: f64) -> String {
    if measured >= floor {
        format!("met ({:.0} points over)", measured - floor)
    } else {
        format!("**missed** by {:.0} points", floor - measured)
    }
}

fn seconds(ms: f64) -> String {
    format!("{:.2} s", ms / 1000.0)
}

fn whole_ms(v: f64) -> String {
    format!("{} ms", thousands(v.round() as u64))
}

fn unitless(v: f64) -> String {
    format!("{v:.3}")
}

/// How the report writes a Lighthouse figure.
fn lighthouse_value(metric: Metric, v: f64) -> String {
    match metric {
        Metric::Score => format!("{v:.0}"),
        Metric::Lcp | Metric::Fcp | Metric::SpeedIndex => seconds(v),
        Metric::Tbt => whole_ms(v),
        Metric::Cls => unitless(v),
        Metric::TotalBytes => bytes(v.round() as u64),
    }
}

/// The figure's name, and issue 18's target where it sets one (the bound and how it is written).
fn lighthouse_target(metric: Metric) -> (&'static str, Option<(f64, &'static str)>) {
    match metric {
        Metric::Score => ("performance score", Some((90.0, "≥ 90"))),
        Metric::Lcp => ("Largest Contentful Paint", Some((2500.0, "≤ 2.5 s"))),
        Metric::Tbt => ("Total Blocking Time", Some((200.0, "≤ 200 ms"))),
        Metric::Cls => ("Cumulative Layout Shift", Some((0.1, "≤ 0.1"))),
        Metric::Fcp => ("First Contentful Paint", None),
        Metric::SpeedIndex => ("Speed Index", None),
        Metric::TotalBytes => ("bytes transferred (`total-byte-weight`)", None),
    }
}

fn lighthouse_verdict(metric: Metric, v: f64, bound: f64) -> String {
    match metric {
        Metric::Score => at_least(v, bound),
        Metric::Lcp => at_most(v, bound, seconds),
        Metric::Tbt => at_most(v, bound, whole_ms),
        _ => at_most(v, bound, unitless),
    }
}

fn targets_issue18(md: &mut String, r: &Results, previous: &Previous) {
    let _ = writeln!(
        md,
        "## Targets (issue 18: a phone's first impression)\n\n| target | measured | verdict |\n|---|---|---|"
    );
    for variant in lighthouse::Variant::ALL {
        let figures = r
            .lighthouse
            .as_ref()
            .and_then(|l| l.variants.iter().find(|v| v.variant == variant));
        for metric in [Metric::Score, Metric::Lcp, Metric::Tbt, Metric::Cls] {
            let (name, Some((bound, bound_text))) = lighthouse_target(metric) else {
                continue;
            };
            let target = format!(
                "Lighthouse mobile, {}: {name} {bound_text}",
                variant.label()
            );
            let Some(figures) = figures else {
                previous.keep_row(md, &target, &target);
                continue;
            };
            let (measured, verdict) =
                lighthouse_cell(figures, metric, |v| lighthouse_verdict(metric, v, bound));
            row(md, &target, measured, verdict);
        }
    }
    let bytes_target = "everything before the first ring frame ≤ 250 KiB as sent (brotli)";
    match r
        .client
        .as_ref()
        .and_then(|c| c.get("bytes_before_first_frame"))
    {
        Some(b) => row(
            md,
            bytes_target,
            format!(
                "{} ({}; median of {RUNS}, every request started before the frame)",
                kib(b),
                bytes(b as u64)
            ),
            at_most(b, FIRST_FRAME_BYTES_TARGET, kib),
        ),
        None => previous.keep_row(md, bytes_target, bytes_target),
    }
    let tasks_target =
        "no main-thread task over 50 ms after the first ring frame (1100 × 760, turntable on)";
    let client = r.client.as_ref();
    match (
        client.and_then(|c| c.get("longtasks_after_first_frame")),
        client.and_then(|c| c.get("longtask_longest_ms")),
    ) {
        (Some(count), Some(longest)) => {
            let window = client
                .and_then(|c| c.get("longtask_window_ms"))
                .unwrap_or(f64::NAN);
            let runs = client
                .and_then(|c| c.get("longtask_runs"))
                .unwrap_or(f64::NAN);
            let measured = format!(
                "{count:.0} in the {:.0} s after it (median of {runs:.0}), the longest {}",
                window / 1000.0,
                ms(longest)
            );
            let verdict = if count == 0.0 && longest <= 50.0 {
                "met".to_owned()
            } else {
                format!("**missed**: {count:.0} tasks, the longest {}", ms(longest))
            };
            row(md, tasks_target, measured, verdict);
        }
        _ => previous.keep_row(md, tasks_target, tasks_target),
    }
    md.push('\n');
}

/// A variant's median of `metric` and its verdict, or why there is none.
fn lighthouse_cell(
    figures: &VariantFigures,
    metric: Metric,
    verdict: impl Fn(f64) -> String,
) -> (String, String) {
    let runs = figures.runs.len();
    match figures.median(metric) {
        Some(v) => {
            let of = figures.count(metric);
            let note = if of == lighthouse::RUNS {
                format!("median of {of}")
            } else {
                format!(
                    "median of the {of} of {} runs that have it",
                    lighthouse::RUNS
                )
            };
            (
                format!("{} ({note})", lighthouse_value(metric, v)),
                verdict(v),
            )
        }
        None => {
            let why = figures
                .why_missing(metric)
                .map(str::to_owned)
                .or_else(|| figures.failures.first().cloned())
                .unwrap_or_else(|| "no run completed".into());
            (
                format!("no figure in {runs} runs: {why}"),
                "**missed** (not measured)".into(),
            )
        }
    }
}

fn lighthouse_section(md: &mut String, r: &Results, previous: &Previous) {
    let heading = "Client: Lighthouse, mobile";
    let _ = writeln!(md, "## {heading}\n");
    let Some(lh) = &r.lighthouse else {
        previous.keep_section(md, heading, "lighthouse");
        return;
    };
    let _ = writeln!(
        md,
        "Lighthouse {} (`bench/lighthouse/`, pinned), performance category only, its default mobile \
         settings: a 412 × 823 screen at 1.75×, simulated slow 4G (150 ms round trip, 1.6 Mbit/s) \
         and a 4× slower CPU, simulated from what this machine observed, so a busy machine reads \
         slower (the load average is at the top). Debian's Chromium, headless, WebGL2 through \
         SwiftShader, against the release server on 127.0.0.1. Reduced motion is Chromium's \
         `--force-prefers-reduced-motion`; by default the turntable turns. Each cell is the median \
         of {} fresh browsers, then every run's figure; the full reports are in `{}`.\n",
        lighthouse::VERSION,
        lighthouse::RUNS,
        lh.reports
            .strip_prefix(crate::root())
            .unwrap_or(&lh.reports)
            .display()
    );
    let _ = write!(md, "| figure | target |");
    for v in &lh.variants {
        let _ = write!(md, " {} |", v.variant.label());
    }
    let _ = writeln!(md, "\n|---|---|{}", "---:|".repeat(lh.variants.len()));
    for metric in Metric::ALL {
        let (name, target) = lighthouse_target(metric);
        let _ = write!(md, "| {name} | {} |", target.map_or("–", |(_, text)| text));
        for v in &lh.variants {
            let each: Vec<String> = v
                .runs
                .iter()
                .map(|run| {
                    run.get(metric)
                        .map_or_else(|| "–".to_owned(), |x| lighthouse_value(metric, x))
                })
                .collect();
            let cell = match v.median(metric) {
                Some(m) => format!("**{}** ({})", lighthouse_value(metric, m), each.join(", ")),
                None => "–".to_owned(),
            };
            let _ = write!(md, " {cell} |");
        }
        md.push('\n');
    }
    let _ = write!(
        md,
        "| the machine's CPU by Lighthouse's benchmark index (the phone is simulated from it) | – |"
    );
    for v in &lh.variants {
        let index = v
            .benchmark_index()
            .map_or_else(|| "–".to_owned(), |i| format!("{i:.0}"));
        let _ = write!(md, " {index} |");
    }
    md.push_str("\n\n");
    for v in &lh.variants {
        for w in v.warnings() {
            let _ = writeln!(md, "- {}: Lighthouse warned: {w}", v.variant.label());
        }
        for f in &v.failures {
            let _ = writeln!(md, "- {}: a run failed: {f}", v.variant.label());
        }
        for metric in Metric::ALL {
            if v.count(metric) < v.runs.len() {
                if let Some(why) = v.why_missing(metric) {
                    let _ = writeln!(
                        md,
                        "- {}: {} missing in {} of {} runs: {why}",
                        v.variant.label(),
                        lighthouse_target(metric).0,
                        v.runs.len() - v.count(metric),
                        v.runs.len()
                    );
                }
            }
        }
    }
    md.push('\n');
}

fn size_row(md: &mut String, f: &FileSize) {
    let _ = writeln!(
        md,
        "| {} | {} | {} | {} |",
        f.name(),
        bytes(f.raw),
        bytes(f.gzip),
        bytes(f.brotli)
    );
}

fn client_sizes(md: &mut String, r: &Results, previous: &Previous) {
    let _ = writeln!(md, "## Client: release build sizes\n");
    let Some(sizes) = &r.sizes else {
        previous.keep_section(md, "Client: release build sizes", "client");
        return;
    };
    let _ = writeln!(
        md,
        "Three entries of one crate, each its own wasm: the visitor's configurator (`index.html`, \
         served at `/`), the visitor's commission page (`commission.html`, under `/c/`) and the \
         jeweler's studio (`studio.html`, under `/studio`). Each table is \
         what that page loads (it and every file it names), from `dist/`. gzip is level 9, brotli \
         quality 11: the `.gz` and `.br` copies the build writes and the server sends as they are.\n"
    );
    for (title, app) in [
        ("Configurator (`/`)", &sizes.configurator),
        ("Commission page (`/c/<token>`)", &sizes.commission),
        ("Studio (`/studio`)", &sizes.studio),
    ] {
        size_table(md, title, app);
    }
    if let Some(budgets) = &r.budgets {
        let _ = writeln!(
            md,
            "Budgets (`bench/budgets.toml`): the committed limit fails `cargo xtask test`; the \
             target is issue 9's aim.\n\n| measure | measured | limit | target |\n|---|---:|---:|---:|"
        );
        for measure in Measure::ALL {
            let show = |v: Option<u64>| v.map_or_else(|| "–".to_owned(), bytes);
            let _ = writeln!(
                md,
                "| {} | {} | {} | {} |",
                measure.label(),
                bytes(measure.of(sizes)),
                show(budgets.limit(measure)),
                show(budgets.target(measure))
            );
        }
        md.push('\n');
    }
}

fn size_table(md: &mut String, title: &str, app: &AppSizes) {
    let _ = writeln!(
        md,
        "{title}:\n\n| file | raw | gzip | brotli |\n|---|---:|---:|---:|"
    );
    for f in &app.first_load {
        size_row(md, f);
    }
    let total = app.total();
    let _ = writeln!(
        md,
        "| **total** | **{}** | **{}** | **{}** |\n",
        bytes(total.raw),
        bytes(total.gzip),
        bytes(total.brotli)
    );
}

fn client_timings(md: &mut String, r: &Results, previous: &Previous) {
    let _ = writeln!(md, "## Client: timings in headless Chromium\n");
    let Some(c) = &r.client else {
        previous.keep_section(md, "Client: timings in headless Chromium", "client");
        return;
    };
    let _ = writeln!(
        md,
        "`tests/e2e/bench/client.mjs`: {RUNS} fresh browsers (empty cache) against the release \
         server on 127.0.0.1, default 1100 × 760 viewport, WebGL2 through SwiftShader (on the \
         CPU, so drawing is far slower than on any phone's GPU). Medians; every run is in \
         `tests/e2e/output/bench-client.json` (the long-task runs in `bench-longtasks.json`).\n\n| figure | value |\n|---|---:|"
    );
    let fig = |k: &str| c.get(k).unwrap_or(f64::NAN);
    let rows = [
        (
            "first ring frame (`atelier:first-frame`, from navigation start)".to_owned(),
            format!(
                "{} (fastest {}, slowest {})",
                ms(fig("first_frame_ms")),
                ms(fig("first_frame_min_ms")),
                ms(fig("first_frame_max_ms"))
            ),
        ),
        (
            "bytes over the wire before the first frame (response headers and bodies as sent, \
             every request started before it, each awaited to its end)"
                .to_owned(),
            format!(
                "{} in {} requests; {:.0} .wasm file(s) {}, {:.0} script(s); {} failed",
                bytes(fig("bytes_before_first_frame") as u64),
                fig("requests_before_first_frame"),
                fig("wasm_files_before_first_frame"),
                bytes(fig("wasm_bytes_before_first_frame") as u64),
                fig("script_files_before_first_frame"),
                fig("failed_requests_before_first_frame"),
            ),
        ),
        (
            "the wasm's content encoding as the server sent it to Chromium".to_owned(),
            c.text("wasm_content_encoding")
                .unwrap_or("unknown")
                .to_owned(),
        ),
        (
            "option change → next frame: metal (new uniforms only)".to_owned(),
            format!(
                "{} (p95 {})",
                ms(fig("metal_change_ms")),
                ms(fig("metal_change_p95_ms"))
            ),
        ),
        (
            "option change → next frame: setting (new geometry, uploaded)".to_owned(),
            format!(
                "{} (p95 {})",
                ms(fig("setting_change_ms")),
                ms(fig("setting_change_p95_ms"))
            ),
        ),
        (
            "frame time while orbiting (pointer drag, one move per animation frame)".to_owned(),
            format!(
                "{} (p95 {}, {:.0} fps; {:.0} % of animation frames drew)",
                ms(fig("orbit_frame_ms")),
                ms(fig("orbit_frame_p95_ms")),
                1000.0 / fig("orbit_frame_ms"),
                fig("orbit_drawn_share") * 100.0
            ),
        ),
        (
            "console errors during the runs".to_owned(),
            format!("{}", fig("console_errors")),
        ),
        (
            format!(
                "main-thread long tasks (PerformanceObserver `longtask`) starting in the {:.0} s \
                 after the first frame, motion allowed ({:.0} more fresh browsers; the turntable \
                 was on at the end in {:.0})",
                fig("longtask_window_ms") / 1000.0,
                fig("longtask_runs"),
                fig("longtask_turntable_on_runs")
            ),
            format!(
                "{:.0} (most in one run {:.0}), the longest {}, {} blocking beyond 50 ms; {:.0} \
                 frames drawn meanwhile; {} console errors",
                fig("longtasks_after_first_frame"),
                fig("longtasks_after_first_frame_max"),
                ms(fig("longtask_longest_ms")),
                ms(fig("longtask_blocking_ms")),
                fig("longtask_frames_drawn"),
                fig("longtask_console_errors")
            ),
        ),
    ];
    for (k, v) in rows {
        let _ = writeln!(md, "| {k} | {v} |");
    }
    md.push('\n');
}

fn core(md: &mut String, r: &Results, previous: &Previous) {
    let _ = writeln!(md, "## Core: criterion (`cargo bench -p atelier-core`)\n");
    let Some(timings) = &r.core else {
        previous.keep_section(
            md,
            "Core: criterion (`cargo bench -p atelier-core`)",
            "core",
        );
        return;
    };
    let _ = writeln!(
        md,
        "Native, with the `bench` profile, which inherits the release settings the browser's code \
         gets (`opt-level = \"z\"`, fat LTO). Files in `core/benches/`. Median per iteration and \
         its 95 % confidence interval (1 s warm-up, 3 s measured).\n\n| benchmark | median | 95 % interval |\n|---|---:|---:|"
    );
    for t in timings {
        let _ = writeln!(
            md,
            "| {} | {} | {} – {} |",
            t.id,
            time_ns(t.median_ns),
            time_ns(t.low_ns),
            time_ns(t.high_ns)
        );
    }
    md.push('\n');
}

fn server(md: &mut String, r: &Results, previous: &Previous) {
    let _ = writeln!(md, "## Server: wrk against the release server\n");
    let Some(s) = &r.server else {
        previous.keep_section(md, "Server: wrk against the release server", "server");
        return;
    };
    let _ = writeln!(
        md,
        "`atelier-server` (`--profile server`) on 127.0.0.1 with a fresh data folder: SQLite in WAL \
         mode (journal_mode read back: {}), `synchronous=FULL`, one writer; rate limits lifted; \
         the outbox worker writing each brief's two emails as .eml files meanwhile. wrk runs \
         `bench/post.lua`: every request a new brief (its own Idempotency-Key) made by \
         `cargo run -p atelier-server --example sample_request`, so every 201 is a committed, \
         fsynced transaction. 10 s per row after a 3 s warm-up; wrk shares the 2 cores with the \
         server.\n\n| body | connections | submissions/s | p50 | p90 | p99 | max | non-2xx | socket errors | peak RSS |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
        s.journal_mode.as_deref().unwrap_or("unknown")
    );
    for l in &s.loads {
        let _ = writeln!(
            md,
            "| {} ({}) | {} | {:.0} | {} | {} | {} | {} | {} | {} | {} |",
            l.label,
            bytes(l.body_bytes),
            l.connections,
            l.per_second,
            ms(l.p50_ms),
            ms(l.p90_ms),
            ms(l.p99_ms),
            ms(l.max_ms),
            l.non_2xx,
            l.socket_errors,
            kib_mib(l.peak_rss_kib)
        );
    }
    let stored = stored(
        s.stored,
        s.answered_2xx,
        "rows not counted (no sqlite3 command-line tool)",
    );
    let _ = writeln!(
        md,
        "\nA 4 KiB write followed by `fsync` in the data folder took {:.2} ms (median of 200) \
         during this run; every durable commit pays at least one.",
        s.fsync_ms
    );
    let _ = writeln!(
        md,
        "\nMemory (RSS): {} at rest after start and one catalog request; {} after the runs. \
         Durability check: {stored}. Connection counts: {:?}.\n",
        kib_mib(s.rest_rss_kib),
        kib_mib(s.after_rss_kib),
        CONNECTIONS
    );
    match &s.studio {
        Ok(inbox) => inbox_table(md, inbox, "SQLite", "sqlite3"),
        Err(why) => {
            let _ = writeln!(
                md,
                "Studio inbox with 100,000 briefs: **not measured**: {why}\n"
            );
        }
    }
    scale(md, s, r.machine.cores);
}

/// SQLite, PostgreSQL with one process and with three behind nginx, side by side, with where
/// the CPU time went; then the inbox on PostgreSQL.
fn scale(md: &mut String, s: &ServerFigures, cores: usize) {
    let _ = writeln!(
        md,
        "### SQLite, PostgreSQL, and three processes behind nginx
"
    );
    let p = match &s.scale {
        Ok(p) => p,
        Err(why) => {
            let _ = writeln!(
                md,
                "**Not measured**: {why}
"
            );
            return;
        }
    };
    let _ = writeln!(
        md,
        "The same briefs (`bench/post.lua`, brief only) on PostgreSQL {}: a throwaway cluster \
         (`atelier-testbed`) with a deployment's durability (`fsync` and `synchronous_commit` \
         on), in the same temp file system as SQLite's file. One process with \
         `ATELIER_DATABASE_URL`; then {} processes on one data folder behind nginx on the \
         shipped `deploy/nginx.conf` (its per-visitor limit on sending raised: wrk is one \
         address), `trusted_proxies` set. 10 s per row after a 3 s warm-up. CPU is the share of \
         all {} cores over the row's 10 s: the Atelier processes, PostgreSQL (postmaster and \
         backends), nginx, the rest (wrk, the kernel's network and disk work) and idle.\n\n\
         | setup | connections | submissions/s | p50 | p99 | non-2xx | servers' peak RSS | CPU: Atelier / PostgreSQL / nginx / rest / idle |\n\
         |---|---:|---:|---:|---:|---:|---:|---|",
        p.postgres_version,
        p.behind_nginx.processes,
        cores
    );
    let sqlite_rows = s
        .loads
        .iter()
        .filter(|l| l.label == "brief only" && super::scale::CONNECTIONS.contains(&l.connections));
    let rows = sqlite_rows
        .map(|l| ("SQLite, one process", l))
        .chain(p.one.loads.iter().map(|l| (p.one.label.as_str(), l)))
        .chain(
            p.behind_nginx
                .loads
                .iter()
                .map(|l| (p.behind_nginx.label.as_str(), l)),
        );
    for (setup, l) in rows {
        let share = |i: usize| l.cpu.groups.get(i).map_or("–".to_owned(), |v| percent(*v));
        let (postgres, nginx) = match l.cpu.groups.len() {
            3 => (share(1), share(2)),
            2 => (share(1), "–".to_owned()),
            _ => ("–".to_owned(), "–".to_owned()),
        };
        let _ = writeln!(
            md,
            "| {setup} | {} | {:.0} | {} | {} | {} | {} | {} / {postgres} / {nginx} / {} / {} |",
            l.connections,
            l.per_second,
            ms(l.p50_ms),
            ms(l.p99_ms),
            l.non_2xx,
            kib_mib(l.peak_rss_kib),
            share(0),
            percent(l.cpu.other),
            percent(l.cpu.idle),
        );
    }
    for setup in [&p.one, &p.behind_nginx] {
        let stored = stored(setup.stored, setup.answered_2xx, "rows not counted");
        let each = |kib: &[u64]| {
            kib.iter()
                .map(|k| kib_mib(*k))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let _ = writeln!(
            md,
            "\n{}: {stored}. Memory per process (RSS): {} at rest, {} after the runs.",
            setup.label,
            each(&setup.rest_rss_kib),
            each(&setup.after_rss_kib)
        );
    }
    let _ = writeln!(
        md,
        "\nPostgreSQL's processes after the runs (postmaster and every backend): {} together, \
         proportional set size (each shared page split between the processes that map it).\n",
        kib_mib(p.postgres_pss_kib)
    );
    match &p.studio {
        Ok(inbox) => inbox_table(md, inbox, "PostgreSQL", "psql"),
        Err(why) => {
            let _ = writeln!(
                md,
                "Studio inbox with 100,000 briefs on PostgreSQL: **not measured**: {why}\n"
            );
        }
    }
}

/// The durability check in words: the rows in `consultations` against the 201s wrk counted, or
/// `uncounted` when the rows could not be read.
fn stored(rows: Option<u64>, answered_2xx: u64, uncounted: &str) -> String {
    match rows {
        Some(n) if n >= answered_2xx => format!(
            "{n} rows in `consultations` for {answered_2xx} answers 201 (every 201 stored; {} \
             more were committed for requests wrk gave up on when each run ended)",
            n - answered_2xx
        ),
        Some(n) => format!(
            "**{n} rows in `consultations` for {answered_2xx} answers 201: some 201s were not \
             stored**"
        ),
        None => uncounted.to_owned(),
    }
}

fn percent(share: f64) -> String {
    format!("{:.0} %", share * 100.0)
}

/// One inbox's timings: `engine` named in the heading and `tool` the seeding's.
fn inbox_table(md: &mut String, inbox: &super::studio::InboxFigures, engine: &str, tool: &str) {
    let _ = writeln!(
        md,
        "### Studio inbox with {} briefs on {engine}\n\n`GET /api/studio/briefs` with a session \
         cookie, on a fresh server: one brief submitted through the API, {} copies \
         inserted with {tool} in one transaction ({:.1} s, search index included). Time per \
         request on loopback, connection included; median and slowest of 15 after one \
         untimed.\n\n| page | median | slowest | body |\n|---|---:|---:|---:|",
        thousands(inbox.briefs),
        thousands(inbox.briefs.saturating_sub(1)),
        inbox.seed_seconds
    );
    for p in &inbox.pages {
        let path = match p.path.split_once("cursor=") {
            Some((before, _)) => format!("{before}cursor=…"),
            None => p.path.clone(),
        };
        let _ = writeln!(
            md,
            "| {} (`{path}`) | {} | {} | {} |",
            p.label,
            ms(p.median_ms),
            ms(p.max_ms),
            bytes(p.body_bytes as u64)
        );
    }
    md.push('\n');
}

fn kib_mib(kib: u64) -> String {
    format!("{:.1} MiB", kib as f64 / 1024.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats() {
        assert_eq!(bytes(321_252), "321,252 B");
        assert_eq!(bytes(12), "12 B");
        assert_eq!(time_ns(1_520_000.0), "1.520 ms");
        assert_eq!(time_ns(812.4), "812 ns");
        assert_eq!(at_most(200.0, 250.0, ms), "met (20 % under)");
        assert_eq!(at_most(300.0, 250.0, ms), "**missed** by 50.0 ms (20 %)");
        assert_eq!(at_least(46.0, 90.0), "**missed** by 44 points");
        assert_eq!(at_least(93.0, 90.0), "met (3 points over)");
        assert_eq!(lighthouse_value(Metric::Lcp, 6579.4), "6.58 s");
        assert_eq!(lighthouse_value(Metric::Tbt, 167_918.5), "167,919 ms");
        assert_eq!(lighthouse_value(Metric::Cls, 0.0), "0.000");
    }

    /// A report as `markdown` wrote it, cut down to what the carry-over reads.
    const EARLIER: &str = "# Benchmarks\n\nWritten by `cargo xtask bench` on 2026-11-24 16:29 UTC; run it again.\n\n\
        ## Targets (issue 9)\n\n| target | measured | verdict |\n|---|---|---|\n\
        | full ring rebuild < 2 ms natively | 1.525 ms | met (24 % under) |\n\
        | ≥ 1,500 durable submissions/s at 16 connections, p99 < 50 ms | 1959/s, p99 13.3 ms | rate met |\n\n\
        ## Core: criterion (`cargo bench -p atelier-core`)\n\n| benchmark | median | 95 % interval |\n\
        |---|---:|---:|\n| share link/encode | 201 ns | 198 ns – 206 ns |\n\n\
        ## Server: wrk against the release server\n\n_not run in this report (`cargo xtask bench server`)_\n\n\
        ## Reading these figures\n\nnotes\n";

    #[test]
    fn a_part_not_run_keeps_its_figures_from_the_previous_report() {
        let previous = Previous::read(EARLIER);
        assert_eq!(previous.date, "2026-11-24 16:29 UTC");
        let mut md = String::new();
        previous.keep_row(
            &mut md,
            "full ring rebuild < 2 ms",
            "full ring rebuild < 2 ms",
        );
        previous.keep_section(
            &mut md,
            "Core: criterion (`cargo bench -p atelier-core`)",
            "core",
        );
        // The previous report had no server figures either: nothing to keep.
        previous.keep_section(&mut md, "Server: wrk against the release server", "server");
        assert_eq!(
            md,
            "| full ring rebuild < 2 ms natively | 1.525 ms | met (24 % under) (kept from 2026-11-24 16:29 UTC) |\n\
             _Not run in this report: kept from the report of 2026-11-24 16:29 UTC; `cargo xtask bench core` measures it again._\n\n\
             | benchmark | median | 95 % interval |\n|---|---:|---:|\n| share link/encode | 201 ns | 198 ns – 206 ns |\n\n\
             _not run in this report (`cargo xtask bench server`)_\n\n"
        );
        // Kept again by a later report, the row and the section keep the date they were measured on.
        let again = format!(
            "Written by `cargo xtask bench` on 2026-12-06 12:00 UTC; x\n\n## Targets (issue 9)\n\n\
             | full ring rebuild < 2 ms natively | 1.525 ms | met (24 % under) (kept from 2026-11-24 16:29 UTC) |\n\n\
             ## Core: criterion (`cargo bench -p atelier-core`)\n\n{KEPT}2026-11-24 16:29 UTC; `cargo xtask bench core` measures it again._\n\n\
             | share link/encode | 201 ns | 198 ns – 206 ns |\n\n## Server\n"
        );
        let twice = Previous::read(&again);
        let mut md2 = String::new();
        twice.keep_row(&mut md2, "full ring rebuild", "full ring rebuild < 2 ms");
        twice.keep_section(
            &mut md2,
            "Core: criterion (`cargo bench -p atelier-core`)",
            "core",
        );
        assert_eq!(
            md2,
            "| full ring rebuild < 2 ms natively | 1.525 ms | met (24 % under) (kept from 2026-11-24 16:29 UTC) |\n\
             _Not run in this report: kept from the report of 2026-11-24 16:29 UTC; `cargo xtask bench core` measures it again._\n\n\
             | share link/encode | 201 ns | 198 ns – 206 ns |\n\n"
        );
        let mut none = String::new();
        Previous::read("").keep_row(&mut none, "full ring rebuild", "full ring rebuild < 2 ms");
        assert_eq!(none, "| full ring rebuild < 2 ms | not run | |\n");
    }

    #[test]
    fn lighthouse_figures_meet_or_miss_issue_18s_targets() {
        let run = |json: &str| lighthouse::read_report(json).expect("a sample report");
        let reduced = include_str!("../../../bench/lighthouse/samples/reduced-motion.json");
        let turning = include_str!("../../../bench/lighthouse/samples/default.json");
        let results = Results {
            lighthouse: Some(LighthouseFigures {
                variants: vec![
                    VariantFigures {
                        variant: lighthouse::Variant::ReducedMotion,
                        runs: vec![run(reduced)],
                        failures: Vec::new(),
                    },
                    VariantFigures {
                        variant: lighthouse::Variant::Default,
                        runs: vec![run(turning)],
                        failures: vec!["Lighthouse exited with exit status: 124".into()],
                    },
                ],
                reports: crate::root().join("target/bench-lighthouse/reports"),
            }),
            ..Default::default()
        };
        let md = markdown(&results, "");
        assert!(md.contains(
            "| Lighthouse mobile, reduced motion: performance score ≥ 90 | 46 (median of the 1 of 3 runs that have it) | **missed** by 44 points |"
        ), "{md}");
        assert!(md.contains(
            "| Lighthouse mobile, default (turntable on): Cumulative Layout Shift ≤ 0.1 | 0.000 (median of the 1 of 3 runs that have it) | met (100 % under) |"
        ), "{md}");
        assert!(md.contains(
            "| Total Blocking Time | ≤ 200 ms | **7,224 ms** (7,224 ms) | **167,919 ms** (167,919 ms) |"
        ), "{md}");
        assert!(
            md.contains(
                "- default (turntable on): a run failed: Lighthouse exited with exit status: 124"
            ),
            "{md}"
        );
        assert!(
            md.contains("- default (turntable on): Lighthouse warned: The page loaded too slowly"),
            "{md}"
        );
        assert!(
            md.contains("full reports are in `target/bench-lighthouse/reports`"),
            "{md}"
        );
    }
}
