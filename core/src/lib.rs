//! `atelier-core` decides what a ring *is*: the catalog of metals and options, the visitor's design,
//! and the geometry that turns a design into millimetre-accurate meshes.
//!
//! It is pure Rust with no web or IO dependency, so the browser app, the server and the tests all run
//! the very same rules.

pub mod catalog;
pub mod geometry;
