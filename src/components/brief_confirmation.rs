//! What the visitor sees once the jeweler's server has the brief: the reference to quote, an
//! honest account of what happens next, and the way to a new design. It stays (also after a
//! reload) until the visitor starts that new design.

use crate::storage::Confirmation;
use leptos::html;
use leptos::prelude::*;

/// The confirmation after a brief was stored.
#[component]
pub fn BriefConfirmation(
    /// The stored brief's reference and surprise flag.
    confirmation: Confirmation,
    /// Whether the brief was taken just now: the heading then takes the focus, so keyboard and
    /// screen-reader visitors land on the news instead of on a vanished Send button.
    focus: bool,
    /// Forgets this confirmation and begins a new design.
    #[prop(into)]
    on_start_new: Callback<()>,
) -> impl IntoView {
    let heading = NodeRef::<html::H3>::new();
    if focus {
        Effect::new(move |_| {
            if let Some(heading) = heading.get() {
                let _ = heading.focus();
            }
        });
    }
    let no_link = confirmation.commission_url.is_none();
    view! {
        <section class="brief-confirmation" aria-labelledby="brief-confirmation-title">
            <h3 id="brief-confirmation-title" tabindex="-1" node_ref=heading>
                "Your brief is with the jeweler"
            </h3>
            <p>
                "Your reference: " <strong class="brief-reference">{confirmation.reference}</strong>
                ". Quote it whenever you talk to the jeweler."
            </p>
            <p class="brief-commission-link" hidden=no_link>
                <a class="button primary" href=confirmation.commission_url.unwrap_or_default()>
                    "Your commission page"
                </a>
                " Keep this private link (it is in your email too): the conversation, revised designs and your appointment are there."
            </p>
            <h4>"What happens next"</h4>
            <ul>
                <li>
                    "The jeweler reads your brief and replies personally, usually within a few working days. A copy with a picture of your design is on its way to your inbox."
                </li>
                <li>
                    "The 3D picture is a first idea, not the finished piece: proportions, stones and finish are settled together with the jeweler."
                </li>
                <li>"The ring size is checked before anything is made."</li>
                <li hidden=!confirmation.surprise>
                    "It's a surprise: the jeweler contacts only you, never the wearer."
                </li>
            </ul>
            <p class="step-hint">
                "This confirmation stays here, also if you reload the page, until you start a new design."
            </p>
            <div class="brief-confirmation-actions">
                <button
                    type="button"
                    class="button primary brief-start-new"
                    on:click=move |_| on_start_new.run(())
                >
                    "Start a new design"
                </button>
            </div>
        </section>
    }
}
