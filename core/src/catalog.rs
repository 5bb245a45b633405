//! The catalog: every option a visitor can choose, with the physical facts behind it.
//!
//! The built-in catalog is the default; a jeweler can override it through configuration, and the
//! browser receives it from `GET /api/catalog`.

mod band;
mod metal;

pub use band::BandProfile;
pub use metal::{Metal, MetalFamily, MetalId};
