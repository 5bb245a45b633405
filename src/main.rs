//! Entry point of the visitor's configurator (`index.html`): mounts it on the page.

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(atelier::ConfiguratorApp);
}
