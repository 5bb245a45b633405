//! The configurator's wasm, split into chunks loaded when first needed.
//!
//! Trunk 0.21 cannot split a wasm (trunk#1022), so for the configurator xtask runs the steps
//! itself, after Trunk has built the page, its stylesheet and its copied files:
//!
//! 1. `cargo rustc` builds the `atelier` binary with the `split` feature (which turns each
//!    `later!` part into a split point) and `--emit-relocs` for the final link only, so the
//!    dependencies compiled for the studio's build are reused as they are;
//! 2. `wasm_split_cli_support` (the library behind `wasm-split-cli`) cuts the module into the
//!    main one and a chunk per part, plus `__wasm_split.js`, which fetches a chunk on its first
//!    call; the main module, which still has its names, is checked for float printing
//!    ([`super::floats`]);
//! 3. `wasm-bindgen --keep-lld-exports` makes the main module's JS (the chunks need its
//!    linker exports);
//! 4. `wasm-opt` optimises every module, at [`OPT_LEVEL`], and esbuild minifies the JS (the
//!    glue and the loader), keeping every name either module exports: the page, the loader and
//!    the wasm modules import them by name ([`minify`]);
//! 5. the files land in `dist/app-<hash>/`, named by a hash of their contents so they can be cached
//!    for good, and the page gets the tags that load them.

use crate::cmd::{self, run, Failure, Result};
use sha2::{Digest, Sha256};
use std::collections::BTreeSet;
use std::path::Path;

/// The binary and the output name of the configurator's wasm.
const BIN: &str = "atelier";

/// The link module's file name; `__wasm_split.js` is what the split tool's loader expects.
const LINK_MODULE: &str = "__wasm_split.js";

/// wasm-opt's level, chosen by the brotli size of the first chunk, the bytes a visitor is sent
/// (bench/notes.md: `-O2` once 336,252 B; `-Os` twice 337,094; `-Oz` twice 337,460; `-O3`
/// 338,482). `-O2` also optimises for speed rather than size alone.
pub const OPT_LEVEL: &str = "-O2";

/// What the split build produced.
#[derive(Debug)]
pub struct Split {
    /// `app-<hash>`, the folder inside `dist/` holding every file.
    pub folder: String,
    /// The chunks' file names, loaded later.
    pub chunks: Vec<String>,
}

/// Builds the configurator's split wasm into `dist` and links it from `dist/index.html`.
pub fn configurator(dist: &Path) -> Result<Split> {
    let root = crate::root();
    run(cmd::command(
        "cargo",
        &[
            "rustc",
            "--release",
            "--target",
            "wasm32-unknown-unknown",
            "--bin",
            BIN,
            "--features",
            "split",
            "--",
            "-Clink-arg=--emit-relocs",
        ],
    ))?;
    // One work folder per output folder, so that builds into two `dist`s never share one.
    let work = root.join("target/split").join(short_hex(&Sha256::digest(
        dist.as_os_str().as_encoded_bytes(),
    )));
    let out = work.join("out");
    // A fresh folder: no chunk of an earlier build may be carried along.
    let _ = std::fs::remove_dir_all(&work);
    std::fs::create_dir_all(&out).map_err(io("create", &out))?;
    let built =
        crate::bench::target_dir().join(format!("wasm32-unknown-unknown/release/{BIN}.wasm"));
    let input = std::fs::read(&built).map_err(io("read", &built))?;
    let main = work.join(format!("{BIN}_split.wasm"));
    let main_module = format!("./{BIN}.js");
    let link_name = format!("./{LINK_MODULE}");
    let split = wasm_split_cli_support::transform({
        let mut options = wasm_split_cli_support::Options::new(&input);
        options.output_dir = &out;
        options.main_out_path = &main;
        options.main_module = &main_module;
        options.link_name = &link_name;
        options
    })
    .map_err(|e| Failure(format!("cannot split {}: {e:#}", built.display())))?;
    // The main module still has its names here; wasm-bindgen drops them.
    super::floats::check(&std::fs::read(&main).map_err(io("read", &main))?)?;
    run(cmd::command(
        "wasm-bindgen",
        &[
            "--target",
            "web",
            "--keep-lld-exports",
            "--no-demangle",
            "--no-typescript",
            "--out-name",
            BIN,
            "--out-dir",
            &out.to_string_lossy(),
            &main.to_string_lossy(),
        ],
    ))?;
    let mut modules = vec![out.join(format!("{BIN}_bg.wasm"))];
    modules.extend(split.split_modules.iter().cloned());
    for module in &modules {
        optimise(module)?;
    }
    for script in [format!("{BIN}.js"), LINK_MODULE.to_owned()] {
        minify(&out.join(script))?;
    }
    let folder = format!("app-{}", content_hash(&out)?);
    let target = dist.join(&folder);
    let _ = std::fs::remove_dir_all(&target);
    copy_dir(&out, &target)?;
    link_page(&dist.join("index.html"), &folder)?;
    let chunks = split
        .split_modules
        .iter()
        .filter_map(|p| p.file_name())
        .map(|n| n.to_string_lossy().into_owned())
        .collect();
    Ok(Split { folder, chunks })
}

