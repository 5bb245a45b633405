//! The server benchmark past one machine's SQLite: the same load (`bench/post.lua`, a new brief
//! per request) on PostgreSQL, first one `atelier-server` process, then three behind nginx on the
//! shipped `deploy/nginx.conf`, as README "PostgreSQL, and several processes" sets them up; and
//! the studio inbox with 100,000 briefs on PostgreSQL.
//!
//! The cluster is `atelier_testbed`'s, durable as a deployment's (`fsync` and
//! `synchronous_commit` on, PostgreSQL's defaults otherwise): every 201 is a committed, flushed
//! transaction, as on SQLite. Everything shares this machine's cores: the servers, PostgreSQL,
//! nginx and wrk. [`super::cpu`] counts where the time went.

use super::server::{answered_2xx, at_rest, rss_kib, wrk, Load, Server, Target};
use super::studio::{self, InboxFigures};
use crate::cmd::{Failure, Result};
use atelier_testbed::{Cluster, Durability, Nginx, SendingLimit};
use std::path::Path;

/// The connection counts issue 19 asks for.
pub const CONNECTIONS: [u32; 2] = [16, 64];
/// Seconds per load, after a warm-up of [`WARM_UP`].
const SECONDS: u64 = 10;
const WARM_UP: u64 = 3;
/// Behind nginx.
const PROCESSES: usize = 3;

/// One setup's figures.
#[derive(Debug, Clone)]
pub struct Setup {
    pub label: String,
    pub processes: usize,
    pub loads: Vec<Load>,
    /// Every process's memory after start and one catalog request, and after the loads.
    pub rest_rss_kib: Vec<u64>,
    pub after_rss_kib: Vec<u64>,
    /// Rows in `consultations` after the loads, and the 2xx answers wrk counted.
    pub stored: Option<u64>,
    pub answered_2xx: u64,
}

/// Everything measured on PostgreSQL.
#[derive(Debug, Clone)]
pub struct ScaleFigures {
    pub postgres_version: String,
    pub one: Setup,
    pub behind_nginx: Setup,
    /// PostgreSQL's processes' proportional memory (postmaster and backends, see
    /// [`tree_pss_kib`]) at the end of the three-process run.
    pub postgres_pss_kib: u64,
    pub studio: std::result::Result<InboxFigures, String>,
}

