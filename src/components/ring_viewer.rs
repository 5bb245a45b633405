//! The live 3D ring: a canvas that Leptos owns, drawn by the viewer, turned by the visitor.
//!
//! Input handlers only move the orbit and ring the viewer's bell; design changes are pushed out of
//! the reactive graph into a pending slot; the viewer asks for animation frames only when something
//! changed, so an idle ring costs a phone nothing at all.

use crate::i18n::{t, t_args};
use crate::viewer::{Orbit, Snapshots, View, Wake, KEY_STEP};
use atelier_core::catalog::Catalog;
use atelier_core::design::Design;
use leptos::ev::{KeyboardEvent, PointerEvent, WheelEvent};
use leptos::html;
use leptos::prelude::*;
use std::sync::Arc;

/// Pointers currently pressed on the canvas: (pointer id, x, y) in CSS pixels.
type Pointers = Vec<(i32, f64, f64)>;

/// The interactive ring preview, with a text fallback where WebGL2 is unavailable.
#[component]
pub fn RingViewer(
    /// The ring to draw; the preview follows every change.
    #[prop(into)]
    design: Signal<Design>,
    /// The catalog the design's ids refer to (the built-in one until the jeweler's arrives).
    #[prop(into)]
    catalog: Signal<Arc<Catalog>>,
    /// The ring in plain words: the canvas's accessible name, and the fallback without WebGL2.
    #[prop(into)]
    description: Signal<String>,
    /// Whether the ring starts turning slowly by itself. The visitor's first touch stops it; pass
    /// `false` for visitors who asked their system for reduced motion.
    #[prop(optional)]
    autoplay: bool,
    /// Lets the page ask for fixed-angle pictures of the ring (for the brief and the postcard).
    #[prop(optional)]
    snapshots: Option<Snapshots>,
    /// While true the camera looks inside the band at the engraving (the engraving step); when it
    /// turns false again the camera returns to the three-quarter view.
    #[prop(optional, into)]
    inside: Signal<bool>,
    /// The shop's name, printed on the postcard.
    #[prop(optional, into)]
    shop_name: Signal<String>,
    /// Whether the page already gives the ring in words beside the viewer (the commission page):
    /// without WebGL2 the fallback then says only that the 3D view cannot run, so the words are
    /// never shown twice.
    #[prop(optional)]
    words_beside: bool,
) -> impl IntoView {
    let snapshots = snapshots.unwrap_or_default();
    let canvas_ref = NodeRef::<html::Canvas>::new();
    let failure = RwSignal::new(None::<String>);
    // What waits for the first frame (the page's panel) need not wait for one that never comes.
    Effect::new(move |_| {
        if failure.with(Option::is_some) {
            if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
                let _ = performance.mark(crate::viewer::NO_FRAME_MARK);
            }
        }
    });
    let orbit = StoredValue::new(Orbit::default());
    let pointers = StoredValue::new(Pointers::new());
    let turntable = RwSignal::new(autoplay);
    // The viewer stopped the turntable itself (its frames cost this device too much): the hint
    // says so, until the visitor starts it again.
    let paused_for_cost = RwSignal::new(false);
    // Whether a finger or the mouse holds the ring: the viewer draws lighter frames meanwhile.
    let held = StoredValue::new(false);
    // Every change below asks the viewer for a frame; nothing is drawn otherwise.
    let wake = Wake::default();
    // The camera follows the page into and out of the band; only a change moves it, so the
    // visitor's own turning is kept while the step stays.
    Effect::new(move |before: Option<bool>| {
        let now = inside.get();
        if before.is_some_and(|b| b != now) || (before.is_none() && now) {
            turntable.set(false);
            let view = if now {
                View::Inside
            } else {
                View::ThreeQuarter
            };
            orbit.update_value(|o| o.show(view));
            wake.ring();
        }
        now
    });

    #[cfg(target_arch = "wasm32")]
    crate::viewer::live::start(crate::viewer::live::Live {
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
    });
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (design, catalog, snapshots, paused_for_cost);

    let on_pointerdown = move |ev: PointerEvent| {
        turntable.set(false);
        if let Some(canvas) = canvas_ref.get_untracked() {
            let _ = canvas.set_pointer_capture(ev.pointer_id());
        }
        pointers.update_value(|p| {
            p.push((ev.pointer_id(), ev.client_x().into(), ev.client_y().into()))
        });
        held.set_value(true);
        wake.ring();
    };
    let on_pointermove = move |ev: PointerEvent| {
        let (id, x, y) = (
            ev.pointer_id(),
            f64::from(ev.client_x()),
            f64::from(ev.client_y()),
        );
        pointers.update_value(|p| {
            let before = pinch_span(p);
            let Some(entry) = p.iter_mut().find(|(pid, _, _)| *pid == id) else {
                return;
            };
            let (dx, dy) = (x - entry.1, y - entry.2);
            (entry.1, entry.2) = (x, y);
            match (before, pinch_span(p)) {
                (Some(old), Some(new)) if new > 0.0 => {
                    orbit.update_value(|o| o.zoom_by((old / new) as f32))
                }
                _ => orbit.update_value(|o| o.drag(dx as f32, dy as f32)),
            }
            wake.ring();
        });
    };
    let on_pointerup = move |ev: PointerEvent| {
        pointers.update_value(|p| p.retain(|(pid, _, _)| *pid != ev.pointer_id()));
        held.set_value(pointers.with_value(|p| !p.is_empty()));
        // Let go: the full-quality frame.
        wake.ring();
    };
    let on_wheel = move |ev: WheelEvent| {
        ev.prevent_default();
        turntable.set(false);
        orbit.update_value(|o| o.wheel(ev.delta_y() as f32));
        wake.ring();
    };
    let on_keydown = move |ev: KeyboardEvent| {
        let turn = match ev.key().as_str() {
            "ArrowLeft" => Some((-KEY_STEP, 0.0)),
            "ArrowRight" => Some((KEY_STEP, 0.0)),
            "ArrowUp" => Some((0.0, KEY_STEP)),
            "ArrowDown" => Some((0.0, -KEY_STEP)),
            _ => None,
        };
        let zoom = match ev.key().as_str() {
            "+" | "=" => Some(0.9),
            "-" | "_" => Some(1.0 / 0.9),
            _ => None,
        };
        turntable.set(false);
        if let Some((yaw, pitch)) = turn {
            orbit.update_value(|o| o.rotate(yaw, pitch));
        } else if let Some(factor) = zoom {
            orbit.update_value(|o| o.zoom_by(factor));
        } else {
            return;
        }
        wake.ring();
        ev.prevent_default();
    };

    view! {
        <div class="viewer">
            <Show
                when=move || failure.with(Option::is_none)
                fallback=move || {
                    view! {
                        <div
                            class=if words_beside {
                                "viewer-fallback words-beside"
                            } else {
                                "viewer-fallback"
                            }
                            role="status"
                        >
                            <p>
                                <strong>{t("viewer-unavailable")}</strong>
                                " "
                                {move || {
                                    t_args(
                                        if words_beside {
                                            "viewer-unavailable-words-beside"
                                        } else {
                                            "viewer-unavailable-why"
                                        },
                                        &[("reason", failure.get().unwrap_or_default().into())],
                                    )
                                }}
                            </p>
                            {(!words_beside)
                                .then(|| view! { <p class="fallback-summary">{description}</p> })}
                        </div>
                    }
                }
            >
                <canvas
                    node_ref=canvas_ref
                    class="ring-canvas"
                    tabindex="0"
                    role="img"
                    aria-roledescription=t("viewer-roledescription")
                    aria-label=move || {
                        t_args("viewer-label", &[("summary", description.get().into())])
                    }
                    on:pointerdown=on_pointerdown
                    on:pointermove=on_pointermove
                    on:pointerup=on_pointerup
                    on:pointercancel=on_pointerup
                    on:wheel=on_wheel
                    on:keydown=on_keydown
                ></canvas>
                // Two groups: on a phone the views sit along the frame's lower edge and the two
                // actions in its upper corners, so every tool fits the frame in every language. A
                // touch screen shows no tooltip: there the actions keep a word of their name.
                <div class="viewer-tools" role="toolbar" aria-label=t("viewer-tools")>
                    <div class="viewer-views">
                        {View::ALL
                            .map(|view| {
                                view! {
                                    <button
                                        type="button"
                                        class="viewer-tool"
                                        aria-label=view_label(view)
                                        on:click=move |_| {
                                            turntable.set(false);
                                            orbit.update_value(|o| o.show(view));
                                            wake.ring();
                                        }
                                    >
                                        <span class="tool-icon" aria-hidden="true">{view_short_label(view)}</span>
                                        <span class="tool-label" aria-hidden="true">{view_label(view)}</span>
                                    </button>
                                }
                            })
                            .collect_view()}
                    </div>
                    <div class="viewer-actions">
                        <button
                            type="button"
                            class="viewer-tool"
                            // The name holds the word the button shows: "Paused" on a phone when
                            // it stopped by itself, so a voice command says what it sees.
                            aria-label=move || {
                                if paused_for_cost.get() {
                                    t("viewer-turntable-paused-label")
                                } else {
                                    t("viewer-turntable")
                                }
                            }
                            title=t("viewer-turntable-title")
                            aria-pressed=move || turntable.get().to_string()
                            on:click=move |_| {
                                paused_for_cost.set(false);
                                turntable.update(|on| *on = !*on);
                            }
                        >
                            <span class="tool-icon" aria-hidden="true">"↻"</span>
                            <span class="tool-label" aria-hidden="true">{t("viewer-turntable")}</span>
                            <span class="tool-word" aria-hidden="true">
                                " "
                                {move || {
                                    if paused_for_cost.get() {
                                        t("viewer-turntable-paused-short")
                                    } else {
                                        t("viewer-turntable-short")
                                    }
                                }}
                            </span>
                        </button>
                        <button
                            type="button"
                            class="viewer-tool"
                            aria-label=t("viewer-postcard-label")
                            title=t("viewer-postcard-title")
                            on:click=move |_| save_postcard(snapshots, description, shop_name)
                        >
                            <span class="tool-icon" aria-hidden="true">"⤓"</span>
                            <span class="tool-label" aria-hidden="true">{t("viewer-postcard")}</span>
                            <span class="tool-word" aria-hidden="true">" "{t("viewer-postcard-short")}</span>
                        </button>
                    </div>
                </div>
                // Also where the viewer says why the turntable stopped by itself: a status, read
                // out when it changes. A phone has no room for it under the ring without moving
                // the page: there the turntable's own word says it is paused.
                <p class="viewer-hint" class:paused=paused_for_cost role="status">
                    {move || {
                        if paused_for_cost.get() {
                            view! { <span>{t("viewer-turntable-paused")}</span> }.into_any()
                        } else {
                            view! { <span aria-hidden="true">{t("viewer-hint")}</span> }.into_any()
                        }
                    }}
                </p>
            </Show>
        </div>
    }
}

