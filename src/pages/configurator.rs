//! The configurator: the live ring beside (desktop) or above (phone) the visitor's choices.

use crate::components::{DesignSummary, MetalPicker, RingViewer};
use crate::viewer::RingLook;
use atelier_core::catalog::Metal;
use atelier_core::geometry::BandParams;
use leptos::prelude::*;

/// US size 6, the most common ring size asked for, as an inner diameter in millimetres.
const DEFAULT_INNER_DIAMETER_MM: f64 = 16.51;
/// Mirror-polished metal.
const POLISHED_ROUGHNESS: f32 = 0.1;

/// The configurator page.
#[component]
pub fn Configurator() -> impl IntoView {
    let metals = StoredValue::new(Metal::defaults());
    let selected = RwSignal::new(metals.with_value(|m| m[0].id.clone()));
    let band = BandParams::court(DEFAULT_INNER_DIAMETER_MM);
    let metal = Memo::new(move |_| {
        let id = selected.get();
        metals.with_value(|all| {
            all.iter()
                .find(|m| m.id == id)
                .cloned()
                .unwrap_or_else(|| all[0].clone())
        })
    });
    let look = Memo::new(move |_| RingLook {
        band,
        metal_reflectance: metal.with(|m| m.reflectance_linear),
        roughness: POLISHED_ROUGHNESS,
    });
    let description = Memo::new(move |_| describe(&metal.get(), &band));

    view! {
        <header class="shop-bar">
            <span class="shop-name">"Atelier"</span>
            <span class="shop-tagline">"Design the first idea of your ring, then talk it through with your jeweler"</span>
        </header>
        <main class="configurator">
            <section class="stage" aria-label="Live preview">
                <RingViewer look=look description=description />
            </section>
            <section class="panel" aria-label="Your choices">
                <MetalPicker metals=metals.get_value() selected=selected />
                <DesignSummary text=description />
            </section>
        </main>
    }
}

/// The design in plain words: the canvas's accessible name and the text a jeweler would read.
fn describe(metal: &Metal, band: &BandParams) -> String {
    format!(
        "{} {} band, {:.1} mm wide and {:.1} mm thick, inner diameter {:.1} mm",
        metal.name,
        band.profile.label().to_lowercase(),
        band.width_mm,
        band.thickness_mm,
        band.inner_diameter_mm,
    )
}
