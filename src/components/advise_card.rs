//! "Not sure — ask my jeweler": the answer every question of the flow offers, because a custom ring
//! starts with a conversation, not with a visitor guessing.

use super::option_card::Answer;
use super::option_picture::Picture;
use crate::i18n::t;

/// The words on every "advise me" card and switch, in the visitor's language.
pub fn advise_label() -> String {
    t("cfg-advise")
}

/// The "not sure" card of a radio group: its value is `advise`, its mark a question mark.
pub fn advise_answer() -> Answer {
    Answer {
        value: "advise".to_owned(),
        label: advise_label(),
        detail: Some(t("cfg-advise-detail")),
        picture: Picture::Span {
            class: "advise-mark".to_owned(),
            style: None,
            text: Some("?".to_owned()),
        },
    }
}
