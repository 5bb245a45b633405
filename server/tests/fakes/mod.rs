//! Fake endpoints for the delivery tests (`outbox.rs`, and `robust_faults.rs` through
//! `robust_support`): an SMTP sink that speaks just enough SMTP for lettre and a CRM webhook
//! receiver that checks signatures, each switchable between answering, failing and stalling.
#![allow(dead_code)]

use serde_json::Value;
use std::time::Duration;

/// How a fake endpoint behaves right now.
pub const UP: u8 = 0;
/// Accepts the connection, then says nothing until switched back.
pub const STALL: u8 = 1;
/// (Webhook only) answers 500.
pub const FAIL: u8 = 2;

/// A minimal SMTP server on a fixed port: speaks enough SMTP for lettre when [`UP`], or accepts
/// and stays silent when [`STALL`]. Each accepted message (the DATA) is sent on the channel.
pub struct SmtpSink {
    pub mode: std::sync::Arc<std::sync::atomic::AtomicU8>,
    /// Connections accepted so far.
    pub accepted: std::sync::Arc<std::sync::atomic::AtomicUsize>,
    pub messages: tokio::sync::mpsc::UnboundedReceiver<String>,
}

impl SmtpSink {
    /// Listens on `port` (0 for any) and returns the sink with its port.
    pub async fn start(port: u16, mode: u8) -> (Self, u16) {
        use std::sync::atomic::{AtomicU8, AtomicUsize, Ordering};
        use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", port))
            .await
            .unwrap_or_else(|e| panic!("bind SMTP sink on port {port}: {e}"));
        let port = listener.local_addr().expect("addr").port();
        let mode = std::sync::Arc::new(AtomicU8::new(mode));
        let accepted = std::sync::Arc::new(AtomicUsize::new(0));
        let (tx, messages) = tokio::sync::mpsc::unbounded_channel();
        let (m, a) = (mode.clone(), accepted.clone());
        tokio::spawn(async move {
            while let Ok((socket, _)) = listener.accept().await {
                a.fetch_add(1, Ordering::SeqCst);
                let (m, tx) = (m.clone(), tx.clone());
                tokio::spawn(async move {
                    let (read, mut write) = socket.into_split();
                    // A stalled server holds the connection open and silent until switched.
                    while m.load(Ordering::SeqCst) == STALL {
                        tokio::time::sleep(Duration::from_millis(20)).await;
                    }
                    let mut lines = BufReader::new(read).lines();
                    let _ = write.write_all(b"220 sink ESMTP\r\n").await;
                    let mut data: Option<String> = None;
                    while let Ok(Some(line)) = lines.next_line().await {
                        if let Some(text) = data.as_mut() {
                            if line == "." {
                                let _ = tx.send(std::mem::take(text));
                                data = None;
                                let _ = write.write_all(b"250 queued\r\n").await;
                            } else {
                                text.push_str(&line);
                                text.push('\n');
                            }
                            continue;
                        }
                        let verb = line
                            .split_whitespace()
                            .next()
                            .unwrap_or("")
                            .to_ascii_uppercase();
                        let reply: &[u8] = match verb.as_str() {
                            "EHLO" | "HELO" => b"250 sink\r\n",
                            "DATA" => {
                                data = Some(String::new());
                                b"354 end with a dot\r\n"
                            }
                            "QUIT" => {
                                let _ = write.write_all(b"221 bye\r\n").await;
                                break;
                            }
                            _ => b"250 OK\r\n",
                        };
                        if write.write_all(reply).await.is_err() {
                            break;
                        }
                    }
                });
            }
        });
        (
            Self {
                mode,
                accepted,
                messages,
            },
            port,
        )
    }
}

/// One POST the fake webhook receiver saw.
#[derive(Debug, Clone)]
pub struct Hook {
    /// Whether the signature checked out with the secret.
    pub verified: bool,
    /// `Atelier-Delivery`.
    pub delivery: String,
    /// What the receiver answered: [`UP`] (200), [`FAIL`] (500) or [`STALL`] (no answer).
    pub mode: u8,
    /// The body, as JSON (`Null` if it was not JSON).
    pub body: Value,
}

/// A CRM endpoint on 127.0.0.1: answers 200, 500, or never, by its mode; records every POST.
pub struct WebhookReceiver {
    pub url: String,
    pub mode: std::sync::Arc<std::sync::atomic::AtomicU8>,
    pub hooks: std::sync::Arc<std::sync::Mutex<Vec<Hook>>>,
}

impl WebhookReceiver {
    /// Listens on 127.0.0.1 (any port) at `/hook`, checking signatures with `secret`.
    pub async fn start(secret: &'static str, mode: u8) -> Self {
        use axum::body::Bytes;
        use axum::http::{HeaderMap, StatusCode};
        use std::sync::atomic::{AtomicU8, Ordering};
        let mode = std::sync::Arc::new(AtomicU8::new(mode));
        let hooks = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let (m, h) = (mode.clone(), hooks.clone());
        let app = axum::Router::new().route(
            "/hook",
            axum::routing::post(move |headers: HeaderMap, body: Bytes| {
                let (m, h) = (m.clone(), h.clone());
                async move {
                    let header = |name: &str| {
                        headers
                            .get(name)
                            .and_then(|v| v.to_str().ok())
                            .unwrap_or_default()
                            .to_owned()
                    };
                    let verified = atelier_server::outbox::webhook::verify(
                        secret,
                        &header("atelier-timestamp"),
                        &header("atelier-signature"),
                        &body,
                        atelier_server::clock::now_unix(),
                        300,
                    );
                    let now = m.load(Ordering::SeqCst);
                    h.lock().expect("hooks").push(Hook {
                        verified,
                        delivery: header("atelier-delivery"),
                        mode: now,
                        body: serde_json::from_slice(&body).unwrap_or(Value::Null),
                    });
                    match now {
                        UP => StatusCode::OK,
                        FAIL => StatusCode::INTERNAL_SERVER_ERROR,
                        _ => std::future::pending().await,
                    }
                }
            }),
        );
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind receiver");
        let url = format!("http://{}/hook", listener.local_addr().expect("addr"));
        tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        Self { url, mode, hooks }
    }

    /// Every POST so far, in order.
    pub fn hooks(&self) -> Vec<Hook> {
        self.hooks.lock().expect("hooks").clone()
    }
}
