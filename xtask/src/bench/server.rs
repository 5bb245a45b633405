//! Server benchmark: the real release server on 127.0.0.1 with a fresh SQLite database (WAL,
//! `synchronous=FULL`, one writer) and rate limits lifted, loaded by wrk with a new brief per request
//! (`bench/post.lua` gives each its own Idempotency-Key), at 1, 16 and 64 connections; the
//! server's resident memory at rest and under load; where the CPU time went; and afterwards, that
//! every 201 is a stored row. The same on PostgreSQL is [`super::scale`]'s.

use crate::cmd::{self, Failure, Result};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{mpsc, Arc, Mutex};
use std::time::{Duration, Instant};

/// How long each load level runs.
const DURATION: Duration = Duration::from_secs(10);
/// The connection counts issue 9 asks for.
pub const CONNECTIONS: [u32; 3] = [1, 16, 64];

/// One wrk run.
#[derive(Debug, Clone)]
pub struct Load {
    pub label: String,
    pub connections: u32,
    pub body_bytes: u64,
    pub requests: u64,
    pub non_2xx: u64,
    pub socket_errors: u64,
    pub per_second: f64,
    pub p50_ms: f64,
    pub p90_ms: f64,
    pub p99_ms: f64,
    pub max_ms: f64,
    /// The servers' largest resident set (all processes together) while this load ran.
    pub peak_rss_kib: u64,
    /// Where the machine's CPU time went meanwhile: the servers, then PostgreSQL and nginx
    /// where the setup has them (see [`Target::groups`]).
    pub cpu: super::cpu::Shares,
}

/// Everything the server benchmark measured.
#[derive(Debug, Clone)]
pub struct ServerFigures {
    pub rest_rss_kib: u64,
    pub loads: Vec<Load>,
    pub after_rss_kib: u64,
    /// Rows in `consultations` after all runs, and the 2xx answers wrk counted (`None` without the
    /// sqlite3 command-line tool).
    pub stored: Option<u64>,
    pub answered_2xx: u64,
    pub journal_mode: Option<String>,
    /// The data folder's disk: median milliseconds of a 4 KiB write followed by `fsync`, the floor
    /// under every durable commit.
    pub fsync_ms: f64,
    /// The studio inbox with 100,000 briefs, or why it could not be measured.
    pub studio: std::result::Result<super::studio::InboxFigures, String>,
    /// The same load on PostgreSQL, one process and three behind nginx, or why it could not be
    /// measured.
    pub scale: std::result::Result<super::scale::ScaleFigures, String>,
}

/// What a load is sent to and whose CPU time and memory are watched.
pub struct Target {
    pub url: String,
    /// The `atelier-server` processes.
    pub servers: Vec<u32>,
    /// PostgreSQL's postmaster, whose backends are its children.
    pub postgres: Option<u32>,
    /// nginx's master, whose workers are its children.
    pub nginx: Option<u32>,
}

impl Target {
    /// One server on its own (SQLite).
    pub fn server(server: &Server) -> Target {
        Target {
            url: server.url.clone(),
            servers: vec![server.pid()],
            postgres: None,
            nginx: None,
        }
    }

    /// The process groups whose CPU time is counted: the servers, then PostgreSQL and nginx
    /// where present.
    fn groups(&self) -> Vec<Vec<u32>> {
        std::iter::once(self.servers.clone())
            .chain(self.postgres.map(|p| vec![p]))
            .chain(self.nginx.map(|p| vec![p]))
            .collect()
    }
}

