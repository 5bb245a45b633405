//! The jeweler's studio API under `/api/studio`: the session (setup, login, logout), the inbox of
//! briefs, one brief with its workflow, and the state changes, each sent with the session's CSRF
//! token. The server's answers are read leniently where their shape is a detail (an error body, the
//! warnings, ids), so a small server-side change degrades a field instead of the whole page.

mod commission;

pub use commission::*;

use atelier_core::brief::Brief;
use atelier_core::commission::Turn;
use atelier_core::estimate::Estimate;
use atelier_core::i18n::{Arg, Msg};
use gloo_net::http::{Request, RequestBuilder, Response};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use thiserror::Error;

/// Where the studio API lives on the shop's server.
const API: &str = "/api/studio";

/// The address of a studio API path (`/session`, `/briefs/…`) under the shop's prefix.
fn api(path: &str) -> String {
    crate::base::at(&format!("{API}{path}"))
}

/// The header that carries the CSRF token on every state change.
const CSRF_HEADER: &str = "X-CSRF-Token";

/// A signed-in jeweler.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct User {
    /// The address the account was made with.
    pub email: String,
}

/// The session the server keeps in its HttpOnly cookie, as the page may know it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    /// Who is signed in.
    pub user: User,
    /// The token every POST and DELETE must echo in `X-CSRF-Token`.
    pub csrf: String,
}

/// Why a studio request failed, in words a jeweler can act on.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum StudioError {
    /// No session, or it ended (401). `setup_required`: no account exists yet.
    #[error("{message}")]
    Unauthorized {
        /// The server has no account yet; the one-time setup link is in its log.
        setup_required: bool,
        /// The server's words, or ours.
        message: String,
    },
    /// Too many sign-in attempts (429); try again after this many seconds.
    #[error("too many attempts: wait {} before trying again", wait_words(*.0))]
    RateLimited(u32),
    /// The request lacked a valid CSRF token or the account may not do this (403).
    #[error("the server refused this change ({0}); reload the page and try again")]
    Forbidden(String),
    /// The brief (or file, or delivery) does not exist, or no longer does (404).
    #[error("not found: {0}")]
    NotFound(String),
    /// The server did not accept what was sent (400, 409, 422), with its reason.
    #[error("{0}")]
    Rejected(String),
    /// The server failed (5xx).
    #[error("the server could not answer (HTTP {0}); try again in a moment")]
    Server(u16),
    /// No answer at all.
    #[error("the server could not be reached: {0}")]
    Network(String),
    /// An answer this page cannot read (a different server version?).
    #[error("the server's answer could not be read: {0}")]
    Unreadable(String),
}

impl StudioError {
    /// Whether the error means "sign in (again)".
    pub fn is_unauthorized(&self) -> bool {
        matches!(self, StudioError::Unauthorized { .. })
    }

    /// The error in the studio's words (the server's own reason is quoted as it came).
    pub fn msg(&self) -> Msg {
        match self {
            StudioError::Unauthorized { message, .. } => {
                Msg::new("studio-error-unauthorized").arg("reason", message.as_str())
            }
            StudioError::RateLimited(seconds) => {
                Msg::new("studio-error-rate-limited").arg("wait", wait_msg(*seconds))
            }
            StudioError::Forbidden(reason) => {
                Msg::new("studio-error-forbidden").arg("reason", reason.as_str())
            }
            StudioError::NotFound(what) => {
                Msg::new("studio-error-not-found").arg("reason", what.as_str())
            }
            StudioError::Rejected(reason) => {
                Msg::new("studio-error-rejected").arg("reason", reason.as_str())
            }
            StudioError::Server(status) => {
                Msg::new("studio-error-server").arg("status", status.to_string())
            }
            StudioError::Network(reason) => {
                Msg::new("studio-error-network").arg("reason", reason.as_str())
            }
            StudioError::Unreadable(reason) => {
                Msg::new("studio-error-unreadable").arg("reason", reason.as_str())
            }
        }
    }
}

