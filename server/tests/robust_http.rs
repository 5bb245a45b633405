//! The HTTP layer under stress: compressed streams that end cleanly, panics that answer instead of
//! dropping the connection, JSON for every `/api` answer, limits on slow and numerous connections.

mod common;
mod studio_common;

use atelier_server::http::limits::HttpLimits;
use atelier_server::studio::export::CSV_COLUMNS;
use axum::body::{Body, Bytes};
use axum::http::{header, Method, Request, StatusCode};
use axum::routing::get;
use axum::Router;
use common::{fixture, send, Reply};
use serde_json::Value;
use std::io::Read;
use std::net::SocketAddr;
use std::time::{Duration, Instant};
use studio_common::{sign_in, Session};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// Decodes a body sent with `Content-Encoding: encoding`.
fn decode(encoding: &str, body: &[u8]) -> String {
    let mut text = String::new();
    match encoding {
        "gzip" => flate2::read::GzDecoder::new(body)
            .read_to_string(&mut text)
            .expect("gzip"),
        "br" => brotli::Decompressor::new(body, 4096)
            .read_to_string(&mut text)
            .expect("brotli"),
        other => panic!("unexpected encoding {other}"),
    };
    text
}

async fn get_encoded(f: &common::Fixture, s: &Session, uri: &str, encoding: &str) -> Reply {
    let request = Request::get(uri)
        .header(header::COOKIE, &s.cookie)
        .header(header::ACCEPT_ENCODING, encoding)
        .body(Body::empty())
        .expect("request");
    send(&f.state, request, [127, 0, 0, 1]).await
}

#[tokio::test]
async fn exports_arrive_whole_when_the_client_accepts_gzip_or_brotli() {
    let f = fixture().await;
    let session = sign_in(&f.state).await;
    // More than one page of the export's cursor (200 rows), so it streams several chunks.
    let mut references = Vec::new();
    for i in 0..205 {
        references.push(studio_common::submit(&f.state, &format!("export-{i}")).await);
    }
    for encoding in ["gzip", "br"] {
        let r = get_encoded(&f, &session, "/api/studio/export.json", encoding).await;
        assert_eq!(r.status, StatusCode::OK, "{encoding}");
        assert_eq!(r.headers[header::CONTENT_ENCODING], encoding);
        let json: Value = serde_json::from_str(&decode(encoding, &r.body)).expect("JSON");
        let exported: Vec<&str> = json
            .as_array()
            .expect("array")
            .iter()
            .map(|b| b["reference"].as_str().expect("reference"))
            .collect();
        assert_eq!(
            exported, references,
            "{encoding}: every brief, oldest first"
        );

        let r = get_encoded(&f, &session, "/api/studio/export.csv", encoding).await;
        assert_eq!(r.status, StatusCode::OK, "{encoding}");
        assert_eq!(r.headers[header::CONTENT_ENCODING], encoding);
        let csv = decode(encoding, &r.body);
        let lines: Vec<&str> = csv.split_terminator("\r\n").collect();
        assert_eq!(lines[0], CSV_COLUMNS.join(","));
        assert_eq!(lines.len(), references.len() + 1, "{encoding}");
        for (line, reference) in lines[1..].iter().zip(&references) {
            assert!(
                line.starts_with(&format!("{reference},")),
                "{encoding}: {line}"
            );
            assert!(line.contains("Ada Lovelace"), "{line}");
        }
    }
}

/// A router with a handler that panics and a body that panics halfway, inside the app's layers.
fn panicking() -> Router {
    async fn handler_panics() -> &'static str {
        panic!("the handler broke");
    }
    async fn stream_panics() -> Body {
        let chunks = futures_util::stream::unfold(0, |n| async move {
            assert!(n < 1, "the stream broke after {n} chunk");
            Some((Ok::<_, std::io::Error>(Bytes::from("first chunk;")), n + 1))
        });
        Body::from_stream(chunks)
    }
    atelier_server::http::around(
        Router::new()
            .route("/api/boom", get(handler_panics))
            .route("/boom", get(handler_panics))
            .route("/stream", get(stream_panics))
            .route("/ok", get(|| async { "still here" })),
        std::time::Duration::from_secs(60),
    )
}

