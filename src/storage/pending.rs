//! A consultation request the server has not confirmed yet, kept as the JSON text it is sent as.
//!
//! The request is serialised once, when the visitor sends it; every retry (also after a reload)
//! sends those same bytes, so the server, which compares the body under one idempotency key, stores
//! the brief once. Reading it back never rebuilds core's `Brief`: the form only needs what the
//! visitor typed ([`StoredBrief`]), so the wasm carries no JSON reader for `Design` and its parts.
//!
//! Stored text (unchanged since the first version of this key):
//! `{"idempotency_key":"…","request":<the request's JSON with "attachments":[]>}`; the photos'
//! bytes, too big for localStorage, wait in IndexedDB (`storage::photos`).

use crate::api::ConsultationRequest;
use atelier_core::brief::{
    Attachment, Budget, Contact, Occasion, OriginPreference, OwnMaterials, SizeCertainty,
};
use serde::Deserialize;

/// What the request's JSON holds in place of the photos' bytes.
const NO_PHOTOS: &str = r#""attachments":[]"#;

/// What the stored text starts with, before the key.
const KEY_PREFIX: &str = r#"{"idempotency_key":"#;

/// Between the key and the request.
const REQUEST_FIELD: &str = r#","request":"#;

/// A consultation request the server has not confirmed yet.
#[derive(Debug, Clone, PartialEq)]
pub struct PendingSubmission {
    /// Generated once per brief; every retry sends it again, so the server stores the brief once.
    pub idempotency_key: String,
    /// The request's JSON exactly as first sent, except `"attachments":[]` for the photos.
    request_text: String,
    /// The photos' bytes (base64), in the order of `brief.attachments`; empty while they are still
    /// in IndexedDB.
    pub photos: Vec<String>,
    /// What the visitor wrote and attached, for the form.
    pub brief: StoredBrief,
}

/// The part of a brief the form shows again: everything the visitor typed and chose, and the
/// photos' metadata. Field names and defaults are `Brief`'s; the design is left out (the
/// configurator has its own).
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct StoredBrief {
    /// Who to contact, and how.
    pub contact: Contact,
    /// The budget, if given.
    #[serde(default)]
    pub budget: Option<Budget>,
    /// The occasion, if given.
    #[serde(default)]
    pub occasion: Option<Occasion>,
    /// `YYYY-MM-DD`, if given.
    #[serde(default)]
    pub deadline: Option<String>,
    /// How sure the size is.
    pub size_certainty: SizeCertainty,
    /// Natural or lab-grown.
    pub origin_preference: OriginPreference,
    /// A stone or metal of the visitor's own.
    #[serde(default)]
    pub own_materials: OwnMaterials,
    /// The wearer must not be contacted.
    pub surprise: bool,
    /// Inspiration and anything else.
    #[serde(default)]
    pub notes: String,
    /// The photos' metadata, in order.
    #[serde(default)]
    pub attachments: Vec<Attachment>,
    /// Consent to be contacted.
    pub consent_to_contact: bool,
}

#[derive(Deserialize)]
struct StoredRequest {
    brief: StoredBrief,
}

#[derive(Deserialize)]
struct Stored {
    idempotency_key: String,
    request: StoredRequest,
}

/// Why a request could not be put into text.
#[derive(Debug, thiserror::Error)]
#[error("the request could not be written as JSON: {0}")]
pub struct Unserialisable(String);

impl PendingSubmission {
    /// A request about to be sent for the first time.
    pub fn new(
        idempotency_key: String,
        request: &ConsultationRequest,
    ) -> Result<Self, Unserialisable> {
        let photos = request
            .attachments
            .iter()
            .map(|a| a.data_base64.clone())
            .collect();
        let text_only = ConsultationRequest {
            brief: request.brief.clone(),
            snapshots: request.snapshots.clone(),
            attachments: Vec::new(),
            website: request.website.clone(),
        };
        let request_text =
            serde_json::to_string(&text_only).map_err(|e| Unserialisable(e.to_string()))?;
        let b = &request.brief;
        Ok(Self {
            idempotency_key,
            request_text,
            photos,
            brief: StoredBrief {
                contact: b.contact.clone(),
                budget: b.budget.clone(),
                occasion: b.occasion.clone(),
                deadline: b.deadline.clone(),
                size_certainty: b.size_certainty,
                origin_preference: b.origin_preference,
                own_materials: b.own_materials.clone(),
                surprise: b.surprise,
                notes: b.notes.clone(),
                attachments: b.attachments.clone(),
                consent_to_contact: b.consent_to_contact,
            },
        })
    }

    /// Reads the stored text back; `None` if it is not a request this app stored.
    pub fn parse(text: &str) -> Option<Self> {
        let stored: Stored = serde_json::from_str(text).ok()?;
        let key_json = serde_json::to_string(&stored.idempotency_key).ok()?;
        let request_text = text
            .strip_prefix(KEY_PREFIX)?
            .strip_prefix(key_json.as_str())?
            .strip_prefix(REQUEST_FIELD)?
            .strip_suffix('}')?;
        // Only a request stored without its photos' bytes can have them put back.
        request_text.rfind(NO_PHOTOS)?;
        Some(Self {
            idempotency_key: stored.idempotency_key,
            request_text: request_text.to_owned(),
            photos: Vec::new(),
            brief: stored.request.brief,
        })
    }

