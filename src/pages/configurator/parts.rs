//! The configurator's parts that load when first needed (see [`crate::later`]): none of them is
//! needed for the first ring frame, so their code is not in the first download.

use crate::brief::{BriefFields, Submission};
use crate::components::BriefForm;
use crate::viewer::Snapshots;
use atelier_core::catalog::Catalog;
use atelier_core::design::{Design, DesignReport};
use leptos::prelude::*;
use std::sync::Arc;

/// What the brief step is drawn from; kept by the page, so walking back to change the ring loses
/// nothing.
#[derive(Clone)]
pub struct BriefStep {
    pub design: RwSignal<Design>,
    pub catalog: Arc<Catalog>,
    pub description: Memo<String>,
    pub report: Memo<DesignReport>,
    pub fields: BriefFields,
    pub snapshots: Snapshots,
    pub submission: Submission,
    pub on_start_new: Callback<()>,
}

crate::later! {
    /// The brief step: the form, its photos and their store in the browser, and the confirmation.
    brief, pub fn brief_step(step: BriefStep) -> AnyView {
        let BriefStep {
            design,
            catalog,
            description,
            report,
            fields,
            snapshots,
            submission,
            on_start_new,
        } = step;
        view! {
            <BriefForm
                design=design
                catalog=catalog
                description=description
                report=report
                fields=fields
                snapshots=snapshots
                submission=submission
                on_start_new=on_start_new
            />
        }
        .into_any()
    }
}
