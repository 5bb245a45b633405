//! The built web app through the real router: the studio's page under `/studio`, the
//! configurator's everywhere else, and the build's `.br`/`.gz` copies sent as they are.

mod common;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use common::{fixture_with, send, Fixture, Reply};

const STUDIO_PAGE: &str = "<!DOCTYPE html><title>Atelier Studio</title>";
const CONFIGURATOR_PAGE: &str = "<!DOCTYPE html><title>Atelier</title>";
const WASM: &[u8] = b"\0asm\x01\0\0\0 the studio's module, long enough to be worth compressing";
/// Stand-ins for the build's compressed copies: distinct bytes, so a test can tell which file
/// was sent (the server never decodes them).
const WASM_BR: &[u8] = b"brotli copy of the studio's wasm";
const WASM_GZ: &[u8] = b"gzip copy of the studio's wasm";

/// A server whose static folder holds both entries, as `cargo xtask build` writes them.
async fn built() -> Fixture {
    let f = fixture_with(|c| c.allowed_origins = vec!["https://shop.example".to_owned()]).await;
    let studio = f.state.config.static_dir.join("studio");
    std::fs::create_dir_all(&studio).expect("studio dir");
    std::fs::write(studio.join("index.html"), STUDIO_PAGE).expect("studio page");
    std::fs::write(studio.join("atelier-studio-99_bg.wasm"), WASM).expect("wasm");
    std::fs::write(studio.join("atelier-studio-99_bg.wasm.br"), WASM_BR).expect("br");
    std::fs::write(studio.join("atelier-studio-99_bg.wasm.gz"), WASM_GZ).expect("gz");
    f
}

async fn get_with(f: &Fixture, uri: &str, accept_encoding: Option<&str>) -> Reply {
    let mut request = Request::get(uri);
    if let Some(encodings) = accept_encoding {
        request = request.header(header::ACCEPT_ENCODING, encodings);
    }
    send(
        &f.state,
        request.body(Body::empty()).expect("request"),
        [127, 0, 0, 1],
    )
    .await
}

fn text(r: &Reply) -> &str {
    std::str::from_utf8(&r.body).expect("utf-8 page")
}

fn varies_by_encoding(r: &Reply) -> bool {
    r.headers
        .get_all(header::VARY)
        .iter()
        .any(|v| v.to_str().is_ok_and(|v| v.contains("accept-encoding")))
}

#[tokio::test]
async fn studio_pages_get_the_studio_and_every_other_path_the_configurator() {
    let f = built().await;
    for path in [
        "/studio",
        "/studio/",
        "/studio/briefs/AT-7KQ2M",
        "/studio/setup?token=abc",
    ] {
        let r = get_with(&f, path, None).await;
        assert_eq!(r.status, StatusCode::OK, "{path}");
        assert_eq!(text(&r), STUDIO_PAGE, "{path}");
        assert_eq!(r.headers[header::CACHE_CONTROL], "no-cache", "{path}");
        assert_eq!(
            r.headers[header::CONTENT_SECURITY_POLICY],
            "frame-ancestors 'self'",
            "{path}: only this server may frame the studio"
        );
    }
    for path in ["/", "/?d=abc", "/studiox", "/some/page"] {
        let r = get_with(&f, path, None).await;
        assert_eq!(r.status, StatusCode::OK, "{path}");
        assert_eq!(text(&r), CONFIGURATOR_PAGE, "{path}");
        assert_eq!(r.headers[header::CACHE_CONTROL], "no-cache", "{path}");
        assert_eq!(
            r.headers[header::CONTENT_SECURITY_POLICY],
            "frame-ancestors 'self' https://shop.example",
            "{path}"
        );
    }
}

#[tokio::test]
async fn a_client_that_accepts_brotli_gets_the_br_copy_as_it_is() {
    let f = built().await;
    let uri = "/studio/atelier-studio-99_bg.wasm";
    let r = get_with(&f, uri, Some("gzip, deflate, br")).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.headers[header::CONTENT_ENCODING], "br");
    assert_eq!(
        r.body, WASM_BR,
        "sent from the .br file, not compressed again"
    );
    assert_eq!(r.headers[header::CONTENT_TYPE], "application/wasm");
    assert!(varies_by_encoding(&r), "{:?}", r.headers);
    assert!(r.headers[header::CACHE_CONTROL]
        .to_str()
        .expect("ascii")
        .contains("immutable"));

    let r = get_with(&f, uri, Some("gzip")).await;
    assert_eq!(r.headers[header::CONTENT_ENCODING], "gzip");
    assert_eq!(r.body, WASM_GZ);
}

