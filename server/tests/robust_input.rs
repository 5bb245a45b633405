//! Hostile and broken requests against `POST /api/consultations` (and its neighbours), through the
//! whole app with `oneshot`: a corpus of well over 200 requests generated from the readable tables
//! below (malformed JSON, wrong types, huge strings, deep nesting, invalid UTF-8, script tags in
//! fields that refuse them, CR/LF in names and emails, a forged `Idempotency-Key` reused with other
//! bodies, wrong content types, oversized bodies and pictures, pictures that are not pictures, bad
//! base64, unknown fields, negative and non-finite numbers, impossible dates, wrong methods).
//!
//! Every one must get exactly the 4xx its table names, with a JSON body carrying a stable `code`
//! and a non-empty `message` that leaks no internals, and afterwards every table holds exactly the
//! rows it held before (counted over the live schema, so tables added later are covered too).

mod common;
mod studio_common;

use axum::body::Body;
use axum::http::{header, Method, Request};
use common::*;
use serde_json::{json, Value};

/// The key under which one valid brief is stored first, for the forged-reuse cases.
const STORED_KEY: &str = "robust-stored-key";

struct Case {
    name: String,
    method: Method,
    uri: &'static str,
    content_type: Option<String>,
    key: Option<Vec<u8>>,
    body: Vec<u8>,
    status: u16,
    /// The expected `error.code`.
    code: &'static str,
}

fn case(
    name: impl Into<String>,
    body: impl Into<Vec<u8>>,
    status: u16,
    code: &'static str,
) -> Case {
    Case {
        name: name.into(),
        method: Method::POST,
        uri: "/api/consultations",
        content_type: Some("application/json".to_owned()),
        key: Some(b"robust-corpus-key".to_vec()),
        body: body.into(),
        status,
        code,
    }
}

/// The valid body every mutation starts from: a brief, two snapshots, one inspiration JPEG.
fn base() -> Value {
    full_body()
}

/// `base()` with the value at a JSON pointer replaced (`None` removes it).
fn with(pointer: &str, value: Option<Value>) -> Value {
    let mut body = base();
    match value {
        Some(v) => {
            *body
                .pointer_mut(pointer)
                .unwrap_or_else(|| panic!("{pointer}")) = v
        }
        None => {
            let (parent, key) = pointer.rsplit_once('/').expect("pointer");
            body.pointer_mut(parent)
                .and_then(Value::as_object_mut)
                .unwrap_or_else(|| panic!("{parent}"))
                .remove(key)
                .unwrap_or_else(|| panic!("{pointer}"));
        }
    }
    body
}

fn big(len: usize) -> String {
    "x".repeat(len)
}

/// Raw bytes that are not JSON at all, or not JSON this endpoint can read: 400 `malformed_json`.
fn malformed() -> Vec<Case> {
    let mut texts: Vec<(&str, Vec<u8>)> = vec![
        ("empty body", b"".to_vec()),
        ("whitespace only", b"  \n\t ".to_vec()),
        ("open brace", b"{".to_vec()),
        ("close brace", b"}".to_vec()),
        ("open bracket", b"[".to_vec()),
        ("truncated member", b"{\"brief\":".to_vec()),
        ("truncated object", b"{\"brief\": {}".to_vec()),
        ("single quotes", b"{'brief': 1}".to_vec()),
        ("bare key", b"{brief: 1}".to_vec()),
        ("trailing comma in object", b"{\"a\":1,}".to_vec()),
        ("trailing comma in array", b"[1,2,]".to_vec()),
        ("missing colon", b"{\"a\" 1}".to_vec()),
        ("NaN literal", b"{\"x\": NaN}".to_vec()),
        ("Infinity literal", b"{\"x\": Infinity}".to_vec()),
        ("minus Infinity", b"{\"x\": -Infinity}".to_vec()),
        ("number out of range", b"{\"x\": 1e99999}".to_vec()),
        ("hex number", b"{\"x\": 0x10}".to_vec()),
        ("leading zero", b"{\"x\": 01}".to_vec()),
        ("leading dot", b"{\"x\": .5}".to_vec()),
        ("leading plus", b"{\"x\": +1}".to_vec()),
        ("bad escape", b"{\"x\": \"\\x41\"}".to_vec()),
        ("short unicode escape", b"{\"x\": \"\\u12\"}".to_vec()),
        ("unterminated string", b"{\"x\": \"abc}".to_vec()),
        (
            "raw control character in string",
            b"{\"x\": \"a\x01b\"}".to_vec(),
        ),
        ("raw newline in string", b"{\"x\": \"a\nb\"}".to_vec()),
        ("byte order mark", b"\xef\xbb\xbf{}".to_vec()),
        ("two documents", b"{} {}".to_vec()),
        ("trailing garbage", b"{}garbage".to_vec()),
        ("comment", b"/* hi */ {}".to_vec()),
        ("two values in object", b"{\"x\": true false}".to_vec()),
        ("misspelt null", b"{\"x\": nul}".to_vec()),
        ("misspelt true", b"{\"x\": tru}".to_vec()),
        ("lone high surrogate", b"{\"x\": \"\\ud800\"}".to_vec()),
        ("lone low surrogate", b"{\"x\": \"\\udc00\"}".to_vec()),
        (
            "invalid UTF-8 in a string",
            b"{\"brief\": \"\xff\xfe\"}".to_vec(),
        ),
        (
            "invalid UTF-8 continuation",
            b"{\"x\": \"\xc3\x28\"}".to_vec(),
        ),
        ("overlong UTF-8 slash", b"{\"x\": \"\xc0\xaf\"}".to_vec()),
        (
            "UTF-8 surrogate bytes",
            b"{\"x\": \"\xed\xa0\x80\"}".to_vec(),
        ),
        ("invalid UTF-8 as a key", b"{\"\xff\": 1}".to_vec()),
        ("NUL bytes", b"\0\0\0\0".to_vec()),
        ("XML", b"<?xml version=\"1.0\"?><brief/>".to_vec()),
        ("HTML with a script", b"<script>alert(1)</script>".to_vec()),
        ("form encoding", b"brief=1&website=".to_vec()),
    ];
    // UTF-16 JSON: valid text, but not UTF-8.
    let utf16: Vec<u8> = "{\"brief\": 1}"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    texts.push(("UTF-16 JSON", utf16));
    // Deep nesting beyond serde_json's recursion limit, at the top and inside a field.
    texts.push(("100,000 nested arrays", "[".repeat(100_000).into_bytes()));
    texts.push((
        "10,000 nested objects",
        format!("{}1{}", "{\"a\":".repeat(10_000), "}".repeat(10_000)).into_bytes(),
    ));
    let mut deep_notes = base();
    deep_notes["brief"]["notes"] = json!("DEEP");
    let deep_notes = deep_notes.to_string().replace(
        "\"DEEP\"",
        &format!("{}{}", "[".repeat(5_000), "]".repeat(5_000)),
    );
    texts.push(("5,000 nested arrays in the notes", deep_notes.into_bytes()));
    // A valid body cut short at several points.
    let full = base().to_string();
    for cut in [1, full.len() / 4, full.len() / 2, full.len() - 1] {
        texts.push(("valid body cut short", full.as_bytes()[..cut].to_vec()));
    }
    texts
        .into_iter()
        .enumerate()
        .map(|(i, (name, body))| {
            case(
                format!("malformed {i}: {name}"),
                body,
                400,
                "malformed_json",
            )
        })
        .collect()
}