async fn serve(router: Router) -> SocketAddr {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("listen");
    let address = listener.local_addr().expect("address");
    tokio::spawn(async move { axum::serve(listener, router).await });
    address
}

#[tokio::test]
async fn a_panicking_handler_answers_a_json_500() {
    let address = serve(panicking()).await;
    let client = reqwest::Client::new();
    for path in ["/api/boom", "/boom"] {
        let r = client
            .get(format!("http://{address}{path}"))
            .send()
            .await
            .expect("an answer, not a dropped connection");
        assert_eq!(r.status(), 500, "{path}");
        assert_eq!(r.headers()[header::CONTENT_TYPE], "application/json");
        let json: Value = r.json().await.expect("JSON");
        assert_eq!(json["error"]["code"], "internal", "{path}");
        assert_eq!(
            json["error"]["message"], "something went wrong on the server",
            "the panic's text stays in the log"
        );
    }
    let r = client
        .get(format!("http://{address}/ok"))
        .send()
        .await
        .expect("served");
    assert_eq!(r.text().await.expect("text"), "still here");
}

#[tokio::test]
async fn a_body_that_panics_midway_cuts_the_response_off_and_the_server_goes_on() {
    let address = serve(panicking()).await;
    for encoding in ["identity", "gzip", "br"] {
        let client = reqwest::Client::new();
        // hyper may send the status line with the first chunk, so the cut can come before or
        // after it; either way the client must see a failed download, never a complete one.
        let download = async {
            let r = client
                .get(format!("http://{address}/stream"))
                .header(header::ACCEPT_ENCODING, encoding)
                .send()
                .await?;
            assert_eq!(r.status(), 200);
            r.bytes().await
        };
        let body = download.await;
        assert!(
            body.is_err(),
            "{encoding}: a cut-off body must not look complete: {body:?}"
        );
        let r = client
            .get(format!("http://{address}/ok"))
            .send()
            .await
            .expect("served after the panic");
        assert_eq!(r.text().await.expect("text"), "still here");
    }
}

/// What an `/api` answer must look like: the status, JSON, and the house error format.
fn assert_json_error(r: &Reply, status: u16, code: &str, what: &str) {
    assert_eq!(
        r.status.as_u16(),
        status,
        "{what}: {}",
        String::from_utf8_lossy(&r.body)
    );
    assert_eq!(
        r.headers
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok()),
        Some("application/json"),
        "{what}"
    );
    let json = r.json();
    assert_eq!(json["error"]["code"], code, "{what}: {json}");
    assert!(
        json["error"]["message"]
            .as_str()
            .is_some_and(|m| !m.is_empty()),
        "{what}: {json}"
    );
}

async fn request(
    f: &common::Fixture,
    method: Method,
    uri: &str,
    content_type: Option<&str>,
    body: Vec<u8>,
) -> Reply {
    let mut builder = Request::builder().method(method).uri(uri);
    if let Some(t) = content_type {
        builder = builder.header(header::CONTENT_TYPE, t);
    }
    builder = builder.header(header::CONTENT_LENGTH, body.len());
    send(
        &f.state,
        builder.body(Body::from(body)).expect("request"),
        [127, 0, 0, 1],
    )
    .await
}

/// Every route under `/api`, with a method it answers.
const API_ROUTES: [(&str, &str); 19] = [
    ("GET", "/api/health"),
    ("GET", "/api/embed/check?origin=https://a.example"),
    ("GET", "/api/catalog"),
    ("GET", "/api/shop"),
    ("GET", "/api/shop/logo"),
    ("POST", "/api/consultations"),
    ("GET", "/api/studio/session"),
    ("POST", "/api/studio/setup"),
    ("POST", "/api/studio/login"),
    ("POST", "/api/studio/logout"),
    ("GET", "/api/studio/briefs"),
    ("GET", "/api/studio/briefs/AT-7KQ2M"),
    ("POST", "/api/studio/briefs/AT-7KQ2M/status"),
    ("POST", "/api/studio/briefs/AT-7KQ2M/notes"),
    ("POST", "/api/studio/briefs/AT-7KQ2M/revisions"),
    ("GET", "/api/studio/files/1"),
    ("POST", "/api/studio/deliveries/1/retry"),
    ("GET", "/api/studio/export.json"),
    ("GET", "/api/studio/export.csv"),
];

