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
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .fetch_all(state.db.reader())
    .await
    .expect("tables");
    let mut out = Vec::new();
    for table in tables {
        let n: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM \"{table}\""))
            .fetch_one(state.db.reader())
            .await
            .expect("count");
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
    let id = atelier_server::store::id_by_reference(&f.state.db, &reference)
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
