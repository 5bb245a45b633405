//! The studio's lists of the shop's briefs: the inbox page (filtered by status and by whose turn
//! it is, searched by name, email or reference, paged by keyset on `(created_at, id)`), the
//! briefs per status, and the export's pages (oldest first, by id). Every list is the handle's
//! shop's ([`Database::shop`]): each statement filters `shop_id` first, and every index it walks
//! leads with `shop_id`, so one shop's page costs what it would in a deployment of one shop.
//!
//! Paging never uses OFFSET: the cursor is the last row's `(created_at, id)` and the next page
//! starts below it, walking `consultations_newest` (or `consultations_by_status`) within the
//! shop, so a deep page costs what the first does. `turn` is the column triggers keep on the
//! brief (migrations 0006 and 0008): `visitor_replied` (or `with_visitor`) walks
//! `consultations_by_turn` like a status filter, `awaiting_reply` takes every brief whose last
//! word is the visitor's through `consultations_awaiting`. Search finds any part of a name, email
//! or reference, case-insensitively, through a trigram index: on SQLite the FTS5 table
//! `consultations_search` (text shorter than three characters, which trigrams cannot index, falls
//! back to a LIKE scan in newest-first order; the index is the deployment's, so its hits are
//! joined to their briefs and kept only if they are the shop's), on PostgreSQL `ILIKE` served by
//! the pg_trgm GIN index of the same name. Each row says when its visitor asked for erasure, if
//! they did, and `erasure_requested` keeps only those briefs (a few: read from the shop's
//! `erasure_requests`, each brief by its id, then sorted). Each row also carries the design of
//! the last proposal its visitor accepted (one step down `commission_proposals_by_brief`): read
//! with the page rather than copied onto the brief, so there is nothing to keep in step with the
//! proposals.

use crate::store::engines::{read, statements};
use crate::store::{Database, DbError, Engine, ShopId};
use atelier_core::commission::Turn;

/// Which briefs a list shows; the studio's handlers check the query string into one.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// One status, or all.
    pub status: Option<&'static str>,
    /// Search text, trimmed, non-empty.
    pub q: Option<String>,
    /// Whose turn, or any.
    pub turn: Option<Turn>,
    /// Only briefs whose visitor asked for erasure.
    pub erasure_requested: bool,
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
    /// Whether the search goes through the trigram index (three characters or more).
    pub fn uses_full_text(&self) -> bool {
        self.q.as_ref().is_some_and(|q| q.chars().count() >= 3)
    }

    /// SQL conditions on `c` (each starting with ` AND`) for `engine`'s search, with parameters
    /// numbered from `$2`, and their text values in order. `$1` is the shop, which the statement
    /// binds first (see [`page`]); the conditions use it where they read another table.
    fn sql(&self, search: Search) -> (String, Vec<String>) {
        let mut sql = String::new();
        let mut binds = Vec::new();
        let parameter = |value: String, binds: &mut Vec<String>| {
            binds.push(value);
            format!("${}", binds.len() + 1)
        };
        if let Some(status) = self.status {
            let p = parameter(status.to_owned(), &mut binds);
            sql.push_str(&format!(" AND c.status = {p}"));
        }
        match self.turn {
            // The visitor's last word, a brief not yet answered included: the partial index
            // `consultations_awaiting` holds exactly these rows in the keyset order.
            Some(Turn::AwaitingReply) => sql.push_str(" AND c.turn <> 'with_visitor'"),
            Some(turn) => {
                let p = parameter(turn_name(turn).to_owned(), &mut binds);
                sql.push_str(&format!(" AND c.turn = {p}"));
            }
            None => {}
        }
        if self.erasure_requested {
            // Few briefs have one: the engine reads them through the table's unique index on
            // `consultation_id` and sorts them, rather than walking every brief.
            sql.push_str(
                " AND c.id IN (SELECT consultation_id FROM erasure_requests WHERE shop_id = $1)",
            );
        }
        if let Some(q) = &self.q {
            if search == Search::Fts5 && self.uses_full_text() {
                // One quoted phrase: FTS5 syntax in the text is matched literally. The index holds
                // every shop's briefs: its hits are joined to their rows and kept if the shop's.
                // CROSS JOIN keeps the index's hits as the outer loop (SQLite does not reorder
                // it), each looked up by its id, rather than the match run once per brief.
                let p = parameter(format!("\"{}\"", q.replace('"', "\"\"")), &mut binds);
                sql.push_str(&format!(
                    " AND c.id IN (SELECT consultations_search.rowid FROM consultations_search \
                     CROSS JOIN consultations hit ON hit.id = consultations_search.rowid \
                     WHERE consultations_search MATCH {p} AND hit.shop_id = $1)"
                ));
            } else {
                let escaped = q
                    .replace('\\', "\\\\")
                    .replace('%', "\\%")
                    .replace('_', "\\_");
                let p = parameter(format!("%{escaped}%"), &mut binds);
                // SQLite's LIKE ignores ASCII case; PostgreSQL's ILIKE any case.
                let like = match search {
                    Search::Fts5 => "LIKE",
                    Search::Trigram => "ILIKE",
                };
                sql.push_str(&format!(
                    " AND (c.name {like} {p} ESCAPE '\\' OR c.email {like} {p} ESCAPE '\\' \
                     OR c.reference {like} {p} ESCAPE '\\')"
                ));
            }
        }
        (sql, binds)
    }
}

