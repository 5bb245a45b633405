//! Which message files each part of Atelier reads. A visitor's first load fetches one file: its
//! area's sources for one language, joined at build time (`dist/locales/<lang>/<area>.ftl`).

/// Every source file of a language, `locales/<lang>/<name>.ftl`.
pub const SOURCES: [&str; 9] = [
    "common",
    "core",
    "brief",
    "configurator",
    "viewer",
    "commission",
    "studio",
    "email",
    "embed",
];

/// A part of Atelier with its own set of words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Area {
    /// The visitor's configurator and brief form (`index.html`).
    App,
    /// The visitor's commission page (`/c/…`).
    Commission,
    /// The jeweler's studio.
    Studio,
    /// The server's emails and other generated texts.
    Email,
    /// The embed loader (`public/embed.js`) on a shop's own page: its notices, alone, since it
    /// reads nothing else and fetches its file from another origin.
    Embed,
}

impl Area {
    /// Every area.
    pub const ALL: [Area; 5] = [
        Area::App,
        Area::Commission,
        Area::Studio,
        Area::Email,
        Area::Embed,
    ];

    /// The joined file's name, without `.ftl`.
    pub fn name(self) -> &'static str {
        match self {
            Area::App => "app",
            Area::Commission => "commission",
            Area::Studio => "studio",
            Area::Email => "email",
            Area::Embed => "embed",
        }
    }

    /// The source files it joins, in order.
    pub fn sources(self) -> &'static [&'static str] {
        match self {
            Area::App => &["common", "core", "brief", "viewer", "configurator"],
            Area::Commission => &["common", "core", "brief", "viewer", "commission"],
            Area::Studio => &["common", "core", "brief", "viewer", "studio"],
            Area::Email => &["common", "core", "brief", "email"],
            Area::Embed => &["embed"],
        }
    }
}
