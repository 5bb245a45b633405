//! The studio's reusable pieces, one component each, used by its pages (the shared ones, such as
//! the ring viewer, are in `crate::components`).

mod appointment;
mod brief_row;
mod confirm;
mod conversation;
mod delete;
mod deliveries;
mod language_tag;
mod link;
mod notes;
mod proposals;
mod revise_bar;
mod slot_picker;
mod specs;
mod stages;
mod status;

pub use appointment::StudioAppointment;
pub use brief_row::StudioBriefRow;
pub use confirm::StudioConfirm;
pub use conversation::StudioConversation;
pub use delete::StudioDelete;
pub use deliveries::StudioDeliveries;
pub use language_tag::StudioLanguageTag;
pub use link::StudioLink;
pub use notes::StudioNotes;
pub use proposals::StudioProposals;
pub use revise_bar::StudioReviseBar;
pub use slot_picker::StudioSlotPicker;
pub use specs::StudioSpecs;
pub use stages::StudioStages;
pub use status::StudioStatus;
