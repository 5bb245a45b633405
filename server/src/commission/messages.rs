//! Posting a message to the conversation, from either side: the checks on the text and the
//! visitor's photos, the idempotent store, the workflow's first step, and the answer.
//!
//! `POST /api/c/{token}/messages` is the visitor's (text and up to three photos, checked like the
//! brief's inspiration photos); the studio's `POST /briefs/{reference}/messages` goes through
//! [`post`] too, with text only.

use super::access::Commission;
use crate::clock;
use crate::error::ApiError;
use crate::i18n::Words;
use crate::image::{self, ImageError};
use crate::routes::consultations::{idempotency_key, is_json};
use crate::store::messages::{self as stored, NewMessage as Row, Photo, Posted};
use crate::AppState;
use atelier_core::brief::{limits, megabytes_msg, FieldError};
use atelier_core::commission::{
    Author, Message, NewMessage, PhotoUpload, MESSAGE_MAX_CHARS, MESSAGE_PHOTOS_MAX,
};
use atelier_core::workflow::Status;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use sha2::{Digest, Sha256};

/// Largest message request: three photos at the brief's per-photo limit, as base64, and the text.
pub const BODY_LIMIT: usize =
    (MESSAGE_PHOTOS_MAX * limits::ATTACHMENT_BYTES_MAX as usize).div_ceil(3) * 4 + 64 * 1024;

/// Who is posting.
#[derive(Debug, Clone)]
pub enum Poster {
    /// The holder of the commission link.
    Visitor,
    /// A studio account, by its email.
    Jeweler(String),
}

/// The message's text and photos after their checks, or a 422 naming every problem.
fn checked(
    words: &Words,
    message: &NewMessage,
    poster: &Poster,
) -> Result<(String, Vec<Photo>), ApiError> {
    let mut fields = Vec::new();
    let text = message.text.trim().to_owned();
    let chars = text.chars().count();
    if chars > MESSAGE_MAX_CHARS || (chars == 0 && message.photos.is_empty()) {
        fields.push(FieldError {
            field: "text".to_owned(),
            message: format!("write 1 to {MESSAGE_MAX_CHARS} characters"),
        });
    }
    if matches!(poster, Poster::Jeweler(_)) && !message.photos.is_empty() {
        fields.push(FieldError {
            field: "photos".to_owned(),
            message: "the studio's messages are text only".to_owned(),
        });
    }
    if message.photos.len() > MESSAGE_PHOTOS_MAX {
        fields.push(FieldError {
            field: "photos".to_owned(),
            message: format!("at most {MESSAGE_PHOTOS_MAX} photos, please"),
        });
    }
    let photos = message
        .photos
        .iter()
        .take(MESSAGE_PHOTOS_MAX)
        .enumerate()
        .filter_map(|(i, p)| match photo(words, p) {
            Ok(photo) => Some(photo),
            Err((field, message)) => {
                fields.push(FieldError {
                    field: format!("photos[{i}].{field}"),
                    message,
                });
                None
            }
        })
        .collect();
    if fields.is_empty() {
        Ok((text, photos))
    } else {
        Err(ApiError::InvalidBrief(fields))
    }
}

