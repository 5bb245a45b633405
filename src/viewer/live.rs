//! The live viewer in the browser: animation frames on demand, and snapshots.
//!
//! No animation-frame loop runs while nothing changes: a change (the visitor's input, a new design,
//! the canvas resized, the ring back in sight) rings the [`Wake`] bell, which asks for one frame.
//! A frame applies a pending design (uploading geometry only when it changed), advances the
//! turntable and draws at the canvas's displayed size if anything changed; it asks for the next
//! one only while the ring moves. A ring nobody can see (scrolled away, tab hidden) costs nothing.
//!
//! A frame is drawn off screen and shown on a later animation frame, once a [`Fence`] says the GPU
//! has finished it: the browser waits for a canvas's pending drawing when it shows the page, and
//! without a GPU (software GL) a frame of the stones takes far longer than a task may.
//!
//! The turntable starts once the first frame is drawn at full quality, turns at full quality, and
//! stops by itself where its frames cost the device too much (`pace::Budget`); a ring the visitor
//! holds is drawn lighter and at most about 30 times a second, with one full frame once it is let
//! go.

use super::fence::Fence;
use super::lighting::{LightingBuild, LightingError};
use super::pace::{self, Budget, Quality};
use super::scene::Shape;
use super::sight::Sight;
use super::{canvas, Orbit, Progress, Scene, Snapshot, Snapshots, View, Wake};
use atelier_core::catalog::Catalog;
use atelier_core::design::Design;
use leptos::html;
use leptos::prelude::{Effect, *};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::Arc;
use three_d::Viewport;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{HtmlCanvasElement, WebGl2RenderingContext as Gl};

/// The design to show next, with the catalog its ids refer to (the jeweler's, once it arrived).
type Pending = Rc<RefCell<Option<(Design, Arc<Catalog>)>>>;

/// The first design's shape, made on the CPU in one task, to be put on the GPU in the next.
type Shaping = RefCell<Option<(Design, Arc<Catalog>, Option<Shape>)>>;

/// Everything the live viewer reads and writes.
pub struct Live {
    pub canvas_ref: NodeRef<html::Canvas>,
    pub design: Signal<Design>,
    pub catalog: Signal<Arc<Catalog>>,
    pub orbit: StoredValue<Orbit>,
    pub turntable: RwSignal<bool>,
    /// Set when the viewer stopped the turntable itself, its frames costing the device too much.
    pub paused_for_cost: RwSignal<bool>,
    /// Whether the visitor's finger or mouse holds the ring (a drag or pinch under way).
    pub held: StoredValue<bool>,
    pub failure: RwSignal<Option<String>>,
    pub snapshots: Snapshots,
    /// Rung by whatever changes the picture; the viewer registers itself on it.
    pub wake: Wake,
}

/// The frame callback handed to the browser.
type FrameCallback = Closure<dyn FnMut(f64)>;

/// What one frame of the viewer does, given the time on the page's clock.
type FrameBody = Rc<dyn Fn(f64)>;

/// At most one outstanding animation-frame request, and the callback it runs; and at most one
/// outstanding task asked for with [`Ticker::soon`].
#[derive(Default)]
struct Ticker {
    callback: RefCell<Option<FrameCallback>>,
    body: RefCell<Option<FrameBody>>,
    requested: Cell<Option<i32>>,
    soon: Cell<bool>,
}

impl Ticker {
    /// Asks for the viewer's next step in a task of its own as soon as possible, not on the next
    /// animation frame: for work that draws nothing (building the scene, compiling a program),
    /// so the first frame does not wait a display refresh for each piece.
    fn soon(self: &Rc<Self>) {
        if self.soon.replace(true) {
            return;
        }
        let ticker = Rc::clone(self);
        in_a_task(move || {
            ticker.soon.set(false);
            let body = ticker.body.borrow().clone();
            if let Some(body) = body {
                body(now());
            }
        });
    }

    /// Asks for one animation frame, unless one is already asked for.
    fn request(&self) {
        if self.requested.get().is_some() {
            return;
        }
        let callback = self.callback.borrow();
        let (Some(window), Some(callback)) = (web_sys::window(), callback.as_ref()) else {
            return;
        };
        if let Ok(id) = window.request_animation_frame(callback.as_ref().unchecked_ref()) {
            self.requested.set(Some(id));
        }
    }
}

