//! Stable, URL-safe identifiers for catalog entries, so designs and share links survive a catalog
//! override as long as the jeweler keeps the ids.

use serde::{Deserialize, Serialize};

/// Longest id the catalog accepts; keeps share links and briefs bounded.
pub const MAX_ID_LEN: usize = 40;

/// Whether `id` is a well-formed catalog id: 1–40 characters of lowercase ASCII letters, digits and `-`.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_ID_LEN
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub String);

        impl $name {
            /// Wraps an id; it is checked against the catalog when a design is validated.
            pub fn new(id: impl Into<String>) -> Self {
                Self(id.into())
            }

            /// The identifier as text.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<&str> for $name {
            fn from(id: &str) -> Self {
                Self(id.to_owned())
            }
        }
    };
}

id_type!(
    /// Identifies a stone in the catalog, e.g. `diamond` or `sapphire-blue`.
    StoneId
);
id_type!(
    /// Identifies a cut (shape and facet pattern), e.g. `round` or `emerald`.
    CutId
);
id_type!(
    /// Identifies a setting style, e.g. `four-prong`.
    SettingId
);
id_type!(
    /// Identifies an engraving font, e.g. `script`.
    FontId
);
