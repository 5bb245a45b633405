//! Many shops on one deployment, in one test binary (each binary links the whole server, so the
//! shop suites share one):
//!
//! - [`by_host`]: two shops found by host, each with its own settings, briefs, accounts,
//!   sessions and deliveries; the operator's commands;
//! - [`by_path`]: shops under `/s/<slug>/` of one address, every address they give under it;
//! - [`isolation`]: every route of the router, tried on one shop's host with the other's things;
//! - [`files`]: a shop's logo and notice kept with its settings, served on any server;
//! - [`fairness`]: one shop's flood and hanging CRM delay no other shop's deliveries;
//! - [`quotas`]: briefs per day and bytes kept, each shop's own;
//! - [`row_security`]: PostgreSQL's row-level security, the second wall.

mod common;
mod fakes;
mod studio_common;

#[path = "shops/by_host.rs"]
mod by_host;
#[path = "shops/by_path.rs"]
mod by_path;
#[path = "shops/fairness.rs"]
mod fairness;
#[path = "shops/files.rs"]
mod files;
#[path = "shops/isolation.rs"]
mod isolation;
#[path = "shops/quotas.rs"]
mod quotas;
#[path = "shops/row_security.rs"]
mod row_security;
