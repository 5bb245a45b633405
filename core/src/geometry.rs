//! Geometry: turns ring parameters into triangle meshes in millimetres.
//!
//! Meshes are plain vectors so they can be tested natively (volume, watertightness, normals) and
//! handed to any renderer. The ring's finger axis is +Z, the top of the ring (where a stone sits) is +Y.

mod band;
mod engraving;
mod hammer;
mod mesh;
mod revolve;
mod ring;
mod setting;
mod stone;

pub use crate::catalog::BandProfile;
pub use band::{band, BandParams};
pub use engraving::{
    cached_engraving, engraving, engraving_centre, has_glyph, Engraved, LetterStyle,
    ENGRAVABLE_SHARE, LIFT_MM, MAX_LETTER_HEIGHT_MM,
};
pub use hammer::{hammer, HAMMER_CELL_MM};
pub use mesh::Mesh;
pub use ring::{ring, seat_for, PlacedStone, RingModel, StoneRole};
pub use setting::{
    basket_rail, bezel, halo, pave_shoulders, prong_diameter, prongs, AccentStone, Footing, Prongs,
    StoneSeat,
};
pub use stone::{cached_stone, stone, FacetKind, StoneGeometry};
