//! Prints a valid `POST /api/consultations` body: the default design and a complete brief, for
//! trying the API with curl and for load tests. `--snapshots N` adds N small PNG snapshots.
//!
//! `cargo run -p atelier-server --example sample_request > body.json`, then
//! `curl -H 'Content-Type: application/json' -H "Idempotency-Key: $(uuidgen)" --data @body.json http://127.0.0.1:8080/api/consultations`

use atelier_core::brief::{
    Brief, Budget, Channel, Contact, Occasion, OriginPreference, OwnMaterials, SizeCertainty,
};
use atelier_core::design::Design;
use base64::Engine;

#[path = "../tests/common/png.rs"]
mod png;

fn main() {
    let snapshots: usize = std::env::args()
        .skip_while(|a| a != "--snapshots")
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    let brief = Brief {
        version: 1,
        design: Design::default(),
        contact: Contact {
            name: "Ada Lovelace".into(),
            email: "ada@example.co.uk".into(),
            phone: None,
            preferred_channel: Channel::Email,
        },
        budget: Some(Budget {
            min: 3000,
            max: 6000,
            currency: "GBP".into(),
        }),
        occasion: Some(Occasion::Engagement),
        deadline: Some("2199-09-01".into()),
        size_certainty: SizeCertainty::Unknown,
        origin_preference: OriginPreference::Either,
        own_materials: OwnMaterials::default(),
        surprise: false,
        notes: "She loves vintage.".into(),
        attachments: vec![],
        consent_to_contact: true,
        locale: "en-GB".into(),
    };
    let png = base64::engine::general_purpose::STANDARD.encode(png::png_sized(0x80, 64 * 1024));
    let views = ["three-quarter", "top", "side"];
    let body = serde_json::json!({
        "brief": brief,
        "snapshots": views.iter().take(snapshots.min(3)).map(|v| serde_json::json!({"view": v, "png_base64": png})).collect::<Vec<_>>(),
        "website": "",
    });
    println!("{body}");
}
