//! `cargo xtask bench`: the project's speed and size as measured facts, written to `BENCHMARKS.md`
//! with the machine they were taken on, the targets of issue 9 and whether each is met.
//!
//! - client: the release build's sizes (raw, gzip, brotli; the configurator and the studio) and, from Playwright in headless
//!   Chromium, the bytes and time to the first ring frame, option-change latency, orbit frame time,
//!   and the main thread's long tasks after the first frame with the turntable on;
//! - lighthouse: Lighthouse 12.2.3 (mobile, simulated throttling) on `/`, with reduced motion and
//!   by default, 3 runs each (see [`lighthouse`]);
//! - core: criterion benches of `atelier-core` (ring rebuild, cuts, share link, brief validation);
//! - server: wrk against the real release server (submissions/s, latency, memory), and the studio
//!   inbox's pages with 100,000 briefs stored.
//!
//! `cargo xtask bench client lighthouse` runs only those parts; the others are reported as not run.
//! `cargo xtask bench budgets` only checks the built app against `bench/budgets.toml`, as
//! `cargo xtask test` does after its release build.
//! `ATELIER_DIST` and `ATELIER_SERVER_BIN` point at an existing build instead of building one.
//! Nothing here is a test: timings on a shared machine vary, so they live in the report, and only
//! sizes (stable from build to build) have a check in `cargo xtask test` (see [`budget`]).

pub mod budget;
mod client;
mod cpu;
mod criterion;
mod lighthouse;
mod report;
mod scale;
mod server;
pub mod sizes;
mod studio;

use crate::build;
use crate::cmd::{self, Failure, Result};
use crate::tools::{self, Needs};
use std::path::PathBuf;

/// Which parts to run.
#[derive(Debug, Clone, Copy)]
struct Parts {
    client: bool,
    lighthouse: bool,
    core: bool,
    server: bool,
}

impl Parts {
    fn from_args(args: &[String]) -> Result<Parts> {
        if args.is_empty() {
            return Ok(Parts {
                client: true,
                lighthouse: true,
                core: true,
                server: true,
            });
        }
        let mut parts = Parts {
            client: false,
            lighthouse: false,
            core: false,
            server: false,
        };
        for arg in args {
            match arg.as_str() {
                "client" => parts.client = true,
                "lighthouse" => parts.lighthouse = true,
                "core" => parts.core = true,
                "server" => parts.server = true,
                other => {
                    return Err(Failure(format!(
                        "unknown part {other:?}: cargo xtask bench [client] [lighthouse] [core] [server], or budgets"
                    )))
                }
            }
        }
        Ok(parts)
    }
}

/// Where cargo puts its output (`CARGO_TARGET_DIR`, else `target/`).
pub fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| crate::root().join("target"))
}

/// Runs the benchmarks `args` ask for (all by default) and writes `BENCHMARKS.md`.
pub fn run(args: &[String]) -> Result {
    if args == ["budgets"] {
        return budget::check(&build::dist());
    }
    let parts = Parts::from_args(args)?;
    tools::setup(Needs::everything())?;
    if parts.server && !(on_path("wrk") && on_path("sqlite3")) {
        tools::apt_install(&["wrk", "sqlite3"])?;
    }
    let dist = match std::env::var_os("ATELIER_DIST") {
        Some(dist) => PathBuf::from(dist),
        None if parts.client || parts.lighthouse || parts.server => {
            build::all()?;
            build::dist()
        }
        None => build::dist(),
    };
    let server_bin = server::binary();
    let mut results = report::Results {
        machine: report::Machine::describe(),
        ..Default::default()
    };
    if parts.client {
        results.sizes = Some(sizes::build(&dist)?);
        results.budgets = Some(budget::load()?);
        results.client = Some(client::run(&server_bin, &dist)?);
    }
    if parts.lighthouse {
        results.lighthouse = Some(lighthouse::run(&dist)?);
    }
    if parts.core {
        results.core = Some(criterion::run_core()?);
    }
    if parts.server {
        let work = target_dir().join("bench-server");
        let figures = server::run(&dist, &work);
        // The run stores tens of thousands of briefs and their emails; keep the disk tidy.
        let _ = std::fs::remove_dir_all(&work);
        results.server = Some(figures?);
    }
    let path = crate::root().join("BENCHMARKS.md");
    // The parts not run this time keep their figures from the report being replaced.
    let previous = std::fs::read_to_string(&path).unwrap_or_default();
    std::fs::write(&path, report::markdown(&results, &previous))
        .map_err(|e| Failure(format!("cannot write {}: {e}", path.display())))?;
    println!("\nbench: wrote {}", path.display());
    Ok(())
}

/// Whether `program` is on the PATH (`wrk -v` exits non-zero even when wrk is there).
fn on_path(program: &str) -> bool {
    std::env::split_paths(&cmd::path()).any(|dir| dir.join(program).is_file())
}