/// How long to wait, in the studio's words.
pub fn wait_msg(seconds: u32) -> Msg {
    if seconds < 90 {
        Msg::new("studio-wait-seconds").arg("n", Arg::int(i64::from(seconds)))
    } else {
        Msg::new("studio-wait-minutes").arg("n", Arg::int(i64::from(seconds.div_ceil(60))))
    }
}

/// "37 seconds", "1 minute", "3 minutes".
fn wait_words(seconds: u32) -> String {
    match seconds {
        1 => "1 second".to_owned(),
        s if s < 90 => format!("{s} seconds"),
        s => {
            let minutes = s.div_ceil(60);
            format!("{minutes} minutes")
        }
    }
}

/// The number of briefs in each status, as the inbox's filter shows them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Counts {
    /// Not yet answered.
    pub new: u64,
    /// Talking it through.
    pub in_conversation: u64,
    /// A quote was sent.
    pub quoted: u64,
    /// Became an order.
    pub won: u64,
    /// Did not.
    pub lost: u64,
    /// Put away.
    pub archived: u64,
    /// Not a real request.
    pub spam: u64,
    /// Everything.
    pub all: u64,
}

impl Counts {
    /// The count for a filter (`""` is every brief).
    pub fn of(&self, status: &str) -> u64 {
        match status {
            "new" => self.new,
            "in_conversation" => self.in_conversation,
            "quoted" => self.quoted,
            "won" => self.won,
            "lost" => self.lost,
            "archived" => self.archived,
            "spam" => self.spam,
            _ => self.all,
        }
    }
}

/// A budget as the inbox lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BudgetRow {
    /// Lower end (0 for "up to").
    pub min: u64,
    /// Upper end.
    pub max: u64,
    /// ISO 4217 code.
    pub currency: String,
}

/// One brief in the inbox.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BriefRow {
    /// The short reference, e.g. `AT-7KQ2M`.
    pub reference: String,
    /// When it arrived (RFC 3339).
    pub created_at: String,
    /// Workflow status, e.g. `new`.
    pub status: String,
    /// The visitor's name.
    pub name: String,
    /// The visitor's email.
    #[serde(default)]
    pub email: String,
    /// The occasion as the visitor gave it, if any (a slug or their own words).
    #[serde(default, deserialize_with = "lenient_text")]
    pub occasion: Option<String>,
    /// The date the ring is needed by, `YYYY-MM-DD`.
    #[serde(default)]
    pub deadline: Option<String>,
    /// The budget, if given.
    #[serde(default)]
    pub budget: Option<BudgetRow>,
    /// Address of the first snapshot, if any.
    #[serde(default)]
    pub thumbnail: Option<String>,
    /// The design in plain words.
    #[serde(default)]
    pub summary: String,
    /// Whose turn it is in the conversation (an older server sends none).
    #[serde(default)]
    pub turn: Option<Turn>,
    /// When the visitor asked for the brief's erasure (RFC 3339), if they did.
    #[serde(default)]
    pub erasure_requested_at: Option<String>,
    /// Whether a proposal the visitor accepted changed the design (`summary` is the agreed one).
    #[serde(default)]
    pub changed_by_proposal: bool,
    /// The agreed design's share code when a proposal changed it (drawn as a sketch).
    #[serde(default)]
    pub agreed_design: Option<String>,
}

/// One page of the inbox.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InboxPage {
    /// Newest first.
    pub items: Vec<BriefRow>,
    /// The cursor of the next page, if there is one.
    #[serde(default)]
    pub next: Option<String>,
    /// Briefs per status.
    #[serde(default)]
    pub counts: Counts,
}

/// A stored picture of a brief.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileRef {
    /// Its id.
    #[serde(deserialize_with = "id_text")]
    pub id: String,
    /// `snapshot` (a viewer picture) or `attachment` (the visitor's inspiration).
    pub kind: String,
    /// A view name or the uploaded file name.
    #[serde(default)]
    pub label: String,
    /// Its type, e.g. `image/png`.
    #[serde(default)]
    pub mime_type: String,
    /// Where to fetch it (with the session cookie).
    pub url: String,
}

