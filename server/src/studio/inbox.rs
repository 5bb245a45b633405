//! `GET /briefs`: the inbox, newest first, filtered by status and by whose turn it is in the
//! conversation, searched by name, email or reference, paged by keyset on `(created_at, id)`.
//!
//! Each row's `turn` is the column triggers keep on the brief (migrations 0006 and 0008), so
//! showing it costs no query per row. `?turn=visitor_replied` (or `with_visitor`) walks
//! `consultations_by_turn` like a status filter; `?turn=awaiting_reply` takes every brief whose
//! last word is the visitor's (a reply, or the brief itself) through `consultations_awaiting`.
//!
//! Paging never uses OFFSET: the cursor carries the last row's `(created_at, id)` and the next
//! page starts below it, walking `consultations_newest` (or `consultations_by_status`), so a deep
//! page costs what the first does. Search uses the FTS5 trigram index `consultations_search`
//! (any part of a name, email or reference, case-insensitively); queries shorter than three
//! characters, which trigrams cannot index, fall back to a LIKE scan in newest-first order.
//!
//! Each row's summary is said in the shop's language from the stored design, not taken from the
//! stored text, which is in the language of the day the brief came.

use super::session::Jeweler;
use crate::error::ApiError;
use crate::i18n::Reader;
use crate::AppState;
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
    /// URL of the first snapshot.
    pub thumbnail: Option<String>,
    /// The design in words.
    pub summary: String,
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

/// The filter after checking it.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// One status, or all.
    pub status: Option<&'static str>,
    /// Search text, trimmed, non-empty.
    pub q: Option<String>,
    /// Whose turn, or any.
    pub turn: Option<Turn>,
}

/// The name of a turn in the database and the query string.
pub const fn turn_name(turn: Turn) -> &'static str {
    match turn {
        Turn::VisitorReplied => "visitor_replied",
        Turn::AwaitingReply => "awaiting_reply",
        Turn::WithVisitor => "with_visitor",
    }
}

/// The turn stored under `name`.
pub fn parse_turn(name: &str) -> Option<Turn> {
    [Turn::VisitorReplied, Turn::AwaitingReply, Turn::WithVisitor]
        .into_iter()
        .find(|t| turn_name(*t) == name)
}

