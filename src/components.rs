//! Reusable pieces of the interface, one component each; the ones only the studio uses are in
//! `crate::studio::components`.

mod advise_card;
mod band_picker;
mod brief_confirmation;
mod brief_form;
mod cut_picker;
mod design_compare;
mod design_summary;
mod engraving_picker;
mod inspiration_images;
mod language_switch;
mod metal_picker;
mod option_card;
mod range_field;
mod ring_viewer;
mod saved_designs;
mod setting_picker;
mod share_bar;
mod shop_header;
mod size_picker;
mod step_nav;
mod step_notes;
mod stone_picker;

pub use advise_card::{advise_label, AdviseCard};
pub use band_picker::BandPicker;
pub use brief_confirmation::BriefConfirmation;
pub use brief_form::BriefForm;
pub use cut_picker::CutPicker;
pub use design_compare::DesignCompare;
pub use design_summary::DesignSummary;
pub use engraving_picker::EngravingPicker;
pub use inspiration_images::InspirationImages;
pub use language_switch::LanguageSwitch;
pub use metal_picker::MetalPicker;
pub use option_card::OptionCard;
pub use range_field::RangeField;
pub use ring_viewer::RingViewer;
pub use saved_designs::SavedDesigns;
pub use setting_picker::SettingPicker;
pub use share_bar::ShareBar;
pub use shop_header::ShopHeader;
pub use size_picker::SizePicker;
pub use step_nav::StepNav;
pub use step_notes::StepNotes;
pub use stone_picker::StonePicker;
