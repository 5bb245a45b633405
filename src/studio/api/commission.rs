//! The studio's calls for the commission beside a brief: the conversation, the visitor's private
//! link, proposals, the making's stages, the consultation and the shop's availability. The JSON
//! is core's `commission` types, the same the server and the commission page speak.

use super::{api, brief_url, done, read, send, send_json, StudioError, CSRF_HEADER};
use atelier_core::commission::{
    Appointment, Availability, Message, NewBooking, NewMessage, NewProposal, NewStage, Proposal,
    Slots, StageEntry, StudioCommission,
};
use gloo_net::http::Request;
use serde::Deserialize;
use serde_json::Value;

/// The header that makes a post safe to retry: the same key and body are stored once.
const IDEMPOTENCY_HEADER: &str = "Idempotency-Key";

/// Everything of the commission the brief page shows beside the brief.
pub async fn commission(reference: &str) -> Result<StudioCommission, StudioError> {
    let url = format!("{}/commission", brief_url(reference));
    read(send(Request::get(&url)).await?).await
}

/// Writes to the visitor; `key` is kept by the form so a retry of the same text posts once.
pub async fn send_message(
    csrf: &str,
    reference: &str,
    key: &str,
    text: &str,
) -> Result<Message, StudioError> {
    let url = format!("{}/messages", brief_url(reference));
    let body = NewMessage {
        text: text.to_owned(),
        photos: Vec::new(),
    };
    let body = to_value(&body)?;
    let request = Request::post(&url)
        .header(CSRF_HEADER, csrf)
        .header(IDEMPOTENCY_HEADER, key);
    read(send_json(request, &body).await?).await
}

/// The answer to issuing a link: the only time its address is shown.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct IssuedLink {
    /// The visitor's address of the commission page.
    pub url: String,
}

/// Revokes the visitor's links and issues a new one (emailed to the visitor), optionally
/// expiring after `expires_in_days`.
pub async fn issue_link(
    csrf: &str,
    reference: &str,
    expires_in_days: Option<u32>,
) -> Result<IssuedLink, StudioError> {
    let url = format!("{}/link", brief_url(reference));
    let body = serde_json::json!({ "expires_in_days": expires_in_days });
    read(send_json(Request::post(&url).header(CSRF_HEADER, csrf), &body).await?).await
}

/// Revokes every link of the brief: the commission page no longer opens.
pub async fn revoke_link(csrf: &str, reference: &str) -> Result<(), StudioError> {
    let url = format!("{}/link", brief_url(reference));
    done(send(Request::delete(&url).header(CSRF_HEADER, csrf)).await?).await
}

/// Proposes a revised design to the visitor; `key` makes a double click post once.
pub async fn propose(
    csrf: &str,
    reference: &str,
    key: &str,
    proposal: &NewProposal,
) -> Result<Proposal, StudioError> {
    let url = format!("{}/proposals", brief_url(reference));
    let body = to_value(proposal)?;
    let request = Request::post(&url)
        .header(CSRF_HEADER, csrf)
        .header(IDEMPOTENCY_HEADER, key);
    read(send_json(request, &body).await?).await
}

/// Records a stage of the making (with its note and photo), emailing the visitor if asked.
pub async fn add_stage(
    csrf: &str,
    reference: &str,
    stage: &NewStage,
) -> Result<StageEntry, StudioError> {
    let url = format!("{}/stages", brief_url(reference));
    let body = to_value(stage)?;
    read(send_json(Request::post(&url).header(CSRF_HEADER, csrf), &body).await?).await
}

/// Books or moves the consultation for the visitor.
pub async fn book(
    csrf: &str,
    reference: &str,
    booking: &NewBooking,
) -> Result<Appointment, StudioError> {
    let url = format!("{}/appointment", brief_url(reference));
    let body = to_value(booking)?;
    read(send_json(Request::post(&url).header(CSRF_HEADER, csrf), &body).await?).await
}

/// The free slots for the brief's consultation from `from` (`YYYY-MM-DD`) for `days` days; its
/// own booked slot counts as free.
pub async fn slots(reference: &str, from: &str, days: u32) -> Result<Slots, StudioError> {
    let url = format!("{}/slots?from={from}&days={days}", brief_url(reference));
    read(send(Request::get(&url)).await?).await
}

/// Cancels the consultation (both sides are emailed a cancellation).
pub async fn cancel_appointment(csrf: &str, reference: &str) -> Result<(), StudioError> {
    let url = format!("{}/appointment", brief_url(reference));
    done(send(Request::delete(&url).header(CSRF_HEADER, csrf)).await?).await
}

/// The shop's availability, or `None` while bookings are not open.
pub async fn availability() -> Result<Option<Availability>, StudioError> {
    read(send(Request::get(&api("/availability"))).await?).await
}

/// Saves the shop's availability.
pub async fn save_availability(csrf: &str, availability: &Availability) -> Result<(), StudioError> {
    let body = to_value(availability)?;
    let request = Request::put(&api("/availability")).header(CSRF_HEADER, csrf);
    done(send_json(request, &body).await?).await
}

fn to_value<T: serde::Serialize>(body: &T) -> Result<Value, StudioError> {
    serde_json::to_value(body).map_err(|e| StudioError::Unreadable(e.to_string()))
}

#[cfg(test)]
mod tests {
    use atelier_core::commission::{StudioCommission, Turn};
    use serde_json::json;

    #[test]
    fn reads_a_studio_commission() {
        let c: StudioCommission = serde_json::from_value(json!({
            "link": {"issued_at": "2026-12-01T10:00:00Z", "expires_at": null, "revoked_at": null},
            "status": "talking", "original_code": "AQ", "current_code": "AQ",
            "messages": [{"id": 1, "author": "jeweler", "at": "2026-12-01T10:00:00Z", "text": "Hello"}],
            "proposals": [], "appointment": null, "stages": [], "erasure_requested_at": null
        }))
        .expect("a commission");
        assert_eq!(c.messages[0].text, "Hello");
        assert!(c.messages[0].photos.is_empty());
        assert_eq!(
            serde_json::from_value::<Turn>(json!("visitor_replied")).ok(),
            Some(Turn::VisitorReplied)
        );
    }
}
