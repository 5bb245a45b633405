//! `GET /briefs`: the inbox, newest first, filtered by status and by whose turn it is in the
//! conversation and by whether the visitor asked for erasure, searched by name, email or reference, paged by keyset on `(created_at, id)`
//! (the queries are [`crate::store::inbox`]'s). This handler checks the query string, carries the
//! page boundary in an opaque cursor, and shapes the rows for the studio.
//!
//! Each row's summary is said in the shop's language from the brief's current design (the last
//! proposal its visitor accepted, else the one they sent), not taken from the stored text, which
//! is in the language of the day the brief came. A brief whose design changed by a proposal says
//! so, and shows no thumbnail: its snapshot pictures the design that was sent, not the agreed one.

use super::session::Jeweler;
use crate::error::ApiError;
use crate::i18n::Reader;
use crate::store::inbox::{self as store, parse_turn, Filter, InboxError, InboxRow};
use crate::{AppState, Config};
use atelier_core::brief::Brief;
use atelier_core::catalog::Catalog;
use atelier_core::commission::Turn;
use atelier_core::workflow::{Status, NAMES};
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::Json;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// Rows per page unless `limit` says otherwise.
pub const DEFAULT_LIMIT: u32 = 25;
/// The largest page.
pub const MAX_LIMIT: u32 = 100;
/// Longest search text.
const MAX_QUERY: usize = 200;

/// The query string.
#[derive(Debug, Default, Deserialize)]
pub struct InboxQuery {
    /// One status, or absent / `all` for every status.
    pub status: Option<String>,
    /// Search text.
    pub q: Option<String>,
    /// `visitor_replied` or `awaiting_reply` (or `with_visitor`), or absent / `all`.
    pub turn: Option<String>,
    /// `requested`: only briefs whose visitor asked for erasure; absent / `all`: any.
    pub erasure: Option<String>,
    /// The `next` of the previous page.
    pub cursor: Option<String>,
    /// Rows per page, 1–100.
    pub limit: Option<u32>,
}

/// One row of the inbox.
#[derive(Debug, Serialize)]
pub struct InboxItem {
    /// `AT-XXXXX`.
    pub reference: String,
    /// RFC 3339.
    pub created_at: String,
    /// Workflow status.
    pub status: String,
    /// Whose turn it is in the conversation.
    pub turn: Turn,
    /// The visitor's name.
    pub name: String,
    /// The visitor's email.
    pub email: String,
    /// The occasion in words (`engagement`, or the visitor's own words), if given.
    pub occasion: Option<String>,
    /// `YYYY-MM-DD`, if given.
    pub deadline: Option<String>,
    /// `{"min","max","currency"}`, if given.
    pub budget: Option<Value>,
    /// URL of the first snapshot, while it pictures the current design.
    pub thumbnail: Option<String>,
    /// The current design in words.
    pub summary: String,
    /// Whether an accepted proposal changed the design since the brief came.
    pub changed_by_proposal: bool,
    /// The agreed design's share code when a proposal changed it (the studio sketches it where
    /// the snapshot of the design sent would show), else `null`.
    pub agreed_design: Option<String>,
    /// When the visitor asked for the brief's erasure (RFC 3339), or `null`.
    pub erasure_requested_at: Option<String>,
}

/// A page of the inbox.
#[derive(Debug, Serialize)]
pub struct InboxPage {
    /// Newest first.
    pub items: Vec<InboxItem>,
    /// Cursor of the next page, or `null` on the last.
    pub next: Option<String>,
    /// Briefs per status, and `all`.
    pub counts: Map<String, Value>,
}

/// A list filter's value from a query string: `None` when absent, empty or `all` (no filter).
fn chosen(value: Option<&str>) -> Option<&str> {
    value
        .map(str::trim)
        .filter(|v| !v.is_empty() && *v != "all")
}

/// Checks `status` and `q` from a query string.
pub fn parse_filter(status: Option<&str>, q: Option<&str>) -> Result<Filter, ApiError> {
    let status = match chosen(status) {
        None => None,
        Some(s) => Some(
            Status::parse(s)
                .map(Status::name)
                .ok_or_else(|| ApiError::Invalid {
                    field: "status",
                    message: format!("expected all or one of {}", NAMES.join(", ")),
                })?,
        ),
    };
    let q = q
        .map(str::trim)
        .filter(|q| !q.is_empty())
        .map(str::to_owned);
    if q.as_ref().is_some_and(|q| q.chars().count() > MAX_QUERY) {
        return Err(ApiError::Invalid {
            field: "q",
            message: format!("search for at most {MAX_QUERY} characters"),
        });
    }
    // No name, email or reference holds one, and FTS5's parser stops at a NUL.
    if q.as_ref().is_some_and(|q| q.chars().any(char::is_control)) {
        return Err(ApiError::Invalid {
            field: "q",
            message: "search for letters, digits or punctuation, without control characters"
                .to_owned(),
        });
    }
    Ok(Filter {
        status,
        q,
        turn: None,
        erasure_requested: false,
    })
}