/// One status change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatusChange {
    /// When (RFC 3339).
    pub at: String,
    /// Who (an account's email, or `system`).
    #[serde(default)]
    pub by: String,
    /// The status before, if any.
    #[serde(default)]
    pub from: Option<String>,
    /// The status after.
    pub to: String,
}

/// A private note of the studio.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    /// When (RFC 3339).
    pub at: String,
    /// Who wrote it.
    #[serde(default)]
    pub by: String,
    /// The note.
    pub text: String,
}

/// One attempt to deliver.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attempt {
    /// When (RFC 3339).
    pub at: String,
    /// What happened, e.g. `delivered` or `failed`.
    #[serde(default)]
    pub outcome: String,
    /// The error, if it failed.
    #[serde(default)]
    pub error: Option<String>,
}

/// An outbox entry of a brief: an email or a webhook, with its attempts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Delivery {
    /// Its id, for the retry.
    #[serde(deserialize_with = "id_text")]
    pub id: String,
    /// What it delivers, e.g. `jeweler_email`.
    pub kind: String,
    /// `pending`, `sent` or `dead`.
    pub state: String,
    /// Attempts so far.
    #[serde(default)]
    pub attempts: u32,
    /// When the next attempt is due (RFC 3339).
    #[serde(default)]
    pub next_attempt_at: Option<String>,
    /// The last error.
    #[serde(default)]
    pub last_error: Option<String>,
    /// Every attempt.
    #[serde(default)]
    pub log: Vec<Attempt>,
}

/// The metal weight of the design in one alloy.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AlloyWeight {
    /// The alloy's catalog id.
    pub metal_id: String,
    /// Its name.
    pub name: String,
    /// Grams of metal, band and setting.
    pub grams: f64,
}

/// Core's estimate, as the server computed it with the jeweler's catalog, plus the weight in every
/// alloy (a jeweler quoting platinum against gold wants both).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StudioEstimate {
    /// Core's estimate.
    #[serde(flatten)]
    pub core: Estimate,
    /// The weight in each alloy of the catalog.
    #[serde(default)]
    pub weights: Vec<AlloyWeight>,
}

/// One brief, complete, as the studio shows it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct BriefDetail {
    /// The short reference.
    pub reference: String,
    /// When it arrived (RFC 3339).
    pub created_at: String,
    /// Workflow status.
    pub status: String,
    /// What the visitor sent, exactly as stored.
    pub brief: Brief,
    /// The design's share-link code (core's codec).
    #[serde(default)]
    pub design_code: Option<String>,
    /// The design in plain words.
    #[serde(default)]
    pub summary: String,
    /// The design agreed since by an accepted proposal, if it differs from `design_code`.
    #[serde(default)]
    pub current_code: Option<String>,
    /// The server's estimate (with the jeweler's catalog), if it could make one.
    #[serde(default)]
    pub estimate: Option<StudioEstimate>,
    /// The design's warnings in words, if readable.
    #[serde(default, deserialize_with = "messages")]
    pub warnings: Option<Vec<String>>,
    /// Snapshots and inspiration files.
    #[serde(default)]
    pub files: Vec<FileRef>,
    /// Status changes, oldest first.
    #[serde(default)]
    pub history: Vec<StatusChange>,
    /// Private notes, oldest first.
    #[serde(default)]
    pub notes: Vec<Note>,
    /// The outbox of this brief.
    #[serde(default)]
    pub deliveries: Vec<Delivery>,
}

/// Reads warnings as sentences, whether they come as text or as core's `{code, field, message}`.
fn messages<'de, D>(deserializer: D) -> Result<Option<Vec<String>>, D::Error>
where
    D: serde::Deserializer<'de>,
{
    Ok(match Value::deserialize(deserializer)? {
        Value::Array(items) => Some(
            items
                .iter()
                .filter_map(|w| {
                    w.as_str()
                        .or_else(|| w.get("message").and_then(Value::as_str))
                        .map(str::to_owned)
                })
                .collect(),
        ),
        _ => None,
    })
}