/// JSON that parses but has the wrong shape or values: 422 `invalid_brief`.
fn invalid() -> Vec<Case> {
    let script = json!("<script>alert(1)</script>");
    let table: Vec<(&str, Option<Value>)> = vec![
        // The whole brief.
        ("/brief", Some(Value::Null)),
        ("/brief", Some(json!(1))),
        ("/brief", Some(json!("brief"))),
        ("/brief", Some(json!([]))),
        ("/brief", Some(json!({}))),
        ("/brief/version", Some(json!("1"))),
        ("/brief/version", Some(json!(1.5))),
        ("/brief/version", Some(json!(-1))),
        ("/brief/version", Some(json!(2))),
        ("/brief/version", Some(json!(0))),
        ("/brief/version", Some(json!(4_294_967_296u64))),
        ("/brief/version", Some(Value::Null)),
        ("/brief/version", None),
        // The design.
        ("/brief/design", Some(Value::Null)),
        ("/brief/design", Some(json!("default"))),
        ("/brief/design", Some(json!([]))),
        ("/brief/design", None),
        ("/brief/design/metal", Some(json!(42))),
        ("/brief/design/metal", Some(json!({"chosen": 5}))),
        (
            "/brief/design/metal",
            Some(json!({"chosen": "unobtainium"})),
        ),
        (
            "/brief/design/metal",
            Some(json!({"chosen": script.clone()})),
        ),
        ("/brief/design/metal", Some(json!("chosen"))),
        ("/brief/design/stone", Some(json!({"chosen": "kryptonite"}))),
        ("/brief/design/cut", Some(json!({"chosen": "\r\n"}))),
        (
            "/brief/design/setting",
            Some(json!({"chosen": big(10_000)})),
        ),
        ("/brief/design/carat", Some(json!({"chosen": -1}))),
        ("/brief/design/carat", Some(json!({"chosen": "NaN"}))),
        ("/brief/design/carat", Some(json!({"chosen": 1e308}))),
        ("/brief/design/carat", Some(json!({"chosen": 5000}))),
        ("/brief/design/carat", Some(json!({"chosen": null}))),
        ("/brief/design/band_width", Some(json!({"chosen": -2.0}))),
        ("/brief/design/band_width", Some(json!({"chosen": 1e9}))),
        ("/brief/design/band_width", Some(json!({"chosen": "2mm"}))),
        (
            "/brief/design/band_thickness",
            Some(json!({"chosen": -0.5})),
        ),
        (
            "/brief/design/band_profile",
            Some(json!({"chosen": "triangle"})),
        ),
        ("/brief/design/finish", Some(json!({"chosen": 3}))),
        ("/brief/design/size", Some(json!("7"))),
        ("/brief/design/size", Some(json!({"kind": "weird"}))),
        (
            "/brief/design/size",
            Some(json!({"kind": "known", "size": -5, "system": "us"})),
        ),
        (
            "/brief/design/size",
            Some(json!({"kind": "known", "size": 1e9, "system": "us"})),
        ),
        (
            "/brief/design/size",
            Some(json!({"kind": "known", "size": 54, "system": "mars"})),
        ),
        (
            "/brief/design/size",
            Some(json!({"kind": "unknown", "send_sizer": "yes"})),
        ),
        // Contact.
        ("/brief/contact", Some(Value::Null)),
        ("/brief/contact", Some(json!("Ada"))),
        ("/brief/contact", None),
        ("/brief/contact/name", Some(json!(42))),
        ("/brief/contact/name", Some(Value::Null)),
        ("/brief/contact/name", Some(json!([]))),
        ("/brief/contact/name", Some(json!(""))),
        ("/brief/contact/name", Some(json!("   "))),
        (
            "/brief/contact/name",
            Some(json!("Ada\r\nBcc: victim@example.com")),
        ),
        ("/brief/contact/name", Some(json!("Ada\nLovelace"))),
        ("/brief/contact/name", Some(json!("Ada\rLovelace"))),
        ("/brief/contact/name", Some(json!("Ada\u{0}Lovelace"))),
        ("/brief/contact/name", Some(json!("Ada\u{1b}[31mLovelace"))),
        (
            "/brief/contact/name",
            Some(json!("<script>\nalert(1)</script>")),
        ),
        ("/brief/contact/name", Some(json!(big(101)))),
        ("/brief/contact/name", Some(json!(big(1_000_000)))),
        ("/brief/contact/name", None),
        ("/brief/contact/email", Some(json!(""))),
        ("/brief/contact/email", Some(json!("not an address"))),
        (
            "/brief/contact/email",
            Some(json!("ada@example.co.uk\r\nBcc: victim@example.com")),
        ),
        (
            "/brief/contact/email",
            Some(json!("ada@example.co.uk\nX-Injected: 1")),
        ),
        ("/brief/contact/email", Some(json!("ada@example.co.uk\r"))),
        ("/brief/contact/email", Some(script.clone())),
        (
            "/brief/contact/email",
            Some(json!("<script>alert(1)</script>@example.com")),
        ),
        ("/brief/contact/email", Some(json!("ada@b"))),
        ("/brief/contact/email", Some(json!("@example.com"))),
        ("/brief/contact/email", Some(json!("ada@"))),
        ("/brief/contact/email", Some(json!("ada@exa mple.com"))),
        ("/brief/contact/email", Some(json!("ada@@example.com"))),
        ("/brief/contact/email", Some(json!("Ada <ada@example.com>"))),
        (
            "/brief/contact/email",
            Some(json!(format!("{}@example.com", big(300)))),
        ),
        ("/brief/contact/email", Some(json!(42))),
        ("/brief/contact/email", Some(Value::Null)),
        ("/brief/contact/email", None),
        ("/brief/contact/phone", Some(json!(442079460958u64))),
        ("/brief/contact/phone", Some(json!(big(100)))),
        ("/brief/contact/phone", Some(json!("+44\r\n20 7946 0958"))),
        ("/brief/contact/phone", Some(json!("call me maybe"))),
        ("/brief/contact/phone", Some(script.clone())),
        ("/brief/contact/preferred_channel", Some(json!("fax"))),
        ("/brief/contact/preferred_channel", Some(json!(1))),
        ("/brief/contact/preferred_channel", Some(Value::Null)),
        // Budget.
        ("/brief/budget", Some(json!("lots"))),
        ("/brief/budget", Some(json!([3000, 6000]))),
        ("/brief/budget/min", Some(json!(-1))),
        ("/brief/budget/min", Some(json!(1.5))),
        ("/brief/budget/min", Some(json!("3000"))),
        ("/brief/budget/min", Some(Value::Null)),
        ("/brief/budget/min", Some(json!(1e20))),
        ("/brief/budget/max", Some(json!(-5))),
        ("/brief/budget/max", Some(json!(10_000_001))),
        ("/brief/budget/max", Some(json!(100))),
        ("/brief/budget/max", Some(json!(u64::MAX))),
        ("/brief/budget/max", Some(json!(-0.0))),
        ("/brief/budget/currency", Some(json!(""))),
        ("/brief/budget/currency", Some(json!("POUNDS"))),
        ("/brief/budget/currency", Some(json!("gb"))),
        ("/brief/budget/currency", Some(json!(826))),
        ("/brief/budget/currency", Some(script.clone())),
        ("/brief/budget/currency", Some(json!("GB\nP"))),
        // Occasion and deadline.
        ("/brief/occasion", Some(json!("coronation"))),
        ("/brief/occasion", Some(json!(7))),
        ("/brief/occasion", Some(json!({"other": big(101)}))),
        ("/brief/occasion", Some(json!({"other": "a\r\nb"}))),
        ("/brief/deadline", Some(json!("2026-02-30"))),
        ("/brief/deadline", Some(json!("2027-02-29"))),
        ("/brief/deadline", Some(json!("2026-13-01"))),
        ("/brief/deadline", Some(json!("2026-04-31"))),
        ("/brief/deadline", Some(json!("2026-00-10"))),
        ("/brief/deadline", Some(json!("2026-06-00"))),
        ("/brief/deadline", Some(json!("2026-1-5"))),
        ("/brief/deadline", Some(json!("yesterday"))),
        ("/brief/deadline", Some(json!("2026/05/01"))),
        ("/brief/deadline", Some(json!("0000-00-00"))),
        ("/brief/deadline", Some(json!("1999-12-31"))),
        ("/brief/deadline", Some(json!("9999-12-31"))),
        ("/brief/deadline", Some(json!("2199-09-01T10:00:00Z"))),
        ("/brief/deadline", Some(json!(" 2199-09-01"))),
        ("/brief/deadline", Some(json!(20260501))),
        ("/brief/deadline", Some(json!(""))),
        ("/brief/deadline", Some(script.clone())),
        // Enumerations and flags.
        ("/brief/size_certainty", Some(json!("maybe"))),
        ("/brief/size_certainty", Some(Value::Null)),
        ("/brief/origin_preference", Some(json!("mined"))),
        ("/brief/origin_preference", Some(json!(3))),
        ("/brief/own_materials", Some(json!("yes"))),
        (
            "/brief/own_materials",
            Some(json!({"stone": "yes", "metal": false})),
        ),
        (
            "/brief/own_materials",
            Some(json!({"stone": true, "metal": false, "description": big(1001)})),
        ),
        ("/brief/surprise", Some(json!("yes"))),
        ("/brief/surprise", Some(json!(1))),
        ("/brief/surprise", Some(Value::Null)),
        ("/brief/surprise", None),
        ("/brief/consent_to_contact", Some(json!(false))),
        ("/brief/consent_to_contact", Some(json!("true"))),
        ("/brief/consent_to_contact", Some(json!(1))),
        ("/brief/consent_to_contact", Some(Value::Null)),
        ("/brief/consent_to_contact", None),
        ("/brief/locale", Some(json!(""))),
        ("/brief/locale", Some(json!(5))),
        ("/brief/locale", Some(json!(big(36)))),
        ("/brief/locale", Some(json!("en_GB\r\n"))),
        ("/brief/locale", Some(script.clone())),
        ("/brief/locale", None),
        // Free text beyond its limits, or of the wrong type.
        ("/brief/notes", Some(json!(5))),
        ("/brief/notes", Some(json!(["a"]))),
        ("/brief/notes", Some(json!({"a": 1}))),
        ("/brief/notes", Some(json!(big(5001)))),
        ("/brief/notes", Some(json!(big(3_000_000)))),
        ("/brief/notes", Some(json!("bell \u{7} character"))),
        // Snapshots.
        ("/snapshots", Some(json!("three"))),
        ("/snapshots", Some(json!([1]))),
        ("/snapshots", Some(json!({"view": "top"}))),
        ("/snapshots/0", Some(json!({"view": "top"}))),
        ("/snapshots/0/view", Some(script.clone())),
        ("/snapshots/0/view", Some(json!(""))),
        ("/snapshots/0/view", Some(json!("Top View"))),
        ("/snapshots/0/view", Some(json!(big(33)))),
        ("/snapshots/0/view", Some(json!("top\r\n"))),
        ("/snapshots/0/view", Some(json!(7))),
        ("/snapshots/0/png_base64", Some(json!("!!!!"))),
        ("/snapshots/0/png_base64", Some(json!("abc"))),
        ("/snapshots/0/png_base64", Some(json!(""))),
        ("/snapshots/0/png_base64", Some(json!("iVBO Rw0K GgoA"))),
        ("/snapshots/0/png_base64", Some(json!(b64(&jpeg())))),
        (
            "/snapshots/0/png_base64",
            Some(json!(b64(b"hello, I am not a picture"))),
        ),
        (
            "/snapshots/0/png_base64",
            Some(json!(b64(b"<svg onload=alert(1)>"))),
        ),
        (
            "/snapshots/0/png_base64",
            Some(json!(format!(
                "data:image/png;base64,{}",
                b64(b"GIF89a...")
            ))),
        ),
        (
            "/snapshots/0/png_base64",
            Some(json!(format!(
                "data:text/html;base64,{}",
                b64(b"<script>alert(1)</script>")
            ))),
        ),
        (
            "/snapshots/0/png_base64",
            Some(json!(
                b64(&png(1)).replace('+', "-").replace('/', "_") + "-_-_"
            )),
        ),
        ("/snapshots/0/png_base64", Some(json!({"bytes": "x"}))),
        // Attachments.
        ("/attachments", Some(json!([]))),
        ("/attachments", Some(json!("photo"))),
        ("/attachments/0", Some(json!({}))),
        ("/attachments/0/data_base64", Some(json!("%%%"))),
        ("/attachments/0/data_base64", Some(json!(b64(&png(3))))),
        (
            "/attachments/0/data_base64",
            Some(json!(b64(b"MZ\x90\x00 this is a program"))),
        ),
        (
            "/attachments/0/data_base64",
            Some(json!(b64(&jpeg()[..50]))),
        ),
        (
            "/brief/attachments/0/mime_type",
            Some(json!("image/svg+xml")),
        ),
        ("/brief/attachments/0/mime_type", Some(json!("text/html"))),
        (
            "/brief/attachments/0/mime_type",
            Some(json!("application/x-msdownload")),
        ),
        ("/brief/attachments/0/mime_type", Some(json!("image/png"))),
        (
            "/brief/attachments/0/mime_type",
            Some(json!("image/jpeg\r\nX: 1")),
        ),
        ("/brief/attachments/0/size_bytes", Some(json!(-1))),
        ("/brief/attachments/0/size_bytes", Some(json!(1.5))),
        (
            "/brief/attachments/0/size_bytes",
            Some(json!(20 * 1024 * 1024)),
        ),
        ("/brief/attachments/0/size_bytes", Some(json!(0))),
        ("/brief/attachments/0/file_name", Some(json!(""))),
        ("/brief/attachments/0/file_name", Some(json!(big(256)))),
        ("/brief/attachments/0/file_name", Some(json!(7))),
        ("/brief/attachments", Some(json!([]))),
    ];
    let mut cases: Vec<Case> = table
        .into_iter()
        .enumerate()
        .map(|(i, (pointer, value))| {
            let body = with(pointer, value).to_string();
            case(
                format!("invalid {i}: {pointer}"),
                body,
                422,
                "invalid_brief",
            )
        })
        .collect();
    // Unknown fields where the request's shape is closed.
    for (pointer, field) in [
        ("", "admin"),
        ("", "__proto__"),
        ("", "constructor"),
        ("", "reference"),
        ("", "Brief"),
        ("/snapshots/0", "extra"),
        ("/snapshots/0", "mime_type"),
        ("/attachments/0", "file_name"),
    ] {
        let mut body = base();
        body.pointer_mut(pointer)
            .and_then(Value::as_object_mut)
            .expect("object")
            .insert(field.to_owned(), json!(true));
        cases.push(case(
            format!("unknown field {pointer}/{field}"),
            body.to_string(),
            422,
            "invalid_brief",
        ));
    }

    // Whole-body shapes: JSON that is not an object, and lists that are too long.
    for (i, text) in ["null", "42", "\"brief\"", "[]", "true", "{}", "[{}]"]
        .iter()
        .enumerate()
    {
        cases.push(case(
            format!("not an object {i}: {text}"),
            *text,
            422,
            "invalid_brief",
        ));
    }
    let mut four = base();
    four["snapshots"] = json!((0..4)
        .map(|i| json!({"view": format!("v{i}"), "png_base64": b64(&png(i))}))
        .collect::<Vec<_>>());
    cases.push(case(
        "four snapshots",
        four.to_string(),
        422,
        "invalid_brief",
    ));
    // A 2 MiB PNG: over the 1.5 MiB snapshot limit but within the body limit.
    let mut huge_png = png(9);
    huge_png.resize(2 * 1024 * 1024, 0);
    cases.push(case(
        "oversized snapshot",
        with("/snapshots/0/png_base64", Some(json!(b64(&huge_png)))).to_string(),
        422,
        "invalid_brief",
    ));
    // Nine attachments (the limit is eight), each a valid JPEG.
    let mut nine = base();
    let photo = jpeg();
    nine["brief"]["attachments"] = json!((0..9)
        .map(|i| json!({"file_name": format!("p{i}.jpg"), "mime_type": "image/jpeg", "size_bytes": photo.len()}))
        .collect::<Vec<_>>());
    nine["attachments"] = json!((0..9)
        .map(|_| json!({"data_base64": b64(&photo)}))
        .collect::<Vec<_>>());
    cases.push(case(
        "nine attachments",
        nine.to_string(),
        422,
        "invalid_brief",
    ));
    // Nesting within serde_json's limit, where a string is expected.
    let mut nested = base();
    nested["brief"]["notes"] = (0..100).fold(json!("core"), |v, _| json!([v]));
    cases.push(case(
        "100 nested arrays as notes",
        nested.to_string(),
        422,
        "invalid_brief",
    ));
    cases.extend(deceptive_text());
    cases.extend(pictures());
    cases
}

