//! Component tests in a real browser (wasm-bindgen-test in headless Chromium): the metal picker, the
//! ring viewer, the guided flow's pickers and the brief form, mounted on their own as a page would mount them.
#![cfg(target_arch = "wasm32")]

use atelier::brief::{BriefFields, Submission};
use atelier::components::{
    BandPicker, BriefForm, CutPicker, EngravingPicker, MetalPicker, RingViewer, SettingPicker,
    SizePicker, StepNotes, StonePicker,
};
use atelier::i18n::{self, Bundle, Lang};
use atelier_core::catalog::{BandProfile, Catalog, Finish, MetalId};
use atelier_core::catalog::{Origin, SettingId, StoneId};
use atelier_core::design::{Choice, Design, SizeChoice};
use atelier_core::size::SizeSystem;
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// The app's words in English (the language the assertions read), as `i18n::mount` would have
/// fetched them: the configurator's area is common + core + brief + viewer + start + configurator.
fn speak_english() {
    let bundle = Bundle::from_sources(
        Lang::En,
        [
            include_str!("../locales/en/common.ftl"),
            include_str!("../locales/en/core.ftl"),
            include_str!("../locales/en/brief.ftl"),
            include_str!("../locales/en/viewer.ftl"),
            include_str!("../locales/en/start.ftl"),
            include_str!("../locales/en/configurator.ftl"),
        ],
    )
    .expect("the English files read");
    i18n::install(bundle);
}

/// The same area's words in German.
fn speak_german() {
    let bundle = Bundle::from_sources(
        Lang::De,
        [
            include_str!("../locales/de/common.ftl"),
            include_str!("../locales/de/core.ftl"),
            include_str!("../locales/de/brief.ftl"),
            include_str!("../locales/de/viewer.ftl"),
            include_str!("../locales/de/start.ftl"),
            include_str!("../locales/de/configurator.ftl"),
        ],
    )
    .expect("the German files read");
    i18n::install(bundle);
}

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
    speak_english();
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
    speak_english();
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

/// Types into a text input as a visitor would: sets the value and fires `input`.
fn type_into(input: &web_sys::HtmlInputElement, text: &str) {
    input.set_value(text);
    let event = web_sys::Event::new("input").expect("event");
    input.dispatch_event(&event).expect("dispatch");
}

fn input(host: &web_sys::HtmlElement, selector: &str) -> web_sys::HtmlInputElement {
    host.query_selector(selector)
        .expect("query")
        .unwrap_or_else(|| panic!("{selector} is on the page"))
        .unchecked_into()
}

#[wasm_bindgen_test]
async fn size_picker_claims_no_answer_the_visitor_never_gave() {
    speak_english();
    let design = RwSignal::new(Design::default());
    let host = container(400);
    let handle =
        leptos::mount::mount_to(host.clone(), move || view! { <SizePicker design=design /> });
    next_frame().await;
    let checked = host
        .query_selector_all("input[name=size-mode]:checked")
        .expect("query")
        .length();
    assert_eq!(checked, 0, "no answer is picked for the visitor");
    assert!(host.query_selector("#size-text").expect("query").is_none());
    // Choosing how to give the size, without typing one yet, still gives none.
    input(&host, "input[name=size-mode][value=known]").click();
    next_frame().await;
    assert_eq!(design.get_untracked().size, SizeChoice::NotGiven);
    type_into(&input(&host, "#size-text"), "7");
    next_frame().await;
    assert!(matches!(
        design.get_untracked().size,
        SizeChoice::Known {
            system: SizeSystem::Us,
            ..
        }
    ));
    drop(handle);
}

#[wasm_bindgen_test]
async fn size_picker_reads_sizes_with_core_and_knows_the_unknown() {
    speak_english();
    let design = RwSignal::new(Design {
        size: SizeChoice::Known {
            size: atelier_core::size::RingSize::US_6,
            system: SizeSystem::Us,
        },
        ..Design::default()
    });
    let host = container(400);
    let handle =
        leptos::mount::mount_to(host.clone(), move || view! { <SizePicker design=design /> });
    next_frame().await;

    // A US 6 is shown as typed text, converted to every system.
    assert_eq!(input(&host, "#size-text").value(), "6");
    let feedback = || {
        host.query_selector("#size-feedback")
            .ok()
            .flatten()
            .and_then(|e| e.text_content())
            .unwrap_or_default()
    };
    assert!(feedback().contains("UK L½"), "{}", feedback());

    // Nonsense leaves the design alone and says why.
    type_into(&input(&host, "#size-text"), "99");
    next_frame().await;
    assert!(
        feedback().contains("US sizes run from 0 to 16"),
        "{}",
        feedback()
    );
    assert_eq!(
        design.get_untracked().size,
        SizeChoice::Known {
            size: atelier_core::size::RingSize::US_6,
            system: SizeSystem::Us,
        }
    );

    // A finger measured at 57 mm round is a known size in EU terms.
    input(&host, "input[name=size-mode][value=finger]").click();
    next_frame().await;
    type_into(&input(&host, "#size-finger"), "57");
    next_frame().await;
    match design.get_untracked().size {
        SizeChoice::Known { size, system } => {
            assert_eq!(system, SizeSystem::Eu);
            assert!((size.circumference_mm() - 57.0).abs() < 0.01);
        }
        other => panic!("expected a known size, got {other:?}"),
    }

    // "I don't know" asks for a sizer by default.
    input(&host, "input[name=size-mode][value=unknown]").click();
    next_frame().await;
    assert_eq!(
        design.get_untracked().size,
        SizeChoice::Unknown { send_sizer: true }
    );
    drop(handle);
}

