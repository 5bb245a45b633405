//! Client benchmark: `tests/e2e/bench/client.mjs` (Playwright in headless Chromium against the real
//! server and the release build), read back as `key<TAB>median` lines.

use crate::cmd::{self, Failure, Result};
use std::path::Path;
use std::process::Stdio;

/// How many fresh browsers the figures are the median of.
pub const RUNS: u32 = 7;

/// The medians (and a few words, such as the content encoding) the browser script printed, by key.
#[derive(Debug, Clone, Default)]
pub struct ClientFigures {
    pub figures: Vec<(String, String)>,
}

impl ClientFigures {
    /// The figure named `key` as a number, if the script printed one.
    pub fn get(&self, key: &str) -> Option<f64> {
        self.text(key)?.parse().ok()
    }

    /// The figure named `key` as the script printed it.
    pub fn text(&self, key: &str) -> Option<&str> {
        self.figures
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }
}

/// Runs the browser benchmark against `server_bin` serving `dist`.
pub fn run(server_bin: &Path, dist: &Path) -> Result<ClientFigures> {
    let e2e = crate::root().join("tests/e2e");
    let mut node = cmd::command("node", &["bench/client.mjs"]);
    node.current_dir(&e2e)
        .env("ATELIER_SERVER_BIN", server_bin)
        .env("ATELIER_DIST", dist)
        .env("BENCH_RUNS", RUNS.to_string())
        .stderr(Stdio::inherit());
    println!("$ node tests/e2e/bench/client.mjs ({RUNS} fresh browsers)");
    let out = node
        .output()
        .map_err(|e| Failure(format!("cannot run node: {e}")))?;
    let text = String::from_utf8_lossy(&out.stdout);
    print!("{text}");
    if !out.status.success() {
        return Err(Failure("tests/e2e/bench/client.mjs failed".into()));
    }
    Ok(parse(&text))
}

fn parse(text: &str) -> ClientFigures {
    let figures = text
        .lines()
        .filter_map(|line| {
            let (key, value) = line.split_once('\t')?;
            Some((key.trim().to_owned(), value.trim().to_owned()))
        })
        .collect();
    ClientFigures { figures }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_script_lines() {
        let f = parse("run 1/7: first frame 600 ms\nfirst_frame_ms\t612.50\nruns\t7\nenc\tbr\n");
        assert_eq!(f.get("first_frame_ms"), Some(612.5));
        assert_eq!(f.text("enc"), Some("br"));
        assert_eq!(f.get("enc"), None);
        assert_eq!(f.get("runs"), Some(7.0));
        assert_eq!(f.get("missing"), None);
    }
}
