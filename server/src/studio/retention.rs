//! The retention purge: briefs marked spam, and archived briefs, are erased a configured number of
//! days after they were marked (0 keeps them); expired sessions and setup links go too, and so do
//! the files' objects no row names (see [`crate::store::objects`]).
//!
//! Briefs and setup links are erased shop by shop, each with its shop's state: its own handle and
//! its own retention days; sessions (people's, not shops') and orphan objects (one store for every
//! shop) are purged once for the whole deployment.
//!
//! [`purge`] takes the time as an argument so tests can run it at any date; [`run`] calls it at
//! start and every hour.

use crate::deployment::ShopStates;
use crate::store::DbError;
use crate::store::{objects, retention, shops};
use atelier_core::workflow::Status;
use std::time::Duration;

/// How often the purge runs.
const EVERY: Duration = Duration::from_secs(3600);

/// What one purge removed, in every shop.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Purged {
    /// Spam briefs erased.
    pub spam: u64,
    /// Archived briefs erased.
    pub archived: u64,
    /// Sessions that had expired.
    pub sessions: u64,
    /// Objects no row named, older than an hour.
    pub orphans: u64,
}

/// Erases what retention allows at `now` (Unix seconds), in every shop.
pub async fn purge(shops: &impl ShopStates, now: i64) -> Result<Purged, DbError> {
    let state = shops.deployment();
    let mut purged = Purged::default();
    for shop in shops::all(&state.db).await? {
        let shop_state = match shops.state_of(shop) {
            Ok(shop_state) => shop_state,
            Err(reason) => {
                tracing::warn!(%shop, %reason, "retention passes the shop by");
                continue;
            }
        };
        let (db, config) = (&shop_state.db, &shop_state.config);
        for (status, days, count) in [
            (Status::Spam, config.retention_spam_days, &mut purged.spam),
            (
                Status::Archived,
                config.retention_archived_days,
                &mut purged.archived,
            ),
        ] {
            if days == 0 {
                continue;
            }
            let cutoff = now - i64::from(days) * 86_400;
            let gone = retention::erase_briefs_marked(db, status, cutoff).await?;
            for reference in &gone {
                super::erase::remove_mail_files(&state.mailer, reference).await;
            }
            *count += gone.len() as u64;
        }
        retention::purge_setup_tokens(db, now).await?;
    }
    // Sessions are people's, not a shop's: purged once for the whole deployment.
    let idle_since = now - i64::from(state.config.studio_session_idle_minutes) * 60;
    purged.sessions = retention::purge_sessions(&state.db, now, idle_since).await?;
    // One object store for every shop: the sweep is the deployment's too.
    let now = std::time::UNIX_EPOCH + Duration::from_secs(u64::try_from(now).unwrap_or(0));
    purged.orphans = objects::sweep(&state.db, now).await?;
    Ok(purged)
}

/// The background task: purges now, then every hour.
pub async fn run(shops: impl ShopStates) {
    loop {
        match purge(&shops, crate::clock::now_unix()).await {
            Ok(p) => {
                if p.spam + p.archived > 0 {
                    tracing::info!(
                        spam = p.spam,
                        archived = p.archived,
                        "retention purge erased briefs"
                    );
                }
                if p.orphans > 0 {
                    tracing::info!(orphans = p.orphans, "objects no row named were deleted");
                }
            }
            Err(e) => tracing::error!(error = %e, "retention purge failed"),
        }
        tokio::time::sleep(EVERY).await;
    }
}
