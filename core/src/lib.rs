//! `atelier-core` decides what a ring *is*: the catalog of metals and options, the visitor's design,
//! ring sizes, the brief sent to the jeweler, share links, estimates, and the geometry that turns a
//! design into millimetre-accurate meshes.
//!
//! It is pure Rust with no web or IO dependency (it builds for `wasm32-unknown-unknown` without
//! clocks, files or randomness), so the browser app, the server and the tests all run the very same
//! rules. The published tables the numbers were checked against are listed in `core/TABLES.md`.

pub mod brief;
pub mod catalog;
pub mod commission;
pub mod date;
pub mod decimal;
pub mod design;
pub mod estimate;
pub mod geometry;
pub mod i18n;
pub mod share;
pub mod size;
pub mod spec;
pub mod summary;
pub mod theme;
pub mod words;
pub mod workflow;
