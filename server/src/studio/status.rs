//! The workflow statuses a brief moves through.

/// Every status, in workflow order (`spam` last: it is a bin, not a step).
pub const STATUSES: [&str; 7] = [
    "new",
    "in_conversation",
    "quoted",
    "won",
    "lost",
    "archived",
    "spam",
];

/// The stored name if `text` is a status.
pub fn parse(text: &str) -> Option<&'static str> {
    STATUSES.iter().copied().find(|s| *s == text)
}
