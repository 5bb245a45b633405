//! What the static folder may serve: no hidden files (a `.env`, a `.git` folder) except under
//! `.well-known`, and nothing a symbolic link points at outside the folder. Anything else is a
//! 404, as if the file were not there. A path that names a file (anything under `.well-known`, or
//! a last segment with an extension such as `robots.txt`) is that file or a 404, never the app's
//! page: tools that probe for `security.txt` or `favicon.ico` must not be told it exists.

use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use percent_encoding::percent_decode_str;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The static folder, resolved once so links can be checked against it.
#[derive(Debug, Clone)]
pub struct StaticRoot {
    root: PathBuf,
}

impl StaticRoot {
    /// Resolves `dir` (a folder that does not exist yet is kept as given).
    pub fn new(dir: &Path) -> Self {
        Self {
            root: dir.canonicalize().unwrap_or_else(|_| dir.to_owned()),
        }
    }

    /// Whether the URL path may be served from this folder.
    pub fn allows(&self, url_path: &str) -> bool {
        // Decoded as the file server decodes it, so `%2e` and `%2f` cannot slip past.
        let Ok(decoded) = percent_decode_str(url_path).decode_utf8() else {
            return false;
        };
        let mut file = self.root.clone();
        for segment in decoded.split(['/', '\\']).filter(|s| !s.is_empty()) {
            if segment.starts_with('.') && segment != ".well-known" {
                return false;
            }
            file.push(segment);
        }
        // Every file the server could send for this path: the file, its compressed copies, and a
        // folder's index page with its copies.
        let index = file.join("index.html");
        [&file, &index].iter().all(|base| {
            ["", ".br", ".gz"].iter().all(|suffix| {
                let mut candidate = base.as_os_str().to_owned();
                candidate.push(suffix);
                self.inside(Path::new(&candidate))
            })
        })
    }

    /// A path that does not exist is fine (the page fallback answers it); one that exists must
    /// resolve, links followed, to somewhere inside the folder.
    fn inside(&self, candidate: &Path) -> bool {
        match candidate.canonicalize() {
            Ok(resolved) => resolved.starts_with(&self.root),
            Err(e) => {
                matches!(
                    e.kind(),
                    std::io::ErrorKind::NotFound | std::io::ErrorKind::NotADirectory
                ) && !is_dangling_link(candidate)
            }
        }
    }
}

/// A link whose target is missing cannot be checked, so it is refused as well.
fn is_dangling_link(path: &Path) -> bool {
    path.symlink_metadata()
        .is_ok_and(|m| m.file_type().is_symlink())
}

/// Middleware in front of the file server.
pub async fn guard(State(root): State<Arc<StaticRoot>>, request: Request, next: Next) -> Response {
    if root.allows(request.uri().path()) {
        next.run(request).await
    } else {
        not_found()
    }
}

/// The answer for a file that is not there (or may not be served).
pub fn not_found() -> Response {
    (StatusCode::NOT_FOUND, "not found").into_response()
}

/// Whether a URL path names a file rather than a page of the app: anything under `.well-known`,
/// or a last segment with an extension (`robots.txt`, `logo.png`). The app's own addresses
/// (`/`, `/studio/briefs/AT-7KQ2M`, `/studio/setup`) have none, and a path ending in `/` is a
/// folder. Decoded first, as the file server decodes it.
pub fn names_a_file(url_path: &str) -> bool {
    let decoded = percent_decode_str(url_path).decode_utf8_lossy();
    let segments: Vec<&str> = decoded.split(['/', '\\']).collect();
    if segments.contains(&".well-known") {
        return true;
    }
    let last = segments.last().copied().unwrap_or_default();
    last.rsplit_once('.').is_some_and(|(stem, extension)| {
        !stem.is_empty()
            && !extension.is_empty()
            && extension.chars().all(|c| c.is_ascii_alphanumeric())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hidden_segments_are_refused_in_any_spelling() {
        let dir = tempfile::tempdir().expect("dir");
        let root = StaticRoot::new(dir.path());
        for path in [
            "/.env",
            "/%2eenv",
            "/studio/.git/config",
            "/a%2f.env",
            "/..%2fetc",
        ] {
            assert!(!root.allows(path), "{path}");
        }
        for path in [
            "/",
            "/index.html",
            "/.well-known/security.txt",
            "/studio/briefs/AT-1",
        ] {
            assert!(root.allows(path), "{path}");
        }
    }

    #[test]
    fn file_names_are_told_from_the_apps_addresses() {
        for path in [
            "/.well-known/security.txt",
            "/.well-known",
            "/.well-known/change-password",
            "/studio/.well-known/x",
            "/robots.txt",
            "/favicon.ico",
            "/a/b/logo.PNG",
            "/foo%2Epng",
            "/studio/atelier-studio-1_bg.wasm",
            "/studio/briefs/AT-7KQ2M.json",
        ] {
            assert!(names_a_file(path), "{path}");
        }
        for path in [
            "/",
            "",
            "/studio",
            "/studio/",
            "/studio/briefs/AT-7KQ2M",
            "/studio/setup",
            "/some/page",
            "/v2.0/",
            "/ends-in-a-dot.",
            "/not.an-extension",
        ] {
            assert!(!names_a_file(path), "{path}");
        }
    }
}
