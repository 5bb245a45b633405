//! A step-by-step record of a test run, printed as a summary table at the end.

use crate::cmd::Result;
use std::time::{Duration, Instant};

enum Outcome {
    Passed,
    Failed(String),
    Skipped(String),
}

/// The steps run so far and how each ended.
#[derive(Default)]
pub struct Report {
    steps: Vec<(String, Outcome, Duration)>,
}

impl Report {
    /// Runs one step, records how it ended and returns whether it passed.
    pub fn step(&mut self, name: &str, work: impl FnOnce() -> Result) -> bool {
        println!("\n==> {name}");
        let started = Instant::now();
        let outcome = match work() {
            Ok(()) => Outcome::Passed,
            Err(failure) => Outcome::Failed(failure.0),
        };
        let passed = matches!(outcome, Outcome::Passed);
        self.steps
            .push((name.to_owned(), outcome, started.elapsed()));
        passed
    }

    /// Records a step that could not run because an earlier one failed.
    pub fn skip(&mut self, name: &str, why: &str) {
        self.steps.push((
            name.to_owned(),
            Outcome::Skipped(why.to_owned()),
            Duration::ZERO,
        ));
    }

    /// Prints the summary; fails if any step failed or was skipped.
    pub fn finish(self) -> Result {
        println!("\n==> summary");
        let (mut passed, mut failed) = (0, 0);
        for (name, outcome, took) in &self.steps {
            let (mark, detail) = match outcome {
                Outcome::Passed => {
                    passed += 1;
                    ("PASS", String::new())
                }
                Outcome::Failed(why) => {
                    failed += 1;
                    ("FAIL", format!(": {why}"))
                }
                Outcome::Skipped(why) => {
                    failed += 1;
                    ("SKIP", format!(": {why}"))
                }
            };
            println!("  {mark}  {name:<48} {:>7.1}s{detail}", took.as_secs_f64());
        }
        println!("xtask: {passed} passed, {failed} failed");
        if failed == 0 {
            Ok(())
        } else {
            Err(crate::cmd::Failure(format!(
                "{failed} step(s) did not pass"
            )))
        }
    }
}
