//! The studio's shop switcher, `GET /api/studio/shops`: every open shop whose studio the
//! signed-in person may open, this one among them, each by its name and its studio's address.
//!
//! A person is one account across the deployment, a member of each shop they work for. Each shop's
//! studio keeps its own session (its own cookie, on its own address), so switching is going to
//! the other studio's address: by path, its studio under `/s/<slug>/` of this address, where a
//! session already made stays; by host, its `public_url` or its first host name, on the port and
//! scheme this request came by. A deployment of one shop lists only that shop.

use super::session::Jeweler;
use crate::config::ShopFinding;
use crate::error::ApiError;
use crate::store::shops::{self, ShopRow};
use crate::store::ShopId;
use crate::{AppState, Config};
use axum::extract::State;
use axum::http::{header, HeaderMap};
use axum::Json;
use serde::Serialize;

/// One shop in the switcher.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct ShopLink {
    /// Its name in addresses.
    pub slug: String,
    /// Its name, as its pages say it.
    pub name: String,
    /// Where its studio opens (absolute, path-absolute or scheme-relative).
    pub studio: String,
    /// Whether it is the shop of this studio.
    pub current: bool,
}

/// `GET /shops`: the switcher's shops, in the order they were added.
pub async fn list(
    State(state): State<AppState>,
    jeweler: Jeweler,
    headers: HeaderMap,
) -> Result<Json<Vec<ShopLink>>, ApiError> {
    let here = state.db.shop();
    if state.config.shops == ShopFinding::One {
        return Ok(Json(vec![ShopLink {
            slug: String::new(),
            name: state.config.shop_name.clone(),
            studio: "/studio/".to_owned(),
            current: true,
        }]));
    }
    let port = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .and_then(port_of)
        .map(str::to_owned);
    let mut links = Vec::new();
    for row in shops::of_person(&state.db, jeweler.user_id).await? {
        let Some(named) = Named::of(&state.deployment, &row) else {
            continue;
        };
        let Some(studio) = studio_address(&state, &named, &row, port.as_deref()).await? else {
            continue;
        };
        links.push(ShopLink {
            current: row.id == here,
            slug: row.slug,
            name: named.name,
            studio,
        });
    }
    Ok(Json(links))
}

/// What the switcher needs of a shop's settings: its name and its own address, if it has one.
/// Read from the settings as stored, without checking the files they name (which are on the
/// servers that serve the shop, not necessarily on this one).
struct Named {
    name: String,
    public_url: Option<String>,
}

impl Named {
    /// `row`'s name and address; `None` (and left out) when its settings do not say its name.
    fn of(deployment: &Config, row: &ShopRow) -> Option<Self> {
        if row.id == ShopId::FIRST {
            return Some(Self {
                name: deployment.shop_name.clone(),
                public_url: deployment.public_url.clone(),
            });
        }
        let table = row.settings.parse::<toml::Table>().ok()?;
        let text = |key: &str| table.get(key)?.as_str().map(str::to_owned);
        Some(Self {
            name: text("shop_name")?,
            public_url: text("public_url"),
        })
    }
}

/// Where `row`'s studio opens, from a request on `port` (the `Host` header's, if it had one).
async fn studio_address(
    state: &AppState,
    named: &Named,
    row: &ShopRow,
    port: Option<&str>,
) -> Result<Option<String>, ApiError> {
    if state.deployment.shops == ShopFinding::ByPath {
        return Ok(Some(format!("/s/{}/studio/", row.slug)));
    }
    if let Some(url) = &named.public_url {
        return Ok(Some(format!("{}/studio/", url.trim_end_matches('/'))));
    }
    let hosts = shops::hosts_of(&state.db, row.id).await?;
    Ok(hosts.first().map(|host| match port {
        Some(port) => format!("//{host}:{port}/studio/"),
        None => format!("//{host}/studio/"),
    }))
}

/// The port of a `Host` header, when it names one.
fn port_of(host: &str) -> Option<&str> {
    let (name, port) = host.rsplit_once(':')?;
    let plain = !name.contains(':') || name.ends_with(']');
    (plain && !port.is_empty() && port.bytes().all(|b| b.is_ascii_digit())).then_some(port)
}

#[cfg(test)]
mod tests {
    use super::port_of;

    #[test]
    fn the_port_is_read_from_a_host_header() {
        assert_eq!(port_of("verel.example:8080"), Some("8080"));
        assert_eq!(port_of("verel.example"), None);
        assert_eq!(port_of("[::1]:3000"), Some("3000"));
        assert_eq!(port_of("[::1]"), None);
        assert_eq!(port_of("verel.example:"), None);
    }
}
