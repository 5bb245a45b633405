//! Who may see a commission: the holder of a live link. [`Commission`] is the extractor every
//! `/api/c/{token}/…` handler takes; it resolves the `token` path parameter to the brief, or
//! answers with the refusal in words (unknown 404, revoked or expired 410, these two with the
//! shop's contact).

use crate::error::{ApiError, ShopContact};
use crate::store::links;
use crate::AppState;
use axum::extract::{FromRequestParts, Path};
use axum::http::request::Parts;
use std::collections::HashMap;

/// The brief a live link opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Commission {
    /// The brief's row id.
    pub id: i64,
}

impl FromRequestParts<AppState> for Commission {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let Path(params) = Path::<HashMap<String, String>>::from_request_parts(parts, state)
            .await
            .map_err(|_| ApiError::CommissionLink(links::Refusal::Unknown, None))?;
        let token = params.get("token").map(String::as_str).unwrap_or_default();
        match links::resolve(&state.db, token, crate::clock::now_unix()).await? {
            Ok(id) => Ok(Commission { id }),
            // A link the jeweler closed, or one that ran out, was the visitor's own: they may
            // read how to reach the shop (as their emails' Reply-To already says). A token
            // nobody was given learns nothing.
            Err(refusal @ (links::Refusal::Revoked | links::Refusal::Expired)) => {
                Err(ApiError::CommissionLink(
                    refusal,
                    Some(ShopContact {
                        name: state.config.shop_name.clone(),
                        email: state.config.jeweler_email.clone(),
                    }),
                ))
            }
            Err(refusal) => Err(ApiError::CommissionLink(refusal, None)),
        }
    }
}
