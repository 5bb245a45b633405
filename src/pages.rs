//! Pages of the app, one component each.

mod configurator;

pub use configurator::Configurator;
