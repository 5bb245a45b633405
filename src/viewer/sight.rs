//! Browser glue: whether anyone can see the ring, its canvas on screen (an IntersectionObserver)
//! and the tab shown (`visibilitychange`), so the viewer draws nothing while nobody looks, and
//! whether its canvas changed size (a ResizeObserver), so a resting ring is redrawn to fit.

use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, IntersectionObserver, IntersectionObserverEntry, ResizeObserver};

/// Watches one element; stops watching when dropped.
pub struct Sight {
    on_screen: Rc<Cell<bool>>,
    tab_shown: Rc<Cell<bool>>,
    observer: Option<IntersectionObserver>,
    document: Option<Document>,
    // Kept alive for as long as the browser may call them.
    _on_intersect: Closure<dyn FnMut(js_sys::Array)>,
    on_visibility: Closure<dyn FnMut()>,
    resize: Option<ResizeObserver>,
    _on_resize: Closure<dyn FnMut(js_sys::Array)>,
}

impl Sight {
    /// Starts watching `element`. Until the browser reports otherwise it counts as seen, so a
    /// browser without IntersectionObserver still draws. `changed` is called whenever the element
    /// may need a new frame: it came into sight, or its size changed.
    pub fn watch(element: &Element, changed: Rc<dyn Fn()>) -> Self {
        let on_screen = Rc::new(Cell::new(true));
        let document = web_sys::window().and_then(|w| w.document());
        let tab_shown = Rc::new(Cell::new(!document.as_ref().is_some_and(Document::hidden)));
        let on_intersect = Closure::<dyn FnMut(js_sys::Array)>::new({
            let on_screen = Rc::clone(&on_screen);
            let changed = Rc::clone(&changed);
            move |entries: js_sys::Array| {
                // The newest entry tells where the element is now.
                if let Some(entry) = entries
                    .iter()
                    .last()
                    .and_then(|e| e.dyn_into::<IntersectionObserverEntry>().ok())
                {
                    on_screen.set(entry.is_intersecting());
                    changed();
                }
            }
        });
        let observer = IntersectionObserver::new(on_intersect.as_ref().unchecked_ref()).ok();
        if let Some(observer) = &observer {
            observer.observe(element);
        }
        let on_visibility = Closure::<dyn FnMut()>::new({
            let tab_shown = Rc::clone(&tab_shown);
            let document = document.clone();
            let changed = Rc::clone(&changed);
            move || {
                tab_shown.set(!document.as_ref().is_some_and(Document::hidden));
                changed();
            }
        });
        if let Some(document) = &document {
            let _ = document.add_event_listener_with_callback(
                "visibilitychange",
                on_visibility.as_ref().unchecked_ref(),
            );
        }
        let on_resize = Closure::<dyn FnMut(js_sys::Array)>::new(move |_| changed());
        let resize = ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok();
        if let Some(resize) = &resize {
            resize.observe(element);
        }
        Self {
            on_screen,
            tab_shown,
            observer,
            document,
            _on_intersect: on_intersect,
            on_visibility,
            resize,
            _on_resize: on_resize,
        }
    }

    /// Whether the element is on screen in a shown tab.
    pub fn visible(&self) -> bool {
        self.on_screen.get() && self.tab_shown.get()
    }
}

impl Drop for Sight {
    fn drop(&mut self) {
        if let Some(observer) = &self.observer {
            observer.disconnect();
        }
        if let Some(resize) = &self.resize {
            resize.disconnect();
        }
        if let Some(document) = &self.document {
            let _ = document.remove_event_listener_with_callback(
                "visibilitychange",
                self.on_visibility.as_ref().unchecked_ref(),
            );
        }
    }
}