    /// The text to store: everything but the photos' bytes.
    pub fn stored_text(&self) -> Option<String> {
        let key_json = serde_json::to_string(&self.idempotency_key).ok()?;
        Some(format!(
            "{KEY_PREFIX}{key_json}{REQUEST_FIELD}{}}}",
            self.request_text
        ))
    }

    /// Whether the request carries the bytes of every photo its brief lists (one read back from
    /// localStorage does not until its photos come back from IndexedDB). An incomplete request is
    /// never sent: the server would store a different body under the same key.
    pub fn complete(&self) -> bool {
        self.photos.len() == self.brief.attachments.len()
    }

    /// The request's body as first sent: the stored text with the photos' bytes put back.
    pub fn body(&self) -> String {
        if self.photos.is_empty() {
            return self.request_text.clone();
        }
        // The request's own `attachments` is its last array field (only the `website` string
        // follows, where a quote is escaped), so the last match is the one to fill.
        let Some(at) = self.request_text.rfind(NO_PHOTOS) else {
            return self.request_text.clone();
        };
        let mut list = String::from(r#""attachments":["#);
        for (i, photo) in self.photos.iter().enumerate() {
            if i > 0 {
                list.push(',');
            }
            // Base64 needs no escaping.
            list.push_str(r#"{"data_base64":""#);
            list.push_str(photo);
            list.push_str(r#""}"#);
        }
        list.push(']');
        let mut body = String::with_capacity(self.request_text.len() + list.len());
        body.push_str(&self.request_text[..at]);
        body.push_str(&list);
        body.push_str(&self.request_text[at + NO_PHOTOS.len()..]);
        body
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::{AttachmentPayload, SnapshotPayload};
    use atelier_core::brief::{Brief, Channel, BRIEF_VERSION};
    use atelier_core::design::Design;

    fn request(photos: &[&str]) -> ConsultationRequest {
        let brief = Brief {
            version: BRIEF_VERSION,
            design: Design::default(),
            contact: Contact {
                name: "Ada \"the\" Lovelace".into(),
                email: "ada@example.com".into(),
                phone: None,
                preferred_channel: Channel::Email,
            },
            budget: Some(Budget {
                min: 1000,
                max: 2500,
                currency: "EUR".into(),
            }),
            occasion: Some(Occasion::Other("\"attachments\":[]".into())),
            deadline: None,
            size_certainty: SizeCertainty::Estimated,
            origin_preference: OriginPreference::Either,
            own_materials: OwnMaterials::default(),
            surprise: true,
            notes: r#"attachments":[] and "attachments":[]"#.into(),
            attachments: photos
                .iter()
                .enumerate()
                .map(|(i, p)| Attachment {
                    file_name: format!("photo-{i}.jpg"),
                    mime_type: "image/jpeg".into(),
                    size_bytes: p.len() as u64,
                })
                .collect(),
            consent_to_contact: true,
            locale: "en-GB".into(),
        };
        ConsultationRequest {
            brief,
            snapshots: vec![SnapshotPayload {
                view: "top".into(),
                png_base64: "iVBORw0KGgo=".into(),
            }],
            attachments: photos
                .iter()
                .map(|p| AttachmentPayload {
                    data_base64: (*p).to_owned(),
                })
                .collect(),
            website: r#""attachments":[]"#.into(),
        }
    }

    #[test]
    fn every_send_is_the_first_sends_bytes() {
        for photos in [&[][..], &["/9j/AAAA", "iVBORw0KGgoAAAA+/="][..]] {
            let request = request(photos);
            let first = serde_json::to_string(&request).expect("json");
            let pending = PendingSubmission::new("atelier-1-2".into(), &request).expect("text");
            assert!(pending.complete());
            assert_eq!(pending.body(), first);

            // Read back as the next visit would: the photos come back from IndexedDB.
            let stored = pending.stored_text().expect("text");
            assert!(!stored.contains("/9j/AAAA"));
            let mut back = PendingSubmission::parse(&stored).expect("readable");
            assert_eq!(back.idempotency_key, "atelier-1-2");
            assert_eq!(back.brief, pending.brief);
            assert_eq!(back.complete(), photos.is_empty());
            back.photos = photos.iter().map(|p| (*p).to_owned()).collect();
            assert!(back.complete());
            assert_eq!(back.body(), first);
        }
    }

    #[test]
    fn reads_what_the_serde_version_stored() {
        // The text the app stored before (serde's derive of `{idempotency_key, request}`).
        #[derive(serde::Serialize)]
        struct Old<'a> {
            idempotency_key: &'a str,
            request: &'a ConsultationRequest,
        }
        let mut request = request(&["/9j/AAAA"]);
        let first = serde_json::to_string(&request).expect("json");
        request.attachments.clear();
        let old = serde_json::to_string(&Old {
            idempotency_key: "atelier-a-b",
            request: &request,
        })
        .expect("json");
        let mut back = PendingSubmission::parse(&old).expect("readable");
        assert_eq!(back.brief.contact.name, "Ada \"the\" Lovelace");
        assert_eq!(back.brief.attachments.len(), 1);
        back.photos = vec!["/9j/AAAA".into()];
        assert_eq!(back.body(), first);
    }

    #[test]
    fn junk_is_not_a_pending_request() {
        assert_eq!(PendingSubmission::parse(""), None);
        assert_eq!(PendingSubmission::parse("{}"), None);
        assert_eq!(
            PendingSubmission::parse(r#"{"idempotency_key":"k","request":{"brief":{}}}"#),
            None
        );
    }
}
