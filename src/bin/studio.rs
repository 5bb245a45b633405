//! Entry point of the jeweler's studio (`studio.html`, served under `/studio`): mounts it on the
//! page. A binary of its own so that its pages stay out of the visitor's wasm.

fn main() {
    console_error_panic_hook::set_once();
    atelier::i18n::mount(atelier::i18n::Area::Studio, atelier::StudioApp);
}
