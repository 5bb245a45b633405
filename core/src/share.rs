//! Share links: a [`Design`] as a short, URL-safe string and back.
//!
//! # Format, version 1
//! base64url without padding of a compact binary record:
//!
//! | bytes | meaning |
//! |---|---|
//! | 1 | format version, `1` |
//! | id | metal, stone (see below) |
//! | 1 | origin: 0 advise me, 1 natural, 2 lab-grown |
//! | id | cut |
//! | varint | carat: 0 advise me, else points + 1 |
//! | id | setting |
//! | 1 | band profile: 0 advise me, 1 court, 2 D-shape, 3 flat, 4 knife-edge |
//! | varint ×2 | band width, thickness: 0 advise me, else hundredths of a mm + 1 |
//! | 1 | finish: 0 advise me, 1 polished, 2 satin, 3 hammered |
//! | 1 (+1, varint) | size: 0 unknown, 1 unknown and send a sizer, 2 known + system code + hundredths of a mm, 3 not given yet |
//! | 1 (+…) | engraving: 0 none, 1 text (varint length + UTF-8) + font id |
//!
//! An *id* is a varint: 0 advise me, 1 a literal (varint length + UTF-8), and 2 + n the n-th entry of
//! the frozen dictionary [`DICTIONARY_V1`] of built-in ids, so the default design is 15 bytes and its
//! link 20 characters. Varints are unsigned LEB128 (at most 5 bytes, no overlong forms).
//!
//! # Versions
//! The first byte is the format version and every version stays decodable forever. To add version 2
//! (say, a new field): write `decode_v2`, make [`encode`] write `2` and the new layout, and keep
//! `decode_v1`, filling the new field with its default, so links already sent keep opening. The v1
//! dictionary is frozen: a v2 that needs new ids gets its own dictionary. A new *value* in a field's
//! code space (size code 3, "not given yet") stays v1: every link written before still reads the same.

use crate::catalog::{BandProfile, CutId, Finish, FontId, MetalId, Origin, SettingId, StoneId};
use crate::design::{Carat, Choice, Design, Engraving, Mm, SizeChoice, MAX_CENTI_MM, MAX_POINTS};
use crate::size::{RingSize, SizeSystem};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use thiserror::Error;

/// The version [`encode`] writes.
pub const CURRENT_VERSION: u8 = 1;
/// Longest link text [`decode`] accepts (far beyond any real design; bounds the work garbage costs).
pub const MAX_LINK_LEN: usize = 4096;

/// Built-in ids in the order v1 numbers them. Frozen: only ever read, never reordered or extended.
pub const DICTIONARY_V1: [&str; 43] = [
    "18k-yellow",
    "14k-yellow",
    "9k-yellow",
    "18k-white",
    "14k-white",
    "9k-white",
    "18k-rose",
    "14k-rose",
    "9k-rose",
    "pt950",
    "pd950",
    "ag925",
    "diamond",
    "moissanite",
    "sapphire-blue",
    "sapphire-pink",
    "sapphire-yellow",
    "sapphire-padparadscha",
    "ruby",
    "emerald",
    "aquamarine",
    "morganite",
    "own-stone",
    "round",
    "oval",
    "cushion",
    "princess",
    "asscher",
    "radiant",
    "pear",
    "marquise",
    "heart",
    "four-prong",
    "six-prong",
    "bezel",
    "halo",
    "pave-shoulders",
    "three-stone",
    "full-eternity",
    "plain-band",
    "script",
    "serif",
    "sans",
];

/// Why a share link could not be opened.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ShareError {
    /// Nothing to decode.
    Empty,
    /// Longer than any design link.
    TooLong(usize),
    /// Not base64url.
    NotBase64,
    /// Made by a newer (or unknown) version of the configurator.
    UnsupportedVersion(u8),
    /// The record ends early.
    Truncated(&'static str),
    /// A field holds a value no encoder writes.
    Invalid(&'static str),
    /// Bytes left over after the design.
    TrailingBytes,
}

impl std::fmt::Display for ShareError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        crate::words::display(&self.msg(), f)
    }
}

