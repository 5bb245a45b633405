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
    let png = base64::engine::general_purpose::STANDARD.encode(png_of_size(64 * 1024));
    let views = ["three-quarter", "top", "side"];
    let body = serde_json::json!({
        "brief": brief,
        "snapshots": views.iter().take(snapshots.min(3)).map(|v| serde_json::json!({"view": v, "png_base64": png})).collect::<Vec<_>>(),
        "website": "",
    });
    println!("{body}");
}

/// A real PNG the server accepts (one grey pixel, every chunk's checksum right) of `len` bytes: a
/// private ancillary chunk, which decoders skip, pads it to a snapshot's size.
fn png_of_size(len: usize) -> Vec<u8> {
    fn chunk(out: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
        out.extend((data.len() as u32).to_be_bytes());
        out.extend(kind);
        out.extend(data);
        let mut crc = crc32fast::Hasher::new();
        crc.update(kind);
        crc.update(data);
        out.extend(crc.finalize().to_be_bytes());
    }
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    chunk(&mut out, b"IHDR", &[0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]);
    // zlib around one stored block holding the row (filter byte 0, the pixel 0x80) and its Adler-32.
    chunk(
        &mut out,
        b"IDAT",
        &[
            0x78, 0x01, 0x01, 0x02, 0x00, 0xFD, 0xFF, 0, 0x80, 0x00, 0x82, 0x00, 0x81,
        ],
    );
    let padding = len.saturating_sub(out.len() + 12 + 12);
    chunk(&mut out, b"prVt", &vec![0x55; padding]);
    chunk(&mut out, b"IEND", &[]);
    out
}
