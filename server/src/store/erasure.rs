//! SQL for the commission's erasure (see `server/src/store/links.rs` for the pattern).