/// `filter`, narrowed to one turn from a query string's `turn` (absent or `all`: any).
pub fn with_turn(filter: Filter, turn: Option<&str>) -> Result<Filter, ApiError> {
    let turn = match chosen(turn) {
        None => None,
        Some(t) => Some(parse_turn(t).ok_or_else(|| ApiError::Invalid {
            field: "turn",
            message: "expected all, visitor_replied, awaiting_reply or with_visitor".to_owned(),
        })?),
    };
    Ok(Filter { turn, ..filter })
}

/// `filter`, narrowed to the briefs whose visitor asked for erasure by a query string's `erasure`
/// (`requested`; absent or `all`: any).
pub fn with_erasure(filter: Filter, erasure: Option<&str>) -> Result<Filter, ApiError> {
    let erasure_requested = match chosen(erasure) {
        None => false,
        Some("requested") => true,
        Some(_) => {
            return Err(ApiError::Invalid {
                field: "erasure",
                message: "expected all or requested".to_owned(),
            })
        }
    };
    Ok(Filter {
        erasure_requested,
        ..filter
    })
}

/// Encodes a page boundary.
fn encode_cursor(created_at: &str, id: i64) -> String {
    URL_SAFE_NO_PAD.encode(format!("{created_at}|{id}"))
}

fn decode_cursor(cursor: &str) -> Result<(String, i64), ApiError> {
    let bad = || ApiError::Invalid {
        field: "cursor",
        message: "this page link is damaged; start from the first page".to_owned(),
    };
    let bytes = URL_SAFE_NO_PAD.decode(cursor.trim()).map_err(|_| bad())?;
    let text = String::from_utf8(bytes).map_err(|_| bad())?;
    let (at, id) = text.split_once('|').ok_or_else(bad)?;
    Ok((at.to_owned(), id.parse().map_err(|_| bad())?))
}

/// The occasion, deadline and budget out of a stored brief's JSON (each `None` when absent).
pub fn brief_facts(brief_json: &str) -> (Option<String>, Option<String>, Option<Value>) {
    let Ok(brief) = serde_json::from_str::<Value>(brief_json) else {
        return (None, None, None);
    };
    let occasion = match brief.get("occasion") {
        Some(Value::String(s)) => Some(s.replace('-', " ")),
        Some(Value::Object(o)) => o.get("other").and_then(Value::as_str).map(str::to_owned),
        _ => None,
    };
    let deadline = brief
        .get("deadline")
        .and_then(Value::as_str)
        .map(str::to_owned);
    let budget = brief.get("budget").filter(|b| b.is_object()).cloned();
    (occasion, deadline, budget)
}

/// The current design of a stored brief in the shop's words (the stored summary was written in
/// the language of its day, and a shop may change its language since), and the code of the agreed
/// design when an accepted proposal (`accepted`, a share code) changed it from the one sent.
/// `None` when the stored brief no longer reads.
fn shop_summary(
    shop: &Reader<'_>,
    catalog: &Catalog,
    brief_json: &str,
    accepted: Option<&str>,
) -> Option<(String, Option<String>)> {
    let brief: Brief = serde_json::from_str(brief_json).ok()?;
    let changed = accepted
        .filter(|code| *code != atelier_core::share::encode(&brief.design))
        .and_then(|code| Some((atelier_core::share::decode(code).ok()?, code.to_owned())));
    let design = changed.as_ref().map_or(&brief.design, |(design, _)| design);
    Some((
        shop.say(&atelier_core::summary::summary_msg(design, catalog)),
        changed.map(|(_, code)| code),
    ))
}

/// One page of the inbox: its rows for the studio and the cursor of the next page.
pub async fn page(
    state: &AppState,
    filter: &Filter,
    cursor: Option<(String, i64)>,
    limit: u32,
) -> Result<(Vec<InboxItem>, Option<String>), ApiError> {
    let page = store::page(&state.db, filter, cursor.as_ref(), limit)
        .await
        .map_err(inbox_error)?;
    let shop = state.words.shop();
    let next = page
        .rows
        .last()
        .map(|last| encode_cursor(&last.created_at, last.id))
        .filter(|_| page.more);
    let items = page
        .rows
        .into_iter()
        .map(|row| inbox_item(&shop, &state.catalog, &state.config, row))
        .collect();
    Ok((items, next))
}

/// One row as the studio shows it.
fn inbox_item(shop: &Reader<'_>, catalog: &Catalog, config: &Config, row: InboxRow) -> InboxItem {
    let (occasion, deadline, budget) = brief_facts(&row.brief_json);
    let (summary, agreed_design) =
        shop_summary(shop, catalog, &row.brief_json, row.accepted_code.as_deref())
            .unwrap_or((row.summary, None));
    let changed_by_proposal = agreed_design.is_some();
    InboxItem {
        reference: row.reference,
        created_at: row.created_at,
        status: row.status,
        turn: row.turn,
        name: row.name,
        email: row.email,
        occasion,
        deadline,
        budget,
        thumbnail: row
            .thumbnail
            .filter(|_| !changed_by_proposal)
            .map(|f| config.shop_path(&format!("/api/studio/files/{f}"))),
        summary,
        changed_by_proposal,
        agreed_design,
        erasure_requested_at: row.erasure_requested_at,
    }
}

