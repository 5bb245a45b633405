//! The pages' Content Security Policy: scripts only from this server, the build's inline
//! bootstrap scripts by hash, WebAssembly allowed to compile, no plugins, no `<base>`; and who may
//! frame the page, from the embedding rules.
//!
//! Trunk writes each page's bootstrap as an inline module script, so the hashes come from the
//! built pages themselves, read once at start.

use base64::Engine;
use sha2::{Digest, Sha256};
use std::path::Path;

/// `'sha256-…'` sources for every inline script of the `.html` files directly in `dir` and in
/// its `studio` folder (the two entries and the static pages beside them).
pub fn inline_script_hashes(dir: &Path) -> Vec<String> {
    let mut hashes = Vec::new();
    for folder in [
        dir.to_owned(),
        dir.join(crate::web_app::STUDIO_DIR),
        dir.join(crate::web_app::COMMISSION_DIR),
    ] {
        let Ok(entries) = std::fs::read_dir(&folder) else {
            continue;
        };
        let mut pages: Vec<_> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "html") && p.is_file())
            .collect();
        pages.sort();
        for page in pages {
            match std::fs::read_to_string(&page) {
                Ok(html) => {
                    for script in inline_scripts(&html) {
                        let source = hash_source(script);
                        if !hashes.contains(&source) {
                            hashes.push(source);
                        }
                    }
                }
                Err(e) => {
                    tracing::warn!(page = %page.display(), error = %e, "cannot read a page for its script hashes")
                }
            }
        }
    }
    hashes
}

/// The text of every `<script>` element without a `src`, exactly as the browser hashes it.
pub fn inline_scripts(html: &str) -> Vec<&str> {
    let lower = html.to_ascii_lowercase();
    let mut scripts = Vec::new();
    let mut at = 0;
    while let Some(start) = lower[at..].find("<script").map(|i| at + i) {
        let Some(tag_end) = lower[start..].find('>').map(|i| start + i) else {
            break;
        };
        let Some(close) = lower[tag_end..].find("</script").map(|i| tag_end + i) else {
            break;
        };
        let tag = &lower[start..tag_end];
        if !tag.contains(" src=") && !tag.contains("\tsrc=") && !tag.contains("\nsrc=") {
            scripts.push(&html[tag_end + 1..close]);
        }
        at = close;
    }
    scripts
}

/// The CSP source for one script's text.
pub fn hash_source(script: &str) -> String {
    let digest = Sha256::digest(script.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// The whole policy for a page that `frame_ancestors` (e.g. `frame-ancestors 'self'`) may frame.
///
/// Styles may be inline: the app sets `style` attributes as it renders, and they cannot run code.
/// Pictures may be `data:` and `blob:` URLs: snapshots and photo previews are made in the page.
pub fn policy(script_hashes: &[String], frame_ancestors: &str) -> String {
    let mut scripts = String::from("'self' 'wasm-unsafe-eval'");
    for hash in script_hashes {
        scripts.push(' ');
        scripts.push_str(hash);
    }
    format!(
        "default-src 'self'; script-src {scripts}; style-src 'self' 'unsafe-inline'; \
         img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; \
         form-action 'self'; {frame_ancestors}"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_scripts_are_found_and_hashed_as_browsers_do() {
        let html = "<head><script type=\"module\">\nimport init from '/a.js';\n</script>\
                    <script src=\"/embed.js\" defer></script><SCRIPT>x()</SCRIPT></head>";
        assert_eq!(
            inline_scripts(html),
            vec!["\nimport init from '/a.js';\n", "x()"]
        );
        // echo -n 'x()' | openssl dgst -sha256 -binary | base64
        assert_eq!(
            hash_source("x()"),
            "'sha256-D6IGS8VMvCoyaR/l0h9tERrBTATY01CoPS7l6xDv0kI='"
        );
    }
}
