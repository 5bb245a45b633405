//! `POST /api/consultations`: a visitor's brief with the viewer's snapshots and inspiration files.
//!
//! The checks run in order of cost: content type (415), body size (413), `Idempotency-Key` (400),
//! JSON syntax (400), honeypot (a fake 201), shape and core validation (422 with field paths),
//! key reuse (the saved 201 again, or 422), and only then the writer's group commit (201 once the
//! commit that holds the brief is durable).

use crate::clock;
use crate::error::ApiError;
use crate::i18n::Words;
use crate::image::{self, Format, ImageError};
use crate::store::{
    self,
    consultations::{FileKind, NewConsultation, Stored, StoredFile},
    outbox::OutboxKind,
};
use crate::{AppState, Config};
use atelier_core::brief::{limits, megabytes_msg, Brief, FieldError};
use atelier_core::summary::summary_msg;
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::State;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// Snapshots per request (core's limit, shared with the form).
pub const SNAPSHOTS_MAX: usize = limits::SNAPSHOTS_MAX;
/// Bytes per decoded snapshot (core's limit, 1 MiB).
pub const SNAPSHOT_BYTES_MAX: usize = limits::SNAPSHOT_BYTES_MAX as usize;
/// Longest `Idempotency-Key`.
pub const IDEMPOTENCY_KEY_MAX: usize = 100;

/// The request body.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Submission {
    /// The brief, in core's JSON.
    pub brief: Brief,
    /// Viewer snapshots, 0–3.
    #[serde(default)]
    pub snapshots: Vec<Snapshot>,
    /// The bytes of `brief.attachments`, in the same order.
    #[serde(default)]
    pub attachments: Vec<AttachmentData>,
    /// Honeypot: people leave it empty (or `null`). Checked on the raw JSON, before this type is
    /// parsed.
    #[serde(default)]
    #[allow(dead_code)]
    pub website: Option<String>,
}

/// One viewer snapshot.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Snapshot {
    /// Which preset view, e.g. `three-quarter`.
    pub view: String,
    /// The PNG, base64 (a `data:image/png;base64,` prefix is accepted).
    pub png_base64: String,
}

/// The bytes of one inspiration file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AttachmentData {
    /// The file, base64.
    pub data_base64: String,
}

/// The 201 body.
#[derive(Debug, Serialize)]
pub struct Created {
    /// The short reference the visitor quotes, `AT-XXXXX`.
    pub reference: String,
    /// When the request was stored (RFC 3339, UTC).
    pub received_at: String,
}

/// The visitor's private page, `/c/<token>`, as the 201 gives it (not saved with the response:
/// a replay gets the brief's live link rebuilt from its key).
fn commission_path(config: &Config, token: &str) -> String {
    config.shop_path(&format!("/c/{token}"))
}