/// A search text the full-text index refused is the searcher's to change, not an outage.
fn inbox_error(error: InboxError) -> ApiError {
    match error {
        InboxError::SearchRefused(_) => ApiError::Invalid {
            field: "q",
            message: "this search cannot be run; try other words".to_owned(),
        },
        InboxError::Db(e) => e.into(),
    }
}

/// Briefs per status, plus `all`.
pub async fn counts(state: &AppState) -> Result<Map<String, Value>, ApiError> {
    let rows = store::counts(&state.db).await?;
    let mut counts = Map::new();
    for s in NAMES {
        let n = rows.iter().find(|r| r.status == s).map_or(0, |r| r.count);
        counts.insert(s.to_owned(), n.into());
    }
    counts.insert(
        "all".to_owned(),
        rows.iter().map(|r| r.count).sum::<i64>().into(),
    );
    Ok(counts)
}

/// The handler.
pub async fn list(
    State(state): State<AppState>,
    _jeweler: Jeweler,
    query: Result<Query<InboxQuery>, QueryRejection>,
) -> Result<Json<InboxPage>, ApiError> {
    let Query(query) = query.map_err(|e| ApiError::Invalid {
        field: "query",
        message: e.body_text(),
    })?;
    let filter = with_erasure(
        with_turn(
            parse_filter(query.status.as_deref(), query.q.as_deref())?,
            query.turn.as_deref(),
        )?,
        query.erasure.as_deref(),
    )?;
    let limit = query.limit.unwrap_or(DEFAULT_LIMIT);
    if !(1..=MAX_LIMIT).contains(&limit) {
        return Err(ApiError::Invalid {
            field: "limit",
            message: format!("expected 1 to {MAX_LIMIT}"),
        });
    }
    let cursor = query
        .cursor
        .as_deref()
        .filter(|c| !c.is_empty())
        .map(decode_cursor)
        .transpose()?;
    let (items, next) = page(&state, &filter, cursor, limit).await?;
    Ok(Json(InboxPage {
        items,
        next,
        counts: counts(&state).await?,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursors_round_trip_and_reject_damage() {
        let c = encode_cursor("2026-05-01T12:00:00Z", 42);
        assert_eq!(
            decode_cursor(&c).expect("cursor"),
            ("2026-05-01T12:00:00Z".to_owned(), 42)
        );
        assert!(decode_cursor("!!").is_err());
        assert!(decode_cursor(&URL_SAFE_NO_PAD.encode("no-bar")).is_err());
    }

    #[test]
    fn filters_are_checked() {
        assert!(parse_filter(Some("bogus"), None).is_err());
        let f = parse_filter(Some("all"), Some("  ")).expect("filter");
        assert!(f.status.is_none() && f.q.is_none());
        let f = parse_filter(Some("won"), Some(" a% ")).expect("filter");
        assert_eq!((f.status, f.q.as_deref()), (Some("won"), Some("a%")));
        assert!(parse_filter(None, Some("Ada\0Lovelace")).is_err());
        assert!(parse_filter(None, Some("Ada\u{1b}[31m")).is_err());
        assert!(with_turn(Filter::default(), Some("nobody")).is_err());
        assert!(with_erasure(Filter::default(), Some("maybe")).is_err());
        assert!(
            with_erasure(Filter::default(), Some("requested"))
                .expect("filter")
                .erasure_requested
        );
        assert!(
            !with_erasure(Filter::default(), Some("all"))
                .expect("filter")
                .erasure_requested
        );
    }

    #[test]
    fn a_refused_search_is_the_searchers_text_not_an_outage() {
        let refused = inbox_error(InboxError::SearchRefused("fts5: syntax error".to_owned()));
        assert!(
            matches!(refused, ApiError::Invalid { field: "q", .. }),
            "{refused:?}"
        );
        let outage = inbox_error(InboxError::Db(crate::store::DbError::WriterStopped));
        assert!(!matches!(outage, ApiError::Invalid { .. }), "{outage:?}");
    }

    #[test]
    fn facts_from_briefs() {
        let (o, d, b) = brief_facts(
            r#"{"occasion":{"other":"Graduation"},"deadline":"2027-01-02","budget":{"min":1,"max":2,"currency":"EUR"}}"#,
        );
        assert_eq!(o.as_deref(), Some("Graduation"));
        assert_eq!(d.as_deref(), Some("2027-01-02"));
        assert_eq!(b.and_then(|b| b.get("max").cloned()), Some(2.into()));
        assert_eq!(brief_facts("not json"), (None, None, None));
        assert_eq!(
            brief_facts(r#"{"occasion":"for-myself"}"#).0.as_deref(),
            Some("for myself")
        );
    }
}
