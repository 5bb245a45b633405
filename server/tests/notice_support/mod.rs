//! Helpers for the commission tests of proposals, stages and privacy: a brief with its private
//! link as the visitor gets it, the visitor's requests, and the emails read back as a mail client
//! would.
#![allow(dead_code)]

use crate::common::{post_json, send, Reply};
use atelier_server::AppState;
use axum::body::Body;
use axum::http::{header, Method, Request, StatusCode};
use mailparse::{MailHeaderMap, ParsedMail};
use serde_json::Value;

/// A brief sent through the public API: its reference and the token of its commission link.
pub struct Sent {
    pub reference: String,
    pub token: String,
}

/// Sends `body` as a brief under `key`; its reference and the link's token from the 201.
pub async fn send_brief(state: &AppState, key: &str, body: &Value) -> Sent {
    let reply = post_json(state, key, body).await;
    assert_eq!(
        reply.status,
        StatusCode::CREATED,
        "{}",
        String::from_utf8_lossy(&reply.body)
    );
    let json = reply.json();
    let url = json["commission_url"].as_str().expect("commission_url");
    Sent {
        reference: json["reference"].as_str().expect("reference").to_owned(),
        token: url.strip_prefix("/c/").expect("a /c/ link").to_owned(),
    }
}

/// A visitor's request to `/api/c/{token}{path}`, with a JSON body when given.
pub async fn visitor(
    state: &AppState,
    method: Method,
    token: &str,
    path: &str,
    body: Option<Value>,
) -> Reply {
    let mut request = Request::builder()
        .method(method)
        .uri(format!("/api/c/{token}{path}"));
    let body = match body {
        Some(v) => {
            request = request.header(header::CONTENT_TYPE, "application/json");
            Body::from(v.to_string())
        }
        None => Body::empty(),
    };
    send(state, request.body(body).expect("request"), [127, 0, 0, 1]).await
}

/// The row id of a brief.
pub async fn brief_id(state: &AppState, reference: &str) -> i64 {
    atelier_server::store::consultations::id_by_reference(&state.db, reference)
        .await
        .expect("db")
        .expect("stored")
}

/// The `.eml` the file mailer wrote under `stem`.
pub fn eml(state: &AppState, stem: &str) -> Vec<u8> {
    let path = state
        .config
        .data_dir
        .join("outbox-mail")
        .join(format!("{stem}.eml"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// An email as read: headers, the text and HTML bodies, and its attachments' (name, type, bytes).
pub struct Mail {
    pub subject: String,
    pub to: String,
    pub reply_to: Option<String>,
    pub text: String,
    pub html: String,
    pub attachments: Vec<(String, String, Vec<u8>)>,
}

fn leaves<'a>(mail: &'a ParsedMail<'a>, out: &mut Vec<&'a ParsedMail<'a>>) {
    if mail.subparts.is_empty() {
        out.push(mail);
    }
    for part in &mail.subparts {
        leaves(part, out);
    }
}

/// Parses the `.eml` under `stem` with mailparse.
pub fn read_mail(state: &AppState, stem: &str) -> Mail {
    let raw = eml(state, stem);
    let mail = mailparse::parse_mail(&raw).expect("parse");
    let mut parts = Vec::new();
    leaves(&mail, &mut parts);
    let mut out = Mail {
        subject: mail.headers.get_first_value("Subject").expect("subject"),
        to: mail.headers.get_first_value("To").expect("to"),
        reply_to: mail.headers.get_first_value("Reply-To"),
        text: String::new(),
        html: String::new(),
        attachments: Vec::new(),
    };
    for part in parts {
        let disposition = part.get_content_disposition();
        if disposition.disposition == mailparse::DispositionType::Attachment {
            out.attachments.push((
                disposition
                    .params
                    .get("filename")
                    .cloned()
                    .unwrap_or_default(),
                part.ctype.mimetype.clone(),
                part.get_body_raw().expect("bytes"),
            ));
        } else if part.ctype.mimetype == "text/html" {
            out.html = part.get_body().expect("html");
        } else if part.ctype.mimetype == "text/plain" {
            out.text = part.get_body().expect("text");
        }
    }
    out
}
