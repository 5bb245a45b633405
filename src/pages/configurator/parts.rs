//! The configurator's parts that load when first needed (see [`crate::later`]): none of them is
//! needed for the first ring frame, so their code is not in the first download. The panel comes
//! once the ring is on screen, then the later steps' pickers and the brief, ahead of the visitor.

use crate::brief::{BriefFields, Submission};
use crate::components::{
    BandPicker, BriefForm, CutPicker, EngravingPicker, SettingPicker, SizePicker, StonePicker,
};
use crate::flow::Step;
use crate::later::PartMissing;
use crate::viewer::Snapshots;
use atelier_core::catalog::Catalog;
use atelier_core::design::{Design, DesignReport};
use leptos::prelude::*;
use std::sync::Arc;

use super::panel::{Page, Panel};

crate::later! {
    /// The panel: the steps, Back and Next, the summary, the share link and saved designs.
    panel + preload_panel, pub fn panel(page: Page) -> AnyView {
        view! { <Panel page=page /> }.into_any()
    }
}

/// The panel, fetched once the ring's first frame is on screen (so the ring has the connection to
/// itself) beside the rest of the words (most of them are the panel's), and then the parts the
/// visitor will want next. A page opened on a later step (a share link, a reload) fetches that
/// step's part beside the panel, so the panel arrives whole: a step that came after it would push
/// the summary and the share link down.
pub async fn panel_after_first_frame(page: Page) -> Result<AnyView, PartMissing> {
    crate::later::first_frame().await;
    // The browser's first number formatter loads its locale data (about 13 ms on a desktop): done
    // now, in a task of its own, rather than in the one that mounts the panel's step list.
    crate::i18n::number(1.0, 0, 0);
    let step_part = match page.step.get_untracked() {
        Step::Metal => None,
        Step::Brief => Some(Part::Brief),
        _ => Some(Part::Steps),
    };
    if let Some(part) = step_part {
        // Started now, awaited below: a second call joins the fetch under way.
        leptos::task::spawn_local(part.fetch());
    }
    // The panel's view says its words as it is made: its code and its words arrive first.
    let (code, words) = crate::i18n::beside_rest(preload_panel()).await;
    code?;
    words.map_err(|_| PartMissing)?;
    let panel = panel(page).await?;
    if let Some(part) = step_part {
        part.fetch().await;
    }
    // The studio's revision mode has no brief step.
    let revising = crate::embed::is_revision();
    leptos::task::spawn_local(async move {
        Part::Steps.fetch().await;
        if !revising {
            Part::Brief.fetch().await;
        }
    });
    Ok(panel)
}

/// The parts a step may need.
#[derive(Clone, Copy)]
enum Part {
    Steps,
    Brief,
}

impl Part {
    /// Fetches the part's chunk. A failure is the step's own to show: its `Later` says so and
    /// offers to try again.
    async fn fetch(self) {
        let _ = match self {
            Part::Steps => preload_steps().await,
            Part::Brief => preload_brief().await,
        };
    }
}

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
    brief + preload_brief, pub fn brief_step(step: BriefStep) -> AnyView {
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

/// What a step after the first draws its picker from.
#[derive(Clone)]
pub struct PickerStep {
    pub step: Step,
    pub design: RwSignal<Design>,
    pub catalog: Arc<Catalog>,
}

crate::later! {
    /// The pickers of the steps after the first (stone to engraving), in one chunk: the first
    /// ring frame needs only the metal's. The metal and the brief step answer with nothing.
    steps + preload_steps, pub fn picker(step: PickerStep) -> AnyView {
        let PickerStep { step, design, catalog } = step;
        match step {
            Step::Stone => view! { <StonePicker design=design catalog=catalog /> }.into_any(),
            Step::Cut => view! { <CutPicker design=design catalog=catalog /> }.into_any(),
            Step::Setting => view! { <SettingPicker design=design catalog=catalog /> }.into_any(),
            Step::Band => view! { <BandPicker design=design catalog=catalog /> }.into_any(),
            Step::Size => view! { <SizePicker design=design /> }.into_any(),
            Step::Engraving => {
                view! { <EngravingPicker design=design catalog=catalog /> }.into_any()
            }
            Step::Metal | Step::Brief => ().into_any(),
        }
    }
}
