//! What the visitor sees once the jeweler's server has the brief: the reference to quote and an
//! honest account of what happens next.

use crate::api::Receipt;
use leptos::prelude::*;

/// The confirmation after a brief was stored.
#[component]
pub fn BriefConfirmation(
    /// The server's receipt, with the reference.
    receipt: Receipt,
    /// Whether the visitor asked that the wearer not be contacted.
    surprise: bool,
) -> impl IntoView {
    view! {
        <div class="brief-confirmation" role="status">
            <h3>"Your brief is with the jeweler"</h3>
            <p>
                "Your reference: " <strong class="brief-reference">{receipt.reference.clone()}</strong>
                ". Quote it whenever you talk to the jeweler."
            </p>
            <h4>"What happens next"</h4>
            <ul>
                <li>
                    "The jeweler reads your brief and replies personally, usually within a few working days. A copy is on its way to your inbox."
                </li>
                <li>
                    "The 3D picture is a first idea, not the finished piece: proportions, stones and finish are settled together with the jeweler."
                </li>
                <li>"The ring size is checked before anything is made."</li>
                {surprise
                    .then(|| {
                        view! { <li>"It's a surprise: the jeweler contacts only you, never the wearer."</li> }
                    })}
            </ul>
        </div>
    }
}
