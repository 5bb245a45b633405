//! Entry point of the visitor's configurator (`index.html`): mounts it on the page.

fn main() {
    console_error_panic_hook::set_once();
    atelier::i18n::mount(atelier::i18n::Area::App, atelier::ConfiguratorApp);
}