/// How an engine searches names, emails and references.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Search {
    /// SQLite's FTS5 trigram table, `LIKE` for text too short for it.
    Fts5,
    /// PostgreSQL's `ILIKE`, which the pg_trgm index serves.
    Trigram,
}

impl Search {
    fn of(db: &Database) -> Self {
        match db.engine() {
            Engine::Sqlite(_) => Search::Fts5,
            Engine::Postgres(_) => Search::Trigram,
        }
    }
}

/// Why an inbox page could not be read.
#[derive(Debug, thiserror::Error)]
pub enum InboxError {
    /// The full-text index refused the search text: the searcher's text, not an outage.
    #[error("the full-text index refused the search text: {0}")]
    SearchRefused(String),
    /// The database failed.
    #[error(transparent)]
    Db(#[from] DbError),
}

/// Tells a search text the full-text index refused from an outage. FTS5 reports the text it
/// cannot parse ("unterminated string", "fts5: syntax error near …") as SQLite's generic
/// `SQLITE_ERROR`, which would otherwise read as "database unavailable"; the statement itself is
/// fixed, so with a `MATCH` in it that code is the text's.
fn search_error(error: sqlx::Error, full_text: bool) -> InboxError {
    let refused_text =
        full_text && matches!(&error, sqlx::Error::Database(e) if e.code().as_deref() == Some("1"));
    if refused_text {
        tracing::info!(%error, "search text refused by the full-text index");
        InboxError::SearchRefused(error.to_string())
    } else {
        InboxError::Db(DbError::from(error))
    }
}

/// One brief in the inbox.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InboxRow {
    /// Row id.
    pub id: i64,
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
    /// The brief JSON as stored.
    pub brief_json: String,
    /// The design summary as stored.
    pub summary: String,
    /// The file id of the first snapshot (a picture of the design the visitor sent).
    pub thumbnail: Option<i64>,
    /// The design of the last proposal the visitor accepted, if any (a share code).
    pub accepted_code: Option<String>,
    /// When the visitor asked for the brief's erasure (RFC 3339), if they did.
    pub erasure_requested_at: Option<String>,
}

/// One page of the inbox.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InboxRows {
    /// Newest first, at most the page's limit.
    pub rows: Vec<InboxRow>,
    /// Whether more briefs follow the last row.
    pub more: bool,
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
    Option<String>,
    Option<String>,
);