/// Ends the viewer's frames when the component goes: the outstanding request is cancelled and the
/// callback (which holds the ticker) let go.
struct Stop {
    ticker: Rc<Ticker>,
    sight: Rc<RefCell<Option<Sight>>>,
    in_flight: Slot,
}

impl Drop for Stop {
    fn drop(&mut self) {
        if let (Some(id), Some(window)) = (self.ticker.requested.take(), web_sys::window()) {
            let _ = window.cancel_animation_frame(id);
        }
        self.ticker.callback.borrow_mut().take();
        self.ticker.body.borrow_mut().take();
        self.sight.borrow_mut().take();
        self.in_flight.borrow_mut().take();
    }
}

/// How far building the scene has come, one piece per task, so that no task before the first frame
/// is long. The canvas's first rendering update (where the browser presents the new context) comes
/// first, apart from the page's mount; then the tent's light is made, piece by piece; the first
/// frame then waits for the GPU to finish it without blocking.
enum Building {
    /// The context is made; the canvas's first rendering update is not behind it yet.
    Fresh(three_d::Context, Gl),
    /// The light is being made.
    Lighting(LightingBuild),
}

impl Building {
    /// Builds the scene at once, whatever is left (for pictures asked for before the ring was
    /// ever in sight).
    fn finish(self) -> Result<Scene, LightingError> {
        let build = match self {
            Self::Fresh(context, gl) => LightingBuild::new(context, gl),
            Self::Lighting(build) => build,
        };
        let context = build.context().clone();
        Ok(Scene::new(context, build.finish()?))
    }

    /// Does the next piece: the scene, once its light is made.
    fn step(self) -> Result<Progress<Self, Scene>, LightingError> {
        Ok(match self {
            Self::Fresh(context, gl) => {
                Progress::Working(Self::Lighting(LightingBuild::new(context, gl)))
            }
            Self::Lighting(build) => {
                let context = build.context().clone();
                match build.step(false)? {
                    Progress::Working(build) => Progress::Working(Self::Lighting(build)),
                    Progress::Done(lighting) => Progress::Done(Scene::new(context, lighting)),
                }
            }
        })
    }
}

/// Why the ring cannot be drawn, in the reader's language, when its light could not be made.
fn lighting_reason(error: &LightingError) -> String {
    crate::i18n::t_args(
        "viewer-reason-context",
        &[("detail", error.to_string().into())],
    )
}

/// A frame drawn off screen, waiting for the GPU to finish it before it is shown.
struct InFlight {
    fence: Fence,
    /// When its drawing started, and when the GPU was first seen done with it, on the page's
    /// clock: what the frame cost this device.
    started: f64,
    finished: Cell<Option<f64>>,
    quality: Quality,
}

impl InFlight {
    /// Whether the GPU has finished the frame, noting when it was first seen so.
    fn finished(&self) -> bool {
        if self.finished.get().is_none() && self.fence.passed() {
            self.finished.set(Some(now()));
        }
        self.finished.get().is_some()
    }

    /// What the frame cost this device, once finished: its drawing and the GPU's work.
    fn cost_ms(&self) -> f64 {
        self.finished.get().unwrap_or_else(now) - self.started
    }
}

/// The frame slot: at most one frame in flight. The canvas says `aria-busy` from the moment a
/// frame is sent until an animation frame finds nothing more to draw (a turning ring stays busy).
type Slot = Rc<RefCell<Option<InFlight>>>;

/// Sends a frame on its way: it is shown on the first animation frame after the GPU finished it.
/// Zero-delay timeouts watch its fence meanwhile, apart from animation frames (which the browser
/// holds back while the GPU is busy), so what the frame cost is measured to a few milliseconds.
fn send(slot: &Slot, flight: InFlight, element: &HtmlCanvasElement, ticker: &Rc<Ticker>) {
    let _ = element.set_attribute("aria-busy", "true");
    *slot.borrow_mut() = Some(flight);
    watch(Rc::clone(slot), Rc::clone(ticker));
}

/// Polls the frame in flight until the GPU is done with it, then asks for the frame that shows it.
fn watch(slot: Slot, ticker: Rc<Ticker>) {
    let done = match slot.borrow().as_ref() {
        // Voided (pictures were taken) or shown already: nothing to watch.
        None => return,
        Some(flight) => flight.finished(),
    };
    if done {
        ticker.request();
    } else {
        in_a_task(move || watch(slot, ticker));
    }
}

