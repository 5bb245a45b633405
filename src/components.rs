//! Reusable pieces of the interface, one component each.

mod design_summary;
mod metal_picker;
mod ring_viewer;

pub use design_summary::DesignSummary;
pub use metal_picker::MetalPicker;
pub use ring_viewer::RingViewer;