/// A PNG whose header claims `width` × `height`, with one tiny compressed row: a few hundred
/// bytes that a mail client would try to unpack into width × height pixels.
fn png_claiming(width: u32, height: u32) -> Vec<u8> {
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut ihdr = width.to_be_bytes().to_vec();
    ihdr.extend(height.to_be_bytes());
    ihdr.extend([8, 0, 0, 0, 0]);
    png_chunk(&mut out, b"IHDR", &ihdr);
    png_chunk(
        &mut out,
        b"IDAT",
        &[0x78, 0x9C, 0x63, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01],
    );
    png_chunk(&mut out, b"IEND", &[]);
    out
}

/// A JPEG whose frame header claims `width` × `height`.
fn jpeg_claiming(width: u16, height: u16) -> Vec<u8> {
    let mut out = vec![0xFF, 0xD8, 0xFF, 0xC0, 0, 11, 8];
    out.extend(height.to_be_bytes());
    out.extend(width.to_be_bytes());
    out.extend([
        1, 1, 0x11, 0, 0xFF, 0xDA, 0, 8, 1, 1, 0, 0, 63, 0, 1, 2, 3, 0xFF, 0xD9,
    ]);
    out
}

/// A WebP container around one chunk.
fn webp(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
    let mut out = b"RIFF".to_vec();
    out.extend(((12 + data.len()) as u32).to_le_bytes());
    out.extend(b"WEBP");
    out.extend(kind);
    out.extend((data.len() as u32).to_le_bytes());
    out.extend(data);
    out
}

/// `base()` with this file as its one inspiration photo, declared as `mime_type`.
fn with_photo(bytes: &[u8], mime_type: &str) -> Value {
    let mut body = base();
    body["brief"]["attachments"][0]["mime_type"] = json!(mime_type);
    body["brief"]["attachments"][0]["size_bytes"] = json!(bytes.len());
    body["attachments"][0]["data_base64"] = json!(b64(bytes));
    body
}

/// Picture bombs, polyglots and broken structures, as snapshots and as photos: 422.
fn pictures() -> Vec<Case> {
    let html = b"<html><script>alert(1)</script></html>".as_slice();
    let mut polyglot = png(1);
    polyglot.extend(html);
    let mut bad_crc = png(1);
    bad_crc[30] ^= 0x55;
    let mut no_idat = b"\x89PNG\r\n\x1a\n".to_vec();
    png_chunk(
        &mut no_idat,
        b"IHDR",
        &[0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0],
    );
    png_chunk(&mut no_idat, b"IEND", &[]);
    let mut html_chunk_first = b"\x89PNG\r\n\x1a\n".to_vec();
    png_chunk(&mut html_chunk_first, b"tEXt", html);
    html_chunk_first.extend(&png(1)[8..]);
    let full = png(2);
    let pngs: Vec<(&str, Vec<u8>)> = vec![
        ("50,000 × 50,000 PNG", png_claiming(50_000, 50_000)),
        ("2^31-1 square PNG", png_claiming(0x7FFF_FFFF, 0x7FFF_FFFF)),
        ("4,294,967,295 wide PNG", png_claiming(u32::MAX, 1)),
        ("8,193 wide PNG", png_claiming(8_193, 1)),
        ("8,193 high PNG", png_claiming(1, 8_193)),
        (
            "4,097 square PNG (over 16 megapixels)",
            png_claiming(4_097, 4_097),
        ),
        ("0 × 0 PNG", png_claiming(0, 0)),
        ("PNG + HTML polyglot", polyglot),
        ("PNG with a wrong checksum", bad_crc),
        ("PNG without IDAT", no_idat),
        ("PNG whose first chunk is not IHDR", html_chunk_first),
        ("PNG cut before IEND", full[..full.len() - 12].to_vec()),
        ("PNG signature and IEND only", {
            let mut v = b"\x89PNG\r\n\x1a\n".to_vec();
            png_chunk(&mut v, b"IEND", &[]);
            v
        }),
        ("WebP as a snapshot", webp(b"VP8L", &[0x2F, 0, 0, 0, 0])),
    ];
    let mut cases = Vec::new();
    for (name, bytes) in &pngs {
        cases.push(case(
            format!("snapshot: {name}"),
            with("/snapshots/0/png_base64", Some(json!(b64(bytes)))).to_string(),
            422,
            "invalid_brief",
        ));
    }
    for (name, bytes) in pngs.iter().take(8) {
        cases.push(case(
            format!("photo: {name}"),
            with_photo(bytes, "image/png").to_string(),
            422,
            "invalid_brief",
        ));
    }
    let mut jpeg_html = jpeg();
    jpeg_html.extend(html);
    let mut no_frame = vec![0xFF, 0xD8, 0xFF, 0xDA, 0, 8, 1, 1, 0, 0, 63, 0];
    no_frame.extend([1, 2, 3, 0xFF, 0xD9]);
    let photos: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "65,000 square JPEG",
            jpeg_claiming(65_000, 65_000),
            "image/jpeg",
        ),
        ("10,000 × 1 JPEG", jpeg_claiming(10_000, 1), "image/jpeg"),
        ("0 × 0 JPEG", jpeg_claiming(0, 0), "image/jpeg"),
        ("JPEG + HTML", jpeg_html, "image/jpeg"),
        ("JPEG without a frame header", no_frame, "image/jpeg"),
        (
            "JPEG without its end",
            jpeg()[..jpeg().len() - 2].to_vec(),
            "image/jpeg",
        ),
        (
            "16,384 square WebP (VP8X)",
            webp(b"VP8X", &[0, 0, 0, 0, 0xFF, 0x3F, 0, 0xFF, 0x3F, 0]),
            "image/webp",
        ),
        (
            "16,384 square WebP (VP8L)",
            webp(b"VP8L", &[0x2F, 0xFF, 0xFF, 0xFF, 0x0F]),
            "image/webp",
        ),
        (
            "WebP + HTML",
            [webp(b"VP8L", &[0x2F, 0, 0, 0, 0]), html.to_vec()].concat(),
            "image/webp",
        ),
        (
            "WebP with a wrong lossless signature",
            webp(b"VP8L", &[0x2E, 0, 0, 0, 0]),
            "image/webp",
        ),
        (
            "WebP with a lossy frame without start code",
            webp(b"VP8 ", &[0; 10]),
            "image/webp",
        ),
        (
            "WebP with an unknown first chunk",
            webp(b"ABCD", &[0; 10]),
            "image/webp",
        ),
        (
            "WebP whose RIFF size overstates",
            {
                let mut v = webp(b"VP8L", &[0x2F, 0, 0, 0, 0]);
                v[4] = 0xFF;
                v
            },
            "image/webp",
        ),
        ("a PNG declared as WebP", png(1), "image/webp"),
        (
            "a WebP declared as JPEG",
            webp(b"VP8L", &[0x2F, 0, 0, 0, 0]),
            "image/jpeg",
        ),
    ];
    for (name, bytes, mime_type) in &photos {
        cases.push(case(
            format!("photo: {name}"),
            with_photo(bytes, mime_type).to_string(),
            422,
            "invalid_brief",
        ));
    }
    cases
}