/// One photo: a file name like the brief's attachments, base64 of at most the brief's per-photo
/// size, and a JPEG, PNG or WebP whose bytes hold together (sniffed, never taken on trust).
fn photo(words: &Words, upload: &PhotoUpload) -> Result<Photo, (&'static str, String)> {
    let name = upload.name.trim();
    let bad_name = name.is_empty()
        || name.chars().count() > limits::FILE_NAME_MAX
        || name
            .chars()
            .any(|c| c.is_control() || c == '/' || c == '\\')
        || name == "."
        || name == "..";
    if bad_name {
        return Err((
            "name",
            "a file name of at most 255 characters, without folders".to_owned(),
        ));
    }
    let too_big = || {
        (
            "data_base64",
            format!(
                "each photo may be at most {}",
                words
                    .api()
                    .say(&megabytes_msg(limits::ATTACHMENT_BYTES_MAX))
            ),
        )
    };
    let cap = usize::try_from(limits::ATTACHMENT_BYTES_MAX).unwrap_or(usize::MAX);
    if upload.data_base64.len() > cap / 3 * 4 + 128 {
        return Err(too_big());
    }
    let bytes = image::decode_base64(&upload.data_base64)
        .ok_or(("data_base64", "this is not valid base64".to_owned()))?;
    if bytes.len() > cap {
        return Err(too_big());
    }
    match image::check_photo(&bytes, None) {
        Ok(format) => Ok(Photo {
            label: name.to_owned(),
            mime_type: format.mime_type().to_owned(),
            bytes,
        }),
        Err(e @ ImageError::Unknown) => Err((
            "data_base64",
            format!("{e}: send JPEG, PNG or WebP photos only"),
        )),
        Err(e) => Err(("data_base64", e.to_string())),
    }
}

/// Stores a message on brief `id` and answers 201 with it (the same 201 again for a retry with
/// the same key and body, 422 for the key with another body). The jeweler's first word on a new
/// brief moves it to `in_conversation`, recorded in its history like any change of status.
pub async fn post(
    state: &AppState,
    id: i64,
    poster: Poster,
    headers: &HeaderMap,
    body: &[u8],
    url: impl Fn(i64) -> String + Send + Sync + Copy,
) -> Result<Response, ApiError> {
    if !is_json(headers) {
        return Err(ApiError::UnsupportedMediaType);
    }
    let key = idempotency_key(headers)?;
    let message: NewMessage = crate::http::json::fields(body)?;
    let (text, photos) = checked(&state.words, &message, &poster)?;
    let now = clock::now_unix();
    let incoming: usize = photos.iter().map(|p| p.bytes.len()).sum();
    if incoming > 0 {
        crate::quota::admit(state, false, incoming, now).await?;
    }
    let (author, by_email) = match &poster {
        Poster::Visitor => (Author::Visitor, None),
        Poster::Jeweler(email) => (Author::Jeweler, Some(email.clone())),
    };
    let posted = stored::post(
        &state.db,
        Row {
            consultation_id: id,
            author,
            by_email: by_email.clone(),
            now_unix: now,
            text,
            idempotency_key: key,
            body_hash: hex::encode(Sha256::digest(body)),
            photos,
        },
    )
    .await?;
    let (message_id, replayed) = match posted {
        Posted::Created(m) => (m, false),
        Posted::Replay(m) => (m, true),
        Posted::Conflict => return Err(ApiError::IdempotencyConflict),
    };
    if !replayed {
        state.outbox_wake.notify_one();
    }
    // Also on a replay: a retry after the status change failed still moves the brief.
    if let Some(by) = &by_email {
        first_word(state, id, by, now).await?;
    }
    let (_, message) = stored::one(&state.db, message_id, url)
        .await?
        .ok_or(ApiError::NotFound)?;
    Ok(created(message, replayed))
}

/// A new brief the jeweler answers (a message or a proposal) is in conversation.
pub(crate) async fn first_word(
    state: &AppState,
    id: i64,
    by: &str,
    now: i64,
) -> Result<(), ApiError> {
    let status: Option<String> = crate::store::consultations::header(&state.db, id)
        .await?
        .map(|h| h.status);
    if status.as_deref() == Some(Status::New.name()) {
        crate::store::briefs::set_status(&state.db, id, Status::InConversation.name(), by, now)
            .await?;
    }
    Ok(())
}

fn created(message: Message, replayed: bool) -> Response {
    let mut response = (StatusCode::CREATED, Json(message)).into_response();
    if replayed {
        response
            .headers_mut()
            .insert("idempotent-replayed", HeaderValue::from_static("true"));
    }
    response
}

/// `POST /api/c/{token}/messages`.
pub async fn visitor_post(
    State(state): State<AppState>,
    commission: Commission,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    post(
        &state,
        commission.id,
        Poster::Visitor,
        &headers,
        &body,
        super::view::file_url,
    )
    .await
}
