//! SQL for the commission's booking (see `server/src/store/links.rs` for the pattern).