/// Characters that hide or reorder text, and links in the name: 422 `invalid_brief`.
fn deceptive_text() -> Vec<Case> {
    let hidden = [
        '\u{202A}',
        '\u{202B}',
        '\u{202C}',
        '\u{202D}',
        '\u{202E}',
        '\u{2066}',
        '\u{2067}',
        '\u{2068}',
        '\u{2069}',
        '\u{200E}',
        '\u{200F}',
        '\u{061C}',
        '\u{200B}',
        '\u{2060}',
        '\u{2064}',
        '\u{FEFF}',
        '\u{2028}',
        '\u{2029}',
        '\u{180E}',
        '\u{3164}',
        '\u{00AD}',
        '\u{E0041}',
    ];
    let mut cases = Vec::new();
    for c in hidden {
        let code = u32::from(c);
        for (pointer, value) in [
            ("/brief/contact/name", json!(format!("Ada{c}Lovelace"))),
            (
                "/brief/attachments/0/file_name",
                json!(format!("invoice{c}gpj.jpg")),
            ),
            (
                "/brief/occasion",
                json!({"other": format!("{c}Graduation")}),
            ),
        ] {
            cases.push(case(
                format!("U+{code:04X} in {pointer}"),
                with(pointer, Some(value)).to_string(),
                422,
                "invalid_brief",
            ));
        }
    }
    let texts: Vec<(&str, &str)> = vec![
        ("/brief/contact/name", "\u{2800}\u{2800}"),
        ("/brief/contact/name", "\u{200D}"),
        ("/brief/contact/name", "\u{200C}\u{200C}"),
        ("/brief/contact/name", "\u{FE0F}"),
        ("/brief/attachments/0/file_name", "invoice\u{202e}gnp.exe"),
        ("/brief/attachments/0/file_name", "\u{2800}"),
        (
            "/brief/contact/name",
            "WIN A FREE RING: visit http://rings.example",
        ),
        ("/brief/contact/name", "https://rings.example/win"),
        ("/brief/contact/name", "Ada ftp://rings.example"),
        ("/brief/contact/name", "visit www.free-rings"),
        ("/brief/contact/name", "WWW.FREE-RINGS.EXAMPLE"),
        ("/brief/contact/name", "free-rings.shop"),
        ("/brief/contact/name", "Ada (free-rings.example/win)"),
        ("/brief/contact/name", "FREE RING AT RINGS.COM"),
        ("/brief/contact/name", "Ada <rings.example>"),
        ("/brief/contact/name", "javascript://x"),
        ("/brief/contact/name", "Ada, claim at win.rings.shop?id=1"),
        ("/brief/contact/name", "Ada\u{200B}https://rings.example"),
    ];
    for (i, (pointer, text)) in texts.into_iter().enumerate() {
        cases.push(case(
            format!("deceptive text {i} in {pointer}: {text:?}"),
            with(pointer, Some(json!(text))).to_string(),
            422,
            "invalid_brief",
        ));
    }
    cases
}

/// Requests refused before their body is read.
fn framing(limit: usize) -> Vec<Case> {
    let valid = base().to_string();
    let mut cases = Vec::new();
    for (i, content_type) in [
        None,
        Some(""),
        Some("text/plain"),
        Some("text/json"),
        Some("application/x-www-form-urlencoded"),
        Some("multipart/form-data; boundary=xyz"),
        Some("application/jsonp"),
        Some("application/json-patch+json"),
        Some("application/xml"),
        Some("application/javascript"),
        Some("application/jsonx"),
        Some("json"),
        Some("application/ json"),
        Some("image/png"),
        Some("text/html; charset=utf-8"),
    ]
    .into_iter()
    .enumerate()
    {
        let mut c = case(
            format!("content type {i}: {content_type:?}"),
            valid.clone(),
            415,
            "unsupported_media_type",
        );
        c.content_type = content_type.map(str::to_owned);
        cases.push(c);
    }
    for (i, key) in [
        None,
        Some(b"".to_vec()),
        Some(b"   ".to_vec()),
        Some(big(101).into_bytes()),
        Some("clé-unique".as_bytes().to_vec()),
        Some("ключ".as_bytes().to_vec()),
        Some(b"\tkey".to_vec()),
        Some(b"key\xff".to_vec()),
    ]
    .into_iter()
    .enumerate()
    {
        let mut c = case(
            format!("idempotency key {i}"),
            valid.clone(),
            400,
            "idempotency_key_required",
        );
        c.key = key;
        cases.push(c);
    }
    // A forged reuse of a stored key with other bodies, even one that differs only in spacing.
    let mut variants = vec![
        {
            let mut b = base();
            b["brief"]["notes"] = json!("Someone else's brief.");
            b.to_string()
        },
        {
            let mut b = base();
            b["brief"]["contact"]["email"] = json!("mallory@example.com");
            b.to_string()
        },
        serde_json::to_string_pretty(&base()).expect("pretty"),
        format!("{valid} "),
    ];
    variants.push({
        let mut b = base();
        b["snapshots"] = json!([]);
        b.to_string()
    });
    for (i, body) in variants.into_iter().enumerate() {
        let mut c = case(
            format!("forged key reuse {i}"),
            body,
            422,
            "idempotency_key_reused",
        );
        c.key = Some(STORED_KEY.as_bytes().to_vec());
        cases.push(c);
    }
    // Bodies over the configured limit: JSON-looking, brackets, zeros, and a huge picture.
    let mut huge_notes = base();
    huge_notes["brief"]["notes"] = json!(big(limit));
    let mut huge_attachment = base();
    let mut photo = jpeg();
    photo.resize(limit, 7);
    huge_attachment["brief"]["attachments"][0]["size_bytes"] = json!(photo.len());
    huge_attachment["attachments"][0]["data_base64"] = json!(b64(&photo));
    for (i, body) in [
        huge_notes.to_string().into_bytes(),
        "[".repeat(limit + 1).into_bytes(),
        vec![0u8; limit + 1],
        huge_attachment.to_string().into_bytes(),
    ]
    .into_iter()
    .enumerate()
    {
        cases.push(case(
            format!("oversized body {i}"),
            body,
            413,
            "payload_too_large",
        ));
    }
    // Wrong methods and paths under /api answer JSON too.
    for (method, uri, status, code) in [
        (Method::GET, "/api/consultations", 405, "method_not_allowed"),
        (Method::PUT, "/api/consultations", 405, "method_not_allowed"),
        (
            Method::DELETE,
            "/api/consultations",
            405,
            "method_not_allowed",
        ),
        (
            Method::PATCH,
            "/api/consultations",
            405,
            "method_not_allowed",
        ),
        (Method::POST, "/api/catalog", 405, "method_not_allowed"),
        (Method::POST, "/api/health", 405, "method_not_allowed"),
        (Method::POST, "/api/consultation", 404, "not_found"),
        (
            Method::POST,
            "/api/consultations/AT-22222",
            404,
            "not_found",
        ),
        (
            Method::POST,
            "/api/../api/consultations/x",
            404,
            "not_found",
        ),
    ] {
        let mut c = case(format!("{method} {uri}"), valid.clone(), status, code);
        c.method = method;
        c.uri = uri;
        cases.push(c);
    }
    cases
}

fn corpus(limit: usize) -> Vec<Case> {
    let mut all = malformed();
    all.extend(invalid());
    all.extend(framing(limit));
    all
}

#[tokio::test]
async fn every_hostile_request_gets_a_clear_4xx_and_changes_nothing() {
    let f = fixture().await;
    // One valid brief first, so the forged-reuse cases have a key to forge.
    let stored = post_json(&f.state, STORED_KEY, &base()).await;
    assert_eq!(
        stored.status,
        201,
        "{}",
        String::from_utf8_lossy(&stored.body)
    );
    let before = robust_counts(&f.state).await;
    assert!(
        before.iter().any(|(t, n)| t == "consultations" && *n == 1),
        "{before:?}"
    );

    let corpus = corpus(f.state.config.max_body_bytes);
    assert!(corpus.len() >= 400, "only {} cases", corpus.len());
    let mut failures = Vec::new();
    for (i, c) in corpus.iter().enumerate() {
        let mut request = Request::builder().method(c.method.clone()).uri(c.uri);
        if let Some(content_type) = &c.content_type {
            request = request.header(header::CONTENT_TYPE, content_type.as_bytes());
        }
        if let Some(key) = &c.key {
            request = request.header("idempotency-key", key.as_slice());
        }
        let request = request.body(Body::from(c.body.clone())).expect("request");
        // Spread the peers so the rate limit never answers in a case's place.
        let reply = send(&f.state, request, [10, 9, (i / 250) as u8, (i % 250) as u8]).await;
        let json: Option<Value> = serde_json::from_slice(&reply.body).ok();
        let code = json.as_ref().and_then(|j| j["error"]["code"].as_str());
        let message = json
            .as_ref()
            .and_then(|j| j["error"]["message"].as_str())
            .unwrap_or_default();
        let is_json = reply
            .headers
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("application/json"));
        let leaks = ["sqlx", "sqlite", "panicked", "/src/", "stack backtrace"]
            .iter()
            .any(|w| message.to_ascii_lowercase().contains(w));
        let fields_ok = c.code != "invalid_brief"
            || json.as_ref().is_some_and(|j| {
                j["error"]["fields"]
                    .as_array()
                    .is_some_and(|f| !f.is_empty() && f.iter().all(|e| e["message"].is_string()))
            });
        if reply.status.as_u16() != c.status
            || code != Some(c.code)
            || message.trim().is_empty()
            || !is_json
            || leaks
            || !fields_ok
        {
            failures.push(format!(
                "{}: expected {} {}, got {} {}",
                c.name,
                c.status,
                c.code,
                reply.status,
                String::from_utf8_lossy(&reply.body[..reply.body.len().min(300)])
            ));
        }
    }
    let after = robust_counts(&f.state).await;
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        corpus.len(),
        failures.join("\n")
    );
    assert_eq!(before, after, "the store changed");
    eprintln!(
        "{} hostile requests, all refused with the expected 4xx",
        corpus.len()
    );
}

