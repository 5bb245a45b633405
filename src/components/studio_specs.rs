//! The ring as a bench jeweler reads it: a table of every choice, in millimetres and grams, with
//! open choices said as such ("advise me").

use crate::api::studio::StudioEstimate;
use atelier_core::brief::Brief;
use atelier_core::catalog::Catalog;
use atelier_core::design::{Choice, SizeChoice};
use atelier_core::estimate::Estimate;
use leptos::prelude::*;

/// What the visitor left to the jeweler.
const ADVISE: &str = "Advise me";

/// The specification table of a brief's design.
#[component]
pub fn StudioSpecs(
    /// The brief whose design is shown.
    brief: Brief,
    /// The catalog the design's ids refer to.
    catalog: std::sync::Arc<Catalog>,
    /// The server's estimate (with the jeweler's catalog), when it sent one.
    estimate: Option<StudioEstimate>,
) -> impl IntoView {
    let rows = spec_rows(&brief, &catalog, estimate.as_ref());
    view! {
        <table class="studio-specs">
            <caption>"Specification"</caption>
            <tbody>
                {rows
                    .into_iter()
                    .map(|(name, value)| {
                        view! {
                            <tr>
                                <th scope="row">{name}</th>
                                <td>{value}</td>
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </table>
    }
}

/// Name and value of every line of the table.
fn spec_rows(
    brief: &Brief,
    catalog: &Catalog,
    server: Option<&StudioEstimate>,
) -> Vec<(&'static str, String)> {
    let d = &brief.design;
    let local;
    let estimate: Option<&Estimate> = match server {
        Some(s) => Some(&s.core),
        None => {
            local = atelier_core::estimate::estimate(d, catalog).ok();
            local.as_ref()
        }
    };
    let mut rows = Vec::new();
    rows.push((
        "Metal",
        match &d.metal {
            Choice::Chosen(id) => catalog
                .metal(id)
                .map_or_else(|| id.to_string(), |m| m.name.clone()),
            Choice::AdviseMe => ADVISE.to_owned(),
        },
    ));
    if d.has_centre_stone(catalog) {
        rows.push((
            "Centre stone",
            match &d.stone {
                Choice::Chosen(id) => catalog
                    .stone(id)
                    .map_or_else(|| id.to_string(), |s| s.name.clone()),
                Choice::AdviseMe => ADVISE.to_owned(),
            },
        ));
        rows.push((
            "Origin",
            match d.origin {
                Choice::Chosen(o) => o.label().to_owned(),
                Choice::AdviseMe => ADVISE.to_owned(),
            },
        ));
        rows.push((
            "Cut",
            match &d.cut {
                Choice::Chosen(id) => catalog
                    .cut(id)
                    .map_or_else(|| id.to_string(), |c| c.name.clone()),
                Choice::AdviseMe => ADVISE.to_owned(),
            },
        ));
        rows.push((
            "Carat weight",
            match d.carat {
                Choice::Chosen(c) => format!("{:.2} ct", c.carats()),
                Choice::AdviseMe => ADVISE.to_owned(),
            },
        ));
        if let Some(s) = estimate.and_then(|e| e.stone.as_ref()) {
            rows.push((
                "Stone size",
                format!(
                    "{:.2} × {:.2} mm, {:.2} mm deep",
                    s.length_mm, s.width_mm, s.depth_mm
                ),
            ));
        }
    }
    rows.push((
        "Setting",
        match &d.setting {
            Choice::Chosen(id) => catalog
                .setting(id)
                .map_or_else(|| id.to_string(), |s| s.name.clone()),
            Choice::AdviseMe => ADVISE.to_owned(),
        },
    ));
    let band = d.band_params(catalog);
    rows.push((
        "Band profile",
        match d.band_profile {
            Choice::Chosen(p) => p.label().to_owned(),
            Choice::AdviseMe => format!("{ADVISE} (court assumed)"),
        },
    ));
    rows.push((
        "Band width",
        match d.band_width {
            Choice::Chosen(mm) => format!("{:.2} mm", mm.mm()),
            Choice::AdviseMe => format!("{ADVISE} ({:.2} mm assumed)", band.width_mm),
        },
    ));
    rows.push((
        "Band thickness",
        match d.band_thickness {
            Choice::Chosen(mm) => format!("{:.2} mm", mm.mm()),
            Choice::AdviseMe => format!("{ADVISE} ({:.2} mm assumed)", band.thickness_mm),
        },
    ));
    rows.push((
        "Finish",
        match d.finish {
            Choice::Chosen(f) => f.label().to_owned(),
            Choice::AdviseMe => ADVISE.to_owned(),
        },
    ));
    rows.push((
        "Ring size",
        match d.size {
            SizeChoice::Known { size, system } => format!(
                "{} {} · inner diameter {:.2} mm · circumference {:.2} mm",
                system_short(system),
                size.label(system),
                size.diameter_mm(),
                size.circumference_mm()
            ),
            SizeChoice::Unknown { send_sizer: true } => "Unknown: send a ring sizer".to_owned(),
            SizeChoice::Unknown { send_sizer: false } => "Unknown".to_owned(),
        },
    ));
    rows.push((
        "Size certainty",
        crate::studio::format::certainty(brief.size_certainty).to_owned(),
    ));
    rows.push((
        "Engraving",
        match &d.engraving {
            Some(e) if !e.text.trim().is_empty() => {
                let font = match &e.font {
                    Choice::Chosen(id) => catalog
                        .font(id)
                        .map_or_else(|| id.to_string(), |f| f.name.clone()),
                    Choice::AdviseMe => "font: advise me".to_owned(),
                };
                format!("“{}” ({font})", e.text.trim())
            }
            _ => "None".to_owned(),
        },
    ));
    if let Some(e) = estimate {
        let metal = catalog
            .metals
            .iter()
            .find(|m| m.id.as_str() == e.metal_id)
            .map_or_else(|| e.metal_id.clone(), |m| m.name.clone());
        let assumed = if e.assumed.iter().any(|a| a == "metal") {
            " (metal assumed)"
        } else {
            ""
        };
        rows.push((
            "Metal weight",
            format!(
                "about {:.1} g of {metal}{assumed} (band {:.0} mm³, head and setting {:.0} mm³)",
                e.metal_grams, e.band_volume_mm3, e.setting_volume_mm3
            ),
        ));
    }
    if let Some(weights) = server.map(|s| &s.weights).filter(|w| !w.is_empty()) {
        rows.push((
            "In other alloys",
            weights
                .iter()
                .map(|w| format!("{} {:.1} g", w.name, w.grams))
                .collect::<Vec<_>>()
                .join(" · "),
        ));
    }
    rows.push((
        "Stone preference",
        crate::studio::format::origin_preference(brief.origin_preference).to_owned(),
    ));
    let own = &brief.own_materials;
    if own.stone || own.metal {
        let what = match (own.stone, own.metal) {
            (true, true) => "a stone and metal",
            (true, false) => "a stone",
            _ => "metal",
        };
        rows.push((
            "Brings to reuse",
            format!("{what}: {}", own.description.trim()),
        ));
    }
    rows
}

/// The size system as a short prefix.
fn system_short(system: atelier_core::size::SizeSystem) -> &'static str {
    use atelier_core::size::SizeSystem::*;
    match system {
        Us => "US",
        Uk => "UK",
        Eu => "EU",
        Jp => "JP",
        DiameterMm => "Diameter",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_classic_solitaire_reads_in_millimetres() {
        let catalog = Catalog::builtin();
        let brief: Brief = serde_json::from_value(serde_json::json!({
            "version": 1,
            "design": atelier_core::design::Design::default(),
            "contact": {"name": "Ada", "email": "ada@example.com", "preferred_channel": "email"},
            "size_certainty": "measured",
            "origin_preference": "natural",
            "surprise": false,
            "consent_to_contact": true,
            "locale": "en"
        }))
        .expect("a brief");
        let rows = spec_rows(&brief, &catalog, None);
        let get = |name: &str| {
            rows.iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v.clone())
                .unwrap_or_default()
        };
        assert_eq!(get("Carat weight"), "1.00 ct");
        assert_eq!(get("Band width"), "2.00 mm");
        assert_eq!(get("Band thickness"), "1.60 mm");
        assert!(
            get("Ring size").starts_with("US 6 · inner diameter 16.5"),
            "{}",
            get("Ring size")
        );
        assert!(get("Stone size").contains(" mm deep"));
        assert!(get("Metal weight").starts_with("about "));
        assert_eq!(get("Size certainty"), "measured by a jeweler");
    }
}
