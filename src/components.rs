//! Reusable pieces of the interface, one component each.

mod advise_card;
mod band_picker;
mod brief_card;
mod cut_picker;
mod design_compare;
mod design_summary;
mod engraving_picker;
mod metal_picker;
mod option_card;
mod range_field;
mod ring_viewer;
mod saved_designs;
mod setting_picker;
mod share_bar;
mod size_picker;
mod step_nav;
mod step_notes;
mod stone_picker;

pub use advise_card::{AdviseCard, ADVISE_LABEL};
pub use band_picker::BandPicker;
pub use brief_card::BriefCard;
pub use cut_picker::CutPicker;
pub use design_compare::DesignCompare;
pub use design_summary::DesignSummary;
pub use engraving_picker::EngravingPicker;
pub use metal_picker::MetalPicker;
pub use option_card::OptionCard;
pub use range_field::RangeField;
pub use ring_viewer::RingViewer;
pub use saved_designs::SavedDesigns;
pub use setting_picker::SettingPicker;
pub use share_bar::ShareBar;
pub use size_picker::SizePicker;
pub use step_nav::StepNav;
pub use step_notes::StepNotes;
pub use stone_picker::StonePicker;
