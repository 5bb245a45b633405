//! Component tests in a real browser (wasm-bindgen-test in headless Chromium): the metal picker and
//! the ring viewer, mounted on their own as a page would mount them.
#![cfg(target_arch = "wasm32")]

use atelier::components::{MetalPicker, RingViewer};
use atelier_core::catalog::{Catalog, MetalId};
use atelier_core::design::{Choice, Design};
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a document")
}

/// A fresh container of a given size, attached to the page.
fn container(width_px: u32) -> web_sys::HtmlElement {
    let element: web_sys::HtmlElement = document()
        .create_element("div")
        .expect("div")
        .unchecked_into();
    element
        .set_attribute("style", &format!("width: {width_px}px"))
        .expect("style");
    document()
        .body()
        .expect("body")
        .append_child(&element)
        .expect("append");
    element
}

/// Resolves on the browser's next animation frame: tests wait on frames, never on timers.
async fn next_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .expect("window")
            .request_animation_frame(&resolve);
    });
    let _ = JsFuture::from(promise).await;
}

#[wasm_bindgen_test]
async fn metal_picker_offers_every_alloy_and_reports_the_choice() {
    let metals = Catalog::builtin().metals;
    let selected = RwSignal::new(Some(MetalId::new("18k-yellow")));
    let host = container(400);
    let handle = leptos::mount::mount_to(host.clone(), {
        let metals = metals.clone();
        move || {
            let on_select = Callback::new(move |id| selected.set(Some(id)));
            view! { <MetalPicker metals=metals selected=selected on_select=on_select /> }
        }
    });
    next_frame().await;

    let radios = host.query_selector_all("input[type=radio]").expect("query");
    assert_eq!(radios.length() as usize, metals.len());
    let checked: web_sys::HtmlInputElement = host
        .query_selector("input:checked")
        .expect("query")
        .expect("one is checked")
        .unchecked_into();
    assert_eq!(checked.value(), "18k-yellow");

    let platinum: web_sys::HtmlInputElement = host
        .query_selector("input[value=pt950]")
        .expect("query")
        .expect("platinum is offered")
        .unchecked_into();
    platinum.click();
    assert_eq!(selected.get_untracked(), Some(MetalId::new("pt950")));
    drop(handle);
}

#[wasm_bindgen_test]
async fn ring_viewer_draws_frames_and_names_the_ring() {
    let design = RwSignal::new(Design::default());
    let catalog = Arc::new(Catalog::builtin());
    let host = container(320);
    let handle = leptos::mount::mount_to(host.clone(), move || {
        let description = Signal::stored("A test ring".to_owned());
        view! { <RingViewer design=design catalog=Arc::clone(&catalog) description=description /> }
    });
    let canvas = host
        .query_selector("canvas")
        .expect("query")
        .expect("a canvas is mounted");
    let frames = || {
        canvas
            .get_attribute("data-frames")
            .and_then(|f| f.parse::<u32>().ok())
            .unwrap_or(0)
    };
    for _ in 0..600 {
        if frames() > 0 {
            break;
        }
        next_frame().await;
    }
    assert!(frames() >= 1, "the viewer drew its first frame");
    assert!(canvas
        .get_attribute("aria-label")
        .is_some_and(|label| label.starts_with("A test ring")));

    // An idle ring is not redrawn; a new metal is.
    let idle = frames();
    next_frame().await;
    next_frame().await;
    assert_eq!(frames(), idle, "nothing changed, nothing drawn");
    design.update(|d| d.metal = Choice::Chosen(MetalId::new("pt950")));
    for _ in 0..60 {
        if frames() > idle {
            break;
        }
        next_frame().await;
    }
    assert_eq!(frames(), idle + 1, "one new frame for the new metal");
    drop(handle);
}