/// Up to `limit` of the shop's briefs matching `filter`, newest first, starting below the
/// boundary `(created_at, id)` of the previous page's last row.
pub async fn page(
    db: &Database,
    filter: &Filter,
    after: Option<&(String, i64)>,
    limit: u32,
) -> Result<InboxRows, InboxError> {
    let (conditions, binds) = filter.sql(Search::of(db));
    let mut sql = String::from(
        "SELECT c.id, c.reference, c.created_at, c.status, c.turn, c.name, c.email, c.brief, c.summary, \
         (SELECT f.id FROM consultation_files f WHERE f.consultation_id = c.id \
          AND f.shop_id = $1 AND f.kind = 'snapshot' ORDER BY f.position LIMIT 1), \
         (SELECT e.requested_at FROM erasure_requests e WHERE e.consultation_id = c.id \
          AND e.shop_id = $1), \
         (SELECT p.design_code FROM commission_proposals p WHERE p.consultation_id = c.id \
          AND p.shop_id = $1 AND p.answer = 'accepted' ORDER BY p.id DESC LIMIT 1) \
         FROM consultations c WHERE ",
    );
    // The few briefs with an erasure request are read through that table and sorted, as before
    // shops: the unary `+` keeps the shop's condition from drawing the engine to walk every one
    // of the shop's briefs down `consultations_newest` instead (it still filters them).
    sql.push_str(if filter.erasure_requested {
        "+c.shop_id = $1"
    } else {
        "c.shop_id = $1"
    });
    sql.push_str(&conditions);
    // `$1` is the shop, then the filter's parameters.
    let next = binds.len() + 2;
    if after.is_some() {
        sql.push_str(&format!(
            " AND (c.created_at, c.id) < (${next}, ${})",
            next + 1
        ));
    }
    let limit_parameter = if after.is_some() { next + 2 } else { next };
    sql.push_str(&format!(
        " ORDER BY c.created_at DESC, c.id DESC LIMIT ${limit_parameter}"
    ));
    let rows = read!(db, |on, pool| {
        on::page(pool, db.shop(), &sql, &binds, after, i64::from(limit) + 1).await
    })
    .map_err(|e| search_error(e, filter.uses_full_text()))?;
    let more = rows.len() > limit as usize;
    let rows = rows
        .into_iter()
        .take(limit as usize)
        .map(inbox_row)
        .collect();
    Ok(InboxRows { rows, more })
}

fn inbox_row(row: Row) -> InboxRow {
    let (
        id,
        reference,
        created_at,
        status,
        turn,
        name,
        email,
        brief_json,
        summary,
        thumbnail,
        erasure_requested_at,
        accepted_code,
    ) = row;
    InboxRow {
        id,
        reference,
        created_at,
        status,
        turn: parse_turn(&turn).unwrap_or(Turn::AwaitingReply),
        name,
        email,
        brief_json,
        summary,
        thumbnail,
        accepted_code,
        erasure_requested_at,
    }
}

/// How many briefs have one status.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusCount {
    /// The status.
    pub status: String,
    /// Briefs with it.
    pub count: i64,
}

/// The shop's briefs per status that has any (from `consultation_counts`, which triggers keep up
/// to date).
pub async fn counts(db: &Database) -> Result<Vec<StatusCount>, DbError> {
    let rows = read!(db, |on, pool| on::counts(pool, db.shop()).await)?;
    Ok(rows
        .into_iter()
        .map(|(status, count)| StatusCount { status, count })
        .collect())
}

/// One brief in the studio's export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportRow {
    /// Row id (the next page starts after it).
    pub id: i64,
    /// `AT-XXXXX`.
    pub reference: String,
    /// RFC 3339.
    pub created_at: String,
    /// Workflow status.
    pub status: String,
    /// The visitor's name.
    pub name: String,
    /// The visitor's email.
    pub email: String,
    /// The brief JSON as stored.
    pub brief_json: String,
    /// The design summary as stored.
    pub summary: String,
}

type ExportTuple = (i64, String, String, String, String, String, String, String);

/// Up to `limit` of the shop's briefs with row id above `after` (of one status, or all), oldest
/// first.
pub async fn export_page(
    db: &Database,
    status: Option<&str>,
    after: i64,
    limit: i64,
) -> Result<Vec<ExportRow>, DbError> {
    let rows = read!(db, |on, pool| on::export_page(
        pool,
        db.shop(),
        status,
        after,
        limit
    )
    .await)?;
    Ok(rows
        .into_iter()
        .map(
            |(id, reference, created_at, status, name, email, brief_json, summary)| ExportRow {
                id,
                reference,
                created_at,
                status,
                name,
                email,
                brief_json,
                summary,
            },
        )
        .collect())
}

