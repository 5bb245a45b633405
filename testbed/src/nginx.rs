//! nginx on the shipped `deploy/nginx.conf`, wrapped in the main context a throwaway run needs
//! (its own folder, no daemon), with the upstream's ports and the listening port filled in, and
//! the shared limit on sending briefs set by the caller: a test's or a benchmark's visitors are
//! all on this machine.

use crate::{free_port, Error};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// Debian's nginx, which `cargo xtask test` installs.
const NGINX: &str = "/usr/sbin/nginx";
/// The upstream addresses as the shipped configuration names them, first to last.
const SHIPPED_UPSTREAMS: [&str; 3] = ["127.0.0.1:8081", "127.0.0.1:8082", "127.0.0.1:8083"];
/// The shipped limit on sending briefs, per visitor address: its rate and its burst.
const SHIPPED_RATE: &str = "rate=10r/m";
const SHIPPED_BURST: &str = "burst=5";

/// The limit nginx puts on sending briefs, per visitor address, in place of the shipped one.
/// nginx counts a request beyond the burst as excess even at a high rate when it arrives in the
/// same millisecond as others, so lifting the limit for a load from one address needs both.
#[derive(Debug, Clone, Copy)]
pub struct SendingLimit {
    pub per_minute: u32,
    pub burst: u32,
}

/// nginx serving the shipped configuration; stopped and its folder removed when dropped.
pub struct Nginx {
    child: Child,
    /// `http://127.0.0.1:<port>` (no trailing slash).
    pub url: String,
    _dir: tempfile::TempDir,
}

impl Nginx {
    /// Serves `shipped` (the text of `deploy/nginx.conf`) on a free port of 127.0.0.1, its
    /// upstream the `servers`' URLs (up to three, in the shipped order), with `limit` on sending
    /// briefs.
    pub fn start(shipped: &str, servers: &[String], limit: SendingLimit) -> Result<Self, Error> {
        let dir = tempfile::Builder::new()
            .prefix("atelier-nginx-")
            .tempdir()
            .map_err(|e| Error(format!("no temp folder for nginx: {e}")))?;
        // Its workers (`nobody` when started by root) write request bodies here.
        std::fs::set_permissions(
            dir.path(),
            std::os::unix::fs::PermissionsExt::from_mode(0o777),
        )
        .map_err(|e| Error(format!("cannot open nginx's folder to its workers: {e}")))?;
        let port = free_port()?;
        let site = site(shipped, port, servers, limit)?;
        let folder = dir.path().display();
        let config = format!(
            "daemon off;\nworker_processes auto;\npid {folder}/nginx.pid;\n\
             error_log {folder}/error.log warn;\nevents {{ worker_connections 1024; }}\n\
             http {{\n access_log off;\n client_body_temp_path {folder}/body;\n\
             proxy_temp_path {folder}/proxy;\n fastcgi_temp_path {folder}/fastcgi;\n\
             uwsgi_temp_path {folder}/uwsgi;\n scgi_temp_path {folder}/scgi;\n{site}\n}}\n"
        );
        let path = dir.path().join("nginx.conf");
        std::fs::write(&path, config)
            .map_err(|e| Error(format!("cannot write nginx's configuration: {e}")))?;
        let child = Command::new(NGINX)
            .args(["-p", &folder.to_string(), "-c"])
            .arg(&path)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| {
                Error(format!(
                    "{NGINX} did not start ({e}): `cargo xtask test` installs it"
                ))
            })?;
        let mut nginx = Self {
            child,
            url: format!("http://127.0.0.1:{port}"),
            _dir: dir,
        };
        let up = (0..250).any(|_| {
            std::thread::sleep(Duration::from_millis(20));
            std::net::TcpStream::connect(("127.0.0.1", port)).is_ok()
        });
        if !up {
            let log = std::fs::read_to_string(nginx._dir.path().join("error.log"));
            let _ = nginx.child.kill();
            return Err(Error(format!(
                "nginx did not listen: {}",
                log.unwrap_or_default()
            )));
        }
        Ok(nginx)
    }

    /// The master process's id (its workers are its children).
    pub fn pid(&self) -> u32 {
        self.child.id()
    }
}

impl Drop for Nginx {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The shipped site with this run's ports and limit filled in; an error if the shipped text no
/// longer names what is filled in, so a change to it cannot go unnoticed.
fn site(
    shipped: &str,
    port: u16,
    servers: &[String],
    limit: SendingLimit,
) -> Result<String, Error> {
    if servers.is_empty() || servers.len() > SHIPPED_UPSTREAMS.len() {
        return Err(Error(format!(
            "the shipped configuration has {} upstream servers; {} given",
            SHIPPED_UPSTREAMS.len(),
            servers.len()
        )));
    }
    for needed in ["listen 80;", SHIPPED_RATE, SHIPPED_BURST]
        .into_iter()
        .chain(SHIPPED_UPSTREAMS)
    {
        if !shipped.contains(needed) {
            return Err(Error(format!(
                "deploy/nginx.conf no longer says {needed:?}"
            )));
        }
    }
    let mut site = shipped
        .replace("listen 80;", &format!("listen 127.0.0.1:{port};"))
        .replace(SHIPPED_RATE, &format!("rate={}r/m", limit.per_minute))
        .replace(SHIPPED_BURST, &format!("burst={}", limit.burst));
    for (i, shipped_address) in SHIPPED_UPSTREAMS.iter().enumerate() {
        let line = format!("server {shipped_address}");
        site = match servers.get(i) {
            Some(server) => site.replace(
                &line,
                &format!("server {}", server.trim_start_matches("http://")),
            ),
            // Fewer processes than the shipped three: the others are not there at all.
            None => site
                .lines()
                .filter(|l| !l.contains(&line))
                .collect::<Vec<_>>()
                .join("\n"),
        };
    }
    Ok(site)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHIPPED: &str = include_str!("../../deploy/nginx.conf");

    #[test]
    fn fills_in_ports_limit_and_as_many_upstreams_as_there_are_servers() {
        let limit = SendingLimit {
            per_minute: 600,
            burst: 50,
        };
        let one = site(SHIPPED, 9000, &["http://127.0.0.1:7001".into()], limit).unwrap();
        assert!(one.contains("listen 127.0.0.1:9000;"));
        assert!(one.contains("server 127.0.0.1:7001"));
        assert!(one.contains("rate=600r/m"));
        assert!(one.contains("burst=50 "));
        assert!(!one.contains("127.0.0.1:808"));
        assert!(site(SHIPPED, 9000, &[], limit).is_err());
    }
}
