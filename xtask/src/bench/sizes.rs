//! The release build's sizes: each file a page loads first, raw, gzipped and brotli-compressed.
//!
//! "First load" means an entry's `index.html` and every file it names (stylesheets, JS glue, wasm,
//! icon, poster), and the one message file it fetches before it draws (of the seven languages,
//! the one that compresses worst, so the figure holds for every visitor): what a browser fetches
//! before the app can draw. There are two entries
//! (`build::ENTRIES`): the visitor's configurator, the visitor's commission page and the jeweler's
//! studio. Compressed sizes are
//! those of the `.gz` (level 9) and `.br` (quality 11) copies the build writes and the server
//! sends; a file without a current copy is compressed here the same way.

use crate::build::{self, Entry};
use crate::cmd::{Failure, Result};
use crate::compress::Encoding;
use std::path::{Path, PathBuf};

/// One file's size, raw and compressed.
#[derive(Debug, Clone)]
pub struct FileSize {
    pub path: PathBuf,
    pub raw: u64,
    pub gzip: u64,
    pub brotli: u64,
}

impl FileSize {
    /// The file name without its folder.
    pub fn name(&self) -> String {
        self.path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    }
}

/// One entry's first load.
#[derive(Debug, Clone)]
pub struct AppSizes {
    /// `index.html` and every file it names, in that order.
    pub first_load: Vec<FileSize>,
}

/// The whole build: both entries.
#[derive(Debug, Clone)]
pub struct BuildSizes {
    /// What a visitor loads at `/`.
    pub configurator: AppSizes,
    /// What the jeweler loads at `/studio`.
    pub studio: AppSizes,
    /// What a visitor loads at `/c/<token>`.
    pub commission: AppSizes,
}

impl AppSizes {
    /// The first-load files whose names end in `.{ext}`, summed; `None` if there is none.
    fn by_extension(&self, ext: &str) -> Option<FileSize> {
        let files: Vec<&FileSize> = self
            .first_load
            .iter()
            .filter(|f| f.path.extension().is_some_and(|e| e == ext))
            .collect();
        (!files.is_empty()).then(|| sum(&format!("*.{ext}"), files))
    }

    /// The app's WebAssembly module(s).
    pub fn wasm(&self) -> Option<FileSize> {
        self.by_extension("wasm")
    }

    /// wasm-bindgen's JS glue (and any other script the page loads).
    pub fn js(&self) -> Option<FileSize> {
        self.by_extension("js")
    }

    /// The stylesheets.
    pub fn css(&self) -> Option<FileSize> {
        self.by_extension("css")
    }

    /// Sum over the first load.
    pub fn total(&self) -> FileSize {
        sum("first load", &self.first_load)
    }
}

fn sum<'a>(name: &str, files: impl IntoIterator<Item = &'a FileSize> + Clone) -> FileSize {
    let total = |f: fn(&FileSize) -> u64| files.clone().into_iter().map(f).sum();
    FileSize {
        path: PathBuf::from(name),
        raw: total(|f| f.raw),
        gzip: total(|f| f.gzip),
        brotli: total(|f| f.brotli),
    }
}

/// Measures both entries of the app built into `dist`.
pub fn build(dist: &Path) -> Result<BuildSizes> {
    Ok(BuildSizes {
        configurator: entry(dist, build::CONFIGURATOR)?,
        studio: entry(dist, build::STUDIO)?,
        commission: entry(dist, build::COMMISSION)?,
    })
}

/// The entry's message file in the language whose copy is largest, if the build wrote any.
fn largest_words(dist: &Path, entry: Entry) -> Result<Option<FileSize>> {
    let mut largest: Option<FileSize> = None;
    for lang in atelier_core::i18n::Lang::ALL {
        let path = dist
            .join("locales")
            .join(lang.code())
            .join(format!("{}.ftl", entry.words.name()));
        if path.is_file() {
            let size = measure(&path)?;
            if largest.as_ref().is_none_or(|l| size.gzip > l.gzip) {
                largest = Some(size);
            }
        }
    }
    Ok(largest)
}

/// Measures the first load of one entry built into `dist`. Its page names files by their URL
/// path (Trunk's `--public-url`), which is their place under `dist`.
pub fn entry(dist: &Path, entry: Entry) -> Result<AppSizes> {
    let index = entry.index(dist);
    let html = std::fs::read_to_string(&index).map_err(|e| {
        Failure(format!(
            "cannot read {} (build the app first): {e}",
            index.display()
        ))
    })?;
    let mut files = vec![index.clone()];
    for name in referenced_files(&html) {
        let path = dist.join(&name);
        if path.is_file() && !files.contains(&path) {
            files.push(path);
        }
    }
    // A module script's own static imports load before it runs (the split build's
    // `__wasm_split.js`); the chunks it fetches later do not count.
    let mut at = 0;
    while at < files.len() {
        let file = files[at].clone();
        at += 1;
        if file.extension().is_none_or(|e| e != "js") {
            continue;
        }
        let script = std::fs::read_to_string(&file).unwrap_or_default();
        let folder = file.parent().unwrap_or(dist);
        for name in relative_imports(&script) {
            let path = folder.join(name);
            if path.is_file() && !files.contains(&path) {
                files.push(path);
            }
        }
    }
    let mut first_load: Vec<FileSize> = files.iter().map(|f| measure(f)).collect::<Result<_>>()?;
    first_load.extend(largest_words(dist, entry)?);
    let app = AppSizes { first_load };
    if app.wasm().is_none() || app.js().is_none() {
        return Err(Failure(format!(
            "{} names no .wasm or no .js file; is it Trunk's output?",
            index.display()
        )));
    }
    Ok(app)
}