/// Takes the jeweler's three-quarter picture and offers it as a postcard with the design in words
/// and the shop's name; if the card cannot be drawn, the plain picture.
fn save_postcard(snapshots: Snapshots, description: Signal<String>, shop_name: Signal<String>) {
    #[cfg(target_arch = "wasm32")]
    {
        use crate::viewer::postcard;
        let Some(shot) = snapshots.take(&[View::ThreeQuarter], postcard::WIDTH).pop() else {
            return;
        };
        let (words, shop) = (description.get_untracked(), shop_name.get_untracked());
        let (note, file) = (t("viewer-postcard-note"), t("viewer-postcard-file"));
        leptos::task::spawn_local(async move {
            // Without the drawing's code (offline at that moment), the ring's picture alone.
            let picture = shot.png_data_url;
            let card = match postcard_drawing(picture.clone(), words, shop, note).await {
                Ok(drawing) => drawing.await,
                Err(_) => picture,
            };
            download(&card, &file);
        });
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (snapshots, description, shop_name);
}

#[cfg(target_arch = "wasm32")]
crate::later! {
    /// The postcard's drawing (text laid out on a 2D canvas), fetched the first time a visitor
    /// asks for one; the ring's picture itself if the drawing fails.
    postcard, fn postcard_drawing(
        picture: String,
        words: String,
        shop: String,
        note: String,
    ) -> std::pin::Pin<Box<dyn std::future::Future<Output = String>>> {
        Box::pin(async move {
            crate::viewer::postcard::postcard(&picture, &words, &shop, &note)
                .await
                .unwrap_or(picture)
        })
    }
}

/// Offers a data URL to the visitor as a file download.
#[cfg(target_arch = "wasm32")]
fn download(data_url: &str, file_name: &str) {
    use wasm_bindgen::JsCast;
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(anchor) = document.create_element("a") else {
        return;
    };
    let anchor: web_sys::HtmlElement = anchor.unchecked_into();
    let _ = anchor.set_attribute("href", data_url);
    let _ = anchor.set_attribute("download", file_name);
    anchor.click();
}

/// A view's name on its button, in the visitor's language.
fn view_label(view: View) -> String {
    t(match view {
        View::ThreeQuarter => "viewer-view-three-quarter",
        View::Top => "viewer-view-top",
        View::Side => "viewer-view-side",
        View::Front => "viewer-view-front",
        View::Inside => "viewer-view-inside",
    })
}

/// A view's name where space is short (a phone's toolbar): a word of its full name, which stays
/// the button's accessible name.
fn view_short_label(view: View) -> String {
    t(match view {
        View::ThreeQuarter => "viewer-view-three-quarter-short",
        View::Top => "viewer-view-top-short",
        View::Side => "viewer-view-side-short",
        View::Front => "viewer-view-front-short",
        View::Inside => "viewer-view-inside-short",
    })
}

/// The distance between the first two pressed pointers, when two are down.
fn pinch_span(pointers: &Pointers) -> Option<f64> {
    match pointers.as_slice() {
        [(_, x1, y1), (_, x2, y2), ..] => Some((x1 - x2).hypot(y1 - y2)),
        _ => None,
    }
}
