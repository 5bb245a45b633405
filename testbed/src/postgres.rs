//! A throwaway PostgreSQL cluster: Debian's PostgreSQL 15 (`initdb`, `pg_ctl`) makes it in a temp
//! folder, listening on a free port of 127.0.0.1 only, with its socket in that folder. Trust
//! authentication for the role [`ROLE`] is safe there: nothing but loopback reaches it.
//! PostgreSQL refuses to run as root, so when the caller is root the folder is given to `nobody`
//! and every PostgreSQL program runs through `runuser -u nobody --`. `ATELIER_PG_BIN` names
//! another folder of PostgreSQL's programs.

use crate::{free_port, output_of, Error};
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// Where Debian's `postgresql-15` puts its server programs.
const DEBIAN_BIN: &str = "/usr/lib/postgresql/15/bin";
/// The superuser `initdb` makes; clients connect as it.
pub const ROLE: &str = "atelier";
/// Tries with a new port when another process took the free one first.
const START_TRIES: usize = 3;

/// Whether the cluster's commits reach the disk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Durability {
    /// `fsync=off`: a test's data need not survive a power cut, and tests run faster without.
    Throwaway,
    /// PostgreSQL's defaults (`fsync=on`, `synchronous_commit=on`), as a deployment runs: what
    /// a benchmark of durable writes must measure.
    Durable,
}

/// A running cluster; stopped (`pg_ctl -m immediate stop`) and removed when dropped.
pub struct Cluster {
    /// The temp folder: the data folder, the socket and the log are in it.
    dir: tempfile::TempDir,
    bin: PathBuf,
    /// The unprivileged user that runs PostgreSQL when the caller is root.
    run_as: Option<String>,
    durability: Durability,
    port: u16,
}

