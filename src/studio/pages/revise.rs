//! The revision mode, `/studio/briefs/<ref>/revise`: the visitor's own configurator, framed from
//! this server on the brief's current design, in the studio's language (its embedded mode under
//! the shop's prefix, `/?embed=1&mode=revise&parent=…&d=…&locale=…`: the design steps only, no
//! brief and no Send, which only this app's own page may ask), under a bar that brings the adjusted design back to the brief
//! ("Use this design") for the proposal form. The frame tells the page every design change
//! through the embed protocol's `ready`/`design-changed` messages, so no code is copied between
//! tabs, and the configurator's code stays in its own wasm, fetched only when a jeweler opens this
//! page.

use super::StudioLoadError;
use crate::i18n::t;
use crate::studio::api;
use crate::studio::components::StudioReviseBar;
use js_sys::Reflect;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsValue;

/// The framed configurator with the revision bar.
#[component]
pub fn StudioRevise(
    /// The brief's reference, from the address.
    reference: String,
) -> impl IntoView {
    let loaded = LocalResource::new({
        let reference = reference.clone();
        move || {
            let reference = reference.clone();
            async move { api::commission(&reference).await }
        }
    });
    let page = move || {
        let reference = reference.clone();
        Suspend::new(async move {
            match loaded.await {
                Ok(c) => revise(reference, c.current_code).into_any(),
                Err(e) => view! {
                    <StudioLoadError what="studio-revise-not-opened" error=e />
                }
                .into_any(),
            }
        })
    };
    view! {
        <main class="studio studio-revise" id="studio-main">
            <Suspense fallback=|| {
                view! { <p class="studio-loading" role="status">{t("studio-revise-opening-design")}</p> }
            }>{page}</Suspense>
        </main>
    }
}

/// The frame on `current` and the bar that follows its design.
fn revise(reference: String, current: String) -> impl IntoView {
    let origin = web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default();
    // In the studio's language, which the jeweler reads, not the browser's.
    let src = crate::base::at(&format!(
        "/?embed=1&mode=revise&parent={}&d={current}&locale={}",
        String::from(js_sys::encode_uri_component(&origin)),
        String::from(js_sys::encode_uri_component(&crate::i18n::tag()))
    ));
    let design = RwSignal::new(current.clone());
    let ready = RwSignal::new(false);
    let height = RwSignal::new(None::<u32>);
    let frame = NodeRef::<html::Iframe>::new();
    let listener = window_event_listener(leptos::ev::message, move |event| {
        let Some(frame) = frame.get_untracked() else {
            return;
        };
        let own = Reflect::get(&frame, &"contentWindow".into()).unwrap_or(JsValue::NULL);
        let from_frame = event
            .source()
            .is_some_and(|source| JsValue::from(source) == own);
        if event.origin() != origin || !from_frame {
            return;
        }
        let data = event.data();
        let text = |name: &str| Reflect::get(&data, &name.into()).ok()?.as_string();
        if Reflect::get(&data, &"atelier".into())
            .ok()
            .and_then(|v| v.as_f64())
            != Some(1.0)
        {
            return;
        }
        if let Some(h) = Reflect::get(&data, &"height".into())
            .ok()
            .and_then(|v| v.as_f64())
        {
            height.set(Some(h as u32));
        }
        match text("type").as_deref() {
            Some("ready") | Some("design-changed") => {
                if let Some(code) = text("design") {
                    design.set(code);
                    ready.set(true);
                }
            }
            _ => {}
        }
    });
    on_cleanup(move || listener.remove());

    view! {
        <StudioReviseBar reference=reference current=current design=design ready=ready />
        <iframe
            class="studio-revise-frame"
            title=t("studio-revise-frame")
            src=src
            node_ref=frame
            style:height=move || height.get().map(|h| format!("{}px", h.max(600)))
        ></iframe>
    }
}
