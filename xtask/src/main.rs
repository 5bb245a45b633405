//! `cargo xtask`: the project's commands. Each one installs what a fresh Debian machine lacks, and
//! reuses whatever is already there, so a second run starts in seconds.
//!
//! - `cargo xtask serve`: build the web app and the server, then run it on http://127.0.0.1:8080.
//! - `cargo xtask test`: formatting, lints, native tests, browser component tests and the
//!   end-to-end suite against the real server, with a pass/fail summary.
//! - `cargo xtask messages`: only the message files' check (words outside `locales/`, keys,
//!   arguments), in seconds.
//! - `cargo xtask setup`: only install the tools.
//! - `cargo xtask build`: only build the web app and the server.
//! - `cargo xtask bench`: sizes, browser timings, criterion and load benchmarks, into BENCHMARKS.md.

mod bench;
mod build;
mod cmd;
mod compress;
mod css;
mod locales;
mod messages;
mod report;
mod test;
mod tools;

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: cargo xtask <serve|test|messages|setup|build|bench>\n\
    serve  build everything and run the server (extra arguments go to atelier-server)\n\
    test   run every check and test, browser tests included\n\
    messages  check the message files: words outside locales/, keys, arguments\n\
    setup  install the tools a fresh machine lacks\n\
    build  build the web app (release) and the server\n\
    bench  measure sizes, timings and throughput into BENCHMARKS.md ([client] [lighthouse] [core] [server])";

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let command = args.next().unwrap_or_default();
    let rest: Vec<String> = args.collect();
    let result = match command.as_str() {
        "serve" => build::serve(&rest),
        "test" => test::run_all(),
        "messages" => messages::run(&root()),
        "setup" => tools::setup(tools::Needs::everything()),
        "build" => tools::setup(tools::Needs::build()).and_then(|()| build::all()),
        "bench" => bench::run(&rest),
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("xtask: {error}");
            ExitCode::FAILURE
        }
    }
}

/// The workspace root (xtask lives one level below it).
pub fn root() -> PathBuf {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().map(PathBuf::from).unwrap_or(manifest)
}
