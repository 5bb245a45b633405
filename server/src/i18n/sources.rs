//! The message files the server reads, compiled in: the Email area's sources of every language.

use atelier_core::i18n::Lang;

/// One language's Email-area files, in the order the area joins them.
macro_rules! area {
    ($lang:literal) => {
        [
            (
                "common",
                include_str!(concat!("../../../locales/", $lang, "/common.ftl")),
            ),
            (
                "core",
                include_str!(concat!("../../../locales/", $lang, "/core.ftl")),
            ),
            (
                "brief",
                include_str!(concat!("../../../locales/", $lang, "/brief.ftl")),
            ),
            (
                "email",
                include_str!(concat!("../../../locales/", $lang, "/email.ftl")),
            ),
        ]
    };
}

/// Every language's files.
pub const FILES: &[(Lang, [(&str, &str); 4])] = &[
    (Lang::En, area!("en")),
    (Lang::De, area!("de")),
    (Lang::Fr, area!("fr")),
    (Lang::It, area!("it")),
    (Lang::Es, area!("es")),
    (Lang::Ja, area!("ja")),
    (Lang::Ar, area!("ar")),
];
