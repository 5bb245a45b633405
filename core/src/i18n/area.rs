//! Which message files each part of Atelier reads. An area's words come in one or more files,
//! each its sources for one language joined at build time (`dist/locales/<lang>/<file>.ftl`): the
//! first before anything is drawn, each later one when the code that needs it is fetched. The
//! configurator's first file holds only what its first screen says (the shop's bar, the ring, a
//! part still loading); the panel's words come with the panel.

/// Every source file of a language, `locales/<lang>/<name>.ftl`.
pub const SOURCES: [&str; 10] = [
    "common",
    "start",
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

/// One file of an area's words, fetched whole: `dist/locales/<lang>/<name>.ftl`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Part {
    /// The joined file's name, without `.ftl`.
    pub name: &'static str,
    /// The source files it joins, in order.
    pub sources: &'static [&'static str],
}

/// The configurator's first screen: the shop's bar with the language switch, the ring with its
/// tools and the sentences shown without WebGL2, a part still loading or not fetched, the title.
const APP_FIRST: Part = Part {
    name: "app",
    sources: &["common", "viewer", "start"],
};

/// The configurator's panel: the steps, the summary, core's words, the brief form.
const APP_PANEL: Part = Part {
    name: "panel",
    sources: &["core", "brief", "configurator"],
};

impl Area {
    /// Every area.
    pub const ALL: [Area; 5] = [
        Area::App,
        Area::Commission,
        Area::Studio,
        Area::Email,
        Area::Embed,
    ];

    /// Its files in the order the app fetches them: the first before drawing anything.
    pub fn parts(self) -> &'static [Part] {
        match self {
            Area::App => &[APP_FIRST, APP_PANEL],
            Area::Commission => &[Part {
                name: "commission",
                sources: &["common", "core", "brief", "viewer", "commission"],
            }],
            Area::Studio => &[Part {
                name: "studio",
                sources: &["common", "core", "brief", "viewer", "studio"],
            }],
            Area::Email => &[Part {
                name: "email",
                sources: &["common", "core", "brief", "email"],
            }],
            Area::Embed => &[Part {
                name: "embed",
                sources: &["embed"],
            }],
        }
    }

    /// The file fetched before anything is drawn.
    pub fn first(self) -> Part {
        self.parts()[0]
    }

    /// The first file's name, without `.ftl`.
    pub fn name(self) -> &'static str {
        self.first().name
    }

    /// Every source file its parts join, in the order they are fetched.
    pub fn sources(self) -> impl Iterator<Item = &'static str> {
        self.parts()
            .iter()
            .flat_map(|part| part.sources.iter().copied())
    }

    /// Whether any of its parts joins `source`.
    pub fn reads(self, source: &str) -> bool {
        self.sources().any(|s| s == source)
    }
}

#[cfg(test)]
mod tests {
    use super::{Area, SOURCES};

    #[test]
    fn every_source_is_joined_once_per_area_and_every_file_name_differs() {
        let mut names = Vec::new();
        for area in Area::ALL {
            let sources: Vec<&str> = area.sources().collect();
            for source in &sources {
                assert!(SOURCES.contains(source), "{source} is not in SOURCES");
                assert_eq!(
                    sources.iter().filter(|s| *s == source).count(),
                    1,
                    "{source} twice in {area:?}"
                );
            }
            names.extend(area.parts().iter().map(|p| p.name));
        }
        let mut unique = names.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), names.len(), "{names:?}");
        for source in SOURCES {
            assert!(Area::ALL.iter().any(|a| a.reads(source)), "{source}");
        }
    }

    #[test]
    fn the_configurator_fetches_its_first_screen_before_its_panel() {
        let parts = Area::App.parts();
        assert_eq!(
            parts.iter().map(|p| p.name).collect::<Vec<_>>(),
            ["app", "panel"]
        );
        assert!(parts[0].sources.contains(&"viewer"));
        assert!(parts[1].sources.contains(&"configurator"));
        assert_eq!(Area::App.name(), "app");
    }
}