/// `wasm-opt` in place.
fn optimise(module: &Path) -> Result {
    let path = module.to_string_lossy();
    run(cmd::command("wasm-opt", &[OPT_LEVEL, &path, "-o", &path]))
}

/// esbuild's minifier on one ES module, in place. The module keeps its exports' names (esbuild
/// renames only what is its own), and that is checked: the page imports the glue's `default`, the
/// loader its `initSync`, and the wasm modules call the loader's `__wasm_split_load_*` and the
/// glue's imports by name.
fn minify(script: &Path) -> Result {
    let read = |path: &Path| std::fs::read_to_string(path).map_err(io("read", path));
    let before = exports(&read(script)?);
    let path = script.to_string_lossy();
    run(cmd::command(
        "esbuild",
        &[
            &path,
            "--minify",
            "--format=esm",
            "--log-level=warning",
            "--allow-overwrite",
            &format!("--outfile={path}"),
        ],
    ))?;
    let after = exports(&read(script)?);
    if before != after {
        return Err(Failure(format!(
            "minifying {} changed its exports: {before:?} became {after:?}",
            script.display()
        )));
    }
    Ok(())
}

/// The names an ES module exports, as wasm-bindgen, the split tool and esbuild write them:
/// `export { a, b as c }` lists, `export function|class|const|let|var name` and `export default`.
fn exports(js: &str) -> BTreeSet<String> {
    let is_name = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '$';
    let mut names = BTreeSet::new();
    let mut rest = js;
    while let Some(at) = rest.find("export") {
        let before = rest[..at].chars().next_back();
        let after = &rest[at + "export".len()..];
        rest = after;
        if before.is_some_and(is_name) || after.starts_with(is_name) {
            continue;
        }
        let after = after.trim_start();
        if let Some(list) = after.strip_prefix('{') {
            let Some(end) = list.find('}') else { continue };
            for item in list[..end].split(',') {
                let name = item.rsplit(" as ").next().unwrap_or(item).trim();
                if !name.is_empty() {
                    names.insert(name.to_owned());
                }
            }
        } else if after.starts_with("default") {
            names.insert("default".to_owned());
        } else {
            let declared = ["async function", "function", "class", "const", "let", "var"]
                .iter()
                .find_map(|keyword| after.strip_prefix(keyword));
            if let Some(declared) = declared {
                let name: String = declared
                    .trim_start_matches(['*', ' '])
                    .chars()
                    .take_while(|c| is_name(*c))
                    .collect();
                if !name.is_empty() {
                    names.insert(name);
                }
            }
        }
    }
    names
}

/// The first 16 hex digits of a SHA-256 over every file's name and contents, in name order.
fn content_hash(dir: &Path) -> Result<String> {
    let mut names = files(dir)?;
    names.sort();
    let mut hasher = Sha256::new();
    for name in &names {
        let path = dir.join(name);
        hasher.update(name.as_bytes());
        hasher.update(std::fs::read(&path).map_err(io("read", &path))?);
    }
    Ok(short_hex(&hasher.finalize()))
}

/// The first 16 hex digits of a digest.
fn short_hex(digest: &[u8]) -> String {
    digest[..8].iter().map(|b| format!("{b:02x}")).collect()
}