/// The handler.
pub async fn create(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ApiError> {
    if !is_json(&headers) {
        return Err(ApiError::UnsupportedMediaType);
    }
    let body = body.map_err(|rejection| {
        if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
            ApiError::PayloadTooLarge {
                limit: state.config.max_body_bytes,
            }
        } else {
            ApiError::BadBody(rejection.body_text())
        }
    })?;
    let key = idempotency_key(&headers)?;
    let value: serde_json::Value =
        serde_json::from_slice(&body).map_err(|e| ApiError::MalformedJson(e.to_string()))?;
    let now = clock::now_unix();
    if value.get("website").is_some_and(honeypot_filled) {
        // A bot filled the hidden field: answer as if stored, store nothing.
        tracing::info!("honeypot filled; request discarded");
        // Shaped like a real answer, link included, but nothing is stored and the link opens
        // nothing: the bot learns nothing from the difference.
        let decoy = crate::studio::token::random_token().ok();
        return Ok(created_response(
            &state.config,
            &created_json(&store::consultations::new_reference(), now),
            decoy.as_deref(),
            false,
        ));
    }
    let submission: Submission = serde_path_to_error::deserialize(value).map_err(|e| {
        let path = e.path().to_string();
        ApiError::InvalidBrief(vec![FieldError {
            field: if path == "." { String::new() } else { path },
            message: e.inner().to_string(),
        }])
    })?;
    let body_hash = hex::encode(Sha256::digest(&body));
    match store::consultations::lookup(&state.db, &key, &body_hash).await? {
        Some(Stored::Replay(response)) => return replay(&state, &key, &response, now).await,
        Some(_) => return Err(ApiError::IdempotencyConflict),
        None => {}
    }

    let mut fields = Vec::new();
    let valid = submission
        .brief
        .validate_on(&state.catalog, clock::today_utc(now))
        .map_err(|e| {
            let api = state.words.api();
            fields.extend(
                e.field_errors(|m| api.say(m))
                    .into_iter()
                    .map(|f| FieldError {
                        field: format!("brief.{}", f.field),
                        message: f.message,
                    }),
            );
        })
        .ok();
    let mut files = snapshots(&state.words, &submission.snapshots, &mut fields);
    files.extend(attachments(&submission, &mut fields));
    let Some(valid) = valid.filter(|_| fields.is_empty()) else {
        return Err(ApiError::InvalidBrief(fields));
    };
    let incoming: usize = files.iter().map(|f| f.bytes.len()).sum();
    crate::quota::admit(&state, true, incoming, now).await?;
    let brief = valid.into_inner();
    let brief_json = serde_json::to_string(&brief)
        .map_err(|e| ApiError::BadBody(format!("the brief could not be serialised: {e}")))?;
    let mut outbox = vec![OutboxKind::JewelerEmail];
    // The confirmation goes to whatever address was typed, from the shop: capped per address
    // and day, so the form cannot be used to mail a stranger over and over. The brief itself
    // always reaches the jeweler.
    let since = clock::rfc3339(now.saturating_sub(24 * 3600));
    let confirmed =
        crate::store::outbox::confirmations_since(&state.db, &brief.contact.email, &since).await?;
    if confirmed < i64::from(state.config.confirmations_per_recipient_per_day) {
        outbox.push(OutboxKind::VisitorEmail);
    } else {
        tracing::info!(
            confirmed,
            "confirmation skipped: this address had its confirmations for the day"
        );
    }
    if state.config.webhook.is_some() {
        outbox.push(OutboxKind::Webhook);
    }
    let key_again = key.clone();
    let new = NewConsultation {
        created_at: clock::rfc3339(now),
        now_unix: now,
        brief_json,
        // Stored for the webhook and the exports, which the jeweler reads: in the shop's words.
        summary: state
            .words
            .shop()
            .say(&summary_msg(&brief.design, &state.catalog)),
        name: brief.contact.name.trim().to_owned(),
        email: brief.contact.email.clone(),
        idempotency_key: key,
        body_hash,
        files,
        outbox,
        link_key: Some(state.link_key.clone()),
    };
    match store::consultations::insert(&state.db, new, move |reference| {
        created_json(reference, now)
    })
    .await?
    {
        Stored::Created(response, link) => {
            state.outbox_wake.notify_one();
            Ok(created_response(
                &state.config,
                &response,
                link.as_deref(),
                false,
            ))
        }
        Stored::Replay(response) => replay(&state, &key_again, &response, now).await,
        Stored::Conflict => Err(ApiError::IdempotencyConflict),
        Stored::Race => Err(ApiError::InProgress),
    }
}

/// Whether a bot put something in the hidden field: `null`, a missing field and blank text are
/// how real forms (and JSON encoders of an empty optional) leave it.
fn honeypot_filled(website: &serde_json::Value) -> bool {
    match website {
        serde_json::Value::Null => false,
        serde_json::Value::String(text) => !text.trim().is_empty(),
        _ => true,
    }
}

/// Whether the request says its body is JSON.
pub(crate) fn is_json(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|mime| mime.trim().eq_ignore_ascii_case("application/json"))
}

/// The request's `Idempotency-Key`: 1 to 100 printable ASCII characters, or a 400 that says so.
pub(crate) fn idempotency_key(headers: &HeaderMap) -> Result<String, ApiError> {
    let key = headers
        .get("idempotency-key")
        .and_then(|v| v.to_str().ok())
        .ok_or(ApiError::IdempotencyKey)?;
    let ok = (1..=IDEMPOTENCY_KEY_MAX).contains(&key.len())
        && key.bytes().all(|b| b.is_ascii_graphic() || b == b' ')
        && !key.trim().is_empty();
    if ok {
        Ok(key.to_owned())
    } else {
        Err(ApiError::IdempotencyKey)
    }
}

fn created_json(reference: &str, now: i64) -> String {
    let created = Created {
        reference: reference.to_owned(),
        received_at: clock::rfc3339(now),
    };
    serde_json::to_string(&created).unwrap_or_else(|_| format!("{{\"reference\":\"{reference}\"}}"))
}

/// The saved 201 again, with the brief's live link (the jeweler may have replaced the first).
async fn replay(
    state: &AppState,
    key: &str,
    response: &str,
    now: i64,
) -> Result<Response, ApiError> {
    let token = match store::consultations::id_by_idempotency_key(&state.db, key).await? {
        Some(id) => store::links::live_token(&state.db, &state.link_key, id, now).await?,
        None => None,
    };
    Ok(created_response(
        &state.config,
        response,
        token.as_deref(),
        true,
    ))
}