#[tokio::test]
async fn every_api_answer_is_json_whatever_went_wrong() {
    let f = fixture().await;
    for (method, uri) in API_ROUTES {
        // A method the route does not take; OPTIONS where no CORS preflight applies.
        let wrong = if method == "GET" {
            Method::PUT
        } else {
            Method::GET
        };
        let r = request(&f, wrong.clone(), uri, None, vec![]).await;
        assert_json_error(&r, 405, "method_not_allowed", &format!("{wrong} {uri}"));
        if uri.starts_with("/api/studio/") {
            let r = request(&f, Method::OPTIONS, uri, None, vec![]).await;
            assert_json_error(&r, 405, "method_not_allowed", &format!("OPTIONS {uri}"));
        }
        if method == "POST" {
            for content_type in ["text/plain", "application/x-www-form-urlencoded"] {
                let r = request(
                    &f,
                    Method::POST,
                    uri,
                    Some(content_type),
                    br#"{"email":"a@b.example","password":"x"}"#.to_vec(),
                )
                .await;
                let what = format!("POST {uri} as {content_type}");
                assert_json_error(&r, 415, "unsupported_media_type", &what);
            }
            let r = request(&f, Method::POST, uri, None, b"{}".to_vec()).await;
            assert_json_error(&r, 415, "unsupported_media_type", &format!("{uri} untyped"));
        }
    }
    for uri in ["/api/studio/login", "/api/studio/setup"] {
        let big = vec![b' '; 64 * 1024 + 1];
        let r = request(&f, Method::POST, uri, Some("application/json"), big).await;
        assert_json_error(&r, 413, "payload_too_large", uri);
    }
    for uri in [
        "/api",
        "/api/",
        "/api/nope",
        "/api/studio/nope",
        "/api/studio",
    ] {
        let r = request(&f, Method::GET, uri, None, vec![]).await;
        assert_json_error(&r, 404, "not_found", uri);
    }
}

#[tokio::test]
async fn a_bodiless_post_and_a_json_post_still_reach_their_handlers() {
    let f = fixture().await;
    // Sign-out without a session: the handler's own 401, not a 415.
    let r = request(&f, Method::POST, "/api/studio/logout", None, vec![]).await;
    assert_json_error(&r, 401, "unauthenticated", "logout");
    let r = request(
        &f,
        Method::POST,
        "/api/studio/login",
        Some("application/json; charset=utf-8"),
        br#"{"email":"nobody@maison.example","password":"wrong password"}"#.to_vec(),
    )
    .await;
    assert_json_error(&r, 401, "bad_credentials", "login");
}

/// The whole app on a real listener through the production accept loop, with `limits`.
async fn serve_app(f: &common::Fixture, limits: HttpLimits) -> SocketAddr {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("listen");
    let address = listener.local_addr().expect("address");
    let app = atelier_server::app(f.state.clone());
    tokio::spawn(atelier_server::http::serve::serve(
        listener,
        app,
        limits,
        vec![],
        std::future::pending(),
    ));
    address
}

/// Everything the server sends until it closes the connection (a reset counts as closed).
async fn read_until_closed(stream: &mut TcpStream) -> Vec<u8> {
    let mut received = Vec::new();
    let mut buf = [0u8; 4096];
    // A bound on a test that would otherwise hang, not a wait for something to happen.
    let outcome = tokio::time::timeout(Duration::from_secs(60), async {
        loop {
            match stream.read(&mut buf).await {
                Ok(0) | Err(_) => break,
                Ok(n) => received.extend_from_slice(&buf[..n]),
            }
        }
    })
    .await;
    assert!(outcome.is_ok(), "the server kept the connection open");
    received
}

/// A connection from `local` (any 127.x.y.z address) to the server.
async fn connect_from(local: [u8; 4], server: SocketAddr) -> TcpStream {
    let socket = tokio::net::TcpSocket::new_v4().expect("socket");
    socket
        .bind(SocketAddr::from((local, 0)))
        .expect("bind local address");
    socket.connect(server).await.expect("connect")
}

