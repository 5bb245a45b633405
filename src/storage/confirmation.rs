//! The confirmation of the last brief the jeweler's server took from this browser, kept in
//! localStorage so that reloading the confirmation screen still shows the reference; it goes when
//! the visitor starts a new design.
//!
//! Stored text: the reference on the first line, then `surprise` or nothing on the second.

use super::local_storage;

/// The key the confirmation lives under; versioned with the text layout inside it.
const CONFIRMATION_KEY: &str = "atelier.confirmation.v1";

/// The second line of a surprise brief.
const SURPRISE: &str = "surprise";

/// Longest reference kept (the server's are `AT-` and five characters).
const REFERENCE_CHARS_MAX: usize = 32;

/// What the confirmation screen shows of a stored brief.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Confirmation {
    /// The server's reference, e.g. `AT-7KQ2M`.
    pub reference: String,
    /// The visitor asked that the wearer not be contacted.
    pub surprise: bool,
}

impl Confirmation {
    /// The stored text.
    fn to_text(&self) -> String {
        format!(
            "{}\n{}",
            self.reference,
            if self.surprise { SURPRISE } else { "" }
        )
    }

    /// Reads the stored text; anything else (an older layout, hand edits) is not a confirmation.
    fn parse(text: &str) -> Option<Self> {
        let (reference, flag) = text.split_once('\n')?;
        let reference_ok = !reference.is_empty()
            && reference.len() <= REFERENCE_CHARS_MAX
            && reference
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-');
        let surprise = match flag {
            SURPRISE => true,
            "" => false,
            _ => return None,
        };
        reference_ok.then(|| Self {
            reference: reference.to_owned(),
            surprise,
        })
    }
}

/// The kept confirmation, if there is a readable one.
pub fn load() -> Option<Confirmation> {
    let text = local_storage()?.get_item(CONFIRMATION_KEY).ok().flatten()?;
    Confirmation::parse(&text)
}

/// Keeps the confirmation; `false` if the browser refused (full or disabled storage), and it then
/// lasts only as long as the page.
pub fn save(confirmation: &Confirmation) -> bool {
    local_storage().is_some_and(|s| {
        s.set_item(CONFIRMATION_KEY, &confirmation.to_text())
            .is_ok()
    })
}

/// Forgets the confirmation (the visitor starts a new design).
pub fn clear() {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(CONFIRMATION_KEY);
    }
}

#[cfg(test)]
mod tests {
    use super::Confirmation;

    #[test]
    fn round_trips_and_refuses_junk() {
        for surprise in [true, false] {
            let c = Confirmation {
                reference: "AT-7KQ2M".to_owned(),
                surprise,
            };
            assert_eq!(Confirmation::parse(&c.to_text()), Some(c));
        }
        assert_eq!(Confirmation::parse("AT-7KQ2M"), None);
        assert_eq!(Confirmation::parse("AT-7KQ2M\nmaybe"), None);
        assert_eq!(Confirmation::parse("\n"), None);
        assert_eq!(Confirmation::parse("<script>\n"), None);
        assert_eq!(Confirmation::parse(&format!("{}\n", "A".repeat(33))), None);
    }
}