/// Reads text that may also arrive as a tagged value (core's `Occasion::Other` is `{"other": "…"}`).
fn lenient_text<'de, D>(deserializer: D) -> Result<Option<String>, D::Error>
where
    D: serde::Deserializer<'de>,
{
    Ok(match Value::deserialize(deserializer)? {
        Value::String(s) => Some(s),
        Value::Object(map) => map.values().find_map(|v| v.as_str().map(str::to_owned)),
        _ => None,
    })
}

/// Reads an id that may be a number or a string.
fn id_text<'de, D>(deserializer: D) -> Result<String, D::Error>
where
    D: serde::Deserializer<'de>,
{
    match Value::deserialize(deserializer)? {
        Value::String(s) => Ok(s),
        Value::Number(n) => Ok(n.to_string()),
        other => Err(serde::de::Error::custom(format!("not an id: {other}"))),
    }
}

/// Which briefs the inbox asks for.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct InboxQuery {
    /// A status, or empty for all.
    pub status: String,
    /// Search text (name, email or reference), or empty.
    pub q: String,
    /// Whose turn it is (`visitor_replied`, `awaiting_reply`), or empty for any.
    pub turn: String,
    /// Only briefs whose visitor asked for erasure.
    pub erasure: bool,
}

impl InboxQuery {
    /// The query string for one page, with the cursor of the previous page.
    fn to_query(&self, cursor: Option<&str>, limit: u32) -> String {
        let mut parts = vec![format!("limit={limit}")];
        if !self.status.is_empty() {
            parts.push(format!("status={}", encode(&self.status)));
        }
        if !self.q.trim().is_empty() {
            parts.push(format!("q={}", encode(self.q.trim())));
        }
        if !self.turn.is_empty() {
            parts.push(format!("turn={}", encode(&self.turn)));
        }
        if self.erasure {
            parts.push("erasure=requested".to_owned());
        }
        if let Some(cursor) = cursor {
            parts.push(format!("cursor={}", encode(cursor)));
        }
        parts.join("&")
    }
}

/// Percent-encodes one query value.
fn encode(value: &str) -> String {
    String::from(js_sys::encode_uri_component(value))
}

/// Briefs per inbox page.
pub const PAGE_SIZE: u32 = 25;

/// The current session, or `Unauthorized` (with whether an account must be set up first).
///
/// The server answers a signed-out probe with `200 {"signed_in": false, "setup_required"}`, so a
/// visit to the studio logs no failed request; an older server's 401 means the same.
pub async fn session() -> Result<Session, StudioError> {
    let answer: Value = read(send(Request::get(&api("/session"))).await?).await?;
    session_from(answer)
}

/// One shop in the studio's shop switcher (`GET /api/studio/shops`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct ShopLink {
    /// Its name in addresses.
    pub slug: String,
    /// Its name.
    pub name: String,
    /// Where its studio opens.
    pub studio: String,
    /// Whether it is this studio's shop.
    pub current: bool,
}

/// The shops whose studios the signed-in person may open, this one among them.
pub async fn shops() -> Result<Vec<ShopLink>, StudioError> {
    read(send(Request::get(&api("/shops"))).await?).await
}

/// A session probe's answer as the session, or `Unauthorized` when it says nobody is signed in.
fn session_from(answer: Value) -> Result<Session, StudioError> {
    if answer.get("signed_in").and_then(Value::as_bool) == Some(false) {
        return Err(StudioError::Unauthorized {
            setup_required: answer
                .get("setup_required")
                .and_then(Value::as_bool)
                .unwrap_or(false),
            message: "please sign in".to_owned(),
        });
    }
    serde_json::from_value(answer).map_err(|e| StudioError::Unreadable(e.to_string()))
}

/// Makes the first account with the one-time token from the server log; signs it in.
pub async fn setup(token: &str, email: &str, password: &str) -> Result<Session, StudioError> {
    let body = serde_json::json!({ "token": token, "email": email, "password": password });
    read(send_json(Request::post(&api("/setup")), &body).await?).await
}

