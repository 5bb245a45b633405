//! The whole ring from a design: all of its metal as one mesh, and every stone placed on it.
//!
//! The centre stone sits on top of the band (+Y) with its culet clear of the band, so the finger
//! never touches it; the setting is built around the stone in the stone's frame and moved into place.

use super::setting::{
    basket_rail, bezel, halo, pave_shoulders, prong_diameter, prongs, Footing, StoneSeat,
};
use super::{
    band, cached_engraving, cached_stone, engraving_centre, hammer, LetterStyle, Mesh,
    HAMMER_CELL_MM,
};
use crate::catalog::{Accents, Catalog, Cut, CutId, Finish, Setting, SettingId, StoneSize};
use crate::design::{Choice, Design};
use std::f64::consts::{FRAC_PI_4, FRAC_PI_6, PI};

/// The culet's clearance above the band's top, in millimetres.
const CULET_CLEARANCE: f64 = 0.5;
/// Side stones of a three-stone ring weigh this share of the centre stone.
const SIDE_STONE_SHARE: f64 = 0.4;

/// What a stone is doing in the ring.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoneRole {
    Centre,
    Side,
    Accent,
}

/// One stone in ring coordinates: its cut and size, where its girdle's centre is, and where its table faces.
#[derive(Debug, Clone, PartialEq)]
pub struct PlacedStone {
    pub role: StoneRole,
    pub cut: CutId,
    pub size: StoneSize,
    pub centre: [f64; 3],
    pub up: [f64; 3],
}

/// The ring ready to draw: finger axis +Z, top +Y, millimetres.
#[derive(Debug, Clone, Default)]
pub struct RingModel {
    /// The band and the setting: everything made of the chosen metal.
    pub metal: Mesh,
    pub stones: Vec<PlacedStone>,
    /// The engraved lettering on the inside of the band (empty without an engraving). Kept apart
    /// from `metal` so a renderer can draw it darker, and so it never counts towards the weight.
    pub engraving: Mesh,
    /// Where the engraving sits: the middle of the inside, opposite the stone. A camera looking
    /// inside the band aims here.
    pub engraving_centre: [f64; 3],
    /// How long the engraving is along the band, in millimetres (0 without one).
    pub engraving_length_mm: f64,
}

/// The seat a cut of a given size offers a setting: its true girdle outline and heights.
pub fn seat_for(cut: &Cut, size: &StoneSize) -> StoneSeat {
    cached_stone(cut, size).seat()
}