#[wasm_bindgen_test]
async fn stone_picker_keeps_the_origin_possible() {
    speak_english();
    let design = RwSignal::new(Design::default());
    let catalog = Arc::new(Catalog::builtin());
    let host = container(400);
    let handle = leptos::mount::mount_to(host.clone(), move || {
        view! { <StonePicker design=design catalog=Arc::clone(&catalog) /> }
    });
    next_frame().await;
    // Moissanite is only ever lab-grown: choosing it moves a natural origin along.
    input(&host, "input[name=stone][value=moissanite]").click();
    next_frame().await;
    let d = design.get_untracked();
    assert_eq!(d.stone, Choice::Chosen(StoneId::new("moissanite")));
    assert_eq!(d.origin, Choice::Chosen(Origin::LabGrown));
    assert!(d.check(&Catalog::builtin()).errors.is_empty());
    // Every question can go to the jeweler.
    input(&host, "input[name=stone][value=advise]").click();
    assert!(design.get_untracked().stone.is_advise_me());
    drop(handle);
}

#[wasm_bindgen_test]
async fn setting_notes_come_from_core_next_to_the_setting() {
    speak_english();
    let design = RwSignal::new(Design::default());
    let catalog = Arc::new(Catalog::builtin());
    let report = Memo::new({
        let catalog = Arc::clone(&catalog);
        move |_| design.with(|d| d.check(&catalog))
    });
    let host = container(400);
    let handle = leptos::mount::mount_to(host.clone(), move || {
        view! {
            <SettingPicker design=design catalog=Arc::clone(&catalog) />
            <StepNotes report=report fields=&["setting"] />
        }
    });
    next_frame().await;
    assert_eq!(host.query_selector_all(".note").expect("query").length(), 0);
    input(&host, "input[name=setting][value=full-eternity]").click();
    next_frame().await;
    assert_eq!(
        design.get_untracked().setting,
        Choice::Chosen(SettingId::new("full-eternity"))
    );
    let notes = host
        .query_selector(".step-notes")
        .ok()
        .flatten()
        .and_then(|e| e.text_content())
        .unwrap_or_default();
    assert!(notes.to_lowercase().contains("resiz"), "{notes}");
    drop(handle);
}

/// The value of the checked radio of group `name`, if one is checked.
fn checked(host: &web_sys::HtmlElement, name: &str) -> Option<String> {
    host.query_selector(&format!("input[name={name}]:checked"))
        .expect("query")
        .map(|e| e.unchecked_into::<web_sys::HtmlInputElement>().value())
}

#[wasm_bindgen_test]
async fn every_question_shows_the_designs_answer_and_takes_the_visitors() {
    speak_english();
    let design = RwSignal::new(Design::default());
    let catalog = Arc::new(Catalog::builtin());
    let host = container(400);
    let handle = leptos::mount::mount_to(host.clone(), {
        let catalog = Arc::clone(&catalog);
        move || {
            view! {
                <CutPicker design=design catalog=Arc::clone(&catalog) />
                <BandPicker design=design catalog=Arc::clone(&catalog) />
                <EngravingPicker design=design catalog=Arc::clone(&catalog) />
            }
        }
    });
    next_frame().await;
    assert_eq!(checked(&host, "cut").as_deref(), Some("round"));
    assert_eq!(checked(&host, "band-profile").as_deref(), Some("court"));
    assert_eq!(checked(&host, "finish").as_deref(), Some("polished"));
    // Every question ends with its "not sure" card, named for the visitor.
    for name in ["cut", "band-profile", "finish", "font"] {
        let radios = host
            .query_selector_all(&format!("input[name={name}]"))
            .expect("query");
        let last: web_sys::HtmlInputElement = radios
            .item(radios.length() - 1)
            .expect("a card")
            .unchecked_into();
        assert_eq!(last.value(), "advise", "{name}");
        let label = last
            .parent_element()
            .and_then(|l| l.text_content())
            .unwrap_or_default();
        assert!(
            label.contains("Not sure — ask my jeweler"),
            "{name}: {label}"
        );
    }

    // A pick writes the design, and only its card is checked.
    input(&host, "input[name=band-profile][value=knifeedge]").click();
    next_frame().await;
    assert_eq!(
        design.get_untracked().band_profile,
        Choice::Chosen(BandProfile::KnifeEdge)
    );
    assert_eq!(checked(&host, "band-profile").as_deref(), Some("knifeedge"));
    input(&host, "input[name=cut][value=advise]").click();
    next_frame().await;
    assert!(design.get_untracked().cut.is_advise_me());
    assert_eq!(checked(&host, "cut").as_deref(), Some("advise"));

    // A design changed elsewhere (a share link, another step) moves the checked card too.
    design.update(|d| d.finish = Choice::Chosen(Finish::Hammered));
    next_frame().await;
    assert_eq!(checked(&host, "finish").as_deref(), Some("hammered"));

    // The lettering waits for words, then starts at the catalog's first font.
    let fonts = host
        .query_selector("fieldset.font-picker")
        .expect("query")
        .expect("the lettering question");
    assert!(fonts.has_attribute("disabled"));
    assert_eq!(checked(&host, "font"), None);
    type_into(&input(&host, "#engraving"), "A & B");
    next_frame().await;
    assert!(!fonts.has_attribute("disabled"));
    let first = catalog.engraving.fonts[0].id.as_str().to_owned();
    assert_eq!(checked(&host, "font"), Some(first));
    input(&host, "input[name=font][value=advise]").click();
    next_frame().await;
    assert!(design
        .get_untracked()
        .engraving
        .is_some_and(|e| e.font.is_advise_me()));
    drop(handle);
}