impl ShareError {
    /// Why the link could not be opened, in any language. What the decoder was reading is named
    /// as the codec calls it (`metal`, `size`): a detail for whoever reports the link.
    pub fn msg(&self) -> crate::i18n::Msg {
        use crate::i18n::{Arg, Msg};
        match self {
            ShareError::Empty => Msg::new("share-error-empty"),
            ShareError::TooLong(n) => {
                Msg::new("share-error-too-long").arg("chars", Arg::int(*n as i64))
            }
            ShareError::NotBase64 => Msg::new("share-error-not-base64"),
            ShareError::UnsupportedVersion(v) => {
                Msg::new("share-error-version").arg("format", Arg::int(i64::from(*v)))
            }
            ShareError::Truncated(what) => Msg::new("share-error-truncated").arg("what", *what),
            ShareError::Invalid(what) => Msg::new("share-error-invalid").arg("what", *what),
            ShareError::TrailingBytes => Msg::new("share-error-trailing"),
        }
    }
}

/// Encodes a design as a short URL-safe string.
pub fn encode(design: &Design) -> String {
    URL_SAFE_NO_PAD.encode(to_bytes(design))
}

/// Decodes a link made by [`encode`] (of this or any older version). Never panics.
pub fn decode(link: &str) -> Result<Design, ShareError> {
    let link = link.trim().trim_end_matches('=');
    if link.is_empty() {
        return Err(ShareError::Empty);
    }
    if link.len() > MAX_LINK_LEN {
        return Err(ShareError::TooLong(link.len()));
    }
    let bytes = URL_SAFE_NO_PAD
        .decode(link)
        .map_err(|_| ShareError::NotBase64)?;
    from_bytes(&bytes)
}

/// The binary record, before base64.
pub fn to_bytes(d: &Design) -> Vec<u8> {
    let mut w = Writer(Vec::with_capacity(32));
    w.0.push(CURRENT_VERSION);
    w.id(d.metal.chosen().map(MetalId::as_str));
    w.id(d.stone.chosen().map(StoneId::as_str));
    w.0.push(match d.origin {
        Choice::AdviseMe => 0,
        Choice::Chosen(Origin::Natural) => 1,
        Choice::Chosen(Origin::LabGrown) => 2,
    });
    w.id(d.cut.chosen().map(CutId::as_str));
    w.optional_number(d.carat.chosen().map(|c| c.points()));
    w.id(d.setting.chosen().map(SettingId::as_str));
    w.0.push(match d.band_profile {
        Choice::AdviseMe => 0,
        Choice::Chosen(p) => profile_code(p),
    });
    w.optional_number(d.band_width.chosen().map(|m| m.centi()));
    w.optional_number(d.band_thickness.chosen().map(|m| m.centi()));
    w.0.push(match d.finish {
        Choice::AdviseMe => 0,
        Choice::Chosen(f) => finish_code(f),
    });
    match d.size {
        SizeChoice::NotGiven => w.0.push(3),
        SizeChoice::Unknown { send_sizer } => w.0.push(u8::from(send_sizer)),
        SizeChoice::Known { size, system } => {
            w.0.extend([2, system.code()]);
            w.varint(size.centi_mm());
        }
    }
    match &d.engraving {
        None => w.0.push(0),
        Some(e) => {
            w.0.push(1);
            w.text(&e.text);
            w.id(e.font.chosen().map(FontId::as_str));
        }
    }
    w.0
}

/// Reads a binary record of any supported version.
pub fn from_bytes(bytes: &[u8]) -> Result<Design, ShareError> {
    let (&version, rest) = bytes.split_first().ok_or(ShareError::Empty)?;
    match version {
        1 => decode_v1(rest),
        other => Err(ShareError::UnsupportedVersion(other)),
    }
}

