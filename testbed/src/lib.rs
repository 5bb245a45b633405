//! Throwaway servers beside Atelier, for its tests and its benchmarks: a PostgreSQL cluster
//! ([`Cluster`]) and nginx on the shipped `deploy/nginx.conf` ([`Nginx`]). Each runs from a temp
//! folder of its own, listens on a free port of 127.0.0.1 only, and is stopped and removed when
//! dropped, so nothing is left running after a test or a benchmark, however it ended.
//!
//! Only the standard library and `tempfile`: the server's tests add their database handles on
//! top (`server/tests/pg_support`), and `cargo xtask bench server` drives these with `psql`.

mod nginx;
mod postgres;

pub use nginx::{Nginx, SendingLimit};
pub use postgres::{Cluster, Durability, ROLE};

/// What went wrong starting or driving a throwaway server, in the words of its programs.
#[derive(Debug)]
pub struct Error(String);

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

/// A port on 127.0.0.1 that nothing listened on a moment ago.
fn free_port() -> Result<u16, Error> {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .map_err(|e| Error(format!("no free port on 127.0.0.1: {e}")))
}

/// Runs `command`; its output, or what went wrong with its words.
fn output_of(mut command: std::process::Command) -> Result<String, Error> {
    let out = command
        .output()
        .map_err(|e| Error(format!("{command:?}: {e}")))?;
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    if out.status.success() {
        Ok(text)
    } else {
        Err(Error(format!("{command:?}: {}\n{text}", out.status)))
    }
}
