//! The built web app through the real router: the studio's page under `/studio`, the
//! configurator's everywhere else, and the build's `.br`/`.gz` copies sent as they are.

mod common;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use common::{fixture_with, send, Fixture, Reply};
use std::io::Read;

/// The pages as built, and as served for the fixture's shop ("Maison Test").
const STUDIO_BUILT: &str = "<!DOCTYPE html><title>Atelier Studio</title>";
const STUDIO_PAGE: &str = "<!DOCTYPE html><title>Maison Test Studio</title>";
const CONFIGURATOR_PAGE: &str = "<!DOCTYPE html><title>Maison Test</title>";
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
    std::fs::write(studio.join("index.html"), STUDIO_BUILT).expect("studio page");
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

fn csp(r: &Reply) -> String {
    r.headers[header::CONTENT_SECURITY_POLICY]
        .to_str()
        .expect("ascii")
        .to_owned()
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
        assert!(
            csp(&r).ends_with("; frame-ancestors 'self'"),
            "{path}: only this server may frame the studio: {}",
            csp(&r)
        );
    }
    for path in ["/", "/?d=abc", "/studiox", "/some/page"] {
        let r = get_with(&f, path, None).await;
        assert_eq!(r.status, StatusCode::OK, "{path}");
        assert_eq!(text(&r), CONFIGURATOR_PAGE, "{path}");
        assert_eq!(r.headers[header::CACHE_CONTROL], "no-cache", "{path}");
        assert!(
            csp(&r).ends_with("; frame-ancestors 'self' https://shop.example"),
            "{path}: {}",
            csp(&r)
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
async fn the_pages_carry_the_shops_name_escaped_with_and_without_compression() {
    let f = fixture_with(|c| c.shop_name = "Maison Vérel & <Fils>".to_owned()).await;
    let dist = f.state.config.static_dir.clone();
    let built = "<!DOCTYPE html><title>Atelier · design your ring</title>\
                 <span class=\"shop-name\">Atelier</span><p>Loading the ring designer…</p>";
    std::fs::write(dist.join("index.html"), built).expect("page");
    // Stale copies of the page as built: never sent, they lack the shop's name.
    std::fs::write(dist.join("index.html.br"), b"stale brotli").expect("br");
    std::fs::write(dist.join("index.html.gz"), b"stale gzip").expect("gz");
    let expected =
        "<!DOCTYPE html><title>Maison Vérel &amp; &lt;Fils&gt; · design your ring</title>\
                    <span class=\"shop-name\">Maison Vérel &amp; &lt;Fils&gt;</span>\
                    <p>Loading the ring designer…</p>";
    for path in ["/", "/index.html", "/some/page"] {
        let r = get_with(&f, path, None).await;
        assert_eq!(r.status, StatusCode::OK, "{path}");
        assert!(r.headers.get(header::CONTENT_ENCODING).is_none(), "{path}");
        assert_eq!(text(&r), expected, "{path}");
        for encoding in ["br", "gzip"] {
            let r = get_with(&f, path, Some(encoding)).await;
            assert_eq!(r.headers[header::CONTENT_ENCODING], encoding, "{path}");
            assert!(varies_by_encoding(&r), "{path}: {:?}", r.headers);
            assert_eq!(r.headers[header::CACHE_CONTROL], "no-cache", "{path}");
            let mut page = String::new();
            match encoding {
                "br" => brotli::Decompressor::new(&r.body[..], 4096)
                    .read_to_string(&mut page)
                    .expect("brotli"),
                _ => flate2::read::GzDecoder::new(&r.body[..])
                    .read_to_string(&mut page)
                    .expect("gzip"),
            };
            assert_eq!(page, expected, "{path} as {encoding}");
        }
    }
}

#[tokio::test]
async fn a_folder_without_the_studio_page_is_served_as_one_app_as_before_the_split() {
    let f = fixture_with(|_| {}).await;
    for path in ["/", "/studio", "/studio/briefs/AT-7KQ2M"] {
        let r = get_with(&f, path, None).await;
        assert_eq!(r.status, StatusCode::OK, "{path}");
        assert_eq!(text(&r), CONFIGURATOR_PAGE, "{path}");
    }
    assert!(
        csp(&get_with(&f, "/studio", None).await).ends_with("; frame-ancestors 'self'"),
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

#[tokio::test]
async fn every_answer_is_hardened_and_pages_allow_only_their_own_scripts() {
    let f = built().await;
    let dist = f.state.config.static_dir.clone();
    let bootstrap = "\nimport init from '/atelier-1.js';\nawait init();\n";
    std::fs::write(
        dist.join("index.html"),
        format!(
            "<!DOCTYPE html><title>Atelier</title><script type=\"module\">{bootstrap}</script>"
        ),
    )
    .expect("page");
    for (path, studio) in [
        ("/", false),
        ("/studio/setup?token=abc", true),
        ("/api/shop", false),
        ("/api/nope", false),
    ] {
        let r = get_with(&f, path, Some("gzip")).await;
        assert_eq!(
            r.headers[header::X_CONTENT_TYPE_OPTIONS],
            "nosniff",
            "{path}"
        );
        assert_eq!(r.headers[header::REFERRER_POLICY], "no-referrer", "{path}");
        if path.starts_with("/api") {
            continue;
        }
        let policy = csp(&r);
        for directive in ["default-src 'self'", "object-src 'none'", "base-uri 'none'"] {
            assert!(policy.contains(directive), "{path}: {policy}");
        }
        // The bootstrap's hash, computed from the built page at start (sha256, base64).
        let script_src = policy
            .split(';')
            .map(str::trim)
            .find(|d| d.starts_with("script-src "))
            .expect("script-src");
        assert_eq!(
            script_src,
            format!(
                "script-src 'self' 'wasm-unsafe-eval' {}",
                sha256_source(bootstrap)
            ),
            "{path}"
        );
        let frames = if studio {
            "frame-ancestors 'self'"
        } else {
            "frame-ancestors 'self' https://shop.example"
        };
        assert!(policy.ends_with(&format!("; {frames}")), "{path}: {policy}");
    }
}

/// A phone fetches about eight files before the ring's first frame; the page's policy (its script
/// hashes and frame rules) would ride on each. Files get a short policy that still lets nothing
/// run if one is opened as a document.
#[tokio::test]
async fn files_carry_a_short_policy_that_runs_nothing() {
    let f = built().await;
    let dist = f.state.config.static_dir.clone();
    std::fs::write(dist.join("app-1234.wasm"), WASM).expect("wasm");
    std::fs::write(
        dist.join("poster.svg"),
        "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
    )
    .expect("svg");
    for path in [
        "/app-1234.wasm",
        "/poster.svg",
        "/studio/atelier-studio-99_bg.wasm",
    ] {
        let r = get_with(&f, path, Some("br")).await;
        assert_eq!(r.status, StatusCode::OK, "{path}");
        let policy = csp(&r);
        assert_eq!(
            policy, "default-src 'none'; style-src 'unsafe-inline'; sandbox",
            "{path}"
        );
        assert!(policy.len() < 60, "{path}: {} bytes", policy.len());
        assert_eq!(
            r.headers[header::X_CONTENT_TYPE_OPTIONS],
            "nosniff",
            "{path}"
        );
    }
    // A page still gets the page's policy, and so does the page served for an unknown path.
    for path in ["/", "/some/design"] {
        let r = get_with(&f, path, Some("br")).await;
        assert!(
            csp(&r).starts_with("default-src 'self'"),
            "{path}: {}",
            csp(&r)
        );
    }
}

/// `'sha256-…'` of a script, computed here independently of the server's code.
fn sha256_source(script: &str) -> String {
    use base64::Engine;
    use sha2::Digest;
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(script.as_bytes()))
    )
}

#[tokio::test]
async fn a_missing_file_is_a_404_not_the_apps_page() {
    let f = built().await;
    let dist = f.state.config.static_dir.clone();
    std::fs::write(dist.join("robots.txt"), "User-agent: *").expect("robots.txt");
    for path in [
        "/.well-known/security.txt",
        "/.well-known/change-password",
        "/.well-known/acme-challenge/abc",
        "/.well-known/",
        "/.well-known",
        "/favicon.ico",
        "/foo.png",
        "/some/page/foo.png",
        "/foo%2Epng",
        "/studio/robots.txt",
        "/studio/atelier-studio-1_bg.wasm",
        "/studio/briefs/AT-7KQ2M.json",
    ] {
        for encoding in [None, Some("gzip, br")] {
            let r = get_with(&f, path, encoding).await;
            assert_eq!(r.status, StatusCode::NOT_FOUND, "{path} {encoding:?}");
            assert!(
                !text(&r).contains("<title>"),
                "{path}: never the app's page: {}",
                text(&r)
            );
            assert_eq!(r.headers[header::CACHE_CONTROL], "no-cache", "{path}");
            assert_eq!(
                r.headers[header::CONTENT_TYPE],
                "text/plain; charset=utf-8",
                "{path}"
            );
        }
        let r = send(
            &f.state,
            Request::head(path).body(Body::empty()).expect("request"),
            [127, 0, 0, 1],
        )
        .await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "HEAD {path}");
    }
    // Files that exist are served, and the app's own addresses keep their pages.
    let r = get_with(&f, "/robots.txt", None).await;
    assert_eq!((r.status, text(&r)), (StatusCode::OK, "User-agent: *"));
    for (path, page) in [
        ("/studio/briefs/AT-7KQ2M", STUDIO_PAGE),
        ("/studio/setup?token=a.b", STUDIO_PAGE),
        ("/studio/", STUDIO_PAGE),
        ("/studio/index.html", STUDIO_PAGE),
        ("/", CONFIGURATOR_PAGE),
        ("/index.html", CONFIGURATOR_PAGE),
        ("/?d=AQIB.x", CONFIGURATOR_PAGE),
        ("/some/page", CONFIGURATOR_PAGE),
        ("/v2.0/", CONFIGURATOR_PAGE),
    ] {
        let r = get_with(&f, path, None).await;
        assert_eq!(r.status, StatusCode::OK, "{path}");
        assert_eq!(text(&r), page, "{path}");
    }
}

#[tokio::test]
async fn the_language_files_are_revalidated_plain_text_for_any_site() {
    let f = built().await;
    let folder = f.state.config.static_dir.join("locales").join("fr");
    std::fs::create_dir_all(&folder).expect("locales dir");
    let words = "embed-notice = Aperçu en 3D indisponible\n";
    std::fs::write(folder.join("embed.ftl"), words).expect("ftl");
    std::fs::write(folder.join("embed.ftl.br"), b"brotli copy of the words").expect("br");
    for encodings in [None, Some("gzip, br")] {
        // The embed loader on the shop's own site asks across origins, as a browser would.
        let request = Request::get("/locales/fr/embed.ftl")
            .header(header::ORIGIN, "https://another-shop.example");
        let request = match encodings {
            Some(e) => request.header(header::ACCEPT_ENCODING, e),
            None => request,
        };
        let r = send(
            &f.state,
            request.body(Body::empty()).expect("request"),
            [127, 0, 0, 1],
        )
        .await;
        assert_eq!(r.status, StatusCode::OK, "{encodings:?}");
        match encodings {
            None => assert_eq!(text(&r), words),
            Some(_) => assert_eq!(r.body, b"brotli copy of the words"),
        }
        // No content hash in the name: a new release must reach every visitor at once.
        assert_eq!(
            r.headers[header::CACHE_CONTROL],
            "no-cache",
            "{encodings:?}"
        );
        assert_eq!(
            r.headers[header::CONTENT_TYPE],
            "text/plain; charset=utf-8",
            "{encodings:?}"
        );
        assert_eq!(
            r.headers[header::ACCESS_CONTROL_ALLOW_ORIGIN],
            "*",
            "{encodings:?}"
        );
        assert!(varies_by_encoding(&r), "{:?}", r.headers);
    }
    // A language that is not there is a plain 404, not cached.
    let r = get_with(&f, "/locales/xx/embed.ftl", None).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert_eq!(r.headers[header::CACHE_CONTROL], "no-cache");
    // Other files keep their year-long policy and no cross-origin grant.
    let r = get_with(&f, "/studio/atelier-studio-99_bg.wasm", None).await;
    assert!(r.headers[header::CACHE_CONTROL]
        .to_str()
        .expect("ascii")
        .contains("immutable"));
    assert!(r.headers.get(header::ACCESS_CONTROL_ALLOW_ORIGIN).is_none());
}