fn decode_v1(bytes: &[u8]) -> Result<Design, ShareError> {
    let mut r = Reader { bytes, at: 0 };
    let metal = r.id("metal")?.map(MetalId).into();
    let stone = r.id("stone")?.map(StoneId).into();
    let origin = match r.byte("origin")? {
        0 => Choice::AdviseMe,
        1 => Choice::Chosen(Origin::Natural),
        2 => Choice::Chosen(Origin::LabGrown),
        _ => return Err(ShareError::Invalid("origin")),
    };
    let cut = r.id("cut")?.map(CutId).into();
    let carat = r
        .optional_number("carat", MAX_POINTS)?
        .map(Carat::from_points)
        .into();
    let setting = r.id("setting")?.map(SettingId).into();
    let band_profile = match r.byte("band profile")? {
        0 => Choice::AdviseMe,
        code => Choice::Chosen(
            BandProfile::ALL
                .into_iter()
                .find(|&p| profile_code(p) == code)
                .ok_or(ShareError::Invalid("band profile"))?,
        ),
    };
    let band_width = r
        .optional_number("band width", MAX_CENTI_MM)?
        .map(Mm::from_centi)
        .into();
    let band_thickness = r
        .optional_number("band thickness", MAX_CENTI_MM)?
        .map(Mm::from_centi)
        .into();
    let finish = match r.byte("finish")? {
        0 => Choice::AdviseMe,
        code => Choice::Chosen(
            Finish::ALL
                .into_iter()
                .find(|&f| finish_code(f) == code)
                .ok_or(ShareError::Invalid("finish"))?,
        ),
    };
    let size = match r.byte("size")? {
        0 => SizeChoice::Unknown { send_sizer: false },
        1 => SizeChoice::Unknown { send_sizer: true },
        2 => {
            let system = SizeSystem::from_code(r.byte("size system")?)
                .ok_or(ShareError::Invalid("size system"))?;
            let size = RingSize::from_centi_mm(r.varint("size")?)
                .map_err(|_| ShareError::Invalid("size"))?;
            SizeChoice::Known { size, system }
        }
        3 => SizeChoice::NotGiven,
        _ => return Err(ShareError::Invalid("size")),
    };
    let engraving = match r.byte("engraving")? {
        0 => None,
        1 => {
            let text = r.text("engraving")?;
            let font = r.id("engraving font")?.map(FontId).into();
            Some(Engraving { text, font })
        }
        _ => return Err(ShareError::Invalid("engraving")),
    };
    if r.at != r.bytes.len() {
        return Err(ShareError::TrailingBytes);
    }
    Ok(Design {
        metal,
        stone,
        origin,
        cut,
        carat,
        setting,
        band_profile,
        band_width,
        band_thickness,
        finish,
        size,
        engraving,
    })
}

/// `Some(x)` is chosen, `None` is advise me.
struct Maybe<T>(Option<T>);

impl<T> Maybe<T> {
    fn map<U>(self, f: impl FnOnce(T) -> U) -> Maybe<U> {
        Maybe(self.0.map(f))
    }
}

impl<T> From<Maybe<T>> for Choice<T> {
    fn from(m: Maybe<T>) -> Self {
        match m.0 {
            Some(v) => Choice::Chosen(v),
            None => Choice::AdviseMe,
        }
    }
}

fn profile_code(p: BandProfile) -> u8 {
    match p {
        BandProfile::Court => 1,
        BandProfile::DShape => 2,
        BandProfile::Flat => 3,
        BandProfile::KnifeEdge => 4,
    }
}

fn finish_code(f: Finish) -> u8 {
    match f {
        Finish::Polished => 1,
        Finish::Satin => 2,
        Finish::Hammered => 3,
    }
}

struct Writer(Vec<u8>);

impl Writer {
    fn varint(&mut self, mut v: u32) {
        loop {
            let low = (v & 0x7f) as u8;
            v >>= 7;
            if v == 0 {
                self.0.push(low);
                return;
            }
            self.0.push(low | 0x80);
        }
    }

    fn optional_number(&mut self, v: Option<u32>) {
        // Values are capped well below u32::MAX, so + 1 cannot overflow.
        self.varint(v.map_or(0, |v| v.saturating_add(1)));
    }

    fn text(&mut self, s: &str) {
        self.varint(u32::try_from(s.len()).unwrap_or(u32::MAX));
        self.0.extend_from_slice(s.as_bytes());
    }

