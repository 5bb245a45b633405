//! Writes the viewer's GLSL shaders into `OUT_DIR` without their comments and indentation.
//!
//! The shaders are explained line by line in `src/viewer/*.frag`; the browser needs none of that
//! prose, and every byte of it rode in the configurator's first wasm chunk, the download a phone
//! waits for before the ring's first frame. Lines stay lines (a preprocessor directive ends at its
//! newline), so only comments, blank lines and the spaces around each line go.

use std::path::Path;

/// The shaders, relative to the crate, and the names they are written under in `OUT_DIR`.
const SHADERS: [&str; 3] = [
    "src/viewer/gem.frag",
    "src/viewer/lighting/prefilter.vert",
    "src/viewer/lighting/prefilter.frag",
];

fn main() {
    let out = std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR for build scripts");
    for shader in SHADERS {
        println!("cargo:rerun-if-changed={shader}");
        let source =
            std::fs::read_to_string(shader).unwrap_or_else(|e| panic!("cannot read {shader}: {e}"));
        let name = Path::new(shader).file_name().expect("a shader is a file");
        std::fs::write(Path::new(&out).join(name), without_prose(&source))
            .unwrap_or_else(|e| panic!("cannot write {shader}'s copy: {e}"));
    }
}

/// GLSL without `/* */` and `//` comments, blank lines and leading or trailing spaces. GLSL has no
/// string literals, so a comment marker always starts a comment.
fn without_prose(source: &str) -> String {
    let mut code = String::with_capacity(source.len());
    let mut rest = source;
    while let Some(start) = rest.find("/*") {
        code.push_str(&rest[..start]);
        let end = rest[start..]
            .find("*/")
            .map_or(rest.len(), |i| start + i + 2);
        // A block comment may separate two tokens: it stays a space.
        code.push(' ');
        rest = &rest[end..];
    }
    code.push_str(rest);
    let mut out = String::with_capacity(code.len());
    for line in code.lines() {
        let line = line.split("//").next().unwrap_or_default().trim();
        if !line.is_empty() {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}
