//! The workflow a brief moves through in the jeweler's studio: New → In conversation → Quoted →
//! Won / Lost / Archived, and Spam as a bin beside it.
//!
//! The server checks and stores the wire names (`in_conversation`); the studio shows the labels
//! ("In conversation", [`label_msg`]). Both read them here, so a status added or renamed changes in one place
//! (and in the database's CHECK constraint, which a migration must follow).

use crate::i18n::Msg;

/// One step of the workflow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Status {
    /// Not yet answered.
    New,
    /// Talking it through with the visitor.
    InConversation,
    /// A quote was sent.
    Quoted,
    /// Became an order.
    Won,
    /// Did not become an order.
    Lost,
    /// Put away.
    Archived,
    /// Not a real request: a bin, not a step.
    Spam,
}

impl Status {
    /// Every status, in workflow order (`Spam` last).
    pub const ALL: [Status; 7] = [
        Status::New,
        Status::InConversation,
        Status::Quoted,
        Status::Won,
        Status::Lost,
        Status::Archived,
        Status::Spam,
    ];

    /// The name stored in the database and sent over the wire.
    pub const fn name(self) -> &'static str {
        match self {
            Status::New => "new",
            Status::InConversation => "in_conversation",
            Status::Quoted => "quoted",
            Status::Won => "won",
            Status::Lost => "lost",
            Status::Archived => "archived",
            Status::Spam => "spam",
        }
    }

    /// The status as the jeweler reads it, in any language.
    pub fn msg(self) -> Msg {
        Msg::new(match self {
            Status::New => "status-new",
            Status::InConversation => "status-in-conversation",
            Status::Quoted => "status-quoted",
            Status::Won => "status-won",
            Status::Lost => "status-lost",
            Status::Archived => "status-archived",
            Status::Spam => "status-spam",
        })
    }

    /// The status whose wire name is exactly `name`.
    pub fn parse(name: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.name() == name)
    }
}

/// Every wire name, in workflow order.
pub const NAMES: [&str; 7] = {
    let mut names = [""; 7];
    let mut i = 0;
    while i < names.len() {
        names[i] = Status::ALL[i].name();
        i += 1;
    }
    names
};

/// The label of a wire name in any language; a name that is not a status is shown as it is.
pub fn label_msg(name: &str) -> Msg {
    Status::parse(name).map_or_else(|| crate::words::as_written(name), Status::msg)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_in_workflow_order() {
        assert_eq!(
            NAMES,
            [
                "new",
                "in_conversation",
                "quoted",
                "won",
                "lost",
                "archived",
                "spam"
            ]
        );
        for s in Status::ALL {
            assert_eq!(Status::parse(s.name()), Some(s));
        }
        assert_eq!(Status::parse("In conversation"), None);
        assert_eq!(Status::parse(" new"), None);
    }

    #[test]
    fn labels_are_words_and_unknown_names_stay_as_they_are() {
        use crate::words::english;
        let label = |name: &str| english(&label_msg(name));
        assert_eq!(label("in_conversation"), "In conversation");
        assert_eq!(label("archived"), "Archived");
        assert_eq!(label("answered"), "answered");
        assert!(NAMES.iter().all(|n| label(n) != *n));
        for s in Status::ALL {
            assert_eq!(english(&s.msg()), label(s.name()));
        }
    }
}