/// The server binary: `ATELIER_SERVER_BIN`, else the `server` profile's output.
pub fn binary() -> PathBuf {
    std::env::var_os("ATELIER_SERVER_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| super::target_dir().join("server/atelier-server"))
}

/// A running server, stopped when dropped.
pub struct Server {
    child: Child,
    pub url: String,
    pub data_dir: PathBuf,
    /// The studio's one-time setup link, once the server has printed it.
    setup_link: Arc<Mutex<Option<String>>>,
}

impl Server {
    /// Starts the server on a free loopback port in a fresh `folder` (its log, and its data in
    /// `data/` unless `settings` name another `ATELIER_DATA_DIR`), with no rate limits and
    /// `settings` as environment variables.
    pub fn start(dist: &Path, folder: &Path, settings: &[(&str, String)]) -> Result<Server> {
        let _ = std::fs::remove_dir_all(folder);
        std::fs::create_dir_all(folder)
            .map_err(|e| Failure(format!("cannot create {}: {e}", folder.display())))?;
        let log = std::fs::File::create(folder.join("server.log"))
            .map_err(|e| Failure(format!("cannot create the server log: {e}")))?;
        let data_dir = settings
            .iter()
            .find(|(key, _)| *key == "ATELIER_DATA_DIR")
            .map_or_else(|| folder.join("data"), |(_, dir)| PathBuf::from(dir));
        let mut child = Command::new(binary())
            .current_dir(folder)
            .env("ATELIER_BIND", "127.0.0.1:0")
            .env("ATELIER_DATA_DIR", &data_dir)
            .env("ATELIER_STATIC_DIR", dist)
            // A load generator is one peer sending thousands of requests a second.
            .env("ATELIER_RATE_LIMIT_PER_MINUTE", u32::MAX.to_string())
            .env("ATELIER_RATE_LIMIT_BURST", u32::MAX.to_string())
            .envs(settings.iter().map(|(k, v)| (k, v)))
            .stdout(Stdio::piped())
            .stderr(log)
            .spawn()
            .map_err(|e| Failure(format!("cannot start {}: {e}", binary().display())))?;
        let stdout = child.stdout.take().expect("stdout is piped");
        let (found, url) = mpsc::channel();
        let setup_link = Arc::new(Mutex::new(None));
        // Keep draining the log after the address, so the server never blocks on a full pipe.
        std::thread::spawn({
            let setup_link = Arc::clone(&setup_link);
            move || {
                let mut found = Some(found);
                for line in BufReader::new(stdout).lines().map_while(|l| l.ok()) {
                    if let Some(at) = line.find("running at http://") {
                        let url = line[at + "running at ".len()..].split_whitespace().next();
                        if let (Some(tx), Some(url)) = (found.take(), url) {
                            let _ = tx.send(url.trim_end_matches('/').to_owned());
                        }
                    }
                    if let Some(link) = line.split("studio setup: ").nth(1) {
                        if let Ok(mut slot) = setup_link.lock() {
                            *slot = Some(link.trim().to_owned());
                        }
                    }
                }
            }
        });
        let mut server = Server {
            child,
            url: String::new(),
            data_dir,
            setup_link,
        };
        server.url = url.recv_timeout(Duration::from_secs(60)).map_err(|_| {
            Failure(format!(
                "the server did not say where it listens; see {}",
                folder.join("server.log").display()
            ))
        })?;
        Ok(server)
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// The SQLite database file (when it runs on SQLite).
    pub fn database(&self) -> PathBuf {
        self.data_dir.join("atelier.db")
    }

    /// The token of the studio setup link the server printed at start, if any.
    pub fn setup_token(&self) -> Option<String> {
        let link = self.setup_link.lock().ok()?.clone()?;
        Some(link.split("token=").nth(1)?.split('&').next()?.to_owned())
    }

    /// host:port of the server.
    pub fn authority(&self) -> &str {
        self.url.trim_start_matches("http://")
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Resident memory of `pid` in KiB (`VmRSS`), or 0 if it cannot be read.
pub fn rss_kib(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.split_whitespace().next())
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

/// A plain HTTP/1.1 request (`Connection: close`); returns the status, the headers and the body.
pub fn http(
    authority: &str,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> Result<(u16, String, Vec<u8>)> {
    let failed = |e: std::io::Error| Failure(format!("{method} {path}: {e}"));
    let mut stream = TcpStream::connect(authority).map_err(failed)?;
    stream
        .set_read_timeout(Some(Duration::from_secs(60)))
        .map_err(failed)?;
    let mut request = format!("{method} {path} HTTP/1.1\r\nHost: {authority}\r\nConnection: close\r\nContent-Length: {}\r\n", body.len());
    for (name, value) in headers {
        request.push_str(&format!("{name}: {value}\r\n"));
    }
    request.push_str("\r\n");
    stream.write_all(request.as_bytes()).map_err(failed)?;
    stream.write_all(body).map_err(failed)?;
    let mut response = Vec::new();
    stream.read_to_end(&mut response).map_err(failed)?;
    let split = response
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .ok_or_else(|| Failure(format!("{method} {path}: no HTTP header in the answer")))?;
    let head = String::from_utf8_lossy(&response[..split]).into_owned();
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| Failure(format!("{method} {path}: no status in {head:?}")))?;
    let mut body = response[split + 4..].to_vec();
    if head
        .to_ascii_lowercase()
        .contains("transfer-encoding: chunked")
    {
        body = dechunk(&body);
    }
    Ok((status, head, body))
}

fn dechunk(mut data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(line_end) = data.windows(2).position(|w| w == b"\r\n") {
        let size = std::str::from_utf8(&data[..line_end])
            .ok()
            .and_then(|s| usize::from_str_radix(s.split(';').next().unwrap_or("").trim(), 16).ok())
            .unwrap_or(0);
        data = &data[line_end + 2..];
        if size == 0 || size > data.len() {
            break;
        }
        out.extend_from_slice(&data[..size]);
        data = &data[(size + 2).min(data.len())..];
    }
    out
}

/// A request body made by the server's `sample_request` example (`snapshots` small PNGs).
pub fn sample_body(snapshots: u32, to: &Path) -> Result<u64> {
    let n = snapshots.to_string();
    let out = cmd::command(
        "cargo",
        &[
            "run",
            "--quiet",
            "--profile",
            "server",
            "-p",
            "atelier-server",
            "--example",
            "sample_request",
            "--",
            "--snapshots",
            &n,
        ],
    )
    .stderr(Stdio::inherit())
    .output()
    .map_err(|e| Failure(format!("cannot run the sample_request example: {e}")))?;
    if !out.status.success() {
        return Err(Failure("the sample_request example failed".into()));
    }
    std::fs::write(to, &out.stdout)
        .map_err(|e| Failure(format!("cannot write {}: {e}", to.display())))?;
    Ok(out.stdout.len() as u64)
}

/// Runs wrk against `POST /api/consultations` while sampling the servers' memory and counting
/// where the CPU time goes.
pub fn wrk(
    target: &Target,
    label: &str,
    connections: u32,
    seconds: u64,
    body: &Path,
    body_bytes: u64,
) -> Result<Load> {
    let sampling = Arc::new(AtomicBool::new(true));
    let peak = Arc::new(AtomicU64::new(0));
    let sampler = {
        let (sampling, peak, pids) = (
            Arc::clone(&sampling),
            Arc::clone(&peak),
            target.servers.clone(),
        );
        std::thread::spawn(move || {
            while sampling.load(Ordering::Relaxed) {
                let all = pids.iter().map(|&pid| rss_kib(pid)).sum();
                peak.fetch_max(all, Ordering::Relaxed);
                std::thread::sleep(Duration::from_millis(100));
            }
        })
    };
    let groups = target.groups();
    let cpu_before = super::cpu::sample(&groups);
    let threads = connections.clamp(1, 2).to_string();
    let connections_arg = connections.to_string();
    let duration = format!("{seconds}s");
    let url = format!("{}/api/consultations", target.url);
    let script = crate::root().join("bench/post.lua");
    let nonce = format!(
        "{label}-{connections}-{}",
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos())
    )
    // It becomes part of each brief's key and its visitor's email address.
    .replace(|c: char| !c.is_ascii_alphanumeric() && c != '-', "_");
    println!("$ wrk -t{threads} -c{connections} -d{duration} --latency ({label})");
    let out = cmd::command(
        "wrk",
        &[
            "-t",
            &threads,
            "-c",
            &connections_arg,
            "-d",
            &duration,
            "--timeout",
            "10s",
            "--latency",
            "-s",
            &script.to_string_lossy(),
            &url,
            "--",
            &body.to_string_lossy(),
            &nonce,
        ],
    )
    .output();
    let cpu = super::cpu::shares(&cpu_before, &super::cpu::sample(&groups));
    sampling.store(false, Ordering::Relaxed);
    let _ = sampler.join();
    let out = out.map_err(|e| Failure(format!("cannot run wrk: {e}")))?;
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    print!("{text}");
    if !out.status.success() {
        return Err(Failure(format!(
            "wrk failed: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        )));
    }
    let load = parse_wrk(
        &text,
        label,
        connections,
        body_bytes,
        peak.load(Ordering::Relaxed),
    )?;
    // A load that is mostly refused measures refusals, not submissions.
    if load.non_2xx * 2 > load.requests {
        return Err(Failure(format!(
            "{label}: {} of {} answers were refusals; see the servers' logs",
            load.non_2xx, load.requests
        )));
    }
    Ok(Load { cpu, ..load })
}

fn parse_wrk(
    text: &str,
    label: &str,
    connections: u32,
    body_bytes: u64,
    peak: u64,
) -> Result<Load> {
    let missing = |what: &str| Failure(format!("wrk's report has no {what}:\n{text}"));
    let percentile = |p: &str| {
        text.lines()
            .map(str::trim)
            .find_map(|l| l.strip_prefix(p))
            .and_then(|v| duration_ms(v.trim()))
            .ok_or_else(|| missing(p))
    };
    let requests = text
        .lines()
        .find(|l| l.contains(" requests in "))
        .and_then(|l| l.split_whitespace().next())
        .and_then(|n| n.parse().ok())
        .ok_or_else(|| missing("request count"))?;
    let per_second = text
        .lines()
        .find_map(|l| l.trim().strip_prefix("Requests/sec:"))
        .and_then(|v| v.trim().parse().ok())
        .ok_or_else(|| missing("Requests/sec"))?;
    let non_2xx = text
        .lines()
        .find_map(|l| l.trim().strip_prefix("Non-2xx or 3xx responses:"))
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(0);
    let socket_errors = text
        .lines()
        .find_map(|l| l.trim().strip_prefix("Socket errors:"))
        .map(|v| {
            v.split(',')
                .filter_map(|part| part.split_whitespace().last()?.parse::<u64>().ok())
                .sum()
        })
        .unwrap_or(0);
    let max_ms = text
        .lines()
        .find_map(|l| l.trim().strip_prefix("Latency"))
        .and_then(|v| v.split_whitespace().nth(2))
        .and_then(duration_ms)
        .unwrap_or(0.0);
    Ok(Load {
        label: label.to_owned(),
        connections,
        body_bytes,
        requests,
        non_2xx,
        socket_errors,
        per_second,
        p50_ms: percentile("50%")?,
        p90_ms: percentile("90%")?,
        p99_ms: percentile("99%")?,
        max_ms,
        peak_rss_kib: peak,
        cpu: Default::default(),
    })
}

/// wrk's durations: `812.00us`, `5.23ms`, `1.02s`, `2.00m`.
fn duration_ms(text: &str) -> Option<f64> {
    let split = text.find(|c: char| c.is_ascii_alphabetic())?;
    let (number, unit) = text.split_at(split);
    let number: f64 = number.parse().ok()?;
    let factor = match unit {
        "us" => 0.001,
        "ms" => 1.0,
        "s" => 1000.0,
        "m" => 60_000.0,
        _ => return None,
    };
    Some(number * factor)
}

/// Median time of 200 synchronous 4 KiB writes (`write` + `sync_data`) in `dir`.
fn fsync_latency(dir: &Path) -> Result<f64> {
    let path = dir.join("fsync-probe");
    let failed =
        |e: std::io::Error| Failure(format!("cannot probe fsync in {}: {e}", dir.display()));
    let mut file = std::fs::File::create(&path).map_err(failed)?;
    let block = [0x55_u8; 4096];
    let mut times = Vec::with_capacity(200);
    for _ in 0..200 {
        let started = Instant::now();
        file.write_all(&block).map_err(failed)?;
        file.sync_data().map_err(failed)?;
        times.push(started.elapsed().as_secs_f64() * 1000.0);
    }
    let _ = std::fs::remove_file(&path);
    times.sort_by(f64::total_cmp);
    Ok(times[times.len() / 2])
}

/// `sqlite3 db sql`, or `None` if the tool is missing or the query fails.
pub fn sqlite(database: &Path, sql: &str) -> Option<String> {
    cmd::output("sqlite3", &[&database.to_string_lossy(), sql]).map(|s| s.trim().to_owned())
}

/// The server's memory after one catalog request, which also proves it answers.
pub fn at_rest(server: &Server) -> Result<u64> {
    let (status, _, _) = http(server.authority(), "GET", "/api/catalog", &[], &[])?;
    if status != 200 {
        return Err(Failure(format!("GET /api/catalog answered {status}")));
    }
    Ok(rss_kib(server.pid()))
}

/// The answers wrk counted as 2xx over a warm-up and the loads after it.
pub fn answered_2xx(warm_up: &Load, loads: &[Load]) -> u64 {
    std::iter::once(warm_up)
        .chain(loads)
        .map(|l| l.requests - l.non_2xx)
        .sum()
}

/// Sends `body` once; an error with the server's answer unless it is stored (201).
fn accepted(server: &Server, body: &Path) -> Result {
    let bytes =
        std::fs::read(body).map_err(|e| Failure(format!("cannot read {}: {e}", body.display())))?;
    let name = body
        .file_name()
        .map_or(String::new(), |n| n.to_string_lossy().into_owned());
    let (status, _, answer) = http(
        server.authority(),
        "POST",
        "/api/consultations",
        &[
            ("Content-Type", "application/json"),
            ("Idempotency-Key", &format!("bench-check-{name}")),
        ],
        &bytes,
    )?;
    if status == 201 {
        Ok(())
    } else {
        Err(Failure(format!(
            "the server refused {name} ({status}): {}",
            String::from_utf8_lossy(&answer)
        )))
    }
}

/// Runs the whole server benchmark.
pub fn run(dist: &Path, work: &Path) -> Result<ServerFigures> {
    let plain = work.join("brief.json");
    let with_pictures = work.join("brief-3-snapshots.json");
    std::fs::create_dir_all(work)
        .map_err(|e| Failure(format!("cannot create {}: {e}", work.display())))?;
    let fsync_ms = fsync_latency(work)?;
    let plain_bytes = sample_body(0, &plain)?;
    let pictures_bytes = sample_body(3, &with_pictures)?;
    let server = Server::start(dist, &work.join("server"), &[])?;
    let target = Target::server(&server);
    let rest_rss_kib = at_rest(&server)?;
    // A body the server refuses would measure refusals: each must be taken once first.
    for body in [&plain, &with_pictures] {
        accepted(&server, body)?;
    }
    let started = Instant::now();
    let seconds = DURATION.as_secs();
    // Warm-up: the first requests open the database's pages and the allocator's arenas.
    let warm_up = wrk(&target, "warm-up", 16, 3, &plain, plain_bytes)?;
    let mut loads = Vec::new();
    for connections in CONNECTIONS {
        loads.push(wrk(
            &target,
            "brief only",
            connections,
            seconds,
            &plain,
            plain_bytes,
        )?);
    }
    loads.push(wrk(
        &target,
        "brief + 3 snapshots",
        16,
        seconds,
        &with_pictures,
        pictures_bytes,
    )?);
    let after_rss_kib = rss_kib(server.pid());
    println!(
        "server load: {:.0} s in all",
        started.elapsed().as_secs_f64()
    );
    let answered_2xx = answered_2xx(&warm_up, &loads);
    let database = server.database();
    let stored =
        sqlite(&database, "SELECT count(*) FROM consultations").and_then(|n| n.parse().ok());
    let journal_mode = sqlite(&database, "PRAGMA journal_mode");
    drop(server);
    let studio = super::studio::run(dist, work, &with_pictures, super::studio::Engine::Sqlite)
        .map_err(|e| e.0);
    if let Err(why) = &studio {
        println!("studio inbox benchmark failed: {why}");
    }
    let scale = super::scale::run(dist, work, &plain, plain_bytes, &with_pictures).map_err(|e| e.0);
    if let Err(why) = &scale {
        println!("PostgreSQL benchmark failed: {why}");
    }
    Ok(ServerFigures {
        rest_rss_kib,
        loads,
        after_rss_kib,
        stored,
        answered_2xx,
        journal_mode,
        fsync_ms,
        studio,
        scale,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const REPORT: &str = "Running 10s test @ http://127.0.0.1:1/api/consultations
  2 threads and 16 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     5.23ms    1.20ms  20.10ms   80.00%
    Req/Sec     1.50k   100.00     1.80k    70.00%
  Latency Distribution
     50%  812.00us
     75%    5.50ms
     90%    6.00ms
     99%    1.02s
  30000 requests in 10.00s, 5.00MB read
  Socket errors: connect 0, read 2, write 0, timeout 5
  Non-2xx or 3xx responses: 4
Requests/sec:   3000.50
Transfer/sec:    500.00KB
";

    #[test]
    fn reads_wrk() {
        let l = parse_wrk(REPORT, "x", 16, 1, 2).unwrap();
        assert_eq!((l.requests, l.non_2xx, l.socket_errors), (30000, 4, 7));
        assert_eq!(l.per_second, 3000.5);
        assert!((l.p50_ms - 0.812).abs() < 1e-9);
        assert_eq!((l.p90_ms, l.p99_ms, l.max_ms), (6.0, 1020.0, 20.1));
    }

    #[test]
    fn reads_chunks() {
        assert_eq!(dechunk(b"3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n"), b"abcde");
    }
}