    fn id(&mut self, id: Option<&str>) {
        match id {
            None => self.varint(0),
            Some(id) => match DICTIONARY_V1.iter().position(|&d| d == id) {
                Some(n) => self.varint(n as u32 + 2),
                None => {
                    self.varint(1);
                    self.text(id);
                }
            },
        }
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn byte(&mut self, what: &'static str) -> Result<u8, ShareError> {
        let b = *self.bytes.get(self.at).ok_or(ShareError::Truncated(what))?;
        self.at += 1;
        Ok(b)
    }

    fn varint(&mut self, what: &'static str) -> Result<u32, ShareError> {
        let mut value: u32 = 0;
        for i in 0..5 {
            let b = self.byte(what)?;
            let bits = u32::from(b & 0x7f);
            if i == 4 && bits > 0x0f {
                return Err(ShareError::Invalid(what));
            }
            value |= bits << (7 * i);
            if b & 0x80 == 0 {
                if i > 0 && b == 0 {
                    return Err(ShareError::Invalid(what)); // overlong
                }
                return Ok(value);
            }
        }
        Err(ShareError::Invalid(what))
    }

    fn optional_number(&mut self, what: &'static str, max: u32) -> Result<Maybe<u32>, ShareError> {
        match self.varint(what)? {
            0 => Ok(Maybe(None)),
            v if v - 1 <= max => Ok(Maybe(Some(v - 1))),
            _ => Err(ShareError::Invalid(what)),
        }
    }

    fn text(&mut self, what: &'static str) -> Result<String, ShareError> {
        let len = self.varint(what)? as usize;
        let end = self.at.checked_add(len).ok_or(ShareError::Invalid(what))?;
        let slice = self
            .bytes
            .get(self.at..end)
            .ok_or(ShareError::Truncated(what))?;
        self.at = end;
        String::from_utf8(slice.to_vec()).map_err(|_| ShareError::Invalid(what))
    }

    fn id(&mut self, what: &'static str) -> Result<Maybe<String>, ShareError> {
        match self.varint(what)? {
            0 => Ok(Maybe(None)),
            1 => self.text(what).map(|s| Maybe(Some(s))),
            n => DICTIONARY_V1
                .get(n as usize - 2)
                .map(|s| Maybe(Some((*s).to_owned())))
                .ok_or(ShareError::Invalid(what)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Catalog;
    use proptest::prelude::*;

    #[test]
    fn default_design_makes_a_short_link() {
        let d = Design::default();
        let link = encode(&d);
        assert!(link.len() <= 20, "{link} ({} chars)", link.len());
        assert!(link
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
        assert_eq!(decode(&link), Ok(d));
    }

    #[test]
    fn dictionary_covers_the_builtin_catalog_and_has_no_duplicates() {
        let c = Catalog::builtin();
        let ids = c
            .metals
            .iter()
            .map(|m| m.id.as_str())
            .chain(c.stones.iter().map(|s| s.id.as_str()))
            .chain(c.cuts.iter().map(|s| s.id.as_str()))
            .chain(c.settings.iter().map(|s| s.id.as_str()))
            .chain(c.engraving.fonts.iter().map(|s| s.id.as_str()));
        for id in ids {
            assert!(DICTIONARY_V1.contains(&id), "{id}");
        }
        let mut sorted = DICTIONARY_V1.to_vec();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), DICTIONARY_V1.len());
    }

    /// A link written by v1 must open forever: these strings are pinned. The first is the default
    /// design as links held it while the default claimed US size 6; it still opens as exactly that.
    #[test]
    fn pinned_v1_link_still_opens() {
        let us_6 = Design {
            size: SizeChoice::Known {
                size: RingSize::US_6,
                system: SizeSystem::Us,
            },
            ..Design::default()
        };
        assert_eq!(decode("AQIOARllIgHJAaEBAQIAwygA"), Ok(us_6.clone()));
        assert_eq!(encode(&us_6), "AQIOARllIgHJAaEBAQIAwygA");
        let pinned = encode(&Design::default());
        assert_eq!(pinned, "AQIOARllIgHJAaEBAQMA");
        assert_eq!(decode("AQIOARllIgHJAaEBAQMA"), Ok(Design::default()));
        assert_eq!(Design::default().size, SizeChoice::NotGiven);
    }

    #[test]
    fn clear_errors_for_garbage() {
        assert_eq!(decode(""), Err(ShareError::Empty));
        assert_eq!(decode("not a link!"), Err(ShareError::NotBase64));
        assert_eq!(decode(&"A".repeat(5000)), Err(ShareError::TooLong(5000)));
        assert_eq!(decode("Ag"), Err(ShareError::UnsupportedVersion(2)));
        assert_eq!(decode("AQ"), Err(ShareError::Truncated("metal")));
        let mut bytes = to_bytes(&Design::default());
        bytes.push(0);
        assert_eq!(from_bytes(&bytes), Err(ShareError::TrailingBytes));
        // Padding and whitespace from copy-paste are forgiven.
        let link = encode(&Design::default());
        assert_eq!(decode(&format!(" {link}==\n")), Ok(Design::default()));
    }

    fn id_strategy() -> impl Strategy<Value = Option<String>> {
        prop_oneof![
            Just(None),
            proptest::sample::select(DICTIONARY_V1.to_vec()).prop_map(|s| Some(s.to_owned())),
            "\\PC{0,24}".prop_map(Some),
        ]
    }

    fn choice<T: std::fmt::Debug + Clone>(
        s: impl Strategy<Value = T>,
    ) -> impl Strategy<Value = Choice<T>> {
        prop_oneof![Just(Choice::AdviseMe), s.prop_map(Choice::Chosen)]
    }

    prop_compose! {
        fn design()(
            ids in proptest::collection::vec(id_strategy(), 5),
            origin in choice(proptest::sample::select(Origin::ALL.to_vec())),
            carat in choice((0..=MAX_POINTS).prop_map(Carat::from_points)),
            profile in choice(proptest::sample::select(BandProfile::ALL.to_vec())),
            width in choice((0..=MAX_CENTI_MM).prop_map(Mm::from_centi)),
            thickness in choice((0..=MAX_CENTI_MM).prop_map(Mm::from_centi)),
            finish in choice(proptest::sample::select(Finish::ALL.to_vec())),
            size in prop_oneof![
                Just(SizeChoice::NotGiven),
                any::<bool>().prop_map(|send_sizer| SizeChoice::Unknown { send_sizer }),
                (3000u32..=9000, 0u8..5).prop_map(|(c, s)| SizeChoice::Known {
                    size: RingSize::from_centi_mm(c).unwrap(),
                    system: SizeSystem::from_code(s).unwrap(),
                }),
            ],
            engraving in proptest::option::of("\\PC{0,40}"),
        ) -> Design {
            let pick = |i: usize| ids[i].clone();
            Design {
                metal: pick(0).map(MetalId).map_or(Choice::AdviseMe, Choice::Chosen),
                stone: pick(1).map(StoneId).map_or(Choice::AdviseMe, Choice::Chosen),
                origin,
                cut: pick(2).map(CutId).map_or(Choice::AdviseMe, Choice::Chosen),
                carat,
                setting: pick(3).map(SettingId).map_or(Choice::AdviseMe, Choice::Chosen),
                band_profile: profile,
                band_width: width,
                band_thickness: thickness,
                finish,
                size,
                engraving: engraving.map(|text| Engraving {
                    text,
                    font: pick(4).map(FontId).map_or(Choice::AdviseMe, Choice::Chosen),
                }),
            }
        }
    }

    proptest! {
        #[test]
        fn every_design_round_trips(d in design()) {
            let link = encode(&d);
            prop_assert_eq!(decode(&link), Ok(d.clone()));
            prop_assert_eq!(from_bytes(&to_bytes(&d)), Ok(d));
        }

        #[test]
        fn garbage_text_never_panics(s in "\\PC{0,200}") {
            let _ = decode(&s);
        }

        #[test]
        fn base64_garbage_never_panics(s in "[A-Za-z0-9_-]{0,200}") {
            let _ = decode(&s);
        }

        #[test]
        fn garbage_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
            let _ = from_bytes(&bytes);
            let mut v1 = vec![1u8];
            v1.extend(bytes);
            let _ = from_bytes(&v1);
        }

        #[test]
        fn corrupted_links_never_panic(d in design(), at in any::<prop::sample::Index>(), byte in any::<u8>(), cut in any::<prop::sample::Index>()) {
            let mut bytes = to_bytes(&d);
            let i = at.index(bytes.len());
            bytes[i] = byte;
            let _ = from_bytes(&bytes);
            bytes.truncate(cut.index(bytes.len()));
            prop_assert!(from_bytes(&bytes).is_err() || bytes.len() > 1);
        }
    }
}