/// Signs in.
pub async fn login(email: &str, password: &str) -> Result<Session, StudioError> {
    let body = serde_json::json!({ "email": email, "password": password });
    read(send_json(Request::post(&api("/login")), &body).await?).await
}

/// Signs out.
pub async fn logout(csrf: &str) -> Result<(), StudioError> {
    done(send(Request::post(&api("/logout")).header(CSRF_HEADER, csrf)).await?).await
}

/// One page of the inbox, newest first.
pub async fn briefs(query: &InboxQuery, cursor: Option<&str>) -> Result<InboxPage, StudioError> {
    let url = api(&format!("/briefs?{}", query.to_query(cursor, PAGE_SIZE)));
    read(send(Request::get(&url)).await?).await
}

/// The address of one brief in the API (also its JSON download).
pub fn brief_url(reference: &str) -> String {
    api(&format!("/briefs/{}", encode(reference)))
}

/// One brief, complete.
pub async fn brief(reference: &str) -> Result<BriefDetail, StudioError> {
    read(send(Request::get(&brief_url(reference))).await?).await
}

/// Moves a brief to another status.
pub async fn set_status(csrf: &str, reference: &str, status: &str) -> Result<(), StudioError> {
    let url = format!("{}/status", brief_url(reference));
    let body = serde_json::json!({ "status": status });
    done(send_json(Request::post(&url).header(CSRF_HEADER, csrf), &body).await?).await
}

/// Adds a private note.
pub async fn add_note(csrf: &str, reference: &str, text: &str) -> Result<(), StudioError> {
    let url = format!("{}/notes", brief_url(reference));
    let body = serde_json::json!({ "text": text });
    done(send_json(Request::post(&url).header(CSRF_HEADER, csrf), &body).await?).await
}

/// Deletes a brief with its pictures and outbox entries (an erasure request).
pub async fn delete_brief(csrf: &str, reference: &str) -> Result<(), StudioError> {
    done(send(Request::delete(&brief_url(reference)).header(CSRF_HEADER, csrf)).await?).await
}

/// Tries a dead delivery again.
pub async fn retry_delivery(csrf: &str, id: &str) -> Result<(), StudioError> {
    let url = api(&format!("/deliveries/{}/retry", encode(id)));
    done(send(Request::post(&url).header(CSRF_HEADER, csrf)).await?).await
}

/// The address of an export (`json` or `csv`) of one status, or of everything.
pub fn export_url(format: &str, status: &str) -> String {
    if status.is_empty() {
        api(&format!("/export.{format}"))
    } else {
        api(&format!("/export.{format}?status={}", encode(status)))
    }
}

async fn send(request: RequestBuilder) -> Result<Response, StudioError> {
    request
        .send()
        .await
        .map_err(|e| StudioError::Network(e.to_string()))
}

async fn send_json(request: RequestBuilder, body: &Value) -> Result<Response, StudioError> {
    request
        .json(body)
        .map_err(|e| StudioError::Unreadable(e.to_string()))?
        .send()
        .await
        .map_err(|e| StudioError::Network(e.to_string()))
}

/// A 2xx answer's JSON, or the error it stands for.
async fn read<T: DeserializeOwned>(response: Response) -> Result<T, StudioError> {
    if !response.ok() {
        return Err(failure(response).await);
    }
    let text = response
        .text()
        .await
        .map_err(|e| StudioError::Network(e.to_string()))?;
    serde_json::from_str(&text).map_err(|e| StudioError::Unreadable(e.to_string()))
}

/// A 2xx answer whose body does not matter, or the error it stands for.
async fn done(response: Response) -> Result<(), StudioError> {
    if response.ok() {
        Ok(())
    } else {
        Err(failure(response).await)
    }
}

/// Turns a non-2xx answer into an error, with the server's own words when it gave some.
async fn failure(response: Response) -> StudioError {
    let status = response.status();
    let retry_after = response
        .headers()
        .get("Retry-After")
        .and_then(|v| v.trim().parse().ok());
    let body: Value = response.json().await.unwrap_or(Value::Null);
    error_for(status, retry_after, &body)
}

