//! Building the web app (Trunk, release) and the server, skipping the app when nothing changed.

use crate::cmd::{self, run, Failure, Result};
use crate::tools;
use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};

/// What the web app's build reads; a change to any of them means a rebuild.
const APP_INPUTS: [&str; 10] = [
    "index.html",
    "Trunk.toml",
    "Cargo.toml",
    "Cargo.lock",
    "src",
    "core/src",
    "core/Cargo.toml",
    "style",
    "public",
    "xtask/tools/package-lock.json",
];

/// Where the built server binary lands (`--profile server`).
pub fn server_binary() -> PathBuf {
    crate::root().join("target/server/atelier-server")
}

/// The built web app.
pub fn dist() -> PathBuf {
    crate::root().join("dist")
}

/// Builds the web app and the server.
pub fn all() -> Result {
    app()?;
    server()
}

/// Builds the web app with Trunk in release mode, unless the last build used the same inputs.
pub fn app() -> Result {
    let stamp = crate::root().join("target/xtask-app.fingerprint");
    let fingerprint = fingerprint(&APP_INPUTS.map(|p| crate::root().join(p)));
    let previous = std::fs::read_to_string(&stamp).unwrap_or_default();
    if previous == fingerprint && dist().join("index.html").exists() {
        println!("web app: up to date in {}", dist().display());
        return Ok(());
    }
    run(cmd::command("trunk", &["build", "--release"]))?;
    std::fs::create_dir_all(crate::root().join("target"))
        .and_then(|()| std::fs::write(&stamp, fingerprint))
        .map_err(|e| Failure(format!("cannot record the build fingerprint: {e}")))
}

/// Builds the release server (a no-op for cargo when nothing changed).
pub fn server() -> Result {
    run(cmd::command(
        "cargo",
        &["build", "--profile", "server", "-p", "atelier-server"],
    ))
}

/// Sets up, builds, and runs the server in the foreground, passing `args` on to it.
pub fn serve(args: &[String]) -> Result {
    tools::setup(tools::Needs::build())?;
    all()?;
    let mut server = cmd::command(&server_binary().to_string_lossy(), &[]);
    server.args(args);
    if std::env::var_os("ATELIER_STATIC_DIR").is_none() {
        server.env("ATELIER_STATIC_DIR", dist());
    }
    run(server)
}

/// A hash of every input file's path, size and modification time.
fn fingerprint(inputs: &[PathBuf]) -> String {
    let mut files = Vec::new();
    for input in inputs {
        collect(input, &mut files);
    }
    files.sort();
    let mut hasher = DefaultHasher::new();
    for file in &files {
        file.hash(&mut hasher);
        if let Ok(meta) = std::fs::metadata(file) {
            meta.len().hash(&mut hasher);
            meta.modified().ok().hash(&mut hasher);
        }
    }
    format!("{:016x} {} files", hasher.finish(), files.len())
}

fn collect(path: &Path, files: &mut Vec<PathBuf>) {
    match std::fs::read_dir(path) {
        Ok(entries) => {
            for entry in entries.flatten() {
                collect(&entry.path(), files);
            }
        }
        Err(_) if path.is_file() => files.push(path.to_owned()),
        Err(_) => {}
    }
}