#[wasm_bindgen_test]
async fn brief_form_shows_cores_errors_beside_each_field_and_sends_nothing() {
    speak_english();
    let design = RwSignal::new(Design::default());
    let fields = BriefFields::default();
    let host = container(420);
    let handle = leptos::mount::mount_to(host.clone(), move || {
        let report = Signal::derive(move || design.with(|d| d.check(&Catalog::builtin())));
        view! {
            <BriefForm
                design=design
                catalog=Arc::new(Catalog::builtin())
                description=Signal::stored("A test ring".to_owned())
                report=report
                fields=fields
                snapshots=Default::default()
                submission=Submission::new()
                on_start_new=|()| {}
            />
        }
    });
    next_frame().await;
    let text = |selector: &str| {
        host.query_selector(selector)
            .expect("query")
            .and_then(|e| e.text_content())
    };
    // Nothing is flagged before the visitor tries to send.
    assert_eq!(text("#brief-name-error"), None);

    let send: web_sys::HtmlElement = host
        .query_selector("button[type=submit]")
        .expect("query")
        .expect("a send button")
        .unchecked_into();
    send.click();
    next_frame().await;
    assert_eq!(
        text("#brief-name-error").as_deref(),
        Some("This is required")
    );
    let name = input(&host, "#brief-name");
    assert_eq!(name.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert_eq!(
        name.get_attribute("aria-describedby").as_deref(),
        Some("brief-name-error")
    );
    assert!(text("#brief-consent-error").is_some_and(|t| t.contains("agree to be contacted")));
    assert!(!fields.consent.get_untracked());

    // Core's contact rule, live: a phone call needs a number.
    fields.channel.set(atelier_core::brief::Channel::Phone);
    next_frame().await;
    assert!(text("#brief-phone-error").is_some_and(|t| t.contains("Add a phone number")));

    type_into(&name, "Ada Lovelace");
    next_frame().await;
    assert_eq!(text("#brief-name-error"), None);
    assert_eq!(name.get_attribute("aria-invalid"), None);
    assert!(!send.text_content().unwrap_or_default().contains("Sending"));
    drop(handle);
}

#[wasm_bindgen_test]
async fn a_german_visitor_reads_german_and_starts_in_eu_sizes() {
    speak_german();
    let design = RwSignal::new(Design::default());
    let catalog = Arc::new(Catalog::builtin());
    let host = container(400);
    let handle = leptos::mount::mount_to(host.clone(), move || {
        view! {
            <SizePicker design=design />
            <MetalPicker
                metals=catalog.metals.clone()
                selected=Signal::stored(None)
                on_select=Callback::new(|_| ())
            />
        }
    });
    next_frame().await;
    let text = |selector: &str| {
        host.query_selector(selector)
            .ok()
            .flatten()
            .and_then(|e| e.text_content())
            .unwrap_or_default()
    };
    assert_eq!(
        text("fieldset.size-picker legend"),
        "Woher kennen Sie Ihre Größe?"
    );
    assert_eq!(text("fieldset.metal-picker legend"), "Metall");
    assert!(
        text("fieldset.metal-picker").contains("750‰ Feingehalt"),
        "{}",
        text("fieldset.metal-picker")
    );

    // Without a choice of their own, a German visitor sizes in EU (circumference) terms.
    input(&host, "input[name=size-mode][value=known]").click();
    next_frame().await;
    let system: web_sys::HtmlSelectElement = host
        .query_selector("#size-system")
        .expect("query")
        .expect("the system select")
        .unchecked_into();
    assert_eq!(system.value(), SizeSystem::Eu.code().to_string());
    type_into(&input(&host, "#size-text"), "52");
    next_frame().await;
    assert!(
        text("#size-feedback").starts_with("Das entspricht US 6 · UK L½ · EU 52 · Japan 12"),
        "{}",
        text("#size-feedback")
    );
    assert!(matches!(
        design.get_untracked().size,
        SizeChoice::Known {
            system: SizeSystem::Eu,
            ..
        }
    ));
    drop(handle);
    speak_english();
}
