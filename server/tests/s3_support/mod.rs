//! A real S3-compatible server for the tests: `moto_server` (PyPI's `moto[server]`, which
//! `cargo xtask setup` installs into `.tools/moto`), started on a free loopback port and stopped
//! when the guard drops, also when a test panics. Buckets are made and listed through plain S3
//! requests, as any S3 client would.
#![allow(dead_code)]

use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The credentials the tests hand the server: moto takes any.
pub const ACCESS_KEY: &str = "atelier-test";
pub const SECRET_KEY: &str = "atelier-test-secret";

/// A running `moto_server`.
pub struct Moto {
    child: Child,
    port: u16,
}

/// Where `moto_server` is: `ATELIER_MOTO_SERVER`, else the copy `cargo xtask setup` installs.
fn program() -> PathBuf {
    std::env::var_os("ATELIER_MOTO_SERVER")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../.tools/moto/bin/moto_server")
        })
}

/// A port nothing listens on right now.
pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

impl Moto {
    /// Starts moto on a free port and waits (up to 120 s: a first start on a busy machine
    /// compiles moto's Python) until it answers.
    pub fn start() -> Self {
        Self::start_on(free_port())
    }

    /// Starts moto on `port` (to bring a store back where it was).
    pub fn start_on(port: u16) -> Self {
        let program = program();
        assert!(
            program.exists(),
            "{} is missing: run `cargo xtask setup` (it installs moto[server])",
            program.display()
        );
        let child = Command::new(&program)
            .args(["-H", "127.0.0.1", "-p", &port.to_string()])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start moto_server");
        let moto = Moto { child, port };
        let deadline = Instant::now() + Duration::from_secs(120);
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                Instant::now() < deadline,
                "moto_server did not listen on {port}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        moto
    }

    /// `http://127.0.0.1:<port>`.
    pub fn endpoint(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// `files_url` for `bucket` (with `prefix`) on this server.
    pub fn files_url(&self, bucket: &str, prefix: &str) -> String {
        format!("s3://{bucket}/{prefix}?endpoint={}", self.endpoint())
    }

    /// Makes a bucket.
    pub async fn create_bucket(&self, bucket: &str) {
        let answer = reqwest::Client::new()
            .put(format!("{}/{bucket}", self.endpoint()))
            .send()
            .await
            .expect("PUT bucket");
        assert!(answer.status().is_success(), "{:?}", answer.text().await);
    }

    /// The keys in `bucket`, sorted (one listing page: the tests store far fewer than 1,000).
    pub async fn keys(&self, bucket: &str) -> Vec<String> {
        let xml = reqwest::Client::new()
            .get(format!("{}/{bucket}?list-type=2", self.endpoint()))
            .send()
            .await
            .expect("list")
            .text()
            .await
            .expect("listing");
        let mut keys: Vec<String> = xml
            .split("<Key>")
            .skip(1)
            .filter_map(|rest| rest.split_once("</Key>").map(|(key, _)| key.to_owned()))
            .collect();
        keys.sort();
        keys
    }

    /// Stops the server at once (a store that goes down).
    pub fn stop(mut self) {
        self.halt();
    }

    fn halt(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for Moto {
    fn drop(&mut self) {
        self.halt();
    }
}