/// The error a status and an error body stand for. Bodies come as `{"error": "…"}` or
/// `{"error": {"code", "message"}}`; `setup_required` may sit beside or inside `error`.
fn error_for(status: u16, retry_after: Option<u32>, body: &Value) -> StudioError {
    let error = body.get("error");
    let message = error
        .and_then(|e| e.get("message").or(Some(e)))
        .and_then(Value::as_str)
        .map(str::to_owned);
    let setup_required = body
        .get("setup_required")
        .or_else(|| error.and_then(|e| e.get("setup_required")))
        .and_then(Value::as_bool)
        .unwrap_or(false);
    match status {
        401 => StudioError::Unauthorized {
            setup_required,
            message: message.unwrap_or_else(|| "please sign in".to_owned()), // i18n: not words (a log line; the studio says studio-error-* to the jeweler)
        },
        403 => StudioError::Forbidden(message.unwrap_or_else(|| "forbidden".to_owned())),
        404 => StudioError::NotFound(message.unwrap_or_else(|| "no such brief".to_owned())), // i18n: not words (a log line)
        429 => StudioError::RateLimited(retry_after.unwrap_or(60)),
        s if s >= 500 => StudioError::Server(s),
        s => StudioError::Rejected(message.unwrap_or_else(|| format!("HTTP {s}"))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn addresses_are_under_the_studio_api() {
        // Natively the shop is at the root; the prefix itself is `crate::base`'s to test.
        assert_eq!(api("/session"), "/api/studio/session");
        assert_eq!(export_url("csv", ""), "/api/studio/export.csv");
    }

    #[test]
    fn a_signed_out_probe_is_unauthorized_and_a_session_is_read() {
        assert_eq!(
            session_from(json!({"signed_in": false, "setup_required": true})),
            Err(StudioError::Unauthorized {
                setup_required: true,
                message: "please sign in".to_owned()
            })
        );
        let session = session_from(json!({
            "signed_in": true, "user": {"email": "maker@jeweler.example"}, "csrf": "abc"
        }));
        assert_eq!(
            session,
            Ok(Session {
                user: User {
                    email: "maker@jeweler.example".to_owned()
                },
                csrf: "abc".to_owned()
            })
        );
        assert!(matches!(
            session_from(json!({"signed_in": true})),
            Err(StudioError::Unreadable(_))
        ));
    }

    #[test]
    fn reads_both_error_shapes() {
        let flat = error_for(
            401,
            None,
            &json!({"error": "not signed in", "setup_required": true}),
        );
        assert_eq!(
            flat,
            StudioError::Unauthorized {
                setup_required: true,
                message: "not signed in".to_owned()
            }
        );
        let nested = error_for(
            422,
            None,
            &json!({"error": {"code": "invalid", "message": "the status is unknown"}}),
        );
        assert_eq!(
            nested,
            StudioError::Rejected("the status is unknown".to_owned())
        );
        assert_eq!(error_for(502, None, &Value::Null), StudioError::Server(502));
    }

    #[test]
    fn errors_are_said_in_the_shops_language() {
        let (english, german) = (
            crate::studio::words::tests::english(),
            crate::studio::words::tests::german(),
        );
        let plain = atelier_core::i18n::Plain;
        let e = error_for(429, Some(37), &Value::Null);
        assert_eq!(
            english.say(&e.msg(), &plain),
            "too many attempts: wait 37 seconds before trying again"
        );
        assert_eq!(
            german.say(&StudioError::RateLimited(300).msg(), &plain),
            "zu viele Versuche: Bitte warten Sie 5 Minuten, bevor Sie es erneut versuchen"
        );
        assert_eq!(
            english.say(&StudioError::Server(502).msg(), &plain),
            "the server could not answer (HTTP 502); try again in a moment"
        );
        assert_eq!(
            german.say(
                &StudioError::Rejected("the status is unknown".into()).msg(),
                &plain
            ),
            "the status is unknown"
        );
    }

    #[test]
    fn rate_limit_says_how_long_to_wait() {
        let e = error_for(429, Some(37), &Value::Null);
        assert_eq!(e, StudioError::RateLimited(37));
        assert_eq!(
            e.to_string(),
            "too many attempts: wait 37 seconds before trying again"
        );
        assert_eq!(
            StudioError::RateLimited(300).to_string(),
            "too many attempts: wait 5 minutes before trying again"
        );
        assert_eq!(
            StudioError::RateLimited(1).to_string(),
            "too many attempts: wait 1 second before trying again"
        );
    }

    #[test]
    fn reads_an_inbox_page() {
        let page: InboxPage = serde_json::from_value(json!({
            "items": [{
                "reference": "AT-7KQ2M", "created_at": "2026-05-01T12:00:00Z", "status": "new",
                "name": "Ada", "email": "ada@example.com", "occasion": {"other": "graduation"},
                "deadline": "2026-06-01", "budget": {"min": 0, "max": 3500, "currency": "GBP"},
                "thumbnail": "/api/studio/files/3", "summary": "18k yellow gold",
                "turn": "visitor_replied"
            }],
            "next": "abc",
            "counts": {"new": 1, "all": 4}
        }))
        .expect("a page");
        assert_eq!(page.items[0].occasion.as_deref(), Some("graduation"));
        assert_eq!(page.items[0].turn, Some(Turn::VisitorReplied));
        assert_eq!(page.next.as_deref(), Some("abc"));
        assert_eq!((page.counts.of("new"), page.counts.of("")), (1, 4));
        assert_eq!(page.counts.of("won"), 0);
    }

    #[test]
    fn reads_the_servers_brief_with_its_estimate() {
        use atelier_core::catalog::Catalog;
        let brief = serde_json::to_value(sample_brief()).expect("json");
        let core = atelier_core::estimate::estimate(&Default::default(), &Catalog::builtin())
            .expect("an estimate");
        let mut estimate = serde_json::to_value(&core).expect("json");
        estimate["weights"] = json!([{"metal_id": "pt950", "name": "Platinum 950", "grams": 3.61}]);
        estimate["band"] = json!({"profile": "court", "inner_diameter_mm": 16.51});
        let detail = |estimate: Value| -> BriefDetail {
            serde_json::from_value(json!({
                "reference": "AT-7KQ2M", "created_at": "2026-05-01T12:00:00Z", "status": "new",
                "brief": brief, "design_code": "AQ", "summary": "s",
                "estimate": estimate, "warnings": ["thin band", {"message": "soft stone"}],
                "files": [{"id": 7, "kind": "snapshot", "label": "top", "mime_type": "image/png", "url": "/api/studio/files/7"}],
                "history": [], "notes": [], "deliveries": []
            }))
            .expect("a brief")
        };
        let full = detail(estimate);
        let read = full.estimate.expect("the estimate");
        assert_eq!(read.core, core);
        assert_eq!(read.weights[0].grams, 3.61);
        assert_eq!(
            full.warnings,
            Some(vec!["thin band".to_owned(), "soft stone".to_owned()])
        );
        assert_eq!(full.files[0].id, "7");
        assert_eq!(detail(Value::Null).estimate, None);
    }

    fn sample_brief() -> Brief {
        use atelier_core::brief::*;
        Brief {
            version: BRIEF_VERSION,
            design: Default::default(),
            contact: Contact {
                name: "Ada".to_owned(),
                email: "ada@example.com".to_owned(),
                phone: None,
                preferred_channel: Channel::Email,
            },
            budget: None,
            occasion: None,
            deadline: None,
            size_certainty: SizeCertainty::Estimated,
            origin_preference: OriginPreference::Either,
            own_materials: OwnMaterials::default(),
            surprise: false,
            notes: String::new(),
            attachments: vec![],
            consent_to_contact: true,
            locale: "en".to_owned(),
        }
    }
}
