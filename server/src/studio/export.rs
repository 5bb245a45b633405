//! `GET /export.json` and `GET /export.csv` (optionally `?status=`): every brief, oldest first,
//! streamed a page at a time so memory stays bounded however many briefs there are.
//!
//! CSV cells that a spreadsheet would read as a formula (starting with `=`, `+`, `-`, `@`, tab or
//! CR) get a leading `'`, so an export opened in Excel or LibreOffice cannot run anything.

use super::inbox::{brief_facts, parse_filter};
use super::session::Jeweler;
use crate::error::ApiError;
use crate::store::inbox::{export_page, ExportRow};
use crate::store::Database;
use crate::AppState;
use axum::body::{Body, Bytes};
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};
use futures_util::StreamExt;
use serde::Deserialize;
use serde_json::{json, Value};

/// Rows read per page.
const PAGE: i64 = 200;

/// The CSV columns, in order.
pub const CSV_COLUMNS: [&str; 12] = [
    "reference",
    "created_at",
    "status",
    "name",
    "email",
    "phone",
    "occasion",
    "deadline",
    "budget_min",
    "budget_max",
    "currency",
    "summary",
];

/// The query string.
#[derive(Debug, Default, Deserialize)]
pub struct ExportQuery {
    /// One status, or all.
    pub status: Option<String>,
}

/// One CSV cell: formula-looking text defused with `'`, quoted when it holds `,` `"` or a line break.
pub fn csv_cell(text: &str) -> String {
    let defused = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    if defused.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", defused.replace('"', "\"\""))
    } else {
        defused
    }
}

fn csv_line(row: &ExportRow) -> String {
    let (occasion, deadline, budget) = brief_facts(&row.brief_json);
    let phone = serde_json::from_str::<Value>(&row.brief_json)
        .ok()
        .and_then(|b| {
            b.pointer("/contact/phone")
                .and_then(Value::as_str)
                .map(str::to_owned)
        })
        .unwrap_or_default();
    let money = |key: &str| {
        budget
            .as_ref()
            .and_then(|b| b.get(key))
            .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_owned))
            .unwrap_or_default()
    };
    let cells = [
        row.reference.clone(),
        row.created_at.clone(),
        row.status.clone(),
        row.name.clone(),
        row.email.clone(),
        phone,
        occasion.unwrap_or_default(),
        deadline.unwrap_or_default(),
        money("min"),
        money("max"),
        money("currency"),
        row.summary.clone(),
    ];
    let mut line = cells
        .iter()
        .map(|c| csv_cell(c))
        .collect::<Vec<_>>()
        .join(",");
    line.push_str("\r\n");
    line
}

fn json_item(row: &ExportRow) -> String {
    json!({
        "reference": row.reference,
        "created_at": row.created_at,
        "status": row.status,
        "name": row.name,
        "email": row.email,
        "summary": row.summary,
        "brief": serde_json::from_str::<Value>(&row.brief_json).unwrap_or(Value::Null),
    })
    .to_string()
}

#[derive(Clone, Copy, PartialEq)]
enum Format {
    Json,
    Csv,
}

struct Cursor {
    db: Database,
    status: Option<&'static str>,
    after: i64,
    first: bool,
    done: bool,
    format: Format,
}

/// The export's chunks. Fused: layers around the body (compression) may poll it again after its
/// end, which a bare `unfold` answers with a panic.
fn stream(cursor: Cursor) -> Body {
    let chunks = futures_util::stream::unfold(cursor, |mut c| async move {
        if c.done {
            return None;
        }
        let mut out = String::new();
        if c.first {
            out.push_str(match c.format {
                Format::Json => "[",
                Format::Csv => "",
            });
            if c.format == Format::Csv {
                out.push_str(&CSV_COLUMNS.join(","));
                out.push_str("\r\n");
            }
        }
        match export_page(&c.db, c.status, c.after, PAGE).await {
            Ok(rows) => {
                for row in &rows {
                    match c.format {
                        Format::Csv => out.push_str(&csv_line(row)),
                        Format::Json => {
                            if !c.first {
                                out.push(',');
                            }
                            out.push('\n');
                            out.push_str(&json_item(row));
                        }
                    }
                    c.first = false;
                }
                c.first = false;
                match rows.last() {
                    Some(last) if rows.len() as i64 == PAGE => c.after = last.id,
                    _ => {
                        c.done = true;
                        if c.format == Format::Json {
                            out.push_str("\n]\n");
                        }
                    }
                }
                Some((Ok::<Bytes, std::io::Error>(Bytes::from(out)), c))
            }
            Err(e) => {
                // The status line is gone by now; a cut-off file is the only signal left.
                tracing::error!(error = %e, "export stopped");
                c.done = true;
                Some((Err(std::io::Error::other(e.to_string())), c))
            }
        }
    });
    Body::from_stream(chunks.fuse())
}

