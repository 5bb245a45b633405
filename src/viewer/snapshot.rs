//! Fixed-angle pictures of the ring: the brief carries them to the jeweler, the visitor can save one.

use super::View;
use atelier_core::design::Design;
use leptos::prelude::*;
use std::rc::Rc;

/// One picture: the view it shows and the PNG as a `data:` URL.
#[derive(Debug, Clone, PartialEq)]
pub struct Snapshot {
    pub view: View,
    pub png_data_url: String,
}

/// What the live viewer registers to take pictures: views, the square size in pixels, and another
/// design to picture instead of the one on show.
type Taker = Rc<dyn Fn(&[View], u32, Option<&Design>) -> Vec<Snapshot>>;

/// A handle a page holds to ask the live viewer for pictures. Cheap to copy; it answers with no
/// pictures while no viewer is running (no WebGL2, or not mounted yet).
#[derive(Clone, Copy)]
pub struct Snapshots {
    taker: StoredValue<Option<Taker>, LocalStorage>,
}

impl Default for Snapshots {
    fn default() -> Self {
        Self {
            taker: StoredValue::new_local(None),
        }
    }
}

impl Snapshots {
    /// Takes a `size_px`² picture of the ring from each view, in order.
    pub fn take(&self, views: &[View], size_px: u32) -> Vec<Snapshot> {
        self.taker
            .with_value(|taker| taker.as_ref().map(Rc::clone))
            .map_or_else(Vec::new, |take| take(views, size_px, None))
    }

    /// Pictures of another design than the one on show (e.g. a saved one), drawn by the same viewer;
    /// the live view returns to the visitor's ring on the next frame.
    pub fn take_of(&self, design: &Design, views: &[View], size_px: u32) -> Vec<Snapshot> {
        self.taker
            .with_value(|taker| taker.as_ref().map(Rc::clone))
            .map_or_else(Vec::new, |take| take(views, size_px, Some(design)))
    }

    /// Called by the live viewer once it can draw.
    pub fn register(&self, taker: Taker) {
        self.taker.set_value(Some(taker));
    }
}