/// Raw, gzip and brotli sizes of one file.
pub fn measure(file: &Path) -> Result<FileSize> {
    let bytes =
        std::fs::read(file).map_err(|e| Failure(format!("cannot read {}: {e}", file.display())))?;
    let compressed = |encoding: Encoding| -> Result<u64> {
        let copy = encoding.copy_of(file);
        if is_current(&copy, file) {
            if let Ok(meta) = std::fs::metadata(&copy) {
                return Ok(meta.len());
            }
        }
        encoding
            .compress(&bytes)
            .map(|c| c.len() as u64)
            .map_err(|e| Failure(format!("cannot compress {}: {e}", file.display())))
    };
    Ok(FileSize {
        path: file.to_owned(),
        raw: bytes.len() as u64,
        gzip: compressed(Encoding::Gzip)?,
        brotli: compressed(Encoding::Brotli)?,
    })
}

/// Whether `copy` exists and was written after `file` last changed.
fn is_current(copy: &Path, file: &Path) -> bool {
    let modified = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    matches!((modified(copy), modified(file)), (Some(c), Some(f)) if c >= f)
}

/// The files a JS module imports statically by a relative path (`from "./x.js"`), as written.
fn relative_imports(script: &str) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for quote in ['"', '\''] {
        let opener = format!("from {quote}./");
        let mut rest = script;
        while let Some(start) = rest.find(&opener) {
            rest = &rest[start + opener.len()..];
            let Some(end) = rest.find(quote) else { break };
            let name = &rest[..end];
            if !name.is_empty() && !names.iter().any(|n| n == name) {
                names.push(name.to_owned());
            }
            rest = &rest[end..];
        }
    }
    names
}

/// Local files an HTML page names in `href`/`src` attributes and in Trunk's loader script
/// (`from '/app.js'`, `module_or_path: '/app_bg.wasm'`), without a leading slash.
fn referenced_files(html: &str) -> Vec<String> {
    const OPENERS: [&str; 4] = ["href=\"", "src=\"", "from '", "module_or_path: '"];
    let mut names = Vec::new();
    for opener in OPENERS {
        let close = if opener.ends_with('"') { '"' } else { '\'' };
        let mut rest = html;
        while let Some(start) = rest.find(opener) {
            rest = &rest[start + opener.len()..];
            let Some(end) = rest.find(close) else { break };
            let target = rest[..end].split(['?', '#']).next().unwrap_or_default();
            let is_local = !target.contains("://") && !target.starts_with("data:");
            let name = target.trim_start_matches("./").trim_start_matches('/');
            if is_local && !name.is_empty() && !names.iter().any(|n| n == name) {
                names.push(name.to_owned());
            }
            rest = &rest[end..];
        }
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_module_scripts_relative_imports_are_found() {
        let script = "import * as import1 from \"./__wasm_split.js\"\nimport { x } from './util.js';\n\
                      const u = new URL('./split_brief.wasm', import.meta.url); from \"https://cdn/x.js\"";
        assert_eq!(relative_imports(script), ["__wasm_split.js", "util.js"]);
    }

    #[test]
    fn finds_what_trunk_output_loads() {
        let html = r#"<link rel="icon" href="/favicon-1.svg"/>
            <link rel="stylesheet" href="/main-2.css"/>
            <script type="module">import init from '/app-3.js';
            await init({ module_or_path: '/app-3_bg.wasm' });</script>
            <link rel="modulepreload" href="/app-3.js">
            <a href="https://example.com/x">x</a><img src="poster.svg?v=1" />"#;
        assert_eq!(
            referenced_files(html),
            [
                "favicon-1.svg",
                "main-2.css",
                "app-3.js",
                "poster.svg",
                "app-3_bg.wasm"
            ]
        );
    }

    #[test]
    fn sums_by_kind() {
        let file = |name: &str, gzip| FileSize {
            path: PathBuf::from(name),
            raw: gzip * 3,
            gzip,
            brotli: gzip - 1,
        };
        let app = AppSizes {
            first_load: vec![
                file("index.html", 10),
                file("main.css", 20),
                file("studio.css", 5),
                file("app.js", 30),
                file("app_bg.wasm", 400),
            ],
        };
        assert_eq!(app.css().map(|f| f.gzip), Some(25));
        assert_eq!(app.wasm().map(|f| f.raw), Some(1200));
        assert_eq!(app.total().gzip, 465);
        assert_eq!(app.total().brotli, 460);
    }
}
