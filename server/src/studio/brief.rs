//! `GET /briefs/{reference}`: everything about one brief, laid out for the jeweler — the stored
//! brief, its design link (and the design a proposal the visitor accepted changed it to, in the
//! shop's words), core's estimate and warnings, files, status history, notes and the
//! outbox's deliveries with every attempt.

use super::lookup;
use super::session::Jeweler;
use crate::clock;
use crate::error::ApiError;
use crate::store::DbError;
use crate::store::{self, briefs};
use crate::AppState;
use atelier_core::brief::Brief;
use atelier_core::catalog::Catalog;
use atelier_core::design::Design;
use axum::extract::{Path, State};
use axum::Json;
use serde_json::{json, Value};

/// Core's estimate with the metal weight for every alloy in the catalog and the band's
/// dimensions in millimetres.
pub fn estimate_json(design: &Design, catalog: &Catalog) -> Value {
    let band = design.band_params(catalog);
    let Ok(estimate) = atelier_core::estimate::estimate(design, catalog) else {
        return Value::Null;
    };
    let volume_cm3 = (estimate.band_volume_mm3 + estimate.setting_volume_mm3) / 1000.0;
    let weights: Vec<Value> = catalog
        .metals
        .iter()
        .map(|m| {
            json!({
                "metal_id": m.id.as_str(),
                "name": m.name,
                "grams": (volume_cm3 * f64::from(m.density_g_cm3) * 100.0).round() / 100.0,
            })
        })
        .collect();
    json!({
        "metal_id": estimate.metal_id,
        "metal_grams": (estimate.metal_grams * 100.0).round() / 100.0,
        "weights": weights,
        "band": {
            "profile": band.profile,
            "inner_diameter_mm": band.inner_diameter_mm,
            "width_mm": band.width_mm,
            "thickness_mm": band.thickness_mm,
        },
        "band_volume_mm3": estimate.band_volume_mm3,
        "setting_volume_mm3": estimate.setting_volume_mm3,
        "stone": estimate.stone,
        "assumed": estimate.assumed,
        "price": estimate.price,
    })
}

/// The deliveries of a brief with their attempt logs.
pub async fn deliveries(state: &AppState, consultation_id: i64) -> Result<Vec<Value>, DbError> {
    Ok(briefs::deliveries(&state.db, consultation_id)
        .await?
        .into_iter()
        .map(|d| {
            json!({
                "id": d.id,
                "kind": d.kind,
                "state": d.state,
                "attempts": d.attempts,
                "next_attempt_at": (d.state == "pending").then(|| clock::rfc3339(d.next_attempt_at)),
                "last_error": d.last_error,
                "log": d.log.into_iter().map(|a| json!({
                    "at": clock::rfc3339(a.at), "outcome": a.outcome, "error": a.error,
                })).collect::<Vec<_>>(),
            })
        })
        .collect())
}

/// The status history of a brief, oldest first.
pub async fn history(state: &AppState, consultation_id: i64) -> Result<Vec<Value>, DbError> {
    Ok(briefs::history(&state.db, consultation_id)
        .await?
        .into_iter()
        .map(|c| json!({"at": c.at, "by": c.by_email, "from": c.from_status, "to": c.to_status}))
        .collect())
}

/// The notes on a brief, oldest first.
pub async fn notes(state: &AppState, consultation_id: i64) -> Result<Vec<Value>, DbError> {
    Ok(briefs::notes(&state.db, consultation_id)
        .await?
        .into_iter()
        .map(|n| json!({"at": n.at, "by": n.by_email, "text": n.text}))
        .collect())
}

/// The handler.
pub async fn show(
    State(state): State<AppState>,
    _jeweler: Jeweler,
    Path(reference): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let (id, _) = lookup::brief_id(&state, &reference).await?;
    let store::consultations::BriefHeader {
        created_at,
        status,
        brief_json,
        summary,
        ..
    } = store::consultations::header(&state.db, id)
        .await?
        .ok_or(ApiError::NotFound)?;
    let brief_value: Value = serde_json::from_str(&brief_json).unwrap_or(Value::Null);
    let brief: Option<Brief> = serde_json::from_value(brief_value.clone()).ok();
    let catalog = &state.catalog;
    // What Atelier says about the design is in the shop's language, whatever the language it
    // was stored in; a brief that no longer reads keeps its stored summary.
    let shop = state.words.shop();
    let said = |design: &atelier_core::design::Design| {
        shop.say(&atelier_core::summary::summary_msg(design, catalog))
    };
    let design_code = brief
        .as_ref()
        .map(|b| atelier_core::share::encode(&b.design));
    let summary = brief.as_ref().map_or(summary, |b| said(&b.design));
    // The design agreed since, if a proposal changed it: the page leads with it and keeps the
    // original reachable.
    let current = match &design_code {
        Some(original) => store::proposals::current_code(&state.db, id, original)
            .await
            .map(|code| Some(code).filter(|c| c != original))?,
        None => None,
    };
    let agreed = current
        .as_deref()
        .and_then(|code| atelier_core::share::decode(code).ok());
    let current_summary = agreed.as_ref().map(said);
    // The estimate and the warnings are of the design the jeweler will make: the agreed one,
    // else the one sent.
    let (estimate, warnings) = match agreed.as_ref().or(brief.as_ref().map(|b| &b.design)) {
        Some(design) => (
            estimate_json(design, catalog),
            design
                .check(catalog)
                .warnings
                .iter()
                .map(|w| shop.say(&w.msg()))
                .collect::<Vec<_>>(),
        ),
        None => (Value::Null, Vec::new()),
    };
    let files: Vec<Value> = briefs::files(&state.db, id)
        .await?
        .into_iter()
        .map(|f| {
            json!({"id": f.id, "kind": f.kind, "label": f.label, "mime_type": f.mime_type,
                   "url": state.config.shop_path(&format!("/api/studio/files/{}", f.id))})
        })
        .collect();
    Ok(Json(json!({
        "reference": reference,
        "created_at": created_at,
        "status": status,
        "brief": brief_value,
        "design_code": design_code,
        "summary": summary,
        "current_code": current,
        "current_summary": current_summary,
        "estimate": estimate,
        "warnings": warnings,
        "files": files,
        "history": history(&state, id).await?,
        "notes": notes(&state, id).await?,
        "deliveries": deliveries(&state, id).await?,
    })))
}
