//! SQL for the commission's proposals (see `server/src/store/links.rs` for the pattern).
