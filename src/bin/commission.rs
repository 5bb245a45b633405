//! Entry point of the visitor's commission page (`commission.html`, served under `/c/`): mounts
//! it on the page. A binary of its own so that the configurator's wasm never carries it.

fn main() {
    console_error_panic_hook::set_once();
    atelier::i18n::mount(atelier::i18n::Area::Commission, atelier::CommissionApp);
}