fn files(dir: &Path) -> Result<Vec<String>> {
    let entries = std::fs::read_dir(dir).map_err(io("list", dir))?;
    Ok(entries
        .flatten()
        .filter(|e| e.path().is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect())
}

fn copy_dir(from: &Path, to: &Path) -> Result {
    std::fs::create_dir_all(to).map_err(io("create", to))?;
    for name in files(from)? {
        let (source, target) = (from.join(&name), to.join(&name));
        std::fs::copy(&source, &target).map_err(io("copy", &source))?;
    }
    Ok(())
}

/// Puts the tags that fetch and start the app where the page's skipped Rust asset stands: the JS
/// and the main module preloaded at once, then the module script that starts it ([`START`]).
fn link_page(page: &Path, folder: &str) -> Result {
    let html = std::fs::read_to_string(page).map_err(io("read", page))?;
    let linked = replace_rust_asset(&html, &head_tags(folder)).ok_or_else(|| {
        Failure(format!(
            "{} has no skipped Rust asset (<link data-trunk rel=\"rust\" data-trunk-skip />) to put the app in place of",
            page.display()
        ))
    })?;
    std::fs::write(page, linked).map_err(io("write", page))
}

/// `html` with its (skipped) Trunk Rust asset replaced by `tags`.
fn replace_rust_asset(html: &str, tags: &str) -> Option<String> {
    let start = html.find("<link data-trunk rel=\"rust\"")?;
    let end = start + html[start..].find("/>")? + 2;
    Some(format!("{}{tags}{}", &html[..start], &html[end..]))
}

/// The start script, with `APP` for the app's folder and `BIN` for [`BIN`]. It imports the app
/// and starts it; when that fails (the JS or the wasm not fetched, no WebAssembly, a trap or a
/// thrown error before the first render, which is when `<main>` appears) the poster's loading
/// line gives way to its sentence and "Try again" (`index.html`, in the visitor's language from
/// the server), and the error is in the console for the jeweler (a failed start is logged here,
/// an uncaught error by the browser). "Try again" reloads, unless the browser knows it is offline
/// (a reload would only show the browser's own error page): then it shows the words the server put
/// in `.poster-again`'s `data-again`; coming back online reloads.
/// No words here: the server hashes this script for its Content-Security-Policy as built. Written
/// short (`b` the hidden failure box, `f` shows it), as it is sent before the first frame.
const START: &str = "const b=document.querySelector('.poster-failed'),\
f=()=>{if(!b?.hidden||document.querySelector('main'))return;\
b.hidden=false;document.querySelector('.poster-note').hidden=true;\
addEventListener('online',()=>location.reload())};\
b?.querySelector('button').addEventListener('click',()=>{const a=b.querySelector('.poster-again');\
navigator.onLine?location.reload():a.textContent=a.dataset.again});\
addEventListener('error',f);addEventListener('unhandledrejection',f);\
import('/APP/BIN.js').then(a=>a.default({module_or_path:'/APP/BIN_bg.wasm'}))\
.catch(e=>{console.error(e);f()})";

/// The page's tags for the app in `folder`.
fn head_tags(folder: &str) -> String {
    format!(
        "<link rel=\"modulepreload\" href=\"/{folder}/{BIN}.js\" />\
         <link rel=\"preload\" href=\"/{folder}/{BIN}_bg.wasm\" as=\"fetch\" type=\"application/wasm\" crossorigin />\
         <script type=\"module\">{}</script>",
        START.replace("APP", folder).replace("BIN", BIN)
    )
}

fn io<'a>(what: &'static str, path: &'a Path) -> impl Fn(std::io::Error) -> Failure + 'a {
    move |e| Failure(format!("cannot {what} {}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_loads_the_main_module_from_the_hashed_folder() {
        let tags = head_tags("app-0123456789abcdef");
        assert!(tags.contains("href=\"/app-0123456789abcdef/atelier.js\""));
        assert!(tags.contains("import('/app-0123456789abcdef/atelier.js')"));
        assert!(tags.contains("module_or_path:'/app-0123456789abcdef/atelier_bg.wasm'"));
    }

    #[test]
    fn exports_are_read_as_the_glue_the_loader_and_esbuild_write_them() {
        let glue = "import * as import1 from \"./__wasm_split.js\"\nexport class IntoUnderlyingSink {\n}\nfunction exported() { return 'export'; }\nexport function initSync(module) {}\nexport { initSync, __wbg_init as default };\n";
        let loader = "import { initSync } from \"./atelier.js\";\nexport const __wasm_split_load_panel = wrapAsyncCb(makeLoad(() => {}));\nexport async function later() {}\n";
        let minified = "import*as z from\"./__wasm_split.js\";class C{}const reexport=1;export{C as IntoUnderlyingSink,Ie as default,xe as initSync};";
        let names = |list: &[&str]| {
            list.iter()
                .map(|n| (*n).to_owned())
                .collect::<BTreeSet<_>>()
        };
        assert_eq!(
            exports(glue),
            names(&["IntoUnderlyingSink", "default", "initSync"])
        );
        assert_eq!(exports(minified), exports(glue));
        assert_eq!(
            exports(loader),
            names(&["__wasm_split_load_panel", "later"])
        );
        assert_ne!(exports("export{a as b};"), exports("export{a};"));
    }

    #[test]
    fn the_skipped_rust_asset_gives_way_to_the_tags() {
        let page = "<head><link rel=\"icon\" />\n<link data-trunk rel=\"rust\" data-bin=\"atelier\" data-trunk-skip data-trunk-id=\"5\" />\n</head>";
        assert_eq!(
            replace_rust_asset(page, "<script></script>").as_deref(),
            Some("<head><link rel=\"icon\" />\n<script></script>\n</head>")
        );
        assert_eq!(
            replace_rust_asset("<head></head>", "<script></script>"),
            None
        );
    }
}