/// Builds the ring a design describes. Choices left to the jeweler ("advise me") are drawn as the
/// catalog's defaults, so the visitor always sees a ring.
pub fn ring(design: &Design, catalog: &Catalog) -> RingModel {
    let params = design.band_params(catalog);
    let mut metal = band(&params);
    if design.finish == Choice::Chosen(Finish::Hammered) {
        hammer(&mut metal, HAMMER_CELL_MM);
    }
    let lettering = design.engraving.as_ref().map(|e| {
        let font = e
            .font
            .chosen()
            .or(catalog.engraving.fonts.first().map(|f| &f.id));
        let style = font
            .and_then(|id| catalog.font(id))
            .map_or(LetterStyle::Sans, |f| {
                match LetterStyle::for_font(f.id.as_str()) {
                    LetterStyle::Sans => LetterStyle::for_font(&f.name),
                    style => style,
                }
            });
        // Only what this jeweler's engraver cuts is drawn; the design check names the rest.
        let cut: String = e
            .text
            .chars()
            .filter(|&c| catalog.engraving.allows(c))
            .collect();
        cached_engraving(&cut, style, &params)
    });
    let mut model = RingModel {
        metal,
        stones: Vec::new(),
        engraving_length_mm: lettering.as_ref().map_or(0.0, |l| l.length_mm),
        engraving: lettering.map(|l| l.mesh).unwrap_or_default(),
        engraving_centre: engraving_centre(&params),
    };
    let setting = chosen_setting(design, catalog);
    let inner = params.inner_diameter_mm / 2.0;
    let outer = inner + params.thickness_mm;
    let footing_below = |seat: &StoneSeat| {
        let y0 = outer + CULET_CLEARANCE - seat.culet_y();
        let footing = Footing {
            band_top_y: outer - y0,
            half_width: params.width_mm / 2.0,
            outer_radius: outer,
        };
        (y0, footing)
    };

    let centre = setting.filter(|s| s.centre_stone).and_then(|s| {
        let (cut, size) = centre_stone(design, catalog)?;
        Some((s, cut, size))
    });
    if let Some((setting, cut, size)) = centre {
        let seat = seat_for(cut, &size);
        let (y0, footing) = footing_below(&seat);
        let mut metal = setting_metal(setting, &seat, &footing);
        if setting.accents == Accents::Halo {
            let (frame, accents) = halo(&seat);
            metal.append(&frame);
            for accent in accents {
                let [x, y, z] = accent.centre;
                model.stones.push(accent_stone(
                    catalog,
                    [x, y + y0, z],
                    accent.up,
                    accent.diameter,
                ));
            }
        }
        metal.translate([0.0, y0, 0.0]);
        model.metal.append(&metal);
        model.stones.push(PlacedStone {
            role: StoneRole::Centre,
            cut: cut.id.clone(),
            size,
            centre: [0.0, y0, 0.0],
            up: [0.0, 1.0, 0.0],
        });

        match setting.accents {
            Accents::SideStones => {
                let side = cut.size_for_carats(
                    centre_carats(design, catalog) * SIDE_STONE_SHARE,
                    specific_gravity(design, catalog),
                );
                let side_seat = seat_for(cut, &side);
                let (y_side, side_footing) = footing_below(&side_seat);
                let spacing = (size.width_mm + side.width_mm) / 2.0 + prong_diameter(size.width_mm);
                let angle = spacing / y0;
                for sign in [1.0, -1.0] {
                    let mut metal = prongs(&side_seat, 4, FRAC_PI_4, &side_footing).mesh;
                    metal.translate([0.0, y_side, 0.0]);
                    metal.rotate_about_z(sign * angle);
                    model.metal.append(&metal);
                    let a = sign * angle;
                    model.stones.push(PlacedStone {
                        role: StoneRole::Side,
                        cut: cut.id.clone(),
                        size: side,
                        centre: [-y_side * a.sin(), y_side * a.cos(), 0.0],
                        up: [-a.sin(), a.cos(), 0.0],
                    });
                }
            }
            Accents::PaveShoulders => {
                let clear = (size.width_mm / 2.0 + 0.8) / outer;
                for accent in
                    pave_shoulders(inner, params.thickness_mm, params.width_mm, clear, 0.9)
                {
                    model.stones.push(accent_stone(
                        catalog,
                        accent.centre,
                        accent.up,
                        accent.diameter,
                    ));
                }
            }
            _ => {}
        }
    } else if setting.is_some_and(|s| s.accents == Accents::AllAround) {
        for accent in pave_shoulders(inner, params.thickness_mm, params.width_mm, 0.0, PI) {
            model.stones.push(accent_stone(
                catalog,
                accent.centre,
                accent.up,
                accent.diameter,
            ));
        }
    }
    model
}

/// The metal that holds the centre stone: prongs with their basket, or a bezel.
fn setting_metal(setting: &Setting, seat: &StoneSeat, footing: &Footing) -> Mesh {
    if setting.bezel {
        return bezel(seat, footing);
    }
    let count = usize::from(setting.prongs.max(2));
    let first = if count == 6 { FRAC_PI_6 } else { FRAC_PI_4 };
    let held = prongs(seat, count, first, footing);
    let mut metal = basket_rail(seat, &held, prong_diameter(seat.width()) / 2.0);
    metal.append(&held.mesh);
    metal
}

