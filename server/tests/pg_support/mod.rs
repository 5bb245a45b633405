//! A throwaway PostgreSQL cluster for the tests that need one, so `cargo test` needs no server
//! left running: Debian's PostgreSQL 15 (`initdb`, `pg_ctl`) makes a cluster in a temp folder,
//! listening on a free port of 127.0.0.1 only, with its socket in that folder and `fsync` off (a
//! test's data need not survive a power cut). Trust authentication for the role `atelier` is safe
//! there: nothing but loopback reaches it. PostgreSQL refuses to run as root, so when the tests
//! run as root the folder is given to `nobody` and every PostgreSQL program runs through
//! `runuser -u nobody --`.
//!
//! [`Cluster`] stops the cluster (`pg_ctl -m immediate stop`) and removes its folder when it is
//! dropped, also when the test panics. `cargo xtask test` installs Debian's `postgresql-15` when
//! its binaries are missing; `ATELIER_PG_BIN` names another folder of them.
#![allow(dead_code)]

use atelier_server::store::files::FileStore;
use atelier_server::store::postgres::Postgres;
use atelier_server::store::{Database, Engine};
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::{ConnectOptions, Connection, PgPool};
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Where Debian's `postgresql-15` puts its server programs.
const DEBIAN_BIN: &str = "/usr/lib/postgresql/15/bin";
/// The superuser `initdb` makes; the tests connect as it.
pub const ROLE: &str = "atelier";
/// Tries with a new port when another process took the free one first.
const START_TRIES: usize = 3;

/// The cluster the tests of this process share when they run on PostgreSQL
/// (`ATELIER_TEST_ENGINE=postgres`, as `cargo xtask test`'s second run of the server's suite sets
/// it): started on first use, each test in a database of its own. A static is never dropped, so
/// a watchdog started with it stops the cluster and removes its folder once this process has
/// exited, however it ended.
pub fn shared() -> &'static Cluster {
    static SHARED: std::sync::OnceLock<Cluster> = std::sync::OnceLock::new();
    SHARED.get_or_init(|| {
        let cluster = Cluster::start();
        cluster.stop_when_gone(std::process::id());
        cluster
    })
}

/// Whether this run of the tests is on PostgreSQL.
pub fn on_postgres() -> bool {
    std::env::var("ATELIER_TEST_ENGINE").is_ok_and(|engine| engine == "postgres")
}

/// Whether a test about SQLite itself should stand aside in the PostgreSQL run: true there, after
/// saying `why` (the SQLite run covers it).
pub fn skip_on_postgres(why: &str) -> bool {
    let skip = on_postgres();
    if skip {
        eprintln!("skipped on PostgreSQL: {why}");
    }
    skip
}

/// The pool of a database the tests opened on PostgreSQL, for their own queries.
pub fn pool(db: &Database) -> &PgPool {
    db.postgres().expect("PostgreSQL").pool()
}

/// A running cluster; stopped and removed on drop.
pub struct Cluster {
    /// The temp folder: the data folder, the socket and the log are in it.
    dir: tempfile::TempDir,
    bin: PathBuf,
    /// The unprivileged user that runs PostgreSQL when the tests run as root.
    run_as: Option<String>,
    port: u16,
}

