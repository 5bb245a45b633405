//! Installs what a fresh Debian machine lacks, at the versions the build needs, and nothing twice.
//!
//! Every check asks the tool for its version first, so a warm machine spends well under a second here.

use crate::cmd::{self, output, run, Failure, Result};
use std::path::Path;

/// Trunk 0.22 needs a newer rustc than this project's toolchain; 0.21.14 is the newest that builds.
const TRUNK_VERSION: &str = "0.21.14";
const WASM_TARGET: &str = "wasm32-unknown-unknown";

/// Which groups of tools a command needs.
#[derive(Debug, Clone, Copy)]
pub struct Needs {
    /// trunk, wasm-bindgen, wasm-opt and esbuild (npm, `xtask/tools`): to build the web app.
    pub build: bool,
    /// Chromium, chromedriver and the end-to-end test packages.
    pub browser: bool,
    /// Debian's PostgreSQL server programs, nginx and moto's S3-compatible server, for the tests
    /// that start a throwaway cluster, proxy or bucket.
    pub database: bool,
}

impl Needs {
    pub fn everything() -> Self {
        Self {
            build: true,
            browser: true,
            database: true,
        }
    }

    pub fn build() -> Self {
        Self {
            build: true,
            browser: false,
            database: false,
        }
    }
}

/// Installs whatever `needs` asks for and is missing.
pub fn setup(needs: Needs) -> Result {
    wasm_target()?;
    // Trunk builds offline (the build machines reach only package registries, and trunk would try
    // to download tools otherwise), so every crate must be in the local registry first.
    run(cmd::command("cargo", &["fetch"]))?;
    if needs.build {
        trunk()?;
        wasm_bindgen()?;
        node()?;
        npm_ci(&crate::root().join("xtask/tools"))?;
    }
    if needs.browser {
        chromium()?;
        node()?;
        npm_ci(&crate::root().join("tests/e2e"))?;
    }
    if needs.database {
        test_servers()?;
        moto()?;
    }
    Ok(())
}

fn wasm_target() -> Result {
    let installed = output("rustup", &["target", "list", "--installed"]).unwrap_or_default();
    if installed.lines().any(|l| l.trim() == WASM_TARGET) {
        return Ok(());
    }
    run(cmd::command("rustup", &["target", "add", WASM_TARGET]))
}

fn trunk() -> Result {
    if version_of("trunk").is_some_and(|v| v.contains(TRUNK_VERSION)) {
        return Ok(());
    }
    println!("Installing trunk {TRUNK_VERSION} (about 8 minutes, once)");
    run(cmd::command(
        "cargo",
        &["install", "trunk", "--version", TRUNK_VERSION, "--locked"],
    ))
}

/// wasm-bindgen's CLI must match the library version in Cargo.lock exactly.
fn wasm_bindgen() -> Result {
    let wanted = locked_version("wasm-bindgen")?;
    let trunk_toml = std::fs::read_to_string(crate::root().join("Trunk.toml"))
        .map_err(|e| Failure(format!("cannot read Trunk.toml: {e}")))?;
    if !trunk_toml.contains(&format!("wasm_bindgen = \"{wanted}\"")) {
        return Err(Failure(format!(
            "Trunk.toml must pin wasm_bindgen = \"{wanted}\", the version in Cargo.lock"
        )));
    }
    if version_of("wasm-bindgen").is_some_and(|v| v.split_whitespace().any(|w| w == wanted)) {
        return Ok(());
    }
    println!("Installing wasm-bindgen-cli {wanted} (a few minutes, once)");
    // Not --locked: one of its locked dependencies is no longer on the registry.
    run(cmd::command(
        "cargo",
        &["install", "wasm-bindgen-cli", "--version", &wanted],
    ))
}

/// The browser's Debian packages, each with a file that shows it is installed: the browser and its
/// driver, the sqlite3 tool the crash tests count stored briefs with, and a Japanese face (a bare
/// Debian has none, so Chromium draws Japanese screenshots as empty boxes).
const BROWSER_PACKAGES: [(&str, &str); 4] = [
    ("chromium", "/usr/bin/chromium"),
    ("chromium-driver", "/usr/bin/chromedriver"),
    ("sqlite3", "/usr/bin/sqlite3"),
    (
        "fonts-ipafont-gothic",
        "/usr/share/fonts/opentype/ipafont-gothic/ipagp.ttf",
    ),
];

/// The browser's packages that are not installed yet.
fn chromium() -> Result {
    let missing = missing_packages(&BROWSER_PACKAGES, |p| Path::new(p).exists());
    if missing.is_empty() {
        return Ok(());
    }
    apt_install(&missing)
}

/// Debian's PostgreSQL 15 server (`initdb`, `pg_ctl`, `postgres` and the pg_trgm extension) and
/// nginx: the PostgreSQL tests start their own throwaway cluster, never one left running, and the
/// stack test its own nginx in front of three servers (Debian does not start the installed service
/// where no init system runs; the test never uses it).
const SERVER_PACKAGES: [(&str, &str); 2] = [
    ("postgresql-15", "/usr/lib/postgresql/15/bin/initdb"),
    ("nginx", "/usr/sbin/nginx"),
];