/// `(table, rows)` for every table in the live schema.
async fn robust_counts(state: &atelier_server::AppState) -> Vec<(String, i64)> {
    let tables = common::tables(state).await;
    let mut out = Vec::new();
    for table in tables {
        let n: i64 = common::sql(&format!("SELECT COUNT(*) FROM \"{table}\""))
            .scalar(state)
            .await;
        out.push((table, n));
    }
    out
}

#[tokio::test]
async fn names_with_joiners_inside_words_and_a_null_honeypot_are_kept() {
    let f = fixture().await;
    // A `null` honeypot is how a JSON encoder writes an empty optional field: a person sent it.
    let mut body = base();
    body["website"] = Value::Null;
    body["brief"]["contact"]["name"] =
        json!("\u{645}\u{6cc}\u{200c}\u{631}\u{632}\u{627} Mary St.Claire");
    let reply = post_json(&f.state, "null-honeypot", &body).await;
    let reference = created(&reply);
    let id = atelier_server::store::consultations::id_by_reference(&f.state.db, &reference)
        .await
        .expect("lookup");
    assert!(id.is_some(), "{reference} was answered 201 but not stored");
    assert_eq!(
        count(
            &f.state,
            "SELECT COUNT(*) FROM outbox WHERE kind = 'jeweler_email'"
        )
        .await,
        1
    );
    // Filled in any other way, the brief is a bot's: a fake 201 and nothing stored.
    for (i, website) in [
        json!("http://spam.example"),
        json!(0),
        json!(false),
        json!([]),
        json!({}),
    ]
    .into_iter()
    .enumerate()
    {
        let mut body = base();
        body["website"] = website;
        let reply = post_json(&f.state, &format!("filled-honeypot-{i}"), &body).await;
        created(&reply);
    }
    assert_eq!(
        count(&f.state, "SELECT COUNT(*) FROM consultations").await,
        1
    );
}

/// Percent-encodes every byte, for query strings.
fn query_escape(text: &str) -> String {
    text.bytes().map(|b| format!("%{b:02X}")).collect()
}

#[tokio::test]
async fn studio_search_refuses_control_characters_and_never_reads_as_an_outage() {
    let f = fixture().await;
    let session = studio_common::sign_in(&f.state).await;
    studio_common::submit(&f.state, "search-key").await;
    let mut refused = 0;
    for text in [
        "\0",
        "Ada\0",
        "Ada\0Lovelace",
        "\0\0\0",
        "Lov\u{1}",
        "\u{1b}[31mAda",
        "Ada\r\nLovelace",
        "Ada\tLovelace",
        "Ada\u{7f}",
        "Ada\u{85}Lovelace",
        "\u{9f}x",
    ] {
        let uri = format!("/api/studio/briefs?q={}", query_escape(text));
        let reply = studio_common::get_as(&f.state, &session, &uri).await;
        assert_eq!(
            reply.status,
            422,
            "{text:?}: {}",
            String::from_utf8_lossy(&reply.body)
        );
        let json = reply.json();
        assert_eq!(json["error"]["code"], "invalid", "{text:?}");
        assert_eq!(json["error"]["fields"][0]["field"], "q", "{text:?}");
        refused += 1;
    }
    // FTS5's own syntax in the search text is matched as text, never an error or an outage.
    for (text, hits) in [
        ("Lovelace", 1),
        ("\"", 0),
        ("\"Ada", 0),
        ("Ada\" OR \"x", 0),
        ("NEAR(Ada Lovelace)", 0),
        ("Ada*", 0),
        ("^Ada", 0),
        ("name:Ada", 0),
        ("-Ada", 0),
        ("{name email}: Ada", 0),
        ("Ada AND", 0),
        ("(((", 0),
        ("'; DROP TABLE consultations; --", 0),
        ("%_%", 0),
        ("Ada \u{202e}", 0),
    ] {
        let uri = format!("/api/studio/briefs?q={}", query_escape(text));
        let reply = studio_common::get_as(&f.state, &session, &uri).await;
        assert_eq!(
            reply.status,
            200,
            "{text:?}: {}",
            String::from_utf8_lossy(&reply.body)
        );
        let items = reply.json()["items"].as_array().map_or(0, Vec::len);
        assert_eq!(items, hits, "{text:?}");
    }
    assert_eq!(
        count(&f.state, "SELECT COUNT(*) FROM consultations").await,
        1
    );
    eprintln!("studio search: {refused} control-character searches refused with 422, 15 FTS5-syntax searches answered");
}

#[tokio::test]
async fn confirmations_are_capped_per_recipient_but_every_brief_reaches_the_jeweler() {
    let cap = atelier_server::Config::default().confirmations_per_recipient_per_day;
    let f = fixture_with(|c| c.confirmations_per_recipient_per_day = cap).await;
    let sent = cap as usize + 2;
    for i in 0..sent {
        let mut body = base();
        // The same mailbox, however it is capitalised.
        let email = if i % 2 == 0 {
            "victim@example.com"
        } else {
            "Victim@Example.COM"
        };
        body["brief"]["contact"]["email"] = json!(email);
        body["brief"]["notes"] = json!(format!("brief {i}"));
        submit(&f.state, &format!("cap-{i}"), &body).await;
    }
    let mut other = base();
    other["brief"]["contact"]["email"] = json!("someone.else@example.com");
    submit(&f.state, "cap-other", &other).await;
    let report = atelier_server::outbox::deliver_due(&f.state, atelier_server::clock::now_unix())
        .await
        .expect("deliver");
    assert_eq!(report.sent, sent + 1 + cap as usize + 1, "{report:?}");
    assert_eq!(
        count(
            &f.state,
            "SELECT COUNT(*) FROM outbox WHERE kind = 'jeweler_email' AND state = 'sent'"
        )
        .await,
        sent as i64 + 1
    );
    assert_eq!(
        count(
            &f.state,
            "SELECT COUNT(*) FROM outbox o JOIN consultations c ON c.id = o.consultation_id \
             WHERE o.kind = 'visitor_email' AND lower(c.email) = 'victim@example.com'"
        )
        .await,
        i64::from(cap)
    );
    let mail = f.state.config.data_dir.join("outbox-mail");
    let visitor = std::fs::read_dir(&mail)
        .expect("mail folder")
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with("-visitor.eml"))
        .count();
    assert_eq!(visitor, cap as usize + 1);
    eprintln!("{sent} briefs from one address: {sent} jeweler emails, {cap} confirmations");
}

/// One hostile request to the commission's endpoints (the visitor's `/api/c/{token}/…` and the
/// studio's), with the answers it may rightly get: `(status, code)` pairs, one unless the contract
/// leaves the choice open (a body of the wrong shape is `400 malformed_json` where the handler
/// reads JSON whole, `422` with the field's path where it reads it field by field).
struct Hostile {
    name: String,
    method: Method,
    uri: String,
    content_type: Option<&'static str>,
    key: Option<String>,
    studio: bool,
    body: Vec<u8>,
    answers: &'static [(u16, &'static str)],
}

const MALFORMED: &[(u16, &str)] = &[(400, "malformed_json")];
const SHAPE: &[(u16, &str)] = &[
    (400, "malformed_json"),
    (422, "invalid"),
    (422, "invalid_brief"),
];
const INVALID: &[(u16, &str)] = &[(422, "invalid"), (422, "invalid_brief")];
const MEDIA: &[(u16, &str)] = &[(415, "unsupported_media_type")];
const TOO_LARGE: &[(u16, &str)] = &[(413, "payload_too_large")];
const METHOD: &[(u16, &str)] = &[(405, "method_not_allowed")];
const UNKNOWN_LINK: &[(u16, &str)] = &[(404, "link_unknown"), (404, "not_found")];
const NOT_FOUND: &[(u16, &str)] = &[(404, "not_found")];

