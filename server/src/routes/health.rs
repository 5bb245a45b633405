//! `GET /api/health`: whether the server and its database answer.

use crate::error::ApiError;
use crate::AppState;
use axum::extract::State;
use axum::Json;
use serde::Serialize;

/// The health report.
#[derive(Debug, Serialize)]
pub struct Health {
    pub status: &'static str,
    pub version: &'static str,
    pub shop: String,
    /// When this installation's data folder was first set up.
    pub data_since: String,
}

pub async fn health(State(state): State<AppState>) -> Result<Json<Health>, ApiError> {
    Ok(Json(Health {
        status: "ok",
        version: env!("CARGO_PKG_VERSION"),
        shop: state.config.shop_name.clone(),
        data_since: state.db.instance_created_at().await?,
    }))
}