/// The 201: the saved JSON, with `commission_url` added when the brief has a live link.
fn created_response(config: &Config, json: &str, link: Option<&str>, replayed: bool) -> Response {
    let json = match (link, serde_json::from_str::<serde_json::Value>(json)) {
        (Some(token), Ok(serde_json::Value::Object(mut fields))) => {
            fields.insert(
                "commission_url".to_owned(),
                serde_json::Value::String(commission_path(config, token)),
            );
            serde_json::Value::Object(fields).to_string()
        }
        _ => json.to_owned(),
    };
    let mut response = (
        StatusCode::CREATED,
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        )],
        json,
    )
        .into_response();
    if replayed {
        response
            .headers_mut()
            .insert("idempotent-replayed", HeaderValue::from_static("true"));
    }
    response
}

fn snapshots(words: &Words, list: &[Snapshot], fields: &mut Vec<FieldError>) -> Vec<StoredFile> {
    let mut push = |field: String, message: &str| {
        fields.push(FieldError {
            field,
            message: message.to_owned(),
        });
    };
    if list.len() > SNAPSHOTS_MAX {
        push(
            "snapshots".to_owned(),
            &format!("at most {SNAPSHOTS_MAX} snapshots"),
        );
        return Vec::new();
    }
    let too_big = || {
        format!(
            "each snapshot may be at most {}",
            words.api().say(&megabytes_msg(limits::SNAPSHOT_BYTES_MAX))
        )
    };
    let mut files = Vec::new();
    for (i, snapshot) in list.iter().enumerate() {
        let view_ok = (1..=32).contains(&snapshot.view.len())
            && snapshot
                .view
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_');
        if !view_ok {
            push(
                format!("snapshots[{i}].view"),
                "a view name of 1 to 32 lowercase letters, digits, - or _",
            );
        }
        // Cheap bound before decoding: base64 is 4/3 of the bytes.
        if snapshot.png_base64.len() > SNAPSHOT_BYTES_MAX / 3 * 4 + 128 {
            push(format!("snapshots[{i}].png_base64"), &too_big());
            continue;
        }
        match image::decode_base64(&snapshot.png_base64) {
            None => push(
                format!("snapshots[{i}].png_base64"),
                "this is not valid base64",
            ),
            Some(bytes) if bytes.len() > SNAPSHOT_BYTES_MAX => {
                push(format!("snapshots[{i}].png_base64"), &too_big())
            }
            Some(bytes) => match image::inspect_as(&bytes, Format::Png) {
                Err(ImageError::Unknown) => push(
                    format!("snapshots[{i}].png_base64"),
                    "this is not a PNG image",
                ),
                Err(e) => push(format!("snapshots[{i}].png_base64"), &e.to_string()),
                Ok(_) if view_ok => files.push(StoredFile {
                    kind: FileKind::Snapshot,
                    label: snapshot.view.clone(),
                    mime_type: "image/png".to_owned(),
                    bytes,
                }),
                Ok(_) => {}
            },
        }
    }
    files
}

fn attachments(submission: &Submission, fields: &mut Vec<FieldError>) -> Vec<StoredFile> {
    let meta = &submission.brief.attachments;
    let data = &submission.attachments;
    if meta.len() != data.len() {
        fields.push(FieldError {
            field: "attachments".to_owned(),
            message: format!(
                "the brief lists {} file(s) but {} were sent; send each file's bytes in the same order",
                meta.len(),
                data.len()
            ),
        });
        return Vec::new();
    }
    let mut files = Vec::new();
    for (i, (m, d)) in meta.iter().zip(data).enumerate() {
        let field = format!("attachments[{i}].data_base64");
        let Some(bytes) = image::decode_base64(&d.data_base64) else {
            fields.push(FieldError {
                field,
                message: "this is not valid base64".to_owned(),
            });
            continue;
        };
        if u64::try_from(bytes.len()).ok() != Some(m.size_bytes) {
            fields.push(FieldError {
                field,
                message: format!(
                    "the file has {} bytes but brief.attachments[{i}].size_bytes says {}",
                    bytes.len(),
                    m.size_bytes
                ),
            });
            continue;
        }
        let checked = Format::from_mime_type(&m.mime_type)
            .ok_or(ImageError::Unknown)
            .and_then(|format| image::check_photo(&bytes, Some(format)));
        match checked {
            Ok(_) => {}
            Err(e @ (ImageError::Unknown | ImageError::Mismatch { .. })) => {
                fields.push(FieldError {
                    field,
                    message: format!(
                        "{e}: this file is not the picture brief.attachments[{i}].mime_type says; \
                         send JPEG, PNG or WebP photos only"
                    ),
                });
                continue;
            }
            Err(e) => {
                fields.push(FieldError {
                    field,
                    message: e.to_string(),
                });
                continue;
            }
        }
        files.push(StoredFile {
            kind: FileKind::Attachment,
            label: m.file_name.clone(),
            mime_type: m.mime_type.clone(),
            bytes,
        });
    }
    files
}