/// (name, method, uri, studio?, takes a key?, a valid body, the bodies of the wrong shape)
type Endpoint = (&'static str, Method, String, bool, bool, Value, Vec<Value>);

/// The ids and codes the corpus aims at: a live link, a brief, an open proposal.
struct Target {
    token: String,
    reference: String,
    proposal: i64,
    design: String,
    slot: String,
}

/// Raw bytes that are not JSON, for every body the commission reads.
const NOT_JSON: &[&[u8]] = &[
    b"",
    b"{",
    b"[1,2,]",
    b"{'text': 'hi'}",
    b"{\"text\": \"a\x01b\"}",
    b"\xef\xbb\xbf{}",
    b"{} {}",
    b"{\"text\": NaN}",
    b"{\"text\": \"\xff\xfe\"}",
    b"null garbage",
];

fn png_claiming_photo() -> String {
    b64(&png_claiming(60_000, 60_000))
}

/// Everything hostile, endpoint by endpoint.
fn commission_corpus(t: &Target, limit: usize) -> Vec<Hostile> {
    let script = "<script>alert(1)</script>";
    let c = |path: &str| format!("/api/c/{}{path}", t.token);
    let s = |path: &str| format!("/api/studio{path}");
    let brief = |path: &str| s(&format!("/briefs/{}{path}", t.reference));
    let valid_message = json!({"text": "Hello"});
    let valid_booking = json!({"starts_at": t.slot, "kind": "video"});
    let valid_stage = json!({"stage": "cad", "note": "ok"});
    let valid_answer = json!({"answer": "accepted"});
    let valid_proposal = json!({"design_code": t.design, "message": "m"});
    let valid_availability = availability();
    let mut endpoints: Vec<Endpoint> = vec![
        (
            "visitor message",
            Method::POST,
            c("/messages"),
            false,
            true,
            valid_message.clone(),
            vec![
                json!({}),
                json!({"text": 5}),
                json!({"text": null}),
                json!({"text": ["a"]}),
                json!({"text": {"a": 1}}),
                json!({"text": "hi", "photos": "x"}),
                json!({"text": "hi", "photos": [1]}),
                json!({"text": "hi", "photos": [{"name": 1, "data_base64": ""}]}),
                json!({"text": "hi", "unknown": true}),
                json!({"text": "hi", "author": "jeweler"}),
                json!([valid_message.clone()]),
                json!("hi"),
            ],
        ),
        (
            "studio message",
            Method::POST,
            brief("/messages"),
            true,
            true,
            valid_message.clone(),
            vec![
                json!({}),
                json!({"text": false}),
                json!({"text": "hi", "by": "visitor"}),
                json!({"text": "hi", "photos": [{}]}),
                json!(null),
            ],
        ),
        (
            "answer",
            Method::POST,
            c(&format!("/proposals/{}/answer", t.proposal)),
            false,
            false,
            valid_answer.clone(),
            vec![
                json!({}),
                json!({"answer": "maybe"}),
                json!({"answer": 1}),
                json!({"answer": "accepted", "comment": 3}),
                json!({"answer": "accepted", "price": 1}),
                json!({"answer": ["accepted"]}),
            ],
        ),
        (
            "visitor booking",
            Method::POST,
            c("/appointment"),
            false,
            false,
            valid_booking.clone(),
            vec![
                json!({}),
                json!({"starts_at": t.slot}),
                json!({"starts_at": t.slot, "kind": "carrier_pigeon"}),
                json!({"starts_at": 1_800_000_000, "kind": "video"}),
                json!({"starts_at": t.slot, "kind": "video", "ends_at": t.slot}),
            ],
        ),
        (
            "studio booking",
            Method::POST,
            brief("/appointment"),
            true,
            false,
            valid_booking.clone(),
            vec![
                json!({"kind": "phone"}),
                json!({"starts_at": [], "kind": "phone"}),
            ],
        ),
        (
            "availability",
            Method::PUT,
            s("/availability"),
            true,
            false,
            valid_availability.clone(),
            vec![
                json!({}),
                json!({"time_zone": 1}),
                json!({"weekly": "always"}),
                {
                    let mut a = valid_availability.clone();
                    a["slot_minutes"] = json!(-30);
                    a
                },
                {
                    let mut a = valid_availability.clone();
                    a["slot_minutes"] = json!("60");
                    a
                },
                {
                    let mut a = valid_availability.clone();
                    a["kinds"] = json!(["telepathy"]);
                    a
                },
                {
                    let mut a = valid_availability.clone();
                    a["overbook"] = json!(true);
                    a
                },
                {
                    let mut a = valid_availability.clone();
                    a["horizon_days"] = json!(1e30);
                    a
                },
            ],
        ),
        (
            "stage",
            Method::POST,
            brief("/stages"),
            true,
            false,
            valid_stage.clone(),
            vec![
                json!({}),
                json!({"stage": "smelting"}),
                json!({"stage": 3}),
                json!({"stage": "cad", "notify": "yes"}),
                json!({"stage": "cad", "photo": "x"}),
                json!({"stage": "cad", "visible": false}),
            ],
        ),
        (
            "proposal",
            Method::POST,
            brief("/proposals"),
            true,
            true,
            valid_proposal.clone(),
            vec![
                json!({}),
                json!({"design_code": 7}),
                json!({"design_code": t.design, "price": "cheap"}),
                json!({"design_code": t.design, "price": {"low": -1, "high": 2, "currency": "GBP"}}),
                json!({"design_code": t.design, "accepted": true}),
            ],
        ),
        (
            "erasure",
            Method::POST,
            c("/erasure"),
            false,
            false,
            // Never sent whole: a valid request is stored, and this corpus changes nothing.
            json!({"comment": 5}),
            vec![
                json!({"comment": ["a"]}),
                json!({"comment": null, "everything": true}),
            ],
        ),
        (
            "link",
            Method::POST,
            brief("/link"),
            true,
            false,
            json!({"expires_in_days": "soon"}),
            vec![
                json!({"expires_in_days": -3}),
                json!({"expires_in_days": 1.5}),
                json!({"expires_in_days": [30]}),
                json!({"expires_in_days": 30, "token": "mine"}),
            ],
        ),
    ];
    let mut out = Vec::new();
    let hostile = |name: String,
                   method: &Method,
                   uri: &str,
                   studio: bool,
                   key: bool,
                   body: Vec<u8>,
                   answers: &'static [(u16, &'static str)]| Hostile {
        key: key.then(|| format!("hostile-{}", name.len() * 7919 + body.len())),
        name,
        method: method.clone(),
        uri: uri.to_owned(),
        content_type: Some("application/json"),
        studio,
        body,
        answers,
    };
    // A new link revokes the visitor's, so its cases come last; its empty body means "no expiry".
    let mut last = Vec::new();
    for (name, method, uri, studio, key, valid, shapes) in endpoints.drain(..) {
        let out = if name == "link" { &mut last } else { &mut out };
        for (i, raw) in NOT_JSON.iter().enumerate() {
            if name == "link" && raw.is_empty() {
                continue;
            }
            out.push(hostile(
                format!("{name}: not JSON {i}"),
                &method,
                &uri,
                studio,
                key,
                raw.to_vec(),
                MALFORMED,
            ));
        }
        for (i, body) in shapes.iter().enumerate() {
            out.push(hostile(
                format!("{name}: wrong shape {i} {body}"),
                &method,
                &uri,
                studio,
                key,
                body.to_string().into_bytes(),
                SHAPE,
            ));
        }
        for content_type in [
            "text/plain",
            "application/x-www-form-urlencoded",
            "image/png",
        ] {
            let mut h = hostile(
                format!("{name}: content type {content_type}"),
                &method,
                &uri,
                studio,
                key,
                valid.to_string().into_bytes(),
                MEDIA,
            );
            h.content_type = Some(content_type);
            out.push(h);
        }
        let mut bare = hostile(
            format!("{name}: no content type"),
            &method,
            &uri,
            studio,
            key,
            valid.to_string().into_bytes(),
            MEDIA,
        );
        bare.content_type = None;
        out.push(bare);
        out.push(hostile(
            format!("{name}: oversized"),
            &method,
            &uri,
            studio,
            key,
            format!("{{\"text\": \"{}\"}}", big(limit)).into_bytes(),
            TOO_LARGE,
        ));
        for wrong in [Method::PATCH, Method::PUT, Method::DELETE, Method::GET] {
            if wrong == method
                || (wrong == Method::DELETE && uri.ends_with("/appointment"))
                || (wrong == Method::DELETE && uri.ends_with("/link"))
                || (wrong == Method::GET && uri.ends_with("/availability"))
            {
                continue;
            }
            out.push(hostile(
                format!("{name}: {wrong}"),
                &wrong,
                &uri,
                studio,
                key,
                valid.to_string().into_bytes(),
                METHOD,
            ));
        }
    }

    // Field by field: huge strings, CR/LF where a line is meant, pictures that are not pictures,
    // bad base64, impossible dates and times, unknown zones.
    let photo = |name: &str, data: String| json!({"text": "see", "photos": [{"name": name, "data_base64": data}]});
    let visitor_fields: Vec<(&str, Value)> = vec![
        ("message over the limit", json!({"text": big(4001)})),
        ("empty message", json!({"text": "   "})),
        (
            "four photos",
            json!({"text": "x", "photos": [
            {"name": "a.png", "data_base64": b64(&png(1))},
            {"name": "b.png", "data_base64": b64(&png(2))},
            {"name": "c.png", "data_base64": b64(&png(3))},
            {"name": "d.png", "data_base64": b64(&png(4))}]}),
        ),
        (
            "a text file as a photo",
            photo("a.png", b64(b"just some words, no picture at all")),
        ),
        (
            "an HTML page as a photo",
            photo("a.png", b64(script.as_bytes())),
        ),
        (
            "an SVG as a photo",
            photo(
                "a.svg",
                b64(b"<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>"),
            ),
        ),
        (
            "a PDF as a photo",
            photo("a.png", b64(b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n")),
        ),
        ("a truncated PNG", photo("a.png", b64(&png(1)[..20]))),
        (
            "a PNG claiming 60000 px",
            photo("a.png", png_claiming_photo()),
        ),
        ("bad base64", photo("a.png", "!!!not base64!!!".to_owned())),
        (
            "base64 with a space inside",
            photo(
                "a.png",
                format!("{} {}", &b64(&png(1))[..8], &b64(&png(1))[8..]),
            ),
        ),
        ("empty photo", photo("a.png", String::new())),
        (
            "photo name with a folder",
            photo("../../etc/passwd", b64(&png(1))),
        ),
        (
            "photo name with CR/LF",
            photo("a.png\r\nContent-Type: text/html", b64(&png(1))),
        ),
        ("photo name too long", photo(&big(300), b64(&png(1)))),
        (
            "huge photo",
            photo("a.png", b64(&vec![0u8; 1152 * 1024 + 1])),
        ),
    ];
    for (name, body) in visitor_fields {
        out.push(hostile(
            format!("visitor message: {name}"),
            &Method::POST,
            &c("/messages"),
            false,
            true,
            body.to_string().into_bytes(),
            INVALID,
        ));
    }
    let mut bookings: Vec<(&str, Value)> = vec![
        (
            "February 30th",
            json!({"starts_at": "2027-02-30T10:00:00Z", "kind": "video"}),
        ),
        (
            "hour 25",
            json!({"starts_at": "2027-03-03T25:00:00Z", "kind": "video"}),
        ),
        (
            "minute 61",
            json!({"starts_at": "2027-03-03T10:61:00Z", "kind": "video"}),
        ),
        (
            "no zone",
            json!({"starts_at": "2027-03-03T10:00:00", "kind": "video"}),
        ),
        (
            "a zone name in the instant",
            json!({"starts_at": "2027-03-03T10:00:00[Mars/Olympus]", "kind": "video"}),
        ),
        (
            "a date only",
            json!({"starts_at": "2027-03-03", "kind": "video"}),
        ),
        (
            "words",
            json!({"starts_at": "next tuesday", "kind": "video"}),
        ),
        (
            "CR/LF after the instant",
            json!({"starts_at": format!("{}\r\nDTSTART:19700101T000000Z", t.slot), "kind": "video"}),
        ),
        ("script", json!({"starts_at": script, "kind": "video"})),
        ("huge", json!({"starts_at": big(10_000), "kind": "video"})),
        (
            "year 10000",
            json!({"starts_at": "+10000-01-01T10:00:00Z", "kind": "video"}),
        ),
        (
            "in the past",
            json!({"starts_at": "2001-01-01T10:00:00Z", "kind": "video"}),
        ),
        (
            "not a slot: 10:17",
            json!({"starts_at": t.slot.replace(":00:00", ":17:00"), "kind": "video"}),
        ),
    ];
    let statuses: &'static [(u16, &'static str)] =
        &[(422, "invalid"), (409, "slot_taken"), (409, "conflict")];
    for (name, body) in bookings.drain(..) {
        for (side, uri, studio) in [
            ("visitor", c("/appointment"), false),
            ("studio", brief("/appointment"), true),
        ] {
            out.push(hostile(
                format!("{side} booking: {name}"),
                &Method::POST,
                &uri,
                studio,
                false,
                body.to_string().into_bytes(),
                statuses,
            ));
        }
    }
    let slots: &'static [(u16, &'static str)] = &[
        (400, "invalid_query"),
        (422, "invalid"),
        (400, "malformed_query"),
        (400, "bad_request"),
    ];
    for query in [
        "from=2027-02-30&days=3",
        "from=2027-13-01&days=3",
        "from=yesterday&days=3",
        "from=2027-03-01&days=-1",
        "from=2027-03-01&days=abc",
        "from=2027-03-01&days=1000000",
        "from=2027-03-01&days=99999999999999999999",
        "from=%0D%0A2027-03-01&days=3",
        "from=%3Cscript%3E&days=3",
    ] {
        let mut h = hostile(
            format!("slots: {query}"),
            &Method::GET,
            &c(&format!("/slots?{query}")),
            false,
            false,
            Vec::new(),
            slots,
        );
        h.content_type = None;
        out.push(h);
    }
    let zones = [
        "Mars/Olympus_Mons",
        "Europe/Londn",
        "UTC+99",
        "../../etc/localtime",
        "Europe/London\r\nX: y",
        "",
        "<script>alert(1)</script>",
    ];
    for zone in zones {
        let mut a = availability();
        a["time_zone"] = json!(zone);
        out.push(hostile(
            format!("availability: zone {zone:?}"),
            &Method::PUT,
            &s("/availability"),
            true,
            false,
            a.to_string().into_bytes(),
            INVALID,
        ));
    }
    for (name, field, value) in [
        ("start 24:30", "/weekly/0/start", json!("24:30")),
        ("start 9am", "/weekly/0/start", json!("9am")),
        ("end before start", "/weekly/0/end", json!("08:00")),
        ("weekday 8", "/weekly/0/weekday", json!(8)),
        ("weekday 0", "/weekly/0/weekday", json!(0)),
        (
            "closed February 30th",
            "/closed_dates",
            json!(["2027-02-30"]),
        ),
        (
            "closed date with CR/LF",
            "/closed_dates",
            json!(["2027-03-01\r\n"]),
        ),
        ("slot of 0 minutes", "/slot_minutes", json!(0)),
        ("no kinds", "/kinds", json!([])),
        ("horizon of 0 days", "/horizon_days", json!(0)),
    ] {
        let mut a = availability();
        *a.pointer_mut(field).unwrap_or_else(|| panic!("{field}")) = value;
        out.push(hostile(
            format!("availability: {name}"),
            &Method::PUT,
            &s("/availability"),
            true,
            false,
            a.to_string().into_bytes(),
            INVALID,
        ));
    }
    for (name, body) in [
        (
            "a design code that is not one",
            json!({"design_code": "not a code"}),
        ),
        (
            "a design code with CR/LF",
            json!({"design_code": format!("{}\r\n{}", &t.design[..8], &t.design[8..])}),
        ),
        ("a huge design code", json!({"design_code": big(10_000)})),
        (
            "a message over the limit",
            json!({"design_code": t.design, "message": big(4001)}),
        ),
        (
            "an upside-down price",
            json!({"design_code": t.design, "price": {"low": 3200, "high": 2800, "currency": "GBP"}}),
        ),
        (
            "a currency in words",
            json!({"design_code": t.design, "price": {"low": 1, "high": 2, "currency": "pounds"}}),
        ),
        (
            "a currency with CR/LF",
            json!({"design_code": t.design, "price": {"low": 1, "high": 2, "currency": "G\r\nB"}}),
        ),
    ] {
        out.push(hostile(
            format!("proposal: {name}"),
            &Method::POST,
            &brief("/proposals"),
            true,
            true,
            body.to_string().into_bytes(),
            INVALID,
        ));
    }
    for (name, body) in [
        (
            "a note over the limit",
            json!({"stage": "cad", "note": big(4001)}),
        ),
        (
            "a text file as its photo",
            json!({"stage": "cad", "photo": {"name": "a.png", "data_base64": b64(b"words")}}),
        ),
        (
            "bad base64",
            json!({"stage": "cad", "photo": {"name": "a.png", "data_base64": "%%%"}}),
        ),
        (
            "a PNG claiming 60000 px",
            json!({"stage": "cad", "photo": {"name": "a.png", "data_base64": png_claiming_photo()}}),
        ),
    ] {
        out.push(hostile(
            format!("stage: {name}"),
            &Method::POST,
            &brief("/stages"),
            true,
            false,
            body.to_string().into_bytes(),
            INVALID,
        ));
    }
    {
        let body = json!({"answer": "changes_requested", "comment": big(2001)});
        out.push(hostile(
            "answer: a comment over the limit".to_owned(),
            &Method::POST,
            &c(&format!("/proposals/{}/answer", t.proposal)),
            false,
            false,
            body.to_string().into_bytes(),
            INVALID,
        ));
    }
    out.push(hostile(
        "erasure: a comment over the limit".to_owned(),
        &Method::POST,
        &c("/erasure"),
        false,
        false,
        json!({"comment": big(2001)}).to_string().into_bytes(),
        INVALID,
    ));
    // Another proposal's id, and ids that are not ids.
    for (id, answers) in [
        ("999999", NOT_FOUND),
        ("-1", NOT_FOUND),
        (
            "abc",
            &[
                (404, "not_found"),
                (400, "invalid_path"),
                (400, "bad_request"),
            ][..],
        ),
        (
            "1e3",
            &[
                (404, "not_found"),
                (400, "invalid_path"),
                (400, "bad_request"),
            ][..],
        ),
    ] {
        out.push(hostile(
            format!("answer to proposal {id}"),
            &Method::POST,
            &c(&format!("/proposals/{id}/answer")),
            false,
            false,
            valid_answer.to_string().into_bytes(),
            answers,
        ));
    }

    // Tokens that are not a live link, on every visitor endpoint.
    let guessed = "A".repeat(44);
    let tokens: Vec<(String, String)> = vec![
        ("a 44-character guess".to_owned(), guessed.clone()),
        (
            "the live token and one more character".to_owned(),
            format!("{}A", t.token),
        ),
        (
            "the live token less one character".to_owned(),
            t.token[..t.token.len() - 1].to_owned(),
        ),
        (
            "an escaped slash".to_owned(),
            format!("{}%2F..", &t.token[..20]),
        ),
        ("dot dot".to_owned(), "..".to_owned()),
        ("escaped dot dot".to_owned(), "%2E%2E".to_owned()),
        ("a NUL".to_owned(), format!("{}%00", t.token)),
        ("a lone NUL".to_owned(), "%00".to_owned()),
        ("CR/LF".to_owned(), format!("{}%0D%0A", t.token)),
        ("a script".to_owned(), "%3Cscript%3E".to_owned()),
        ("invalid UTF-8".to_owned(), "%FF%FE".to_owned()),
        ("a huge token".to_owned(), "A".repeat(4000)),
    ];
    for (name, token) in &tokens {
        for (what, method, path, body) in [
            ("view", Method::GET, "", None),
            (
                "message",
                Method::POST,
                "/messages",
                Some(valid_message.clone()),
            ),
            (
                "answer",
                Method::POST,
                &*format!("/proposals/{}/answer", t.proposal),
                Some(valid_answer.clone()),
            ),
            (
                "booking",
                Method::POST,
                "/appointment",
                Some(valid_booking.clone()),
            ),
            ("cancel", Method::DELETE, "/appointment", None),
            ("slots", Method::GET, "/slots?from=2027-03-01&days=3", None),
            ("export", Method::GET, "/export.json", None),
            (
                "erasure",
                Method::POST,
                "/erasure",
                Some(json!({"comment": ""})),
            ),
            ("file", Method::GET, "/files/1", None),
        ] {
            let mut h = hostile(
                format!("token {name}: {what}"),
                &method,
                &format!("/api/c/{token}{path}"),
                false,
                what == "message",
                body.map(|b| b.to_string().into_bytes()).unwrap_or_default(),
                UNKNOWN_LINK,
            );
            if h.body.is_empty() {
                h.content_type = None;
            }
            out.push(h);
        }
    }
    // A raw `/` in the token makes another path, which is no route.
    for path in [
        format!("/api/c/{}/x/messages", &t.token[..20]),
        format!("/api/c/{}/../{}/messages", t.token, t.token),
        "/api/c//messages".to_owned(),
    ] {
        out.push(hostile(
            format!("path {path}"),
            &Method::POST,
            &path,
            false,
            true,
            valid_message.to_string().into_bytes(),
            UNKNOWN_LINK,
        ));
    }
    out.extend(last);
    out
}