impl Filter {
    /// Checks `status` and `q` from a query string.
    pub fn parse(status: Option<&str>, q: Option<&str>) -> Result<Self, ApiError> {
        let status = match status
            .map(str::trim)
            .filter(|s| !s.is_empty() && *s != "all")
        {
            None => None,
            Some(s) => {
                Some(
                    Status::parse(s)
                        .map(Status::name)
                        .ok_or_else(|| ApiError::Invalid {
                            field: "status",
                            message: format!("expected all or one of {}", NAMES.join(", ")),
                        })?,
                )
            }
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
        Ok(Self {
            status,
            q,
            turn: None,
        })
    }

    /// This filter, narrowed to one turn from a query string's `turn` (absent or `all`: any).
    pub fn with_turn(self, turn: Option<&str>) -> Result<Self, ApiError> {
        let turn = match turn.map(str::trim).filter(|t| !t.is_empty() && *t != "all") {
            None => None,
            Some(t) => Some(parse_turn(t).ok_or_else(|| ApiError::Invalid {
                field: "turn",
                message: "expected all, visitor_replied, awaiting_reply or with_visitor".to_owned(),
            })?),
        };
        Ok(Self { turn, ..self })
    }

    /// Whether the search goes through the trigram index (three characters or more).
    pub fn uses_full_text(&self) -> bool {
        self.q.as_ref().is_some_and(|q| q.chars().count() >= 3)
    }

    /// SQL conditions on `c` (each starting with ` AND`) and their text parameters, in order.
    pub fn sql(&self) -> (String, Vec<String>) {
        let mut sql = String::new();
        let mut binds = Vec::new();
        if let Some(status) = self.status {
            sql.push_str(" AND c.status = ?");
            binds.push(status.to_owned());
        }
        match self.turn {
            // The visitor's last word, a brief not yet answered included: the partial index
            // `consultations_awaiting` holds exactly these rows in the keyset order.
            Some(Turn::AwaitingReply) => sql.push_str(" AND c.turn <> 'with_visitor'"),
            Some(turn) => {
                sql.push_str(" AND c.turn = ?");
                binds.push(turn_name(turn).to_owned());
            }
            None => {}
        }
        if let Some(q) = &self.q {
            if self.uses_full_text() {
                sql.push_str(
                    " AND c.id IN (SELECT rowid FROM consultations_search \
                     WHERE consultations_search MATCH ?)",
                );
                // One quoted phrase: FTS5 syntax in the text is matched literally.
                binds.push(format!("\"{}\"", q.replace('"', "\"\"")));
            } else {
                sql.push_str(
                    " AND (c.name LIKE ?1x ESCAPE '\\' OR c.email LIKE ?1x ESCAPE '\\' \
                     OR c.reference LIKE ?1x ESCAPE '\\')",
                );
                let escaped = q
                    .replace('\\', "\\\\")
                    .replace('%', "\\%")
                    .replace('_', "\\_");
                let pattern = format!("%{escaped}%");
                binds.extend([pattern.clone(), pattern.clone(), pattern]);
            }
        }
        (sql.replace("?1x", "?"), binds)
    }
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

/// The design of a stored brief in the shop's words: the stored summary was written in the
/// language of its day, and a shop may change its language since. `None` when the stored brief
/// no longer reads.
fn shop_summary(shop: &Reader<'_>, catalog: &Catalog, brief_json: &str) -> Option<String> {
    let brief: Brief = serde_json::from_str(brief_json).ok()?;
    Some(shop.say(&atelier_core::summary::summary_msg(&brief.design, catalog)))
}

type Row = (
    i64,
    String,
    String,
    String,
    String,
    String,
    String,
    String,
    String,
    Option<i64>,
);

/// One page of the inbox.
pub async fn page(
    state: &AppState,
    filter: &Filter,
    cursor: Option<(String, i64)>,
    limit: u32,
) -> Result<(Vec<InboxItem>, Option<String>), ApiError> {
    let (conditions, binds) = filter.sql();
    let mut sql = String::from(
        "SELECT c.id, c.reference, c.created_at, c.status, c.turn, c.name, c.email, c.brief, c.summary, \
         (SELECT f.id FROM consultation_files f WHERE f.consultation_id = c.id \
          AND f.kind = 'snapshot' ORDER BY f.position LIMIT 1) \
         FROM consultations c WHERE 1 = 1",
    );
    sql.push_str(&conditions);
    if cursor.is_some() {
        sql.push_str(" AND (c.created_at, c.id) < (?, ?)");
    }
    sql.push_str(" ORDER BY c.created_at DESC, c.id DESC LIMIT ?");
    let mut query = sqlx::query_as::<_, Row>(&sql);
    for b in &binds {
        query = query.bind(b);
    }
    if let Some((at, id)) = &cursor {
        query = query.bind(at).bind(id);
    }
    let rows = query
        .bind(i64::from(limit) + 1)
        .fetch_all(state.db.reader())
        .await
        .map_err(|e| search_error(e, filter.uses_full_text()))?;
    let more = rows.len() > limit as usize;
    let mut items = Vec::with_capacity(rows.len());
    let mut last = None;
    let shop = state.words.shop();
    for (id, reference, created_at, status, turn, name, email, brief, summary, thumb) in
        rows.into_iter().take(limit as usize)
    {
        let (occasion, deadline, budget) = brief_facts(&brief);
        let summary = shop_summary(&shop, &state.catalog, &brief).unwrap_or(summary);
        last = Some(encode_cursor(&created_at, id));
        items.push(InboxItem {
            reference,
            created_at,
            status,
            turn: parse_turn(&turn).unwrap_or(Turn::AwaitingReply),
            name,
            email,
            occasion,
            deadline,
            budget,
            thumbnail: thumb.map(|f| format!("/api/studio/files/{f}")),
            summary,
        });
    }
    Ok((items, last.filter(|_| more)))
}

/// A query the full-text index refused is the searcher's text, not an outage. FTS5 reports the
/// text it cannot parse ("unterminated string", "fts5: syntax error near …") as SQLite's generic
/// `SQLITE_ERROR`, which would otherwise read as "database unavailable"; the statement itself is
/// fixed, so with a `MATCH` in it that code is the text's.
fn search_error(error: sqlx::Error, full_text: bool) -> ApiError {
    let refused_text =
        full_text && matches!(&error, sqlx::Error::Database(e) if e.code().as_deref() == Some("1"));
    if refused_text {
        tracing::info!(%error, "search text refused by the full-text index");
        ApiError::Invalid {
            field: "q",
            message: "this search cannot be run; try other words".to_owned(),
        }
    } else {
        crate::db::DbError::from(error).into()
    }
}

/// Briefs per status, plus `all` (from `consultation_counts`, which triggers keep up to date).
pub async fn counts(state: &AppState) -> Result<Map<String, Value>, ApiError> {
    let rows: Vec<(String, i64)> = sqlx::query_as("SELECT status, n FROM consultation_counts")
        .fetch_all(state.db.reader())
        .await
        .map_err(crate::db::DbError::from)?;
    let mut counts = Map::new();
    for s in NAMES {
        let n = rows.iter().find(|(k, _)| k == s).map_or(0, |(_, n)| *n);
        counts.insert(s.to_owned(), n.into());
    }
    counts.insert(
        "all".to_owned(),
        rows.iter().map(|(_, n)| n).sum::<i64>().into(),
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
    let filter = Filter::parse(query.status.as_deref(), query.q.as_deref())?
        .with_turn(query.turn.as_deref())?;
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
    fn filters_check_and_escape() {
        assert!(Filter::parse(Some("bogus"), None).is_err());
        let f = Filter::parse(Some("all"), Some("  ")).expect("filter");
        assert!(f.status.is_none() && f.q.is_none());
        let (sql, binds) = Filter::parse(Some("won"), Some("a%")).expect("f").sql();
        assert!(sql.contains("LIKE ? ESCAPE"), "{sql}");
        assert_eq!(binds, ["won", "%a\\%%", "%a\\%%", "%a\\%%"]);
        assert!(Filter::parse(None, Some("Ada\0Lovelace")).is_err());
        assert!(Filter::parse(None, Some("Ada\u{1b}[31m")).is_err());
        let (_, binds) = Filter::parse(None, Some("Ada \"L")).expect("f").sql();
        assert_eq!(binds, ["\"Ada \"\"L\""]);
    }

    #[tokio::test]
    async fn a_match_the_index_refuses_is_the_searchers_text_not_an_outage() {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = crate::db::Database::open(&dir.path().join("atelier.db"))
            .await
            .expect("db");
        let Err(error) = sqlx::query(
            "SELECT rowid FROM consultations_search WHERE consultations_search MATCH ?",
        )
        .bind("\"unterminated")
        .fetch_all(db.reader())
        .await
        else {
            panic!("FTS5 accepted an unterminated phrase");
        };
        match search_error(error, true) {
            ApiError::Invalid { field, .. } => assert_eq!(field, "q"),
            other => panic!("{other:?}"),
        }
        let outage = search_error(sqlx::Error::PoolTimedOut, true);
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
