//! SQL for the commission's messages (see `server/src/store/links.rs` for the pattern).