/// A valid week for the shop: London, every day 09:00–17:00, all kinds.
fn availability() -> Value {
    json!({
        "time_zone": "Europe/London",
        "weekly": (1..=7).map(|d| json!({"weekday": d, "start": "09:00", "end": "17:00"})).collect::<Vec<_>>(),
        "slot_minutes": 60,
        "buffer_minutes": 0,
        "kinds": ["in_shop", "video", "phone"],
        "closed_dates": [],
        "horizon_days": 30,
        "min_notice_hours": 0,
    })
}

/// A request as the corpus describes it, from `peer`, with the studio's session when asked.
async fn hostile_send(
    state: &atelier_server::AppState,
    h: &Hostile,
    session: &studio_common::Session,
    peer: [u8; 4],
) -> Reply {
    let mut request = Request::builder()
        .method(h.method.clone())
        .uri(h.uri.as_str());
    if let Some(content_type) = h.content_type {
        request = request.header(header::CONTENT_TYPE, content_type);
    }
    if let Some(key) = &h.key {
        request = request.header("idempotency-key", key.as_str());
    }
    // As every HTTP client does for a body it holds whole.
    if h.method != Method::GET {
        request = request.header(header::CONTENT_LENGTH, h.body.len());
    }
    if h.studio {
        request = request
            .header(header::COOKIE, &session.cookie)
            .header("x-csrf-token", &session.csrf);
    }
    send(
        state,
        request.body(Body::from(h.body.clone())).expect("request"),
        peer,
    )
    .await
}