/// Runs both setups and the studio inbox on one durable throwaway cluster.
pub fn run(
    dist: &Path,
    work: &Path,
    body: &Path,
    body_bytes: u64,
    body_with_pictures: &Path,
) -> Result<ScaleFigures> {
    let cluster = Cluster::start(Durability::Durable).map_err(|e| Failure(e.to_string()))?;
    let sql = |database: &str, statement: &str| {
        cluster
            .psql(database, statement)
            .map(|s| s.trim().to_owned())
            .map_err(|e| Failure(e.to_string()))
    };
    let postgres_version = sql("postgres", "SHOW server_version")?;
    let postmaster = cluster
        .postmaster_pid()
        .map_err(|e| Failure(e.to_string()))?;

    sql("postgres", "CREATE DATABASE one")?;
    let server = Server::start(
        dist,
        &work.join("postgres-one"),
        &[("ATELIER_DATABASE_URL", cluster.url("one"))],
    )?;
    let rest = vec![at_rest(&server)?];
    let target = Target {
        postgres: Some(postmaster),
        ..Target::server(&server)
    };
    let one = loads(&target, "PostgreSQL, one process", body, body_bytes)?;
    let one = Setup {
        rest_rss_kib: rest,
        after_rss_kib: vec![rss_kib(server.pid())],
        stored: sql("one", "SELECT count(*) FROM consultations")?
            .parse()
            .ok(),
        ..one
    };
    drop(server);

    sql("postgres", "CREATE DATABASE three")?;
    // The processes share one data folder (the link key) and one files folder, as README says.
    let shared = work.join("postgres-three-data");
    let _ = std::fs::remove_dir_all(&shared);
    let settings = [
        ("ATELIER_DATABASE_URL", cluster.url("three")),
        ("ATELIER_DATA_DIR", shared.display().to_string()),
        ("ATELIER_TRUSTED_PROXIES", "127.0.0.1".to_owned()),
    ];
    let servers = (0..PROCESSES)
        .map(|i| Server::start(dist, &work.join(format!("postgres-three-{i}")), &settings))
        .collect::<Result<Vec<_>>>()?;
    let rest = servers.iter().map(at_rest).collect::<Result<Vec<_>>>()?;
    let shipped = std::fs::read_to_string(crate::root().join("deploy/nginx.conf"))
        .map_err(|e| Failure(format!("cannot read deploy/nginx.conf: {e}")))?;
    let urls: Vec<String> = servers.iter().map(|s| s.url.clone()).collect();
    // wrk is one visitor address: the shipped limit per visitor would refuse nearly everything.
    let lifted = SendingLimit {
        per_minute: 60_000_000,
        burst: 100_000,
    };
    let nginx = Nginx::start(&shipped, &urls, lifted).map_err(|e| Failure(e.to_string()))?;
    let target = Target {
        url: nginx.url.clone(),
        servers: servers.iter().map(Server::pid).collect(),
        postgres: Some(postmaster),
        nginx: Some(nginx.pid()),
    };
    let label = format!("PostgreSQL, {PROCESSES} processes behind nginx");
    let three = loads(&target, &label, body, body_bytes)?;
    let behind_nginx = Setup {
        processes: PROCESSES,
        rest_rss_kib: rest,
        after_rss_kib: servers.iter().map(|s| rss_kib(s.pid())).collect(),
        stored: sql("three", "SELECT count(*) FROM consultations")?
            .parse()
            .ok(),
        ..three
    };
    let postgres_pss_kib = tree_pss_kib(postmaster);
    drop(nginx);
    drop(servers);

    let studio = studio::run(
        dist,
        work,
        body_with_pictures,
        studio::Engine::Postgres(&cluster),
    )
    .map_err(|e| e.0);
    if let Err(why) = &studio {
        println!("studio inbox on PostgreSQL failed: {why}");
    }
    Ok(ScaleFigures {
        postgres_version,
        one,
        behind_nginx,
        postgres_pss_kib,
        studio,
    })
}

/// A warm-up, then a load at each of [`CONNECTIONS`].
fn loads(target: &Target, label: &str, body: &Path, body_bytes: u64) -> Result<Setup> {
    let warm_up = wrk(target, "warm-up", 16, WARM_UP, body, body_bytes)?;
    let loads = CONNECTIONS
        .iter()
        .map(|&c| wrk(target, label, c, SECONDS, body, body_bytes))
        .collect::<Result<Vec<_>>>()?;
    let answered_2xx = answered_2xx(&warm_up, &loads);
    Ok(Setup {
        label: label.to_owned(),
        processes: target.servers.len(),
        loads,
        rest_rss_kib: Vec::new(),
        after_rss_kib: Vec::new(),
        stored: None,
        answered_2xx,
    })
}

/// The proportional memory (PSS) of `root` and every process under it, PostgreSQL's backends
/// being the postmaster's: shared buffers are split between the processes that touch them instead
/// of being counted in full in each, as their RSS would.
fn tree_pss_kib(root: u32) -> u64 {
    super::cpu::tree(root).into_iter().map(pss_kib).sum()
}

/// `Pss` of `/proc/<pid>/smaps_rollup` in KiB, or 0 if it cannot be read.
fn pss_kib(pid: u32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup"))
        .unwrap_or_default()
        .lines()
        .find_map(|l| l.strip_prefix("Pss:"))
        .and_then(|v| v.split_whitespace().next()?.parse().ok())
        .unwrap_or(0)
}
