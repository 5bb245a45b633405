//! Building the web app (Trunk, release) and the server, skipping the app when nothing changed.
//!
//! The app has three entries, each its own wasm from the same crate: the visitor's configurator
//! (`index.html`, served at `/`), the visitor's commission page (`commission.html`, served under
//! `/c/`) and the jeweler's studio (`studio.html`, served under `/studio`), so a visitor never
//! downloads the studio and the configurator never carries the commission page. All land in one
//! `dist/`, their stylesheets minified (`css`), with `.br` and `.gz` copies of every asset beside
//! it.

use crate::cmd::{self, run, Failure, Result};
use crate::{compress, css, tools};

pub mod floats;
pub mod split;
use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};

/// What the web app's build reads; a change to any of them means a rebuild.
const APP_INPUTS: [&str; 15] = [
    "index.html",
    "studio.html",
    "commission.html",
    "Trunk.toml",
    "Cargo.toml",
    "Cargo.lock",
    "src",
    "core/src",
    "core/Cargo.toml",
    "style",
    "public",
    "xtask/tools/package-lock.json",
    // What turns Trunk's stylesheets into the ones served.
    "xtask/src/css.rs",
    "locales",
    "xtask/src/locales.rs",
];

/// A Trunk entry of the web app: one HTML page and the binary it names.
#[derive(Debug, Clone, Copy)]
pub struct Entry {
    /// The page Trunk builds from, in the workspace root.
    pub html: &'static str,
    /// Where its build lands inside `dist/` (`""`: `dist/` itself).
    pub dir: &'static str,
    /// The URL path its files are served under.
    pub public_url: &'static str,
    /// The message file it fetches before drawing (`dist/locales/<lang>/<area>.ftl`).
    pub words: atelier_core::i18n::Area,
}

/// The visitor's configurator, at `/`.
pub const CONFIGURATOR: Entry = Entry {
    html: "index.html",
    dir: "",
    public_url: "/",
    words: atelier_core::i18n::Area::App,
};

/// The jeweler's studio, under `/studio` (the server serves `dist/studio/index.html` there).
pub const STUDIO: Entry = Entry {
    html: "studio.html",
    dir: "studio",
    public_url: "/studio/",
    words: atelier_core::i18n::Area::Studio,
};

/// The visitor's commission page, under `/c/` (the server serves `dist/c/index.html` for every
/// `/c/<token>`).
pub const COMMISSION: Entry = Entry {
    html: "commission.html",
    dir: "c",
    public_url: "/c/",
    words: atelier_core::i18n::Area::Commission,
};

/// Every entry, in build order: the configurator's build empties `dist/`, so it goes first.
pub const ENTRIES: [Entry; 3] = [CONFIGURATOR, STUDIO, COMMISSION];

impl Entry {
    /// The folder of this entry's build inside `dist`.
    pub fn folder(self, dist: &Path) -> PathBuf {
        if self.dir.is_empty() {
            dist.to_owned()
        } else {
            dist.join(self.dir)
        }
    }

    /// The built page.
    pub fn index(self, dist: &Path) -> PathBuf {
        self.folder(dist).join("index.html")
    }

    /// Trunk's release build of this entry into `dist`.
    fn build(self, dist: &Path) -> Result {
        let folder = self.folder(dist);
        let folder = folder.to_string_lossy();
        run(cmd::command(
            "trunk",
            &[
                "build",
                // Before `--release`, which would take it for its optional value.
                self.html,
                "--release",
                "--dist",
                &folder,
                "--public-url",
                self.public_url,
            ],
        ))
    }
}

/// Where the built server binary lands (`--profile server`).
pub fn server_binary() -> PathBuf {
    crate::root().join("target/server/atelier-server")
}

/// The built web app: `dist/`, or the folder `ATELIER_DIST` names (a build kept beside another).
pub fn dist() -> PathBuf {
    std::env::var_os("ATELIER_DIST").map_or_else(|| crate::root().join("dist"), PathBuf::from)
}

/// Builds the web app and the server.
pub fn all() -> Result {
    app()?;
    server()
}

/// Builds both entries of the web app with Trunk in release mode, minifies its stylesheets and
/// writes the compressed copies, unless the last build used the same inputs.
pub fn app() -> Result {
    let dist = dist();
    let stamp = crate::root().join("target/xtask-app.fingerprint");
    // Where the build goes is an input too: another folder holds another build.
    let fingerprint = format!(
        "{} into {}",
        fingerprint(&APP_INPUTS.map(|p| crate::root().join(p))),
        dist.display()
    );
    let previous = std::fs::read_to_string(&stamp).unwrap_or_default();
    if previous == fingerprint && ENTRIES.iter().all(|e| e.index(&dist).exists()) {
        println!("web app: up to date in {}", dist.display());
        return Ok(());
    }
    for entry in ENTRIES {
        entry.build(&dist)?;
    }
    let split = split::configurator(&dist)?;
    println!(
        "configurator: split into {} with {} chunks loaded later ({})",
        split.folder,
        split.chunks.len(),
        split.chunks.join(", ")
    );
    let css = css::minify_dist(&dist)
        .map_err(|e| Failure(format!("cannot minify the stylesheets: {e}")))?;
    println!(
        "minified {} stylesheets in {}: {} B to {} B, {} integrity values renewed",
        css.files,
        dist.display(),
        css.before,
        css.after,
        css.integrity_updates
    );
    let files = crate::locales::write_dist(&dist).map_err(Failure)?;
    println!(
        "wrote {files} message files into {}",
        dist.join("locales").display()
    );
    compress::write_beside(&dist)?;
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