#[tokio::test]
async fn a_client_that_accepts_no_encoding_gets_the_file_itself() {
    let f = built().await;
    let r = get_with(&f, "/studio/atelier-studio-99_bg.wasm", None).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.headers.get(header::CONTENT_ENCODING).is_none());
    assert_eq!(r.body, WASM);
    assert!(varies_by_encoding(&r), "{:?}", r.headers);
    assert_eq!(
        r.headers
            .get_all(header::VARY)
            .iter()
            .filter(|v| v.to_str().is_ok_and(|v| v.contains("accept-encoding")))
            .count(),
        1,
        "said once: {:?}",
        r.headers
    );
}

#[tokio::test]
async fn the_pages_themselves_come_precompressed_too() {
    let f = built().await;
    let studio = f.state.config.static_dir.join("studio");
    std::fs::write(studio.join("index.html.br"), b"brotli studio page").expect("br");
    let r = get_with(&f, "/studio/briefs/AT-7KQ2M", Some("br")).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.headers[header::CONTENT_ENCODING], "br");
    assert_eq!(r.body, b"brotli studio page");
    assert_eq!(r.headers[header::CACHE_CONTROL], "no-cache");
}

#[tokio::test]
async fn a_folder_without_the_studio_page_is_served_as_one_app_as_before_the_split() {
    let f = fixture_with(|_| {}).await;
    for path in ["/", "/studio", "/studio/briefs/AT-7KQ2M"] {
        let r = get_with(&f, path, None).await;
        assert_eq!(r.status, StatusCode::OK, "{path}");
        assert_eq!(text(&r), CONFIGURATOR_PAGE, "{path}");
    }
    assert_eq!(
        get_with(&f, "/studio", None).await.headers[header::CONTENT_SECURITY_POLICY],
        "frame-ancestors 'self'",
        "the studio's frame policy holds either way"
    );
}

#[tokio::test]
async fn hidden_files_and_links_out_of_the_static_folder_are_not_served() {
    let f = built().await;
    let dist = f.state.config.static_dir.clone();
    std::fs::write(dist.join(".env"), "SECRET=hunter2").expect(".env");
    std::fs::create_dir_all(dist.join("studio/.git")).expect(".git");
    std::fs::write(dist.join("studio/.git/config"), "[remote] SECRET").expect("git config");
    std::fs::create_dir_all(dist.join(".well-known")).expect(".well-known");
    std::fs::write(dist.join(".well-known/security.txt"), "Contact: x").expect("security.txt");
    std::os::unix::fs::symlink("/etc/passwd", dist.join("passwd.txt")).expect("link out");
    std::os::unix::fs::symlink("/etc", dist.join("etc")).expect("folder link out");
    // A copy beside a harmless name: the server would send it to a client that accepts brotli.
    std::fs::write(dist.join("notes.txt"), "harmless").expect("notes");
    std::os::unix::fs::symlink("/etc/passwd", dist.join("notes.txt.br")).expect("br link out");
    std::os::unix::fs::symlink(dist.join("app-1234.wasm"), dist.join("app.wasm")).expect("link in");

    for (path, encoding) in [
        ("/.env", None),
        ("/%2eenv", None),
        ("/studio/.git/config", None),
        ("/passwd.txt", None),
        ("/etc/passwd", None),
        ("/etc/hostname", Some("gzip")),
        ("/notes.txt", Some("br")),
    ] {
        let r = get_with(&f, path, encoding).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{path}");
        let body = text(&r);
        assert!(
            !body.contains("SECRET") && !body.contains("root:"),
            "{path}: {body}"
        );
    }
    let r = get_with(&f, "/.well-known/security.txt", None).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(text(&r), "Contact: x");
    let r = get_with(&f, "/app.wasm", None).await;
    assert_eq!(r.status, StatusCode::OK, "a link inside the folder is fine");
    assert_eq!(r.body, b"\0asm\x01\0\0\0");
    // A path with any copy that leads out is refused as a whole, whatever the client accepts.
    let r = get_with(&f, "/notes.txt", None).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
}