statements! {
    /// One inbox page: `sql` as [`super::page`] built it, bound with the shop, its filter's
    /// `binds`, then the boundary and the limit.
    pub async fn page(
        pool: &Pool,
        shop: ShopId,
        sql: &str,
        binds: &[String],
        after: Option<&(String, i64)>,
        limit: i64,
    ) -> Result<Vec<Row>, sqlx::Error> {
        let mut query = sqlx::query_as::<_, Row>(sql).bind(shop.get());
        for b in binds {
            query = query.bind(b);
        }
        if let Some((at, id)) = after {
            query = query.bind(at).bind(id);
        }
        query.bind(limit).fetch_all(pool).await
    }

    /// See [`super::counts`].
    pub async fn counts(pool: &Pool, shop: ShopId) -> Result<Vec<(String, i64)>, sqlx::Error> {
        // PostgreSQL keeps each shop's count of a status in shards (its 0007 and 0010); SQLite
        // in one row.
        sqlx::query_as(
            "SELECT status, CAST(SUM(n) AS BIGINT) FROM consultation_counts \
             WHERE shop_id = $1 GROUP BY status",
        )
        .bind(shop.get())
        .fetch_all(pool)
        .await
    }

    /// See [`super::export_page`].
    pub async fn export_page(
        pool: &Pool,
        shop: ShopId,
        status: Option<&str>,
        after: i64,
        limit: i64,
    ) -> Result<Vec<ExportTuple>, sqlx::Error> {
        const COLUMNS: &str =
            "SELECT id, reference, created_at, status, name, email, brief, summary FROM consultations";
        match status {
            Some(status) => {
                sqlx::query_as(&format!(
                    "{COLUMNS} WHERE shop_id = $1 AND id > $2 AND status = $3 ORDER BY id LIMIT $4"
                ))
                .bind(shop.get())
                .bind(after)
                .bind(status)
                .bind(limit)
                .fetch_all(pool)
                .await
            }
            None => {
                // Walks `consultations_of_shop` (shop_id, id) from `after`: a page costs the
                // page, whatever the other shops keep.
                sqlx::query_as(&format!(
                    "{COLUMNS} WHERE shop_id = $1 AND id > $2 ORDER BY id LIMIT $3"
                ))
                    .bind(shop.get())
                    .bind(after)
                    .bind(limit)
                    .fetch_all(pool)
                    .await
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn filter(status: Option<&'static str>, q: &str) -> Filter {
        Filter {
            status,
            q: Some(q.to_owned()),
            turn: None,
            erasure_requested: false,
        }
    }

    #[test]
    fn filters_escape_their_search_text() {
        let (sql, binds) = filter(Some("won"), "a%").sql(Search::Fts5);
        assert!(sql.contains("c.status = $2"), "{sql}");
        assert!(sql.contains("c.email LIKE $3 ESCAPE"), "{sql}");
        assert_eq!(binds, ["won", "%a\\%%"]);
        let (sql, binds) = filter(None, "Ada \"L").sql(Search::Fts5);
        assert!(sql.contains("MATCH $2 AND hit.shop_id = $1"), "{sql}");
        assert_eq!(binds, ["\"Ada \"\"L\""]);
        let (sql, binds) = filter(None, "Ada \"L").sql(Search::Trigram);
        assert!(sql.contains("c.name ILIKE $2 ESCAPE"), "{sql}");
        assert_eq!(binds, ["%Ada \"L%"]);
    }

    #[tokio::test]
    async fn a_match_the_index_refuses_is_the_searchers_text_not_an_outage() {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = Database::open(&dir.path().join("atelier.db"))
            .await
            .expect("db");
        let Err(error) = sqlx::query(
            "SELECT rowid FROM consultations_search WHERE consultations_search MATCH $1",
        )
        .bind("\"unterminated")
        .fetch_all(db.sqlite().expect("SQLite").reader())
        .await
        else {
            panic!("FTS5 accepted an unterminated phrase");
        };
        let refused = search_error(error, true);
        assert!(
            matches!(refused, InboxError::SearchRefused(_)),
            "{refused:?}"
        );
        let outage = search_error(sqlx::Error::PoolTimedOut, true);
        assert!(matches!(outage, InboxError::Db(_)), "{outage:?}");
    }
}