/// The setting to draw: the chosen one, or the catalog's first (a classic solitaire) for "advise me".
fn chosen_setting<'a>(design: &Design, catalog: &'a Catalog) -> Option<&'a Setting> {
    match &design.setting {
        Choice::Chosen(id) => catalog.setting(id),
        Choice::AdviseMe => catalog
            .setting(&SettingId::new("four-prong"))
            .or(catalog.settings.first()),
    }
}

/// The centre stone's cut and size, with the catalog's defaults standing in for open choices.
fn centre_stone<'a>(design: &Design, catalog: &'a Catalog) -> Option<(&'a Cut, StoneSize)> {
    let cut = match &design.cut {
        Choice::Chosen(id) => catalog.cut(id),
        Choice::AdviseMe => catalog.cuts.first(),
    }?;
    let size = cut.size_for_carats(
        centre_carats(design, catalog),
        specific_gravity(design, catalog),
    );
    Some((cut, size))
}

fn centre_carats(design: &Design, catalog: &Catalog) -> f64 {
    design
        .carat
        .chosen()
        .map_or(catalog.carat.default, |c| catalog.carat.clamp(c.carats()))
}

/// The stone's specific gravity; a diamond's when the stone is open or brought by the visitor.
fn specific_gravity(design: &Design, catalog: &Catalog) -> f64 {
    design
        .stone
        .chosen()
        .and_then(|id| catalog.stone(id))
        .map(|s| f64::from(s.specific_gravity))
        .filter(|sg| *sg > 0.0)
        .unwrap_or(3.52)
}

