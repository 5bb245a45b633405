//! The confirmation of the last brief the jeweler's server took from this browser, kept in
//! localStorage so that reloading the confirmation screen still shows the reference; it goes when
//! the visitor starts a new design.
//!
//! Stored text: the reference on the first line, then `surprise` or nothing on the second, then
//! the private commission page's path (`/c/<token>` under the shop's prefix) or nothing on the
//! third (a confirmation kept before commission pages has two lines and still reads).

use super::{local_storage, shop_key};

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
    /// The visitor's private commission page, `/c/<token>` under the shop's prefix.
    pub commission_url: Option<String>,
}

impl Confirmation {
    /// The stored text.
    fn to_text(&self) -> String {
        format!(
            "{}\n{}\n{}",
            self.reference,
            if self.surprise { SURPRISE } else { "" },
            self.commission_url.as_deref().unwrap_or_default()
        )
    }

    /// Reads the stored text; anything else (an older layout, hand edits) is not a confirmation.
    fn parse(text: &str) -> Option<Self> {
        let mut lines = text.split('\n');
        let (reference, flag) = (lines.next()?, lines.next()?);
        let commission_url = match lines.next().unwrap_or_default() {
            "" => None,
            url => Some(crate::api::commission_path(url)?),
        };
        if lines.next().is_some() {
            return None;
        }
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
            commission_url,
        })
    }
}

/// The kept confirmation, if there is a readable one.
pub fn load() -> Option<Confirmation> {
    let text = local_storage()?
        .get_item(&shop_key(CONFIRMATION_KEY))
        .ok()
        .flatten()?;
    Confirmation::parse(&text)
}

/// Keeps the confirmation; `false` if the browser refused (full or disabled storage), and it then
/// lasts only as long as the page.
pub fn save(confirmation: &Confirmation) -> bool {
    local_storage().is_some_and(|s| {
        s.set_item(&shop_key(CONFIRMATION_KEY), &confirmation.to_text())
            .is_ok()
    })
}

/// Forgets the confirmation (the visitor starts a new design).
pub fn clear() {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(&shop_key(CONFIRMATION_KEY));
    }
}

#[cfg(test)]
mod tests {
    use super::Confirmation;

    #[test]
    fn round_trips_and_refuses_junk() {
        let page = "/c/Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFi".to_owned();
        for surprise in [true, false] {
            for commission_url in [None, Some(page.clone())] {
                let c = Confirmation {
                    reference: "AT-7KQ2M".to_owned(),
                    surprise,
                    commission_url,
                };
                assert_eq!(Confirmation::parse(&c.to_text()), Some(c));
            }
        }
        assert_eq!(
            Confirmation::parse("AT-7KQ2M\n").map(|c| c.commission_url),
            Some(None)
        );
        assert_eq!(
            Confirmation::parse(&format!("AT-7KQ2M\n\n{page}")).map(|c| c.commission_url),
            Some(Some(page.clone()))
        );
        assert_eq!(
            Confirmation::parse("AT-7KQ2M\n\nhttps://evil.example/c/x"),
            None
        );
        assert_eq!(
            Confirmation::parse(&format!("AT-7KQ2M\n\n{page}\nmore")),
            None
        );
        assert_eq!(Confirmation::parse("AT-7KQ2M"), None);
        assert_eq!(Confirmation::parse("AT-7KQ2M\nmaybe"), None);
        assert_eq!(Confirmation::parse("\n"), None);
        assert_eq!(Confirmation::parse("<script>\n"), None);
        assert_eq!(Confirmation::parse(&format!("{}\n", "A".repeat(33))), None);
    }
}
