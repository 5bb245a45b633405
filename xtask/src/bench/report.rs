//! `BENCHMARKS.md`: the machine, the targets with a verdict each, then every figure by part.
//! Hand-written notes (what was cut to shrink the wasm, what a missed target would take) live in
//! `bench/notes.md` and are copied in at the end, so a new run never loses them.

use super::budget::{Budgets, Measure};
use super::client::{ClientFigures, RUNS};
use super::criterion::Timing;
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

/// The ring rebuild the 2 ms target speaks of (see `core/benches/geometry.rs`).
const REBUILD_ID: &str = "ring: default solitaire after a carat change";

/// The report as Markdown.
pub fn markdown(r: &Results) -> String {
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
    targets(&mut md, r);
    client_sizes(&mut md, r);
    client_timings(&mut md, r);
    core(&mut md, r);
    server(&mut md, r);
    let notes = std::fs::read_to_string(crate::root().join("bench/notes.md")).unwrap_or_default();
    if !notes.trim().is_empty() {
        let _ = writeln!(md, "{}", notes.trim_end());
    }
    md
}

fn targets(md: &mut String, r: &Results) {
    let _ = writeln!(
        md,
        "## Targets (issue 9)\n\n| target | measured | verdict |\n|---|---|---|"
    );
    let mut row = |target: &str, measured: String, verdict: String| {
        let _ = writeln!(md, "| {target} | {measured} | {verdict} |");
    };
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
            &format!(
                "the app's wasm < {} gzipped (the configurator's: what a visitor loads)",
                kib(wasm_target)
            ),
            format!("{} ({})", kib(wasm.gzip as f64), bytes(wasm.gzip)),
            at_most(wasm.gzip as f64, wasm_target, kib),
        ),
        None => row("wasm < 250 KiB gzipped", "not run".into(), String::new()),
    }
    match r
        .client
        .as_ref()
        .and_then(|c| c.get("bytes_before_first_frame"))
    {
        Some(b) => row(
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
        None => row(
            "transferred before the first frame < 350 KiB",
            "not run".into(),
            String::new(),
        ),
    }
    match r.client.as_ref().and_then(|c| c.get("first_frame_ms")) {
        Some(t) => row(
            "first ring frame < 1.5 s (headless Chromium, this machine)",
            format!("{} (median of {RUNS})", ms(t)),
            at_most(t, 1500.0, ms),
        ),
        None => row("first ring frame < 1.5 s", "not run".into(), String::new()),
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
                "full ring rebuild < 2 ms natively",
                format!(
                    "{} (default solitaire after a carat change){also}",
                    time_ns(t.median_ns)
                ),
                at_most(t.median_ns, 2e6, time_ns),
            )
        }
        None => row("full ring rebuild < 2 ms", "not run".into(), String::new()),
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
                "≥ 1,500 durable submissions/s at 16 connections, p99 < 50 ms",
                format!("{:.0}/s, p99 {}", l.per_second, ms(l.p99_ms)),
                format!("{rate}; p99 {}", at_most(l.p99_ms, 50.0, ms)),
            )
        }
        None => row(
            "≥ 1,500 submissions/s at 16 connections",
            "not run".into(),
            String::new(),
        ),
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

fn client_sizes(md: &mut String, r: &Results) {
    let _ = writeln!(md, "## Client: release build sizes\n");
    let Some(sizes) = &r.sizes else {
        md.push_str(&not_run("client"));
        md.push('\n');
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

fn client_timings(md: &mut String, r: &Results) {
    let _ = writeln!(md, "## Client: timings in headless Chromium\n");
    let Some(c) = &r.client else {
        md.push_str(&not_run("client"));
        md.push('\n');
        return;
    };
    let _ = writeln!(
        md,
        "`tests/e2e/bench/client.mjs`: {RUNS} fresh browsers (empty cache) against the release \
         server on 127.0.0.1, default 1100 × 760 viewport, WebGL2 through SwiftShader (on the \
         CPU, so drawing is far slower than on any phone's GPU). Medians; every run is in \
         `tests/e2e/output/bench-client.json`.\n\n| figure | value |\n|---|---:|"
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
            "bytes transferred before the first frame (resource timing, with headers)".to_owned(),
            format!(
                "{} in {} requests",
                bytes(fig("bytes_before_first_frame") as u64),
                fig("requests_before_first_frame")
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
    ];
    for (k, v) in rows {
        let _ = writeln!(md, "| {k} | {v} |");
    }
    md.push('\n');
}

fn core(md: &mut String, r: &Results) {
    let _ = writeln!(md, "## Core: criterion (`cargo bench -p atelier-core`)\n");
    let Some(timings) = &r.core else {
        md.push_str(&not_run("core"));
        md.push('\n');
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

fn server(md: &mut String, r: &Results) {
    let _ = writeln!(md, "## Server: wrk against the release server\n");
    let Some(s) = &r.server else {
        md.push_str(&not_run("server"));
        md.push_str("\nStudio inbox with 100,000 briefs: not measured in this report.\n\n");
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
    let stored = match s.stored {
        Some(n) if n >= s.answered_2xx => format!(
            "{n} rows in `consultations` for {} answers 201 (every 201 stored; {} more were \
             committed for requests wrk gave up on when each run ended)",
            s.answered_2xx,
            n - s.answered_2xx
        ),
        Some(n) => format!(
            "**{n} rows in `consultations` for {} answers 201: some 201s were not stored**",
            s.answered_2xx
        ),
        None => "rows not counted (no sqlite3 command-line tool)".into(),
    };
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
        Ok(inbox) => {
            let _ = writeln!(
                md,
                "### Studio inbox with {} briefs\n\n`GET /api/studio/briefs` with a session \
                 cookie, on a second fresh server: one brief submitted through the API, {} copies \
                 inserted with sqlite3 in one transaction ({:.1} s, search index filled by its \
                 triggers). Time per request on loopback, connection included; median and \
                 slowest of 15 after one untimed.\n\n| page | median | slowest | body |\n|---|---:|---:|---:|",
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
        Err(why) => {
            let _ = writeln!(
                md,
                "Studio inbox with 100,000 briefs: **not measured**: {why}\n"
            );
        }
    }
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
    }
}
