//! The live viewer in the browser: the animation-frame loop and snapshots.
//!
//! Each frame applies a pending design (uploading geometry only when it changed), advances the
//! turntable, fits the canvas to its displayed size and draws if anything changed. An idle ring
//! costs no GPU time, a ring nobody can see (scrolled away, tab hidden) none either, and a moving
//! one is drawn lighter and at most about 30 times a second (`pace`), with one full frame once it
//! rests.

use super::pace::{self, Quality};
use super::sight::Sight;
use super::{canvas, Orbit, Scene, Snapshot, Snapshots, View};
use atelier_core::catalog::Catalog;
use atelier_core::design::Design;
use leptos::html;
use leptos::prelude::{Effect, *};
use leptos_use_raf_fn::use_raf_fn;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::Arc;
use three_d::Viewport;
use web_sys::HtmlCanvasElement;

/// The design to show next, with the catalog its ids refer to (the jeweler's, once it arrived).
type Pending = Rc<RefCell<Option<(Design, Arc<Catalog>)>>>;

/// Everything the live viewer reads and writes.
pub struct Live {
    pub canvas_ref: NodeRef<html::Canvas>,
    pub design: Signal<Design>,
    pub catalog: Signal<Arc<Catalog>>,
    pub orbit: StoredValue<Orbit>,
    pub turntable: RwSignal<bool>,
    /// Whether the visitor's finger or mouse holds the ring (a drag or pinch under way).
    pub held: StoredValue<bool>,
    pub failure: RwSignal<Option<String>>,
    pub snapshots: Snapshots,
}

/// Starts the viewer once the canvas is mounted; it stops with the component.
pub fn start(live: Live) {
    let Live {
        canvas_ref,
        design,
        catalog,
        orbit,
        turntable,
        held,
        failure,
        snapshots,
    } = live;
    let scene: Rc<RefCell<Option<Scene>>> = Rc::default();
    let sight: Rc<RefCell<Option<Sight>>> = Rc::default();
    let pending: Pending = Rc::default();
    Effect::new({
        let pending = Rc::clone(&pending);
        move |_| *pending.borrow_mut() = Some((design.get(), catalog.get()))
    });
    Effect::new({
        let scene = Rc::clone(&scene);
        let pending = Rc::clone(&pending);
        let sight = Rc::clone(&sight);
        move |_| {
            let Some(element) = canvas_ref.get() else {
                return;
            };
            if scene.borrow().is_some() {
                return;
            }
            *sight.borrow_mut() = Some(Sight::watch(&element));
            match canvas::three_d_context(&element) {
                Ok(context) => {
                    *scene.borrow_mut() = Some(Scene::new(context));
                    snapshots.register(Rc::new({
                        let scene = Rc::clone(&scene);
                        let pending = Rc::clone(&pending);
                        move |views: &[View], size: u32, other: Option<&Design>| {
                            let mut scene = scene.borrow_mut();
                            let Some(scene) = scene.as_mut() else {
                                return Vec::new();
                            };
                            let catalog = catalog.get_untracked();
                            if let Some((design, catalog)) = pending.borrow_mut().take() {
                                scene.show(&design, &catalog);
                            }
                            let Some(other) = other else {
                                return pictures(&element, scene, views, size);
                            };
                            // Another design (a saved one, for the comparison): show it for the
                            // pictures, then queue the visitor's own ring again for the next frame.
                            scene.show(other, &catalog);
                            let shots = pictures(&element, scene, views, size);
                            *pending.borrow_mut() = Some((design.get_untracked(), catalog));
                            shots
                        }
                    }));
                }
                Err(error) => failure.set(Some(error.reason())),
            }
        }
    });
    let frames = Cell::new(0_u64);
    // When the last frame was drawn, and when the turntable last turned the ring.
    let last_frame = Cell::new(None::<f64>);
    let last_spin = Cell::new(None::<f64>);
    let _ = use_raf_fn(move |frame| {
        let Some(element) = canvas_ref.get_untracked() else {
            return;
        };
        if !sight.borrow().as_ref().is_none_or(Sight::visible) {
            // Nobody sees the ring: it does not turn either, and resumes where it was.
            last_spin.set(None);
            return;
        }
        let turning = turntable.get_untracked();
        let quality = Quality::of(turning || held.get_value());
        if !pace::due(quality, frame.timestamp, last_frame.get()) {
            return;
        }
        if turning {
            let elapsed = last_spin.get().map_or(frame.delta, |t| frame.timestamp - t);
            orbit.update_value(|o| o.spin(elapsed));
            last_spin.set(Some(frame.timestamp));
        } else {
            last_spin.set(None);
        }
        let mut scene = scene.borrow_mut();
        let Some(scene) = scene.as_mut() else { return };
        if let Some((design, catalog)) = pending.borrow_mut().take() {
            scene.show(&design, &catalog);
        }
        let (width, height) = canvas::fit_to_display(&element, quality.pixel_ratio(device_ratio()));
        let viewport = Viewport::new_at_origo(width, height);
        if orbit.with_value(|o| scene.render(viewport, o, quality)) {
            last_frame.set(Some(frame.timestamp));
            frames.set(frames.get() + 1);
            // Tests and benchmarks wait on this instead of sleeping.
            let _ = element.set_attribute("data-frames", &frames.get().to_string());
            if frames.get() == 1 {
                canvas::mark(super::FIRST_FRAME_MARK);
            }
        }
    });
}

/// Draws each view into the canvas at `size`² and reads it back as PNG, then restores the canvas
/// size. The next animation frame redraws the live view before the page is painted again, so the
/// visitor never sees the pictures being taken.
fn pictures(
    element: &HtmlCanvasElement,
    scene: &mut Scene,
    views: &[View],
    size: u32,
) -> Vec<Snapshot> {
    let (width, height) = (element.width(), element.height());
    element.set_width(size);
    element.set_height(size);
    let mut shots = Vec::with_capacity(views.len());
    for (i, &view) in views.iter().enumerate() {
        let mut orbit = Orbit::default();
        orbit.show(view);
        // A revision the live orbit never has, so the scene draws this view.
        orbit.revision = u64::MAX - i as u64;
        scene.render(Viewport::new_at_origo(size, size), &orbit, Quality::Still);
        if let Ok(png_data_url) = element.to_data_url() {
            shots.push(Snapshot { view, png_data_url });
        }
    }
    element.set_width(width);
    element.set_height(height);
    shots
}

/// The display's pixels per CSS pixel (1 where the browser does not say).
fn device_ratio() -> f64 {
    web_sys::window().map_or(1.0, |w| w.device_pixel_ratio())
}
