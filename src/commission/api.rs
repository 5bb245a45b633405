//! The commission page's HTTP calls, all under `/api/c/<token>/` on the shop's server (after the
//! shop's prefix, [`crate::base`]): the page's data, a message, an answer to a proposal, the free
//! slots, booking and cancelling, and asking for erasure. Bodies and answers are core's commission
//! types; errors are read with the shared `api` helpers.

use crate::api::{body_text, ErrorDetail};
use atelier_core::commission::{
    Appointment, CommissionView, Message, NewAnswer, NewBooking, NewMessage, Proposal, Slots,
};
use gloo_net::http::{Request, RequestBuilder};
use serde::de::DeserializeOwned;
use serde::Serialize;
use thiserror::Error;

/// Why a call about the commission did not succeed.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum CommissionError {
    /// No link by that token (or a mistyped one).
    #[error("this link is not known")]
    Unknown,
    /// The jeweler revoked the link.
    #[error("this link was revoked")]
    Revoked,
    /// The link's time ran out.
    #[error("this link has expired")]
    Expired,
    /// No answer at all: offline or a dropped connection. Worth trying again.
    #[error("the shop's server could not be reached")]
    Network,
    /// The server failed or is busy. Worth trying again.
    #[error("the shop's server is busy (HTTP {0}); try again in a moment")]
    Unavailable(u16),
    /// The server refused the request, with its explanation.
    #[error("{message}")]
    Refused {
        /// The stable error code (`slot_taken`, `already_answered`, …).
        code: String,
        /// The server's explanation, shown as it is.
        message: String,
    },
}

impl CommissionError {
    /// What went wrong, in the visitor's language. A refusal is named by its code, never by the
    /// server's English sentence.
    pub fn message(&self) -> String {
        use crate::i18n::{t, t_args, Arg};
        match self {
            CommissionError::Unknown => t("com-error-unknown"),
            CommissionError::Revoked => t("com-error-revoked"),
            CommissionError::Expired => t("com-error-expired"),
            CommissionError::Network => t("com-error-network"),
            CommissionError::Unavailable(status) => t_args(
                "com-error-busy",
                &[("status", Arg::Text(status.to_string()))],
            ),
            CommissionError::Refused { code, .. } => t(match code.as_str() {
                "slot_taken" => "com-error-slot-taken",
                "rate_limited" => "com-error-rate-limited",
                "payload_too_large" => "com-error-too-large",
                "invalid" => "com-error-invalid",
                "conflict" => "com-error-conflict",
                "gone" => "com-error-gone",
                "not_found" => "com-error-not-found",
                _ => "com-error-other",
            }),
        }
    }

    /// Whether the link itself no longer opens the commission (the page then says only that).
    pub fn is_link(&self) -> bool {
        matches!(
            self,
            CommissionError::Unknown | CommissionError::Revoked | CommissionError::Expired
        )
    }
}

/// The commission's API root for a token, `/api/c/<token>/` under the shop's prefix.
pub fn api_root(token: &str) -> String {
    crate::base::at(&format!("/api/c/{token}/"))
}

/// A `Picture.url` as the server sends it (`files/…`, relative to the commission's API root) as
/// a path the page can load. Anything that is not a plain relative path is refused.
pub fn picture_url(token: &str, url: &str) -> Option<String> {
    let plain = url
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b"/-_.".contains(&b));
    (url.starts_with("files/") && plain && !url.contains(".."))
        .then(|| format!("{}{url}", api_root(token)))
}

/// Everything the page shows, Atelier's words in it (the brief's specification) in the language
/// on screen.
pub async fn view(token: &str) -> Result<CommissionView, CommissionError> {
    let lang = crate::i18n::tag();
    let url = crate::base::at(&format!(
        "/api/c/{token}?lang={}",
        js_sys::encode_uri_component(&lang)
    ));
    send(Request::get(&url), None::<&()>).await
}

/// How to reach the shop when a link was closed or ran out, as the refusal says it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize)]
pub struct ShopContact {
    /// The shop's name.
    pub name: String,
    /// The jeweler's email address.
    pub email: String,
}

/// The shop's contact from a revoked or expired link's answer (`contact`), if the server gave it.
pub async fn contact(token: &str) -> Option<ShopContact> {
    #[derive(serde::Deserialize)]
    struct Refusal {
        contact: Option<ShopContact>,
    }
    let url = crate::base::at(&format!("/api/c/{token}"));
    let response = Request::get(&url).send().await.ok()?;
    let text = body_text(&response).await.ok()?;
    serde_json::from_str::<Refusal>(&text).ok()?.contact
}

