//! `cargo xtask test`: every check the project promises, in the order that fails fastest.

use crate::bench;
use crate::build;
use crate::cmd::{self, run, Result};
use crate::messages;
use crate::report::Report;
use crate::tools::{self, Needs};

const WASM: &str = "wasm32-unknown-unknown";

/// Runs everything and prints a summary; fails if any step failed.
pub fn run_all() -> Result {
    let mut report = Report::default();
    if !report.step("set up tools (installs only what is missing)", || {
        tools::setup(Needs::everything())
    }) {
        return report.finish();
    }
    report.step("format (cargo fmt --check)", || {
        run(cmd::command("cargo", &["fmt", "--all", "--", "--check"]))
    });
    report.step("message files (words, keys, arguments)", || {
        messages::run(&crate::root())
    });
    report.step("lint, native (clippy -D warnings)", || {
        run(cmd::command(
            "cargo",
            &[
                "clippy",
                "--workspace",
                "--all-targets",
                "--",
                "-D",
                "warnings",
            ],
        ))
    });
    report.step("lint, wasm32 (clippy -D warnings)", || {
        // The app with its browser tests; the configurator's split build, whose `later!` parts
        // are split points; the core library as the browser runs it (core's own tests are
        // native, and proptest does not build for wasm32).
        wasm_clippy(&["-p", "atelier", "--all-targets"])?;
        wasm_clippy(&["-p", "atelier", "--lib", "--features", "split"])?;
        wasm_clippy(&["-p", "atelier-core", "--lib"])
    });
    report.step("native tests (cargo test --workspace)", || {
        run(cmd::command("cargo", &["test", "--workspace"]))
    });
    // The server's integration and robustness suites again, every fixture's database on
    // PostgreSQL: each test process starts a throwaway cluster (server/tests/pg_support) and a
    // watchdog stops it when the process ends. Suites about SQLite itself open it directly and
    // run the same either way. `--workspace`, not `-p atelier-server`: cargo resolves features
    // for the packages it is asked for, and the server alone would rebuild reqwest, lettre,
    // object_store and itself with other features (90 s) for the few seconds of the other
    // packages' tests this runs again.
    report.step(
        "server tests on PostgreSQL (ATELIER_TEST_ENGINE=postgres)",
        || {
            let mut test = cmd::command("cargo", &["test", "--workspace", "--tests"]);
            test.env("ATELIER_TEST_ENGINE", "postgres");
            run(test)
        },
    );
    report.step("browser component tests (wasm-bindgen-test)", || {
        let mut test = cmd::command("cargo", &["test", "-p", "atelier", "--target", WASM]);
        test.env(
            "WASM_BINDGEN_TEST_WEBDRIVER_JSON",
            crate::root().join("tests/webdriver.json"),
        )
        .env("WASM_BINDGEN_TEST_TIMEOUT", "120");
        run(test)
    });
    let e2e = "end-to-end (Playwright, real server, release build)";
    let budgets = "size budgets (bench/budgets.toml)";
    if report.step("build web app (release) and server", build::all) {
        report.step(budgets, || bench::budget::check(&build::dist()));
        report.step(e2e, || {
            let mut npm = cmd::command("npm", &["test"]);
            npm.current_dir(crate::root().join("tests/e2e"))
                .env("ATELIER_SERVER_BIN", build::server_binary())
                .env("ATELIER_DIST", build::dist());
            run(npm)
        });
    } else {
        report.skip(budgets, "the build failed");
        report.skip(e2e, "the build failed");
    }
    report.finish()
}

/// `cargo clippy` for wasm32 on what `args` select, with every warning an error.
fn wasm_clippy(args: &[&str]) -> Result {
    let mut all = vec!["clippy", "--target", WASM];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--", "-D", "warnings"]);
    run(cmd::command("cargo", &all))
}