impl Cluster {
    /// Makes and starts a cluster.
    pub fn start(durability: Durability) -> Result<Self, Error> {
        let bin = std::env::var_os("ATELIER_PG_BIN")
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from(DEBIAN_BIN));
        if !bin.join("initdb").exists() {
            return Err(Error(format!(
                "PostgreSQL's server programs are not in {} (Debian's postgresql-15 puts them \
                 there; `cargo xtask test` installs it, or set ATELIER_PG_BIN)",
                bin.display()
            )));
        }
        let dir = tempfile::Builder::new()
            .prefix("atelier-pg-")
            .tempdir()
            .map_err(|e| Error(format!("no temp folder for the cluster: {e}")))?;
        let is_root = std::fs::metadata("/proc/self")
            .map(|m| m.uid() == 0)
            .map_err(|e| Error(format!("cannot tell who runs this: {e}")))?;
        let run_as = if is_root {
            let (uid, gid) = (nobody("-u")?, nobody("-g")?);
            std::os::unix::fs::chown(dir.path(), Some(uid), Some(gid))
                .map_err(|e| Error(format!("cannot give the cluster's folder to nobody: {e}")))?;
            Some("nobody".to_owned())
        } else {
            None
        };
        let mut cluster = Self {
            dir,
            bin,
            run_as,
            durability,
            port: 0,
        };
        let data = cluster.data().display().to_string();
        cluster.run(
            "initdb",
            &[
                "--pgdata",
                &data,
                "--auth=trust",
                "--username",
                ROLE,
                "--encoding=UTF8",
                "--locale=C.UTF-8",
                "--no-sync",
            ],
        )?;
        let mut last = String::new();
        for _ in 0..START_TRIES {
            cluster.port = free_port()?;
            match cluster.pg_ctl_start() {
                Ok(()) => return Ok(cluster),
                Err(e) => last = format!("{e}\n{}", cluster.log()),
            }
        }
        cluster.port = 0;
        Err(Error(format!("the cluster did not start:\n{last}")))
    }

    /// The port it listens on, on 127.0.0.1.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// `postgres://` URL of `database` on this cluster, as [`ROLE`].
    pub fn url(&self, database: &str) -> String {
        format!("postgres://{ROLE}@127.0.0.1:{}/{database}", self.port)
    }

    /// The temp folder that holds the data folder, the socket and the log.
    pub fn folder(&self) -> &Path {
        self.dir.path()
    }

    /// The postmaster's process id, from its `postmaster.pid`.
    pub fn postmaster_pid(&self) -> Result<u32, Error> {
        let pid = std::fs::read_to_string(self.data().join("postmaster.pid"))
            .map_err(|e| Error(format!("no postmaster.pid: {e}")))?;
        pid.lines()
            .next()
            .and_then(|l| l.trim().parse().ok())
            .ok_or_else(|| Error(format!("no process id in postmaster.pid: {pid:?}")))
    }

    /// `psql` on `database` running `sql` (unaligned, tuples only): what it printed.
    pub fn psql(&self, database: &str, sql: &str) -> Result<String, Error> {
        let port = self.port.to_string();
        output_of(self.command(
            "psql",
            &[
                "-X",
                "-q",
                "-v",
                "ON_ERROR_STOP=1",
                "-At",
                "-h",
                "127.0.0.1",
                "-p",
                &port,
                "-U",
                ROLE,
                "-d",
                database,
                "-c",
                sql,
            ],
        ))
    }

    /// Stops the server (a fast shutdown: connections are cut, open transactions roll back); the
    /// data stays for [`Cluster::resume`].
    pub fn pause(&self) -> Result<(), Error> {
        let data = self.data().display().to_string();
        self.run("pg_ctl", &["-D", &data, "-m", "fast", "-w", "stop"])
    }

    /// Starts the server again after [`Cluster::pause`], on the same port.
    pub fn resume(&self) -> Result<(), Error> {
        self.pg_ctl_start()
    }

    /// Starts a shell, outside this process, that waits for process `pid` to end, then stops the
    /// cluster and removes its folder: for a cluster kept in a static, which is never dropped.
    // Never waited for on purpose: it outlives this process, whose end it waits for, and init
    // reaps it then.
    #[allow(clippy::zombie_processes)]
    pub fn stop_when_gone(&self, pid: u32) -> Result<(), Error> {
        let quote = |text: &str| format!("'{}'", text.replace('\'', "'\\''"));
        let data = self.data().display().to_string();
        let stop = self.command("pg_ctl", &["-D", &data, "-m", "immediate", "-w", "stop"]);
        let mut words = vec![quote(&stop.get_program().to_string_lossy())];
        words.extend(stop.get_args().map(|a| quote(&a.to_string_lossy())));
        let script = format!(
            "while kill -0 {pid} 2>/dev/null; do sleep 0.5; done; {} >/dev/null 2>&1; rm -rf {}",
            words.join(" "),
            quote(&self.dir.path().display().to_string())
        );
        Command::new("sh")
            .args(["-c", &script])
            .current_dir(self.dir.path())
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map(drop)
            .map_err(|e| Error(format!("cannot start the cluster's watchdog: {e}")))
    }

    /// `pg_ctl start` on this cluster's port, waiting until it accepts connections.
    fn pg_ctl_start(&self) -> Result<(), Error> {
        let mut options = format!(
            "-c listen_addresses=127.0.0.1 -c port={} -c unix_socket_directories='{}'",
            self.port,
            self.dir.path().display()
        );
        if self.durability == Durability::Throwaway {
            options.push_str(" -c fsync=off");
        }
        let data = self.data().display().to_string();
        let log = self.dir.path().join("log").display().to_string();
        self.run(
            "pg_ctl",
            &[
                "-D", &data, "-l", &log, "-w", "-t", "60", "-o", &options, "start",
            ],
        )
    }

    fn data(&self) -> PathBuf {
        self.dir.path().join("data")
    }

    /// The server's log so far, to explain a failure.
    fn log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("log")).unwrap_or_default()
    }

    /// `program` of the cluster's binaries with `args`, as the user that runs PostgreSQL, in the
    /// cluster's folder (the caller's own folder may be closed to `nobody`).
    fn command(&self, program: &str, args: &[&str]) -> Command {
        let path = self.bin.join(program);
        let mut command = match &self.run_as {
            Some(user) => {
                let mut c = Command::new("runuser");
                c.args(["-u", user, "--"]).arg(path);
                c
            }
            None => Command::new(path),
        };
        command.args(args).current_dir(self.dir.path());
        command
    }

    fn run(&self, program: &str, args: &[&str]) -> Result<(), Error> {
        output_of(self.command(program, args))
            .map(drop)
            .map_err(|e| Error(format!("{program} failed: {e}")))
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        if self.port == 0 {
            return;
        }
        let data = self.data().display().to_string();
        if let Err(e) = self.run("pg_ctl", &["-D", &data, "-m", "immediate", "-w", "stop"]) {
            // Dropping while a test panics must not panic again; the folder still goes.
            eprintln!("the throwaway cluster did not stop: {e}");
        }
    }
}

/// `nobody`'s user (`-u`) or group (`-g`) id.
fn nobody(which: &str) -> Result<u32, Error> {
    let out = Command::new("id")
        .args([which, "nobody"])
        .output()
        .map_err(|e| Error(format!("cannot run id: {e}")))?;
    String::from_utf8_lossy(&out.stdout)
        .trim()
        .parse()
        .map_err(|_| {
            Error(format!(
                "no user nobody: {}",
                String::from_utf8_lossy(&out.stderr)
            ))
        })
}
