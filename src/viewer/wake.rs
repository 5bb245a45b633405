//! How a change asks the live viewer for a frame. The viewer keeps no animation-frame loop running
//! while nothing changes, so whatever changes the picture (the visitor's input, a new design, the
//! canvas's size, the ring coming back into sight) rings this bell.

use leptos::prelude::*;
use std::rc::Rc;

/// A cheap, copyable bell; ringing it before the viewer runs (or without WebGL2) does nothing.
#[derive(Clone, Copy)]
pub struct Wake {
    bell: StoredValue<Option<Rc<dyn Fn()>>, LocalStorage>,
}

impl Default for Wake {
    fn default() -> Self {
        Self {
            bell: StoredValue::new_local(None),
        }
    }
}

impl Wake {
    /// Asks for one frame: the viewer draws it if anything changed, and keeps going only while
    /// the ring moves.
    pub fn ring(&self) {
        // Taken out first, so the viewer may ring again from inside its own bell.
        if let Some(bell) = self.bell.try_with_value(Option::clone).flatten() {
            bell();
        }
    }

    /// Called by the live viewer once it can draw.
    pub fn register(&self, bell: Rc<dyn Fn()>) {
        self.bell.set_value(Some(bell));
    }
}
