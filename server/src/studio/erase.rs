//! `DELETE /briefs/{reference}`: erasure on request. One statement removes the brief; foreign keys
//! cascade to its files, outbox rows and their attempts, history and notes, and the search index
//! follows by trigger. The `.eml` copies the file mailer wrote for it are removed too.

use super::lookup;
use super::session::Jeweler;
use crate::error::ApiError;
use crate::outbox::mail::Mailer;
use crate::store::briefs;
use crate::store::DbError;
use crate::AppState;
use axum::extract::{Path, State};
use axum::http::StatusCode;

/// Deletes the brief with row id `id` and everything stored for it.
pub async fn erase(state: &AppState, id: i64, reference: &str) -> Result<(), DbError> {
    briefs::erase(&state.db, id).await?;
    remove_mail_files(&state.mailer, reference).await;
    Ok(())
}

/// Removes `<reference>-*.eml` from the file mailer's folder (nothing to do with SMTP).
pub async fn remove_mail_files(mailer: &Mailer, reference: &str) {
    let Mailer::Files(dir) = mailer else {
        return;
    };
    let Ok(mut entries) = tokio::fs::read_dir(dir).await else {
        return;
    };
    let prefix = format!("{reference}-");
    while let Ok(Some(entry)) = entries.next_entry().await {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with(&prefix) && name.ends_with(".eml") {
            if let Err(e) = tokio::fs::remove_file(entry.path()).await {
                tracing::warn!(file = %entry.path().display(), error = %e, "could not erase a mail copy");
            }
        }
    }
}

/// The handler: 204.
pub async fn delete(
    State(state): State<AppState>,
    jeweler: Jeweler,
    Path(reference): Path<String>,
) -> Result<StatusCode, ApiError> {
    let (id, _) = lookup::brief_id(&state, &reference).await?;
    erase(&state, id, &reference).await?;
    tracing::info!(reference, by = jeweler.email, "brief erased");
    Ok(StatusCode::NO_CONTENT)
}