fn respond(
    state: &AppState,
    query: Result<Query<ExportQuery>, QueryRejection>,
    format: Format,
) -> Result<Response, ApiError> {
    let Query(query) = query.map_err(|e| ApiError::Invalid {
        field: "query",
        message: e.body_text(),
    })?;
    let filter = parse_filter(query.status.as_deref(), None)?;
    let body = stream(Cursor {
        db: state.db.clone(),
        status: filter.status,
        after: 0,
        first: true,
        done: false,
        format,
    });
    let (mime, extension) = match format {
        Format::Json => ("application/json", "json"),
        Format::Csv => ("text/csv; charset=utf-8", "csv"),
    };
    let mut response = body.into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(mime));
    let (year, month, day) = crate::clock::civil_from_unix(crate::clock::now_unix());
    let date = format!("{year:04}-{month:02}-{day:02}");
    headers.insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_str(&disposition(&state.config.shop_name, &date, extension))
            .unwrap_or_else(|_| HeaderValue::from_static("attachment")),
    );
    Ok(response)
}

/// The download's name: the shop's and the day's, so a jeweler of several shops, or exporting
/// often, keeps every file apart (`Maison Vérel briefs 2026-12-07.csv`, in RFC 6266's UTF-8
/// form, with a plain `briefs-2026-12-07.csv` for any client that cannot read it).
fn disposition(shop_name: &str, date: &str, extension: &str) -> String {
    use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
    /// RFC 5987's attr-char, which may stand unencoded.
    const KEPT: &AsciiSet = &NON_ALPHANUMERIC
        .remove(b'!')
        .remove(b'#')
        .remove(b'$')
        .remove(b'&')
        .remove(b'+')
        .remove(b'-')
        .remove(b'.')
        .remove(b'^')
        .remove(b'_')
        .remove(b'`')
        .remove(b'|')
        .remove(b'~');
    let shop: String = shop_name
        .chars()
        .map(|c| match c {
            '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|' => '-',
            c if c.is_control() => ' ',
            c => c,
        })
        .collect();
    let shop = shop.split_whitespace().collect::<Vec<_>>().join(" ");
    let named = match shop.is_empty() {
        true => format!("briefs {date}.{extension}"),
        false => format!("{shop} briefs {date}.{extension}"),
    };
    format!(
        "attachment; filename=\"briefs-{date}.{extension}\"; filename*=UTF-8''{}",
        utf8_percent_encode(&named, KEPT)
    )
}

/// `GET /export.json`.
pub async fn json_export(
    State(state): State<AppState>,
    _jeweler: Jeweler,
    query: Result<Query<ExportQuery>, QueryRejection>,
) -> Result<Response, ApiError> {
    respond(&state, query, Format::Json)
}

/// `GET /export.csv`.
pub async fn csv_export(
    State(state): State<AppState>,
    _jeweler: Jeweler,
    query: Result<Query<ExportQuery>, QueryRejection>,
) -> Result<Response, ApiError> {
    respond(&state, query, Format::Csv)
}

#[cfg(test)]
mod tests {
    use super::{csv_cell, disposition};

    #[test]
    fn the_download_is_named_after_the_shop_and_the_day() {
        assert_eq!(
            disposition("Maison Vérel", "2026-12-07", "csv"),
            "attachment; filename=\"briefs-2026-12-07.csv\"; \
             filename*=UTF-8''Maison%20V%C3%A9rel%20briefs%202026-12-07.csv"
        );
        assert_eq!(
            disposition("A/B \"Ringe\"\n", "2026-12-07", "json"),
            "attachment; filename=\"briefs-2026-12-07.json\"; \
             filename*=UTF-8''A-B%20-Ringe-%20briefs%202026-12-07.json"
        );
        assert_eq!(
            disposition("  ", "2026-12-07", "csv"),
            "attachment; filename=\"briefs-2026-12-07.csv\"; \
             filename*=UTF-8''briefs%202026-12-07.csv"
        );
    }

    #[test]
    fn cells_are_quoted_and_defused() {
        assert_eq!(csv_cell("Ada"), "Ada");
        assert_eq!(csv_cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(csv_cell("+44 20"), "'+44 20");
        assert_eq!(csv_cell("-1"), "'-1");
        assert_eq!(csv_cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(csv_cell("a,b"), "\"a,b\"");
        assert_eq!(csv_cell("line\nbreak"), "\"line\nbreak\"");
    }
}
