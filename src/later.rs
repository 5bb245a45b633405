//! Parts of the configurator that load when first needed.
//!
//! The configurator's release build splits its wasm (xtask's `split` module): the first chunk
//! holds what draws the first ring frame and the first step, and each part declared with
//! [`later!`] goes to its own chunk, fetched the first time it is called. In every other build
//! (the studio, the commission page, the component tests, native) the same declaration is an
//! ordinary function that answers at once, so the code reads the same either way.
//!
//! A chunk can fail to arrive (the visitor went offline between two steps). Unlike Leptos's own
//! `#[lazy]`, which panics then and so ends the whole app, a part declared here answers
//! [`PartMissing`], and [`Later`] shows the visitor a plain sentence with a button that tries
//! again (a failed fetch is not remembered: the next call fetches afresh).

use crate::i18n::t;
use leptos::prelude::*;
use std::future::Future;
use std::rc::Rc;

/// A part of the page that could not be fetched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("a part of the page could not be loaded")]
pub struct PartMissing;

#[cfg(feature = "split")]
impl From<leptos::wasm_split::SplitLoaderError> for PartMissing {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        PartMissing
    }
}

/// Declares a function whose code loads when it is first called: `async` to the caller, and
/// answering `Err(PartMissing)` when its chunk could not be fetched.
///
/// ```ignore
/// later! {
///     /// The brief step.
///     brief + preload_brief, pub fn brief_step(step: BriefStep) -> AnyView { view! { … }.into_any() }
/// }
/// ```
/// The first word names the chunk (parts with the same name share one); `+ name` also declares
/// `async fn name()`, which fetches the chunk without calling anything in it (its `Result` says
/// whether that worked).
#[macro_export]
macro_rules! later {
    (
        $(#[$meta:meta])*
        $chunk:ident $(+ $preload:ident)?,
        $vis:vis fn $name:ident($($arg:ident: $ty:ty),* $(,)?) -> $out:ty $body:block
    ) => {
        $(#[$meta])*
        #[cfg(feature = "split")]
        #[::leptos::wasm_split::wasm_split(
            $chunk,
            fallible,
            wasm_split_path = ::leptos::wasm_split
            $(, preload(#[allow(dead_code)] $preload))?
        )]
        $vis fn $name($($arg: $ty),*) -> ::core::result::Result<$out, $crate::later::PartMissing> {
            ::core::result::Result::Ok($body)
        }

        $(#[$meta])*
        #[cfg(not(feature = "split"))]
        $vis async fn $name($($arg: $ty),*) -> ::core::result::Result<$out, $crate::later::PartMissing> {
            ::core::result::Result::Ok($body)
        }

        $(
            #[cfg(not(feature = "split"))]
            #[allow(dead_code)]
            $vis async fn $preload() -> ::core::result::Result<(), $crate::later::PartMissing> {
                ::core::result::Result::Ok(())
            }
        )?
    };
}

/// How long to wait for the first ring frame before fetching the later parts anyway (a browser
/// without WebGL never draws one).
const FIRST_FRAME_AT_LATEST: std::time::Duration = std::time::Duration::from_secs(5);

/// Runs `then` once, after the ring's first frame, or once the viewer has said it will draw none
/// (no WebGL2), or after [`FIRST_FRAME_AT_LATEST`]: the moment to fetch what the visitor will want
/// next, without competing with the first picture.
pub fn after_first_frame(then: impl FnOnce() + 'static) {
    use crate::viewer::{FIRST_FRAME_MARK, NO_FRAME_MARK};
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let settled = |marks: &dyn Fn(&str) -> bool| marks(FIRST_FRAME_MARK) || marks(NO_FRAME_MARK);
    let performance = web_sys::window().and_then(|w| w.performance());
    if settled(&|name| {
        performance
            .as_ref()
            .is_some_and(|p| p.get_entries_by_name(name).length() > 0)
    }) {
        then();
        return;
    }
    let once = Rc::new(std::cell::Cell::new(Some(
        Box::new(then) as Box<dyn FnOnce()>
    )));
    let run = move || {
        if let Some(then) = once.take() {
            then();
        }
    };
    set_timeout(run.clone(), FIRST_FRAME_AT_LATEST);
    let seen =
        Closure::<dyn Fn(web_sys::PerformanceObserverEntryList, web_sys::PerformanceObserver)>::new(
            move |entries: web_sys::PerformanceObserverEntryList,
                  observer: web_sys::PerformanceObserver| {
                if settled(&|name| entries.get_entries_by_name(name).length() > 0) {
                    observer.disconnect();
                    run();
                }
            },
        );
    if let Ok(observer) = web_sys::PerformanceObserver::new(seen.as_ref().unchecked_ref()) {
        let marks = js_sys::Array::of1(&"mark".into());
        observer.observe(&web_sys::PerformanceObserverInit::new(&marks));
    }
    // The observer holds the callback for the page's life (it fires at most a few times).
    seen.forget();
}

/// Waits for the moment [`after_first_frame`] describes.
pub async fn first_frame() {
    let settled = js_sys::Promise::new(&mut |resolve, _| {
        after_first_frame(move || {
            let _ = resolve.call0(&wasm_bindgen::JsValue::UNDEFINED);
        });
    });
    // The promise is only ever resolved.
    let _ = wasm_bindgen_futures::JsFuture::from(settled).await;
}

/// What a [`Later`] shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    Loading,
    Missing,
    Ready,
}

/// Shows the view `load` gives once its code is there: a short "loading" line meanwhile, and if
/// the code could not be fetched, why and a button to try again. Coming back online tries again
/// by itself.
#[component]
pub fn Later<F, Fut>(
    /// Fetches the part (when needed) and makes its view; called again by "Try again".
    load: F,
) -> impl IntoView
where
    F: Fn() -> Fut + 'static,
    Fut: Future<Output = Result<AnyView, PartMissing>> + 'static,
{
    let load = StoredValue::new_local(load);
    let state = RwSignal::new(State::Loading);
    // "Try again" pressed while the browser knows it is offline: fetching could only fail, so the
    // sentence says it tried and waits for the connection (the `online` listener below).
    let still_offline = RwSignal::new(false);
    let part = StoredValue::new_local(None::<AnyView>);
    let frame = NodeRef::<leptos::html::Div>::new();
    // Every fetch runs under this component's owner, whoever asks for it (the first render, the
    // button, the window's `online` event): the part's view is made there (its effects end with
    // the component, and it sees the page's context), and a fetch still running when the
    // component goes is dropped.
    let owner = StoredValue::new_local(Owner::current().unwrap_or_default());
    let fetch = move || {
        // Whoever asked from the sentence (its button had the focus) gets the focus back on what
        // arrives: the sentence and its button leave the page with the loading line.
        let asked_here = holds_focus(frame);
        still_offline.set(false);
        state.set(State::Loading);
        let loading = load.with_value(|load| load());
        owner.with_value(|owner| {
            owner.with(|| {
                leptos::task::spawn_local_scoped_with_cancellation(async move {
                    let now = match loading.await {
                        Ok(view) => {
                            part.set_value(Some(view));
                            State::Ready
                        }
                        Err(PartMissing) => State::Missing,
                    };
                    state.set(now);
                    if asked_here {
                        // After the view above has replaced the loading line.
                        request_animation_frame(move || land_focus(frame, now));
                    }
                });
            });
        });
    };
    fetch();
    // A visitor who lost the connection should not have to notice that it is back.
    let online = window_event_listener(leptos::ev::online, move |_| {
        if state.get_untracked() == State::Missing {
            fetch();
        }
    });
    on_cleanup(move || online.remove());
    let shown = move || match state.get() {
        State::Loading => view! {
            <p class="later-loading" role="status">{t("cfg-later-loading")}</p>
        }
        .into_any(),
        State::Missing => view! {
            <div class="later-missing" role="alert">
                <p>{t("cfg-later-missing")}</p>
                <button
                    type="button"
                    class="button primary"
                    on:click=move |_| {
                        if is_offline() {
                            still_offline.set(true);
                        } else {
                            fetch();
                        }
                    }
                >
                    {t("cfg-later-retry")}
                </button>
                // There, empty, from the moment the sentence shows: what it says later is announced.
                <p class="later-again" role="status">
                    {move || still_offline.get().then(|| t("common-still-offline"))}
                </p>
            </div>
        }
        .into_any(),
        State::Ready => part
            .try_update_value(Option::take)
            .flatten()
            .unwrap_or_else(|| ().into_any()),
    };
    // A box that draws nothing of its own (`display: contents`): it only tells where the part is.
    view! { <div class="later" node_ref=frame>{shown}</div> }
}

/// Whether the browser knows it has no network.
fn is_offline() -> bool {
    web_sys::window().is_some_and(|w| !w.navigator().on_line())
}

/// Whether the focus is inside `frame`.
fn holds_focus(frame: NodeRef<leptos::html::Div>) -> bool {
    let active = document().active_element();
    frame
        .get_untracked()
        .is_some_and(|frame| active.is_some_and(|active| frame.contains(Some(&active))))
}

/// What can take the focus in a part that arrived, when it has no landing place around it.
const FOCUSABLE: &str =
    "a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), \
     select:not([disabled]), textarea:not([disabled]), [tabindex]";

/// Puts the focus, lost with the "Try again" button that had it, where the visitor can go on from:
/// on a part that arrived, the place around it that the page lands visitors on (the
/// configurator's step, as on every step change), else its first control; on a new failure, the
/// new "Try again". A focus the visitor already moved elsewhere stays where it is.
fn land_focus(frame: NodeRef<leptos::html::Div>, now: State) {
    use wasm_bindgen::JsCast;
    let doc = document();
    let lost = match (doc.active_element(), doc.body()) {
        (Some(active), Some(body)) => active == *body.as_ref(),
        (active, _) => active.is_none(),
    };
    let Some(frame) = frame.get_untracked() else {
        return;
    };
    if !lost {
        return;
    }
    let target = match now {
        State::Ready => frame
            .parent_element()
            .and_then(|parent| parent.closest("[tabindex]").ok().flatten())
            .or_else(|| frame.query_selector(FOCUSABLE).ok().flatten()),
        State::Missing => frame.query_selector(".later-missing button").ok().flatten(),
        State::Loading => None,
    };
    if let Some(target) = target.and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = target.focus();
    }
}