/// Runs `f` in a task of its own, as soon as the browser can (a zero-delay timeout).
fn in_a_task(f: impl FnOnce() + 'static) {
    let task = Closure::once_into_js(f);
    if let Some(window) = web_sys::window() {
        let _ =
            window.set_timeout_with_callback_and_timeout_and_arguments_0(task.unchecked_ref(), 0);
    }
}

/// What the frames so far tell about this device and the turntable.
struct Frames {
    drawn: Cell<u64>,
    /// When the last frame was drawn, and when the turntable last turned the ring.
    last_frame: Cell<Option<f64>>,
    last_spin: Cell<Option<f64>>,
    budget: RefCell<Budget>,
    /// The visitor started the turntable (the button, after reduced motion kept the ring still
    /// or after the turntable stopped for its cost): their choice, so it keeps turning, paced by
    /// the budget; only the turntable the page started by itself stops for its cost.
    visitor_chose: Cell<bool>,
    /// The canvas was just cleared behind the viewer's back (pictures were taken in it): the next
    /// frame is shown at once, before the page is painted again.
    show_next_at_once: Cell<bool>,
}

/// Starts the viewer once the canvas is mounted; it stops with the component.
pub fn start(live: Live) {
    let Live {
        canvas_ref,
        design,
        catalog,
        orbit,
        turntable,
        paused_for_cost,
        held,
        failure,
        snapshots,
        wake,
    } = live;
    let spin = Turntable {
        on: turntable,
        paused_for_cost,
    };
    let scene: Rc<RefCell<Option<Scene>>> = Rc::default();
    let sight: Rc<RefCell<Option<Sight>>> = Rc::default();
    let pending: Pending = Rc::default();
    let unbuilt: Rc<RefCell<Option<Building>>> = Rc::default();
    let baking: Rc<RefCell<Option<Fence>>> = Rc::default();
    let in_flight: Slot = Rc::default();
    let frames = Rc::new(Frames {
        drawn: Cell::new(0),
        last_frame: Cell::new(None),
        last_spin: Cell::new(None),
        budget: RefCell::new(Budget::new(page_budget())),
        visitor_chose: Cell::new(false),
        show_next_at_once: Cell::new(false),
    });
    let ticker = Rc::new(Ticker::default());
    let bell: Rc<dyn Fn()> = Rc::new({
        let ticker = Rc::clone(&ticker);
        move || ticker.request()
    });
    StoredValue::new_local(Stop {
        ticker: Rc::clone(&ticker),
        sight: Rc::clone(&sight),
        in_flight: Rc::clone(&in_flight),
    });
    Effect::new({
        let pending = Rc::clone(&pending);
        move |_| {
            *pending.borrow_mut() = Some((design.get(), catalog.get()));
            wake.ring();
        }
    });
    // Started or stopped, the turntable needs a frame (stopping it leaves the ring where it is).
    Effect::new(move |_| {
        turntable.track();
        wake.ring();
    });
    Effect::new({
        let scene = Rc::clone(&scene);
        let pending = Rc::clone(&pending);
        let sight = Rc::clone(&sight);
        let bell = Rc::clone(&bell);
        let unbuilt = Rc::clone(&unbuilt);
        let in_flight = Rc::clone(&in_flight);
        let frames = Rc::clone(&frames);
        move |_| {
            let Some(element) = canvas_ref.get() else {
                return;
            };
            if scene.borrow().is_some() || unbuilt.borrow().is_some() {
                return;
            }
            *sight.borrow_mut() = Some(Sight::watch(&element, Rc::clone(&bell)));
            match canvas::three_d_context(&element) {
                Ok((context, gl)) => {
                    *unbuilt.borrow_mut() = Some(Building::Fresh(context, gl));
                    snapshots.register(Rc::new({
                        let scene = Rc::clone(&scene);
                        let pending = Rc::clone(&pending);
                        let unbuilt = Rc::clone(&unbuilt);
                        let in_flight = Rc::clone(&in_flight);
                        let frames = Rc::clone(&frames);
                        move |views: &[View], size: u32, other: Option<&Design>| {
                            let mut scene = scene.borrow_mut();
                            // Pictures asked for before the ring was ever in sight: the scene is
                            // built now, in this one task, as the visitor asked for them.
                            if scene.is_none() {
                                if let Some(building) = unbuilt.borrow_mut().take() {
                                    match building.finish() {
                                        Ok(built) => *scene = Some(built),
                                        Err(error) => failure.set(Some(lighting_reason(&error))),
                                    }
                                }
                            }
                            let Some(scene) = scene.as_mut() else {
                                return Vec::new();
                            };
                            // The pictures take the canvas and the scene's frame: a live frame
                            // still in flight is void, and the live view is drawn again, and shown
                            // at once, on the next frame.
                            in_flight.borrow_mut().take();
                            let _ = element.remove_attribute("aria-busy");
                            frames.show_next_at_once.set(true);
                            wake.ring();
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
                    wake.register(Rc::clone(&bell));
                    wake.ring();
                }
                Err(error) => failure.set(Some(error.reason())),
            }
        }
    });
    Effect::new({
        let frames = Rc::clone(&frames);
        move |before: Option<bool>| {
            let on = turntable.get();
            if before == Some(false) && on {
                frames.visitor_chose.set(true);
            }
            on
        }
    });
    let shaping: Shaping = RefCell::default();
    let frame = {
        let ticker = Rc::clone(&ticker);
        move |timestamp: f64| {
            let Some(element) = canvas_ref.get_untracked() else {
                return;
            };
            if !sight.borrow().as_ref().is_none_or(Sight::visible) {
                // Nobody sees the ring: it does not turn either, and resumes where it was once
                // the sight changes (which rings again).
                frames.last_spin.set(None);
                if in_flight.borrow().is_none() {
                    let _ = element.remove_attribute("aria-busy");
                }
                return;
            }
            let mut scene = scene.borrow_mut();
            if scene.is_none() {
                let mut unbuilt = unbuilt.borrow_mut();
                let Some(building) = unbuilt.take() else {
                    return;
                };
                match building.step() {
                    Ok(Progress::Done(built)) => {
                        *scene = Some(built);
                        *baking.borrow_mut() = Some(Fence::after_queued(&element));
                    }
                    Ok(Progress::Working(building)) => *unbuilt = Some(building),
                    Err(error) => {
                        failure.set(Some(lighting_reason(&error)));
                        return;
                    }
                }
                ticker.soon();
                return;
            }
            let Some(scene) = scene.as_mut() else { return };
            if baking.borrow().as_ref().is_some_and(|f| !f.passed()) {
                ticker.soon();
                return;
            }
            baking.borrow_mut().take();
            // A frame in flight: its watch asks for the frame that shows it.
            if in_flight.borrow().as_ref().is_some_and(|f| !f.finished()) {
                return;
            }
            if let Some(flight) = in_flight.borrow_mut().take() {
                show(&element, scene, &frames, flight, spin);
                // The next frame is drawn on the next animation frame: the browser reads the
                // canvas back after this one (without a GPU compositor), and that readback would
                // wait for any drawing queued before it.
                ticker.request();
                return;
            }
            if !scene.warm() {
                // The first frame's one-time work, one piece per task: the ring's geometry, its
                // upload, then each kind of material's program.
                let first_design = pending.borrow_mut().take();
                let shaped = shaping.borrow_mut().take();
                let worked = match (first_design, shaped) {
                    (Some((design, catalog)), _) => {
                        let shape = scene.shape_for(&design, &catalog);
                        *shaping.borrow_mut() = Some((design, catalog, shape));
                        true
                    }
                    (None, Some((design, catalog, shape))) => {
                        scene.put(&design, &catalog, shape);
                        true
                    }
                    (None, None) => {
                        let ratio = Quality::Still.pixel_ratio(device_ratio());
                        let (width, height) = canvas::display_size(&element, ratio);
                        let viewport = Viewport::new_at_origo(width, height);
                        orbit.with_value(|o| scene.warm_next(viewport, o))
                    }
                };
                if worked {
                    ticker.soon();
                    return;
                }
            }
            let held = held.get_value();
            // The first frame is a still one, so the ring a visitor first sees is the real one.
            let turning = turntable.get_untracked() && frames.drawn.get() > 0 && !held;
            let quality = Quality::of(held);
            let interval = if held {
                pace::MIN_FRAME_MS
            } else if turning {
                frames.budget.borrow().interval_ms()
            } else {
                0.0
            };
            if !pace::due(interval, timestamp, frames.last_frame.get()) {
                ticker.request();
                return;
            }
            if turning {
                let elapsed = frames
                    .last_spin
                    .get()
                    .map_or(pace::MIN_FRAME_MS, |t| timestamp - t);
                orbit.update_value(|o| o.spin(elapsed));
                frames.last_spin.set(Some(timestamp));
            } else {
                frames.last_spin.set(None);
            }
            if let Some((design, catalog)) = pending.borrow_mut().take() {
                scene.show(&design, &catalog);
            }
            let (width, height) =
                canvas::display_size(&element, quality.pixel_ratio(device_ratio()));
            let viewport = Viewport::new_at_origo(width, height);
            let started = now();
            if orbit.with_value(|o| scene.render(viewport, o, quality)) {
                frames.last_frame.set(Some(timestamp));
                let fence = if frames.show_next_at_once.take() {
                    Fence::passed_already()
                } else {
                    Fence::after_queued(&element)
                };
                let flight = InFlight {
                    fence,
                    started,
                    finished: Cell::new(None),
                    quality,
                };
                if flight.finished() {
                    show(&element, scene, &frames, flight, spin);
                } else {
                    send(&in_flight, flight, &element, &ticker);
                    return;
                }
            }
            // The turntable keeps asking for frames; so does the first frame while it waits to
            // start it.
            if turntable.get_untracked() && !held {
                ticker.request();
            } else {
                let _ = element.remove_attribute("aria-busy");
            }
        }
    };
    let body: FrameBody = Rc::new(frame);
    *ticker.body.borrow_mut() = Some(Rc::clone(&body));
    *ticker.callback.borrow_mut() = Some(Closure::new({
        let ticker = Rc::clone(&ticker);
        move |timestamp: f64| {
            ticker.requested.set(None);
            body(timestamp);
        }
    }));
}

/// Shows a frame the GPU has finished: the canvas takes its size (which clears it) and the frame.
/// Tests and benchmarks wait on the count of frames shown instead of sleeping.
fn show(
    element: &HtmlCanvasElement,
    scene: &Scene,
    frames: &Frames,
    flight: InFlight,
    turntable: Turntable,
) {
    if let Some(size) = scene.frame_size() {
        canvas::resize(element, size);
    }
    scene.present();
    let drawn = frames.drawn.get() + 1;
    frames.drawn.set(drawn);
    let _ = element.set_attribute("data-frames", &drawn.to_string());
    if drawn == 1 {
        canvas::mark(super::FIRST_FRAME_MARK);
    }
    if flight.quality == Quality::Still {
        frames
            .budget
            .borrow_mut()
            .record(flight.cost_ms(), drawn == 1);
        if !frames.visitor_chose.get() && frames.budget.borrow().too_dear() {
            // The frame just shown is a full-quality one: it stays, for the visitor to turn.
            turntable.stop_for_cost();
        }
    }
}

/// The turntable's switch, and the note that the viewer turned it off itself.
#[derive(Clone, Copy)]
struct Turntable {
    on: RwSignal<bool>,
    paused_for_cost: RwSignal<bool>,
}

impl Turntable {
    /// Stops the turntable if it turns, its frames costing the device too much, and says so.
    fn stop_for_cost(self) {
        if self.on.try_get_untracked().unwrap_or(false) {
            let _ = self.on.try_set(false);
            let _ = self.paused_for_cost.try_set(true);
        }
    }
}

/// The turntable's budget per frame: the page's `turntable-budget` query parameter, if any.
fn page_budget() -> f64 {
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    pace::budget_from_query(&search)
}

/// The page's clock in milliseconds (0 where there is none).
fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
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
    canvas::resize(element, (size, size));
    let mut shots = Vec::with_capacity(views.len());
    for (i, &view) in views.iter().enumerate() {
        let mut orbit = Orbit::default();
        orbit.show(view);
        // A revision the live orbit never has, so the scene draws this view.
        orbit.revision = u64::MAX - i as u64;
        scene.render(Viewport::new_at_origo(size, size), &orbit, Quality::Still);
        scene.present();
        if let Ok(png_data_url) = element.to_data_url() {
            shots.push(Snapshot { view, png_data_url });
        }
    }
    canvas::resize(element, (width, height));
    shots
}

/// The display's pixels per CSS pixel (1 where the browser does not say).
fn device_ratio() -> f64 {
    web_sys::window().map_or(1.0, |w| w.device_pixel_ratio())
}