/// A small round brilliant accent of the given diameter.
fn accent_stone(catalog: &Catalog, centre: [f64; 3], up: [f64; 3], diameter: f64) -> PlacedStone {
    let round = catalog.cut(&CutId::new("round")).or(catalog.cuts.first());
    let depth = round.map_or(0.61, |c| c.depth_pct / 100.0);
    PlacedStone {
        role: StoneRole::Accent,
        cut: round.map_or_else(|| CutId::new("round"), |c| c.id.clone()),
        size: StoneSize {
            length_mm: diameter,
            width_mm: diameter,
            depth_mm: diameter * depth,
        },
        centre,
        up,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_setting(id: &str) -> Design {
        Design {
            setting: Choice::Chosen(SettingId::new(id)),
            ..Design::default()
        }
    }

    #[test]
    fn the_default_solitaire_has_one_stone_above_the_band() {
        let catalog = Catalog::builtin();
        let model = ring(&Design::default(), &catalog);
        assert_eq!(model.stones.len(), 1);
        let stone = &model.stones[0];
        assert_eq!(stone.role, StoneRole::Centre);
        assert!((6.4..=6.5).contains(&stone.size.width_mm));
        let params = Design::default().band_params(&catalog);
        let outer = params.inner_diameter_mm / 2.0 + params.thickness_mm;
        // The culet clears the band: the stone's lowest point is above the band's top.
        let cut = catalog.cut(&stone.cut).expect("cut");
        let culet = stone.centre[1] - seat_for(cut, &stone.size).culet_y().abs();
        assert!(culet > outer, "culet at {culet}, band top at {outer}");
        // The setting adds metal to the band: more volume than the band alone.
        assert!(model.metal.volume_mm3() > super::band(&params).volume_mm3() * 1.05);
    }

    #[test]
    fn every_setting_builds_sensible_stones() {
        let catalog = Catalog::builtin();
        for setting in &catalog.settings {
            let model = ring(&with_setting(setting.id.as_str()), &catalog);
            let centres = model
                .stones
                .iter()
                .filter(|s| s.role == StoneRole::Centre)
                .count();
            assert_eq!(
                centres,
                usize::from(setting.centre_stone),
                "{}",
                setting.id.as_str()
            );
            match setting.accents {
                Accents::Halo | Accents::PaveShoulders | Accents::AllAround => assert!(
                    model
                        .stones
                        .iter()
                        .filter(|s| s.role == StoneRole::Accent)
                        .count()
                        >= 8,
                    "{}",
                    setting.id.as_str()
                ),
                Accents::SideStones => assert_eq!(
                    model
                        .stones
                        .iter()
                        .filter(|s| s.role == StoneRole::Side)
                        .count(),
                    2
                ),
                Accents::None => assert_eq!(model.stones.len(), centres),
            }
            assert!(
                model.metal.normals_agree_with_faces(),
                "{}",
                setting.id.as_str()
            );
        }
    }

    #[test]
    fn an_engraving_is_drawn_inside_in_its_font_and_weighs_nothing() {
        use crate::catalog::FontId;
        use crate::design::Engraving;
        let catalog = Catalog::builtin();
        let plain = ring(&Design::default(), &catalog);
        assert_eq!(plain.engraving.triangle_count(), 0);
        assert_eq!(plain.engraving_length_mm, 0.0);
        let engraved = |font| {
            ring(
                &Design {
                    engraving: Some(Engraving {
                        text: "Always ♥".into(),
                        font,
                    }),
                    ..Design::default()
                },
                &catalog,
            )
        };
        let serif = engraved(Choice::Chosen(FontId::new("serif")));
        let script = engraved(Choice::Chosen(FontId::new("script")));
        let advised = engraved(Choice::AdviseMe);
        assert!(serif.engraving.triangle_count() > 100);
        assert_ne!(serif.engraving, script.engraving);
        // "Advise me" shows the catalog's first font.
        assert_eq!(advised.engraving, script.engraving);
        // The lettering is not metal: the weight estimate does not change.
        assert_eq!(serif.metal, plain.metal);
        let params = Design::default().band_params(&catalog);
        let inner = params.inner_diameter_mm / 2.0;
        for p in &serif.engraving.positions {
            let (surface, _) = params.inner_surface_at(f64::from(p[2]));
            assert!(f64::from(p[0]).hypot(f64::from(p[1])) < surface);
        }
        assert!((4.0..12.0).contains(&serif.engraving_length_mm));
        assert!((serif.engraving_centre[1] + inner).abs() < 0.05);
    }

    #[test]
    fn side_stones_do_not_overlap_the_centre_stone() {
        let catalog = Catalog::builtin();
        let model = ring(&with_setting("three-stone"), &catalog);
        let centre = model
            .stones
            .iter()
            .find(|s| s.role == StoneRole::Centre)
            .expect("centre");
        for side in model.stones.iter().filter(|s| s.role == StoneRole::Side) {
            let d = (0..3)
                .map(|k| (side.centre[k] - centre.centre[k]).powi(2))
                .sum::<f64>()
                .sqrt();
            assert!(d > (centre.size.width_mm + side.size.width_mm) / 2.0, "{d}");
        }
    }

    #[test]
    fn settings_hold_every_cut_without_cutting_into_it() {
        let catalog = Catalog::builtin();
        for cut in &catalog.cuts {
            let size = cut.size_for_carats(1.0, 3.52);
            let geometry = cached_stone(cut, &size);
            let seat = geometry.seat();
            let footing = Footing {
                band_top_y: seat.culet_y() - CULET_CLEARANCE,
                half_width: 1.0,
                outer_radius: 10.0,
            };
            let held = prongs(&seat, 4, FRAC_PI_4, &footing);
            for (point, gap) in &held.contacts {
                assert!(
                    gap.abs() < 0.05,
                    "{}: prong gap {gap} at {point:?}",
                    cut.id.as_str()
                );
            }
            // No bezel vertex lies inside the stone: metal wraps the girdle, it does not pierce it.
            let cup = bezel(&seat, &footing);
            let inside = cup.positions.iter().filter(|p| {
                geometry.planes.iter().all(|q| {
                    f64::from(q[0] * p[0] + q[1] * p[1] + q[2] * p[2]) < f64::from(q[3]) - 0.02
                })
            });
            assert_eq!(
                inside.count(),
                0,
                "{}: the bezel cuts into the stone",
                cut.id.as_str()
            );
        }
    }
}
