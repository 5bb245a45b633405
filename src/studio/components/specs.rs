//! The ring as a bench jeweler reads it: core's specification rows (every choice, in millimetres
//! and grams, open choices said as such) as a table, in the shop's language.

use crate::i18n::{say, t};
use crate::studio::api::StudioEstimate;
use atelier_core::brief::Brief;
use atelier_core::catalog::Catalog;
use atelier_core::spec::{self, AlloyWeight, RowMsg};
use leptos::prelude::*;

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
            <caption>{t("studio-specs")}</caption>
            <tbody>
                {rows
                    .into_iter()
                    .map(|row| {
                        view! {
                            <tr>
                                <th scope="row">{say(&row.label)}</th>
                                <td>{say(&row.value)}</td>
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </table>
    }
}

/// Core's specification rows, with the server's estimate (or, without one, core's own with the
/// built-in catalog) and the server's weight in every alloy.
fn spec_rows(brief: &Brief, catalog: &Catalog, server: Option<&StudioEstimate>) -> Vec<RowMsg> {
    let local = match server {
        Some(_) => None,
        None => atelier_core::estimate::estimate(&brief.design, catalog).ok(),
    };
    let estimate = server.map(|s| &s.core).or(local.as_ref());
    let alloys: Vec<AlloyWeight<'_>> = server
        .map(|s| s.weights.as_slice())
        .unwrap_or_default()
        .iter()
        .map(|w| AlloyWeight {
            name: &w.name,
            grams: w.grams,
        })
        .collect();
    spec::rows_msg(brief, catalog, estimate, &alloys)
}

#[cfg(test)]
mod tests {
    use super::*;
    use atelier_core::spec::SpecField;

    #[test]
    fn without_the_servers_estimate_core_estimates_with_the_builtin_catalog() {
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
        let english = crate::studio::words::tests::english();
        let plain = atelier_core::i18n::Plain;
        let get = |field: SpecField| {
            rows.iter()
                .find(|r| r.field == field)
                .map(|r| english.say(&r.value, &plain))
                .unwrap_or_default()
        };
        assert_eq!(get(SpecField::CaratWeight), "1.00 ct");
        assert!(
            get(SpecField::StoneSize).contains(" mm deep"),
            "{}",
            get(SpecField::StoneSize)
        );
        assert!(
            get(SpecField::MetalWeight).starts_with("about "),
            "{}",
            get(SpecField::MetalWeight)
        );
        assert!(rows.iter().all(|r| r.field != SpecField::OtherAlloys));
    }
}
