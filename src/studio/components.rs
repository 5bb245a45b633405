//! The studio's reusable pieces, one component each, used by its pages (the shared ones, such as
//! the ring viewer, are in `crate::components`).

mod brief_row;
mod delete;
mod deliveries;
mod notes;
mod revision;
mod specs;
mod status;

pub use brief_row::StudioBriefRow;
pub use delete::StudioDelete;
pub use deliveries::StudioDeliveries;
pub use notes::StudioNotes;
pub use revision::StudioRevision;
pub use specs::StudioSpecs;
pub use status::StudioStatus;