impl Cluster {
    /// Makes and starts a cluster; panics with PostgreSQL's own words when it cannot.
    pub fn start() -> Self {
        let bin = std::env::var_os("ATELIER_PG_BIN")
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from(DEBIAN_BIN));
        assert!(
            bin.join("initdb").exists(),
            "PostgreSQL's server programs are not in {} (Debian's postgresql-15 puts them there; \
             `cargo xtask test` installs it, or set ATELIER_PG_BIN)",
            bin.display()
        );
        let dir = tempfile::Builder::new()
            .prefix("atelier-pg-")
            .tempdir()
            .expect("a temp folder for the cluster");
        let is_root = std::fs::metadata("/proc/self")
            .map(|m| m.uid() == 0)
            .expect("who runs the tests");
        let run_as = is_root.then(|| {
            let (uid, gid) = (id("-u"), id("-g"));
            std::os::unix::fs::chown(dir.path(), Some(uid), Some(gid))
                .expect("give the cluster's folder to nobody");
            "nobody".to_owned()
        });
        let mut cluster = Self {
            dir,
            bin,
            run_as,
            port: 0,
        };
        cluster.run(
            "initdb",
            &[
                "--pgdata",
                &cluster.data().display().to_string(),
                "--auth=trust",
                "--username",
                ROLE,
                "--encoding=UTF8",
                "--locale=C.UTF-8",
                "--no-sync",
            ],
        );
        let mut last = String::new();
        for _ in 0..START_TRIES {
            cluster.port = free_port();
            let options = format!(
                "-c listen_addresses=127.0.0.1 -c port={} -c unix_socket_directories='{}' \
                 -c fsync=off",
                cluster.port,
                cluster.dir.path().display()
            );
            let data = cluster.data().display().to_string();
            let log = cluster.dir.path().join("log").display().to_string();
            let start = cluster.command(
                "pg_ctl",
                &[
                    "-D", &data, "-l", &log, "-w", "-t", "60", "-o", &options, "start",
                ],
            );
            match output_of(start) {
                Ok(_) => return cluster,
                Err(e) => last = format!("{e}\n{}", cluster.log()),
            }
        }
        panic!("the cluster did not start:\n{last}");
    }

    /// The port it listens on, on 127.0.0.1.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// A migrated database `name` of its own on this cluster, as one server process opens it,
    /// with its files in the folder `files`.
    pub async fn store(&self, name: &str, files: &Path) -> Database {
        self.database(name).await.close().await;
        self.store_again(name, files).await
    }

    /// Another process's handle on the database `name` and the files in `files`.
    pub async fn store_again(&self, name: &str, files: &Path) -> Database {
        let pg = Postgres::connect_with(self.options(name), 8)
            .await
            .expect("connect and migrate");
        let files = FileStore::local(files).expect("files");
        Database::on(Engine::Postgres(pg), files)
            .await
            .expect("open")
    }

    /// Stops the server (a fast shutdown: connections are cut, open transactions roll back); the
    /// data stays for [`Cluster::resume`].
    pub fn pause(&self) {
        let data = self.data().display().to_string();
        self.run("pg_ctl", &["-D", &data, "-m", "fast", "-w", "stop"]);
    }

    /// Starts the server again after [`Cluster::pause`], on the same port.
    pub fn resume(&self) {
        let options = format!(
            "-c listen_addresses=127.0.0.1 -c port={} -c unix_socket_directories='{}' -c fsync=off",
            self.port,
            self.dir.path().display()
        );
        let data = self.data().display().to_string();
        let log = self.dir.path().join("log").display().to_string();
        self.run(
            "pg_ctl",
            &[
                "-D", &data, "-l", &log, "-w", "-t", "60", "-o", &options, "start",
            ],
        );
    }

    /// The temp folder that holds the data folder, the socket and the log.
    pub fn folder(&self) -> &Path {
        self.dir.path()
    }

    /// The postmaster's process id, from its `postmaster.pid`.
    pub fn postmaster_pid(&self) -> u32 {
        let pid = std::fs::read_to_string(self.data().join("postmaster.pid"))
            .expect("postmaster.pid of a running cluster");
        pid.lines()
            .next()
            .and_then(|l| l.trim().parse().ok())
            .expect("a process id on postmaster.pid's first line")
    }

    /// How to reach `database` over TCP as [`ROLE`].
    pub fn options(&self, database: &str) -> PgConnectOptions {
        PgConnectOptions::new()
            .host("127.0.0.1")
            .port(self.port)
            .username(ROLE)
            .database(database)
            .disable_statement_logging()
    }

    /// Creates the database `name` and returns a small pool on it.
    pub async fn database(&self, name: &str) -> PgPool {
        let mut admin = self
            .options("postgres")
            .connect()
            .await
            .expect("connect to the cluster");
        sqlx::query(&format!("CREATE DATABASE \"{name}\""))
            .execute(&mut admin)
            .await
            .expect("create the database");
        admin.close().await.expect("close");
        PgPoolOptions::new()
            .max_connections(4)
            .connect_with(self.options(name))
            .await
            .expect("connect to the new database")
    }

    fn data(&self) -> PathBuf {
        self.dir.path().join("data")
    }

    /// Starts a shell, outside this process, that waits for process `pid` to end, then stops the
    /// cluster and removes its folder.
    // Never waited for on purpose: it outlives this process, whose end it waits for, and init
    // reaps it then.
    #[allow(clippy::zombie_processes)]
    fn stop_when_gone(&self, pid: u32) {
        let quote = |text: &str| format!("'{}'", text.replace('\'', "'\\''"));
        let stop = self.command(
            "pg_ctl",
            &[
                "-D",
                &self.data().display().to_string(),
                "-m",
                "immediate",
                "-w",
                "stop",
            ],
        );
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
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("start the cluster's watchdog");
    }

    /// The server's log so far, to explain a failure.
    fn log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("log")).unwrap_or_default()
    }

    /// `program` of the cluster's binaries with `args`, as the user that runs PostgreSQL, in the
    /// cluster's folder (the tests' own folder may be closed to `nobody`).
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

    fn run(&self, program: &str, args: &[&str]) {
        if let Err(e) = output_of(self.command(program, args)) {
            panic!("{program} failed: {e}");
        }
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        if self.port == 0 {
            return;
        }
        let data = self.data().display().to_string();
        let stop = self.command("pg_ctl", &["-D", &data, "-m", "immediate", "-w", "stop"]);
        if let Err(e) = output_of(stop) {
            // Dropping while a test panics must not panic again; the folder still goes.
            eprintln!("the throwaway cluster did not stop: {e}");
        }
    }
}

/// A port on 127.0.0.1 that nothing listened on a moment ago.
fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port()
}

/// `nobody`'s user (`-u`) or group (`-g`) id.
fn id(which: &str) -> u32 {
    let out = Command::new("id")
        .args([which, "nobody"])
        .output()
        .expect("run id");
    String::from_utf8_lossy(&out.stdout)
        .trim()
        .parse()
        .unwrap_or_else(|_| panic!("no user nobody: {}", String::from_utf8_lossy(&out.stderr)))
}

/// Runs `command`; its output, or what went wrong with its words.
fn output_of(mut command: Command) -> Result<String, String> {
    let out = command.output().map_err(|e| format!("{command:?}: {e}"))?;
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    if out.status.success() {
        Ok(text)
    } else {
        Err(format!("{command:?}: {}\n{text}", out.status))
    }
}