/// A brief with its live link, the shop's bookings open and one proposal made, through the API.
async fn commission_target(state: &atelier_server::AppState) -> (studio_common::Session, Target) {
    let session = studio_common::sign_in(state).await;
    let brief = post_json(state, "commission-brief", &base()).await;
    let reference = created(&brief);
    let token = brief.json()["commission_url"]
        .as_str()
        .and_then(|u| u.strip_prefix("/c/"))
        .expect("commission_url")
        .to_owned();
    let opened = studio_common::call(
        state,
        Method::PUT,
        "/api/studio/availability",
        Some(&session),
        Some(&session.csrf),
        Some(availability()),
    )
    .await;
    assert_eq!(
        opened.status,
        200,
        "{}",
        String::from_utf8_lossy(&opened.body)
    );
    let view = get(state, &format!("/api/c/{token}")).await.json();
    let design = view["current_code"]
        .as_str()
        .expect("current_code")
        .to_owned();
    let request = Request::post(format!("/api/studio/briefs/{reference}/proposals"))
        .header(header::CONTENT_TYPE, "application/json")
        .header(header::COOKIE, &session.cookie)
        .header("x-csrf-token", &session.csrf)
        .header("idempotency-key", "robust-proposal")
        .body(Body::from(
            json!({"design_code": design, "message": "A thought."}).to_string(),
        ))
        .expect("request");
    let proposed = send(state, request, [127, 0, 0, 1]).await;
    assert_eq!(
        proposed.status,
        201,
        "{}",
        String::from_utf8_lossy(&proposed.body)
    );
    let from = jiff::Timestamp::now().strftime("%Y-%m-%d").to_string();
    let slots = get(state, &format!("/api/c/{token}/slots?from={from}&days=14"))
        .await
        .json();
    let slot = slots["slots"][3]["starts_at"]
        .as_str()
        .expect("a free slot")
        .to_owned();
    let target = Target {
        token,
        reference,
        proposal: proposed.json()["id"].as_i64().expect("id"),
        design,
        slot,
    };
    (session, target)
}

/// Sends each case; what went otherwise than its table says, one line per case.
async fn refused_as_expected(
    state: &atelier_server::AppState,
    session: &studio_common::Session,
    corpus: &[Hostile],
) -> Vec<String> {
    let mut failures = Vec::new();
    for (i, h) in corpus.iter().enumerate() {
        // Spread the peers so the rate limits never answer in a case's place.
        let reply =
            hostile_send(state, h, session, [10, 8, (i / 250) as u8, (i % 250) as u8]).await;
        let json: Option<Value> = serde_json::from_slice(&reply.body).ok();
        let code = json
            .as_ref()
            .and_then(|j| j["error"]["code"].as_str())
            .unwrap_or_default();
        let message = json
            .as_ref()
            .and_then(|j| j["error"]["message"].as_str())
            .unwrap_or_default();
        let is_json = reply
            .headers
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("application/json"));
        let leaks = ["sqlx", "sqlite", "panicked", "/src/", "stack backtrace"]
            .iter()
            .any(|w| message.to_ascii_lowercase().contains(w));
        let expected = h
            .answers
            .iter()
            .any(|(s, c)| reply.status.as_u16() == *s && code == *c);
        if !expected || message.trim().is_empty() || !is_json || leaks {
            failures.push(format!(
                "{} ({} {}): expected one of {:?}, got {} {}",
                h.name,
                h.method,
                &h.uri[..h.uri.len().min(120)],
                h.answers,
                reply.status,
                String::from_utf8_lossy(&reply.body[..reply.body.len().min(300)])
            ));
        }
    }
    failures
}

#[tokio::test]
async fn every_hostile_request_to_the_commission_gets_a_clear_4xx_and_changes_nothing() {
    let f = fixture().await;
    let (session, target) = commission_target(&f.state).await;
    let before = robust_counts(&f.state).await;
    let corpus = commission_corpus(&target, f.state.config.max_body_bytes * 2);
    assert!(corpus.len() >= 400, "only {} cases", corpus.len());
    let failures = refused_as_expected(&f.state, &session, &corpus).await;
    let after = robust_counts(&f.state).await;
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        corpus.len(),
        failures.join("\n")
    );
    assert_eq!(before, after, "the store changed");
    eprintln!(
        "{} hostile requests to the commission, all refused with the expected 4xx",
        corpus.len()
    );
}

/// serde reads a struct from a JSON array of its fields as readily as from an object; a
/// commission body must be an object, as the briefs' is.
#[tokio::test]
async fn commission_bodies_given_as_arrays_are_refused() {
    let f = fixture().await;
    let (session, t) = commission_target(&f.state).await;
    let case = |name: &str, method: Method, uri: String, studio: bool, body: Value| Hostile {
        name: format!("{name} as an array {body}"),
        method,
        uri,
        content_type: Some("application/json"),
        key: Some(format!("array-{name}")),
        studio,
        body: body.to_string().into_bytes(),
        answers: SHAPE,
    };
    let corpus = vec![
        case(
            "visitor message",
            Method::POST,
            format!("/api/c/{}/messages", t.token),
            false,
            json!(["Hello", []]),
        ),
        case(
            "studio message",
            Method::POST,
            format!("/api/studio/briefs/{}/messages", t.reference),
            true,
            json!(["Hello", []]),
        ),
        case(
            "answer",
            Method::POST,
            format!("/api/c/{}/proposals/{}/answer", t.token, t.proposal),
            false,
            json!(["accepted", "ok"]),
        ),
        case(
            "visitor booking",
            Method::POST,
            format!("/api/c/{}/appointment", t.token),
            false,
            json!([t.slot, "video"]),
        ),
        case(
            "studio booking",
            Method::POST,
            format!("/api/studio/briefs/{}/appointment", t.reference),
            true,
            json!([t.slot, "phone"]),
        ),
        case(
            "stage",
            Method::POST,
            format!("/api/studio/briefs/{}/stages", t.reference),
            true,
            json!(["cad", "ok", null, false]),
        ),
        case(
            "proposal",
            Method::POST,
            format!("/api/studio/briefs/{}/proposals", t.reference),
            true,
            json!([t.design, "m", null]),
        ),
        case(
            "erasure",
            Method::POST,
            format!("/api/c/{}/erasure", t.token),
            false,
            json!([]),
        ),
        case(
            "erasure with a comment",
            Method::POST,
            format!("/api/c/{}/erasure", t.token),
            false,
            json!(["erase it"]),
        ),
        case(
            "link",
            Method::POST,
            format!("/api/studio/briefs/{}/link", t.reference),
            true,
            json!([30]),
        ),
    ];
    let before = robust_counts(&f.state).await;
    let failures = refused_as_expected(&f.state, &session, &corpus).await;
    let after = robust_counts(&f.state).await;
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        corpus.len(),
        failures.join("\n")
    );
    assert_eq!(before, after, "the store changed");
}

/// Every leaf part of a parsed email: `(mime type, decoded body)`.
fn mail_parts(mail: &mailparse::ParsedMail<'_>, out: &mut Vec<(String, String)>) {
    if mail.subparts.is_empty() {
        out.push((
            mail.ctype.mimetype.clone(),
            mail.get_body().unwrap_or_default(),
        ));
    }
    for part in &mail.subparts {
        mail_parts(part, out);
    }
}

/// Markup sent as words stays words: stored and answered exactly as written, and in the emails
/// that carry it, escaped in the HTML and never a tag.
#[tokio::test]
async fn markup_in_the_commission_is_kept_as_text_and_escaped_in_emails() {
    let f = fixture().await;
    let (session, t) = commission_target(&f.state).await;
    let visitor_words = "<script>alert(1)</script>\nand a second line";
    let jeweler_words = "<img src=x onerror=alert(2)> & \"quotes\"";
    let stage_note = "<script>alert(3)</script>";
    let post = |uri: String, key: Option<&'static str>, studio: bool, body: Value| Hostile {
        name: uri.clone(),
        method: Method::POST,
        uri,
        content_type: Some("application/json"),
        key: key.map(str::to_owned),
        studio,
        body: body.to_string().into_bytes(),
        answers: &[],
    };
    for (h, status) in [
        (
            post(
                format!("/api/c/{}/messages", t.token),
                Some("markup-1"),
                false,
                json!({"text": visitor_words}),
            ),
            201,
        ),
        (
            post(
                format!("/api/studio/briefs/{}/messages", t.reference),
                Some("markup-2"),
                true,
                json!({"text": jeweler_words}),
            ),
            201,
        ),
        (
            post(
                format!("/api/studio/briefs/{}/stages", t.reference),
                None,
                true,
                json!({"stage": "sketch", "note": stage_note, "notify": true}),
            ),
            201,
        ),
    ] {
        let reply = hostile_send(&f.state, &h, &session, [127, 0, 0, 1]).await;
        assert_eq!(
            reply.status,
            status,
            "{}: {}",
            h.name,
            String::from_utf8_lossy(&reply.body)
        );
    }
    let view = get(&f.state, &format!("/api/c/{}", t.token)).await.json();
    let texts: Vec<&str> = view["messages"]
        .as_array()
        .expect("messages")
        .iter()
        .filter_map(|m| m["text"].as_str())
        .collect();
    assert_eq!(texts, [visitor_words, jeweler_words]);
    assert_eq!(view["stages"][0]["note"], stage_note);

    atelier_server::outbox::deliver_due(&f.state, atelier_server::clock::now_unix())
        .await
        .expect("deliver");
    let folder = f.state.config.data_dir.join("outbox-mail");
    let mut carried = [false; 3];
    for entry in std::fs::read_dir(&folder).expect("mail folder").flatten() {
        let raw = std::fs::read(entry.path()).expect("read");
        let mail = mailparse::parse_mail(&raw).expect("parse");
        let mut parts = Vec::new();
        mail_parts(&mail, &mut parts);
        for (mime, body) in &parts {
            if mime != "text/html" {
                continue;
            }
            let name = entry.file_name();
            for tag in ["<script", "<img src=x"] {
                assert!(
                    !body.contains(tag),
                    "{name:?} has the tag {tag} in its HTML:\n{body}"
                );
            }
            carried[0] |= body.contains("&lt;script&gt;alert(1)&lt;/script&gt;");
            carried[1] |= body.contains("&lt;img src=x onerror=alert(2)&gt;");
            carried[2] |= body.contains("&lt;script&gt;alert(3)&lt;/script&gt;");
        }
    }
    assert_eq!(
        carried,
        [true; 3],
        "each notice carries its words, escaped: the visitor's message, the jeweler's, the stage's note"
    );
}
