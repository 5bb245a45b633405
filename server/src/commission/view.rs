//! `GET /api/c/{token}`: everything the visitor's commission page shows, composed from the brief
//! and the commission's stores. It holds only what the visitor sent or was sent: never the
//! jeweler's private notes, the workflow's history, the deliveries, or anything of another brief.
//!
//! Picture URLs are relative (`files/{id}`, `files/s{id}` for the design's snapshots): the server
//! never holds the raw token, so the page resolves them against its own `/api/c/{token}/`.

use super::access::Commission;
use crate::error::ApiError;
use crate::store;
use crate::AppState;
use atelier_core::brief::Brief;
use atelier_core::commission::{CommissionStatus, CommissionView, Picture, SpecLine, StatusFacts};
use atelier_core::i18n::Lang;
use atelier_core::workflow::Status;
use axum::extract::{Query, State};
use axum::Json;
use serde::Deserialize;

/// A commission file's URL relative to the page's `/api/c/{token}/`.
pub fn file_url(id: i64) -> String {
    format!("files/{id}")
}

/// The brief as stored, and its workflow status: what both sides' views start from.
pub struct Loaded {
    /// The brief's own row.
    pub header: store::consultations::BriefHeader,
    /// The brief, parsed.
    pub brief: Brief,
}

/// Loads the brief `id`; a brief erased meanwhile is a 404.
pub async fn load(state: &AppState, id: i64) -> Result<Loaded, ApiError> {
    let header = store::consultations::header(&state.db, id)
        .await?
        .ok_or(ApiError::NotFound)?;
    let brief: Brief = serde_json::from_str(&header.brief_json)
        .map_err(|e| ApiError::Internal(format!("stored brief {id} unreadable: {e}")))?;
    Ok(Loaded { header, brief })
}

/// The visitor's status, from the same facts the studio sees. A proposal is the jeweler writing
/// too (it carries their message): once one is answered, the two are talking it through.
pub fn status(
    workflow: &str,
    jeweler_wrote: bool,
    proposals: &[atelier_core::commission::Proposal],
    stages: &[atelier_core::commission::StageEntry],
) -> CommissionStatus {
    CommissionStatus::of(StatusFacts {
        workflow: Status::parse(workflow),
        jeweler_wrote: jeweler_wrote || !proposals.is_empty(),
        proposal_open: proposals.last().is_some_and(|p| p.answer.is_none()),
        proposal_accepted: proposals.last().is_some_and(|p| {
            p.answer
                .as_ref()
                .is_some_and(|a| a.answer == atelier_core::commission::ProposalAnswer::Accepted)
        }),
        stage: stages.last().map(|s| s.stage),
    })
}

/// The page's own language, `?lang=<BCP 47 tag>`: the language the visitor reads the page in.
#[derive(Debug, Default, Deserialize)]
pub struct ShowQuery {
    /// The page's language; absent, unknown or not one the app speaks: the brief's.
    #[serde(default)]
    lang: Option<String>,
}

impl ShowQuery {
    /// The language to say Atelier's words in: the page's when the app speaks it, else `brief`'s.
    fn language<'a>(&'a self, brief: &'a str) -> &'a str {
        self.lang
            .as_deref()
            .map(str::trim)
            .filter(|l| l.len() <= 35 && Lang::from_tag(l).is_some())
            .unwrap_or(brief)
    }
}

/// The handler.
pub async fn show(
    State(state): State<AppState>,
    commission: Commission,
    Query(query): Query<ShowQuery>,
) -> Result<Json<CommissionView>, ApiError> {
    let id = commission.id;
    let Loaded { header, brief } = load(&state, id).await?;
    let db = &state.db;
    // Everything Atelier wrote about the brief is said in the page's language (`?lang=`, else the
    // brief's locale), the visitor's own words as written.
    let (spec, summary) = {
        let reader = state.words.reader(query.language(&brief.locale));
        // The jeweler's email's rows, less its table of weights in every other alloy: a costing
        // aid for the bench, noise beside the visitor's own choices.
        let estimate = atelier_core::estimate::estimate(&brief.design, &state.catalog).ok();
        let mut spec: Vec<SpecLine> =
            atelier_core::spec::rows_msg(&brief, &state.catalog, estimate.as_ref(), &[])
                .into_iter()
                .map(|row| SpecLine {
                    label: reader.say(&row.label),
                    value: reader.say(&row.value),
                })
                .collect();
        spec.extend(given_facts(&reader, &brief));
        let summary = reader.say(&atelier_core::summary::summary_msg(
            &brief.design,
            &state.catalog,
        ));
        (spec, summary)
    };
    let original_code = atelier_core::share::encode(&brief.design);
    let messages = store::messages::list(db, id, file_url).await?;
    let mut proposals = store::proposals::list(db, id).await?;
    state
        .words
        .reader(query.language(&brief.locale))
        .say_changes(&mut proposals, &state.catalog);
    let stages = store::stages::list(db, id).await?;
    let jeweler_wrote = messages
        .iter()
        .any(|m| m.author == atelier_core::commission::Author::Jeweler);
    let snapshots = store::messages::snapshots(db, id)
        .await?
        .into_iter()
        .map(|(file, label)| Picture {
            url: format!("files/s{file}"),
            label,
        })
        .collect();
    Ok(Json(CommissionView {
        status: status(&header.status, jeweler_wrote, &proposals, &stages),
        reference: header.reference,
        shop_name: state.config.shop_name.clone(),
        created_at: header.created_at,
        summary,
        spec,
        current_code: store::proposals::current_code(db, id, &original_code).await?,
        original_code,
        snapshots,
        messages,
        proposals,
        appointment: store::booking::current(db, id).await?,
        booking_open: store::booking::is_open(db).await?,
        stages,
        erasure_requested_at: store::erasure::requested_at(db, id).await?,
    }))
}

/// What the visitor wrote beside the ring, as far as they gave it: budget, deadline, occasion and
/// their notes (as written), so "your brief, as you sent it" is the whole brief.
fn given_facts(reader: &crate::i18n::Reader<'_>, brief: &Brief) -> Vec<SpecLine> {
    use crate::outbox::mail::{budget_words, day_words};
    let line = |key: &str, value: String| SpecLine {
        label: reader.t(key),
        value,
    };
    let mut lines = Vec::new();
    if let Some(budget) = &brief.budget {
        lines.push(line("email-fact-budget", budget_words(reader, budget)));
    }
    if let Some(day) = brief.deadline.as_deref().filter(|d| !d.trim().is_empty()) {
        lines.push(line("email-fact-deadline", day_words(reader, day)));
    }
    if let Some(occasion) = &brief.occasion {
        let said = reader.say(&atelier_core::spec::occasion_msg(occasion));
        lines.push(line("email-fact-occasion", said));
    }
    if !brief.notes.trim().is_empty() {
        lines.push(line(
            "email-brief-notes-heading",
            brief.notes.trim().to_owned(),
        ));
    }
    lines
}