#[tokio::test]
async fn a_client_that_never_finishes_its_headers_is_disconnected() {
    let f = fixture().await;
    let limits = HttpLimits {
        header_read_timeout: Duration::from_secs(1),
        ..HttpLimits::default()
    };
    let address = serve_app(&f, limits).await;
    let mut half = TcpStream::connect(address).await.expect("connect");
    half.write_all(b"GET /api/health HTTP/1.1\r\nHost: atelier\r\nX-Slow: ")
        .await
        .expect("half a header");
    let started = Instant::now();
    let received = read_until_closed(&mut half).await;
    assert!(
        received.is_empty() || received.starts_with(b"HTTP/1.1 408"),
        "{}",
        String::from_utf8_lossy(&received)
    );
    eprintln!(
        "half-header connection closed after {:?}",
        started.elapsed()
    );
    // A connection that says nothing at all is closed the same way.
    let mut idle = TcpStream::connect(address).await.expect("connect");
    assert!(read_until_closed(&mut idle).await.is_empty());
    // The server still answers a client that sends its request.
    let r = reqwest::get(format!("http://{address}/api/health"))
        .await
        .expect("served");
    assert_eq!(r.status(), 200);
}

#[tokio::test]
async fn a_declared_body_over_the_limit_gets_a_json_413_before_it_is_sent() {
    let f = fixture().await;
    let address = serve_app(&f, HttpLimits::default()).await;
    let max = f.state.config.max_body_bytes;
    for (path, length) in [
        ("/api/studio/login", 64 * 1024 + 1),
        ("/api/studio/setup", 10_000_000),
        ("/api/consultations", max + 1),
    ] {
        let mut stream = TcpStream::connect(address).await.expect("connect");
        let head = format!(
            "POST {path} HTTP/1.1\r\nHost: atelier\r\nContent-Type: application/json\r\n\
             Idempotency-Key: big-{length}\r\nContent-Length: {length}\r\n\r\n"
        );
        stream.write_all(head.as_bytes()).await.expect("head only");
        // No body follows: the answer must come anyway, and the server then closes.
        let received = read_until_closed(&mut stream).await;
        let text = String::from_utf8_lossy(&received);
        assert!(text.starts_with("HTTP/1.1 413"), "{path}: {text}");
        assert!(
            text.to_ascii_lowercase()
                .contains("content-type: application/json"),
            "{path}: {text}"
        );
        let body = text.split("\r\n\r\n").nth(1).expect("a body");
        let json: Value = serde_json::from_str(body).expect("JSON body");
        assert_eq!(json["error"]["code"], "payload_too_large", "{path}");
    }
}

#[tokio::test]
async fn connections_over_the_per_peer_cap_are_closed_while_another_peer_is_served() {
    let f = fixture().await;
    let limits = HttpLimits {
        max_connections_per_peer: 3,
        ..HttpLimits::default()
    };
    let address = serve_app(&f, limits).await;
    let mut held = Vec::new();
    for _ in 0..3 {
        let mut stream = connect_from([127, 0, 0, 1], address).await;
        // A request on each, so each is known to be accepted and counted.
        stream
            .write_all(b"GET /api/health HTTP/1.1\r\nHost: atelier\r\n\r\n")
            .await
            .expect("request");
        let mut buf = [0u8; 12];
        stream.read_exact(&mut buf).await.expect("answer");
        assert_eq!(&buf, b"HTTP/1.1 200");
        held.push(stream);
    }
    let mut over = connect_from([127, 0, 0, 1], address).await;
    let _ = over
        .write_all(b"GET /api/health HTTP/1.1\r\nHost: atelier\r\n\r\n")
        .await;
    assert!(
        read_until_closed(&mut over).await.is_empty(),
        "the fourth connection from one address is closed unanswered"
    );
    let mut other = connect_from([127, 0, 0, 2], address).await;
    other
        .write_all(b"GET /api/health HTTP/1.1\r\nHost: atelier\r\nConnection: close\r\n\r\n")
        .await
        .expect("request");
    let received = read_until_closed(&mut other).await;
    assert!(
        received.starts_with(b"HTTP/1.1 200"),
        "another address is served: {}",
        String::from_utf8_lossy(&received)
    );
}
