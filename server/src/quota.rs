//! A shop's quotas on a shared deployment: briefs per day (`briefs_per_day`) and bytes kept in
//! files (`storage_mb`), so that one shop cannot take the room of all the others. Both are off (0)
//! unless set, as a jeweler on their own machine wants.
//!
//! A brief past a quota is refused in a way the configurator already keeps and retries: a `429`
//! (briefs) or a `503` (storage) with `Retry-After`, so the visitor's brief waits in their browser
//! and is sent once the shop has room again; nothing is stored meanwhile.

use crate::error::ApiError;
use crate::store::shops;
use crate::AppState;

/// How long a visitor's browser waits before sending a brief past a quota again.
pub const RETRY_AFTER_SECS: u64 = 3600;

/// Whether the shop of `state` may take a brief, or photos, of `incoming_bytes` at `now` (a
/// message or stage photo counts no brief: `brief == false`).
pub async fn admit(
    state: &AppState,
    brief: bool,
    incoming_bytes: usize,
    now: i64,
) -> Result<(), ApiError> {
    let config = &state.config;
    if config.briefs_per_day == 0 && config.storage_mb == 0 {
        return Ok(());
    }
    let since = crate::clock::rfc3339(now.saturating_sub(24 * 3600));
    let usage = shops::usage(&state.db, &since).await?;
    if brief && config.briefs_per_day > 0 && usage.briefs_since >= i64::from(config.briefs_per_day)
    {
        tracing::warn!(
            briefs = usage.briefs_since,
            quota = config.briefs_per_day,
            "a brief waits: the shop's briefs_per_day is reached"
        );
        return Err(ApiError::QuotaReached {
            retry_after_secs: RETRY_AFTER_SECS,
        });
    }
    let room = i64::from(config.storage_mb).saturating_mul(1024 * 1024);
    let incoming = i64::try_from(incoming_bytes).unwrap_or(i64::MAX);
    if config.storage_mb > 0 && usage.stored_bytes.saturating_add(incoming) > room {
        tracing::warn!(
            stored = usage.stored_bytes,
            incoming,
            quota_mb = config.storage_mb,
            "files wait: the shop's storage_mb is reached"
        );
        return Err(ApiError::StorageQuota);
    }
    Ok(())
}
