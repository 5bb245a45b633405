//! PostgreSQL for real: the throwaway cluster the PostgreSQL tests start (Debian's PostgreSQL 15,
//! on loopback, gone with its folder when the test ends, also when it panics).

mod pg_support;

use pg_support::Cluster;
use std::path::PathBuf;

/// Whether the process `pid` has exited (a zombie waiting for its reaper counts as exited).
fn exited(pid: u32) -> bool {
    match std::fs::read_to_string(format!("/proc/{pid}/stat")) {
        Err(_) => true,
        // The state follows the command name in parentheses, which may hold spaces.
        Ok(stat) => stat
            .rsplit_once(')')
            .is_some_and(|(_, rest)| rest.trim_start().starts_with('Z')),
    }
}

#[tokio::test]
async fn a_throwaway_cluster_listens_on_loopback_and_is_gone_when_dropped() {
    let cluster = Cluster::start();
    let pool = cluster.database("atelier_test").await;
    let (listen, fsync, user): (String, String, String) = sqlx::query_as(
        "SELECT current_setting('listen_addresses'), current_setting('fsync'), current_user",
    )
    .fetch_one(&pool)
    .await
    .expect("settings");
    assert_eq!(
        (listen.as_str(), fsync.as_str(), user.as_str()),
        ("127.0.0.1", "off", "atelier")
    );
    let version: i32 = sqlx::query_scalar("SELECT current_setting('server_version_num')::int")
        .fetch_one(&pool)
        .await
        .expect("version");
    assert!(version >= 150000, "{version}");
    let socket = cluster
        .folder()
        .join(format!(".s.PGSQL.{}", cluster.port()));
    assert!(socket.exists(), "{}", socket.display());
    pool.close().await;

    let (pid, folder) = (cluster.postmaster_pid(), cluster.folder().to_owned());
    assert!(!exited(pid));
    drop(cluster);
    assert!(exited(pid), "the postmaster {pid} still runs");
    assert!(!folder.exists(), "{}", folder.display());
}

#[test]
fn a_test_that_panics_leaves_no_cluster_behind() {
    let mut seen: Option<(u32, PathBuf)> = None;
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let cluster = Cluster::start();
        seen = Some((cluster.postmaster_pid(), cluster.folder().to_owned()));
        panic!("a failing test");
    }));
    assert!(outcome.is_err());
    let (pid, folder) = seen.expect("the cluster started");
    assert!(exited(pid), "the postmaster {pid} still runs");
    assert!(!folder.exists(), "{}", folder.display());
}
