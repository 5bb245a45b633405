//! SQL for the commission's stages (see `server/src/store/links.rs` for the pattern).
