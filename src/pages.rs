//! Pages of the app, one component each.

mod configurator;
mod studio;

pub use configurator::Configurator;
pub use studio::Studio;