/// Debian's PostgreSQL server and nginx, unless they are installed.
fn test_servers() -> Result {
    let missing = missing_packages(&SERVER_PACKAGES, |p| Path::new(p).exists());
    if missing.is_empty() {
        return Ok(());
    }
    apt_install(&missing)
}

/// moto's S3-compatible server, pinned: the object-storage tests start it on loopback.
const MOTO: &str = "moto[server]==5.2.6";

/// moto in a virtual environment of its own under `.tools/moto` (`server/tests/s3_support` runs
/// its `bin/moto_server`), unless this version is there already.
fn moto() -> Result {
    let venv = crate::root().join(".tools/moto");
    let marker = venv.join(format!(".installed-{MOTO}"));
    if marker.exists() {
        return Ok(());
    }
    if output("python3", &["-m", "venv", "--help"]).is_none() {
        apt_install(&["python3", "python3-venv"])?;
    }
    let venv_path = venv.to_string_lossy().into_owned();
    run(cmd::command(
        "python3",
        &["-m", "venv", "--clear", &venv_path],
    ))?;
    let pip = venv.join("bin/pip").to_string_lossy().into_owned();
    run(cmd::command(
        &pip,
        &["install", "--quiet", "--disable-pip-version-check", MOTO],
    ))?;
    std::fs::write(&marker, MOTO)
        .map_err(|e| Failure(format!("cannot write {}: {e}", marker.display())))
}

/// The packages of `wanted` whose file `exists` does not find.
fn missing_packages<'a>(wanted: &[(&'a str, &str)], exists: impl Fn(&str) -> bool) -> Vec<&'a str> {
    wanted
        .iter()
        .filter(|(_, file)| !exists(file))
        .map(|(package, _)| *package)
        .collect()
}

fn node() -> Result {
    if version_of("npm").is_some() && version_of("node").is_some() {
        return Ok(());
    }
    apt_install(&["nodejs", "npm"])
}

/// `npm ci` in `dir` unless its installed packages already match its lock file.
fn npm_ci(dir: &Path) -> Result {
    let lock = dir.join("package-lock.json");
    let installed = dir.join("node_modules/.package-lock.json");
    let modified = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    if let (Some(lock), Some(installed)) = (modified(&lock), modified(&installed)) {
        if installed >= lock {
            return Ok(());
        }
    }
    let mut npm = cmd::command("npm", &["ci", "--no-audit", "--no-fund"]);
    npm.current_dir(dir);
    run(npm)
}

/// `apt-get install` (through sudo unless root) of Debian packages.
pub fn apt_install(packages: &[&str]) -> Result {
    let as_root = output("id", &["-u"]).is_some_and(|id| id.trim() == "0");
    let apt = |args: &[&str]| {
        let mut command = if as_root {
            cmd::command("apt-get", args)
        } else {
            let mut sudo = cmd::command("sudo", &["apt-get"]);
            sudo.args(args);
            sudo
        };
        command.env("DEBIAN_FRONTEND", "noninteractive");
        command
    };
    run(apt(&["update"]))?;
    let mut install = vec!["install", "-y", "--no-install-recommends"];
    install.extend_from_slice(packages);
    run(apt(&install))
}

fn version_of(program: &str) -> Option<String> {
    output(program, &["--version"])
}

/// The version of `package` recorded in Cargo.lock.
pub fn locked_version(package: &str) -> Result<String> {
    let lock = std::fs::read_to_string(crate::root().join("Cargo.lock"))
        .map_err(|e| Failure(format!("cannot read Cargo.lock: {e}")))?;
    let name_line = format!("name = \"{package}\"");
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line.trim() == name_line {
            if let Some(version) = lines
                .next()
                .and_then(|l| l.trim().strip_prefix("version = \""))
                .and_then(|v| v.strip_suffix('"'))
            {
                return Ok(version.to_owned());
            }
        }
    }
    Err(Failure(format!("{package} is not in Cargo.lock")))
}

#[cfg(test)]
mod tests {
    use super::{missing_packages, BROWSER_PACKAGES, SERVER_PACKAGES};

    #[test]
    fn the_browser_setup_installs_a_japanese_face_only_when_it_is_missing() {
        let without_fonts = |p: &str| !p.starts_with("/usr/share/fonts/");
        assert_eq!(
            missing_packages(&BROWSER_PACKAGES, without_fonts),
            vec!["fonts-ipafont-gothic"]
        );
        assert!(missing_packages(&BROWSER_PACKAGES, |_| true).is_empty());
        assert_eq!(
            missing_packages(&BROWSER_PACKAGES, |_| false),
            vec![
                "chromium",
                "chromium-driver",
                "sqlite3",
                "fonts-ipafont-gothic"
            ]
        );
    }

    #[test]
    fn the_test_setup_installs_postgresql_and_nginx_only_when_missing() {
        assert!(missing_packages(&SERVER_PACKAGES, |_| true).is_empty());
        assert_eq!(
            missing_packages(&SERVER_PACKAGES, |p| p.ends_with("/15/bin/initdb")),
            vec!["nginx"]
        );
        assert_eq!(
            missing_packages(&SERVER_PACKAGES, |_| false),
            vec!["postgresql-15", "nginx"]
        );
    }
}
