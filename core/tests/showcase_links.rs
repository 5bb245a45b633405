//! The showcase designs the browser tests open by share link. Pinning their links here keeps both
//! ends honest: the codec must keep decoding these exact strings, and the end-to-end tests
//! (`tests/e2e/showcase.test.mjs`) open exactly these rings.

use atelier_core::catalog::{BandProfile, CutId, Finish, MetalId, SettingId, StoneId};
use atelier_core::design::{Carat, Choice, Design, Mm, SizeChoice};
use atelier_core::share;
use atelier_core::size::{RingSize, SizeSystem};

fn carat(ct: f64) -> Choice<Carat> {
    Choice::Chosen(Carat::from_carats(ct).expect("a valid weight"))
}

fn mm(value: f64) -> Choice<Mm> {
    Choice::Chosen(Mm::from_mm(value).expect("a valid length"))
}

/// The default design in US size 6, as every showcase ring is made.
fn solitaire() -> Design {
    Design {
        size: SizeChoice::Known {
            size: RingSize::US_6,
            system: SizeSystem::Us,
        },
        ..Design::default()
    }
}

/// (name, design, the link the e2e tests use)
fn showcase() -> Vec<(&'static str, Design, &'static str)> {
    vec![
        (
            "yellow gold solitaire, 1 ct round diamond, four prongs",
            solitaire(),
            "AQIOARllIgHJAaEBAQIAwygA",
        ),
        (
            "platinum oval blue sapphire with a halo",
            Design {
                metal: Choice::Chosen(MetalId::new("pt950")),
                stone: Choice::Chosen(StoneId::new("sapphire-blue")),
                cut: Choice::Chosen(CutId::new("oval")),
                carat: carat(1.5),
                setting: Choice::Chosen(SettingId::new("halo")),
                ..solitaire()
            },
            "AQsQARqXASUByQGhAQECAMMoAA",
        ),
        (
            "rose gold emerald-cut emerald in a bezel",
            Design {
                metal: Choice::Chosen(MetalId::new("18k-rose")),
                stone: Choice::Chosen(StoneId::new("emerald")),
                cut: Choice::Chosen(CutId::new("emerald")),
                carat: carat(1.2),
                setting: Choice::Chosen(SettingId::new("bezel")),
                band_width: mm(2.2),
                ..solitaire()
            },
            "AQgVARV5JAHdAaEBAQIAwygA",
        ),
        (
            "white gold pavé band with a round diamond",
            Design {
                metal: Choice::Chosen(MetalId::new("18k-white")),
                setting: Choice::Chosen(SettingId::new("pave-shoulders")),
                band_profile: Choice::Chosen(BandProfile::DShape),
                band_width: mm(2.2),
                band_thickness: mm(1.7),
                carat: carat(0.8),
                ..solitaire()
            },
            "AQUOARlRJgLdAasBAQIAwygA",
        ),
        (
            "polished yellow gold plain band",
            Design {
                setting: Choice::Chosen(SettingId::new("plain-band")),
                band_profile: Choice::Chosen(BandProfile::DShape),
                band_width: mm(4.0),
                band_thickness: mm(1.8),
                ..solitaire()
            },
            "AQIOARllKQKRA7UBAQIAwygA",
        ),
        (
            "hammered yellow gold plain band",
            Design {
                setting: Choice::Chosen(SettingId::new("plain-band")),
                band_profile: Choice::Chosen(BandProfile::DShape),
                band_width: mm(4.0),
                band_thickness: mm(1.8),
                finish: Choice::Chosen(Finish::Hammered),
                ..solitaire()
            },
            "AQIOARllKQKRA7UBAwIAwygA",
        ),
    ]
}

#[test]
fn showcase_links_decode_to_their_designs() {
    for (name, design, link) in showcase() {
        let encoded = share::encode(&design);
        println!("{name}: {encoded}");
        assert_eq!(encoded, link, "{name}");
        assert_eq!(share::decode(link).expect("decodes"), design, "{name}");
    }
}