/// Sends a message; the same `key` for every retry of the same message, so it is stored once.
pub async fn post_message(
    token: &str,
    key: &str,
    message: &NewMessage,
) -> Result<Message, CommissionError> {
    let builder =
        Request::post(&format!("{}messages", api_root(token))).header("Idempotency-Key", key);
    send(builder, Some(message)).await
}

/// Accepts a proposal or asks for changes.
pub async fn answer(
    token: &str,
    proposal: i64,
    answer: &NewAnswer,
) -> Result<Proposal, CommissionError> {
    let url = format!("{}proposals/{proposal}/answer", api_root(token));
    send(Request::post(&url), Some(answer)).await
}

/// The free slots of `days` days from `from` (`YYYY-MM-DD`).
pub async fn slots(token: &str, from: &str, days: u32) -> Result<Slots, CommissionError> {
    let url = format!("{}slots?from={from}&days={days}", api_root(token));
    send(Request::get(&url), None::<&()>).await
}

/// Books the consultation, or moves the booked one.
pub async fn book(token: &str, booking: &NewBooking) -> Result<Appointment, CommissionError> {
    send(
        Request::post(&format!("{}appointment", api_root(token))),
        Some(booking),
    )
    .await
}

/// Cancels the booked consultation.
pub async fn cancel(token: &str) -> Result<(), CommissionError> {
    let response = Request::delete(&format!("{}appointment", api_root(token)))
        .send()
        .await
        .map_err(|_| CommissionError::Network)?;
    match response.status() {
        200..=299 => Ok(()),
        status => Err(refusal(
            status,
            &body_text(&response).await.unwrap_or_default(),
        )),
    }
}

/// Asks the jeweler to erase the commission; answers when the request was recorded.
pub async fn ask_erasure(token: &str, comment: &str) -> Result<String, CommissionError> {
    #[derive(Serialize)]
    struct Body<'a> {
        comment: &'a str,
    }
    #[derive(serde::Deserialize)]
    struct Answer {
        requested_at: String,
    }
    let answer: Answer = send(
        Request::post(&format!("{}erasure", api_root(token))),
        Some(&Body { comment }),
    )
    .await?;
    Ok(answer.requested_at)
}

/// Sends a request with an optional JSON body and reads a JSON answer.
async fn send<B: Serialize, T: DeserializeOwned>(
    builder: RequestBuilder,
    body: Option<&B>,
) -> Result<T, CommissionError> {
    let request = match body {
        Some(body) => builder.json(body),
        None => builder.build(),
    }
    .map_err(|e| CommissionError::Refused {
        code: "unserialisable".to_owned(),
        message: e.to_string(),
    })?;
    let response = request.send().await.map_err(|_| CommissionError::Network)?;
    let status = response.status();
    let text = body_text(&response)
        .await
        .map_err(|_| CommissionError::Network)?;
    if (200..300).contains(&status) {
        return serde_json::from_str(&text).map_err(|e| CommissionError::Refused {
            code: "unreadable".to_owned(),
            message: format!("the server's answer could not be read: {e}"),
        });
    }
    Err(refusal(status, &text))
}

/// The error an answer other than 2xx stands for.
fn refusal(status: u16, text: &str) -> CommissionError {
    match ErrorDetail::read(text) {
        Some(e) if e.code == "link_unknown" => CommissionError::Unknown,
        Some(e) if e.code == "link_revoked" => CommissionError::Revoked,
        Some(e) if e.code == "link_expired" => CommissionError::Expired,
        Some(e) if status < 500 && status != 429 => CommissionError::Refused {
            code: e.code,
            message: e.message,
        },
        _ => CommissionError::Unavailable(status),
    }
}

#[cfg(test)]
mod tests {
    use super::picture_url;

    #[test]
    fn pictures_resolve_under_the_commission_only() {
        assert_eq!(
            picture_url("tok", "files/s12").as_deref(),
            Some("/api/c/tok/files/s12")
        );
        assert_eq!(picture_url("tok", "/api/studio/x"), None);
        assert_eq!(picture_url("tok", "files/../../x"), None);
        assert_eq!(picture_url("tok", "https://evil.example/files/1"), None);
        assert_eq!(picture_url("tok", "files/1?x=\"<"), None);
    }
}
