//! The visitor's page, the configurator; the studio's pages live in `studio::pages`.

mod configurator;

pub use configurator::Configurator;
